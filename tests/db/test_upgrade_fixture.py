"""A data folder made by an older release opens in this one and keeps every row.

``tests/fixtures/data-0006`` was written once by ``scripts/make_upgrade_fixture.py`` at schema
revision 0006 and is never regenerated: each later revision must carry it forward. Signing in
makes the verified backup copy first, then upgrades; afterwards ``check`` passes, the rows are
all there and the old recovery card still opens the database.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from lk3_desktop.db.engine import connect_raw, create_keyed_engine
from lk3_desktop.db.migrate import BACKUP_SUBDIR, current_revision, head_revision
from lk3_desktop.db.store import db_path
from lk3_desktop.db.vault import Vault
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, clients, integrity, recovery_card

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# Tables whose rows are the office's records; they must survive every upgrade.
RECORD_TABLES = (
    "users",
    "clients",
    "families",
    "family_members",
    "cases",
    "instrument_administrations",
    "psychosocial_assessments",
    "counseling_sessions",
    "referrals",
    "referral_letters",
    "appointments",
    "withheld_items",
    "subject_keys",
    "audit_log",
)


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name / "expected.json").read_text())
    return data


@pytest.fixture
def old_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES / "data-0006", folder, ignore=shutil.ignore_patterns("*.json"))
    return folder


def _counts(key: bytes, path: Path) -> dict[str, int]:
    engine = create_keyed_engine(path, key)
    try:
        with engine.connect() as conn:
            return {
                table: conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
                for table in inspect(conn).get_table_names()
            }
    finally:
        engine.dispose()


def test_the_0006_folder_opens_after_a_verified_backup_and_keeps_every_row(
    old_folder: Path,
) -> None:
    expected = _expected("data-0006")
    assert expected["revision"] == "0006"
    store = NoCredentialStore("test: none")
    key = integrity.key_from_recovery_code(expected["recovery_code"])

    head = accounts.login(old_folder, store, "kepala", expected["password"])
    try:
        with head.store.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        detail = clients.get_client(head, 1)
        assert detail.data.full_name == expected["client_1_full_name"]
        assert detail.data.phone == expected["client_1_phone"]
        backup_name = head.store.upgrade_backup
        # The head's sign-in gave the office keys per person: the card has a second code now
        # and is due until the head prints or saves it (as after a key change).
        assert recovery_card.card_pending(head)
        recovery_card.card_kept(head)
    finally:
        head.store.close()

    backups = sorted((old_folder / BACKUP_SUBDIR).glob("*.db"))
    if head_revision() == expected["revision"]:
        assert backup_name is None and backups == []
    else:
        # The copy made before upgrading is the old database, whole, under the same key.
        assert backup_name is not None and [b.name for b in backups] == [backup_name]
        raw = connect_raw(backups[0], key)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0006",)]
        finally:
            raw.close()
        copied = _counts(key, backups[0])
        assert {t: n for t, n in copied.items() if t in expected["row_counts"]} == expected[
            "row_counts"
        ]

    after = _counts(key, db_path(old_folder))
    for table in RECORD_TABLES:
        assert expected["row_counts"][table] > 0, f"the fixture has no {table}"
        assert after[table] >= expected["row_counts"][table], table
    for table, count in expected["row_counts"].items():
        if table in after:  # a later revision may fold a lookup table into another
            assert after[table] >= count, table

    # `check` with a user's password and with the old recovery card: every line holds.
    vault = Vault(old_folder, store)
    for keys in (
        integrity.keys_from_password(vault, "rina", expected["password"]),
        [key],
    ):
        lines = integrity.run_checks(old_folder, keys)
        assert [line.name for line in lines if not line.ok] == []
        assert {line.name for line in lines} >= {"key", "integrity", "cipher_integrity"}
