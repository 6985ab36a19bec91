"""The embedded engine: SQLCipher (SQLite) with FTS5 trigram search and trigger guards."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from lk3_desktop.db.engine import known_db_errors
from lk3_desktop.db.storage import _common
from lk3_desktop.db.storage.interface import AUDIT_GUARDS, SEARCH_TABLE, SearchSql, Storage


def _match(words: tuple[str, ...]) -> str:
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


class SqliteStorage(Storage):
    name = "sqlite"

    def create_audit_guard(self, op: Any) -> None:
        for name, event in zip(AUDIT_GUARDS, ("UPDATE", "DELETE"), strict=True):
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )

    def drop_audit_guard(self, op: Any) -> None:
        for name in reversed(AUDIT_GUARDS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")

    def audit_guards(self, conn: Connection | Session) -> set[str]:
        rows = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
        ).scalars()
        return {str(name) for name in rows} & set(AUDIT_GUARDS)

    def create_search_index(self, op: Any) -> None:
        # Trigram FTS5 inside the encrypted database (rowid = client id).
        op.execute(
            f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
            "names, identifiers, address, tokenize = 'trigram')"
        )
        # ORDER BY rank weighs a match in the names most, then identifiers, then the address.
        op.execute(
            f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) "
            "VALUES ('rank', 'bm25(10.0, 5.0, 1.0)')"
        )

    def drop_search_index(self, op: Any) -> None:
        op.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")

    def erase_deleted_search_terms(self, op: Any, on: bool) -> None:
        # FTS5 secure-delete (SQLite 3.42; the bundled SQLCipher has it): a corrected phone or
        # a former address must not stay findable in old segments until a merge.
        op.execute(
            f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES('secure-delete', {int(on)})"
        )
        if on:
            # Once: merge the existing segments, dropping what earlier corrections left.
            op.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES('optimize')")

    def sync_id_sequences(self, conn: Connection | Session) -> None:
        return None  # an INTEGER PRIMARY KEY continues after the highest rowid by itself

    def begin(self, session: Session) -> None:
        return None  # every transaction begins IMMEDIATE (db/engine.py)

    @contextlib.contextmanager
    def snapshot(self, engine: Engine) -> Iterator[Connection]:
        # A transaction of this engine is one moment already (BEGIN IMMEDIATE, db/engine.py).
        with engine.begin() as conn:
            yield conn

    def lock_audit_chain(self, session: Session) -> None:
        # Every transaction begins IMMEDIATE (db/engine.py): one writer at a time already.
        return None

    def next_counter_value(self, session: Session, name: str) -> int:
        return _common.next_counter_value(session, name)

    def prepare_erasure(self, session: Session) -> None:
        # On for every connection already (db/engine.py); set here too because what an
        # anonymisation promises depends on it: overwritten cells and freed pages are zeroed.
        session.execute(text("PRAGMA secure_delete = ON"))

    def flush_erased(self, engine: Engine) -> None:
        """Move the committed pages into the database file and empty the WAL, so the old
        page images written before the anonymisation no longer sit in ``lk3.db-wal``."""
        with known_db_errors(), engine.connect() as conn:
            # On the driver connection (autocommit): a checkpoint cannot run inside the
            # BEGIN IMMEDIATE that SQLAlchemy's transactions start with.
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def search_sql(self, words: tuple[str, ...], phrase: str) -> SearchSql:
        expression = _match(words)
        return SearchSql(
            source=(
                f"(SELECT rowid AS id, rank, names, identifiers, address FROM {SEARCH_TABLE}"
                f" WHERE {SEARCH_TABLE} MATCH :fts_match) fs"
            ),
            in_names=(
                f"fs.id IN (SELECT rowid FROM {SEARCH_TABLE}"
                f" WHERE {SEARCH_TABLE} MATCH :fts_in_names)"
            ),
            in_people=(
                f"fs.id IN (SELECT rowid FROM {SEARCH_TABLE}"
                f" WHERE {SEARCH_TABLE} MATCH :fts_in_people)"
            ),
            params={
                "fts_match": expression,
                "fts_in_names": f"names : ({expression})",
                "fts_in_people": f"{{names identifiers}} : ({expression})",
            },
        )


SQLITE = SqliteStorage()
