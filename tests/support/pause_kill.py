"""Crash tests: run the real CLI (or a script) in a child process, let it reach a named pause
point (``lk3_desktop.db.pause_points``), SIGKILL it there, and run the CLI again afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from lk3_desktop.db.pause_points import ANNOUNCE, ENV

TESTS_DIR = Path(__file__).resolve().parent.parent


_CONFIG_HOME = tempfile.mkdtemp(prefix="lk3-test-config-")


def child_env(pause_at: str | None = None) -> dict[str, str]:
    """No real OS keyring (the null backend: password-only mode), tests/ importable."""
    env = dict(os.environ, PYTHONPATH=str(TESTS_DIR))
    # Preferences of this test run only (no language chosen: the CLI answers in Indonesian),
    # never the machine user's, which a person trying the app may have set to English.
    env["XDG_CONFIG_HOME"] = _CONFIG_HOME
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop(ENV, None)
    if pause_at:
        env[ENV] = pause_at
    return env


def run_cli(*args: str, stdin: str = "", timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lk3_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=timeout,
    )


def kill_at(point: str, argv: list[str], stdin: str = "", timeout: float = 180) -> str:
    """Run ``argv`` until it reaches ``point``, SIGKILL it there; returns what it wrote on
    stderr before. Fails when the process ends without reaching the point."""
    with subprocess.Popen(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(point),
    ) as proc:
        assert proc.stdin is not None and proc.stderr is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
        seen: list[str] = []
        try:
            for line in proc.stderr:
                seen.append(line)
                if line.rstrip().endswith(f"{ANNOUNCE}{point}"):
                    proc.send_signal(signal.SIGKILL)
                    break
        finally:
            proc.kill()
            proc.wait(timeout=timeout)
        text = "".join(seen)
        assert proc.returncode == -signal.SIGKILL and ANNOUNCE in text, text
        return text


def kill_cli_at(point: str, *args: str, stdin: str = "") -> str:
    return kill_at(point, [sys.executable, "-m", "lk3_desktop", *args], stdin)
