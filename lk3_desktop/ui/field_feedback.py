"""Small widgets for forms: a message under a field, and a busy indicator.

A validation message sits right under its field, in plain words, and disappears when empty.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from lk3_desktop.core.errors import KnownError
from lk3_desktop.ui.style import MUTED, WARNING_INK

ERROR_COLOR = WARNING_INK  # red stays for risk and destructive acts
HINT_COLOR = MUTED
GOOD_COLOR = "#1f6f43"


class FieldMessage(QLabel):
    """A wrapped line of text under a field; hidden while it has nothing to say."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_COLOR)

    def show_hint(self, text: str) -> None:
        self._show(text, HINT_COLOR)

    def show_good(self, text: str) -> None:
        self._show(text, GOOD_COLOR)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, text: str, color: str) -> None:
        if not text:
            self.clear_message()
            return
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.show()
        QTimer.singleShot(0, self, self._grow_dialog)

    def _grow_dialog(self) -> None:
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            grow_to_fit(window)


class BusyIndicator(QWidget):
    """An endless progress bar with a line saying what is happening; hidden when idle."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)
        self._bar.setTextVisible(False)
        self._bar.setMaximumWidth(160)
        self._bar.setMaximumHeight(14)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        layout.addWidget(self._bar)
        layout.addWidget(self._label, 1)
        self.hide()

    def start(self, text: str) -> None:
        self._label.setText(text)
        self._bar.setAccessibleName(text)
        self.setAccessibleName(text)
        self.show()

    def stop(self) -> None:
        self.hide()


def capped_body(owner: QWidget, max_width: int = 820) -> QVBoxLayout:
    """A column in ``owner`` that grows up to ``max_width`` and stays left: long lines of text
    are hard to read across a wide screen. Returns the column's layout to fill."""
    row = QHBoxLayout(owner)
    body = QWidget(owner)
    body.setMaximumWidth(max_width)
    row.addWidget(body, 1)
    row.addStretch(0)
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    return column


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its content at its current width (never narrower).

    Wrapped messages that appear under fields need more height than the window had; Qt does
    not grow a window for text that wraps, so without this they would be cut off.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def pass_to_crash_handler(exc: BaseException) -> None:
    """A failure that is not a known error is a bug: hand it to the app's crash handler.

    Known errors were already shown as one sentence by the caller and stop here.
    """
    if isinstance(exc, KnownError):
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)
