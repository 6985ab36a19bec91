"""The preload of what comes after Enter waits until the sign-in window is on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lk3_desktop.ui.preload import after_first_paint


def test_the_callback_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QLabel("Masuk")
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    widget.repaint()
    widget.hide()
    widget.show()
    qtbot.wait(50)
    assert calls == [True]
