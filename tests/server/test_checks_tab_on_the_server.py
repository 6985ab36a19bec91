"""The Checks tab (Pengaturan > Pemeriksaan) on a workstation of an office server: the same
checks as ``lk3-desktop check`` there, asked over the head's own connection, which stays open
for the rest of the session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lk3_desktop.db.models import User
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


def test_checks_tab_asks_the_server_and_the_session_goes_on(
    context: AppContext, qtbot: QtBot
) -> None:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(QSize(1100, 600))
    page.show()
    tab = page.checks_tab
    page.tabs.setCurrentWidget(tab)
    assert "on the office server" in tab.intro.text()
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.summary.isVisibleTo(tab), timeout=60_000)
    lines = [tab.results.item(i).text() for i in range(tab.results.count())]
    names = [line.split(" · ")[1] for line in lines]
    assert names[0] == "Office server"
    assert {"Schema version", "Audit chain", "Row security", "Recovery card on the server"} <= set(
        names
    )
    assert all(line.startswith("OK · ") for line in lines), lines
    assert tab.summary.text() == "Every check passed."
    # A long line wraps inside the list instead of needing a sideways scroll.
    assert tab.results.horizontalScrollBar().maximum() == 0
    # The check used the session's own connection and left it open.
    session = context.require_session()
    with session.store.transaction() as s:
        assert s.execute(select(func.count()).select_from(User)).scalar_one() >= 1
