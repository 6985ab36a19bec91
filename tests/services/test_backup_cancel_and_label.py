"""Cancelling a running backup leaves nothing that looks like a backup, and the backup label
carries the audit chain head the backup holds."""

from __future__ import annotations

import hashlib
import io
import json
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.casework import household
from support.factories import HEAD_PASSWORD, login, make_vault

from lk3_desktop.core.errors import BackupDamaged, OperationCancelled
from lk3_desktop.db import audit
from lk3_desktop.db import backup as archive
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import audit_log, backup, settings
from lk3_desktop.services.context import UserSession

pytestmark = pytest.mark.embedded_only(
    "backup and restore of a server office: issue 19 item 7, not done yet"
)


def last_audit(session: UserSession) -> AuditEntry:
    with session.store.transaction() as s:
        row = s.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        assert row is not None
        s.expunge(row)
        return row


def test_cancel_after_the_first_step_leaves_no_target_and_a_clean_folder(
    head: UserSession, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "kantor.lk3backup"
    cancel = threading.Event()
    steps: list[int] = []

    def progress(done: int, _total: int) -> None:
        steps.append(done)
        if done == 1:  # the database is copied: the person presses Cancel now
            cancel.set()

    with pytest.raises(OperationCancelled):
        backup.back_up(head, target, progress, cancel.is_set)
    assert steps == [0, 1]
    assert not target.exists()
    assert list(stick.iterdir()) == []  # no .partial, no .work
    assert backup.last_backup_at(head) is None  # the reminder still says no backup
    entry = last_audit(head)
    assert (entry.action, entry.entity_type) == ("backup.cancelled", "database")
    assert json.loads(entry.detail) == {"step": 1}
    # The database is untouched and a backup afterwards works.
    again = backup.back_up(head, target)
    assert archive.verify_backup(target, [head.store.key()], tmp_path / "scratch")
    assert again.path == target


def test_cancel_between_pages_of_the_online_copy(
    head: UserSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    household(head, None)  # a few more pages to copy
    monkeypatch.setattr(archive, "COPY_PAGES", 1)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 4  # step 0, then during the page-by-page copy

    steps: list[int] = []
    target = tmp_path / "stick" / "kantor.lk3backup"
    with pytest.raises(OperationCancelled):
        backup.back_up(head, target, lambda d, _t: steps.append(d), cancelled)
    assert steps == [0]  # stopped inside the copy, before its step was reported
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_cancel_while_the_copy_is_checked_and_archived_leaves_nothing(
    head: UserSession, tmp_path: Path
) -> None:
    """The copy's check runs beside the archive's writing; a cancel once the archive is
    written stops the check too and leaves neither file nor work folder."""
    target = tmp_path / "stick" / "kantor.lk3backup"
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done == 2:
            cancel.set()

    with pytest.raises(OperationCancelled):
        backup.back_up(head, target, progress, cancel.is_set)
    assert list(target.parent.iterdir()) == []
    assert [t.name for t in threading.enumerate() if t.name == "backup-check"] == []


def test_a_cancelled_backup_leaves_an_earlier_file_of_that_name_alone(
    head: UserSession, tmp_path: Path
) -> None:
    target = tmp_path / "stick" / "kantor.lk3backup"
    backup.back_up(head, target)
    earlier = target.read_bytes()
    settings.set_setting(head, settings.AUTO_LOCK_MINUTES, 12)  # the database moves on
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done == 3:  # written and verified, not yet renamed: the last moment to cancel
            cancel.set()

    with pytest.raises(OperationCancelled):
        backup.back_up(head, target, progress, cancel.is_set)
    assert target.read_bytes() == earlier
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_label_holds_the_chain_head_at_backup_time(head: UserSession, tmp_path: Path) -> None:
    settings.set_setting(head, settings.AUTO_LOCK_MINUTES, 12)
    at_backup = audit_log.chain_head(head)
    info = backup.back_up(head, tmp_path / "stick" / "kantor.lk3backup")
    assert info.audit_head == at_backup and len(at_backup) == 16
    assert audit_log.chain_head(head) != at_backup  # backup.created came after

    pdf = backup.backup_label_pdf(head, info.path)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert f"Kode ujung rantai audit: {at_backup}" in text
    assert "Label Cadangan Data LK3" in text
    assert "LK3 Kabupaten Uji Coba" in text
    assert info.path.name in text
    assert hashlib.sha256(info.path.read_bytes()).hexdigest()[:16] in text
    assert f"{info.size:,}".replace(",", ".") + " bita" in text
    assert info.schema_revision and info.schema_revision in text
    assert "Disimpan oleh" in text and "Tempat penyimpanan" in text
    assert backup.label_filename(info.path) == "Label-kantor.pdf"


def test_label_of_a_damaged_backup_is_refused(head: UserSession, tmp_path: Path) -> None:
    file = backup.back_up(head, tmp_path / "kantor.lk3backup").path
    raw = bytearray(file.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    file.write_bytes(bytes(raw))
    with pytest.raises(BackupDamaged):
        backup.backup_label_pdf(head, file)


def test_printed_head_is_the_copys_even_when_the_live_database_moves_on(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    """A write after the copy (the UI thread may save a setting meanwhile) must not put a head
    on the label that the backup does not hold: restored, the chain verifies against it."""
    before = audit_log.chain_head(head)

    def progress(done: int, _total: int) -> None:
        if done == 1:
            settings.set_setting(head, settings.AUTO_LOCK_MINUTES, 14)

    info = backup.back_up(head, tmp_path / "kantor.lk3backup", progress)
    assert info.audit_head == before
    head.store.close()
    restored = tmp_path / "restored"
    backup.restore_with_password(
        info.path, restored, cred_store, "kepala", HEAD_PASSWORD, vault_factory=make_vault
    )
    session = login(restored, cred_store, "kepala", HEAD_PASSWORD)
    try:
        with session.store.transaction() as s:
            assert audit.verify(s, expected_head=info.audit_head).ok
    finally:
        session.store.close()
