"""The office server: PostgreSQL with a pg_trgm GIN index, trigger guards, advisory locks."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from lk3_desktop.db.storage import _common
from lk3_desktop.db.storage.interface import AUDIT_GUARDS, SEARCH_TABLE, SearchSql, Storage

# pg_advisory_xact_lock keys, released at commit or rollback: the audit chain (one appender
# at a time) and the office's transactions (one at a time, as SQLite's BEGIN IMMEDIATE).
AUDIT_CHAIN_LOCK = 0x4C4B_3341  # "LK3A"
OFFICE_LOCK = 0x4C4B_3354  # "LK3T"

# The searched text of a row: the columns joined by a newline, which no typed word holds
# (words are split on whitespace), so a word never matches across two columns, as in FTS5.
_ALL = "lower(names || E'\\n' || identifiers || E'\\n' || address)"
_PEOPLE = "lower(fs.names || E'\\n' || fs.identifiers)"


def like_word(word: str) -> str:
    """A LIKE pattern finding ``word`` anywhere (backslash escapes %, _ and itself)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _all_words(column: str, names: list[str]) -> str:
    return " AND ".join(f"{column} LIKE :{name}" for name in names)


# LISTEN/NOTIFY channel of an office database: every workstation listens on it.
CHANGES_CHANNEL = "lk3_changes"
CHANGED = "lk3_changed_rows"  # Session.info: "table:id" of rows flushed in this transaction
MAX_ANNOUNCED = 200
# What no screen shows from another desk: reading a record appends to these; a note's draft
# is its author's alone and is saved every few seconds while they type (announcing it would
# make every desk read its lists again as often).
NOT_ANNOUNCED = frozenset(
    {"audit_log", "audit_checkpoints", "server_key_file", "server_key_slots", "note_drafts"}
)


PEOPLE = "lk3_people_changed"  # Session.info: usernames whose role or active flag changed


def record_changes(session: Session, _flush_context: object) -> None:
    """after_flush: remember which rows this flush inserted, changed or deleted, and whose
    role or active flag changed (their login role must follow, see announce_changes)."""
    from sqlalchemy import inspect

    changed: set[str] = session.info.setdefault(CHANGED, set())
    for obj in session.dirty:
        if getattr(obj, "__tablename__", None) == "users":
            state = inspect(obj)
            if any(state.attrs[a].history.has_changes() for a in ("role", "active")):
                session.info.setdefault(PEOPLE, set()).add(obj.username)
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is None or table in NOT_ANNOUNCED:
            continue
        # The row's id: its single integer primary key (a client's subject key is named by
        # the client's id); a row of two keys (a client's PMKS category) by '*'.
        key = inspect(obj).mapper.primary_key_from_instance(obj)
        ident = key[0] if len(key) == 1 else None
        changed.add(f"{table}:{ident}" if isinstance(ident, int) else f"{table}:*")


class PostgresStorage(Storage):
    name = "postgresql"

    def create_audit_guard(self, op: Any) -> None:
        op.execute(
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$BEGIN RAISE EXCEPTION 'audit_log is append-only'; END$$"
        )
        for name, event in zip(AUDIT_GUARDS, ("UPDATE", "DELETE"), strict=True):
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
            )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
        )

    def drop_audit_guard(self, op: Any) -> None:
        for name in ("audit_log_no_truncate", *reversed(AUDIT_GUARDS)):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")

    def audit_guards(self, conn: Connection | Session) -> set[str]:
        rows = conn.execute(
            text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass"
                " AND tgenabled <> 'D' AND NOT tgisinternal"
            )
        ).scalars()
        return {str(name) for name in rows} & set(AUDIT_GUARDS)

    def create_search_index(self, op: Any) -> None:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            f"CREATE TABLE {SEARCH_TABLE} (rowid INTEGER PRIMARY KEY, names TEXT NOT NULL,"
            " identifiers TEXT NOT NULL, address TEXT NOT NULL)"
        )
        op.execute(
            f"CREATE INDEX ix_{SEARCH_TABLE}_trgm ON {SEARCH_TABLE} USING gin ({_ALL} gin_trgm_ops)"
        )

    def drop_search_index(self, op: Any) -> None:
        op.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")

    def erase_deleted_search_terms(self, op: Any, on: bool) -> None:
        # A deleted row's old version is gone from the table and its index at the next
        # VACUUM; autovacuum runs it, and the anonymisation runs it at once.
        return None

    def sync_id_sequences(self, conn: Connection | Session) -> None:
        rows = conn.execute(
            text(
                "SELECT c.relname AS tab, a.attname AS col,"
                " pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq"
                " FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0"
                " AND NOT a.attisdropped"
                " AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL"
            )
        ).all()
        for row in rows:
            conn.execute(
                text(
                    f'SELECT setval(:seq, coalesce((SELECT max("{row.col}") FROM "{row.tab}"),'
                    " 0) + 1, false)"
                ),
                {"seq": row.seq},
            )

    def begin(self, session: Session) -> None:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": OFFICE_LOCK})

    @contextlib.contextmanager
    def snapshot(self, engine: Engine) -> Iterator[Connection]:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                conn.execute(text("SET TRANSACTION READ ONLY"))
                yield conn

    def appointment_sessions(self, session: Session, ids: list[int]) -> dict[int, int]:
        if not ids:
            return {}
        rows = session.execute(
            text("SELECT appointment_id, session_id FROM lk3_appointment_sessions(:ids)"),
            {"ids": list(ids)},
        )
        return {int(a): int(n) for a, n in rows}

    def announce_changes(self, session: Session) -> None:
        # A head changed someone's role or stopped/restarted their account: their login
        # role joins the matching group (row security) in this same transaction.
        for username in sorted(session.info.pop(PEOPLE, set())):
            session.execute(text("SELECT lk3_sync_login(:u, NULL)"), {"u": username})
        changed: set[str] = session.info.pop(CHANGED, set())
        if not changed:
            return
        # NOTIFY is transactional: delivered at commit, dropped on rollback. A payload holds
        # "table:id"; a transaction that changed very many rows says "*" (refresh all).
        payloads = sorted(changed) if len(changed) <= MAX_ANNOUNCED else ["*"]
        for payload in payloads:
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANGES_CHANNEL, "payload": payload},
            )

    def row_hidden(self, session: Session, table: str, row_id: int) -> bool:
        from lk3_desktop.db.server.security import ROW_LOOKUP

        if table not in ROW_LOOKUP:  # a table without row security hides nothing
            return False
        found = session.execute(
            text("SELECT lk3_row_exists(:t, :id)"), {"t": table, "id": row_id}
        ).scalar()
        return bool(found)

    def lock_audit_chain(self, session: Session) -> None:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})

    def next_counter_value(self, session: Session, name: str) -> int:
        return _common.next_counter_value(session, name)

    def prepare_erasure(self, session: Session) -> None:
        return None

    def flush_erased(self, engine: Engine) -> None:
        # A deleted or overwritten row's old version stays in its page until (auto)vacuum
        # reclaims it; the server's own maintenance does that. Dumps never hold it.
        return None

    def search_sql(self, words: tuple[str, ...], phrase: str) -> SearchSql:
        names = [f"fts_w{i}" for i in range(len(words))]
        params: dict[str, Any] = {n: like_word(w) for n, w in zip(names, words, strict=True)}
        params["fts_phrase"] = phrase
        # Smaller is better, like FTS5's rank: similarity weighed 10 (names), 5, 1.
        rank = (
            "-(10 * similarity(lower(names), :fts_phrase)"
            " + 5 * similarity(lower(identifiers), :fts_phrase)"
            " + similarity(lower(address), :fts_phrase))"
        )
        return SearchSql(
            source=(
                f"(SELECT rowid AS id, {rank} AS rank, names, identifiers, address"
                f" FROM {SEARCH_TABLE} WHERE {_all_words(_ALL, names)}) fs"
            ),
            in_names=f"({_all_words('lower(fs.names)', names)})",
            in_people=f"({_all_words(_PEOPLE, names)})",
            params=params,
        )


POSTGRES = PostgresStorage()
