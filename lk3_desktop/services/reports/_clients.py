"""Tables about people: new clients by age, clients and families served, where they live,
their PPKS category by sex and age group, and their disabilities."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable
from typing import Any, Final

from sqlalchemy import case as sql_case
from sqlalchemy import distinct, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from lk3_desktop.core.vocabulary import DISABILITY_KINDS, SEXES
from lk3_desktop.db.models import Case, Client, PmksCategory, client_pmks
from lk3_desktop.documents.periodic_report import ReportRow, ReportTable
from lk3_desktop.services.referrals import region_name
from lk3_desktop.services.reports._query import (
    AGE_BANDS,
    UNKNOWN,
    age_band,
    child_or_adult,
    make_table,
    served_cases,
    with_total,
)
from lk3_desktop.services.reports.periods import ReportPeriod

_SEX_COLUMNS: Final = (*SEXES.values(), "Jumlah")
_UNRECORDED: Final = "Tidak tercatat"
_SERVED_NOTE: Final = (
    "Klien dilayani: klien yang memiliki kasus aktif pada hari mana pun dalam periode ini "
    "(diterima paling lambat pada hari terakhir dan belum diterminasi sebelum hari pertama). "
    "Setiap klien dihitung satu kali."
)


def clients_by_age(s: Session, period: ReportPeriod) -> ReportTable:
    first = (
        select(Case.client_id, func.min(Case.intake_date).label("first_intake"))
        .group_by(Case.client_id)
        .subquery()
    )
    band = age_band(first.c.first_intake)
    counts: dict[tuple[str, str], int] = {}
    for band_code, sex, n in s.execute(
        select(band, Client.sex, func.count())
        .select_from(first)
        .join(Client, Client.id == first.c.client_id)
        .where(first.c.first_intake.between(period.start, period.end))
        .group_by(band, Client.sex)
    ):
        counts[(band_code, sex)] = int(n)
    labels = [(code, label) for code, label, _top in AGE_BANDS]
    if any(code == UNKNOWN for code, _sex in counts):
        labels.append((UNKNOWN, "Umur tidak diketahui"))
    rows = [
        ReportRow(label, with_total(counts.get((code, sex), 0) for sex in SEXES))
        for code, label in labels
    ]
    return make_table(
        "clients_by_age",
        "Klien baru menurut kelompok umur dan jenis kelamin",
        "Kelompok umur",
        _SEX_COLUMNS,
        rows,
        note="Klien baru: klien yang kasus pertamanya diterima dalam periode ini. Umur dihitung "
        "pada tanggal penerimaan; perkiraan umur ikut dihitung.",
    )


def _by_sex(
    s: Session, served: Any, column: InstrumentedAttribute[str | None]
) -> dict[str | None, list[int]]:
    """Clients served, by the region code in ``column`` and sex (L, P)."""
    counts: dict[str | None, list[int]] = defaultdict(lambda: [0] * len(SEXES))
    sexes = list(SEXES)
    for code, sex, n in s.execute(
        select(column, Client.sex, func.count())
        .select_from(served)
        .join(Client, Client.id == served.c.client_id)
        .group_by(column, Client.sex)
    ):
        if sex in SEXES:
            counts[code][sexes.index(sex)] += int(n)
    return counts


def _region_rows(
    counts: dict[str | None, list[int]], name: Callable[[str], str]
) -> list[ReportRow]:
    """A row per region, by name (the code when the name is unknown); "Tidak tercatat" last."""
    named = sorted(
        ((name(code) or code, values) for code, values in counts.items() if code),
        key=lambda item: item[0].lower(),
    )
    rows = [ReportRow(label, with_total(values)) for label, values in named]
    if None in counts:
        rows.append(ReportRow(_UNRECORDED, with_total(counts[None])))
    return rows


def clients_by_regency(s: Session, served: Any) -> ReportTable:
    counts = _by_sex(s, served, Client.regency_code)
    return make_table(
        "clients_by_regency",
        "Klien dilayani menurut kabupaten/kota tempat tinggal",
        "Kabupaten/kota",
        _SEX_COLUMNS,
        _region_rows(counts, region_name),
        note=_SERVED_NOTE,
    )


def _district_label(code: str) -> str:
    return f"{region_name(code)}, {region_name(code[:5])}"


def clients_by_district(s: Session, served: Any) -> ReportTable:
    counts = _by_sex(s, served, Client.district_code)
    return make_table(
        "clients_by_district",
        "Klien dilayani menurut kecamatan tempat tinggal",
        "Kecamatan, kabupaten/kota",
        _SEX_COLUMNS,
        _region_rows(counts, _district_label),
        note=_SERVED_NOTE,
    )


def _village_label(code: str) -> str:
    return f"{region_name(code)}, Kec. {region_name(code[:8])}"


def clients_by_village(s: Session, served: Any) -> ReportTable:
    counts = _by_sex(s, served, Client.village_code)
    return make_table(
        "clients_by_village",
        "Klien dilayani menurut desa/kelurahan tempat tinggal",
        "Desa/kelurahan, kecamatan",
        _SEX_COLUMNS,
        _region_rows(counts, _village_label),
        note=_SERVED_NOTE,
    )


_PPKS_COLUMNS: Final = (
    "Anak L",
    "Anak P",
    "Dewasa L",
    "Dewasa P",
    "Umur tidak diketahui",
    "Jumlah",
)


def _ppks_cell(group: str, sex: str) -> int:
    if group == UNKNOWN:
        return 4
    return (0 if group == "anak" else 2) + (0 if sex == "L" else 1)


def clients_by_ppks(s: Session, served: Any, age_day: datetime.date) -> ReportTable:
    group = child_or_adult(age_day)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * 5)
    for code, name, bucket, sex, n in s.execute(
        select(
            func.coalesce(PmksCategory.code, literal("")),
            func.coalesce(PmksCategory.name, literal("")),
            group,
            Client.sex,
            func.count(distinct(Client.id)),
        )
        .select_from(served)
        .join(Client, Client.id == served.c.client_id)
        .outerjoin(client_pmks, client_pmks.c.client_id == Client.id)
        .outerjoin(PmksCategory, PmksCategory.id == client_pmks.c.category_id)
        .group_by(PmksCategory.id, group, Client.sex)
    ):
        counts[(code, name)][_ppks_cell(bucket, sex)] += int(n)
    rows = [
        ReportRow(f"{code} {name}", with_total(values))
        for (code, name), values in sorted(counts.items())
        if code
    ]
    if ("", "") in counts:
        rows.append(ReportRow("Belum ditetapkan kategori PPKS", with_total(counts[("", "")])))
    return make_table(
        "clients_by_ppks",
        "Klien dilayani menurut kategori PPKS (d/h PMKS), jenis kelamin, anak dan dewasa",
        "Kategori PPKS",
        _PPKS_COLUMNS,
        rows,
        note="Anak: berumur di bawah 18 tahun pada akhir periode. Seorang klien dapat termasuk "
        "lebih dari satu kategori, sehingga baris Jumlah dapat melebihi jumlah klien dilayani.",
    )


_FAMILY_SIZES: Final = ((1, "1 klien"), (2, "2 klien"), (3, "3 klien atau lebih"))


def families_served(s: Session, period: ReportPeriod) -> ReportTable:
    # A case without a family counts as the client's own household.
    household = func.coalesce(Case.family_id, -Case.client_id)
    per_family = (
        select(household.label("household"), func.count(distinct(Case.client_id)).label("n"))
        .where(served_cases(period))
        .group_by(household)
        .subquery()
    )
    size = sql_case((per_family.c.n >= 3, 3), else_=per_family.c.n)
    counts = {
        int(band): (int(families), int(people))
        for band, families, people in s.execute(
            select(size, func.count(), func.sum(per_family.c.n)).group_by(size)
        )
    }
    rows = [ReportRow(label, counts.get(band, (0, 0))) for band, label in _FAMILY_SIZES]
    return make_table(
        "families_served",
        "Keluarga dilayani menurut jumlah anggota keluarga yang menjadi klien",
        "Anggota keluarga yang dilayani",
        ("Keluarga", "Klien"),
        rows,
        note="Keluarga adalah satuan layanan LK3. Keluarga dihitung dari keluarga yang dicatat "
        "pada kasus; kasus tanpa keluarga tercatat dihitung sebagai satu keluarga.",
    )


def clients_with_disability(s: Session, served: Any) -> ReportTable:
    kinds = Client.disability_kinds
    kind = sql_case(
        (kinds.contains(","), "ganda"),
        (kinds != "", kinds),
        else_="tidak_dirinci",
    )
    with_disability = (kinds != "") | (func.trim(Client.disability) != "")
    sexes = list(SEXES)
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(SEXES))
    for code, sex, n in s.execute(
        select(kind, Client.sex, func.count())
        .select_from(served)
        .join(Client, Client.id == served.c.client_id)
        .where(with_disability)
        .group_by(kind, Client.sex)
    ):
        if sex in SEXES:
            counts[code][sexes.index(sex)] += int(n)
    labels = [
        *DISABILITY_KINDS.items(),
        ("ganda", "Disabilitas ganda atau multi"),
        ("tidak_dirinci", "Ragam belum dirinci"),
    ]
    rows = [ReportRow(label, with_total(counts.get(code, [0, 0]))) for code, label in labels]
    return make_table(
        "clients_with_disability",
        "Klien dilayani dengan disabilitas menurut ragam (UU No. 8 Tahun 2016)",
        "Ragam disabilitas",
        _SEX_COLUMNS,
        rows,
        note="Setiap klien dihitung satu kali: klien dengan lebih dari satu ragam tercatat pada "
        "baris disabilitas ganda atau multi.",
    )
