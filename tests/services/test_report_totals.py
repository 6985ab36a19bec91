"""On a generated office: every total of the report equals the sum of its breakdown, every
summary figure equals the count made directly in SQL on the same database, and the XLSX and
CSV carry the same numbers as the report; an issued report keeps its bytes and its counts.

The demo generator fills every kind of record the report counts (outcomes, service types,
disabilities, activities, referrals with their follow-up), so a table that sums the wrong rows
or a figure drawn from the wrong table fails here whatever the seed made.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text
from support.factories import login, make_vault

from lk3_desktop.core.case_stages import CLOSING_OUTCOMES
from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.db.models import Activity
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.documents.periodic_report import ReportNarrative, sheet_names
from lk3_desktop.services import demo, reports
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.reports import PeriodicReport, ReportPeriod

PASSWORD = "Demo-Kantor-LK3-2026"
TODAY = datetime.date.today()
# Tables whose rows may overlap (one client in two PPKS categories): their "Jumlah" row is
# still the sum of the rows, but not a count of people.
OVERLAPPING = {"clients_by_ppks"}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-office") / "data"
    store = NoCredentialStore()
    demo.generate(folder, store, PASSWORD, 600, seed=23, vault=make_vault(folder, store))
    return folder


@pytest.fixture
def head(office: Path) -> Iterator[UserSession]:
    session = login(office, NoCredentialStore(), "kepala", PASSWORD)
    yield session
    session.store.close()


def periods() -> list[ReportPeriod]:
    return [
        reports.period_for("tahun", TODAY.year, 1),
        reports.period_for("tahun", TODAY.year - 1, 1),
        reports.period_for("triwulan", TODAY.year - 1, 3),
        reports.range_period(TODAY - datetime.timedelta(days=400), TODAY),
    ]


def sql(session: UserSession, statement: str, period: ReportPeriod) -> int:
    with session.store.transaction() as s:
        value = s.execute(
            text(statement), {"s": period.start.isoformat(), "e": period.end.isoformat()}
        ).scalar_one()
    return int(value or 0)


SERVED = "intake_date <= :e AND (closed_on IS NULL OR closed_on >= :s)"
# (summary label, the same count written directly in SQL)
DIRECT: tuple[tuple[str, str], ...] = (
    (
        "Klien baru",
        "SELECT count(*) FROM (SELECT min(intake_date) AS f FROM cases GROUP BY client_id) "
        "WHERE f BETWEEN :s AND :e",
    ),
    ("Klien dilayani", f"SELECT count(DISTINCT client_id) FROM cases WHERE {SERVED}"),
    (
        "Keluarga dilayani",
        f"SELECT count(DISTINCT coalesce(family_id, -client_id)) FROM cases WHERE {SERVED}",
    ),
    ("Kasus baru", "SELECT count(*) FROM cases WHERE intake_date BETWEEN :s AND :e"),
    ("Kasus ditutup (terminasi)", "SELECT count(*) FROM cases WHERE closed_on BETWEEN :s AND :e"),
    (
        "Kasus aktif pada akhir periode",
        "SELECT count(*) FROM cases WHERE intake_date <= :e "
        "AND (closed_on IS NULL OR closed_on > :e)",
    ),
    (
        "Sesi konseling yang dilaksanakan",
        "SELECT count(*) FROM counseling_sessions WHERE session_date BETWEEN :s AND :e",
    ),
    (
        "Administrasi instrumen skrining",
        "SELECT count(*) FROM instrument_administrations WHERE administered_on BETWEEN :s AND :e",
    ),
    (
        "Kegiatan di luar kasus",
        "SELECT count(*) FROM activities WHERE removed_at IS NULL "
        "AND activity_date BETWEEN :s AND :e",
    ),
    (
        "Peserta kegiatan di luar kasus",
        "SELECT sum(participants_male + participants_female) FROM activities "
        "WHERE removed_at IS NULL AND activity_date BETWEEN :s AND :e",
    ),
    (
        "Surat rujukan yang diterbitkan",
        "SELECT count(*) FROM referral_letters WHERE letter_date BETWEEN :s AND :e",
    ),
)


def check_sums(report: PeriodicReport) -> None:
    for table in report.tables:
        if table.totals is None:
            continue
        for column, total in enumerate(table.totals):
            assert total == sum(r.values[column] for r in table.rows), (table.key, column)
        if table.columns[-1] == "Jumlah":
            for row in table.rows:  # the last column is the sum of the ones before it
                assert row.values[-1] == sum(row.values[:-1]), (table.key, row.label)
    outcomes = report.table("referral_outcomes")
    for row in outcomes.rows:
        assert row.values[0] == sum(row.values[1:5]), row.label
    activity = report.table("activities_by_kind")
    for row in activity.rows:
        assert row.values[3] == row.values[1] + row.values[2], row.label


def test_every_total_is_the_sum_of_its_breakdown_and_the_count_in_sql(head: UserSession) -> None:
    seen_nonzero: set[str] = set()
    for period in periods():
        report = reports.build_report(head, period)
        check_sums(report)
        for label, statement in DIRECT:
            direct = sql(head, statement, period)
            assert report.count(label) == direct, (period.label, label)
            if direct:
                seen_nonzero.add(label)
        # the client tables each count every client served once
        served = report.count("Klien dilayani")
        for key in ("clients_by_regency", "clients_by_district", "clients_by_village"):
            assert report.table(key).totals[-1] == served, key  # type: ignore[index]
        families = report.table("families_served").totals
        assert families == (report.count("Keluarga dilayani"), served)
        disabled = sql(
            head,
            "SELECT count(DISTINCT c.id) FROM clients c JOIN cases k ON k.client_id = c.id "
            "WHERE k.intake_date <= :e AND (k.closed_on IS NULL OR k.closed_on >= :s) "
            "AND (c.disability_kinds != '' OR trim(c.disability) != '')",
            period,
        )
        assert report.table("clients_with_disability").totals[-1] == disabled  # type: ignore[index]
        for code, label in CLOSING_OUTCOMES.items():
            direct = sql(
                head,
                "SELECT count(*) FROM cases WHERE closed_on BETWEEN :s AND :e "
                f"AND closing_code = '{code}'",
                period,
            )
            assert (
                dict((r.label, r.values[0]) for r in report.table("closing_outcomes").rows)[label]
                == direct
            )
        by_type = {r.label: r.values for r in report.table("services_by_type").rows}
        assert sum(v[1] for v in by_type.values()) == report.count("Kegiatan di luar kasus")
        assert sum(v[0] for v in by_type.values()) == report.count(
            "Sesi konseling yang dilaksanakan"
        )
    # the generated office really exercised every figure
    assert seen_nonzero == {label for label, _statement in DIRECT}


def _xlsx_tables(data: bytes) -> dict[str, list[list[Any]]]:
    book = load_workbook(io.BytesIO(data))
    found = {}
    for sheet in book.worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        found[sheet.title] = rows
        assert sheet.freeze_panes is not None, sheet.title  # the header row stays in view
    return found


def test_xlsx_and_csv_carry_every_table_with_numbers_as_numbers(head: UserSession) -> None:
    period = reports.period_for("tahun", TODAY.year - 1, 1)
    report = reports.build_report(head, period)
    workbook = reports.report_file(head, period, "xlsx")
    sheets = _xlsx_tables(workbook)
    names = sheet_names(report.tables)
    assert list(sheets) == ["Ringkasan", *names, "Catatan"]
    book = load_workbook(io.BytesIO(workbook))
    for name, table in zip(names, report.tables, strict=True):
        rows = sheets[name]
        assert rows[0][0] == report.center_name  # the header names the center and period
        assert period.label in str(rows[1][0])
        header = next(i for i, r in enumerate(rows) if r[:2] == ["No.", table.row_header])
        body = rows[header + 1 : header + 1 + len(table.rows)]
        assert [tuple(r[2 : 2 + len(table.columns)]) for r in body] == [
            r.values for r in table.rows
        ]
        for r in body:
            assert all(isinstance(v, int) for v in r[2 : 2 + len(table.columns)])
        if table.totals is not None:
            total = rows[header + 1 + len(table.rows)]
            assert total[1] == "Jumlah" and tuple(total[2 : 2 + len(table.columns)]) == table.totals
        sheet = book[name]
        header_row = next(
            r[0].row
            for r in sheet.iter_rows()
            if [c.value for c in r[:2]] == ["No.", table.row_header]
        )
        assert sheet.freeze_panes == f"A{header_row + 1}"  # rows scroll under the header
        assert sheet.column_dimensions["B"].width >= len(table.row_header)
    summary = {r[1]: r[2] for r in sheets["Ringkasan"] if isinstance(r[0], int)}
    assert summary == dict(report.summary)

    archive = zipfile.ZipFile(io.BytesIO(reports.report_file(head, period, "csv")))
    files = archive.namelist()
    assert files[0] == "00-ringkasan.csv" and "keterangan.txt" in files
    for number, table in enumerate(report.tables, start=1):
        name = next(f for f in files if f.startswith(f"{number:02d}-"))
        rows = list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
        assert rows[0] == ["No.", table.row_header, *table.columns]
        values = [tuple(int(v) for v in row[2:]) for row in rows[1 : 1 + len(table.rows)]]
        assert values == [r.values for r in table.rows]
        if table.totals is not None:
            assert rows[-1][1] == "Jumlah"
            assert tuple(int(v) for v in rows[-1][2:]) == table.totals
    notes = archive.read("keterangan.txt").decode()
    assert period.label in notes and "Kode ujung rantai audit" in notes


def test_issued_report_keeps_its_bytes_and_its_counts(head: UserSession, office: Path) -> None:
    period = reports.period_for("triwulan", TODAY.year - 1, 4)
    notes = ReportNarrative("Kendaraan rusak.", "Koordinasi dengan TKSK.", "Tambah konselor.")
    issued = reports.issue_report(head, period, notes)
    pdf = reports.issued_report_file(head, issued.id, "pdf")
    assert hashlib.sha256(pdf).hexdigest() == issued.sha256
    text_all = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Kendaraan rusak." in text_all and "Tambah konselor." in text_all
    assert f"Kode ujung rantai audit: {issued.chain_head}" in text_all
    before = reports.issued_report_file(head, issued.id, "xlsx")
    # the records change after issuing: a new activity in that quarter
    with head.store.transaction() as s:
        s.add(
            Activity(
                activity_date=period.end,
                kind="sosialisasi",
                service_type="psikoedukasi",
                title="Dicatat terlambat",
                participants_male=10,
                participants_female=10,
                created_at=datetime.datetime.now(),
                updated_at=datetime.datetime.now(),
            )
        )
    recount = reports.build_report(head, period)
    assert (
        recount.count("Kegiatan di luar kasus") == _summary_of(before)["Kegiatan di luar kasus"] + 1
    )
    # ... the issued report does not: same PDF bytes, same numbers in its spreadsheet
    assert reports.issued_report_file(head, issued.id, "pdf") == pdf
    assert _summary_of(reports.issued_report_file(head, issued.id, "xlsx")) == _summary_of(before)
    assert [i.id for i in reports.list_issued_reports(head)] == [issued.id]
    rina = login(office, NoCredentialStore(), "rina", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            reports.issued_report_file(rina, issued.id)
        with pytest.raises(PermissionDenied):
            reports.list_issued_reports(rina)
    finally:
        rina.store.close()


def _summary_of(workbook: bytes) -> dict[str, int]:
    rows = _xlsx_tables(workbook)["Ringkasan"]
    return {r[1]: r[2] for r in rows if isinstance(r[0], int)}
