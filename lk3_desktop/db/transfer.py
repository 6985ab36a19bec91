"""Every row of an office from one engine to the other, ids and bytes as they are.

Used for a backup of a server office (its snapshot written into a new SQLCipher file, so the
``.lk3backup`` format stays one) and for ``server migrate`` (an embedded office moved onto the
server). The target has the same schema revision and no office yet: the rows its revisions
seeded (lists, rooms) are replaced by the source's. Foreign keys that point forward in the
copy order (clients.latest_case_id, users.created_by, ...) are filled in a second pass, so
neither engine needs its checks deferred. The search index is rebuilt from the copied rows,
and on PostgreSQL the id sequences continue after the copied ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, text, update

from lk3_desktop.db.models import Base
from lk3_desktop.db.storage import storage_for
from lk3_desktop.db.storage.interface import SEARCH_TABLE

BATCH = 1000
# Where a server keeps its key file: the slots of the engine, not rows of the office (a copy
# carries the key file beside the rows, as ``lk3.keys`` or as the server's own slots).
NOT_COPIED: frozenset[str] = frozenset({"server_key_file", "server_key_slots"})

Stop = Callable[[], None]


@dataclass
class TransferReport:
    """Rows copied per table, and the search rows rebuilt."""

    counts: dict[str, int] = field(default_factory=dict)
    search_rows: int = 0


def _forward_columns(table: Table, done: set[str]) -> list[str]:
    """Nullable FK columns of ``table`` that point to a table not copied yet (or itself)."""
    forward = []
    for column in table.columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if (target == table.name or target not in done) and column.nullable:
                forward.append(column.name)
    return forward


def tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def _clear_seeded(target: Connection) -> None:
    for table in reversed(tables()):
        if target.execute(select(func.count()).select_from(table)).scalar():
            target.execute(delete(table))


def copy_office(source: Connection, target: Connection, stop: Stop | None = None) -> TransferReport:
    """Copy every row of ``source`` into ``target`` (both inside the caller's transactions;
    ``source`` should be a consistent snapshot). ``stop()`` is called between batches and
    raises to abandon the copy (the caller's rollback then undoes it)."""
    report = TransferReport()
    _clear_seeded(target)
    done: set[str] = set()
    pending: list[tuple[Table, str, list[tuple[Any, Any]]]] = []
    for table in tables():
        forward = _forward_columns(table, done)
        keys = [c.name for c in table.primary_key.columns]
        later: dict[str, list[tuple[Any, Any]]] = {name: [] for name in forward}
        count = 0
        for rows in _batches(source.execute(select(table).order_by(*table.primary_key.columns))):
            if stop is not None:
                stop()
            values = []
            for row in rows:
                data = dict(row._mapping)
                for name in forward:
                    if data[name] is not None:
                        later[name].append((tuple(data[k] for k in keys), data[name]))
                        data[name] = None
                values.append(data)
            target.execute(insert(table), values)
            count += len(values)
        report.counts[table.name] = count
        done.add(table.name)
        pending.extend((table, name, fixes) for name, fixes in later.items() if fixes)
    for table, name, fixes in pending:
        key_columns = list(table.primary_key.columns.values())
        for key, value in fixes:
            condition = [c == v for c, v in zip(key_columns, key, strict=True)]
            target.execute(update(table).where(*condition).values({name: value}))
    report.search_rows = _copy_search_index(source, target)
    storage_for(target).sync_id_sequences(target)
    return report


def _batches(result: Iterable[Any]) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for row in result:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy_search_index(source: Connection, target: Connection) -> int:
    """The index rows as they are (names, identifiers, address per client id)."""
    target.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    rows = source.execute(
        text(f"SELECT rowid AS id, names, identifiers, address FROM {SEARCH_TABLE}")
    ).all()
    if rows:
        target.execute(
            text(
                f"INSERT INTO {SEARCH_TABLE} (rowid, names, identifiers, address)"
                " VALUES (:id, :names, :identifiers, :address)"
            ),
            [dict(r._mapping) for r in rows],
        )
    return len(rows)


def row_counts(conn: Connection) -> dict[str, int]:
    """Rows per table (what a move must keep equal)."""
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
        for t in tables()
    }


def snapshot_into_file(
    source: Engine, dest: Path, key: bytes, stop: Stop | None = None
) -> TransferReport:
    """A new SQLCipher file at ``dest`` (keyed with ``key``) holding one consistent snapshot
    of the office behind ``source``, at the source's schema revision."""
    from lk3_desktop.db import migrate
    from lk3_desktop.db.atomic import touch_private
    from lk3_desktop.db.engine import create_keyed_engine

    touch_private(dest)
    target = create_keyed_engine(dest, key)
    try:
        with storage_for(source).snapshot(source) as snapshot:
            revision = migrate.current_revision(snapshot)
            migrate.upgrade(target, revision or "head")
            with target.begin() as conn:
                return copy_office(snapshot, conn, stop)
    finally:
        target.dispose()
