"""The periodic activity report for Dinas Sosial (head only): counts over a month, quarter,
half-year, year or any range of dates, as a PDF with charts, an XLSX workbook or a zip of
CSV files, and the issued report kept as it was sent.

Every number is a SQL ``GROUP BY`` over the records; no name or note of a client is read.
Anonymised clients still count: anonymisation replaces personal fields, not the rows. Each
table's "Jumlah" row is the sum of its rows, and each summary figure is the total of the
table that breaks it down (build.py); each table's note says what counts.

Permission: :attr:`Permission.VIEW_CLINICAL_ALL` because the counts draw on every case's
clinical records (severity bands, risk flags, problem areas, outcomes), and
:attr:`Permission.READ_AUDIT` because the report prints the audit chain code. Both are the
head's alone.
"""

from __future__ import annotations

import datetime

from lk3_desktop.documents.periodic_report import ReportNarrative, ReportRow, ReportTable
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.reports._build import (
    SECTIONS,
    Cancelled,
    PeriodicReport,
    Progress,
    check,
    gather,
)
from lk3_desktop.services.reports.issued import (
    IssuedReportInfo,
    issue_report,
    issued_report_file,
    list_issued_reports,
)
from lk3_desktop.services.reports.output import FORMATS, report_file, report_pdf
from lk3_desktop.services.reports.periods import (
    PERIOD_KINDS,
    ReportPeriod,
    period_for,
    periods_per_year,
    range_period,
)

__all__ = [
    "FORMATS",
    "PERIOD_KINDS",
    "SECTIONS",
    "IssuedReportInfo",
    "PeriodicReport",
    "ReportNarrative",
    "ReportPeriod",
    "ReportRow",
    "ReportTable",
    "build_report",
    "issue_report",
    "issued_report_file",
    "list_issued_reports",
    "period_for",
    "periods_per_year",
    "range_period",
    "report_file",
    "report_pdf",
]


def build_report(
    session: UserSession,
    period: ReportPeriod,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PeriodicReport:
    """The report's counts for ``period`` (head only); aggregates only, never a name.

    ``progress(done, total)`` is called after each table and ``cancelled()`` asked between
    tables (OperationCancelled when it says so). Not audited: it shows no personal data, and
    leaving the chain alone keeps the code shown on screen the one the PDF prints next."""
    now = datetime.datetime.now().replace(microsecond=0)
    check(session, period, now.date())
    with session.store.transaction() as s:
        return gather(s, period, now, progress, cancelled)
