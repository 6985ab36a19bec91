"""An opened data folder: keyed engine, key file, and the database key while unlocked."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from lk3_desktop.core.errors import (
    DataFolderMissing,
    KnownError,
    NotAnLk3Database,
    SessionClosed,
)
from lk3_desktop.db.engine import (
    DB_FILENAME,
    check_readable,
    create_keyed_engine,
    known_db_errors,
    session_factory,
)
from lk3_desktop.db.migrate import prepare_schema
from lk3_desktop.db.vault import KEYS_FILENAME, KeyFile, Vault
from lk3_desktop.db.workstation import secret_name


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def require_data_folder(folder: Path) -> None:
    """Known errors for a missing folder or a folder that holds no LK3 database."""
    if not folder.is_dir():
        raise DataFolderMissing(str(folder))
    if not db_path(folder).is_file():
        raise NotAnLk3Database("no lk3.db in folder")


def is_initialized(folder: Path) -> bool:
    return db_path(folder).is_file() and (folder / KEYS_FILENAME).is_file()


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
    _key: bytearray
    _sessions: sessionmaker[Session] = field(init=False)
    upgrade_backup: str | None = None

    def __post_init__(self) -> None:
        self._sessions = session_factory(self.engine)

    @property
    def database_id(self) -> str:
        return self.key_file.database_id

    @property
    def db_path(self) -> Path:
        return db_path(self.folder)

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    def key(self) -> bytes:
        if not self._key:
            raise SessionClosed("store is closed")
        return bytes(self._key)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short unit of work: commit on success, roll back on error.

        Refused once the store is closed (locked or signed out): the key is gone.
        """
        if not self._key:
            raise SessionClosed("store is closed")
        with known_db_errors(), self._sessions() as session, session.begin():
            yield session

    def replace_key(self, key: bytes) -> None:
        """After a rekey: new connections use ``key``; pooled old ones are dropped."""
        self.engine.dispose()
        self._key[:] = key  # in place: the engine reads this very buffer

    def _wipe(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0
        del self._key[:]

    def close(self) -> None:
        self.engine.dispose()
        self._wipe()


def open_store(folder: Path, vault: Vault, key_file: KeyFile, key: bytes) -> OpenStore:
    """Open ``lk3.db`` with ``key``, verify it decrypts, and bring its schema to head."""
    path = db_path(folder)
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


def create_store(folder: Path, vault: Vault) -> OpenStore:
    """A new database and key file in an empty (or new) folder."""
    folder.mkdir(parents=True, exist_ok=True)
    if db_path(folder).exists() or (folder / KEYS_FILENAME).exists():
        raise NotAnLk3Database("folder already holds a database")
    key_file, key = vault.create()
    try:
        vault.save(key_file)
        return open_store(folder, vault, key_file, key)
    except BaseException:
        discard_new_database(folder, vault, key_file)
        raise


def discard_new_database(folder: Path, vault: Vault, key_file: KeyFile) -> None:
    """Remove the files and the workstation secret of a setup that did not finish."""
    for name in (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm", KEYS_FILENAME):
        (folder / name).unlink(missing_ok=True)
    if key_file.workstation_mode == "keyring":
        with contextlib.suppress(KnownError):
            vault.store.delete(secret_name(key_file.database_id))
