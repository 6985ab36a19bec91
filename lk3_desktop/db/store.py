"""An opened data folder: keyed engine, key file, and the database key while unlocked."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from lk3_desktop.core.errors import (
    DataFolderReadOnly,
    KnownError,
    NotAnLk3Database,
    ServerUnreachable,
    SessionClosed,
    SessionRevoked,
    WrongPassword,
)
from lk3_desktop.db import audit, checkpoints, sealed
from lk3_desktop.db.atomic import fsync_dir, tighten, touch_private, write_atomic
from lk3_desktop.db.engine import (
    WAIT_FOR_DISK,
    check_readable,
    create_keyed_engine,
    known_db_errors,
    session_factory,
)
from lk3_desktop.db.folder_state import DB_FILENAME as DB_FILENAME
from lk3_desktop.db.folder_state import SETUP_MARKER as SETUP_MARKER
from lk3_desktop.db.folder_state import FolderState as FolderState
from lk3_desktop.db.folder_state import db_path as db_path
from lk3_desktop.db.folder_state import folder_state as folder_state
from lk3_desktop.db.folder_state import is_initialized as is_initialized
from lk3_desktop.db.folder_state import require_data_folder as require_data_folder
from lk3_desktop.db.folder_state import setup_marker, slotless_key_file
from lk3_desktop.db.folder_state import unfinished_setup_is_demo as unfinished_setup_is_demo
from lk3_desktop.db.migrate import check_server_schema, prepare_schema
from lk3_desktop.db.os_errors import data_folder_errors
from lk3_desktop.db.private_folder import make_private
from lk3_desktop.db.server.connect import known_server_errors
from lk3_desktop.db.server.enrollment import (
    CA_FILENAME,
    ENROLLMENT_FILENAME,
    write_enrollment,
)
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.storage import Storage, storage_for
from lk3_desktop.db.vault import KEYS_FILENAME, KeyFile, Vault, new_database_id
from lk3_desktop.db.workstation import CredentialStore, secret_name

# Every file a setup may have left; the lock file is never among them.
SETUP_FILES = (
    ENROLLMENT_FILENAME,
    CA_FILENAME,
    DB_FILENAME,
    f"{DB_FILENAME}-wal",
    f"{DB_FILENAME}-shm",
    f"{DB_FILENAME}-journal",
    KEYS_FILENAME,
    "lk3.attempts",
    SETUP_MARKER,
)


# Files of a data folder made owner-only on every open (older versions left some 0644).
PRIVATE_NAMES = (*SETUP_FILES, "lk3.lock", "lk3.restore-note", "backups", "crash")


sealed.install_events()


def begin_setup(folder: Path, database_id: str, kind: str = "setup") -> None:
    """Write the setup marker, before anything else of the new database exists."""
    doc = {"database_id": database_id, "kind": kind}
    with data_folder_errors():
        write_atomic(folder / SETUP_MARKER, json.dumps(doc).encode("utf-8"))


def finish_setup(folder: Path) -> None:
    """The last step of a setup or demo build: from now on the folder is a database."""
    with data_folder_errors():
        (folder / SETUP_MARKER).unlink(missing_ok=True)
        fsync_dir(folder)


def discard_unfinished_setup(folder: Path, credential_store: CredentialStore) -> None:
    """Remove what an interrupted setup left (its files and its workstation secret), so the
    setup can start again. Refused (SetupUnfinished is not raised; NotAnLk3Database is) when
    the folder is not an unfinished setup: a real database is never removed."""
    if folder_state(folder) is not FolderState.SETUP_UNFINISHED:
        raise NotAnLk3Database("not an unfinished setup")
    ids = {(setup_marker(folder) or {}).get("database_id", "")}
    slotless = slotless_key_file(folder)
    if slotless is not None:
        ids.add(slotless.database_id)
    for database_id in ids - {""}:
        with contextlib.suppress(KnownError):
            credential_store.delete(secret_name(database_id))
    with data_folder_errors():
        # The marker last: a discard cut short is still recognised as an unfinished setup.
        for name in SETUP_FILES:
            (folder / name).unlink(missing_ok=True)
        fsync_dir(folder)


@dataclass
class OpenStore:
    """The database of one data folder, open with its key.

    ``close()`` disposes the engine and overwrites the key buffer; Python may still hold
    copies in freed memory, which no pure-Python program can rule out.
    """

    folder: Path
    vault: Vault
    key_file: KeyFile
    engine: Engine
    _key: bytearray = field(repr=False)  # never printed: repr() ends up in logs and tracebacks
    _sessions: sessionmaker[Session] = field(init=False)
    upgrade_backup: str | None = None
    # The signed-in person's signing key: every transaction that appends audit entries ends
    # with their signed checkpoint. None before sign-in and in an office without keys yet.
    signer: checkpoints.Signer | None = None
    # Run first inside every transaction: the signed-in person's account check, installed by
    # services.context.UserSession (the db layer does not know who is signed in).
    guard: Callable[[Session], None] | None = field(default=None, repr=False)
    # Called with each committed checkpoint (the signed-in person's watermark keeping).
    on_checkpoint: Callable[[checkpoints.Checkpoint], None] | None = None
    # The signed-in person's case keys: sealed clinical columns open and seal with them.
    case_keys: sealed.CaseKeys | None = field(default=None, repr=False)
    # Asked when the key no longer opens the file: the error to raise instead (the person
    # was deactivated and the database key rotated away from them), or None.
    key_lost: Callable[[], KnownError | None] | None = field(default=None, repr=False)
    # Once a head's revocation is known, every later transaction is refused the same way.
    _revoked: KnownError | None = field(default=None, init=False, repr=False)
    # Committed without waiting for the disk and not yet written through (write_through).
    _unsynced: bool = field(default=False, init=False, repr=False)
    _sync_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _flusher: threading.Thread | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = session_factory(self.engine)
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy import event

            from lk3_desktop.db.storage.postgres import record_changes

            event.listen(self._sessions, "after_flush", record_changes)

    @property
    def database_id(self) -> str:
        return self.key_file.database_id

    @property
    def db_path(self) -> Path:
        return db_path(self.folder)

    @property
    def storage(self) -> Storage:
        """What this store's engine does its own way (db/storage)."""
        return storage_for(self.engine)

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    def key(self) -> bytes:
        if not self._key:
            raise SessionClosed("store is closed")
        return bytes(self._key)

    @contextlib.contextmanager
    def transaction(self, *, guarded: bool = True, wait_for_disk: bool = True) -> Iterator[Session]:
        """One short unit of work: commit on success, roll back on error.

        Refused once the store is closed (locked or signed out): the key is gone. ``guard``
        runs first unless ``guarded`` is False (signing out, locking and the password change
        itself, which make their own check).

        ``wait_for_disk=False`` is for a read whose only write is its view's audit entry (and
        checkpoint): it commits before returning, like every transaction, so the entry is in
        the database (its WAL, safe from a crash of the app) before anything read is shown;
        only the wait for the disk (SQLite's fsync of the WAL, some milliseconds) is left to
        :meth:`write_through`, which the interface starts on a thread of its own
        (:meth:`write_through_soon`) as soon as the lane has handed the result over. Any
        later transaction that waits for the disk makes it durable too.
        The office server's commits always wait.
        """
        if not self._key:
            raise SessionClosed("store is closed")
        relaxed = not wait_for_disk and self.engine.dialect.name == "sqlite"
        token = WAIT_FOR_DISK.set(False) if relaxed else None
        try:
            with self._transaction(guarded) as session:
                yield session
        finally:
            if token is not None:
                WAIT_FOR_DISK.reset(token)
                with self._sync_lock:
                    self._unsynced = True

    def write_through(self) -> None:
        """Wait for the disk for what transactions with ``wait_for_disk=False`` committed:
        fsync the WAL they wrote into (nothing to do when there were none, or when SQLite
        has since folded the WAL into the file, which syncs it). Known errors as for a write
        (DiskFull, DataFolderReadOnly, ...)."""
        with self._sync_lock:
            if not self._unsynced:
                return
            self._unsynced = False
        wal = self.db_path.with_name(self.db_path.name + "-wal")
        try:
            with data_folder_errors():
                try:
                    # write access: Windows flushes a file only through a handle that may write
                    fd = os.open(wal, os.O_RDWR | getattr(os, "O_BINARY", 0))
                except FileNotFoundError:
                    return
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        except BaseException:
            with self._sync_lock:
                self._unsynced = True
            raise

    def write_through_soon(self, failed: Callable[[BaseException], None]) -> None:
        """:meth:`write_through` on a thread of its own, so that nothing waits for the disk
        (the lane takes its next job at once); what it raises goes to ``failed``, called on
        that thread. One such thread at a time, going on while views keep being committed;
        :meth:`close` waits for it."""
        with self._sync_lock:
            if not self._unsynced or self._flusher is not None:
                return
            self._flusher = threading.Thread(
                target=self._flush, args=(failed,), name="lk3-write-through", daemon=True
            )
            self._flusher.start()

    def _flush(self, failed: Callable[[BaseException], None]) -> None:
        while True:
            with self._sync_lock:
                if not self._unsynced:
                    self._flusher = None
                    return
            try:
                self.write_through()
            except BaseException as exc:  # reported, never dropped; a later view retries
                with self._sync_lock:
                    self._flusher = None
                failed(exc)
                return

    @contextlib.contextmanager
    def _transaction(self, guarded: bool) -> Iterator[Session]:
        signed: checkpoints.Checkpoint | None = None
        with (
            self._revoked_when_key_lost(),
            known_db_errors(),
            known_server_errors(),
            self._sessions() as session,
        ):
            session.info[sealed.KEYRING] = self.case_keys
            if self.case_keys is not None:
                self.case_keys.new_transaction()
            with session.begin(), self._key_file_in(session):
                self.storage.begin(session)
                if guarded and self.guard is not None:
                    self.guard(session)
                yield session
                if session.info.pop(audit.APPENDED, False) and self.signer is not None:
                    reason = session.info.pop(audit.CHECKPOINT_REASON, "entry")
                    signed = checkpoints.sign_head(session, self.signer, reason)
                session.flush()
                self.storage.announce_changes(session)
            if signed is not None and self.on_checkpoint is not None:
                # After the commit: a watermark never names a checkpoint that was rolled back.
                self.on_checkpoint(signed)

    @contextlib.contextmanager
    def _revoked_when_key_lost(self) -> Iterator[None]:
        if self._revoked is not None:
            raise self._revoked
        try:
            yield
        except (NotAnLk3Database, DataFolderReadOnly) as exc:
            # A connection opened before the rekey reads garbage or finds the file moved on.
            instead = self.key_lost() if self.key_lost is not None else None
            if instead is None:
                raise
            raise instead from exc
        except (ServerUnreachable, WrongPassword) as exc:
            instead = self._server_login_revoked(exc)
            if instead is None:
                raise
            self._revoked = instead
            raise instead from exc

    def _server_login_revoked(self, exc: KnownError) -> KnownError | None:
        """On a server, a signed-in person's own login refused means a head revoked it.

        Deactivation ends the person's connections (57P01, which a server shutdown also
        gives) and takes the login's password away; a password reset changes it. So a
        terminated connection counts only when a new one is then refused. None when the
        server is merely away, or on one computer."""
        if self.key_lost is None or not isinstance(self.vault, ServerVault):
            return None
        if not isinstance(exc.__cause__, DBAPIError):
            return None  # a service's own refusal (a mistyped password), not the server's
        if isinstance(exc, WrongPassword):
            return SessionRevoked("changed")
        if exc.args[:1] != ("57P01",):
            return None
        try:
            with known_server_errors(), self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except WrongPassword:
            return SessionRevoked("inactive")
        except ServerUnreachable:
            return None
        return None

    def _key_file_in(self, session: Session) -> contextlib.AbstractContextManager[None]:
        """On a server, key-file changes made during the transaction join it (a new
        account's slot and login commit with its row, or not at all)."""
        if isinstance(self.vault, ServerVault):
            return self.vault.joining(session)
        return contextlib.nullcontext()

    def replace_key(self, key: bytes) -> None:
        """After a rekey: new connections use ``key``; pooled old ones are dropped."""
        self.engine.dispose()
        self._key[:] = key  # in place: the engine reads this very buffer

    def _wipe(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0
        del self._key[:]

    def sign_in_again(self, username: str, password: str) -> None:
        """On an office server, go on over ``username``'s own login instead of the one this
        store opened with (the recovery card's); nothing to do on one computer."""
        if isinstance(self.vault, ServerVault):
            self.engine = self.vault.sign_in_again(username, password)
            self._sessions.configure(bind=self.engine)

    @property
    def on_server(self) -> bool:
        """Whether this store is an office server's database (else the embedded file)."""
        return self.vault.is_server

    def close(self) -> None:
        with self._sync_lock:
            flusher = self._flusher
        if flusher is not None:
            flusher.join()
        self.engine.dispose()
        self._wipe()
        if isinstance(self.vault, ServerVault):
            self.vault.forget_connection()
        if self.signer is not None:
            self.signer.keys.wipe()
            self.signer = None
        if self.case_keys is not None:
            self.case_keys.wipe()
            self.case_keys = None
        self.on_checkpoint = None


def _open_on_server(folder: Path, vault: ServerVault, key_file: KeyFile, key: bytes) -> OpenStore:
    """The office server's database over the vault's signed-in connection. Its schema is
    the server's to upgrade (``server upgrade``, as the superuser): one at the code's head
    opens, an older one is refused (ServerSchemaBehind), a newer one too (SchemaTooNew)."""
    engine, _login = vault.take_engine()
    try:
        with known_server_errors(), engine.connect() as conn:
            check_server_schema(conn)
    except BaseException:
        vault.forget_connection()
        raise
    return OpenStore(folder, vault, key_file, engine, bytearray(key))


def open_store(folder: Path, vault: Vault, key_file: KeyFile, key: bytes) -> OpenStore:
    """Open ``lk3.db`` with ``key``, verify it decrypts, and bring its schema to head.

    The folder and its files are made owner-only first where an older version left them
    wider (best effort: a read-only folder stays as it is). An enrolled folder opens the
    office server's database instead, over the connection its vault signed in with."""
    if isinstance(vault, ServerVault):
        return _open_on_server(folder, vault, key_file, key)
    path = db_path(folder)
    for entry in (folder, *(folder / name for name in PRIVATE_NAMES)):
        tighten(entry)
    holder = bytearray(key)

    def current_key() -> bytes:
        if not holder:
            raise SessionClosed("store is closed")
        return bytes(holder)

    engine = create_keyed_engine(path, current_key)
    try:
        check_readable(engine)
        with known_db_errors():
            backup = prepare_schema(engine, path, key)
    except BaseException:
        engine.dispose()
        raise
    # The engine reads the key from the store's own buffer, so wiping it on close leaves
    # the engine unable to open a connection.
    return OpenStore(folder, vault, key_file, engine, holder, upgrade_backup=backup)


def create_store(folder: Path, vault: Vault, kind: str = "setup") -> OpenStore:
    """A new database in an empty (or new) folder, made owner-only, setup marker first.

    The key file is *not* saved here: the caller saves it once it holds the first slot, then
    calls :func:`finish_setup`. Until then the folder reads as an unfinished setup.
    """
    with data_folder_errors():
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder)
    if folder_state(folder) is not FolderState.EMPTY:
        raise NotAnLk3Database("folder already holds a database")
    if isinstance(vault, ServerVault):
        return _create_on_server(folder, vault, kind)
    database_id = new_database_id()
    begin_setup(folder, database_id, kind)
    touch_private(db_path(folder))  # before SQLite makes it (and its -wal, -shm) 0644
    key_file = KeyFile(database_id, "none")
    try:
        key_file, key = vault.create(database_id)
        return open_store(folder, vault, key_file, key)
    except BaseException:
        discard_new_database(folder, vault, key_file)
        raise


def _create_on_server(folder: Path, vault: ServerVault, kind: str) -> OpenStore:
    """The office's first store on a server database that ``server init`` prepared: this
    folder becomes a profile enrolled with it; the connection is the superuser's."""
    begin_setup(folder, vault.enrollment.database_id, kind)
    key_file = KeyFile(vault.enrollment.database_id, "none")
    try:
        write_enrollment(folder, vault.enrollment)
        vault.connect_bootstrap()
        key_file, key = vault.create(vault.enrollment.database_id)
        return _open_on_server(folder, vault, key_file, key)
    except BaseException:
        discard_new_database(folder, vault, key_file)
        raise


def discard_new_database(folder: Path, vault: Vault, key_file: KeyFile) -> None:
    """Remove the files and the workstation secret of a setup that did not finish."""
    for name in SETUP_FILES:
        (folder / name).unlink(missing_ok=True)
    if key_file.workstation_mode == "keyring":
        with contextlib.suppress(KnownError):
            vault.store.delete(secret_name(key_file.database_id))
