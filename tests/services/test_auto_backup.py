"""The automatic backup on closing: off while no folder is set, verified files in the folder,
the newest N automatic backups kept and nothing else in the folder ever deleted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.factories import login

from lk3_desktop.core.errors import PermissionDenied, TargetUnwritable, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, backup
from lk3_desktop.services.context import UserSession

pytestmark = pytest.mark.embedded_only(
    "backup and restore of a server office: issue 19 item 7, not done yet"
)


def _auto_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if backup.AUTO_NAME.match(p.name))


def test_off_while_no_folder_is_set(head: UserSession, tmp_path: Path) -> None:
    assert backup.auto_backup_settings(head) == backup.AutoBackupSettings("", 5)
    assert backup.auto_backup(head) is None
    assert backup.last_backup_at(head) is None


def test_writes_a_verified_backup_and_keeps_the_newest(head: UserSession, tmp_path: Path) -> None:
    folder = tmp_path / "cadangan"
    folder.mkdir()
    backup.set_auto_backup(head, str(folder), 2)
    assert backup.auto_backup_settings(head) == backup.AutoBackupSettings(str(folder), 2)
    made = [backup.auto_backup(head) for _ in range(3)]
    assert all(path is not None and path.parent == folder for path in made)
    kept = _auto_names(folder)
    assert len(kept) == 2
    assert made[0] is not None and not made[0].exists()  # the oldest went
    for name in kept:
        info = backup.describe_backup(folder / name)
        assert info.database_id == head.store.database_id
    assert backup.last_backup_at(head) is not None


def test_prune_keeps_the_newest_and_ignores_foreign_files(tmp_path: Path) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    auto = [backup.auto_filename(tmp_path, start + timedelta(hours=h)) for h in range(6)]
    for path in auto:
        path.write_bytes(b"x")
    same_second = backup.auto_filename(tmp_path, start + timedelta(hours=5))
    assert same_second.name.endswith("-2.lk3backup")
    same_second.write_bytes(b"x")
    foreign = [
        "lk3-20250101T000000Z.lk3backup",  # a backup the user made by hand
        "lk3-auto-old.lk3backup",
        "notes.txt",
        "lk3-auto-20250101T000000Z.lk3backup.partial",
    ]
    for name in foreign:
        (tmp_path / name).write_bytes(b"mine")
    removed = backup.prune_backups(tmp_path, 3)
    assert sorted(p.name for p in removed) == sorted(p.name for p in auto[:4])
    assert _auto_names(tmp_path) == sorted([auto[4].name, auto[5].name, same_second.name])
    assert all((tmp_path / name).read_bytes() == b"mine" for name in foreign)


def test_a_missing_folder_is_refused_and_never_created(head: UserSession, tmp_path: Path) -> None:
    gone = tmp_path / "flashdisk"
    backup.set_auto_backup(head, str(gone), 5)
    with pytest.raises(TargetUnwritable):
        backup.auto_backup(head)
    assert not gone.exists()


def test_only_the_head_sets_it_and_values_are_checked(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError):
        backup.set_auto_backup(head, str(tmp_path), 0)
    with pytest.raises(ValidationError):
        backup.set_auto_backup(head, "relatif/folder", 5)
    backup.set_auto_backup(head, "", 5)  # off
    _info, temp = accounts.create_user(head, "dani", "Dani Pratama", Role.STAF)
    staf = login(data_dir, cred_store, "dani", temp)
    try:
        with pytest.raises(PermissionDenied):
            backup.set_auto_backup(staf, str(tmp_path), 5)
    finally:
        staf.store.close()


@pytest.fixture
def jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer in Western Indonesian Time (UTC+7)."""
    import time

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_backup_names_read_the_local_clock_and_older_utc_names_still_sort(
    tmp_path: Path, jakarta: None
) -> None:
    """ "Cadangan terakhir 17.43" and a file named 20261207T104300Z did not match: names now
    carry this computer's time, and automatic backups named the old way still count."""
    at = datetime(2026, 12, 7, 10, 43, tzinfo=UTC)  # 17.43 in Serang
    assert backup.suggested_filename(at) == "lk3-2026-12-07-174300.lk3backup"
    new = backup.auto_filename(tmp_path, at)
    assert new.name == "lk3-auto-2026-12-07-174300.lk3backup"
    new.write_bytes(b"x")
    later_old_style = tmp_path / "lk3-auto-20261207T110000Z.lk3backup"  # 18.00 in Serang
    earlier_old_style = tmp_path / "lk3-auto-20261207T100000Z.lk3backup"  # 17.00
    for path in (later_old_style, earlier_old_style):
        path.write_bytes(b"x")
    removed = backup.prune_backups(tmp_path, 1)
    assert sorted(p.name for p in removed) == sorted([new.name, earlier_old_style.name])
    assert later_old_style.exists()
