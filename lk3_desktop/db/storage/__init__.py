"""What differs between the two database engines, behind one small interface.

The embedded engine is SQLCipher (SQLite) in a data folder; the office server is PostgreSQL.
Both run the same models and Alembic revisions. Where they must differ (the client search
index, the append-only guard of the audit log, locks for counters and the audit chain, a
consistent snapshot for backups), the code asks :func:`storage_for` with whatever it holds
(a Session, a Connection, an Engine) and calls the answer. Services never ask which engine
they run on.
"""

from __future__ import annotations

import functools
from typing import Any

from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.db.storage.interface import SearchSql, Storage
from lk3_desktop.db.storage.postgres import POSTGRES
from lk3_desktop.db.storage.sqlite import SQLITE

__all__ = [
    "POSTGRES",
    "SQLITE",
    "SearchSql",
    "Storage",
    "driver_sql",
    "refuse_hidden",
    "storage_for",
]

_BY_DIALECT: dict[str, Storage] = {"sqlite": SQLITE, "postgresql": POSTGRES}


def storage_for(bind: Any) -> Storage:
    """The engine-specific parts for ``bind``: a Session, Connection, Engine or Dialect."""
    if hasattr(bind, "get_bind"):  # a Session
        bind = bind.get_bind()
    dialect = getattr(bind, "dialect", bind)
    return _BY_DIALECT[dialect.name]


def driver_sql(bind: Any, sql: str) -> str:
    """``sql`` written with ``?`` marks (sent to the driver as it is, for speed), in the mark
    style of ``bind``'s driver: psycopg takes ``%s``."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    dialect = getattr(bind, "dialect", bind)
    if dialect.paramstyle == "qmark":
        return sql
    return _format_marks(sql)


@functools.lru_cache(maxsize=256)
def _format_marks(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def refuse_hidden(session: Any, table: str, row_id: int) -> None:
    """PermissionDenied when the row exists but the server's row security hides it from this
    person: a service that found nothing refuses as it would on one computer."""
    if storage_for(session).row_hidden(session, table, row_id):
        raise PermissionDenied(table)
