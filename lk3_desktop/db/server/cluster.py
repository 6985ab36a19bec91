"""A private PostgreSQL cluster in a folder: initdb, pg_ctl start and stop, on 127.0.0.1 only.

For the tests (one cluster per test session) and for trying server mode on one computer. The
server refuses to run as root, so when we are root every command runs as the ``postgres``
system user (``runuser``) and every path it writes (data, log, socket folder) belongs to it.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from lk3_desktop.core.errors import KnownError

SYSTEM_USER = "postgres"
SUPERUSER = "postgres"


class PostgresMissing(KnownError):
    """No PostgreSQL server programs (initdb, pg_ctl) on this computer."""


class ClusterFailed(RuntimeError):
    """initdb or pg_ctl failed; the message holds the end of its output."""


def server_bin_dir() -> Path:
    """The newest installed PostgreSQL server's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    root = Path("/usr/lib/postgresql")
    found = sorted(
        (p for p in root.glob("*/bin") if (p / "initdb").is_file()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PostgresMissing("initdb not found")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user() -> list[str]:
    return ["runuser", "-u", SYSTEM_USER, "--"] if os.geteuid() == 0 else []


def _give_to_server_user(path: Path) -> None:
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SYSTEM_USER)
        os.chown(path, entry.pw_uid, entry.pw_gid)


@dataclass
class Cluster:
    """One cluster under ``root``: ``root/pg`` (data), ``root/pg.log``, the socket in ``root``."""

    root: Path
    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> Path:
        return self.root / "pg"

    @property
    def log(self) -> Path:
        return self.root / "pg.log"

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*_as_server_user(), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=self.root,
            check=False,
        )
        if done.returncode != 0:
            output = done.stdout.decode("utf-8", "replace")[-2000:]
            raise ClusterFailed(f"{Path(args[0]).name} failed ({done.returncode}): {output}")

    def init(self) -> None:
        """initdb with SCRAM-SHA-256 for every connection, UTF-8, a Unicode-aware locale."""
        # The server user must reach the folder: ``root`` is its own, its parent only
        # traversable (a 0700 temporary folder of root's would stop it).
        self.root.mkdir(parents=True, exist_ok=True)
        _give_to_server_user(self.root)
        self.root.chmod(0o700)
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n", "utf-8")
        pwfile.chmod(0o600)
        _give_to_server_user(pwfile)
        try:
            self._run(
                str(server_bin_dir() / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "-A",
                "scram-sha-256",
                f"--pwfile={pwfile}",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            )
        finally:
            pwfile.unlink(missing_ok=True)

    def start(self) -> None:
        options = [
            f"-p {self.port}",
            f"-k {self.root}",
            "-c listen_addresses=127.0.0.1",
            *(f"-c {name}={value}" for name, value in self.settings.items()),
        ]
        self._run(
            str(server_bin_dir() / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            " ".join(options),
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(str(server_bin_dir() / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()
