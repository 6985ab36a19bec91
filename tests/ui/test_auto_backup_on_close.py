"""The automatic backup when the main window closes or the person signs out: a verified file
in the head's folder before the database closes; a failure is one sentence and the window
closes anyway; the head sets it up in Settings > Backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from support.ui_settings import DialogScript, expect, temp_ui_settings
from ui_helpers import ModalLog

from lk3_desktop.db import backup as archive
from lk3_desktop.services import backup
from lk3_desktop.ui import auto_backup
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import MainWindow
from lk3_desktop.ui.settings import SettingsPage, general_tab


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))


def open_main_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview is not None)
    return window


def _auto_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if backup.AUTO_NAME.match(p.name))


def _progress_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    original = auto_backup.AutoBackupProgress.show

    def show(self: auto_backup.AutoBackupProgress) -> None:
        shown.append(self.label.text())
        original(self)

    monkeypatch.setattr(auto_backup.AutoBackupProgress, "show", show)
    return shown


def test_closing_leaves_a_verified_backup(
    qtbot: QtBot,
    signed_in: AppContext,
    tmp_path: Path,
    modal_log: ModalLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = signed_in.require_session()
    folder = tmp_path / "otomatis"
    folder.mkdir()
    (folder / "lk3-auto-20200101T000000Z.lk3backup").write_bytes(b"old")
    (folder / "surat.pdf").write_bytes(b"mine")
    backup.set_auto_backup(session, str(folder), 1)
    key = session.store.key()
    shown = _progress_shown(monkeypatch)
    window = open_main_window(qtbot, signed_in)
    window.close()
    signed_in.lane.wait()
    assert signed_in.session is None
    assert shown == ["Making an automatic backup…"]
    files = _auto_files(folder)
    assert len(files) == 1 and files[0].name != "lk3-auto-20200101T000000Z.lk3backup"
    assert (folder / "surat.pdf").read_bytes() == b"mine"
    manifest = archive.verify_backup(files[0], [key], tmp_path / "periksa")
    assert manifest.database_id == session.store.database_id
    assert modal_log.names() == []


def test_a_failed_backup_is_told_and_the_window_still_closes(
    qtbot: QtBot, signed_in: AppContext, tmp_path: Path, modal_log: ModalLog
) -> None:
    session = signed_in.require_session()
    gone = tmp_path / "flashdisk"
    backup.set_auto_backup(session, str(gone), 5)
    window = open_main_window(qtbot, signed_in)
    window.close()
    signed_in.lane.wait()
    assert signed_in.session is None and not window.isVisible()
    assert modal_log.names() == ["warningDialog"]
    assert len(modal_log.texts) == 1 and modal_log.texts[0]
    assert not gone.exists()


def test_off_makes_no_backup_and_shows_nothing(
    qtbot: QtBot,
    signed_in: AppContext,
    tmp_path: Path,
    modal_log: ModalLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = _progress_shown(monkeypatch)
    window = open_main_window(qtbot, signed_in)
    window.close()
    signed_in.lane.wait()
    assert shown == [] and modal_log.names() == []


def test_signing_out_backs_up_first(qtbot: QtBot, signed_in: AppContext, tmp_path: Path) -> None:
    session = signed_in.require_session()
    folder = tmp_path / "otomatis"
    folder.mkdir()
    backup.set_auto_backup(session, str(folder), 5)
    window = open_main_window(qtbot, signed_in)
    with qtbot.waitSignal(window.signed_out, timeout=30_000):
        window.sign_out()
    assert len(_auto_files(folder)) == 1
    backup.describe_backup(_auto_files(folder)[0])


def choose_folder(path: Path) -> Callable[[QDialog], int]:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        return int(QDialog.DialogCode.Accepted)

    return expect("folderDialog", handler)


def test_the_head_sets_it_up_in_the_backup_tab(
    qtbot: QtBot, signed_in: AppContext, tmp_path: Path
) -> None:
    page = SettingsPage(signed_in)
    qtbot.addWidget(page)
    tab = page.backup_tab
    session = signed_in.require_session()
    assert tab.auto_folder.text() == "" and tab.auto_keep.value() == 5
    assert not tab.auto_save.isEnabled()
    folder = tmp_path / "otomatis"
    folder.mkdir()
    with DialogScript(choose_folder(folder)).installed():
        tab.auto_choose.click()
    assert Path(tab.auto_folder.text()) == folder
    tab.auto_keep.setValue(3)
    assert tab.auto_save.isEnabled()
    tab.auto_save.click()
    assert backup.auto_backup_settings(session) == backup.AutoBackupSettings(str(folder), 3)
    assert tab.auto_status.isVisibleTo(tab) and not tab.auto_save.isEnabled()
    tab.auto_off.click()
    tab.auto_save.click()
    assert backup.auto_backup_settings(session).folder == ""
