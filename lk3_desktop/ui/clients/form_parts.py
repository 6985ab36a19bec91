"""Small parts the client forms share: labelled rows, a typed date field, chips, a flow layout."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from lk3_desktop.ui import forms
from lk3_desktop.ui.style import ACCENT, LINE, WARNING_INK

_DATE_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DATE_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> datetime.date | None:
    """A date written day-month-year ("17-08-1985", "17/8/1985", "17081985") or ISO.

    Returns None for empty text; raises ValueError when the text is no real date.
    """
    if not text.strip():
        return None
    match = _DATE_SEPARATED.match(text) or _DATE_DIGITS.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        iso = _DATE_ISO.match(text)
        if not iso:
            raise ValueError(text)
        year, month, day = (int(g) for g in iso.groups())
    return datetime.date(year, month, day)


def format_date(value: datetime.date | None) -> str:
    """ "17-08-1985": how dates are written in the forms."""
    return value.strftime("%d-%m-%Y") if value else ""


def long_date(value: datetime.date | None) -> str:
    """ "17 Agustus 1985" style, in the interface language (for tables and headers)."""
    if value is None:
        return ""
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def stack(parent: QWidget, *widgets: QWidget, spacing: int = 3) -> QWidget:
    """Widgets one under another with no margins: a field and the message under it."""
    holder = QWidget(parent)
    # a field and its message never take more height than they need: extra room in a dialog
    # goes below the form, not between its rows
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(spacing)
    for widget in widgets:
        column.addWidget(widget)
    return holder


def row(parent: QWidget, *widgets: QWidget, stretch_last: bool = False) -> QWidget:
    """Widgets side by side with no margins."""
    holder = QWidget(parent)
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(8)
    for widget in widgets:
        line.addWidget(widget)
    if not stretch_last:
        line.addStretch(1)
    return holder


def form_layout() -> QFormLayout:
    """The app's form layout, a little tighter between label and field for the client page."""
    form = forms.form_layout()
    form.setHorizontalSpacing(14)
    return form


def field_label(text: str, buddy: QWidget, required: bool = False) -> QLabel:
    """A form label; a required field's label ends in a marked asterisk."""
    label = QLabel(buddy.parentWidget())
    if required:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'{_escape(text)} <span style="color:{WARNING_INK}">*</span>')
        label.setAccessibleName(
            QCoreApplication.translate("ClientForms", "%1 (required)").replace("%1", text)
        )
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setAccessibleName(text)
    label.setBuddy(buddy)
    # as tall as one line of input, text centred on it: a label sits level with the first
    # line of its field even when the field is a tall text box or list
    one_line = QLineEdit().sizeHint().height()
    label.setMinimumHeight(min(buddy.sizeHint().height(), one_line))
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DateField(QWidget):
    """A date typed as day-month-year, with a calendar button; may stay empty."""

    changed = Signal()

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{object_name}Text")
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(QCoreApplication.translate("ClientForms", "dd-mm-yyyy"))
        self.edit.setMaxLength(10)
        self.edit.setMaximumWidth(150)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.button = QToolButton(self)
        self.button.setObjectName(f"{object_name}Calendar")
        self.button.setText("…")
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setToolTip(QCoreApplication.translate("ClientForms", "Choose from a calendar"))
        self.button.setAccessibleName(
            QCoreApplication.translate("ClientForms", "Choose from a calendar")
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setObjectName(f"{object_name}CalendarWidget")
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self._menu = menu
        self.calendar.clicked.connect(self._picked)
        self.button.setMenu(menu)
        line.addWidget(self.edit)
        line.addWidget(self.button)
        line.addStretch(1)
        self.setFocusProxy(self.edit)

    def _prepare_calendar(self) -> None:
        try:
            value = self.date()
        except ValueError:
            value = None
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, date: QDate) -> None:
        self.set_date(datetime.date(date.year(), date.month(), date.day()))
        self._menu.hide()

    def text(self) -> str:
        return self.edit.text()

    def date(self) -> datetime.date | None:
        """The typed date, None when empty; ValueError when it is no date."""
        return parse_date(self.edit.text())

    def set_date(self, value: datetime.date | None) -> None:
        self.edit.setText(format_date(value))


class Chip(QLabel):
    """A short label in a rounded box (a PMKS category in the client header)."""

    def __init__(self, text: str, parent: QWidget | None = None, tooltip: str = "") -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            f"QLabel {{ border: 1px solid {LINE}; border-radius: 9px; padding: 1px 8px;"
            f" background: #eef3f8; color: {ACCENT}; }}"
        )
        if tooltip:
            self.setToolTip(tooltip)
        self.setAccessibleName(tooltip or text)


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()

    def clear(self) -> None:
        """Remove and delete every widget in the layout."""
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget
