"""The Backup and Checks tabs: back up through the file dialog with progress (and cancel it),
the backup label, the reminder, restore with the backup and every consequence named first, and
the checks of `lk3-desktop check`."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, login
from support.ui_settings import DialogScript, accept, expect, make_context, temp_ui_settings

from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, audit_log, backup, recovery_card, settings
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.settings import SettingsPage, general_tab
from lk3_desktop.ui.settings.audit_tab import PAGE_SIZE, AuditTableModel


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> SettingsPage:
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    return widget


def head_password(qtbot: QtBot) -> Callable[[QDialog], int]:
    """Type the head's password into the password prompt and wait until it has checked it."""

    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, PasswordPromptDialog)
        qtbot.keyClicks(dialog.password, HEAD_PASSWORD)
        with qtbot.waitSignal(dialog.finished, timeout=120_000):
            dialog.ok_button.click()
        return dialog.result()

    return handler


def choose_file(path: Path, name: str) -> Callable[[QDialog], int]:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        return int(QDialog.DialogCode.Accepted)

    return expect(name, handler)


def test_back_up_now_writes_a_verified_file_and_shows_the_time(
    page: SettingsPage, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    tab = page.backup_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Backup"
    assert tab.last_backup.text() == "No backup has been made yet."
    target = tmp_path / "stick" / "kantor"
    target.parent.mkdir()
    steps: list[tuple[int, int]] = []
    tab.progress_changed.connect(lambda d, t: steps.append((d, t)))
    with DialogScript(choose_file(target, "saveFileDialog")).installed():
        tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.status.isVisibleTo(tab), timeout=60_000)
    written = target.with_name("kantor.lk3backup")
    info = backup.describe_backup(written)
    assert info.audit_head in tab.status.text()
    assert tab.last_backup.text().startswith("Last backup: ")
    assert steps and steps[-1] == (4, 4)
    assert tab.backup_button.isEnabled() and not tab.progress.isVisibleTo(tab)
    assert not backup.backup_overdue(context.require_session())


def test_cancel_stops_a_running_backup_and_leaves_no_file(
    page: SettingsPage, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    tab = page.backup_tab
    page.show()
    page.tabs.setCurrentWidget(tab)
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "kantor.lk3backup"
    reached, go_on = threading.Event(), threading.Event()

    def hold_after_the_copy(done: int, _total: int) -> None:
        # Runs on the lane: keep the backup at step 1 until Cancel has been pressed.
        if done == 1:
            reached.set()
            go_on.wait(30)

    tab.progress_changed.connect(hold_after_the_copy, Qt.ConnectionType.DirectConnection)
    assert not tab.cancel_button.isVisible()
    try:
        with DialogScript(choose_file(target, "saveFileDialog")).installed():
            tab.backup_button.click()
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        assert tab.cancel_button.isVisible() and tab.cancel_button.isEnabled()
        assert not tab.backup_button.isEnabled() and not tab.label_save_button.isEnabled()
        tab.cancel_button.click()
        assert not tab.cancel_button.isEnabled()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: tab.status.text() == "Backup cancelled.", timeout=60_000)
    assert not target.exists() and list(stick.iterdir()) == []
    assert not tab.cancel_button.isVisible() and not tab.progress.isVisible()
    assert tab.backup_button.isEnabled() and tab.label_save_button.isEnabled()
    assert tab.last_backup.text() == "No backup has been made yet."
    assert backup.backup_overdue(context.require_session())


def label_text(pdf: Path) -> str:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def test_label_of_the_backup_just_made_is_saved_with_its_chain_head(
    page: SettingsPage, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    tab = page.backup_tab
    at_backup = audit_log.chain_head(context.require_session())
    target = tmp_path / "stick" / "kantor.lk3backup"
    target.parent.mkdir()
    with DialogScript(choose_file(target, "saveFileDialog")).installed():
        tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.status.isVisibleTo(tab), timeout=60_000)
    assert at_backup in tab.status.text()
    suggested: list[str] = []

    def save_here(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        suggested.extend(dialog.selectedFiles())
        dialog.selectFile(str(tmp_path / "label"))
        return int(QDialog.DialogCode.Accepted)

    script = DialogScript(expect("saveFileDialog", save_here))  # no file asked: just made
    with script.installed():
        tab.label_save_button.click()
        qtbot.waitUntil(lambda: tab.status.text().startswith("Label saved"), timeout=60_000)
    assert script.done
    assert suggested == [str(target.with_name("Label-kantor.pdf"))]
    text = label_text(tmp_path / "label.pdf")
    assert f"Kode ujung rantai audit: {at_backup}" in text
    assert "kantor.lk3backup" in text


def test_label_of_a_chosen_backup_is_printed(
    page: SettingsPage, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    info = backup.back_up(context.require_session(), tmp_path / "lama.lk3backup")
    tab = page.backup_tab
    printed = tmp_path / "printed.pdf"

    def pdf_printer(_parent: QWidget | None) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(printed))
        return printer

    tab.ask_printer = pdf_printer
    script = DialogScript(choose_file(info.path, "openFileDialog"))
    with script.installed():
        tab.label_print_button.click()
        qtbot.waitUntil(lambda: "printer" in tab.status.text(), timeout=60_000)
    assert script.done
    assert tab.status.text() == "The label was sent to the printer."
    assert len(PdfReader(io.BytesIO(printed.read_bytes())).pages) == 1


def test_a_failed_backup_is_one_sentence(page: SettingsPage, tmp_path: Path, qtbot: QtBot) -> None:
    tab = page.backup_tab
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"x")
    with DialogScript(choose_file(blocker / "b.lk3backup", "saveFileDialog")).installed():
        tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.status.isVisibleTo(tab), timeout=60_000)
    assert tab.status.text().startswith("The file cannot be written there")
    assert tab.backup_button.isEnabled()


def test_head_sets_the_reminder(page: SettingsPage, context: AppContext) -> None:
    tab = page.backup_tab
    assert tab.reminder.value() == 7
    tab.reminder.setValue(14)
    assert tab.reminder_save.isEnabled()
    tab.reminder_save.click()
    assert backup.reminder_days(context.require_session()) == 14
    assert tab.reminder_status.isVisibleTo(tab)


def test_staff_can_neither_back_up_nor_restore_nor_change_the_reminder(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    accounts.create_user(
        initialized.session, "dani", "Dani Pratama", Role.STAF, password=COUNSELOR_PASSWORD
    )
    staf = login(data_dir, cred_store, "dani", COUNSELOR_PASSWORD)
    context = make_context(data_dir, cred_store, staf)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        page.show()
        tab = page.backup_tab
        page.tabs.setCurrentWidget(tab)
        assert not tab.backup_button.isVisible()  # backups are the head's (issue 11 item 17)
        assert not tab.restore_box.isVisible()
        assert tab.reminder.isReadOnly() and not tab.reminder_save.isVisible()
    finally:
        context.lane.wait()
        staf.store.close()


def test_restore_names_the_backup_and_the_consequence_then_asks_for_a_restart(
    page: SettingsPage,
    context: AppContext,
    data_dir: Path,
    cred_store: KeyringStore,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    session = context.require_session()
    file = backup.back_up(session, tmp_path / "b.lk3backup").path
    accounts.create_user(session, "later", "Dibuat Kemudian", Role.STAF)  # after the backup
    tab = page.backup_tab
    quits: list[None] = []
    tab.quit_app = lambda: quits.append(None)
    texts: list[str] = []

    def confirm(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        return accept(dialog)

    def done(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        return accept(dialog)

    # The center is named only once the backup is unlocked: the password comes first.
    script = DialogScript(
        choose_file(file, "openFileDialog"), expect("passwordPromptDialog", head_password(qtbot))
    )
    script.add(expect("confirmDialog", confirm), expect("informDialog", done))
    with script.installed():
        tab.restore_button.click()
        qtbot.waitUntil(lambda: bool(quits), timeout=120_000)
    assert script.done
    assert "LK3 Kabupaten Uji Coba" in texts[0] and "ALL data" in texts[0]
    described = backup.describe_backup(file)
    assert f"Audit chain head: {described.audit_head}" in texts[0] and described.audit_head
    assert f"File: {file.name}" in texts[0]
    assert "start it again" in texts[1]
    assert context.session is None
    assert list(tmp_path.glob("data.before-restore-*"))
    again = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    try:
        names = {u.username for u in accounts.list_users(again)}
        assert "later" not in names
    finally:
        again.store.close()


def test_a_damaged_backup_is_refused_before_anything_is_asked(
    page: SettingsPage, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    file = backup.back_up(context.require_session(), tmp_path / "b.lk3backup").path
    raw = bytearray(file.read_bytes())
    raw[100] ^= 0x10
    file.write_bytes(bytes(raw))
    warned: list[str] = []

    def warning(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        warned.append(dialog.text())
        return accept(dialog)

    script = DialogScript(choose_file(file, "openFileDialog"), expect("warningDialog", warning))
    with script.installed():
        page.backup_tab.restore_button.click()
        qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    assert "damaged" in warned[0]
    assert context.session is not None


def test_restoring_another_centers_backup_says_so_first(
    page: SettingsPage,
    context: AppContext,
    data_dir: Path,
    cred_store: KeyringStore,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    """Issue 11 item 8: the backup is named once unlocked, and a backup of another database
    says so before anything else; declining leaves everything as it was."""
    from support.factories import init_database

    other = init_database(tmp_path / "theirs", cred_store).session
    file = backup.back_up(other, tmp_path / "theirs.lk3backup").path
    other_id = other.store.database_id
    other.store.close()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("lk3.k")}
    texts: list[str] = []

    def decline(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        return int(QMessageBox.StandardButton.Cancel)

    script = DialogScript(
        choose_file(file, "openFileDialog"),
        expect("passwordPromptDialog", head_password(qtbot)),
        expect("confirmDialog", decline),
    )
    with script.installed():
        page.backup_tab.restore_button.click()
        qtbot.waitUntil(lambda: script.done, timeout=120_000)
    context.lane.wait()
    assert texts[0].startswith("This backup is of ANOTHER database (LK3 Kabupaten Uji Coba, ")
    from lk3_desktop.documents.recovery_card import short_database_id

    assert short_database_id(other_id) in texts[0]
    assert context.session is not None  # still signed in, nothing restored
    assert not list(tmp_path.glob("data.before-restore-*"))
    assert not [p for p in data_dir.parent.iterdir() if p.name.startswith(".data.restore")]
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("lk3.k")} == (
        before
    )


def test_checks_tab_shows_one_line_per_check(page: SettingsPage, qtbot: QtBot) -> None:
    tab = page.checks_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Checks"
    assert "the encryption of every page" in tab.intro.text()
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.summary.isVisibleTo(tab), timeout=60_000)
    lines = [tab.results.item(i).text() for i in range(tab.results.count())]
    assert [line.split(" · ")[1] for line in lines] == [
        "Database key",
        "Encrypted pages",
        "Database structure",
        "Schema version",
        "Audit chain",
        "Role certificates",
        "Attached documents",
        "Recovery card",
    ]
    assert all(line.startswith("OK · ") for line in lines)
    assert lines[-1].startswith("OK · Recovery card · ")
    assert tab.summary.text() == "Every check passed."


def test_checks_tab_with_only_the_recovery_card_due_does_not_advise_a_restore(
    page: SettingsPage, context: AppContext, qtbot: QtBot
) -> None:
    session = context.require_session()
    with session.store.transaction() as s:
        recovery_card.card_due(s, session.store.key(), session.actor.user_id)
    tab = page.checks_tab
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.summary.isVisibleTo(tab), timeout=60_000)
    lines = [tab.results.item(i).text() for i in range(tab.results.count())]
    assert [line for line in lines if not line.startswith("OK · ")] == [
        "PROBLEM · Recovery card · the database key was changed and its new recovery card has "
        "not been printed or saved yet: the head signs in and prints it first"
    ]
    assert "restore" not in tab.summary.text()
    assert "Print recovery card again" in tab.summary.text()


# -- audit trail -------------------------------------------------------------------------------


def test_audit_trail_filters_verifies_and_exports_ids_only(
    page: SettingsPage, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    session = context.require_session()
    settings.set_setting(session, settings.AUTO_LOCK_MINUTES, 12)
    printed = audit_log.chain_head(session)
    settings.set_setting(session, settings.AUTO_LOCK_MINUTES, 13)
    tab = page.audit_tab
    page.show()
    page.tabs.setCurrentWidget(tab)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Audit trail"
    total = audit_log.count(session, audit_log.AuditFilter())
    assert tab.model.rowCount() == total
    assert tab.model.index(0, 2).data() == "Siti Rahmawati (#1)"  # the name on screen only
    assert tab.head_label.text().endswith(audit_log.chain_head(session))

    tab.action_combo.setCurrentIndex(tab.action_combo.findData("setting.changed"))
    tab.apply_button.click()
    assert tab.model.rowCount() == 2
    assert {tab.model.index(r, 3).data() for r in range(2)} == {"setting.changed"}

    tab.expected_head.setText(printed)
    tab.verify_button.click()
    qtbot.waitUntil(lambda: tab.verify_result.isVisibleTo(tab), timeout=30_000)
    assert tab.verify_result.text().startswith("The chain is intact")
    tab.expected_head.setText("ffffffffffffffff")
    tab.verify_button.click()
    qtbot.waitUntil(lambda: "printed earlier" in tab.verify_result.text(), timeout=30_000)

    out = tmp_path / "audit.csv"
    with DialogScript(choose_file(out, "saveFileDialog")).installed():
        tab.export_button.click()
    qtbot.waitUntil(lambda: tab.export_status.isVisibleTo(tab), timeout=30_000)
    text = out.read_text("utf-8")
    assert "Siti" not in text and "kepala" not in text
    assert len(text.strip().splitlines()) == 3  # header and the two filtered rows


def test_audit_trail_is_hidden_from_staff(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    accounts.create_user(
        initialized.session, "dani", "Dani Pratama", Role.STAF, password=COUNSELOR_PASSWORD
    )
    staf = login(data_dir, cred_store, "dani", COUNSELOR_PASSWORD)
    context = make_context(data_dir, cred_store, staf)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        assert not page.tabs.isTabVisible(page.tabs.indexOf(page.audit_tab))
        assert page.audit_tab.model.rowCount() == 0
    finally:
        context.lane.wait()
        staf.store.close()


def test_lazy_model_fetches_pages(head_with_many_entries: UserSession, qtbot: QtBot) -> None:
    model = AuditTableModel()
    model.load(head_with_many_entries, audit_log.AuditFilter())
    assert model.total > PAGE_SIZE
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total
    ids = [int(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)


@pytest.fixture
def head_with_many_entries(head: UserSession) -> UserSession:
    with head.store.transaction() as s:
        for i in range(PAGE_SIZE + 20):
            head.audit(s, "test.entry", "client", i)
    return head
