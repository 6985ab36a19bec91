"""The app's date field for dates picked from a calendar or typed section by section.

Qt's QDateEdit only replaces a section (day, month, year) while that section is selected;
after a click the caret merely sits in it, so typing "14" after the "17" of 17/12/2026
keeps 17 (each digit makes a day that cannot be, and is dropped). Here a click or a Tab
into the field selects the section, so what is typed replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class DateEdit(QDateEdit):
    """A QDateEdit that selects the section under the caret when clicked or entered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = self.lineEdit()
        assert line is not None
        line.installEventFilter(self)  # clicks land on the text field inside

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self._select_section)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, self._select_section)
        return super().eventFilter(watched, event)

    def _select_section(self) -> None:
        line = self.lineEdit()
        if line is None or line.hasSelectedText():
            return  # a selection made by dragging stays
        section = self.currentSection()
        if section == QDateTimeEdit.Section.NoSection:
            section = self.sectionAt(0)
        self.setSelectedSection(section)
