"""The periodic activity report for Dinas Sosial: its data, the PDF (with charts), and the
spreadsheet and CSV forms of the same tables."""

from lk3_desktop.documents.periodic_report.data import (
    PeriodicReportData,
    ReportNarrative,
    ReportRow,
    ReportTable,
)
from lk3_desktop.documents.periodic_report.pdf import addressee_of, render_periodic_report
from lk3_desktop.documents.periodic_report.spreadsheet import (
    SpreadsheetReport,
    render_csv_zip,
    render_xlsx,
    sheet_names,
)

__all__ = [
    "PeriodicReportData",
    "ReportNarrative",
    "ReportRow",
    "ReportTable",
    "SpreadsheetReport",
    "addressee_of",
    "render_csv_zip",
    "render_periodic_report",
    "render_xlsx",
    "sheet_names",
]
