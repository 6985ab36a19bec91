"""Issue 11 items 7, 8, 9: a backup names no one before it is unlocked; another center's
backup is named and needs a yes; a crafted archive is refused before anything large is
written (declared sizes, a keyed seal, a streaming cap, room on the disk). Format 1 backups
(made before) still restore. Real backups of real SQLCipher files in tmp_path."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from support.crafted_backups import (
    as_format_1,
    mac_of,
    manifest_for,
    read_members,
    write_archive,
)
from support.factories import CENTER_NAME, HEAD_PASSWORD, init_database, login, make_vault
from support.mounts import small_tmpfs

from lk3_desktop.core.errors import (
    BackupDamaged,
    BackupFromOtherDatabase,
    DiskFull,
    WrongRecoveryCode,
)
from lk3_desktop.core.recovery_code import encode_recovery_code
from lk3_desktop.db import backup as archive
from lk3_desktop.db.models import Setting
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import backup

pytestmark = pytest.mark.embedded_only(
    "backup and restore of a server office: issue 19 item 7, not done yet"
)

NONE = NoCredentialStore()


def office(folder: Path, center: str = CENTER_NAME) -> tuple[Path, str]:
    """A data folder of ``center``, a backup of it beside it, and its recovery code."""
    from lk3_desktop.services import accounts

    result = accounts.initialize(
        folder,
        NONE,
        accounts.CenterInput(name=center, head_name="Siti Rahmawati"),
        accounts.NewAccount("kepala", "Siti Rahmawati", HEAD_PASSWORD),
        vault=make_vault(folder, NONE),
    )
    made = backup.back_up(result.session, folder.parent / f"{folder.name}.lk3backup").path
    result.session.store.close()
    return made, result.recovery_code


def prepare(file: Path, folder: Path) -> backup.StagedRestore:
    return backup.prepare_restore_with_password(
        file, folder, NONE, "kepala", HEAD_PASSWORD, vault_factory=make_vault
    )


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# -- item 7: the manifest names no one -----------------------------------------------------------


def test_the_file_names_no_one_until_it_is_unlocked(tmp_path: Path) -> None:
    made, _ = office(tmp_path / "data")
    with zipfile.ZipFile(made) as zf:
        manifest = json.loads(zf.read(archive.MANIFEST))
    assert set(manifest) == {
        "format", "created_at", "schema_revision", "database_id", "audit_head",
        "app_version", "members", "key_check",
    }  # fmt: skip
    raw = made.read_bytes()
    for form in (CENTER_NAME.encode("utf-8"), CENTER_NAME.encode("utf-16-le"), b"Rahmawati"):
        assert form not in raw
    assert backup.describe_backup(made).center_name == ""
    staged = prepare(made, tmp_path / "elsewhere")
    try:
        assert staged.info.center_name == CENTER_NAME  # read from the unlocked copy
    finally:
        staged.discard()


def test_a_format_1_backup_still_restores(tmp_path: Path) -> None:
    made, code = office(tmp_path / "data")
    old = tmp_path / "old.lk3backup"
    as_format_1(made, old, CENTER_NAME)
    described = backup.describe_backup(old)
    assert described.center_name == CENTER_NAME  # format 1 carried it in the open
    result = backup.restore_with_password(
        old, tmp_path / "data", NONE, "kepala", HEAD_PASSWORD, vault_factory=make_vault
    )
    assert result.info.center_name == CENTER_NAME and not result.other_database
    backup.restore_with_recovery_code(old, tmp_path / "fresh", NONE, code, vault_factory=make_vault)
    login(tmp_path / "fresh", NONE, "kepala", HEAD_PASSWORD).store.close()


# -- item 8: another center's backup -------------------------------------------------------------


def test_another_centers_backup_is_named_and_needs_a_yes(tmp_path: Path) -> None:
    ours, _ = office(tmp_path / "ours")
    theirs, _ = office(tmp_path / "theirs", "LK3 Kota Lain")
    before = folder_bytes(tmp_path / "ours")

    staged = prepare(theirs, tmp_path / "ours")
    assert staged.other_database
    assert staged.info.center_name == "LK3 Kota Lain"
    with pytest.raises(BackupFromOtherDatabase) as refused:
        staged.commit()
    assert refused.value.center_name == "LK3 Kota Lain"
    assert refused.value.database_id == staged.manifest.database_id
    assert not staged.staging.exists()
    assert folder_bytes(tmp_path / "ours") == before  # nothing touched
    assert list(tmp_path.glob("ours.before-restore-*")) == []

    with pytest.raises(BackupFromOtherDatabase):
        backup.restore_with_password(
            theirs, tmp_path / "ours", NONE, "kepala", HEAD_PASSWORD, vault_factory=make_vault
        )
    result = backup.restore_with_password(
        theirs, tmp_path / "ours", NONE, "kepala", HEAD_PASSWORD,
        vault_factory=make_vault, accept_other_database=True,
    )  # fmt: skip
    assert result.other_database and result.info.center_name == "LK3 Kota Lain"

    # Its own backup, or a folder without a database, is not "another database".
    for own, folder in ((theirs, tmp_path / "ours"), (ours, tmp_path / "new")):
        staged = prepare(own, folder)
        assert not staged.other_database
        staged.discard()


# -- item 9: crafted archives --------------------------------------------------------------------


def test_a_deflated_bomb_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    made, _ = office(tmp_path / "data")
    manifest, members = read_members(made)
    bomb = {**members, "lk3.db": b"\0" * (64 * 1024 * 1024)}  # 64 MiB, about 64 KiB packed
    crafted = tmp_path / "bomb.lk3backup"
    write_archive(
        crafted, manifest_for(manifest, bomb), bomb, mac_hex=mac_of(made),
        compress=zipfile.ZIP_DEFLATED,
    )  # fmt: skip
    assert crafted.stat().st_size < 1024 * 1024
    with pytest.raises(BackupDamaged):
        backup.describe_backup(crafted)
    target = tmp_path / "target"
    with pytest.raises(BackupDamaged):
        prepare(crafted, target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_declared_sizes_that_do_not_fit_the_file_are_refused(tmp_path: Path) -> None:
    made, _ = office(tmp_path / "data")
    manifest, members = read_members(made)
    crafted = tmp_path / "lying.lk3backup"
    lying = manifest_for(manifest, members)
    lying["members"]["lk3.db"]["size"] = 1 << 30  # the manifest says 1 GiB
    write_archive(crafted, lying, members, mac_hex=mac_of(made))
    with pytest.raises(BackupDamaged):
        backup.describe_backup(crafted)


def test_an_archive_made_without_the_key_is_refused_before_the_database_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone with the file but not the key rewrites the database member and recomputes
    every SHA-256 (the unkeyed seal holds): the keyed seal refuses it before unpacking."""
    made, code = office(tmp_path / "data")
    other, _ = office(tmp_path / "other")
    manifest, members = read_members(made)
    _, their_members = read_members(other)
    swapped = {**members, "lk3.db": their_members["lk3.db"] + b"\0" * 4096}
    crafted = tmp_path / "crafted.lk3backup"
    write_archive(crafted, manifest_for(manifest, swapped), swapped, mac_hex=mac_of(made))
    backup.describe_backup(crafted)  # the unkeyed checks pass: anyone can compute them

    unpacked: list[str] = []
    real_unpack = archive._unpack
    monkeypatch.setattr(
        archive, "_unpack", lambda zf, name, *a: unpacked.append(name) or real_unpack(zf, name, *a)
    )
    with pytest.raises(BackupDamaged):
        prepare(crafted, tmp_path / "target")
    with pytest.raises(BackupDamaged):
        backup.restore_with_recovery_code(crafted, tmp_path / "target", NONE, code)
    assert unpacked == []  # refused before the database member was written anywhere
    assert not (tmp_path / "target").exists() or not any((tmp_path / "target").iterdir())

    # The other office's recovery card does not fit this backup at all: said as such.
    with pytest.raises(WrongRecoveryCode):
        backup.restore_with_recovery_code(
            made, tmp_path / "t2", NONE, encode_recovery_code(b"\1" * 32)
        )


def test_a_database_too_large_for_the_disk_is_refused_before_unpacking(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    result = init_database(folder, NONE)
    session = result.session
    now = datetime.now().replace(microsecond=0)
    with session.store.transaction() as s:
        for i in range(24):  # about 6 MiB of incompressible settings
            s.add(Setting(key=f"pad_{i}", value=f'"{(bytes(range(256)) * 512).hex()}"',
                          updated_at=now))  # fmt: skip
    made = backup.back_up(session, tmp_path / "b.lk3backup").path
    session.store.close()
    with small_tmpfs(tmp_path / "small", "4m") as small:
        if small is None:
            pytest.skip("no tmpfs mount here (not root, or mount refused)")
        with pytest.raises(DiskFull):
            prepare(made, small / "data")
        assert sum(p.stat().st_size for p in small.rglob("*") if p.is_file()) < 256 * 1024
