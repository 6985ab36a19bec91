"""An office made before keys per person (the schema 0006 fixture) moves to keys in place:
nobody is locked out before, during or after its head's first sign-in, a verified backup of
the database and the key file comes first, and afterwards no key in the database opens a slot."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lk3_desktop.core.roles import Role
from lk3_desktop.db.engine import connect_raw
from lk3_desktop.db.migrate import BACKUP_SUBDIR
from lk3_desktop.db.models import User
from lk3_desktop.db.vault import Vault
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, integrity, office_keys, recovery_card

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "data-0006"


@pytest.fixture
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURE / "expected.json").read_text())
    return data


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(FIXTURE, target, ignore=shutil.ignore_patterns("*.json"))
    return target


def test_everyone_keeps_signing_in_across_the_upgrade(
    folder: Path, expected: dict[str, Any]
) -> None:
    store = NoCredentialStore("test: none")
    password = expected["password"]

    # A counselor signs in first: the schema is upgraded, the office has no keys yet, and she
    # works as before (her role from her row, as in the old release).
    rina = accounts.login(folder, store, "rina", password)
    assert rina.keys is None and rina.actor.role is Role.KONSELOR
    accounts.logout(rina)

    # The head's first sign-in gives the office its keys.
    head = accounts.login(folder, store, "kepala", password)
    try:
        assert head.keys is not None and head.keys.cert.self_signed
        assert head.keys.chain.ok, head.keys.chain.problems
        with head.store.transaction() as s:
            assert s.execute(select(User.id).where(User.user_key.is_not(None))).all() == []
            active = s.execute(select(User.id).where(User.active.is_(True))).scalars().all()
        assert {c.user_id for c in head.keys.registry.current_people()} == set(active)
        # The card now has a second code: it is due until the head prints or saves it.
        assert recovery_card.card_pending(head)
        code, root = office_keys.card_extras(head)
        assert code and root == head.keys.root
        recovery_card.card_kept(head)
    finally:
        accounts.logout(head)

    # The key file and the database were copied first, and the copy opens with the old key.
    copies = sorted((folder / BACKUP_SUBDIR).glob("lk3-before-keys-*"))
    assert [p.suffix for p in copies] == [".db", ".keys"]
    old_keys = json.loads(copies[1].read_text())
    assert old_keys["format"] == "lk3-keys/1"
    key = integrity.key_from_recovery_code(expected["recovery_code"])
    raw = connect_raw(copies[0], key)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        raw.close()

    # Everyone signs in with their old password; their slot moves under their own password.
    for name in expected["usernames"]:
        session = accounts.login(folder, store, name, password)
        assert session.keys is not None, name
        assert session.keys.chain.ok, (name, session.keys.chain.problems)
        accounts.logout(session)
    doc = json.loads((folder / "lk3.keys").read_text())
    assert doc["format"] == "lk3-keys/2"
    assert all("user_key" not in slot for slot in doc["slots"])

    vault = Vault(folder, store)
    for keys, root in (
        (integrity.keys_from_password(vault, "tuti", password), None),
        ([key], None),
    ):
        lines = integrity.run_checks(folder, keys, root=root)
        assert [line.name for line in lines if not line.ok] == [], lines
