"""The head's red banner on Beranda: a forged audit entry added to the raw file shows, in
Indonesian, what and since when; it stays until the head acknowledges it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from support import tampering
from support.factories import HEAD_PASSWORD, init_database, login, make_vault

from lk3_desktop.core.roles import Role
from lk3_desktop.services import accounts
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import MainWindow

TUTI_PASSWORD = "Jadwal-Pagi-Tuti-2026"


def _forge_an_entry(context: AppContext) -> None:
    head = init_database(context.data_dir, context.credential_store).session
    accounts.create_user(head, "tuti", "Tuti Alawiyah", Role.STAF, password=TUTI_PASSWORD)
    accounts.logout(head)
    unlocked = make_vault(context.data_dir, context.credential_store).unlock("tuti", TUTI_PASSWORD)
    tampering.tamper(
        context.data_dir / "lk3.db", tampering.Insider(unlocked.db_key), "append_forged"
    )


def _open(qtbot: QtBot, context: AppContext) -> MainWindow:
    context.set_session(login(context.data_dir, context.credential_store, "kepala", HEAD_PASSWORD))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview is not None)
    return window


def test_banner_names_the_forged_entry_until_acknowledged(
    qtbot: QtBot, ui_context: AppContext, indonesian: None, tmp_path: Path
) -> None:
    _forge_an_entry(ui_context)
    window = _open(qtbot, ui_context)
    banner = window.findChild(QLabel, "integrityBannerDetails")
    assert banner is not None
    qtbot.waitUntil(banner.isVisible)
    text = banner.text()
    assert "ditambahkan di luar aplikasi" in text and "Terakhir diketahui utuh" in text
    window.grab().save(str(tmp_path / "beranda-banner.png"))

    # Signing in again: the finding was recorded in the trail, the banner is still there.
    window.close()  # signs out
    ui_context.lane.wait()
    window = _open(qtbot, ui_context)
    banner = window.findChild(QLabel, "integrityBannerDetails")
    assert banner is not None
    qtbot.waitUntil(banner.isVisible)
    button = window.findChild(QPushButton, "integrityAcknowledgeButton")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: not banner.isVisible())

    window.close()  # signs out
    ui_context.lane.wait()
    window = _open(qtbot, ui_context)
    banner = window.findChild(QLabel, "integrityBannerDetails")
    assert banner is not None
    ui_context.lane.wait()
    assert not banner.isVisible()


def test_no_banner_for_an_untouched_office_or_for_staff(
    qtbot: QtBot, ui_context: AppContext, indonesian: None
) -> None:
    head = init_database(ui_context.data_dir, ui_context.credential_store).session
    accounts.create_user(head, "tuti", "Tuti Alawiyah", Role.STAF, password=TUTI_PASSWORD)
    accounts.logout(head)
    window = _open(qtbot, ui_context)
    banner = window.findChild(QLabel, "integrityBannerDetails")
    assert banner is not None and not banner.isVisible()
