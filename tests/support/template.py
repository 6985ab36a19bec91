"""A template database made once per test session (per xdist worker) by running every Alembic
revision; each new database a test creates starts as a copy of it instead of running them again.

Running the revisions took about a third of a second per new database, most of the set-up time
of the service and UI tests. The copy is exact (the template is an SQLCipher file written by
the app's own migrations) and is then re-keyed to the key the test's vault made, so the new
database is encrypted under its own key as before. Only the schema step is replaced: the
database id, key slots, center profile and head account are made by ``accounts.initialize``
as in the app. ``tests/db/test_template.py`` proves the template equals running all revisions.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlcipher3 import dbapi2 as dbapi

from lk3_desktop.db import migrate, store
from lk3_desktop.db.engine import QUIET_LOG, create_keyed_engine, raw_key_pragma
from lk3_desktop.paths import MIGRATIONS

TEMPLATE_KEY = bytes(range(32))  # the template is a test artefact; its key is no secret

_real_prepare_schema = migrate.prepare_schema


def build_template(path: Path) -> bytes:
    """Make ``path`` a database at the head revision (every revision run, as in the app) and
    return its bytes, in rollback-journal mode so one file holds everything."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    engine = create_keyed_engine(path, TEMPLATE_KEY)
    try:
        _real_prepare_schema(engine, path, TEMPLATE_KEY)
    finally:
        engine.dispose()
    conn = _raw(path, TEMPLATE_KEY)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return path.read_bytes()


def _raw(path: Path, key: bytes) -> dbapi.Connection:
    """A keyed connection without the app's pragmas (WAL would stop ``PRAGMA rekey``)."""
    conn = dbapi.connect(str(path), isolation_level=None)
    conn.execute(QUIET_LOG)
    conn.execute(raw_key_pragma(key))
    return conn


def is_new_database(engine: Engine) -> bool:
    """No revision and no tables: what ``prepare_schema`` would build from nothing."""
    with engine.connect() as conn:
        return migrate.current_revision(conn) is None and not inspect(conn).get_table_names()


def copy_template(template: bytes, path: Path, key: bytes) -> None:
    """Write the template into the (new, empty) database file ``path`` and re-key it to
    ``key``. The file keeps its inode and owner-only mode; SQLite makes -wal and -shm anew."""
    with open(path, "r+b") as f:
        f.truncate(0)
        f.write(template)
        f.flush()
        os.fsync(f.fileno())
    conn = _raw(path, TEMPLATE_KEY)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
    finally:
        conn.close()


@contextlib.contextmanager
def schema_from_template(template: bytes) -> Iterator[None]:
    """While active, a new database opened by the app gets its schema from ``template``;
    an existing one is upgraded (or refused) by the real ``prepare_schema``."""

    def prepare_schema(
        engine: Engine, db_path: Path, key: bytes, scripts: Path = MIGRATIONS
    ) -> str | None:
        if scripts != MIGRATIONS or not is_new_database(engine):
            return _real_prepare_schema(engine, db_path, key, scripts)
        engine.dispose()  # no connection may hold the empty file while it is replaced
        copy_template(template, db_path, key)
        return None

    original = store.prepare_schema
    store.prepare_schema = prepare_schema
    try:
        yield
    finally:
        store.prepare_schema = original
