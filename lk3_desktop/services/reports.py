"""The periodic activity report for Dinas Sosial (head only): counts over a month, quarter,
half-year or year, and its PDF with the audit chain head on every page.

Every number is a SQL ``GROUP BY`` over the records; no name or note of a client is read.
Anonymised clients still count: anonymisation replaces personal fields, not the rows.

What counts where (the same rules the PDF's notes state):

- a *new client* is one whose first case was taken in (intake date) during the period; the
  age band is the age on that intake date (an estimated age counts, moved on by the years
  since it was estimated);
- *new cases* have their intake date in the period; *closed cases* their terminasi date;
  *open cases at the end* were taken in on or before the last day and not closed by then,
  counted in the stage their history shows on that day;
- sessions by session date, appointments by start time (in a period not yet over, only
  those already begun), instrument administrations by the date administered, referrals by
  the date their letter was issued;
- a risk flag is open at the end when it was raised by then and not resolved by then
  (flags withdrawn because the draft that raised them was corrected never count);
- a case belongs to the counselor who held it at the end of the period.

Permission: :attr:`Permission.VIEW_CLINICAL_ALL` because the counts draw on every case's
clinical records (severity bands, risk flags, problem areas), and
:attr:`Permission.READ_AUDIT` because the report prints the audit chain head. Both are the
head's alone.
"""

from __future__ import annotations

import calendar
import datetime
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import ColumnElement, Integer, and_, cast, distinct, exists, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from lk3_desktop.core import instruments
from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.dates_id import month_name_id, month_roman
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.referrals import STATUS_LABELS_ID, STATUS_ORDER
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.session_notes import (
    APPOINTMENT_STATUS_LABELS_ID,
    MODALITIES,
    SERVICE_TYPES,
    AppointmentStatus,
)
from lk3_desktop.core.vocabulary import REFERRAL_SOURCES, SEXES
from lk3_desktop.db.models import (
    Appointment,
    AuditEntry,
    Case,
    CaseAssignment,
    CaseStageChange,
    CenterProfile,
    Client,
    CounselingSession,
    InstrumentAdministration,
    Partner,
    PartnerType,
    PmksCategory,
    ProblemArea,
    Referral,
    ReferralLetter,
    ReferralStatusChange,
    RiskFlag,
    User,
    case_problem_areas,
    client_pmks,
)
from lk3_desktop.documents.periodic_report import (
    PeriodicReportData,
    ReportRow,
    ReportTable,
    render_periodic_report,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals import place_name, region_name

__all__ = [
    "PERIOD_KINDS",
    "PeriodicReport",
    "ReportPeriod",
    "ReportRow",
    "ReportTable",
    "build_report",
    "period_for",
    "periods_per_year",
    "report_pdf",
]

PERIOD_KINDS: Final = ("bulan", "triwulan", "semester", "tahun")
_PER_YEAR: Final = {"bulan": 12, "triwulan": 4, "semester": 2, "tahun": 1}
EARLIEST_YEAR: Final = 2000

# Age bands of the report, (code, label, oldest age in the band); the last is open-ended.
AGE_BANDS: Final = (
    ("0-5", "0\u20135 tahun", 5),
    ("6-12", "6\u201312 tahun", 12),
    ("13-17", "13\u201317 tahun", 17),
    ("18-59", "18\u201359 tahun", 59),
    ("60+", "60 tahun ke atas", None),
)
_UNKNOWN: Final = "unknown"
_FLAG_WITHDRAWN: Final = "withdrawn"
_NARRATIVE_SOURCE: Final = "ASESMEN"
# Stages a case can be open in, in workflow order.
_OPEN_STAGES: Final = (
    Stage.INTAKE,
    Stage.ASESMEN,
    Stage.RENCANA,
    Stage.INTERVENSI,
    Stage.EVALUASI,
    Stage.RUJUKAN,
    Stage.BIMBINGAN_LANJUT,
)
_SIGNED_DRAFT: Final = ("Ditandatangani", "Draf", "Jumlah")


@dataclass(frozen=True)
class ReportPeriod:
    start: datetime.date
    end: datetime.date  # the last day, inclusive
    label: str  # "Triwulan IV 2026", "November 2026", "Tahun 2026"

    @property
    def next_day(self) -> datetime.date:
        return self.end + datetime.timedelta(days=1)

    def as_detail(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class PeriodicReport:
    period: ReportPeriod
    center_name: str
    center_code: str
    regency: str  # "Kabupaten Serang"; empty when the profile names none
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


# -- periods ----------------------------------------------------------------------------------


def periods_per_year(kind: str) -> int:
    """12 months, 4 quarters, 2 halves or 1 year."""
    if kind not in _PER_YEAR:
        raise ValidationError("Pilih jenis periode laporan.", "kind")
    return _PER_YEAR[kind]


def period_for(kind: str, year: int, number: int) -> ReportPeriod:
    """The period ``number`` (counted from 1) of ``kind`` in ``year``: ``("triwulan", 2026, 4)``
    is 1 October to 31 December 2026, labelled "Triwulan IV 2026"."""
    per_year = periods_per_year(kind)
    if not EARLIEST_YEAR <= year <= 9999:
        raise ValidationError("Tahun laporan tidak valid.", "year")
    if not 1 <= number <= per_year:
        raise ValidationError("Nomor periode tidak sesuai dengan jenis periodenya.", "number")
    months = 12 // per_year
    first = (number - 1) * months + 1
    last = first + months - 1
    start = datetime.date(year, first, 1)
    end = datetime.date(year, last, calendar.monthrange(year, last)[1])
    if kind == "bulan":
        label = f"{month_name_id(first)} {year}"
    elif kind == "triwulan":
        label = f"Triwulan {month_roman(number)} {year}"
    elif kind == "semester":
        label = f"Semester {month_roman(number)} {year}"
    else:
        label = f"Tahun {year}"
    return ReportPeriod(start, end, label)


# -- queries ----------------------------------------------------------------------------------


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time())


def _year(value: Any) -> ColumnElement[int]:
    # Dates are stored as ISO text ("2026-11-28"), so the parts are plain substrings.
    return cast(func.substr(value, 1, 4), Integer)


def _age_band(on: Any) -> ColumnElement[str]:
    """The client's age band on the date ``on`` (a column), as SQL."""
    birth_years = (
        _year(on)
        - _year(Client.birth_date)
        - sql_case((func.substr(on, 6, 5) < func.substr(Client.birth_date, 6, 5), 1), else_=0)
    )
    estimated = Client.estimated_age + sql_case(
        (Client.estimated_on.is_not(None), _year(on) - _year(Client.estimated_on)), else_=0
    )
    age = sql_case(
        (Client.birth_date.is_not(None), birth_years),
        (Client.estimated_age.is_not(None), estimated),
        else_=None,
    )
    whens: list[tuple[Any, str]] = [(age.is_(None), _UNKNOWN)]
    whens += [(age <= top, code) for code, _label, top in AGE_BANDS if top is not None]
    return sql_case(*whens, else_=AGE_BANDS[-1][0])


def _pairs(rows: Iterable[Any]) -> dict[Any, int]:
    return {row[0]: int(row[1]) for row in rows}


def _new_cases(period: ReportPeriod) -> ColumnElement[bool]:
    return Case.intake_date.between(period.start, period.end)


def _open_at_end(period: ReportPeriod) -> ColumnElement[bool]:
    return and_(
        Case.intake_date <= period.end,
        or_(Case.closed_on.is_(None), Case.closed_on > period.end),
    )


def _holder_at_end(period: ReportPeriod) -> ColumnElement[Any]:
    """Who held each case at the end of the period: the last assignment made by then; for a
    case whose intake was dated earlier than its first assignment was recorded, that first
    holder; else the case's counselor."""
    before = aliased(CaseAssignment)
    first = aliased(CaseAssignment)
    held = (
        select(before.counselor_id)
        .where(before.case_id == Case.id, before.assigned_at < _midnight(period.next_day))
        .order_by(before.assigned_at.desc(), before.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    earliest = (
        select(first.counselor_id)
        .where(first.case_id == Case.id)
        .order_by(first.assigned_at, first.id)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(held, earliest, Case.counselor_id)


def _stage_at_end(period: ReportPeriod) -> ColumnElement[Any]:
    changed = (
        select(CaseStageChange.to_stage)
        .where(CaseStageChange.case_id == Case.id, CaseStageChange.changed_on <= period.end)
        .order_by(CaseStageChange.changed_on.desc(), CaseStageChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(changed, Case.stage)


def _table(
    key: str,
    title: str,
    row_header: str,
    columns: tuple[str, ...],
    rows: list[ReportRow],
    *,
    totals: tuple[int, ...] | bool | None = True,
    note: str = "",
) -> ReportTable:
    """``totals=True`` sums the columns; a tuple gives them; None or False leaves the row out."""
    if totals is True:
        totals = tuple(sum(r.values[i] for r in rows) for i in range(len(columns)))
    elif totals is False:
        totals = None
    return ReportTable(key, title, row_header, columns, tuple(rows), totals, note)


def _clients_by_age(s: Session, period: ReportPeriod) -> ReportTable:
    first = (
        select(Case.client_id, func.min(Case.intake_date).label("first_intake"))
        .group_by(Case.client_id)
        .subquery()
    )
    band = _age_band(first.c.first_intake)
    counts: dict[tuple[str, str], int] = {}
    for band_code, sex, n in s.execute(
        select(band, Client.sex, func.count())
        .select_from(first)
        .join(Client, Client.id == first.c.client_id)
        .where(first.c.first_intake.between(period.start, period.end))
        .group_by(band, Client.sex)
    ):
        counts[(band_code, sex)] = int(n)
    sexes = tuple(SEXES)
    labels = [(code, label) for code, label, _top in AGE_BANDS]
    if any(code == _UNKNOWN for code, _sex in counts):
        labels.append((_UNKNOWN, "Umur tidak diketahui"))
    rows = []
    for code, label in labels:
        values = [counts.get((code, sex), 0) for sex in sexes]
        rows.append(ReportRow(label, (*values, sum(values))))
    return _table(
        "clients_by_age",
        "Klien baru menurut kelompok umur dan jenis kelamin",
        "Kelompok umur",
        (*(SEXES[sex] for sex in sexes), "Jumlah"),
        rows,
        note="Klien baru: klien yang kasus pertamanya diterima dalam periode ini. Umur dihitung "
        "pada tanggal penerimaan; perkiraan umur ikut dihitung.",
    )


def _cases_by_pmks(s: Session, period: ReportPeriod) -> ReportTable:
    rows = [
        ReportRow(f"{code} {name}", (int(n),))
        for code, name, n in s.execute(
            select(PmksCategory.code, PmksCategory.name, func.count(distinct(Case.id)))
            .select_from(Case)
            .join(client_pmks, client_pmks.c.client_id == Case.client_id)
            .join(PmksCategory, PmksCategory.id == client_pmks.c.category_id)
            .where(_new_cases(period))
            .group_by(PmksCategory.id)
            .order_by(PmksCategory.code)
        )
    ]
    without = s.execute(
        select(func.count(Case.id)).where(
            _new_cases(period),
            ~exists().where(client_pmks.c.client_id == Case.client_id),
        )
    ).scalar_one()
    if without:
        rows.append(ReportRow("Belum ditetapkan kategori PPKS", (int(without),)))
    return _table(
        "cases_by_pmks",
        "Kasus baru menurut kategori PPKS (d/h PMKS)",
        "Kategori PPKS",
        ("Kasus",),
        rows,
        totals=None,
        note="Satu klien dapat termasuk lebih dari satu kategori PPKS, sehingga jumlah baris "
        "dapat melebihi jumlah kasus baru.",
    )


def _cases_by_source(s: Session, period: ReportPeriod) -> ReportTable:
    counts = _pairs(
        s.execute(
            select(Case.referral_source, func.count())
            .where(_new_cases(period))
            .group_by(Case.referral_source)
        )
    )
    rows = [ReportRow(label, (counts.pop(code, 0),)) for code, label in REFERRAL_SOURCES.items()]
    rows += [ReportRow(code, (n,)) for code, n in sorted(counts.items())]
    return _table(
        "cases_by_source", "Kasus baru menurut sumber rujukan", "Sumber", ("Kasus",), rows
    )


def _cases_by_problem(s: Session, period: ReportPeriod) -> ReportTable:
    area = case_problem_areas.c
    rows = [
        ReportRow(name, (int(n),))
        for name, n in s.execute(
            select(ProblemArea.name, func.count(distinct(Case.id)))
            .select_from(Case)
            .join(case_problem_areas, area.case_id == Case.id)
            .join(ProblemArea, ProblemArea.id == area.problem_area_id)
            .where(_new_cases(period))
            .group_by(ProblemArea.id)
            .order_by(func.count(distinct(Case.id)).desc(), ProblemArea.name)
        )
    ]
    without = s.execute(
        select(func.count(Case.id)).where(
            _new_cases(period), ~exists().where(area.case_id == Case.id)
        )
    ).scalar_one()
    if without:
        rows.append(ReportRow("Belum ditetapkan", (int(without),)))
    return _table(
        "cases_by_problem",
        "Kasus baru menurut bidang masalah",
        "Bidang masalah",
        ("Kasus",),
        rows,
        totals=None,
        note="Satu kasus dapat memiliki lebih dari satu bidang masalah.",
    )


def _open_by_stage(s: Session, period: ReportPeriod) -> ReportTable:
    stage = _stage_at_end(period)
    counts = _pairs(
        s.execute(select(stage, func.count()).where(_open_at_end(period)).group_by(stage))
    )
    rows = [ReportRow(STAGE_LABELS_ID[st], (counts.pop(st.value, 0),)) for st in _OPEN_STAGES]
    rows += [ReportRow(str(code), (n,)) for code, n in sorted(counts.items())]
    return _table(
        "open_by_stage",
        "Kasus aktif pada akhir periode menurut tahap",
        "Tahap",
        ("Kasus",),
        rows,
        note="Kasus aktif: diterima paling lambat pada hari terakhir periode dan belum "
        "diterminasi pada hari itu.",
    )


def _signed_split(
    s: Session, column: Any, labels: Mapping[str, str], period: ReportPeriod
) -> list[ReportRow]:
    signed = CounselingSession.signed_at.is_not(None)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for code, is_signed, n in s.execute(
        select(column, signed, func.count())
        .where(CounselingSession.session_date.between(period.start, period.end))
        .group_by(column, signed)
    ):
        counts[code][0 if is_signed else 1] += int(n)
    order = list(labels) + sorted(set(counts) - set(labels))
    rows = []
    for code in order:
        done, draft = counts.get(code, [0, 0])
        rows.append(ReportRow(labels.get(code, code), (done, draft, done + draft)))
    return rows


def _sessions_by_modality(s: Session, period: ReportPeriod) -> ReportTable:
    return _table(
        "sessions_by_modality",
        "Sesi konseling yang dilaksanakan menurut modalitas",
        "Modalitas",
        _SIGNED_DRAFT,
        _signed_split(s, CounselingSession.modality, MODALITIES, period),
        note="Draf: catatan sesi yang belum ditandatangani konselor.",
    )


def _sessions_by_service(s: Session, period: ReportPeriod) -> ReportTable:
    return _table(
        "sessions_by_service",
        "Sesi konseling yang dilaksanakan menurut jenis layanan",
        "Jenis layanan",
        _SIGNED_DRAFT,
        _signed_split(s, CounselingSession.service_type, SERVICE_TYPES, period),
    )


def _appointments(s: Session, period: ReportPeriod, now: datetime.datetime) -> ReportTable:
    # In a period that has not ended, appointments still to come are no activity yet.
    until = min(_midnight(period.next_day), now)
    counts = _pairs(
        s.execute(
            select(Appointment.status, func.count())
            .where(
                Appointment.starts_at >= _midnight(period.start),
                Appointment.starts_at < until,
            )
            .group_by(Appointment.status)
        )
    )
    order = (
        AppointmentStatus.SELESAI,
        AppointmentStatus.TIDAK_HADIR,
        AppointmentStatus.BATAL,
        AppointmentStatus.TERJADWAL,
    )
    rows = [ReportRow(APPOINTMENT_STATUS_LABELS_ID[st], (counts.get(st.value, 0),)) for st in order]
    return _table("appointments", "Janji temu menurut kehadiran", "Status", ("Janji temu",), rows)


def _band_order(code: str) -> dict[str | None, tuple[int, str]]:
    """Severity codes of an instrument's total in score order, with their labels."""
    try:
        definition = instruments.get(code)
    except KeyError:
        return {}
    bands = definition.bands.get(instruments.TOTAL, ())
    return {band.code: (i, band.label_id) for i, band in enumerate(bands)}


def _instruments(s: Session, period: ReportPeriod) -> ReportTable:
    signed = InstrumentAdministration.status == "signed"
    counts: dict[tuple[str, str | None], list[int]] = defaultdict(lambda: [0, 0])
    stored_labels: dict[tuple[str, str | None], str] = {}
    for code, severity, label, is_signed, n in s.execute(
        select(
            InstrumentAdministration.instrument_code,
            InstrumentAdministration.severity_code,
            func.max(InstrumentAdministration.severity_label),
            signed,
            func.count(),
        )
        .where(InstrumentAdministration.administered_on.between(period.start, period.end))
        .group_by(
            InstrumentAdministration.instrument_code,
            InstrumentAdministration.severity_code,
            signed,
        )
    ):
        counts[(code, severity)][0 if is_signed else 1] += int(n)
        stored_labels[(code, severity)] = label or ""
    orders = {code: _band_order(code) for code, _severity in counts}

    def position(key: tuple[str, str | None]) -> tuple[str, int, str]:
        code, severity = key
        rank, _label = orders[code].get(severity, (len(orders[code]), severity or "~"))
        return code, rank, severity or "~"

    rows = []
    for key in sorted(counts, key=position):
        code, severity = key
        if severity is None:
            band = "tanpa kategori skor total"
        else:
            band = orders[code].get(severity, (0, stored_labels[key] or severity))[1]
        done, draft = counts[key]
        rows.append(ReportRow(f"{code} \u00b7 {band}", (done, draft, done + draft)))
    return _table(
        "instruments",
        "Administrasi instrumen skrining menurut instrumen dan tingkat keparahan",
        "Instrumen \u00b7 tingkat keparahan",
        _SIGNED_DRAFT,
        rows,
        note="Tingkat keparahan menurut skor total instrumen; instrumen yang hanya dinilai per "
        "subskala (misalnya DASS-21) tercatat tanpa kategori skor total.",
    )


def _risk_flags(s: Session, period: ReportPeriod) -> ReportTable:
    end = _midnight(period.next_day)
    open_then = and_(
        RiskFlag.status != _FLAG_WITHDRAWN,
        RiskFlag.raised_at < end,
        or_(RiskFlag.resolved_at.is_(None), RiskFlag.resolved_at >= end),
    )
    rows = []
    for source, flags, people in s.execute(
        select(RiskFlag.source, func.count(RiskFlag.id), func.count(distinct(RiskFlag.client_id)))
        .where(open_then)
        .group_by(RiskFlag.source)
        .order_by(RiskFlag.source)
    ):
        label = "Asesmen psikososial (risiko tinggi)" if source == _NARRATIVE_SOURCE else source
        rows.append(ReportRow(label, (int(flags), int(people))))
    flags_total, people_total = s.execute(
        select(func.count(RiskFlag.id), func.count(distinct(RiskFlag.client_id))).where(open_then)
    ).one()
    return _table(
        "risk_flags",
        "Tanda risiko tinggi yang masih terbuka pada akhir periode",
        "Sumber tanda",
        ("Tanda", "Klien"),
        rows,
        totals=(int(flags_total), int(people_total)),
        note="Jumlah klien dihitung sekali walaupun memiliki lebih dari satu tanda.",
    )


def _issued(period: ReportPeriod) -> ColumnElement[bool]:
    return ReferralLetter.letter_date.between(period.start, period.end)


def _referrals_by_type(s: Session, period: ReportPeriod) -> ReportTable:
    rows = [
        ReportRow(name, (int(n),))
        for name, n in s.execute(
            select(PartnerType.name, func.count(ReferralLetter.id))
            .select_from(ReferralLetter)
            .join(Referral, Referral.id == ReferralLetter.referral_id)
            .join(Partner, Partner.id == Referral.partner_id)
            .join(PartnerType, PartnerType.id == Partner.type_id)
            .where(_issued(period))
            .group_by(PartnerType.id)
            .order_by(func.count(ReferralLetter.id).desc(), PartnerType.name)
        )
    ]
    return _table(
        "referrals_by_type",
        "Rujukan yang diterbitkan menurut jenis lembaga mitra",
        "Jenis lembaga mitra",
        ("Rujukan",),
        rows,
        note="Rujukan dihitung dari surat rujukan yang ditandatangani dalam periode ini.",
    )


def _referrals_by_status(s: Session, period: ReportPeriod) -> ReportTable:
    changed = (
        select(ReferralStatusChange.to_status)
        .where(
            ReferralStatusChange.referral_id == Referral.id,
            ReferralStatusChange.changed_on <= period.end,
        )
        .order_by(ReferralStatusChange.changed_on.desc(), ReferralStatusChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    status = func.coalesce(changed, Referral.status)
    counts = _pairs(
        s.execute(
            select(status, func.count(ReferralLetter.id))
            .select_from(ReferralLetter)
            .join(Referral, Referral.id == ReferralLetter.referral_id)
            .where(_issued(period))
            .group_by(status)
        )
    )
    rows = [
        ReportRow(STATUS_LABELS_ID[st], (counts.pop(st.value),))
        for st in STATUS_ORDER
        if st.value in counts
    ]
    rows += [ReportRow(str(code), (n,)) for code, n in sorted(counts.items())]
    return _table(
        "referrals_by_status",
        "Rujukan yang diterbitkan menurut status pada akhir periode",
        "Status rujukan",
        ("Rujukan",),
        rows,
    )


def _caseload(s: Session, period: ReportPeriod) -> ReportTable:
    holder = _holder_at_end(period)
    per: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for column, condition in enumerate(
        (
            _open_at_end(period),
            _new_cases(period),
            Case.closed_on.between(period.start, period.end),
        )
    ):
        for counselor, n in s.execute(
            select(holder, func.count()).where(condition).group_by(holder)
        ):
            per[counselor][column] += int(n)
    for author, n in s.execute(
        select(CounselingSession.author_id, func.count())
        .where(CounselingSession.session_date.between(period.start, period.end))
        .group_by(CounselingSession.author_id)
    ):
        per[author][3] += int(n)
    # Staff names are allowed here: the caseload is about the office's own workers.
    names: dict[int, str] = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
    ordered = sorted(
        (uid for uid in per if uid is not None), key=lambda uid: names.get(uid, "").lower()
    )
    rows = [ReportRow(names.get(uid, f"#{uid}"), tuple(per[uid])) for uid in ordered]
    if None in per:
        rows.append(ReportRow("Belum ditugaskan", tuple(per[None])))
    return _table(
        "caseload",
        "Beban kasus per konselor",
        "Konselor",
        ("Kasus aktif akhir periode", "Kasus baru", "Kasus ditutup", "Sesi"),
        rows,
        note="Kasus dihitung pada konselor yang menanganinya pada akhir periode; sesi pada "
        "penulis catatan sesi.",
    )


def _gather(
    s: Session, period: ReportPeriod, now: datetime.datetime
) -> tuple[PeriodicReport, CenterProfile]:
    profile = s.get(CenterProfile, 1)
    assert profile is not None
    tables = (
        _clients_by_age(s, period),
        _cases_by_pmks(s, period),
        _cases_by_source(s, period),
        _cases_by_problem(s, period),
        _open_by_stage(s, period),
        _sessions_by_modality(s, period),
        _sessions_by_service(s, period),
        _appointments(s, period, now),
        _instruments(s, period),
        _risk_flags(s, period),
        _referrals_by_type(s, period),
        _referrals_by_status(s, period),
        _caseload(s, period),
    )
    by_key = {t.key: t for t in tables}

    def total(key: str, column: int = -1) -> int:
        totals = by_key[key].totals
        assert totals is not None
        return totals[column]

    new_cases = total("cases_by_source")
    closed = s.execute(
        select(func.count(Case.id)).where(Case.closed_on.between(period.start, period.end))
    ).scalar_one()
    no_shows = next(
        r.values[0]
        for r in by_key["appointments"].rows
        if r.label == APPOINTMENT_STATUS_LABELS_ID[AppointmentStatus.TIDAK_HADIR]
    )
    summary = (
        ("Klien baru", total("clients_by_age")),
        ("Kasus baru", new_cases),
        ("Kasus ditutup (terminasi)", int(closed)),
        ("Kasus aktif pada akhir periode", total("open_by_stage")),
        ("Sesi konseling yang dilaksanakan", total("sessions_by_modality")),
        ("Janji temu tidak hadir", no_shows),
        ("Administrasi instrumen skrining", total("instruments")),
        ("Tanda risiko tinggi terbuka pada akhir periode", total("risk_flags", 0)),
        ("Surat rujukan yang diterbitkan", total("referrals_by_type")),
    )
    head = s.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    report = PeriodicReport(
        period=period,
        center_name=profile.name,
        center_code=profile.center_code,
        regency=region_name(profile.regency_code),
        generated_at=now,
        chain_head=(head or "")[:16],
        summary=summary,
        tables=tables,
        is_demo=profile.is_demo,
    )
    return report, profile


def _check(session: UserSession, period: ReportPeriod, today: datetime.date) -> None:
    session.require(Permission.VIEW_CLINICAL_ALL)
    session.require(Permission.READ_AUDIT)
    if period.end < period.start:
        raise ValidationError("Akhir periode tidak boleh sebelum awalnya.", "period")
    if period.start > today:
        raise ValidationError("Periode ini belum dimulai.", "period")


def build_report(session: UserSession, period: ReportPeriod) -> PeriodicReport:
    """The report's counts for ``period`` (head only); aggregates only, never a name.

    Not audited: it shows no personal data, and leaving the chain alone keeps the head shown
    on screen the one the PDF prints next."""
    now = datetime.datetime.now().replace(microsecond=0)
    _check(session, period, now.date())
    with session.store.transaction() as s:
        return _gather(s, period, now)[0]


def report_pdf(session: UserSession, period: ReportPeriod, *, printed: bool = False) -> bytes:
    """The report as an A4 PDF with the chain head on every page; audited as
    ``report.exported`` (``report.printed`` when ``printed``) with the period and the head.

    The head printed is the chain's last entry before this one, read in the same transaction
    that appends the audit entry, so no other entry can come between."""
    now = datetime.datetime.now().replace(microsecond=0)
    _check(session, period, now.date())
    with session.store.transaction() as s:
        report, profile = _gather(s, period, now)
        pdf = render_periodic_report(
            PeriodicReportData(
                center_name=profile.name,
                center_code=profile.center_code,
                regency=report.regency,
                address=profile.address,
                phone=profile.phone,
                email=profile.email,
                logo=profile.logo,
                # The head signs; a profile without the head's name falls back to the
                # signed-in head, the only role that may make the report.
                head_name=profile.head_name.strip() or session.actor.full_name,
                head_nip=profile.head_nip,
                place=place_name(profile.regency_code),
                period_label=period.label,
                period_start=period.start,
                period_end=period.end,
                generated_on=now.date(),
                chain_head=report.chain_head,
                summary=report.summary,
                tables=report.tables,
                is_demo=report.is_demo,
            )
        )
        session.audit(
            s,
            "report.printed" if printed else "report.exported",
            "report",
            None,
            {"period": period.as_detail(), "head": report.chain_head},
        )
    return pdf
