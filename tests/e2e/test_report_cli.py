"""`lk3-desktop report` on a generated office, as the issue checks it: the report as XLSX, CSV
and PDF for a year; every table present in each; totals equal to the sums of their
breakdowns and to counts made directly in SQL on the same database; head only; audited."""

from __future__ import annotations

import csv
import datetime
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text
from support.factories import cli_demo
from test_backup_cli import assert_one_clear_line, run_cli

from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, reports

PASSWORD = "Demo-Kantor-LK3-2026"
YEAR = datetime.date.today().year - 1
SQL_COUNTS = {
    "Klien dilayani": "SELECT count(DISTINCT client_id) FROM cases "
    "WHERE intake_date <= :e AND (closed_on IS NULL OR closed_on >= :s)",
    "Kasus baru": "SELECT count(*) FROM cases WHERE intake_date BETWEEN :s AND :e",
    "Kasus ditutup (terminasi)": "SELECT count(*) FROM cases WHERE closed_on BETWEEN :s AND :e",
    "Kegiatan di luar kasus": "SELECT count(*) FROM activities "
    "WHERE removed_at IS NULL AND activity_date BETWEEN :s AND :e",
    "Surat rujukan yang diterbitkan": "SELECT count(*) FROM referral_letters "
    "WHERE letter_date BETWEEN :s AND :e",
}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-cli") / "data"
    cli_demo(folder, PASSWORD, 150)  # `demo --clients 150`, with the tests' cheap Argon2id
    return folder


def report(folder: Path, out: Path, fmt: str, username: str = "kepala") -> None:
    result = run_cli(
        "report", "--data-dir", str(folder), "--username", username, "--password-stdin",
        "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31", "--format", fmt, "--out", str(out),
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Tahun {YEAR}" in result.stdout


def test_the_report_in_three_forms_agrees_with_itself_and_with_sql(
    office: Path, tmp_path: Path
) -> None:
    for fmt in ("xlsx", "csv", "pdf"):
        report(office, tmp_path / f"laporan.{fmt}", fmt)
    session = accounts.login(office, NoCredentialStore("test"), "kepala", PASSWORD)
    try:
        expected = reports.build_report(session, reports.period_for("tahun", YEAR, 1))
        with session.store.transaction() as s:
            direct = {
                label: int(
                    s.execute(text(sql), {"s": f"{YEAR}-01-01", "e": f"{YEAR}-12-31"}).scalar_one()
                )
                for label, sql in SQL_COUNTS.items()
            }
            exported = [
                json.loads(d)["format"]
                for d in s.execute(
                    select(AuditEntry.detail).where(AuditEntry.action == "report.exported")
                ).scalars()
            ]
    finally:
        session.store.close()
    assert exported == ["xlsx", "csv", "pdf"]  # audited like the app, with the format

    # XLSX: every table a sheet; the summary and every table's rows and total as numbers
    book = load_workbook(tmp_path / "laporan.xlsx")
    assert len(book.sheetnames) == len(expected.tables) + 2
    summary = {
        row[1]: row[2]
        for row in book["Ringkasan"].iter_rows(values_only=True)
        if isinstance(row[0], int)
    }
    for label, count in direct.items():
        assert summary[label] == count, label
    for sheet, table in zip(book.worksheets[1:-1], expected.tables, strict=True):
        body = [r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
        assert len(body) == len(table.rows)
        total = (
            next(r for r in sheet.iter_rows(values_only=True) if r[1] == "Jumlah")
            if table.totals
            else None
        )
        if total is not None:
            width = len(table.columns)
            sums = tuple(sum(r[2 + i] for r in body) for i in range(width))
            assert tuple(total[2 : 2 + width]) == sums, sheet.title

    # CSV: the same tables, one file each, in the same order
    archive = zipfile.ZipFile(tmp_path / "laporan.csv")
    tables = [n for n in archive.namelist() if n.endswith(".csv")][1:-1]
    assert len(tables) == len(expected.tables)
    ringkasan = list(csv.reader(io.StringIO(archive.read("00-ringkasan.csv").decode("utf-8-sig"))))
    assert {row[1]: int(row[2]) for row in ringkasan[1:]} == dict(expected.summary)

    # PDF: every table printed under its number, and the summary as counted in SQL
    pdf_text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "laporan.pdf").pages
    )
    for number, table in enumerate(expected.tables, start=1):
        assert f"Tabel {number}. {table.title[:40]}" in pdf_text, table.key
    for label, count in direct.items():
        printed = f"{count:,}".replace(",", ".")
        assert f"{label} {printed}" in pdf_text, label


def test_only_the_head_may_make_the_report(office: Path, tmp_path: Path) -> None:
    result = run_cli(
        "report", "--data-dir", str(office), "--username", "rina", "--password-stdin",
        "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31", "--out", str(tmp_path / "x.pdf"),
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert_one_clear_line(result, "")  # one sentence, in the language the CLI speaks
    assert not (tmp_path / "x.pdf").exists()
