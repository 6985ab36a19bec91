"""Laporan: the periodic activity report the head sends to Dinas Sosial.

Choose a month, quarter, half-year, year or a range of dates; the counts are made on the lane
with a progress bar and a Cancel button (they grow with the records) and appear in the page
with the audit chain code the PDF prints on every page. The head writes the notes (kendala,
tindak lanjut, rekomendasi), then saves the report as PDF, XLSX or CSV, prints it, or issues
it: an issued report is stored as it was sent and can be saved again from "Laporan terbit".

Every file goes through the service, which writes the audit entry with the period, the chain
code printed and the format. Other roles see one sentence: the service refuses them anyway.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import KnownError, OperationCancelled, ValidationError
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import reports
from lk3_desktop.services.reports import IssuedReportInfo, PeriodicReport, ReportPeriod
from lk3_desktop.ui import dialogs, pdf_printing
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.pages.reports.issued_panel import IssuedReportsPanel
from lk3_desktop.ui.pages.reports.narrative import NarrativeEditor
from lk3_desktop.ui.pages.reports.period_picker import PeriodPicker
from lk3_desktop.ui.pages.reports.table_model import ReportTableModel, summary_table
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns

# (format, file suffix, the name filter's words)
_FILES: Final = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".zip"}


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


def _file_filter(fmt: str) -> str:
    if fmt == "xlsx":
        return QCoreApplication.translate("ReportsPage", "Excel workbooks (*.xlsx)")
    if fmt == "csv":
        return QCoreApplication.translate("ReportsPage", "CSV files in a zip (*.zip)")
    return QCoreApplication.translate("ReportsPage", "PDF documents (*.pdf)")


def with_suffix(path: Path, fmt: str) -> Path:
    suffix = _FILES[fmt]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ReportsPage(QWidget):
    report_shown = Signal(object)  # PeriodicReport
    saved = Signal(object)  # Path
    printed = Signal(int)  # pages sent to the printer
    issued = Signal(object)  # IssuedReportInfo
    progress_changed = Signal(int, int)  # emitted on the lane, delivered on the UI thread
    open_activities = Signal()  # the person wants the activity register (Jadwal)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("reportsPage")
        self.setAccessibleName(self.tr("Reports"))
        self.report: PeriodicReport | None = None
        self._dirty = True
        self._busy = False
        self._counting: Operation[PeriodicReport] | None = None
        # Replaceable by tests: (parent) -> printer, or None when the person cancels.
        self.ask_printer: Callable[[QWidget | None], QPrinter | None] = ask_printer

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
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

        self.picker = PeriodPicker(self)
        layout.addWidget(self.picker)
        # the boxes as earlier versions of the page named them (tests and screen readers)
        self.kind_box = self.picker.kind_box
        self.number_box = self.picker.number_box
        self.year_box = self.picker.year_box
        self.period_span = self.picker.span

        counting = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Counting progress"))
        self.progress.setTextVisible(True)
        counting.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("reportCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Stop counting"))
        counting.addWidget(self.cancel_button)
        layout.addLayout(counting)
        self.progress.hide()
        self.cancel_button.hide()

        self.chain_head = QLabel(self)
        self.chain_head.setObjectName("reportChainHead")
        self.chain_head.setAccessibleName(self.tr("Audit chain head"))
        self.chain_head.setWordWrap(True)
        self.chain_head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.chain_head)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._counts_tab(), self.tr("Counts"))
        self.narrative = NarrativeEditor(self.tabs)
        self.tabs.addTab(self.narrative, self.tr("Notes of the head"))
        self.issued_panel = IssuedReportsPanel(self.tabs)
        self.tabs.addTab(self.issued_panel, self.tr("Issued reports"))
        layout.addWidget(self.tabs, 1)

        self.status = StatusMessage("reportStatus", self.tr("Report status"), self)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

        self.picker.changed.connect(self._period_changed)
        self.table_box.currentIndexChanged.connect(self._show_table)
        self.cancel_button.clicked.connect(self.cancel_counting)
        self.progress_changed.connect(self._show_progress)
        self.issued_panel.save_requested.connect(self.save_issued)
        self._show_report(None)

    def _counts_tab(self) -> QWidget:
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
        return splitter

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("Issue the report…"), self)
        self.issue_button.setObjectName("issueReportButton")
        self.issue_button.setAccessibleName(self.tr("Issue the report and keep it as sent"))
        set_flag(self.issue_button, "prominent", True)
        buttons.addWidget(self.issue_button)
        self.activities_button = QPushButton(self.tr("Activities outside casework…"), self)
        self.activities_button.setObjectName("reportActivitiesButton")
        self.activities_button.setAccessibleName(
            self.tr("Open the register of activities outside casework")
        )
        self.activities_button.setToolTip(
            self.tr("The report counts the activities recorded under Jadwal.")
        )
        self.activities_button.clicked.connect(self.open_activities.emit)
        buttons.addWidget(self.activities_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.setObjectName("saveReportPdfButton")
        self.save_button.setAccessibleName(self.tr("Save the periodic report as PDF"))
        self.xlsx_button = QPushButton(self.tr("Save XLSX…"), self)
        self.xlsx_button.setObjectName("saveReportXlsxButton")
        self.xlsx_button.setAccessibleName(self.tr("Save the periodic report as a spreadsheet"))
        self.csv_button = QPushButton(self.tr("Save CSV…"), self)
        self.csv_button.setObjectName("saveReportCsvButton")
        self.csv_button.setAccessibleName(self.tr("Save the periodic report as CSV files"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printReportButton")
        self.print_button.setAccessibleName(self.tr("Print the periodic report"))
        for button in (self.save_button, self.xlsx_button, self.csv_button, self.print_button):
            buttons.addWidget(button)
        self.issue_button.clicked.connect(self.issue_report)
        self.save_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_file("xlsx"))
        self.csv_button.clicked.connect(lambda: self.save_file("csv"))
        self.print_button.clicked.connect(self.print_report)
        return buttons

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

    # -- the period -------------------------------------------------------------------------

    def period(self) -> ReportPeriod:
        return self.picker.period()

    def select_period(self, kind: str, year: int, number: int) -> None:
        """Choose a period as a person would in the three boxes."""
        self.picker.select_period(kind, year, number)

    def _period_changed(self) -> None:
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
        """Count the chosen period again (on the lane, with progress); ``quiet`` leaves the
        status line as it is."""
        if not self.allowed:
            return
        self._dirty = False
        try:
            period = self.period()
        except ValidationError as exc:
            self.status.show_error(exc.message)
            return
        if self._counting is not None:
            self._counting.cancel()
        if not quiet:
            self.status.show_hint(self.tr("Counting…"))
        emit = self.progress_changed.emit

        def done(report: PeriodicReport) -> None:
            if op is not self._counting:
                return  # a later count replaced this one
            self._counting = None
            self._show_counting(False)
            if not quiet:
                self.status.clear_message()
            self._show_report(report)
            self.report_shown.emit(report)
            self._load_issued()

        def failed(exc: BaseException) -> None:
            if op is not self._counting:
                return
            self._counting = None
            self._show_counting(False)
            self._show_report(None)
            if isinstance(exc, OperationCancelled):
                self.status.show_hint(self.tr("Counting stopped. Choose a period to count again."))
                return
            self._failed(exc)

        op: Operation[PeriodicReport] = Operation(
            self._context,
            self,
            lambda s: reports.build_report(s, period, progress=emit, cancelled=op.cancelled),
            done,
        ).failure(failed)
        self._counting = op
        if op.run():
            self._show_counting(True)

    def cancel_counting(self) -> None:
        if self._counting is not None:
            self._counting.cancel()
            self.status.show_hint(self.tr("Stopping…"))

    def _show_counting(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        if on:
            self.progress.setRange(0, 0)  # busy until the first table is done

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _show_report(self, report: PeriodicReport | None) -> None:
        self.report = report
        self.summary_model.set_table(summary_table(report) if report else None)
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
        self._enable()

    def _show_table(self) -> None:
        table = None
        if self.report is not None:
            key = self.table_box.currentData()
            table = next((t for t in self.report.tables if t.key == key), None)
        self.table_model.set_table(table)

    def _enable(self) -> None:
        ready = self.report is not None and not self._busy
        for button in (
            self.issue_button, self.save_button, self.xlsx_button, self.csv_button,
            self.print_button,
        ):  # fmt: skip
            button.setEnabled(ready)

    # -- issued reports ---------------------------------------------------------------------

    def _load_issued(self) -> None:
        Operation(
            self._context, self, reports.list_issued_reports, self.issued_panel.set_reports
        ).failure(self._failed).run()

    def issue_report(self) -> None:
        if self.report is None or self._busy:
            return
        period = self.report.period
        notes = self.narrative.narrative()
        if notes.is_empty() and not dialogs.confirm(
            self,
            self.tr("Issue the report"),
            self.tr(
                "The notes of the head (obstacles, follow-up, recommendations) are empty. "
                "Issue the report without them?"
            ),
            ok_text=self.tr("Issue without notes"),
        ):
            self.tabs.setCurrentWidget(self.narrative)
            return
        if not dialogs.confirm(
            self,
            self.tr("Issue the report"),
            self.tr(
                "Issue the report for %1? It is counted once more, printed with your notes "
                "and kept exactly as issued, with its fingerprint, so it can be saved again "
                "later as it was sent."
            ).replace("%1", period.label),
            ok_text=self.tr("Issue"),
        ):
            return
        self.narrative.clear_messages()
        self._set_busy(True)
        self.status.show_hint(self.tr("Issuing the report…"))

        def done(info: IssuedReportInfo) -> None:
            self._set_busy(False)
            self.status.show_good(
                self.tr(
                    "Issued: the report for %1 is kept as sent. Save or print it from "
                    "“Issued reports”."
                ).replace("%1", info.period.label)
            )
            self.tabs.setCurrentWidget(self.issued_panel)
            self.issued.emit(info)
            self._after_release()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, ValidationError) and exc.field in self.narrative.errors:
                self.tabs.setCurrentWidget(self.narrative)
                self.narrative.errors[str(exc.field)].show_error(exc.message)
                return
            self._failed(exc)

        Operation(
            self._context, self, lambda s: reports.issue_report(s, period, notes), done
        ).failure(failed).run()

    def save_issued(self, info: IssuedReportInfo, fmt: str) -> None:
        if self._busy:
            return
        path = self._ask_path(fmt, f"Laporan-LK3-{info.period.label}-terbit")
        if path is None:
            return
        self._set_busy(True)
        Operation(
            self._context,
            self,
            lambda s: reports.issued_report_file(s, info.id, fmt),
            lambda data: self._write(path, data),
        ).failure(self._release_failed).run()

    # -- files and printing -----------------------------------------------------------------

    def _ask_path(self, fmt: str, stem: str) -> Path | None:
        name = f"{stem.replace(' ', '-')}{_FILES[fmt]}"
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Save periodic report"),
            str(dialogs.default_folder() / name),
            _file_filter(fmt),
            _FILES[fmt].lstrip("."),
        )
        return with_suffix(Path(chosen), fmt) if chosen else None

    def save_pdf(self) -> None:
        self.save_file("pdf")

    def save_file(self, fmt: str) -> None:
        if self.report is None or self._busy:
            return
        period = self.report.period
        path = self._ask_path(fmt, f"Laporan-LK3-{period.label}")
        if path is None:
            return
        notes = self.narrative.narrative()
        self._release(
            lambda s: reports.report_file(s, period, fmt, narrative=notes),
            lambda data: self._write(path, data),
        )

    def _write(self, path: Path, data: bytes) -> None:
        self._set_busy(False)
        try:
            pdf_printing.write_private_file(path, data)
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

    def print_report(self) -> None:
        if self.report is None or self._busy:
            return
        printer = self.ask_printer(self)
        if printer is None:
            return
        period = self.report.period
        notes = self.narrative.narrative()

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

        self._release(
            lambda s: reports.report_file(s, period, "pdf", narrative=notes, printed=True), done
        )

    def _release(self, call: Callable[..., bytes], done: Callable[[bytes], None]) -> None:
        self._set_busy(True)
        self.status.show_hint(self.tr("Making the report…"))
        Operation(self._context, self, call, done).failure(self._release_failed).run()

    def _release_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._failed(exc)

    def _after_release(self) -> None:
        # The release was audited, so the chain head moved on: show the current one, which
        # the next PDF will print.
        self._dirty = True
        if self.isVisible():
            self.refresh(quiet=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.status.show_error(message_for(exc))
        else:
            self.status.clear_message()
            pass_to_crash_handler(exc)
