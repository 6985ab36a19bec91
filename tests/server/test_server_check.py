"""``check`` on an office server says, as on one computer, while older clinical text still
waits to be sealed under its case's key (an office moved or upgraded, or a sealing cut short),
and says nothing about it once the office is sealed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from support.postgres import ServerForTests, head_checks

from lk3_desktop.db.server.enrollment import read_enrollment
from lk3_desktop.services import accounts, case_keys, content_sealing

pytestmark = pytest.mark.postgres


def test_check_says_where_sealing_stands_on_the_server(
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: object,
    pg_server: ServerForTests,
) -> None:
    initialized.session.store.close()

    def sealing() -> list[tuple[bool, str, tuple[str, ...]]]:
        lines = head_checks(data_dir, cred_store)  # type: ignore[arg-type]
        assert all(line.ok for line in lines), lines
        return [(ln.ok, ln.code, ln.values) for ln in lines if ln.name == "content_sealing"]

    assert sealing() == []  # a new office has nothing to seal
    superuser = pg_server.engine(read_enrollment(data_dir).database)
    try:
        with superuser.begin() as conn:  # as an office moved here before it was sealed
            conn.execute(
                text("DELETE FROM settings WHERE key = :k"), {"k": case_keys.CONTENT_SEALED}
            )
        assert sealing() == [(True, "sealing_due", ())]
        point = json.dumps({"table": "cases", "after": 12, "cells": 30})
        with superuser.begin() as conn:  # a sealing cut short after case #12
            conn.execute(
                text("INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, now())"),
                {"k": content_sealing.SEALING, "v": point},
            )
        assert sealing() == [(True, "sealing_stopped", ("cases #12",))]
    finally:
        superuser.dispose()
