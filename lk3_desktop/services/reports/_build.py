"""Counting a period: every table of the report in one read transaction, with progress and a
way to stop between tables, and the summary drawn from the tables themselves (so each summary
figure is the total of the table that breaks it down)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import OperationCancelled, ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.session_notes import APPOINTMENT_STATUS_LABELS_ID, AppointmentStatus
from lk3_desktop.db.models import AuditEntry, CenterProfile
from lk3_desktop.documents.periodic_report import ReportTable
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.document_settings import DocumentSettings, read_document_settings
from lk3_desktop.services.referrals import region_name
from lk3_desktop.services.reports import _cases as cases
from lk3_desktop.services.reports import _clients as clients
from lk3_desktop.services.reports import _referrals as referrals
from lk3_desktop.services.reports import _services as services
from lk3_desktop.services.reports import _staff as staff
from lk3_desktop.services.reports._query import (
    age_day,
    collect_served_clients,
    drop_served_clients,
)
from lk3_desktop.services.reports.periods import ReportPeriod

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# (section heading, table keys) in the order the report prints them.
SECTIONS: Final = (
    ("Klien dan keluarga", (
        "new_cases_by_month", "clients_by_age", "families_served", "clients_by_regency",
        "clients_by_district", "clients_by_village", "clients_by_ppks",
        "clients_with_disability",
    )),
    ("Kasus", (
        "cases_by_pmks", "cases_by_source", "cases_by_problem", "open_by_stage",
        "closing_outcomes",
    )),
    ("Layanan dan kegiatan", (
        "services_by_type", "sessions_by_modality", "appointments", "instruments",
        "risk_flags", "activities_by_kind",
    )),
    ("Rujukan", ("referrals_by_type", "referrals_by_status", "referral_outcomes")),
    ("Pengelola dan petugas", ("caseload", "staffing")),
)  # fmt: skip


@dataclass(frozen=True)
class PeriodicReport:
    period: ReportPeriod
    center_name: str
    center_code: str
    regency: str  # "Kabupaten Serang"; empty when the profile names none
    province: str  # "Banten"
    generated_at: datetime.datetime
    chain_head: str  # 16 hex digits, as printed
    summary: tuple[tuple[str, int], ...]  # (label, count)
    tables: tuple[ReportTable, ...]
    is_demo: bool = False

    def table(self, key: str) -> ReportTable:
        """The table with ``key`` (``"clients_by_age"``, ``"cases_by_source"``, ...)."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)

    def count(self, label: str) -> int:
        """A summary figure by its label."""
        return dict(self.summary)[label]


def check(session: UserSession, period: ReportPeriod, today: datetime.date) -> None:
    """The head only (the counts draw on every case's clinical records and the report prints
    the audit chain head), for a period that has begun."""
    session.require(Permission.VIEW_CLINICAL_ALL)
    session.require(Permission.READ_AUDIT)
    if period.end < period.start:
        raise ValidationError("report.period_end_before_start", "period")
    if period.start > today:
        raise ValidationError("report.period_not_started", "period")


def _builders(
    s: Session,
    period: ReportPeriod,
    now: datetime.datetime,
    looks: DocumentSettings,
    served: Any,
) -> list[Callable[[], ReportTable]]:
    day = age_day(period, now)
    return [
        lambda: cases.new_cases_by_month(s, period),
        lambda: clients.clients_by_age(s, period),
        lambda: clients.families_served(s, period),
        lambda: clients.clients_by_regency(s, served),
        lambda: clients.clients_by_district(s, served),
        lambda: clients.clients_by_village(s, served),
        lambda: clients.clients_by_ppks(s, served, day),
        lambda: clients.clients_with_disability(s, served),
        lambda: cases.cases_by_pmks(s, period),
        lambda: cases.cases_by_source(s, period),
        lambda: cases.cases_by_problem(s, period),
        lambda: cases.open_by_stage(s, period),
        lambda: cases.closing_outcomes(s, period),
        lambda: services.services_by_type(s, period),
        lambda: services.sessions_by_modality(s, period),
        lambda: services.appointments(s, period, now),
        lambda: services.screening(s, period),
        lambda: services.risk_flags(s, period),
        lambda: services.activities_by_kind(s, period),
        lambda: referrals.referrals_by_type(s, period),
        lambda: referrals.referrals_by_status(s, period),
        lambda: referrals.referral_outcomes(s, period),
        lambda: staff.caseload(s, period),
        lambda: staff.staffing(s, period, looks.head_title),
    ]


def _summary(by_key: dict[str, ReportTable], flagged_clients: int) -> tuple[tuple[str, int], ...]:
    def total(key: str, column: int = -1) -> int:
        totals = by_key[key].totals
        assert totals is not None
        return totals[column]

    no_shows = next(
        r.values[0]
        for r in by_key["appointments"].rows
        if r.label == APPOINTMENT_STATUS_LABELS_ID[AppointmentStatus.TIDAK_HADIR]
    )
    counselors = next(r.values[0] for r in by_key["staffing"].rows if r.label == "Konselor")
    return (
        ("Klien baru", total("clients_by_age")),
        ("Klien dilayani", total("clients_by_regency")),
        ("Keluarga dilayani", total("families_served", 0)),
        ("Kasus baru", total("cases_by_source")),
        ("Kasus ditutup (terminasi)", total("closing_outcomes")),
        ("Kasus aktif pada akhir periode", total("open_by_stage")),
        ("Sesi konseling yang dilaksanakan", total("sessions_by_modality")),
        ("Janji temu tidak hadir", no_shows),
        ("Administrasi instrumen skrining", total("instruments")),
        ("Tanda risiko tinggi terbuka pada akhir periode", total("risk_flags", 0)),
        ("Klien dengan tanda risiko tinggi terbuka", flagged_clients),
        ("Kegiatan di luar kasus", total("activities_by_kind", 0)),
        ("Peserta kegiatan di luar kasus", total("activities_by_kind")),
        ("Surat rujukan yang diterbitkan", total("referrals_by_type")),
        ("Konselor aktif dalam periode", counselors),
    )


def gather(
    s: Session,
    period: ReportPeriod,
    now: datetime.datetime,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PeriodicReport:
    """Every table and the summary, inside the caller's transaction. ``progress(done, total)``
    after each table; ``cancelled()`` true between two tables stops with OperationCancelled."""
    profile = s.get(CenterProfile, 1)
    assert profile is not None
    tables: list[ReportTable] = []
    served = collect_served_clients(s, period)
    try:
        builders = _builders(s, period, now, read_document_settings(s), served)
        steps = len(builders) + 1
        for done, build in enumerate(builders, start=1):
            if cancelled is not None and cancelled():
                raise OperationCancelled("report")
            tables.append(build())
            if progress is not None:
                progress(done, steps)
    finally:
        drop_served_clients(s)
    by_key = {t.key: t for t in tables}
    summary = _summary(by_key, services.clients_with_open_flags(s, period))
    head = s.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    if progress is not None:
        progress(steps, steps)
    return PeriodicReport(
        period=period,
        center_name=profile.name,
        center_code=profile.center_code,
        regency=region_name(profile.regency_code),
        province=region_name(profile.province_code),
        generated_at=now,
        chain_head=(head or "")[:16],
        summary=summary,
        tables=tuple(tables),
        is_demo=profile.is_demo,
    )
