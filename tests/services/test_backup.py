"""Backup and restore through real files: every record comes back, damage is refused early."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support.casework import add_assessments_and_referral, add_user, household
from support.factories import HEAD_PASSWORD, MemoryKeyring, login, make_vault

from lk3_desktop.core.errors import (
    BackupDamaged,
    PermissionDenied,
    ValidationError,
    WorkstationSecretMissing,
    WrongRecoveryCode,
)
from lk3_desktop.core.roles import Role
from lk3_desktop.db import audit, migrate
from lk3_desktop.db import backup as archive
from lk3_desktop.db.engine import connect_raw, create_keyed_engine
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, backup
from lk3_desktop.services.context import UserSession

pytestmark = pytest.mark.embedded_only(
    "backup and restore of a server office: issue 19 item 7, not done yet"
)


def dump(folder: Path, key: bytes) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    conn = connect_raw(folder / "lk3.db", key)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def populated(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> UserSession:
    counselor = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    home = household(head, counselor.actor.user_id)
    household(head, None, "Sri Wahyuni", surname="Saputra")
    add_assessments_and_referral(head, home)
    counselor.store.close()
    return head


def restore_pw(file: Path, folder: Path, store: KeyringStore) -> backup.RestoreResult:
    return backup.restore_with_password(
        file, folder, store, "kepala", HEAD_PASSWORD, vault_factory=make_vault
    )


def test_backup_corrupt_restore_every_record_back(
    populated: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    key = populated.store.key()
    before = dump(data_dir, key)
    steps: list[tuple[int, int]] = []
    info = backup.back_up(populated, tmp_path / "stick", lambda d, t: steps.append((d, t)))
    assert info.path.parent == tmp_path / "stick"
    assert info.path.name.endswith(".lk3backup")
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]  # no leftovers
    assert len(info.audit_head) == 16  # printed on the label
    assert info.center_name == "LK3 Kabupaten Uji Coba"  # the office that made it knows
    described = backup.describe_backup(info.path)
    assert described.center_name == ""  # the file names no one before it is unlocked
    assert described.schema_revision and described.database_id == populated.store.database_id
    assert abs(described.created_at - datetime.now(UTC)) < timedelta(minutes=5)
    populated.store.close()

    # The live database is damaged: pages in the middle overwritten.
    db = data_dir / "lk3.db"
    raw = bytearray(db.read_bytes())
    raw[8192 : 8192 + 4096] = random.Random(1).randbytes(4096)
    db.write_bytes(bytes(raw))

    result = restore_pw(info.path, data_dir, cred_store)
    assert result.moved_aside is not None and result.moved_aside.is_dir()
    assert result.moved_aside.name.startswith("data.before-restore-")
    assert (result.moved_aside / "lk3.db").read_bytes() == bytes(raw)  # kept, not overwritten
    assert not result.needs_new_password

    after = dump(data_dir, key)
    for table, rows in before.items():
        if table == "audit_log":
            assert set(rows) <= set(after[table])  # plus the restore's own entry
        else:
            assert after[table] == rows, table
    session = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    try:
        with session.store.transaction() as s:
            report = audit.verify(s, expected_head=info.audit_head)
        assert report.ok
    finally:
        session.store.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".data.restore")] == []


@pytest.fixture
def made(head: UserSession, tmp_path: Path) -> Path:
    return backup.back_up(head, tmp_path / "out" / "kantor.lk3backup").path


def _refused(file: Path, data_dir: Path, store: KeyringStore) -> None:
    snapshot = folder_bytes(data_dir)
    with pytest.raises(BackupDamaged):
        backup.describe_backup(file)
    with pytest.raises(BackupDamaged):
        restore_pw(file, data_dir, store)
    assert folder_bytes(data_dir) == snapshot
    assert not list(data_dir.parent.glob("data.before-restore-*"))


def test_one_byte_change_anywhere_is_refused(
    head: UserSession, made: Path, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    head.store.close()
    original = made.read_bytes()
    size = len(original)
    rng = random.Random(7)
    # Every structural byte: start, manifest, both members' headers, the end records and the
    # seal; plus random positions inside the encrypted data.
    positions = set(range(0, 200)) | set(range(size - 400, size))
    positions |= {rng.randrange(size) for _ in range(300)}
    for pos in sorted(positions):
        changed = bytearray(original)
        changed[pos] ^= 1 << rng.randrange(8)
        made.write_bytes(bytes(changed))
        with pytest.raises(BackupDamaged):
            backup.describe_backup(made)
    for pos in (30, size // 2, size - 1):
        changed = bytearray(original)
        changed[pos] ^= 0xFF
        made.write_bytes(bytes(changed))
        _refused(made, data_dir, cred_store)
    made.write_bytes(original)
    assert backup.describe_backup(made).database_id


def test_truncated_or_foreign_backup_is_refused(
    head: UserSession, made: Path, data_dir: Path, cred_store: KeyringStore
) -> None:
    head.store.close()
    original = made.read_bytes()
    for length in (0, 10, 100, len(original) // 2, len(original) - 1):
        made.write_bytes(original[:length])
        _refused(made, data_dir, cred_store)
    made.write_bytes(b"PK\x03\x04" + b"\0" * 500)
    _refused(made, data_dir, cred_store)
    with pytest.raises(BackupDamaged):
        backup.describe_backup(made.parent / "missing.lk3backup")


def test_restore_into_new_folder_and_non_head_refused(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF).store.close()
    file = backup.back_up(head, tmp_path / "b.lk3backup").path
    head.store.close()
    fresh = tmp_path / "new-data"
    with pytest.raises(PermissionDenied):
        backup.restore_with_password(
            file, fresh, cred_store, "tuti", "Catatan-Sesi-Aman-2026", vault_factory=make_vault
        )
    assert not (fresh / "lk3.db").exists()
    result = restore_pw(file, fresh, cred_store)
    assert result.moved_aside is None
    login(fresh, cred_store, "kepala", HEAD_PASSWORD).store.close()


def test_restore_with_recovery_code_on_another_computer(
    initialized: accounts.InitResult, data_dir: Path, tmp_path: Path
) -> None:
    head = initialized.session
    file = backup.back_up(head, tmp_path / "b.lk3backup").path
    head.store.close()
    other_computer = KeyringStore(MemoryKeyring(), timeout=5)
    elsewhere = tmp_path / "elsewhere"

    wrong = initialized.recovery_code
    wrong = ("B" if wrong[0] != "B" else "C") + wrong[1:]
    with pytest.raises(WrongRecoveryCode):
        backup.restore_with_recovery_code(file, elsewhere, other_computer, wrong)
    assert not elsewhere.exists()

    result = backup.restore_with_recovery_code(
        file, elsewhere, other_computer, initialized.recovery_code, vault_factory=make_vault
    )
    assert result.needs_new_password
    with pytest.raises(WorkstationSecretMissing):
        login(elsewhere, other_computer, "kepala", HEAD_PASSWORD)
    vault = make_vault(elsewhere, other_computer)
    recovered = accounts.recovery_unlock(
        elsewhere,
        other_computer,
        initialized.recovery_code,
        vault=vault,
        office_code=initialized.recovery_key_code,
    )
    session = accounts.complete_recovery(
        recovered, recovered.heads[0].id, "Kata-Sandi-Baru-Kantor-2027"
    )
    session.store.close()
    session = login(elsewhere, other_computer, "kepala", "Kata-Sandi-Baru-Kantor-2027")
    try:
        with session.store.transaction() as s:
            assert audit.verify(s).ok
    finally:
        session.store.close()


def test_wrong_key_for_this_backup_is_refused(
    initialized: accounts.InitResult, tmp_path: Path, cred_store: KeyringStore
) -> None:
    file = backup.back_up(initialized.session, tmp_path / "b.lk3backup").path
    initialized.session.store.close()
    other = accounts.initialize(
        tmp_path / "other",
        cred_store,
        accounts.CenterInput(name="LK3 Lain"),
        accounts.NewAccount("kepala", "Ani Suryani", "Rahasia-Lain-Sekali-2026"),
        vault=make_vault(tmp_path / "other", cred_store),
    )
    other.session.store.close()
    with pytest.raises(WrongRecoveryCode):
        backup.restore_with_recovery_code(
            file, tmp_path / "x", cred_store, other.recovery_code, vault_factory=make_vault
        )
    assert not (tmp_path / "x" / "lk3.db").exists()


def test_reminder_and_last_backup(head: UserSession, tmp_path: Path) -> None:
    assert backup.last_backup_at(head) is None
    assert backup.backup_overdue(head)
    assert backup.reminder_days(head) == 7
    backup.back_up(head, tmp_path)
    last = backup.last_backup_at(head)
    assert last is not None
    assert not backup.backup_overdue(head)
    assert backup.backup_overdue(head, now=last + timedelta(days=8))
    backup.set_reminder_days(head, 30)
    assert not backup.backup_overdue(head, now=last + timedelta(days=8))
    with pytest.raises(ValidationError):
        backup.set_reminder_days(head, 0)


def test_reminder_is_the_heads_setting(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    staff = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    try:
        with pytest.raises(PermissionDenied):
            backup.set_reminder_days(staff, 3)
    finally:
        staff.store.close()


def test_seal_covers_every_byte_before_it(made: Path) -> None:
    tail = made.read_bytes()[-archive.SEAL_LEN :]
    assert tail.startswith(archive.SEAL_PREFIX)
    archive.check_seal(made)


def test_a_backup_of_an_older_schema_is_migrated_on_restore(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    store = initialized.session.store
    key = store.key()
    store.close()
    engine = create_keyed_engine(data_dir / "lk3.db", key)
    try:
        migrate.downgrade(engine, "0004")
    finally:
        engine.dispose()

    def describe() -> dict[str, Any]:
        return {
            "created_at": datetime.now(UTC).isoformat(),
            "center_name": "LK3 Kabupaten Uji Coba",
            "schema_revision": "0004",
            "database_id": store.database_id,
            "audit_head": "",
            "app_version": "old",
        }

    file = tmp_path / "old.lk3backup"
    archive.write_backup(
        data_dir / "lk3.db", key, (data_dir / "lk3.keys").read_bytes(), file, describe
    )
    assert backup.describe_backup(file).schema_revision == "0004"
    restore_pw(file, tmp_path / "restored", cred_store)
    engine = create_keyed_engine(tmp_path / "restored" / "lk3.db", key)
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        engine.dispose()
    assert list((tmp_path / "restored" / "backups").iterdir())  # the verified pre-upgrade copy


def test_prepared_restore_touches_nothing_until_committed(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    file = backup.back_up(head, tmp_path / "b.lk3backup").path
    head.store.close()
    snapshot = folder_bytes(data_dir)
    staged = backup.prepare_restore_with_password(
        file, data_dir, cred_store, "kepala", HEAD_PASSWORD, vault_factory=make_vault
    )
    assert staged.staging.is_dir()
    assert folder_bytes(data_dir) == snapshot
    assert staged.info.center_name == "LK3 Kabupaten Uji Coba"
    staged.discard()
    assert not staged.staging.exists()
    assert folder_bytes(data_dir) == snapshot
