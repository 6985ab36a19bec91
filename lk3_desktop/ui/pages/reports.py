"""Laporan: the periodic activity report the head sends to the social affairs office (Dinas
Sosial). Choose a month, quarter, half-year or year; the counts appear in the page, with the
audit chain head the PDF prints on every page; save the PDF or print it.

Counts are built on the lane (they grow with the records). Saving and printing fetch the PDF
through the service, which writes the audit entry with the period and the head printed.
Other roles see one sentence: the service refuses them anyway.
"""

from __future__ import annotations

import datetime
import errno
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import KnownError
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import reports
from lk3_desktop.services.reports import PeriodicReport, ReportPeriod, ReportTable
from lk3_desktop.ui import dialogs, pdf_printing
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns

ModelIndex = QModelIndex | QPersistentModelIndex
YEARS_BACK = 10  # how many past years the year box offers
_ROMAN = ("I", "II", "III", "IV")


def may_make_reports(context: AppContext) -> bool:
    """Whether to offer the report at all (the service checks again)."""
    session = context.session
    if session is None:
        return False
    role = session.actor.role
    return allowed(role, Permission.VIEW_CLINICAL_ALL) and allowed(role, Permission.READ_AUDIT)


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    return pdf_printing.ask_printer(
        parent,
        QCoreApplication.translate("ReportsPage", "Periodic report"),
        QCoreApplication.translate("ReportsPage", "Print the periodic report"),
        "reportPrintDialog",
    )


class ReportTableModel(QAbstractTableModel):
    """One table of the report: No., the row label, its counts, and the total row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> ReportTable | None:
        return self._table

    def _has_total(self) -> bool:
        return self._table is not None and self._table.totals is not None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows) + (1 if self._has_total() else 0)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return 2 + len(self._table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        table = self._table
        if table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return "No."
        if section == 1:
            return table.row_header
        return table.columns[section - 2]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        total = row == len(table.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                assert table.totals is not None
                if column == 0:
                    return ""
                if column == 1:
                    return "Jumlah"
                return QLocale().toString(table.totals[column - 2])
            if column == 0:
                return f"{row + 1}."
            if column == 1:
                return table.rows[row].label
            return QLocale().toString(table.rows[row].values[column - 2])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _summary_table(report: PeriodicReport) -> ReportTable:
    return ReportTable(
        "summary",
        "Ringkasan",
        "Uraian",
        ("Jumlah",),
        tuple(reports.ReportRow(label, (n,)) for label, n in report.summary),
    )


class ReportsPage(QWidget):
    report_shown = Signal(object)  # PeriodicReport
    saved = Signal(object)  # Path
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("reportsPage")
        self.setAccessibleName(self.tr("Reports"))
        self.report: PeriodicReport | None = None
        self._dirty = True
        self._busy = False
        # Replaceable by tests: (parent) -> printer, or None when the person cancels.
        self.ask_printer: Callable[[QWidget | None], QPrinter | None] = ask_printer

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("Periodic report"), self)
        self.title.setObjectName("reportsTitle")
        set_role(self.title, "title")
        layout.addWidget(self.title)

        self.allowed = may_make_reports(context)
        if not self.allowed:
            self.head_only = QLabel(
                self.tr(
                    "Only the head of the center makes the periodic report for the social "
                    "affairs office (Dinas Sosial)."
                ),
                self,
            )
            self.head_only.setObjectName("reportsHeadOnly")
            self.head_only.setAccessibleName(self.tr("Periodic report"))
            self.head_only.setWordWrap(True)
            set_role(self.head_only, "subtitle")
            layout.addWidget(self.head_only)
            layout.addStretch(1)
            return
        self._build(layout)

    # -- building ---------------------------------------------------------------------------

    def _build(self, layout: QVBoxLayout) -> None:
        intro = QLabel(
            self.tr(
                "The activity report for the social affairs office (Dinas Sosial), counted "
                "from the records. It holds numbers only, never a client's name."
            ),
            self,
        )
        intro.setObjectName("reportsIntro")
        intro.setWordWrap(True)
        set_role(intro, "muted")
        layout.addWidget(intro)

        row = QHBoxLayout()
        row.setSpacing(8)
        period_label = QLabel(self.tr("Period"), self)
        self.kind_box = ComboBox(self)
        self.kind_box.setObjectName("reportKindCombo")
        self.kind_box.setAccessibleName(self.tr("Kind of period"))
        for text, kind in (
            (self.tr("Month"), "bulan"),
            (self.tr("Quarter"), "triwulan"),
            (self.tr("Half-year"), "semester"),
            (self.tr("Year"), "tahun"),
        ):
            self.kind_box.addItem(text, kind)
        self.number_box = ComboBox(self)
        self.number_box.setObjectName("reportNumberCombo")
        self.number_box.setAccessibleName(self.tr("Which period of the year"))
        self.number_box.setMinimumContentsLength(12)
        self.year_box = ComboBox(self)
        self.year_box.setObjectName("reportYearCombo")
        self.year_box.setAccessibleName(self.tr("Year"))
        this_year = datetime.date.today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year_box.addItem(str(year), year)
        period_label.setBuddy(self.kind_box)
        row.addWidget(period_label)
        row.addWidget(self.kind_box)
        row.addWidget(self.number_box)
        row.addWidget(self.year_box)
        row.addSpacing(16)
        self.period_span = QLabel(self)
        self.period_span.setObjectName("reportPeriodSpan")
        self.period_span.setAccessibleName(self.tr("Dates of the period"))
        set_role(self.period_span, "muted")
        row.addWidget(self.period_span)
        row.addStretch(1)
        layout.addLayout(row)

        self.chain_head = QLabel(self)
        self.chain_head.setObjectName("reportChainHead")
        self.chain_head.setAccessibleName(self.tr("Audit chain head"))
        self.chain_head.setWordWrap(True)
        self.chain_head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.chain_head)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reportSplitter")
        splitter.setChildrenCollapsible(False)
        self.summary_model = ReportTableModel(self)
        self.summary_view = self._view("reportSummaryView", self.tr("Summary"), splitter)
        self.summary_view.setModel(self.summary_model)
        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.table_box = ComboBox(detail)
        self.table_box.setObjectName("reportTableCombo")
        self.table_box.setAccessibleName(self.tr("Table shown"))
        detail_layout.addWidget(self.table_box)
        self.table_model = ReportTableModel(self)
        self.table_view = self._view("reportTableView", self.tr("Report table"), detail)
        self.table_view.setModel(self.table_model)
        detail_layout.addWidget(self.table_view, 1)
        splitter.addWidget(self.summary_view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.status = StatusMessage("reportStatus", self.tr("Report status"), self)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.setObjectName("saveReportPdfButton")
        self.save_button.setAccessibleName(self.tr("Save the periodic report as PDF"))
        set_flag(self.save_button, "prominent", True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printReportButton")
        self.print_button.setAccessibleName(self.tr("Print the periodic report"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)

        self._fill_numbers()
        self._select_default_period()
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.number_box.currentIndexChanged.connect(self._period_changed)
        self.year_box.currentIndexChanged.connect(self._period_changed)
        self.table_box.currentIndexChanged.connect(self._show_table)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        self._show_report(None)
        self._update_span()

    def _view(self, name: str, accessible: str, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        fit_columns(view, 1)  # the label column takes what the counts leave
        return view

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
        self.number_box.setEnabled(kind != "tahun")
        self.number_box.blockSignals(False)

    def _select_default_period(self) -> None:
        """Last month: the report is usually made just after a month ends."""
        today = datetime.date.today()
        last = today.replace(day=1) - datetime.timedelta(days=1)
        self.kind_box.setCurrentIndex(0)
        self.number_box.setCurrentIndex(last.month - 1)
        self.year_box.setCurrentIndex(max(self.year_box.findData(last.year), 0))

    def select_period(self, kind: str, year: int, number: int) -> None:
        """Choose a period as a person would in the three boxes."""
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.number_box.setCurrentIndex(self.number_box.findData(number))

    # -- the period -------------------------------------------------------------------------

    def period(self) -> ReportPeriod:
        return reports.period_for(
            str(self.kind_box.currentData()),
            int(self.year_box.currentData()),
            int(self.number_box.currentData() or 1),
        )

    def _update_span(self) -> None:
        period = self.period()
        self.period_span.setText(
            f"{period.label}: {format_date_id(period.start)} \u2013 {format_date_id(period.end)}"
        )

    def _kind_changed(self) -> None:
        self._fill_numbers()
        self._period_changed()

    def _period_changed(self) -> None:
        self._update_span()
        self._dirty = True
        self._show_report(None)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed and self._dirty:
            self.refresh()

    # -- counts -----------------------------------------------------------------------------

    def refresh(self, quiet: bool = False) -> None:
        """Count the chosen period again (on the lane); ``quiet`` leaves the status line."""
        if not self.allowed:
            return
        self._dirty = False
        period = self.period()
        if not quiet:
            self.status.show_hint(self.tr("Counting…"))

        def done(report: PeriodicReport) -> None:
            if report.period != self.period():
                return  # the person chose another period meanwhile; its counts follow
            if not quiet:
                self.status.clear_message()
            self._show_report(report)
            self.report_shown.emit(report)

        def failed(exc: BaseException) -> None:
            if period != self.period():
                return
            self._show_report(None)
            self._failed(exc)

        (
            Operation(self._context, self, lambda s: reports.build_report(s, period), done)
            .failure(failed)
            .run()
        )

    def _show_report(self, report: PeriodicReport | None) -> None:
        self.report = report
        self.summary_model.set_table(_summary_table(report) if report else None)
        self.table_box.blockSignals(True)
        keep = self.table_box.currentData()
        self.table_box.clear()
        if report is not None:
            for number, table in enumerate(report.tables, start=1):
                self.table_box.addItem(f"Tabel {number}. {table.title}", table.key)
            self.table_box.setCurrentIndex(max(self.table_box.findData(keep), 0))
        self.table_box.blockSignals(False)
        self._show_table()
        if report is None:
            self.chain_head.setText(self.tr("Audit chain head: shown when the counts are ready."))
        else:
            self.chain_head.setText(
                self.tr(
                    "Audit chain head: %1. It is printed on every page of the report, so a "
                    "chain rebuilt later can be caught by comparing."
                ).replace("%1", report.chain_head)
            )
        ready = report is not None and not self._busy
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _show_table(self) -> None:
        table = None
        if self.report is not None:
            key = self.table_box.currentData()
            table = next((t for t in self.report.tables if t.key == key), None)
        self.table_model.set_table(table)

    # -- the PDF ----------------------------------------------------------------------------

    def _suggested_name(self, period: ReportPeriod) -> str:
        return f"Laporan-LK3-{period.label.replace(' ', '-')}.pdf"

    def save_pdf(self) -> None:
        if self.report is None or self._busy:
            return
        period = self.report.period
        chosen = dialogs.ask_pdf_path(
            self,
            self.tr("Save periodic report"),
            self._suggested_name(period),
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen is None:
            return
        path = dialogs.with_pdf_suffix(chosen)

        def done(pdf: bytes) -> None:
            self._set_busy(False)
            try:
                pdf_printing.write_private_file(path, pdf)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    text = self.tr("The disk is full. Choose another place to save the report.")
                else:
                    text = self.tr("The report could not be saved there. Choose another folder.")
                self.status.show_error(text)
                return
            self.status.show_good(self.tr("Saved as %1.").replace("%1", path.name))
            self.saved.emit(path)
            self._after_release()

        self._release(period, False, done)

    def print_report(self) -> None:
        if self.report is None or self._busy:
            return
        printer = self.ask_printer(self)
        if printer is None:
            return
        period = self.report.period

        def done(pdf: bytes) -> None:
            self._set_busy(False)
            try:
                pages = pdf_printing.print_pdf(pdf, printer)
            except OSError:
                self.status.show_error(
                    self.tr("The report could not be printed. Check the printer and try again.")
                )
                return
            self.status.show_good(
                self.tr("The report was sent to the printer (%n page(s)).", "", pages)
            )
            self.printed.emit(pages)
            self._after_release()

        self._release(period, True, done)

    def _release(self, period: ReportPeriod, printed: bool, done: Callable[[bytes], None]) -> None:
        self._set_busy(True)
        self.status.show_hint(self.tr("Making the PDF…"))

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._failed(exc)

        (
            Operation(
                self._context, self, lambda s: reports.report_pdf(s, period, printed=printed), done
            )
            .failure(failed)
            .run()
        )

    def _after_release(self) -> None:
        # The release was audited, so the chain head moved on: show the current one, which
        # the next PDF will print.
        self._dirty = True
        if self.isVisible():
            self.refresh(quiet=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ready = self.report is not None and not busy
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.status.show_error(message_for(exc))
        else:
            self.status.clear_message()
            pass_to_crash_handler(exc)
