"""A checkable answer button whose text wraps onto more lines instead of being cut off.

QPushButton paints its text on one line and clips it when the button is narrower (the long
DASS-21 answers at 1366x768). This button leaves its own text empty and holds a word-wrapping
label; its height follows the width (height-for-width), so the whole answer is always shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from lk3_desktop.ui.style import ACCENT

ANSWER_STYLE = (
    'QPushButton[answer="true"] { text-align: left; padding: 0; }'
    f'QPushButton[answer="true"]:checked {{ background: {ACCENT}; border: 1px solid {ACCENT}; }}'
    'QLabel[answerChecked="true"] { color: white; font-weight: 600; background: transparent; }'
    'QLabel[answerChecked="false"] { background: transparent; }'
)
# The narrowest the button becomes: a few words per line still read well.
MIN_WIDTH = 160


class AnswerButton(QPushButton):
    """One answer of a screening item: checkable, the full text always visible."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("answer", True)
        self.setCheckable(True)
        self.setStyleSheet(ANSWER_STYLE)
        self.label = QLabel(text, self)
        self.label.setObjectName("answerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setProperty("answerChecked", False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)
        self.toggled.connect(self._paint_checked)

    def shown_text(self) -> str:
        """The answer as the person reads it (the button's own text stays empty)."""
        return self.label.text()

    def _paint_checked(self, checked: bool) -> None:
        self.label.setProperty("answerChecked", checked)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return layout.totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        # As wide as the text on one line (QLabel's own hint would wrap it early).
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        width = (
            self.label.fontMetrics().horizontalAdvance(self.label.text())
            + margins.left()
            + margins.right()
            + 4
        )
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # The height a given width needs comes from heightForWidth; the minimum is one line.
        layout = self.layout()
        assert layout is not None
        return QSize(min(MIN_WIDTH, self.sizeHint().width()), layout.totalMinimumSize().height())
