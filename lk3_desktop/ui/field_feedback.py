"""Small widgets for forms: a message under a field, a status line, and a busy indicator.

A validation message sits right under its field, in plain words, on a line kept for it (so
nothing moves while typing); a status line says what an action led to.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import KnownError
from lk3_desktop.ui.style import MUTED, WARNING_INK

ERROR_COLOR = WARNING_INK  # red stays for risk and destructive acts
HINT_COLOR = MUTED
GOOD_COLOR = "#1f6f43"


class _Message(QLabel):
    """Plain text in the colour of what it says: an error, a hint, or good news."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._color = HINT_COLOR
        self._sheet_color: str | None = None  # the colour its style sheet gives
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_COLOR)

    def show_hint(self, text: str) -> None:
        self._show(text, HINT_COLOR)

    def show_good(self, text: str) -> None:
        self._show(text, GOOD_COLOR)

    def clear_message(self) -> None:
        if self.text():
            self.setText("")
        if not self.isHidden():
            self.hide()

    def _show(self, text: str, color: str) -> None:
        if not text:
            self.clear_message()
            return
        self._color = color
        if color != self._sheet_color:
            # a style sheet is parsed and the label polished again each time it is set
            # (a client's form shows a dozen messages on opening: benchmarks client_page)
            self._sheet_color = color
            self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()


class FieldMessage(_Message):
    """The line under a field: a hint while typing ("Usia: 38"), an error, or good news.

    Its room is kept whether or not it has something to say (hidden, it keeps its size), so a
    message appearing never pushes the next field down under a click aimed at it. It is
    ``lines`` lines high: a longer text ends in "…" and reads in full as its tooltip.
    """

    def __init__(
        self,
        object_name: str,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        lines: int = 1,
    ):
        super().__init__(object_name, accessible_name, parent)
        self._lines = lines
        self._shown_text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        # never wider than a field because of a long message; always as high as its lines
        return QSize(0, self.fontMetrics().lineSpacing() * self._lines)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def setText(self, text: str) -> None:
        super().setText(" ".join(text.split()))
        self._fit()

    def is_elided(self) -> bool:
        """True when the message is longer than its lines and shows cut off."""
        return self._shown_text != self.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QColor(self._color))
        painter.drawText(self.contentsRect(), self._flags(), self._shown_text)

    @staticmethod
    def _flags() -> int:
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )

    def _fits(self, text: str) -> bool:
        rect = self.contentsRect()
        needed = self.fontMetrics().boundingRect(
            rect.x(), 0, rect.width(), 10**6, self._flags(), text
        )
        return needed.height() <= rect.height() and needed.width() <= rect.width()

    def _fit(self) -> None:
        """The longest start of the text, in whole words and ending in "…", that fits."""
        text = self.text()
        if not text or self.contentsRect().width() <= 0 or self._fits(text):
            self._shown_text = text
        else:
            words = text.split(" ")
            low, high = 0, len(words) - 1  # how many words fit before the "…"
            while low < high:
                middle = (low + high + 1) // 2
                if self._fits(" ".join(words[:middle]) + "…"):
                    low = middle
                else:
                    high = middle - 1
            shown = " ".join(words[:low]) + "…"
            if not self._fits(shown):  # one word longer than a line
                shown = self.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, self.contentsRect().width()
                )
            self._shown_text = shown
        self.setToolTip(text if self.is_elided() else "")
        self.update()


class StatusMessage(_Message):
    """What an action led to (saved, checked, refused), under the part that did it.

    It wraps to as many lines as it needs and takes no room while it has nothing to say: it
    answers a click, so nobody is typing into a field below it when it appears.
    """

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(object_name, accessible_name, parent)
        self.setWordWrap(True)

    def _show(self, text: str, color: str) -> None:
        super()._show(text, color)
        if text:
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
