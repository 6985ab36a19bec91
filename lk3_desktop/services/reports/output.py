"""The report as a file: PDF (with charts), XLSX or a zip of CSV files, from counts made in the
same transaction that writes the audit entry, so the chain code printed is the one just before
that entry and no other entry can come between."""

from __future__ import annotations

import datetime
from typing import Final

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.vocabulary import head_title
from lk3_desktop.db.models import CenterProfile
from lk3_desktop.documents.periodic_report import (
    PeriodicReportData,
    ReportNarrative,
    SpreadsheetReport,
    render_csv_zip,
    render_periodic_report,
    render_xlsx,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.document_settings import read_document_settings
from lk3_desktop.services.referrals import place_name
from lk3_desktop.services.reports._build import (
    SECTIONS,
    Cancelled,
    PeriodicReport,
    Progress,
    check,
    gather,
)
from lk3_desktop.services.reports.periods import ReportPeriod

FORMATS: Final = ("pdf", "xlsx", "csv")
NARRATIVE_MAX: Final = 4000


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


# The sentence that says one of the head's notes is too long, by its field.
_TOO_LONG = {
    "kendala": "report.narrative_obstacles_too_long",
    "tindak_lanjut": "report.narrative_follow_up_too_long",
    "rekomendasi": "report.narrative_recommendations_too_long",
}


def clean_narrative(narrative: ReportNarrative) -> ReportNarrative:
    """The head's notes with their whitespace tidied; each part at most 4,000 characters."""
    parts = {}
    for field, (_label, text) in zip(
        ("kendala", "tindak_lanjut", "rekomendasi"), narrative.items(), strict=True
    ):
        lines = [" ".join(line.split()) for line in text.strip().splitlines()]
        clean = "\n".join(lines)
        if len(clean) > NARRATIVE_MAX:
            raise ValidationError.because(Sentence(_TOO_LONG[field], {"max": NARRATIVE_MAX}), field)
        parts[field] = clean
    return ReportNarrative(**parts)


def pdf_data(
    s: Session,
    session: UserSession,
    report: PeriodicReport,
    narrative: ReportNarrative,
) -> PeriodicReportData:
    """The PDF's content: the counts, the kop, the addressee, the signer and the tembusan as
    the office's settings say."""
    profile = s.get(CenterProfile, 1)
    assert profile is not None
    looks = read_document_settings(s)
    addressee = looks.report_addressee_text
    if not addressee:
        where = report.province if looks.report_addressee == "provinsi" else report.regency
        if looks.report_addressee == "provinsi" and where:
            where = f"Provinsi {where}"
        addressee = f"Kepala Dinas Sosial {where}".strip()
    return PeriodicReportData(
        center_name=profile.name,
        center_code=profile.center_code,
        regency=report.regency,
        address=profile.address,
        phone=profile.phone,
        email=profile.email,
        logo=profile.logo,
        # The head signs; a profile without the head's name falls back to the signed-in
        # head, the only role that may make the report.
        head_name=profile.head_name.strip() or session.actor.full_name,
        head_nip=profile.head_nip,
        place=place_name(profile.regency_code),
        period_label=report.period.label,
        period_start=report.period.start,
        period_end=report.period.end,
        generated_on=report.generated_at.date(),
        chain_head=report.chain_head,
        summary=report.summary,
        tables=report.tables,
        is_demo=report.is_demo,
        addressee=addressee,
        copies_to=looks.report_copies,
        head_title=head_title(looks.head_title),
        parent_lines=looks.kop_parent_lines,
        region_line=looks.kop_region_line,
        narrative=narrative,
        sections=SECTIONS,
    )


def spreadsheet_data(
    report: PeriodicReport, narrative: ReportNarrative, title: str
) -> SpreadsheetReport:
    return SpreadsheetReport(
        center_name=report.center_name,
        period_label=report.period.label,
        period_start=report.period.start,
        period_end=report.period.end,
        generated_at=report.generated_at,
        chain_head=report.chain_head,
        summary=report.summary,
        tables=report.tables,
        narrative=narrative,
        is_demo=report.is_demo,
        head_title=title,
    )


def render(
    s: Session,
    session: UserSession,
    report: PeriodicReport,
    narrative: ReportNarrative,
    fmt: str,
) -> bytes:
    if fmt == "pdf":
        return render_periodic_report(pdf_data(s, session, report, narrative))
    title = head_title(read_document_settings(s).head_title)
    sheet = spreadsheet_data(report, narrative, title)
    return render_xlsx(sheet) if fmt == "xlsx" else render_csv_zip(sheet)


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValidationError("report.format_required", "format")


def report_file(
    session: UserSession,
    period: ReportPeriod,
    fmt: str = "pdf",
    *,
    narrative: ReportNarrative | None = None,
    printed: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The report of ``period`` as a PDF, an XLSX workbook or a zip of CSV files (head only);
    audited as ``report.exported`` (``report.printed`` when ``printed``) with the period, the
    chain code printed and the format."""
    check_format(fmt)
    notes = clean_narrative(narrative or ReportNarrative())
    now = _now()
    check(session, period, now.date())
    with session.store.transaction() as s:
        report = gather(s, period, now, progress, cancelled)
        data = render(s, session, report, notes, fmt)
        session.audit(
            s,
            "report.printed" if printed else "report.exported",
            "report",
            None,
            {"period": period.as_detail(), "head": report.chain_head, "format": fmt},
        )
    return data


def report_pdf(
    session: UserSession,
    period: ReportPeriod,
    *,
    printed: bool = False,
    narrative: ReportNarrative | None = None,
) -> bytes:
    """The report as an A4 PDF with the chain code on every page (see :func:`report_file`)."""
    return report_file(session, period, "pdf", narrative=narrative, printed=printed)
