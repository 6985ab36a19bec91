"""The insider with a staf password and the files: each of the twelve ways of rewriting the
audit trail is reported by ``check`` and at the head's next sign-in, with and without a chain
head printed earlier; an untouched office reports nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import tampering
from support.casework import add_user, household, note_input
from support.factories import HEAD_PASSWORD, init_database, login, make_vault

from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, integrity, sessions

TUTI_PASSWORD = "Jadwal-Pagi-Tuti-2026"


@dataclass
class Office:
    folder: Path
    store: KeyringStore
    printed_head: str  # the chain head on the last report the head printed


@pytest.fixture
def office(data_dir: Path, cred_store: KeyringStore) -> Office:
    head = init_database(data_dir, cred_store).session
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    accounts.create_user(head, "tuti", "Tuti Alawiyah", Role.STAF, password=TUTI_PASSWORD)
    home = household(head, rina.actor.user_id)
    saved = sessions.save_note(rina, note_input(home))
    accounts.logout(rina)
    accounts.logout(head)
    tuti = login(data_dir, cred_store, "tuti", TUTI_PASSWORD)
    accounts.logout(tuti)
    head = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    for _ in range(3):
        sessions.get_note(head, saved.id)
    accounts.logout(head)
    vault = make_vault(data_dir, cred_store)
    lines = integrity.run_checks(
        data_dir, integrity.keys_from_password(vault, "tuti", TUTI_PASSWORD)
    )
    chain = next(line for line in lines if line.name == "audit_chain")
    assert chain.ok, lines
    printed = chain.detail.split("head ")[1][:16]
    return Office(data_dir, cred_store, printed)


def _insider(office: Office) -> tampering.Insider:
    """What Tuti takes from her own slot: the database key and her own signing key."""
    unlocked = make_vault(office.folder, office.store).unlock("tuti", TUTI_PASSWORD)
    assert unlocked.keys is not None and unlocked.user_id is not None
    conn = tampering.connect(office.folder / "lk3.db", unlocked.db_key)
    try:
        serial = conn.execute(
            "SELECT serial FROM certificates WHERE user_id = ?", (unlocked.user_id,)
        ).fetchone()[0]
        database_id = conn.execute("SELECT database_id FROM center_profile").fetchone()[0]
    finally:
        conn.close()
    return tampering.Insider(unlocked.db_key, unlocked.keys, unlocked.user_id, serial, database_id)


def test_an_untouched_office_passes(office: Office) -> None:
    insider = _insider(office)
    lines = integrity.run_checks(office.folder, [insider.db_key], expected_head=office.printed_head)
    assert all(line.ok for line in lines), lines
    head = login(office.folder, office.store, "kepala", HEAD_PASSWORD)
    try:
        assert head.keys is not None and head.keys.chain.ok and head.keys.problems == []
    finally:
        head.store.close()


@pytest.mark.parametrize("scenario", list(tampering.SCENARIOS))
def test_each_rewrite_is_reported_by_check_and_at_sign_in(office: Office, scenario: str) -> None:
    insider = _insider(office)
    tampering.tamper(office.folder / "lk3.db", insider, scenario)

    lines = integrity.run_checks(office.folder, [insider.db_key])
    assert not all(line.ok for line in lines), (scenario, lines)
    printed = integrity.run_checks(
        office.folder, [insider.db_key], expected_head=office.printed_head
    )
    assert not next(line for line in printed if line.name == "audit_chain").ok, scenario

    head = login(office.folder, office.store, "kepala", HEAD_PASSWORD)
    try:
        assert head.keys is not None
        problems = head.keys.chain.problems
        assert problems, scenario
        assert any(p.since is not None or p.code == "triggers_missing" for p in problems)
    finally:
        head.store.close()
    # A second sign-in still shows it: the first one recorded it in the trail, signed.
    again = login(office.folder, office.store, "kepala", HEAD_PASSWORD)
    try:
        assert again.keys is not None and again.keys.open_problems, scenario
    finally:
        again.store.close()


def test_sqlite_alone_sees_only_ciphertext(office: Office) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(office.folder / "lk3.db").execute("SELECT * FROM audit_log").fetchall()
