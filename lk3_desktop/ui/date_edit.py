"""The app's date fields for dates picked from a calendar or typed section by section.

Every date field of the app is one of these and shows one typing style, the one the
registration form's birth date uses: 17-12-2026 (and 17-12-2026 09.30 with a time).

Qt's QDateEdit only replaces a section (day, month, year) while that section is selected;
after a click the caret merely sits in it, so typing "14" after the "17" of 17-12-2026
keeps 17 (each digit makes a day that cannot be, and is dropped). Here a click or a Tab
into the field selects the section, so what is typed replaces it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

DATE_ENTRY: Final = "dd-MM-yyyy"
DATETIME_ENTRY: Final = "dd-MM-yyyy HH.mm"


def _select_section(edit: QDateTimeEdit) -> None:
    line = edit.lineEdit()
    if line is None or line.hasSelectedText():
        return  # a selection made by dragging stays
    section = edit.currentSection()
    if section == QDateTimeEdit.Section.NoSection:
        section = edit.sectionAt(0)
    edit.setSelectedSection(section)


class DateEdit(QDateEdit):
    """A QDateEdit in the app's style that selects the section under the caret when clicked
    or entered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_ENTRY)
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
        _select_section(self)


class DateTimeEdit(QDateTimeEdit):
    """The same for a date with its time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATETIME_ENTRY)
        line = self.lineEdit()
        assert line is not None
        line.installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self._select_section)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, self._select_section)
        return super().eventFilter(watched, event)

    def _select_section(self) -> None:
        _select_section(self)
