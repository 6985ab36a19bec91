"""Tables about what the office did: sessions by modality, every service by its Permensos
type (sessions and activities), appointments, screening instruments, risk flags still open,
and the activities outside casework."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Mapping
from typing import Any, Final

from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from lk3_desktop.core import instruments
from lk3_desktop.core.activities import ACTIVITY_KINDS
from lk3_desktop.core.session_notes import (
    APPOINTMENT_STATUS_LABELS_ID,
    MODALITIES,
    PERMENSOS_SERVICES,
    AppointmentStatus,
    permensos_service,
)
from lk3_desktop.db.models import (
    Activity,
    Appointment,
    CounselingSession,
    InstrumentAdministration,
    RiskFlag,
)
from lk3_desktop.documents.periodic_report import ReportRow, ReportTable
from lk3_desktop.services.reports._query import make_table, midnight, pairs
from lk3_desktop.services.reports.periods import ReportPeriod

SIGNED_DRAFT: Final = ("Ditandatangani", "Draf", "Jumlah")
_FLAG_WITHDRAWN: Final = "withdrawn"
_NARRATIVE_SOURCE: Final = "ASESMEN"


def _in_period(column: Any, period: ReportPeriod) -> Any:
    return column.between(period.start, period.end)


def _signed_split(
    s: Session, column: Any, labels: Mapping[str, str], period: ReportPeriod
) -> list[ReportRow]:
    signed = CounselingSession.signed_at.is_not(None)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for code, is_signed, n in s.execute(
        select(column, signed, func.count())
        .where(_in_period(CounselingSession.session_date, period))
        .group_by(column, signed)
    ):
        counts[code][0 if is_signed else 1] += int(n)
    order = list(labels) + sorted(set(counts) - set(labels))
    rows = []
    for code in order:
        done, draft = counts.get(code, [0, 0])
        rows.append(ReportRow(labels.get(code, code), (done, draft, done + draft)))
    return rows


def sessions_by_modality(s: Session, period: ReportPeriod) -> ReportTable:
    return make_table(
        "sessions_by_modality",
        "Sesi konseling yang dilaksanakan menurut modalitas",
        "Modalitas",
        SIGNED_DRAFT,
        _signed_split(s, CounselingSession.modality, MODALITIES, period),
        note="Draf: catatan sesi yang belum ditandatangani konselor.",
    )


def services_by_type(s: Session, period: ReportPeriod) -> ReportTable:
    sessions: dict[str, int] = defaultdict(int)
    for code, n in s.execute(
        select(CounselingSession.service_type, func.count())
        .where(_in_period(CounselingSession.session_date, period))
        .group_by(CounselingSession.service_type)
    ):
        sessions[permensos_service(code)] += int(n)
    activities = pairs(
        s.execute(
            select(Activity.service_type, func.count())
            .where(_in_period(Activity.activity_date, period), Activity.removed_at.is_(None))
            .group_by(Activity.service_type)
        )
    )
    others = (set(sessions) | set(activities)) - set(PERMENSOS_SERVICES)
    codes = [*PERMENSOS_SERVICES, *sorted(c for c in others if c)]
    rows = []
    for code in codes:
        a, b = sessions.get(code, 0), activities.get(code, 0)
        rows.append(ReportRow(PERMENSOS_SERVICES.get(code, code), (a, b, a + b)))
    return make_table(
        "services_by_type",
        "Layanan menurut jenis layanan LK3 (Permensos No. 25 Tahun 2017)",
        "Jenis layanan",
        ("Sesi kasus", "Kegiatan luar kasus", "Jumlah"),
        rows,
        note="Sesi kasus: sesi konseling yang dilaksanakan dalam periode ini (ditandatangani "
        "atau masih draf); konseling individu, keluarga, kelompok dan mediasi keluarga "
        "dihitung sebagai konseling. Kegiatan luar kasus: kegiatan yang tercatat pada daftar "
        "kegiatan.",
    )


def appointments(s: Session, period: ReportPeriod, now: datetime.datetime) -> ReportTable:
    # In a period that has not ended, appointments still to come are no activity yet.
    until = min(midnight(period.next_day), now)
    counts = pairs(
        s.execute(
            select(Appointment.status, func.count())
            .where(
                Appointment.starts_at >= midnight(period.start),
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
    return make_table(
        "appointments", "Janji temu menurut kehadiran", "Status", ("Janji temu",), rows
    )


def _band_order(code: str) -> dict[str | None, tuple[int, str]]:
    """Severity codes of an instrument's total in score order, with their labels."""
    try:
        definition = instruments.get(code)
    except KeyError:
        return {}
    bands = definition.bands.get(instruments.TOTAL, ())
    return {band.code: (i, band.label_id) for i, band in enumerate(bands)}


def screening(s: Session, period: ReportPeriod) -> ReportTable:
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
        .where(_in_period(InstrumentAdministration.administered_on, period))
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
    return make_table(
        "instruments",
        "Administrasi instrumen skrining menurut instrumen dan tingkat keparahan",
        "Instrumen \u00b7 tingkat keparahan",
        SIGNED_DRAFT,
        rows,
        note="Tingkat keparahan menurut skor total instrumen; instrumen yang hanya dinilai per "
        "subskala (misalnya DASS-21) tercatat tanpa kategori skor total.",
    )


def risk_flags(s: Session, period: ReportPeriod) -> ReportTable:
    end = midnight(period.next_day)
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
    return make_table(
        "risk_flags",
        "Tanda risiko tinggi yang masih terbuka pada akhir periode",
        "Sumber tanda",
        ("Tanda", "Klien"),
        rows,
        note="Pada setiap baris, klien dihitung sekali walaupun memiliki lebih dari satu tanda "
        "dari sumber itu; klien dengan tanda dari dua sumber tercatat pada kedua baris. Jumlah "
        "klien yang berbeda tercantum pada ringkasan.",
    )


def clients_with_open_flags(s: Session, period: ReportPeriod) -> int:
    """Distinct clients with a risk flag open at the end of the period."""
    end = midnight(period.next_day)
    return int(
        s.execute(
            select(func.count(distinct(RiskFlag.client_id))).where(
                RiskFlag.status != _FLAG_WITHDRAWN,
                RiskFlag.raised_at < end,
                or_(RiskFlag.resolved_at.is_(None), RiskFlag.resolved_at >= end),
            )
        ).scalar_one()
    )


def activities_by_kind(s: Session, period: ReportPeriod) -> ReportTable:
    counts = {
        kind: (int(n), int(male or 0), int(female or 0))
        for kind, n, male, female in s.execute(
            select(
                Activity.kind,
                func.count(),
                func.sum(Activity.participants_male),
                func.sum(Activity.participants_female),
            )
            .where(_in_period(Activity.activity_date, period), Activity.removed_at.is_(None))
            .group_by(Activity.kind)
        )
    }
    rows = []
    for code in list(ACTIVITY_KINDS) + sorted(set(counts) - set(ACTIVITY_KINDS)):
        n, male, female = counts.get(code, (0, 0, 0))
        rows.append(ReportRow(ACTIVITY_KINDS.get(code, code), (n, male, female, male + female)))
    return make_table(
        "activities_by_kind",
        "Kegiatan di luar kasus menurut jenis kegiatan",
        "Jenis kegiatan",
        ("Kegiatan", "Peserta L", "Peserta P", "Jumlah peserta"),
        rows,
        note="Kegiatan yang tercatat pada daftar kegiatan dengan tanggal dalam periode ini; "
        "kegiatan yang dihapus dari daftar tidak dihitung.",
    )
