"""Bantuan: F1 opens the guide of the page at hand; every shortcut of the app is listed, named
and visible in a menu; the guides exist in Indonesian and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from test_main_window import open_main_window
from ui_helpers import ModalLog

from lk3_desktop.ui.clients.client_page import ASSESSMENT_TAB, SESSION_TAB
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.help import (
    HELP_FOLDER,
    HelpDialog,
    ShortcutsDialog,
    help_text,
    topics,
    undescribed_shortcuts,
)
from lk3_desktop.ui.main_window import NAV_KEYS, MainWindow


@pytest.fixture
def window(qtbot: QtBot, signed_in: AppContext, indonesian: None) -> MainWindow:
    return open_main_window(qtbot, signed_in)


def _f1(qtbot: QtBot, window: MainWindow, modal_log: ModalLog) -> HelpDialog:
    seen: list[HelpDialog] = []

    def read(dialog: QDialog) -> int:
        assert isinstance(dialog, HelpDialog)
        seen.append(dialog)
        return int(QDialog.DialogCode.Accepted)

    modal_log.respond = read
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen, "F1 opened no help"
    return seen[-1]


def test_f1_opens_the_guide_of_the_page_at_hand(
    window: MainWindow, qtbot: QtBot, modal_log: ModalLog
) -> None:
    for index, key in enumerate(NAV_KEYS):
        window.show_page(index)
        dialog = _f1(qtbot, window, modal_log)
        assert dialog.topic == key
        heading = help_text(key, "id").splitlines()[0].lstrip("# ")
        assert heading in dialog.text.toPlainText()
    # on Klien: the form while registering, the tab of a client's page
    window.show_page(NAV_KEYS.index("klien"))
    clients = window.clients_page
    clients.new_client()
    window._context.lane.wait()
    qtbot.waitUntil(lambda: clients.currentWidget() is clients.registration, timeout=10_000)
    assert _f1(qtbot, window, modal_log).topic == "klien-baru"
    page = clients.client_page
    clients.setCurrentWidget(page)
    for tab, topic in ((ASSESSMENT_TAB, "asesmen"), (SESSION_TAB, "sesi"), (0, "klien-halaman")):
        page.tabs.setCurrentIndex(tab)
        assert _f1(qtbot, window, modal_log).topic == topic


def test_every_guide_exists_in_both_languages() -> None:
    found = topics()
    assert set(NAV_KEYS) | {"klien-baru", "klien-halaman", "asesmen", "sesi"} <= set(found)
    for topic in found:
        for language in ("id", "en"):
            path: Path = HELP_FOLDER / f"{topic}.{language}.md"
            assert path.is_file(), path
            assert path.read_text(encoding="utf-8").startswith("# ")


def test_every_shortcut_is_listed_named_and_in_a_menu(
    window: MainWindow, qtbot: QtBot, modal_log: ModalLog
) -> None:
    assert undescribed_shortcuts(window) == []  # every shortcut has words for the list
    shown: list[ShortcutsDialog] = []

    def read(dialog: QDialog) -> int:
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog)
        return int(QDialog.DialogCode.Accepted)

    modal_log.respond = read
    window.shortcuts_action.trigger()
    keys = set(shown[0].keys())
    expected = {f"Ctrl+{n}" for n in range(1, 7)} | {"Ctrl+K", "Ctrl+F", "Ctrl+L", "Ctrl+Q"}
    assert expected | {"F1", "Ctrl+N", "Ctrl+S"} <= keys, keys
    # an action's shortcut is seen in a menu: every window action with one sits in a menu
    in_menus = {
        action
        for menu_action in window.menuBar().actions()
        if menu_action.menu() is not None
        for action in menu_action.menu().actions()
    }
    missing = [
        a.text()
        for a in window.findChildren(QAction)
        if a.shortcuts() and a.parent() is window and a not in in_menus
    ]
    assert missing == []
