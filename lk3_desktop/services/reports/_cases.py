"""Tables about cases: new cases by month, PPKS, source and problem area; open cases by stage;
closed cases by their coded outcome."""

from __future__ import annotations

from sqlalchemy import distinct, exists, func, select
from sqlalchemy.orm import Session

from lk3_desktop.core.case_stages import CLOSING_OUTCOMES, STAGE_LABELS_ID, Stage
from lk3_desktop.core.dates_id import month_name_id
from lk3_desktop.core.vocabulary import REFERRAL_SOURCES
from lk3_desktop.db.models import Case, PmksCategory, ProblemArea, case_problem_areas, client_pmks
from lk3_desktop.db.sql_functions import iso_date
from lk3_desktop.documents.periodic_report import ReportRow, ReportTable
from lk3_desktop.services.reports._query import (
    closed_cases,
    make_table,
    new_cases,
    open_at_end,
    pairs,
    stage_at_end,
)
from lk3_desktop.services.reports.periods import ReportPeriod

# Stages a case can be open in, in workflow order.
_OPEN_STAGES = (
    Stage.INTAKE,
    Stage.ASESMEN,
    Stage.RENCANA,
    Stage.INTERVENSI,
    Stage.EVALUASI,
    Stage.RUJUKAN,
    Stage.BIMBINGAN_LANJUT,
)


def new_cases_by_month(s: Session, period: ReportPeriod) -> ReportTable:
    month = func.substr(iso_date(Case.intake_date), 1, 7)
    counts = pairs(s.execute(select(month, func.count()).where(new_cases(period)).group_by(month)))
    rows = []
    year, number = period.start.year, period.start.month
    while (year, number) <= (period.end.year, period.end.month):
        key = f"{year:04d}-{number:02d}"
        rows.append(ReportRow(f"{month_name_id(number)} {year}", (counts.get(key, 0),)))
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return make_table(
        "new_cases_by_month",
        "Kasus baru menurut bulan penerimaan",
        "Bulan",
        ("Kasus",),
        rows,
    )


def cases_by_pmks(s: Session, period: ReportPeriod) -> ReportTable:
    rows = [
        ReportRow(f"{code} {name}", (int(n),))
        for code, name, n in s.execute(
            select(PmksCategory.code, PmksCategory.name, func.count(distinct(Case.id)))
            .select_from(Case)
            .join(client_pmks, client_pmks.c.client_id == Case.client_id)
            .join(PmksCategory, PmksCategory.id == client_pmks.c.category_id)
            .where(new_cases(period))
            .group_by(PmksCategory.id)
            .order_by(PmksCategory.code)
        )
    ]
    without = s.execute(
        select(func.count(Case.id)).where(
            new_cases(period),
            ~exists().where(client_pmks.c.client_id == Case.client_id),
        )
    ).scalar_one()
    if without:
        rows.append(ReportRow("Belum ditetapkan kategori PPKS", (int(without),)))
    return make_table(
        "cases_by_pmks",
        "Kasus baru menurut kategori PPKS (d/h PMKS)",
        "Kategori PPKS",
        ("Kasus",),
        rows,
        totals=None,
        note="Satu klien dapat termasuk lebih dari satu kategori PPKS, sehingga jumlah baris "
        "dapat melebihi jumlah kasus baru.",
    )


def cases_by_source(s: Session, period: ReportPeriod) -> ReportTable:
    counts = pairs(
        s.execute(
            select(Case.referral_source, func.count())
            .where(new_cases(period))
            .group_by(Case.referral_source)
        )
    )
    rows = [ReportRow(label, (counts.pop(code, 0),)) for code, label in REFERRAL_SOURCES.items()]
    rows += [ReportRow(code, (n,)) for code, n in sorted(counts.items())]
    return make_table(
        "cases_by_source", "Kasus baru menurut sumber rujukan", "Sumber", ("Kasus",), rows
    )


def cases_by_problem(s: Session, period: ReportPeriod) -> ReportTable:
    area = case_problem_areas.c
    rows = [
        ReportRow(name, (int(n),))
        for name, n in s.execute(
            select(ProblemArea.name, func.count(distinct(Case.id)))
            .select_from(Case)
            .join(case_problem_areas, area.case_id == Case.id)
            .join(ProblemArea, ProblemArea.id == area.problem_area_id)
            .where(new_cases(period))
            .group_by(ProblemArea.id)
            .order_by(func.count(distinct(Case.id)).desc(), ProblemArea.name)
        )
    ]
    without = s.execute(
        select(func.count(Case.id)).where(
            new_cases(period), ~exists().where(area.case_id == Case.id)
        )
    ).scalar_one()
    if without:
        rows.append(ReportRow("Belum ditetapkan", (int(without),)))
    return make_table(
        "cases_by_problem",
        "Kasus baru menurut bidang masalah",
        "Bidang masalah",
        ("Kasus",),
        rows,
        totals=None,
        note="Satu kasus dapat memiliki lebih dari satu bidang masalah.",
    )


def open_by_stage(s: Session, period: ReportPeriod) -> ReportTable:
    stage = stage_at_end(period)
    counts = pairs(
        s.execute(select(stage, func.count()).where(open_at_end(period)).group_by(stage))
    )
    rows = [ReportRow(STAGE_LABELS_ID[st], (counts.pop(st.value, 0),)) for st in _OPEN_STAGES]
    rows += [ReportRow(str(code), (n,)) for code, n in sorted(counts.items())]
    return make_table(
        "open_by_stage",
        "Kasus aktif pada akhir periode menurut tahap",
        "Tahap",
        ("Kasus",),
        rows,
        note="Kasus aktif: diterima paling lambat pada hari terakhir periode dan belum "
        "diterminasi pada hari itu.",
    )


def closing_outcomes(s: Session, period: ReportPeriod) -> ReportTable:
    counts = pairs(
        s.execute(
            select(Case.closing_code, func.count())
            .where(closed_cases(period))
            .group_by(Case.closing_code)
        )
    )
    rows = [ReportRow(label, (counts.pop(code, 0),)) for code, label in CLOSING_OUTCOMES.items()]
    uncoded = sum(counts.values())
    if uncoded:
        rows.append(ReportRow("Belum dikodekan", (uncoded,)))
    return make_table(
        "closing_outcomes",
        "Kasus yang diterminasi menurut hasil terminasi",
        "Hasil terminasi",
        ("Kasus",),
        rows,
        note="Kasus dihitung pada tanggal terminasinya.",
    )
