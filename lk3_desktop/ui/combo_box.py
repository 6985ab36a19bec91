"""The app's drop-down list: as wide as its longest entry where there is room, and where
there is not, the shown entry ends in "…" with the whole entry as tooltip; the opened list
is always wide enough to read every entry.

A plain QComboBox let a layout squeeze it until "DASS-21 — Skala Depresi, Kecem" was cut
without a mark.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

MIN_SQUEEZED = 200  # a layout short of room may make it this narrow (then it elides)
ARROW_ROOM = 34  # the drop-down arrow and the frame


class ComboBox(QComboBox):
    """A QComboBox that never cuts its text silently."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_tip = ""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _i: self._update_tooltip())

    def minimumSizeHint(self) -> QSize:
        full = self.sizeHint()
        return QSize(min(full.width(), MIN_SQUEEZED), full.height())

    def showPopup(self) -> None:
        view = self.view()
        widest = max(
            (self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        view.setMinimumWidth(widest + ARROW_ROOM)
        super().showPopup()

    def is_elided(self) -> bool:
        """True when the shown entry does not fit and ends in "…"."""
        return self.fontMetrics().horizontalAdvance(self.currentText()) > self._text_room()

    def _text_room(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return rect.width() - 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def setToolTip(self, text: str) -> None:
        """The app's own tooltip; the whole entry is put above it while the entry is cut."""
        self._own_tip = text
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        parts = [self.currentText()] if self.is_elided() else []
        if self._own_tip:
            parts.append(self._own_tip)
        super().setToolTip("\n".join(parts))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, self._text_room()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
