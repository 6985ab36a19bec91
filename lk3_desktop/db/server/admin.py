"""What ``server init`` does on the PostgreSQL server itself, as its superuser: TLS with the
office's own certificates, the failed-login delay, and a look at where the data lies."""

from __future__ import annotations

import ipaddress
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from lk3_desktop.db.server.tls import Issued

CERT_FILE = "lk3-server.crt"
KEY_FILE = "lk3-server.key"
AUTH_DELAY_MS = 2000


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def install_tls(conn: Connection, server: Issued) -> None:
    """Write the server certificate and key into the server's data folder (adminpack's
    ``pg_file_write``, superuser only, as the server's own user and umask), point the
    server at them and turn TLS on; a reload is enough since PostgreSQL 10."""
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS adminpack"))
    try:
        for name, content in ((CERT_FILE, server.cert_pem), (KEY_FILE, server.key_pem)):
            conn.execute(text("SELECT pg_file_write(:n, :c, false)"), {"n": name, "c": content})
    finally:
        conn.execute(text("DROP EXTENSION IF EXISTS adminpack"))
    conn.execute(text(f"ALTER SYSTEM SET ssl_cert_file = '{CERT_FILE}'"))
    conn.execute(text(f"ALTER SYSTEM SET ssl_key_file = '{KEY_FILE}'"))
    conn.execute(text("ALTER SYSTEM SET ssl = on"))
    conn.execute(text("ALTER SYSTEM SET password_encryption = 'scram-sha-256'"))
    conn.execute(text("SELECT pg_reload_conf()"))


def failed_login_delay(conn: Connection) -> bool:
    """Whether the server delays every failed login (auth_delay). When not, it is asked for
    at the next restart; returns False until then."""
    loaded = str(conn.execute(text("SHOW shared_preload_libraries")).scalar() or "")
    libraries = [lib.strip() for lib in loaded.split(",") if lib.strip()]
    if "auth_delay" in libraries:
        conn.execute(text(f"ALTER SYSTEM SET auth_delay.milliseconds = {AUTH_DELAY_MS}"))
        conn.execute(text("SELECT pg_reload_conf()"))
        return True
    libraries.append("auth_delay")
    conn.execute(text("LOAD 'auth_delay'"))  # defines its setting, so it can be stored
    conn.execute(text(f"ALTER SYSTEM SET auth_delay.milliseconds = {AUTH_DELAY_MS}"))
    conn.execute(text(f"ALTER SYSTEM SET shared_preload_libraries = '{','.join(libraries)}'"))
    return False


@dataclass(frozen=True)
class VolumeCheck:
    """Whether the server's data folder was seen on an encrypted volume."""

    verified: bool
    encrypted: bool
    detail: str


def data_volume(conn: Connection, host: str) -> VolumeCheck:
    """Names and identifiers stay searchable on the server, so its data folder must be on
    an encrypted volume. Checked only where the server is this computer (Linux: the block
    device under the folder is a dm-crypt/LUKS mapping); otherwise it is for the office to
    make sure."""
    folder = str(conn.execute(text("SHOW data_directory")).scalar() or "")
    if not is_loopback(host):
        return VolumeCheck(False, False, "the server is another computer: not checked")
    findmnt, lsblk = shutil.which("findmnt"), shutil.which("lsblk")
    if not folder or findmnt is None or lsblk is None or not Path(folder).exists():
        return VolumeCheck(False, False, "could not look at the server's disk")
    source = subprocess.run(
        [findmnt, "-no", "SOURCE", "-T", folder], capture_output=True, text=True, check=False
    ).stdout.strip()
    if not source.startswith("/dev/"):
        return VolumeCheck(False, False, f"data folder on {source or 'an unknown device'}")
    kinds = subprocess.run(
        [lsblk, "-nso", "TYPE", source], capture_output=True, text=True, check=False
    ).stdout.split()
    encrypted = "crypt" in kinds
    return VolumeCheck(True, encrypted, f"data folder on {source} ({'/'.join(kinds) or '?'})")
