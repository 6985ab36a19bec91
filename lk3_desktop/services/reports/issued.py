"""Issuing the periodic report: the head's notes are written, the counts made, the PDF rendered
and stored with its SHA-256 and the counts behind it, all in one transaction with the audit
entry (``report.issued``). The issued report is then fetched as it was sent: the PDF's stored
bytes, and the spreadsheet or CSV from the stored counts.

Why keep it like a letter: Dinas Sosial may ask months later what the office reported, and
counting the period again gives other numbers once late session notes, corrected stages or
anonymised clients have changed the records. The stored bytes and their hash are what was sent.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.db.models import IssuedReport, User
from lk3_desktop.documents.periodic_report import (
    ReportNarrative,
    ReportRow,
    ReportTable,
    render_csv_zip,
    render_periodic_report,
    render_xlsx,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.reports._build import Cancelled, PeriodicReport, Progress, check, gather
from lk3_desktop.services.reports.output import (
    _now,
    check_format,
    clean_narrative,
    pdf_data,
    spreadsheet_data,
)
from lk3_desktop.services.reports.periods import ReportPeriod

CONTENT_VERSION = 1


@dataclass(frozen=True)
class IssuedReportInfo:
    id: int
    period: ReportPeriod
    counted_at: datetime.datetime
    chain_head: str
    sha256: str
    issued_at: datetime.datetime
    issued_by: str


def _content(report: PeriodicReport, narrative: ReportNarrative, head_title: str) -> str:
    return json.dumps(
        {
            "version": CONTENT_VERSION,
            "center_name": report.center_name,
            "center_code": report.center_code,
            "regency": report.regency,
            "province": report.province,
            "is_demo": report.is_demo,
            "head_title": head_title,
            "summary": [list(item) for item in report.summary],
            "tables": [
                {
                    **{k: v for k, v in asdict(t).items() if k != "rows"},
                    "rows": [[r.label, list(r.values)] for r in t.rows],
                }
                for t in report.tables
            ],
            "narrative": asdict(narrative),
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _report_of(row: IssuedReport) -> tuple[PeriodicReport, ReportNarrative, str]:
    doc: dict[str, Any] = json.loads(row.content)
    tables = tuple(
        ReportTable(
            key=t["key"],
            title=t["title"],
            row_header=t["row_header"],
            columns=tuple(t["columns"]),
            rows=tuple(ReportRow(label, tuple(values)) for label, values in t["rows"]),
            totals=tuple(t["totals"]) if t["totals"] is not None else None,
            note=t["note"],
        )
        for t in doc["tables"]
    )
    report = PeriodicReport(
        period=ReportPeriod(row.period_start, row.period_end, row.period_label),
        center_name=doc["center_name"],
        center_code=doc["center_code"],
        regency=doc["regency"],
        province=doc["province"],
        generated_at=row.counted_at,
        chain_head=row.chain_head,
        summary=tuple((label, int(n)) for label, n in doc["summary"]),
        tables=tables,
        is_demo=bool(doc["is_demo"]),
    )
    return report, ReportNarrative(**doc["narrative"]), str(doc["head_title"])


def _info(row: IssuedReport, names: dict[int, str]) -> IssuedReportInfo:
    return IssuedReportInfo(
        id=row.id,
        period=ReportPeriod(row.period_start, row.period_end, row.period_label),
        counted_at=row.counted_at,
        chain_head=row.chain_head,
        sha256=row.sha256,
        issued_at=row.issued_at,
        issued_by=names.get(row.issued_by or 0, ""),
    )


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def issue_report(
    session: UserSession,
    period: ReportPeriod,
    narrative: ReportNarrative,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> IssuedReportInfo:
    """Issue the report of ``period`` with the head's notes (head only): counted, rendered and
    stored with its hash and its counts in one transaction; audited as ``report.issued``."""
    notes = clean_narrative(narrative)
    now = _now()
    check(session, period, now.date())
    with session.store.transaction() as s:
        report = gather(s, period, now, progress, cancelled)
        data = pdf_data(s, session, report, notes)
        pdf = render_periodic_report(data)
        row = IssuedReport(
            period_start=period.start,
            period_end=period.end,
            period_label=period.label,
            counted_at=now,
            chain_head=report.chain_head,
            content=_content(report, notes, data.head_title),
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            issued_at=now,
            issued_by=session.actor.user_id,
        )
        s.add(row)
        s.flush()
        session.audit(
            s,
            "report.issued",
            "issued_report",
            row.id,
            {"period": period.as_detail(), "head": report.chain_head, "sha256": row.sha256},
        )
        return _info(row, _names(s))


def list_issued_reports(session: UserSession) -> list[IssuedReportInfo]:
    """Every issued report, newest first (head only)."""
    session.require(Permission.VIEW_CLINICAL_ALL)
    session.require(Permission.READ_AUDIT)
    with session.store.transaction() as s:
        names = _names(s)
        rows = s.execute(
            select(IssuedReport).order_by(IssuedReport.issued_at.desc(), IssuedReport.id.desc())
        ).scalars()
        return [_info(row, names) for row in rows]


def issued_report_file(session: UserSession, report_id: int, fmt: str = "pdf") -> bytes:
    """An issued report as it was sent: the stored PDF bytes, or the spreadsheet or CSV made
    from the stored counts; audited as ``report.issued_exported`` with the format."""
    check_format(fmt)
    session.require(Permission.VIEW_CLINICAL_ALL)
    session.require(Permission.READ_AUDIT)
    with session.store.transaction() as s:
        row = s.get(IssuedReport, report_id)
        if row is None:
            raise ValidationError("report.issued_not_found")
        if fmt == "pdf":
            data = bytes(row.pdf)
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise ValidationError("report.issued_file_altered")
        else:
            report, narrative, title = _report_of(row)
            sheet = spreadsheet_data(report, narrative, title)
            data = render_xlsx(sheet) if fmt == "xlsx" else render_csv_zip(sheet)
        session.audit(s, "report.issued_exported", "issued_report", row.id, {"format": fmt})
        return data
