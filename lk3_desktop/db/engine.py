"""The SQLCipher 4 engine: raw 256-bit key, WAL, FULL sync, foreign keys, memory temp store."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from lk3_desktop.core.errors import (
    DatabaseCorrupt,
    DataFolderReadOnly,
    DiskFull,
    KnownError,
    NotAnLk3Database,
)
from lk3_desktop.core.text_input import is_storable, storable
from lk3_desktop.db.folder_state import DB_FILENAME as DB_FILENAME

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000

dbapi = sqlcipher3.dbapi2

# SQLCipher writes decryption failures to stderr itself; we report them as known errors.
QUIET_LOG = "PRAGMA cipher_log_level = NONE"

# Whether the transaction this thread begins next waits for the disk at its commit
# (synchronous = FULL, the default) or only for the WAL to hold it (NORMAL): see
# OpenStore.transaction(wait_for_disk=False). SQLite refuses to change the level inside a
# transaction, so the "begin" listener sets it, when it differs, just before BEGIN.
WAIT_FOR_DISK: ContextVar[bool] = ContextVar("lk3_wait_for_disk", default=True)
_SYNC_LEVEL = "lk3_synchronous"  # the level a pooled connection has now (its record's info)


def raw_key_pragma(key: bytes) -> str:
    """The ``PRAGMA key`` statement for a raw key (no passphrase derivation by SQLCipher)."""
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _apply_pragmas(cursor: Any) -> None:
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA temp_store = MEMORY")
    # Overwrite deleted content instead of leaving it in free pages: anonymised names and
    # erased notes must not survive in the file for whoever holds the key.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def connect_raw(path: Path, key: bytes) -> Any:
    """A plain DB-API connection, keyed, with the same pragmas as the engine.

    For backup, rekey and checks that must run outside SQLAlchemy's pool.
    """
    conn = dbapi.connect(str(path), isolation_level=None, check_same_thread=False)
    cur = conn.cursor()
    cur.execute(QUIET_LOG)
    cur.execute(raw_key_pragma(key))
    _apply_pragmas(cur)
    cur.close()
    return conn


def connect_scratch_copy(path: Path, key: bytes) -> Any:
    """A keyed connection to a new file that only receives a copy through the online backup
    API: no journal and no fsync of its own. The copy is a temporary file that is checked and
    then archived; the archive is what gets fsynced. With the engine's WAL the copy's every
    page was written twice (into the WAL, then checkpointed into the file) and synced."""
    conn = dbapi.connect(str(path), isolation_level=None, check_same_thread=False)
    cur = conn.cursor()
    cur.execute(QUIET_LOG)
    cur.execute(raw_key_pragma(key))
    cur.execute("PRAGMA journal_mode = OFF")
    cur.execute("PRAGMA synchronous = OFF")
    cur.close()
    return conn


KeySource = bytes | Callable[[], bytes]


def create_keyed_engine(path: Path, key: KeySource) -> Engine:
    """An engine whose every connection is keyed first, then configured.

    ``key`` may be a callable asked on every new connection: an OpenStore passes its own
    key getter, so once the store is closed (key wiped) the engine cannot connect again.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        module=dbapi,
        connect_args={"check_same_thread": False, "isolation_level": None},
    )

    @event.listens_for(engine, "connect", insert=True)
    def _key_connection(dbapi_connection: Any, _record: Any) -> None:
        cur = dbapi_connection.cursor()
        cur.execute(QUIET_LOG)
        cur.execute(raw_key_pragma(key() if callable(key) else key))
        _apply_pragmas(cur)
        cur.close()

    # pysqlite's own transaction handling is off (isolation_level=None); we begin
    # IMMEDIATE so two writers never both read the audit chain head before writing.
    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        level = "FULL" if WAIT_FOR_DISK.get() else "NORMAL"
        info = conn.connection.info
        if info.get(_SYNC_LEVEL, "FULL") != level:
            conn.exec_driver_sql(f"PRAGMA synchronous = {level}")
            info[_SYNC_LEVEL] = level
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "before_cursor_execute", storable_parameters, retval=True)
    return engine


def _unstorable(value: Any) -> bool:
    return isinstance(value, str) and not is_storable(value)


def _storable_row(row: Any) -> Any:
    """``row`` (a dict or sequence of bound values) with its texts made storable; the same
    object when nothing needs it (almost always)."""
    values = row.values() if isinstance(row, dict) else row
    if not isinstance(values, Iterable) or not any(_unstorable(v) for v in values):
        return row
    if isinstance(row, dict):
        return {k: storable(v) if isinstance(v, str) else v for k, v in row.items()}
    return type(row)(storable(v) if isinstance(v, str) else v for v in row)


def storable_parameters(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, executemany: bool
) -> tuple[str, Any]:
    """Every text bound to a statement passes core.text_input.storable: no NUL or lone
    surrogate reaches SQLite (which would refuse the surrogate with UnicodeEncodeError) or the
    file, whichever service or query sent it."""
    if not parameters:
        return statement, parameters
    if executemany:
        rows = [_storable_row(row) for row in parameters]
        if all(new is old for new, old in zip(rows, parameters, strict=True)):
            return statement, parameters
        return statement, type(parameters)(rows) if isinstance(parameters, tuple) else rows
    return statement, _storable_row(parameters)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay usable after commit (plain data for the UI)."""
    return sessionmaker(engine, expire_on_commit=False)


def check_readable(engine: Engine) -> None:
    """Raise NotAnLk3Database when the key does not open the file (or it is no database)."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DBAPIError as exc:
        raise translate_db_error(exc) from exc


def translate_db_error(exc: BaseException) -> BaseException:
    """Map SQLite/SQLCipher failures to known errors; return others unchanged."""
    orig = getattr(exc, "orig", exc)
    message = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if code == 13 or "database or disk is full" in message or "disk i/o" in message:
        return DiskFull(str(orig))
    # SQLITE_READONLY (8) and SQLITE_CANTOPEN (14): a read-only drive or folder (SQLite
    # cannot create the -wal and -shm files beside the database), or no permission.
    if primary in (8, 14) or "readonly database" in message or "unable to open" in message:
        return DataFolderReadOnly(str(orig))
    if code == 26 or "file is not a database" in message:
        return NotAnLk3Database(str(orig))
    if code == 11 or "malformed" in message:
        return DatabaseCorrupt(str(orig))
    return exc


@contextlib.contextmanager
def known_db_errors() -> Iterator[None]:
    """Re-raise storage failures as KnownError subclasses."""
    try:
        yield
    except KnownError:
        raise
    except (DBAPIError, dbapi.Error) as exc:
        mapped = translate_db_error(exc)
        if mapped is exc:
            raise
        raise mapped from exc
