"""Schema upgrades on open: verified backup copy of an older file, then Alembic upgrade.

A database newer than the code is refused (SchemaTooNew) before anything is written.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from lk3_desktop.core.errors import (
    DatabaseCorrupt,
    NotAnLk3Database,
    SchemaTooNew,
    ServerSchemaBehind,
)
from lk3_desktop.db.atomic import mkdir_private, touch_private
from lk3_desktop.db.engine import connect_raw
from lk3_desktop.db.storage import storage_for
from lk3_desktop.paths import MIGRATIONS

# Alembic (with Mako and Pygments behind it) is imported where it is used: the sign-in window
# does not need it, and importing it took a third of the time to that window
# (benchmarks: cold_start).
if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

BACKUP_SUBDIR = "backups"
# Full-text index tables live outside the ORM (FTS5 virtual table and its shadow tables).
FTS_PREFIXES = ("client_search",)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic filter: leave the search index (FTS5 tables, or the PostgreSQL table and its
    trigram index) out of autogenerate comparisons: it lives outside the ORM."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(FTS_PREFIXES)
    if type_ == "index":
        return not name.startswith(tuple(f"ix_{p}" for p in FTS_PREFIXES))
    return True


def alembic_config(connection: Connection | None = None, scripts: Path = MIGRATIONS) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _scripts(scripts: Path) -> ScriptDirectory:
    """The revision scripts, read once per process (every sign-in asks for the head)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(scripts=scripts))


_REVISION = re.compile(r"^revision\s*(?::[^=\n]*)?=\s*[\"']([^\"'\n]+)[\"']\s*$", re.MULTILINE)
_DOWN = re.compile(
    r"^down_revision\s*(?::[^=\n]*)?=\s*(?:None|[\"']([^\"'\n]+)[\"'])\s*$", re.MULTILINE
)


@functools.cache
def _plain_head(scripts: Path) -> str | None:
    """The head read from the revision files' own ``revision = "…"`` and ``down_revision =
    "…"`` lines, without importing Alembic (with Mako and Pygments, some 18 MiB and 15 ms at
    every sign-in: benchmarks peak_rss, sign_in). None whenever a file says it otherwise (a
    merge's tuple, no such line) or the chain has not exactly one head: Alembic decides."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in sorted((scripts / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(found) != 1 or len(down) != 1:
            return None
        revisions.add(found[0])
        if down[0]:
            downs.add(down[0])
    heads = revisions - downs
    if len(heads) != 1 or not downs <= revisions:
        return None
    return heads.pop()


def head_revision(scripts: Path = MIGRATIONS) -> str:
    head = _plain_head(scripts) or _scripts(scripts).get_current_head()
    assert head is not None
    return head


def known_revisions(scripts: Path = MIGRATIONS) -> set[str]:
    return {rev.revision for rev in _scripts(scripts).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(connection: Connection) -> str | None:
    """The revision in ``alembic_version`` read with one select (as Alembic reads it, without
    importing it); several rows (never written by this app) are left to Alembic."""
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        return current_revision(connection)
    return str(rows[0]) if rows else None


def upgrade(engine: Engine, target: str = "head", scripts: Path = MIGRATIONS) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn, scripts), target)
        # Revisions seed lists with explicit ids (rooms, categories).
        storage_for(conn).sync_id_sequences(conn)


def downgrade(engine: Engine, target: str, scripts: Path = MIGRATIONS) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn, scripts), target)


def copy_database(src: Path, key: bytes, dest: Path) -> None:
    """Consistent, encrypted copy through the SQLite online backup API, then verified; the
    folder and the copy owner-only."""
    mkdir_private(dest.parent)
    touch_private(dest)
    source = connect_raw(src, key)
    try:
        target = connect_raw(dest, key)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    check = connect_raw(dest, key)
    try:
        result = check.execute("PRAGMA integrity_check").fetchall()
    finally:
        check.close()
    if result != [("ok",)]:
        raise DatabaseCorrupt("backup copy failed its integrity check")


def prepare_schema(
    engine: Engine, db_path: Path, key: bytes, scripts: Path = MIGRATIONS
) -> str | None:
    """Bring the database to the code's head revision.

    New (empty) file: create the schema. Older revision: verified backup copy first, then
    upgrade. Newer or unknown revision: SchemaTooNew. Returns the backup path's name, if any.
    """
    head = head_revision(scripts)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = _stored_revision(conn) if "alembic_version" in tables else None
    if current is None:
        if tables - {"alembic_version"}:
            raise NotAnLk3Database("tables without a schema revision")
        upgrade(engine, scripts=scripts)
        return None
    if current == head:
        return None
    if current not in known_revisions(scripts):
        raise SchemaTooNew(current)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = db_path.parent / BACKUP_SUBDIR / f"lk3-before-upgrade-{current}-{stamp}.db"
    copy_database(db_path, key, backup)
    upgrade(engine, scripts=scripts)
    return backup.name


def check_server_schema(connection: Connection, scripts: Path = MIGRATIONS) -> None:
    """An office server's database opens only at the code's head revision: workstations
    never change the server's schema (the superuser does, with ``server upgrade``)."""
    current = current_revision(connection)
    if current is None:
        raise NotAnLk3Database("no schema on the server")
    if current == head_revision(scripts):
        return
    if current not in known_revisions(scripts):
        raise SchemaTooNew(current)
    raise ServerSchemaBehind(current)
