"""A workstation's enrollment with the office server: where it is and whom to trust.

``server init`` writes it; ``server enroll`` copies it into a data folder, which from then on
is this workstation's profile for that office. It holds no secret: the server's address and
port, the database and its LK3 database id, the office CA certificate that the server's TLS
certificate must chain to, and the cost of the key derivation that makes each person's
server login from their password (the same on every workstation).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lk3_desktop.core.errors import NotAnLk3Database
from lk3_desktop.core.text_input import storable
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.os_errors import data_folder_errors

ENROLLMENT_FILENAME = "lk3.server"
CA_FILENAME = "lk3-office-ca.pem"  # libpq reads the CA from a file (sslrootcert)
FORMAT = "lk3-server/1"
RECOVERY_ROLE_SUFFIX = "~recovery"


@dataclass(frozen=True)
class Enrollment:
    host: str
    port: int
    database: str
    database_id: str
    ca_pem: str
    login_kdf: dict[str, Any]

    @property
    def role_prefix(self) -> str:
        """Login roles of this office: ``lk3u_<8 hex of the database id>_<username>``.
        Role names are per cluster; the prefix keeps two offices on one server apart."""
        return f"lk3u_{self.database_id[:8]}_"

    def login_role(self, username: str) -> str:
        return self.role_prefix + storable(username).strip().lower()

    @property
    def recovery_role(self) -> str:
        """The login the recovery card signs in as (a head's rights, nobody's account): its
        name cannot be a username's (``~`` is not allowed in one)."""
        return self.role_prefix + RECOVERY_ROLE_SUFFIX

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "database_id": self.database_id,
            "ca": self.ca_pem,
            "login_kdf": self.login_kdf,
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Enrollment:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise NotAnLk3Database("unknown enrollment format")
            port = doc["port"]
            if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
                raise NotAnLk3Database("enrollment port out of range")
            return cls(
                host=str(doc["host"]),
                port=port,
                database=str(doc["database"]),
                database_id=str(doc["database_id"]),
                ca_pem=str(doc["ca"]),
                login_kdf=dict(doc["login_kdf"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise NotAnLk3Database("enrollment unreadable") from exc


def is_enrolled(folder: Path) -> bool:
    return (folder / ENROLLMENT_FILENAME).is_file()


def read_enrollment(folder: Path) -> Enrollment:
    try:
        raw = (folder / ENROLLMENT_FILENAME).read_bytes()
    except FileNotFoundError as exc:
        raise NotAnLk3Database("no enrollment") from exc
    return Enrollment.from_bytes(raw)


def write_enrollment(folder: Path, enrollment: Enrollment) -> None:
    """The enrollment and its CA file, each written atomically, owner-only."""
    with data_folder_errors():
        write_atomic(folder / CA_FILENAME, enrollment.ca_pem.encode("ascii"))
        write_atomic(folder / ENROLLMENT_FILENAME, enrollment.to_bytes())


def ca_path(folder: Path) -> Path:
    return folder / CA_FILENAME
