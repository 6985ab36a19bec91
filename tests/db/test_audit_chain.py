"""The audit chain: append-only in the database, and every kind of tampering detected."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lk3_desktop.db import audit, migrate
from lk3_desktop.db.engine import create_keyed_engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = create_keyed_engine(tmp_path / "lk3.db", os.urandom(32))
    migrate.upgrade(eng)
    with Session(eng) as s, s.begin():
        for i in range(6):
            audit.append(s, 1, "client.viewed", "client", i, {"n": i})
    yield eng
    eng.dispose()


INSERT = text(
    "INSERT INTO audit_log VALUES (:id, :at, :actor_id, :action, :entity_type, :entity_id, "
    ":detail, :prev_hash, :hash)"
)


def verify(engine: Engine, expected_head: str | None = None) -> audit.ChainReport:
    with Session(engine) as s:
        return audit.verify(s, expected_head)


def drop_guards(engine: Engine) -> None:
    """What someone holding the key could do; the chain must still tell."""
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))


def test_intact_chain_verifies(engine: Engine) -> None:
    report = verify(engine)
    assert report.ok and report.count == 6 and len(report.short_head) == 16


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET action = 'x' WHERE id = 2", "DELETE FROM audit_log WHERE id = 6"],
)
def test_database_refuses_update_and_delete(engine: Engine, statement: str) -> None:
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))
    assert verify(engine).ok


def test_changed_row_detected(engine: Engine) -> None:
    drop_guards(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = :d WHERE id = 3"), {"d": '{"n":99}'})
    report = verify(engine)
    assert not report.ok and report.first_bad_id == 3 and report.problem == "content_changed"


def test_deleted_row_detected(engine: Engine) -> None:
    drop_guards(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 4"))
    report = verify(engine)
    assert not report.ok and report.first_bad_id == 5


def test_inserted_row_detected(engine: Engine) -> None:
    """A forged row with a correct hash of its own, slipped in between rows 2 and 3."""
    drop_guards(engine)
    with engine.begin() as conn:
        rows = [
            dict(r) for r in conn.execute(text("SELECT * FROM audit_log ORDER BY id")).mappings()
        ]
        conn.execute(text("DELETE FROM audit_log WHERE id >= 3"))
        forged = dict(rows[1], id=3, action="forged", prev_hash=rows[1]["hash"])
        forged["hash"] = hashlib.sha256(
            audit.canonical(
                3,
                forged["at"],
                forged["actor_id"],
                "forged",
                forged["entity_type"],
                forged["entity_id"],
                forged["detail"],
                forged["prev_hash"],
            )
        ).hexdigest()
        conn.execute(INSERT, forged)
        for row in rows[2:]:
            conn.execute(INSERT, dict(row, id=row["id"] + 1))
    report = verify(engine)
    assert not report.ok and report.first_bad_id == 4 and report.problem == "broken_link"


def test_reordered_rows_detected(engine: Engine) -> None:
    drop_guards(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET id = 100 WHERE id = 2"))
        conn.execute(text("UPDATE audit_log SET id = 2 WHERE id = 3"))
        conn.execute(text("UPDATE audit_log SET id = 3 WHERE id = 100"))
    report = verify(engine)
    assert not report.ok and report.first_bad_id == 2


def test_truncated_chain_fails_against_printed_head(engine: Engine) -> None:
    printed = verify(engine).short_head
    with Session(engine) as s, s.begin():
        audit.append(s, 1, "client.viewed", "client", 99)
    assert verify(engine, printed).ok  # a later chain still contains the printed head
    drop_guards(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id >= 6"))
    assert verify(engine).ok  # cut back cleanly: the chain alone cannot tell ...
    report = verify(engine, printed)
    assert not report.ok and report.problem == "anchor_not_found"  # ... the printed head can
