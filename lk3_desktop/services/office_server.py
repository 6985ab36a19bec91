"""Office server mode: making an office on a PostgreSQL server and enrolling workstations.

``init_server`` runs once, by the head, with the server's superuser password: it makes the
database (schema, roles, grants, the login function), the office CA and the server's TLS
certificate, the office itself (center profile, the head's account and slot) and the
enrollment file every workstation is enrolled from. ``enroll`` makes a data folder this
workstation's profile for the office.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.os_errors import data_folder_errors
from lk3_desktop.db.server import admin, provision
from lk3_desktop.db.server.connect import known_server_errors
from lk3_desktop.db.server.enrollment import Enrollment as Enrollment
from lk3_desktop.db.server.enrollment import read_enrollment, write_enrollment
from lk3_desktop.db.server.tls import make_office_ca, make_server_cert
from lk3_desktop.db.server.vault import Bootstrap, ServerVault
from lk3_desktop.db.store import FolderState, folder_state
from lk3_desktop.db.vault import DEFAULT_KDF, KdfParams
from lk3_desktop.db.workstation import CredentialStore, NoCredentialStore
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession

MAINTENANCE_DB = "postgres"


@dataclass(frozen=True)
class ServerTarget:
    host: str
    port: int
    database: str
    superuser: str
    password: str


@dataclass(frozen=True)
class ServerInitResult:
    enrollment: Enrollment
    recovery_code: str
    tls_hosts: tuple[str, ...]
    failed_login_delay: bool  # False: on at the server's next restart
    volume: admin.VolumeCheck
    # The card's second code: on a server the card signs in only with both.
    recovery_key_code: str = field(default="", repr=False)
    root_fingerprint: str | None = None


# The steps of init_server, for a progress line (the setup wizard words them).
STEP_SERVER, STEP_SCHEMA, STEP_OFFICE = "server", "schema", "office"


def _bootstrap_tls(host: str) -> dict[str, str]:
    # Before the office CA exists nothing can be verified: on this computer a plain local
    # connection is acceptable; across the network the superuser's password travels only
    # encrypted (the server must already speak TLS, or init runs on the server itself).
    return {"sslmode": "prefer" if admin.is_loopback(host) else "require"}


def _engine(target: ServerTarget, database: str, tls: dict[str, str]) -> Engine:
    return provision.superuser_engine(
        target.host, target.port, target.superuser, target.password, database, tls
    )


def bootstrap_engine(target: ServerTarget, database: str, enrollment: Enrollment) -> Engine:
    """The superuser's engine on ``database``, TLS verified against the office CA."""
    ca = Path(tempfile.gettempdir()) / f"lk3-office-ca-{enrollment.database_id[:12]}.pem"
    with data_folder_errors():
        write_atomic(ca, enrollment.ca_pem.encode("ascii"))  # public: no secret in it
    return _engine(target, database, {"sslmode": "verify-full", "sslrootcert": str(ca)})


def _database_is_new(engine: Engine, database: str) -> bool:
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}
        ).first()
    return exists is None


def init_server(
    target: ServerTarget,
    center: accounts.CenterInput,
    head: accounts.NewAccount,
    *,
    extra_hosts: tuple[str, ...] = (),
    login_kdf: KdfParams = DEFAULT_KDF,
    progress: Callable[[str], None] | None = None,
) -> ServerInitResult:
    """Make the office on ``target`` (see the module docstring). The database must not
    exist yet. Returns the enrollment (write it with :func:`write_enrollment_file`).
    ``progress`` hears each step as it starts (STEP_SERVER, STEP_SCHEMA, STEP_OFFICE)."""
    step = progress or (lambda _name: None)
    accounts.validate_username(head.username)
    step(STEP_SERVER)
    tls = _bootstrap_tls(target.host)
    maintenance = _engine(target, MAINTENANCE_DB, tls)
    try:
        with known_server_errors():
            if not _database_is_new(maintenance, target.database):
                raise ValidationError("server.database_exists", "database")
            ca = make_office_ca(center.name)
            hosts = tuple(dict.fromkeys((target.host, *extra_hosts)))
            # ALTER SYSTEM refuses to run inside a transaction.
            with maintenance.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                admin.install_tls(conn, make_server_cert(ca, list(hosts)))
                delay = admin.failed_login_delay(conn)
                volume = admin.data_volume(conn, target.host)
            provision.create_database(maintenance, target.database)
    finally:
        maintenance.dispose()
    enrollment = Enrollment(
        host=target.host,
        port=target.port,
        database=target.database,
        database_id=uuid.uuid4().hex,
        ca_pem=ca.cert_pem,
        login_kdf=login_kdf.to_json(),
    )
    profile = Path(tempfile.mkdtemp(prefix="lk3-init-"))
    try:
        write_enrollment(profile, enrollment)
        verified = {"sslmode": "verify-full", "sslrootcert": str(profile / "lk3-office-ca.pem")}
        step(STEP_SCHEMA)
        office = _engine(target, target.database, verified)
        try:
            with known_server_errors():
                provision.build_schema(office)
                provision.secure(office, target.database, enrollment.role_prefix)
        finally:
            office.dispose()
        step(STEP_OFFICE)
        folder = profile / "profile"
        vault = ServerVault(
            folder,
            NoCredentialStore("server"),
            login_kdf,
            enrollment=enrollment,
            bootstrap=Bootstrap(target.superuser, target.password),
        )
        made = accounts.initialize(folder, vault.store, center, head, vault=vault)
        made.session.store.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return ServerInitResult(
        enrollment,
        made.recovery_code,
        hosts,
        delay,
        volume,
        made.recovery_key_code,
        made.root_fingerprint,
    )


def init_and_enroll(
    target: ServerTarget,
    center: accounts.CenterInput,
    head: accounts.NewAccount,
    folder: Path,
    enrollment_out: Path,
    credential_store: CredentialStore,
    *,
    login_kdf: KdfParams = DEFAULT_KDF,
    progress: Callable[[str], None] | None = None,
) -> ServerInitResult:
    """``server init`` from the setup wizard: make the office on ``target``, write the
    enrollment file for the other workstations to ``enrollment_out`` and enroll ``folder``
    (this computer) with it. The folder is checked first, so a server is not made for a
    folder that cannot be enrolled."""
    if folder_state(folder) is not FolderState.EMPTY:
        raise ValidationError("server.folder_not_empty", "data_dir")
    result = init_server(target, center, head, login_kdf=login_kdf, progress=progress)
    write_enrollment_file(enrollment_out, result.enrollment)
    enroll(folder, result.enrollment, credential_store)
    return result


def write_enrollment_file(path: Path, enrollment: Enrollment) -> None:
    with data_folder_errors():
        write_atomic(path, enrollment.to_bytes())


def read_enrollment_file(path: Path) -> Enrollment:
    with data_folder_errors():
        raw = path.read_bytes()
    return Enrollment.from_bytes(raw)


def enroll(folder: Path, enrollment: Enrollment, credential_store: CredentialStore) -> None:
    """Make ``folder`` (empty or new) this workstation's profile for the office server."""
    del credential_store  # server slots are password-only: nothing of this computer's
    if folder_state(folder) is not FolderState.EMPTY:
        raise ValidationError("server.folder_not_empty", "data_dir")
    with data_folder_errors():
        folder.mkdir(parents=True, exist_ok=True)
    from lk3_desktop.db.private_folder import make_private

    make_private(folder)
    write_enrollment(folder, enrollment)


def upgrade_server(target: ServerTarget, enrollment: Enrollment, folder: Path) -> str | None:
    """Bring the office's database to this program's schema (as the superuser), then renew
    roles and grants for the new tables. Returns the revision it was at."""
    from lk3_desktop.db import migrate

    engine = _engine(
        target,
        target.database,
        {"sslmode": "verify-full", "sslrootcert": str(folder / "lk3-office-ca.pem")},
    )
    try:
        with known_server_errors(), engine.connect() as conn:
            before = migrate.current_revision(conn)
            if "audit_log" not in inspect(conn).get_table_names():
                raise ValidationError("server.not_lk3_database", "database")
        with known_server_errors():
            migrate.upgrade(engine)
        with known_server_errors():
            provision.secure(engine, target.database, enrollment.role_prefix)
    finally:
        engine.dispose()
    return before


def address(enrollment: Enrollment) -> str:
    """Where the office is, as the recovery card prints it: ``host:port/database``."""
    return f"{enrollment.host}:{enrollment.port}/{enrollment.database}"


def server_address(session: UserSession) -> str | None:
    """The office server of the signed-in session (None on one computer)."""
    if not session.store.on_server:
        return None
    return address(read_enrollment(session.store.folder))
