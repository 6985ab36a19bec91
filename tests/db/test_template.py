"""The schema template of the test session (tests/support/template.py) is what running every
Alembic revision makes, so tests that start from it test the app's own databases."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from support.factories import init_database
from support.template import _raw, build_template, copy_template

from lk3_desktop.db import migrate, store
from lk3_desktop.db.engine import create_keyed_engine
from lk3_desktop.db.workstation import NoCredentialStore


def _dump(path: Path, key: bytes) -> list[object]:
    """Every schema object and every row of every table, in a stable order."""
    conn = _raw(path, key)
    try:
        master = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        out: list[object] = list(master)
        for kind, name, _table, _sql in master:
            if kind == "table" and not name.startswith("sqlite_"):
                out.append((name, conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()))
        return out
    finally:
        conn.close()


def _schema(path: Path, key: bytes) -> list[tuple[str, str, str, str | None]]:
    engine = create_keyed_engine(path, key)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master"))
            return sorted(tuple(r) for r in rows)
    finally:
        engine.dispose()


def test_a_copy_of_the_template_equals_a_database_migrated_from_nothing(
    tmp_path: Path, schema_template: bytes
) -> None:
    migrated = tmp_path / "migrated" / "lk3.db"
    migrated.parent.mkdir()
    migrated.touch()
    key = bytes([7]) * 32
    engine = create_keyed_engine(migrated, key)
    migrate.prepare_schema(engine, migrated, key)
    engine.dispose()
    copied = tmp_path / "copied" / "lk3.db"
    copied.parent.mkdir()
    copied.touch()
    other_key = bytes([9]) * 32
    copy_template(schema_template, copied, other_key)
    assert _dump(copied, other_key) == _dump(migrated, key)
    assert ("alembic_version", [(migrate.head_revision(),)]) in _dump(copied, other_key)
    assert build_template(tmp_path / "again" / "lk3.db") != b""


def test_an_office_made_from_the_template_has_the_schema_the_migrations_make(
    tmp_path: Path, schema_template: bytes
) -> None:
    from_template = init_database(tmp_path / "a", NoCredentialStore()).session.store
    hooked = store.prepare_schema
    store.prepare_schema = migrate.prepare_schema  # this one office: every revision runs
    try:
        from_migrations = init_database(tmp_path / "b", NoCredentialStore()).session.store
    finally:
        store.prepare_schema = hooked
    try:
        assert hooked is not migrate.prepare_schema  # the session's template was in use
        assert _schema(tmp_path / "a" / "lk3.db", from_template.key()) == _schema(
            tmp_path / "b" / "lk3.db", from_migrations.key()
        )
    finally:
        from_template.close()
        from_migrations.close()
