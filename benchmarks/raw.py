"""Floors that read the database without the app: sqlcipher3 alone, keyed with the raw key.

The connection is configured as the app configures its own (WAL, foreign keys, memory temp
store), so a floor differs from the app by the app's own work only. ``Recorder`` captures the
statements the app sends to SQLite, so a floor can run the very same SQL directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
)

# The smallest program that reads this database: what the sign-in floor runs as a new process.
OPEN_AND_READ_ONE_ROW = (
    "import sys\n"
    "import sqlcipher3\n"
    "c = sqlcipher3.connect(sys.argv[1])\n"
    "c.execute('PRAGMA key = \"x\\'' + sys.argv[2] + '\\'\"')\n"
    "assert c.execute('SELECT * FROM center_profile LIMIT 1').fetchone()\n"
)


def connect(db: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(db), check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def connect_copy_target(db: Path, key: bytes) -> Any:
    """A new keyed file that only receives a copy: no journal and no fsync, the least a copy
    must write (the app's backup copies the same way before it checks and archives)."""
    conn = sqlcipher3.connect(str(db), check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def rows(conn: Any, sql: str, params: Any = ()) -> list[Any]:
    return list(conn.execute(sql, params).fetchall())


def ids_select(table: str, column: str, ids: list[int]) -> tuple[str, list[int]]:
    marks = ",".join("?" * len(ids))
    return f"SELECT * FROM {table} WHERE {column} IN ({marks})", list(ids)


class Recorder:
    """Statements (and their parameters) that an engine ran while recording."""

    def __init__(self) -> None:
        self.statements: list[tuple[str, Any]] = []
        self.active = False

    def __call__(self, _conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if self.active:
            self.statements.append((statement, params))

    @contextmanager
    def recording(self) -> Iterator[list[tuple[str, Any]]]:
        self.statements = []
        self.active = True
        try:
            yield self.statements
        finally:
            self.active = False

    def matching(self, pattern: str) -> list[tuple[str, Any]]:
        found = re.compile(pattern, re.IGNORECASE)
        return [(sql, params) for sql, params in self.statements if found.search(sql)]


def attach(engine: Any) -> Recorder:
    """A recorder listening on ``engine`` (SQLAlchemy's ``before_cursor_execute``)."""
    from sqlalchemy import event

    recorder = Recorder()
    event.listen(engine, "before_cursor_execute", recorder)
    return recorder


def replay(conn: Any, statements: list[tuple[str, Any]]) -> Callable[[], None]:
    """A floor running the reads among ``statements`` as they were sent, reading every row:
    queries, and the temporary tables they build and drop (never a write to the file)."""
    temporary: set[str] = set()
    reads: list[tuple[str, Any]] = []
    for sql, params in statements:
        words = sql.split()
        head = " ".join(words[:3]).upper()
        if head.startswith("CREATE TEMP"):
            temporary.add(words[3].strip('"'))
        names = {w.strip('"(').removeprefix("temp.") for w in words[:6]}
        if head.startswith(("SELECT", "WITH", "CREATE TEMP")) or names & temporary:
            reads.append((sql, params))

    def run() -> None:
        conn.execute("BEGIN")
        try:
            for sql, params in reads:
                conn.execute(sql, params).fetchall()
        finally:
            conn.execute("ROLLBACK")

    return run
