"""Small pieces the session note editor's parts share: date/time conversion between Python and
Qt, a multi-line text field of a fixed height and the fixed-width row label."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

TEXT_LINES = 5
LABEL_WIDTH = 150


def to_qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> datetime.date:
    return datetime.date(day.year(), day.month(), day.day())


def to_qtime(moment: datetime.time) -> QTime:
    return QTime(moment.hour, moment.minute)


def from_qtime(moment: QTime) -> datetime.time:
    return datetime.time(moment.hour(), moment.minute())


def text_box(
    parent: QWidget, name: str, accessible: str, lines: int = TEXT_LINES
) -> QPlainTextEdit:
    """A multi-line field about ``lines`` tall; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def field_label(text: str, parent: QWidget) -> QLabel:
    """The label of one form row: wraps, fixed width so every row's field starts at one x."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setFixedWidth(LABEL_WIDTH)
    return label
