"""No personal data in plaintext anywhere in the data folder, even while the app runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.factories import MemoryKeyring, make_vault

from lk3_desktop.core.errors import WrongPassword
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, center, settings

SECRETS = [
    "Rahmawati Kusumadewi",  # head's full name
    "rahmawati.k",  # username
    "Bambang Sukoco Wiryo",  # a counselor
    "bambang.sw",
    "081234567891",  # phone
    "Jl. Melati Nomor 17",  # address
    "LK3 Kabupaten Lebak Sejahtera",  # center name
]


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")]


def assert_absent(folder: Path) -> list[Path]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    for path in files:
        raw = path.read_bytes()
        for secret in SECRETS:
            for needle in encodings(secret):
                assert needle not in raw, f"{secret!r} in plaintext in {path.name}"
    return files


def test_strings_written_are_absent_from_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = KeyringStore(MemoryKeyring(), timeout=5)
    result = accounts.initialize(
        folder,
        store,
        accounts.CenterInput(
            name=SECRETS[6], address=SECRETS[5], phone=SECRETS[4], head_name=SECRETS[0]
        ),
        accounts.NewAccount(SECRETS[1], SECRETS[0], "Teh-Manis-Hangat-2026"),
        vault=make_vault(folder, store),
    )
    head = result.session
    accounts.create_user(head, SECRETS[3], SECRETS[2], Role.KONSELOR)
    settings.set_setting(head, "auto_lock_minutes", 15)
    info = center.get_center(head)
    assert info.name == SECRETS[6]
    # while open: the WAL file holds recent pages and must be encrypted too
    files = {p.name for p in assert_absent(folder)}
    assert {"lk3.db", "lk3.keys"} <= files
    assert any(name.endswith("-wal") for name in files)
    locked = accounts.lock(head)
    # a failed unlock writes the attempts file; it must hold no name either
    with pytest.raises(WrongPassword):
        accounts.unlock(locked, "bukan-kata-sandi-123")
    session = accounts.unlock(locked, "Teh-Manis-Hangat-2026")
    session.store.close()
    files = {p.name for p in assert_absent(folder)}
    assert "lk3.attempts" in files
