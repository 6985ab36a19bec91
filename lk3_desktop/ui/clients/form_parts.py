"""Small parts the client forms share: labelled rows, a typed date field, chips, a flow layout."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from lk3_desktop.ui import forms
from lk3_desktop.ui.dates import date_text
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
    """ "17 Agu 1985", as every date is written for people (ui/dates)."""
    return date_text(value)


def stack(parent: QWidget, *widgets: QWidget, spacing: int = 1) -> QWidget:
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
    form.setVerticalSpacing(4)  # each field keeps a line under it for its message
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
        # the whole date stays readable however little room the row leaves
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 14)
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


class ChipLine(QWidget):
    """Chips side by side on one line of fixed height; those that do not fit are summed up
    in a last "+N" chip whose tooltip names them. Its height never depends on the chips, so
    what lies below (the client's tabs) stays in place from one client to the next."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._chips: list[Chip] = []
        self._more = Chip("", self)
        self._more.setObjectName("moreChips")
        self._more.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        widths = [chip.sizeHint().width() + self._spacing for chip in self._chips]
        return QSize(sum(widths), self._line_height())  # a gap after the last chip too

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._line_height())

    def _line_height(self) -> int:
        return self._more.sizeHint().height()

    def set_chips(self, chips: list[tuple[str, str]]) -> None:
        """Show one chip per (text, tooltip), in order."""
        for chip in self._chips:
            chip.hide()
            chip.deleteLater()
        self._chips = [Chip(text, self, tooltip) for text, tooltip in chips]
        self.updateGeometry()
        self._arrange()

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def hidden_count(self) -> int:
        """How many chips the "+N" chip stands for."""
        return sum(1 for chip in self._chips if chip.isHidden())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        width = self.width()
        height = self._line_height()
        x = 0
        shown = 0
        for index, chip in enumerate(self._chips):
            hint = chip.sizeHint()
            rest = len(self._chips) - index - 1
            room = width - (self._more_width(rest) + self._spacing if rest else 0)
            if x + hint.width() > room:
                break
            chip.setGeometry(QRect(QPoint(x, (height - hint.height()) // 2), hint))
            chip.show()
            x += hint.width() + self._spacing
            shown += 1
        hidden = self._chips[shown:]
        for chip in hidden:
            chip.hide()
        if hidden:
            self._more.setText(f"+{len(hidden)}")
            self._more.setToolTip("\n".join(chip.toolTip() or chip.text() for chip in hidden))
            self._more.setAccessibleName(self._more.toolTip())
            hint = self._more.sizeHint()
            self._more.setGeometry(QRect(QPoint(x, (height - hint.height()) // 2), hint))
            self._more.show()
        else:
            self._more.hide()

    def _more_width(self, count: int) -> int:
        self._more.setText(f"+{count}")
        return self._more.sizeHint().width()


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget
