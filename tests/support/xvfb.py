"""A private X server (Xvfb) for tests that need Qt's real xcb platform."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator


def _read_display_number(fd: int, proc: subprocess.Popen[bytes], deadline: float) -> int:
    """Reads the display number Xvfb writes to `-displayfd` once it listens."""
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("Xvfb did not report a display number in time")
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:  # every writer closed: Xvfb exited
                break
            data += chunk
        elif proc.poll() is not None:
            break
    if not data.strip().isdigit():
        raise RuntimeError(f"Xvfb exited with code {proc.poll()} without a display")
    return int(data)


def _wait_for_connection(display: int, proc: subprocess.Popen[bytes], deadline: float) -> None:
    """Waits until the display's Unix socket accepts a connection."""
    path = f"/tmp/.X11-unix/X{display}"
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"Xvfb exited with code {proc.returncode}")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            try:
                sock.connect(path)
                return
            except OSError:
                pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"Xvfb display :{display} did not accept connections in time")
        time.sleep(0.05)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def xvfb_display(
    width: int = 1366, height: int = 768, depth: int = 24, timeout: float = 30.0
) -> Iterator[str]:
    """Starts Xvfb on a free display and yields its DISPLAY string (":NN").

    Xvfb picks the display itself (`-displayfd`), so parallel runs never collide. The server
    is stopped when the block ends. Raises RuntimeError when Xvfb is not installed or does
    not start.
    """
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError(
            "Xvfb is not installed (Debian package 'xvfb'); run scripts/setup.sh to install it"
        )
    read_fd, write_fd = os.pipe()
    with tempfile.TemporaryFile() as log:
        try:
            proc = subprocess.Popen(
                [
                    xvfb,
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    f"{width}x{height}x{depth}",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        finally:
            os.close(write_fd)
        try:
            deadline = time.monotonic() + timeout
            try:
                display = _read_display_number(read_fd, proc, deadline)
                _wait_for_connection(display, proc, deadline)
            except (RuntimeError, TimeoutError) as exc:
                _stop(proc)
                log.seek(0)
                output = log.read().decode(errors="replace").strip()
                raise RuntimeError(f"could not start Xvfb: {exc}\n{output}") from exc
            yield f":{display}"
        finally:
            os.close(read_fd)
            _stop(proc)
