"""Key slots kept on the office server, opened as on one computer (Argon2id of the password).

A :class:`ServerVault` is what ``Vault(folder, ...)`` gives for an enrolled data folder (see
``Vault.__new__``). It signs in to the server first, as the person's own login role with the
secret derived from their password, then reads the key file from the database and opens the
person's slot exactly like the embedded vault. Slots are password-only: every workstation of
the office opens them, so no one computer's credential store can be part of them.

The recovery card signs in as a login of its own (``Enrollment.recovery_role``, a head's rights)
whose password both of the card's codes make (connect.recovery_secret); :meth:`remember_card`
sets it at the next save (setup, every rotation of the database key).

Sealing a slot also sets that person's server password (a SCRAM verifier of the new secret,
through ``lk3_sync_login``) when the key file is saved; removing a slot stops the login.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import weakref
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import (
    NotAnLk3Database,
    PermissionDenied,
    ServerSchemaBehind,
    SessionClosed,
    UnknownUser,
    ValidationError,
    WrongPassword,
    WrongRecoveryCode,
)
from lk3_desktop.db.models import ServerKeyFile, ServerKeySlot
from lk3_desktop.db.person_keys import PrivateKeys
from lk3_desktop.db.server.connect import (
    create_server_engine,
    known_server_errors,
    login_secret,
    recovery_secret,
)
from lk3_desktop.db.server.enrollment import Enrollment, read_enrollment
from lk3_desktop.db.vault import (
    KEY_BYTES,
    KdfParams,
    KeyFile,
    Slot,
    Unlocked,
    Vault,
    username_lookup,
)
from lk3_desktop.db.workstation import CredentialStore


@dataclass
class Login:
    """Who this vault is connected as: a login role and its secret (wiped on close)."""

    role: str
    _secret: bytearray = field(repr=False)

    def secret(self) -> str:
        if not self._secret:
            raise SessionClosed("store is closed")
        return self._secret.decode("ascii")

    def wipe(self) -> None:
        for i in range(len(self._secret)):
            self._secret[i] = 0
        del self._secret[:]


@dataclass(frozen=True)
class Bootstrap:
    """The server's superuser, only while ``server init`` makes the office."""

    role: str
    password: str = field(repr=False)


class ServerVault(Vault):
    """The key slots of an enrolled data folder, on the office server."""

    is_server = True

    def __init__(
        self,
        folder: Path,
        store: CredentialStore,
        kdf: KdfParams | None = None,
        *,
        enrollment: Enrollment | None = None,
        bootstrap: Bootstrap | None = None,
        **kwargs: Any,
    ) -> None:
        if kdf is None:
            super().__init__(folder, store, **kwargs)
        else:
            super().__init__(folder, store, kdf, **kwargs)
        self.enrollment = enrollment or read_enrollment(folder)
        self.bootstrap = bootstrap
        self.login: Login | None = None
        self._engine: Engine | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        # Passwords sealed into slots since the last save: their logins get new verifiers.
        self._new_secrets: dict[str, str] = {}
        self._slot_roles: dict[str, str] = {}  # login role of each slot sealed here
        # The recovery card's login gets this secret at the next save (remember_card).
        self._card_secret: str | None = None
        self._joined: ContextVar[Session | None] = ContextVar(f"lk3_vault_{id(self)}", default=None)

    # -- the connection ---------------------------------------------------------------

    def _connect(self, role: str, secret: str) -> Engine:
        login = Login(role, bytearray(secret.encode("ascii")))
        engine = create_server_engine(self.folder, self.enrollment, role, login.secret)
        try:
            with known_server_errors(), engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except BaseException:
            engine.dispose()
            login.wipe()
            raise
        self.forget_connection()
        self.login = login
        self._engine = engine
        # A vault dropped without close (a password check, a failed sign-in) still closes
        # its pooled connections to the server instead of leaving them to the collector.
        self._finalizer = weakref.finalize(self, engine.dispose)
        return engine

    def sign_in_with_card(self, db_key: bytes, recovery_seed: bytes | None) -> None:
        """Sign in as the recovery card's login, which both codes of the card open: without
        the second one, ValidationError; refused by the server (a card of another office, or
        one a rotation replaced), WrongRecoveryCode."""
        if recovery_seed is None:
            raise ValidationError("recovery.office_code_needed", "office_code")
        secret = recovery_secret(self.enrollment, db_key, recovery_seed)
        try:
            self._connect(self.enrollment.recovery_role, secret)
        except WrongPassword as exc:
            raise WrongRecoveryCode("key") from exc

    def sign_in_again(self, username: str, password: str) -> Engine:
        """Leave the connection held now (the recovery card's) for ``username``'s own login:
        a recovered head works as themselves from then on."""
        name = username.strip().lower()
        return self._connect(
            self.enrollment.login_role(name), login_secret(self.enrollment, name, password)
        )

    def card_login_missing(self) -> bool:
        with self._connection(write=False) as conn:
            can = conn.execute(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"),
                {"r": self.enrollment.recovery_role},
            ).scalar()
        return not can

    def remember_card(self, db_key: bytes, recovery_seed: bytes) -> None:
        self._card_secret = recovery_secret(self.enrollment, db_key, recovery_seed)

    def connect_bootstrap(self) -> Engine:
        """Connect as the superuser of :class:`Bootstrap` (server init only)."""
        assert self.bootstrap is not None
        return self._connect(self.bootstrap.role, self.bootstrap.password)

    def engine(self) -> Engine:
        """The signed-in connection (after :meth:`unlock` or :meth:`connect_bootstrap`)."""
        if self._engine is None:
            raise SessionClosed("not connected")
        return self._engine

    def take_engine(self) -> tuple[Engine, Login]:
        """Hand the connection to the store that opens now; the vault keeps using it."""
        assert self.login is not None
        return self.engine(), self.login

    def forget_connection(self) -> None:
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        if self._engine is not None:
            self._engine.dispose()
        if self.login is not None:
            self.login.wipe()
        self._engine = None
        self.login = None

    @contextlib.contextmanager
    def joining(self, session: Session) -> Iterator[None]:
        """While active (in this thread or task), :meth:`load` and :meth:`save` run inside
        ``session``'s transaction instead of their own."""
        token = self._joined.set(session)
        try:
            yield
        finally:
            self._joined.reset(token)

    @contextlib.contextmanager
    def _connection(self, write: bool) -> Iterator[Connection]:
        joined = self._joined.get()
        if joined is not None:
            yield joined.connection()
            return
        engine = self.engine()
        with known_server_errors(), engine.begin() if write else engine.connect() as conn:
            yield conn

    # -- the key file -----------------------------------------------------------------

    def exists(self) -> bool:
        return True

    def create(self, database_id: str | None = None) -> tuple[KeyFile, bytes]:
        """Password-only slots (every workstation opens them) and a new database key."""
        key_file = KeyFile(database_id=self.enrollment.database_id, workstation_mode="none")
        return key_file, secrets.token_bytes(KEY_BYTES)

    def load(self) -> KeyFile:
        with self._connection(write=False) as conn:
            head = conn.execute(select(ServerKeyFile.doc).where(ServerKeyFile.id == 1)).scalar()
            slots = conn.execute(select(ServerKeySlot.doc).order_by(ServerKeySlot.slot_id))
            docs = [json.loads(doc) for doc in slots.scalars()]
        if head is None:
            raise NotAnLk3Database("no key file on the server")
        doc = json.loads(head)
        doc["slots"] = docs
        return KeyFile.from_bytes(json.dumps(doc).encode("utf-8"))

    def save(self, key_file: KeyFile) -> None:
        """Write what changed: the key file's fields, each slot (owned by its login role),
        slots removed; then every login whose password was sealed gets its new verifier,
        and every login whose slot went is stopped."""
        doc = json.loads(key_file.to_bytes())
        slots = {str(s["id"]): s for s in doc.pop("slots")}
        with self._connection(write=True) as conn:
            stored = dict(
                (r.slot_id, r.doc)
                for r in conn.execute(select(ServerKeySlot.slot_id, ServerKeySlot.doc))
            )
            head = json.dumps(doc, sort_keys=True)
            if conn.execute(select(ServerKeyFile.doc).where(ServerKeyFile.id == 1)).scalar() != (
                head
            ):
                _upsert(conn, "server_key_file", "id", {"id": 1, "doc": head})
            for slot_id, slot_doc in slots.items():
                body = json.dumps(slot_doc, sort_keys=True)
                if stored.get(slot_id) != body:
                    role = self._slot_roles.get(slot_id) or _stored_role(conn, slot_id)
                    _upsert(
                        conn,
                        "server_key_slots",
                        "slot_id",
                        {"slot_id": slot_id, "login_role": role, "doc": body},
                    )
            gone = set(stored) - set(slots)
            gone_roles = []
            if gone:
                gone_roles = list(
                    conn.execute(
                        select(ServerKeySlot.login_role).where(ServerKeySlot.slot_id.in_(gone))
                    ).scalars()
                )
                conn.execute(delete(ServerKeySlot).where(ServerKeySlot.slot_id.in_(gone)))
            for username, secret in self._new_secrets.items():
                _sync_login(
                    conn, username, _verifier(conn, self.enrollment.login_role(username), secret)
                )
            prefix = self.enrollment.role_prefix
            for role in gone_roles:
                if role.startswith(prefix):
                    _sync_login(conn, role[len(prefix) :], None)
            if self._card_secret is not None:
                card = _verifier(conn, self.enrollment.recovery_role, self._card_secret)
                _set_recovery_login(conn, card)
        if self.login is not None:
            mine = next(
                (
                    s
                    for u, s in self._new_secrets.items()
                    if self.enrollment.login_role(u) == self.login.role
                ),
                None,
            )
            if mine is not None:
                # New connections use the new password; the open ones stay as they are.
                self.login._secret[:] = mine.encode("ascii")
        self._new_secrets.clear()
        self._card_secret = None

    # -- slots --------------------------------------------------------------------------

    def seal_slot(
        self,
        key_file: KeyFile,
        username: str,
        password: str,
        keys: PrivateKeys,
        user_id: int,
        db_key: bytes,
        workstation_secret: bytes | None,
        *,
        root: str | None,
    ) -> Slot:
        slot = super().seal_slot(
            key_file, username, password, keys, user_id, db_key, None, root=root
        )
        name = username.strip().lower()
        self._slot_roles[slot.slot_id] = self.enrollment.login_role(name)
        self._new_secrets[name] = login_secret(self.enrollment, name, password)
        return slot

    def workstation_secret(self, key_file: KeyFile) -> bytes | None:
        return None

    def ensure_workstation_secret(self, key_file: KeyFile) -> bytes | None:
        key_file.workstation_mode = "none"
        return None

    def unlock(self, username: str, password: str) -> Unlocked:
        """Sign in to the server as ``username``, then open their slot.

        The local attempts file throttles this workstation as on one computer; the server
        delays every failed login too. A refused login reads as WrongPassword whether the
        name exists or not.
        """
        name = username.strip().lower()
        lookup = username_lookup(self.enrollment.database_id, name)
        self.attempts.check(lookup)
        secret = login_secret(self.enrollment, name, password)
        role = self.enrollment.login_role(name)
        if self.login is None or self.login.role != role:
            try:
                self._connect(role, secret)
            except WrongPassword:
                self.attempts.record_failure(lookup, "wrong_password")
                raise
        elif not secrets.compare_digest(self.login.secret(), secret):
            # Signed in already (a password check or an unlock): the password must match.
            self.attempts.record_failure(lookup, "wrong_password")
            raise WrongPassword()
        try:
            return super().unlock(name, password)
        except UnknownUser:
            self.forget_connection()
            raise WrongPassword() from None
        except BaseException:
            self.forget_connection()
            raise


def _upsert(conn: Connection, table: str, key: str, values: dict[str, Any]) -> None:
    columns = ", ".join(values)
    placeholders = ", ".join(f":{c}" for c in values)
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in values if c != key)
    conn.execute(
        text(
            f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
            f" ON CONFLICT ({key}) DO UPDATE SET {updates}"
        ),
        values,
    )


def _stored_role(conn: Connection, slot_id: str) -> str:
    role = conn.execute(
        select(ServerKeySlot.login_role).where(ServerKeySlot.slot_id == slot_id)
    ).scalar()
    if role is None:
        raise NotAnLk3Database("slot without a login role")
    return str(role)


def _verifier(conn: Connection, role: str, secret: str) -> str:
    """The SCRAM-SHA-256 verifier of ``secret``, made here: the secret never reaches the
    server (nor its statement log)."""
    raw = conn.connection.driver_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(
        secret.encode("ascii"), role.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def _set_recovery_login(conn: Connection, verifier: str) -> None:
    try:
        conn.execute(text("SELECT lk3_set_recovery_login(:v)"), {"v": verifier})
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == "42501":
            raise PermissionDenied("rotate_database_key") from exc
        if state == "42883":
            # A server made by an earlier version, not upgraded since: the function the
            # card's login needs comes with `server upgrade`.
            raise ServerSchemaBehind("lk3_set_recovery_login") from exc
        raise


def _sync_login(conn: Connection, username: str, verifier: str | None) -> None:
    try:
        conn.execute(text("SELECT lk3_sync_login(:u, :v)"), {"u": username, "v": verifier})
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise PermissionDenied("manage_users") from exc
        raise
