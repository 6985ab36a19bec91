"""Choosing the report's period: a month, quarter, half-year or year of a year, or a range of
dates (from, to). Last month is chosen at first: the report is usually made just after one."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import reports
from lk3_desktop.services.reports import ReportPeriod
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.style import set_role

YEARS_BACK = 10  # how many past years the year box offers
RANGE = "rentang"
_ROMAN = ("I", "II", "III", "IV")


def _date_edit(name: str, accessible: str, parent: QWidget, value: datetime.date) -> DateEdit:
    edit = DateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate(value.year, value.month, value.day))
    edit.setMinimumWidth(120)
    return edit


def _py(edit: DateEdit) -> datetime.date:
    d = edit.date()
    return datetime.date(d.year(), d.month(), d.day())


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPeriodPicker")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        label = QLabel(self.tr("Period"), self)
        self.kind_box = ComboBox(self)
        self.kind_box.setObjectName("reportKindCombo")
        self.kind_box.setAccessibleName(self.tr("Kind of period"))
        for text, kind in (
            (self.tr("Month"), "bulan"),
            (self.tr("Quarter"), "triwulan"),
            (self.tr("Half-year"), "semester"),
            (self.tr("Year"), "tahun"),
            (self.tr("Range of dates"), RANGE),
        ):
            self.kind_box.addItem(text, kind)
        label.setBuddy(self.kind_box)
        self.number_box = ComboBox(self)
        self.number_box.setObjectName("reportNumberCombo")
        self.number_box.setAccessibleName(self.tr("Which period of the year"))
        self.number_box.setMinimumContentsLength(12)
        self.year_box = ComboBox(self)
        self.year_box.setObjectName("reportYearCombo")
        self.year_box.setAccessibleName(self.tr("Year"))
        today = datetime.date.today()
        for year in range(today.year, today.year - YEARS_BACK, -1):
            self.year_box.addItem(str(year), year)
        self.from_edit = _date_edit(
            "reportFromDate", self.tr("First day"), self, today.replace(day=1)
        )
        self.to_label = QLabel(self.tr("to"), self)
        self.to_edit = _date_edit("reportToDate", self.tr("Last day"), self, today)
        self.span = QLabel(self)
        self.span.setObjectName("reportPeriodSpan")
        self.span.setAccessibleName(self.tr("Dates of the period"))
        set_role(self.span, "muted")
        for widget in (
            label, self.kind_box, self.number_box, self.year_box, self.from_edit,
            self.to_label, self.to_edit,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.span, 1)

        self._fill_numbers()
        self._select_last_month()
        self._show_range_fields()
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for box in (self.number_box, self.year_box):
            box.currentIndexChanged.connect(self._changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._changed)
        self._update_span()

    # -- what is chosen -------------------------------------------------------------------

    def is_range(self) -> bool:
        return bool(self.kind_box.currentData() == RANGE)

    def period(self) -> ReportPeriod:
        """The chosen period; ValidationError for a range that is not one."""
        if self.is_range():
            return reports.range_period(_py(self.from_edit), _py(self.to_edit))
        return reports.period_for(
            str(self.kind_box.currentData()),
            int(self.year_box.currentData()),
            int(self.number_box.currentData() or 1),
        )

    def select_period(self, kind: str, year: int, number: int) -> None:
        """Choose a period as a person would in the three boxes."""
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.number_box.setCurrentIndex(self.number_box.findData(number))

    def select_range(self, start: datetime.date, end: datetime.date) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(RANGE))
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    # -- keeping the boxes consistent -----------------------------------------------------

    def _fill_numbers(self) -> None:
        kind = self.kind_box.currentData()
        self.number_box.blockSignals(True)
        self.number_box.clear()
        if kind == "bulan":
            locale = QLocale()
            for month in range(1, 13):
                self.number_box.addItem(
                    locale.standaloneMonthName(month, QLocale.FormatType.LongFormat), month
                )
        elif kind == "triwulan":
            for n in range(1, 5):
                self.number_box.addItem(self.tr("Quarter %1").replace("%1", _ROMAN[n - 1]), n)
        elif kind == "semester":
            for n in range(1, 3):
                self.number_box.addItem(self.tr("Half %1").replace("%1", _ROMAN[n - 1]), n)
        else:
            self.number_box.addItem(self.tr("Whole year"), 1)
        self.number_box.setEnabled(kind not in ("tahun", RANGE))
        self.number_box.blockSignals(False)

    def _select_last_month(self) -> None:
        today = datetime.date.today()
        last = today.replace(day=1) - datetime.timedelta(days=1)
        self.kind_box.setCurrentIndex(0)
        self.number_box.setCurrentIndex(last.month - 1)
        self.year_box.setCurrentIndex(max(self.year_box.findData(last.year), 0))

    def _show_range_fields(self) -> None:
        ranged = self.is_range()
        self.number_box.setVisible(not ranged)
        self.year_box.setVisible(not ranged)
        for widget in (self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(ranged)

    def _kind_changed(self) -> None:
        self._fill_numbers()
        self._show_range_fields()
        self._changed()

    def _changed(self) -> None:
        self._update_span()
        self.changed.emit()

    def _update_span(self) -> None:
        try:
            period = self.period()
        except ValidationError as exc:
            self.span.setText(exc.message)
            return
        span = f"{format_date_id(period.start)} \u2013 {format_date_id(period.end)}"
        self.span.setText(
            span if period.label.endswith(format_date_id(period.end)) else f"{period.label}: {span}"
        )
