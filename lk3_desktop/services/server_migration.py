"""``server migrate``: an embedded office moves onto the office server, every row as it is.

The head signs in to the embedded office (which brings its schema to this program's head
first) and the server's superuser empties the database that ``server init`` made (it must
hold no work yet), makes it again for the moved office's own database id and copies every row
of one snapshot. Then the counts of every table are compared, the audit chain is verified on
the server, and the letters' stored PDFs and hashes are compared one by one. Slots on a
server are password-only: the head who moves the office keeps their password and keys; everyone
else gets new keys and a temporary password (printed once, the head's password reset on the
server) to replace at their first sign-in.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db import audit
from lk3_desktop.db.models import Client, ReferralLetter, User
from lk3_desktop.db.server import provision
from lk3_desktop.db.server.connect import known_server_errors
from lk3_desktop.db.server.enrollment import Enrollment, write_enrollment
from lk3_desktop.db.server.vault import Bootstrap, ServerVault
from lk3_desktop.db.transfer import copy_office, row_counts
from lk3_desktop.db.vault import KdfParams, KeyFile
from lk3_desktop.db.workstation import CredentialStore, NoCredentialStore
from lk3_desktop.services import accounts, office_keys
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.office_server import ServerTarget, bootstrap_engine


@dataclass(frozen=True)
class MigrationResult:
    enrollment: Enrollment  # for the office's own database id: hand this one out
    counts: dict[str, int]
    audit_entries: int
    audit_head: str
    letters: int
    temporary_passwords: dict[str, str] = field(repr=False, default_factory=dict)


def _letters(conn: Connection) -> dict[int, tuple[str, str]]:
    """Each stored letter's SHA-256 as recorded (of the PDF) and the SHA-256 of its stored
    bytes (sealed under the case's key): both must be the same on the server."""
    rows = conn.execute(select(ReferralLetter.id, ReferralLetter.sha256, ReferralLetter.pdf))
    return {r.id: (r.sha256, hashlib.sha256(bytes(r.pdf)).hexdigest()) for r in rows}


def _target_is_unused(conn: Connection) -> None:
    clients = conn.execute(select(func.count()).select_from(Client)).scalar() or 0
    users = conn.execute(select(func.count()).select_from(User)).scalar() or 0
    if clients or users > 1:
        raise ValidationError("server.migrate_target_in_use", "database")


def migrate_to_server(
    folder: Path,
    credential_store: CredentialStore,
    username: str,
    password: str,
    enrollment: Enrollment,
    superuser: str,
    superuser_password: str,
    *,
    login_kdf: KdfParams | None = None,
) -> MigrationResult:
    """Move the office of the embedded data folder ``folder`` onto the server of
    ``enrollment`` (see the module docstring). Only an active head may move it."""
    session = accounts.login(folder, credential_store, username, password)
    try:
        if session.actor.role is not Role.KEPALA or session.keys is None:
            raise PermissionDenied("migrate")
        store = session.store
        moved = replace(
            enrollment,
            database_id=store.database_id,
            login_kdf=(login_kdf or KdfParams.from_json(enrollment.login_kdf)).to_json(),
        )
        target = ServerTarget(
            enrollment.host, enrollment.port, enrollment.database, superuser, superuser_password
        )
        with store.transaction() as s:
            card_seed = office_keys.recovery_seed(s, session.keys, store.database_id)
        _remake_database(target, enrollment, moved)
        with store.storage.snapshot(store.engine) as source:
            counts = row_counts(source)
            letters = _letters(source)
            with _office_engine(target, moved) as office, office.begin() as conn:
                copy_office(source, conn)
                _head_slot(conn, moved, target, session, password, card_seed)
    finally:
        session.store.close()
    result = _verified(target, moved, counts, letters)
    temporary = _new_slots_for_the_others(moved, credential_store, username, password)
    return replace(result, temporary_passwords=temporary)


def _remake_database(target: ServerTarget, old: Enrollment, moved: Enrollment) -> None:
    maintenance = bootstrap_engine(target, "postgres", old)
    try:
        with known_server_errors():
            office = bootstrap_engine(target, target.database, old)
            try:
                with office.connect() as conn:
                    _target_is_unused(conn)
            finally:
                office.dispose()
            provision.drop_database(maintenance, target.database)
            with maintenance.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for role in conn.execute(
                    text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                    {"p": old.role_prefix},
                ).scalars():
                    conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
            provision.create_database(maintenance, target.database)
    finally:
        maintenance.dispose()
    office = bootstrap_engine(target, target.database, moved)
    try:
        with known_server_errors():
            provision.build_schema(office)
            provision.secure(office, target.database, moved.role_prefix)
    finally:
        office.dispose()


class _office_engine:
    def __init__(self, target: ServerTarget, enrollment: Enrollment) -> None:
        self.engine = bootstrap_engine(target, target.database, enrollment)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self.engine

    def __exit__(self, *exc: object) -> None:
        self.engine.dispose()


def _bootstrap_vault(profile: Path, enrollment: Enrollment, target: ServerTarget) -> ServerVault:
    write_enrollment(profile, enrollment)
    return ServerVault(
        profile,
        NoCredentialStore("server"),
        KdfParams.from_json(enrollment.login_kdf),
        enrollment=enrollment,
        bootstrap=Bootstrap(target.superuser, target.password),
    )


def _head_slot(
    conn: Connection,
    enrollment: Enrollment,
    target: ServerTarget,
    head: UserSession,
    password: str,
    card_seed: bytes | None,
) -> None:
    """The mover's slot and login on the server, inside the copy's transaction: the same
    keys and certificate as on this computer, under the same password (password-only)."""
    context = head.keys
    assert context is not None
    profile = Path(tempfile.mkdtemp(prefix="lk3-migrate-"))
    try:
        vault = _bootstrap_vault(profile, enrollment, target)
        key_file = KeyFile(enrollment.database_id, "none")
        key_file.root = context.root
        slot = vault.seal_slot(
            key_file,
            head.actor.username,
            password,
            context.keys,
            head.actor.user_id,
            head.store.key(),
            None,
            root=context.root,
        )
        conn.execute(update(User).where(User.id == head.actor.user_id).values(slot_id=slot.slot_id))
        # The office's recovery card (both codes, as printed for this computer) signs in
        # on the server too.
        if card_seed is not None:
            vault.remember_card(head.store.key(), card_seed)
        # The slot and login commit with the copied rows, or not at all.
        with Session(bind=conn) as s, vault.joining(s):
            vault.save(key_file)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _new_slots_for_the_others(
    enrollment: Enrollment, credential_store: CredentialStore, username: str, password: str
) -> dict[str, str]:
    """Everyone else's slot stays on this computer (sealed under their own password): on the
    server the head gives each active person new keys, a certificate and a temporary
    password, as a password reset does (audited there)."""
    profile = Path(tempfile.mkdtemp(prefix="lk3-migrate-"))
    try:
        write_enrollment(profile, enrollment)
        head = accounts.login(profile, credential_store, username, password)
        try:
            with head.store.transaction() as s:
                others = s.execute(
                    select(User.id, User.username).where(
                        User.active.is_(True), User.id != head.actor.user_id
                    )
                ).all()
            return {other.username: accounts.reset_password(head, other.id) for other in others}
        finally:
            head.store.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _verified(
    target: ServerTarget,
    enrollment: Enrollment,
    counts: dict[str, int],
    letters: dict[int, tuple[str, str]],
) -> MigrationResult:
    engine = bootstrap_engine(target, target.database, enrollment)
    try:
        with known_server_errors(), engine.connect() as conn:
            moved = row_counts(conn)
            if moved != counts:
                differ = sorted(k for k in counts if moved.get(k) != counts[k])
                raise ValidationError(
                    "server.migrate_counts_differ", "database", tables=", ".join(differ)
                )
            with Session(bind=conn) as s:
                chain = audit.verify(s)
            if not chain.ok:
                raise ValidationError("server.migrate_chain_broken", "database")
            on_server = _letters(conn)
            if on_server != letters:
                raise ValidationError("server.migrate_letters_differ", "database")
    finally:
        engine.dispose()
    return MigrationResult(enrollment, counts, chain.count, chain.head, len(letters))
