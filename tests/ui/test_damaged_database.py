"""A damaged database file at sign-in (truncated, or overwritten with junk): the sign-in window
says so and offers to restore a backup with the password just typed; it names the chosen
backup (center, date, schema, database id, file, audit chain head) before restoring, then
signs in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD, init_database
from support.ui_settings import DialogScript, accept, expect, reject
from ui_helpers import ModalLog

from lk3_desktop.documents.recovery_card import short_database_id
from lk3_desktop.services import backup
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import datetime_text
from lk3_desktop.ui.login_window import LoginWindow


def _damage(db: Path, how: str) -> None:
    if how in ("truncated", "empty"):
        with open(db, "r+b") as fh:
            fh.truncate(db.stat().st_size // 3 if how == "truncated" else 0)
    else:
        db.write_bytes(b"\x17junk, not a database" * 500)


@pytest.fixture
def saved(ui_context: AppContext, tmp_path: Path) -> Path:
    """A new database, backed up; the test then damages its live file."""
    result = init_database(ui_context.data_dir, ui_context.credential_store)
    session = result.session
    target = tmp_path / "cadangan" / "kantor.lk3backup"
    try:
        backup.back_up(session, target)
    finally:
        session.store.close()
    return target


@pytest.fixture
def window(qtbot: QtBot, ui_context: AppContext) -> LoginWindow:
    window = LoginWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sign_in(qtbot: QtBot, window: LoginWindow) -> None:
    user = window.findChild(QLineEdit, "usernameField")
    pw = window.findChild(QLineEdit, "passwordField")
    button = window.findChild(QPushButton, "loginButton")
    assert user is not None and pw is not None and button is not None
    qtbot.keyClicks(user, "kepala")
    qtbot.keyClicks(pw, HEAD_PASSWORD)
    button.click()


def _choose(path: Path) -> Callable[[QDialog], int]:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        return int(QDialog.DialogCode.Accepted)

    return expect("openFileDialog", handler)


def _named(texts: list[str]) -> Callable[[QDialog], int]:
    """The restore confirmation: it must name the backup before anything is restored."""

    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        return accept(dialog)

    return expect("confirmDialog", handler)


@pytest.mark.parametrize("how", ["truncated", "empty", "junk"])
def test_restoring_a_backup_signs_in(
    qtbot: QtBot, window: LoginWindow, ui_context: AppContext, saved: Path, how: str
) -> None:
    _damage(ui_context.data_dir / "lk3.db", how)
    info = backup.describe_backup(saved)
    texts: list[str] = []
    restored_when_asked: list[bool] = []

    def offered(dialog: QDialog) -> int:
        texts.append(dialog.windowTitle())
        return accept(dialog)

    def named(dialog: QDialog) -> int:
        # Nothing may be moved aside while the person is still deciding.
        restored_when_asked.append(bool(list(ui_context.data_dir.parent.glob("data.before-*"))))
        return _named(texts)(dialog)

    script = DialogScript(
        expect("confirmDialog", offered),
        _choose(saved),
        named,
        expect("informDialog", accept),
    )
    signed: list[bool] = []
    window.signed_in.connect(lambda: signed.append(True))
    with script.installed():
        _sign_in(qtbot, window)
        qtbot.waitUntil(lambda: bool(signed), timeout=30_000)
    assert script.done and texts[0] == "The database is damaged"
    assert restored_when_asked == [False]
    summary = texts[1]
    made = datetime_text(info.created_at)
    assert info.center_name == ""  # the file itself names no one
    assert "Center: LK3 Kabupaten Uji Coba" in summary  # read from it once unlocked
    assert f"Backup made on: {made}" in summary
    assert f"Schema version: {info.schema_revision}" in summary and info.schema_revision
    assert f"Database id: {short_database_id(info.database_id)}" in summary
    assert f"File: {saved.name}" in summary
    assert f"Audit chain head: {info.audit_head}" in summary and len(info.audit_head) == 16
    assert "damaged database is replaced" in summary
    session = ui_context.require_session()
    assert session.actor.username == "kepala"
    asides = list(ui_context.data_dir.parent.glob("data.before-restore-*"))
    assert len(asides) == 1 and (asides[0] / "lk3.db").is_file()


def test_declining_the_named_backup_restores_nothing(
    qtbot: QtBot, window: LoginWindow, ui_context: AppContext, saved: Path
) -> None:
    _damage(ui_context.data_dir / "lk3.db", "junk")
    damaged = (ui_context.data_dir / "lk3.db").read_bytes()
    script = DialogScript(
        expect("confirmDialog", accept), _choose(saved), expect("confirmDialog", reject)
    )
    with script.installed():
        _sign_in(qtbot, window)
        qtbot.waitUntil(lambda: script.done and not window._busy, timeout=30_000)
        qtbot.wait(50)
    assert ui_context.session is None
    assert window.error.isVisibleTo(window) and window.error.text()
    assert (ui_context.data_dir / "lk3.db").read_bytes() == damaged
    assert not list(ui_context.data_dir.parent.glob("data.before-restore-*"))


def test_declining_leaves_a_clear_error_and_no_crash(
    qtbot: QtBot, window: LoginWindow, ui_context: AppContext, saved: Path, modal_log: ModalLog
) -> None:
    _damage(ui_context.data_dir / "lk3.db", "truncated")
    with DialogScript(expect("confirmDialog", reject)).installed():
        _sign_in(qtbot, window)
        qtbot.waitUntil(lambda: not window._busy and window.error.isVisibleTo(window))
    error = window.findChild(QLabel, "loginError")
    assert error is not None and error.text()
    assert ui_context.session is None
    assert not list(ui_context.data_dir.parent.glob("data.before-restore-*"))


def test_a_damaged_backup_is_refused_in_one_sentence(
    qtbot: QtBot, window: LoginWindow, ui_context: AppContext, saved: Path, tmp_path: Path
) -> None:
    _damage(ui_context.data_dir / "lk3.db", "junk")
    bad = tmp_path / "rusak.lk3backup"
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    with DialogScript(expect("confirmDialog", accept), _choose(bad)).installed():
        _sign_in(qtbot, window)
        qtbot.waitUntil(lambda: window.error.isVisibleTo(window) and not window._busy)
        qtbot.wait(50)
    assert ui_context.session is None
    assert window.error.text()
    assert not list(ui_context.data_dir.parent.glob("data.before-restore-*"))
