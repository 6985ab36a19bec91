"""The periodic report as a spreadsheet (XLSX, openpyxl) and as a zip of CSV files.

XLSX: a "Ringkasan" sheet, then one sheet per table in the PDF's order ("01 Kasus baru per
bulan", ...), and "Catatan" with the head's notes. Each sheet opens with the center, the
period and the table's title; the header row is frozen; numbers are numbers (so a Dinas
Sosial officer can add them up); columns are as wide as their content; the "Jumlah" row is
bold and the table's note sits under it.

CSV: the same tables, one file each, UTF-8 with a byte-order mark (Excel opens it with the
right letters), the header row first and the "Jumlah" row last, plus ``keterangan.txt`` with
the center, the period, the chain code and every table's note. The zip's timestamps are the
report's, so the same report gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.vocabulary import CHAIN_HEAD_TERM
from lk3_desktop.documents.periodic_report.data import ReportNarrative, ReportTable

__all__ = ["SpreadsheetReport", "render_csv_zip", "render_xlsx", "sheet_names"]

_BAD_SHEET_CHARS: Final = re.compile(r"[\[\]:*?/\\]")
_HEADER_FILL: Final = "EEF1F4"
_TOTAL_FILL: Final = "F6F7F9"
_MAX_WIDTH: Final = 60


@dataclass(frozen=True)
class SpreadsheetReport:
    """Everything the spreadsheet prints: counts, not names."""

    center_name: str
    period_label: str
    period_start: date
    period_end: date
    generated_at: datetime
    chain_head: str
    summary: tuple[tuple[str, int], ...]
    tables: tuple[ReportTable, ...]
    narrative: ReportNarrative = field(default_factory=ReportNarrative)
    is_demo: bool = False
    head_title: str = "Kepala"  # or "Ketua"

    def heading_lines(self) -> list[str]:
        lines = [
            self.center_name.strip(),
            f"Laporan Kegiatan LK3 {self.period_label}",
            f"Periode: {format_date_id(self.period_start)} s.d. {format_date_id(self.period_end)}",
            f"Dibuat: {format_date_id(self.generated_at.date())} \u00b7 "
            f"{CHAIN_HEAD_TERM}: {self.chain_head}",
        ]
        if self.is_demo:
            lines.append("DATA DEMO \u2013 BUKAN DATA NYATA")
        return lines


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def sheet_names(tables: tuple[ReportTable, ...]) -> list[str]:
    """ "01 Kasus baru menurut bulan p…": the table's number and title, within Excel's 31
    characters and without the characters Excel refuses."""
    names = []
    for number, table in enumerate(tables, start=1):
        title = _BAD_SHEET_CHARS.sub(" ", table.title)
        names.append(f"{number:02d} {title}"[:31].rstrip())
    return names


def _table_rows(table: ReportTable) -> list[list[Any]]:
    rows: list[list[Any]] = [["No.", table.row_header, *table.columns]]
    for i, row in enumerate(table.rows, start=1):
        rows.append([i, row.label, *row.values])
    if table.totals is not None:
        rows.append(["", "Jumlah", *table.totals])
    return rows


def _fill_sheet(
    sheet: Any, heading: list[str], title: str, rows: list[list[Any]], note: str
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    for line in heading:
        sheet.append([line])
    sheet.append([title])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=12)
    sheet.append([])
    header_row = 0
    for row in rows:
        sheet.append(row)
        # (an empty row appended above holds no cell, so max_row is read after the header)
        header_row = header_row or sheet.max_row
    for cell in sheet[header_row]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    last = sheet.max_row
    if rows and rows[-1][1] == "Jumlah" and len(rows) > 1:
        for cell in sheet[last]:
            cell.font = bold
            cell.fill = PatternFill("solid", fgColor=_TOTAL_FILL)
    for row in sheet.iter_rows(min_row=header_row + 1, max_row=last, min_col=3):
        for cell in row:
            cell.number_format = "#,##0"
    if note:
        sheet.append([])
        sheet.append([note])
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    widths: dict[int, int] = {}
    for row in rows:
        for index, value in enumerate(row, start=1):
            widths[index] = max(widths.get(index, 0), len(str(value)))
    from openpyxl.utils import get_column_letter

    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index)].width = min(_MAX_WIDTH, width + 3)


def render_xlsx(report: SpreadsheetReport) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    heading = report.heading_lines()
    summary = book.active
    summary.title = "Ringkasan"
    _fill_sheet(
        summary,
        heading,
        "Ringkasan",
        [["No.", "Uraian", "Jumlah"]]
        + [[i, label, value] for i, (label, value) in enumerate(report.summary, start=1)],
        "",
    )
    for name, table in zip(sheet_names(report.tables), report.tables, strict=True):
        number = name.split(" ", 1)[0]
        sheet = book.create_sheet(name)
        _fill_sheet(
            sheet, heading, f"Tabel {int(number)}. {table.title}", _table_rows(table), table.note
        )
    notes = book.create_sheet("Catatan")
    _fill_sheet(
        notes,
        heading,
        f"Catatan {report.head_title} LK3",
        [["No.", "Bagian", "Isi"]]
        + [
            [i, label, text.strip() or "Tidak ada."]
            for i, (label, text) in enumerate(report.narrative.items(), start=1)
        ],
        "",
    )
    book.properties.creator = "LK3 Desktop"
    book.properties.title = f"Laporan Kegiatan LK3 {report.period_label}"
    book.properties.created = report.generated_at
    book.properties.modified = report.generated_at
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _csv(rows: list[list[Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerows(rows)
    return text.getvalue().encode("utf-8-sig")


def render_csv_zip(report: SpreadsheetReport) -> bytes:
    stamp = report.generated_at.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def put(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)

        notes = [*report.heading_lines(), ""]
        put(
            "00-ringkasan.csv",
            _csv(
                [["No.", "Uraian", "Jumlah"]]
                + [[i, label, value] for i, (label, value) in enumerate(report.summary, start=1)]
            ),
        )
        for number, table in enumerate(report.tables, start=1):
            name = f"{number:02d}-{_slug(table.key)}.csv"
            put(name, _csv(_table_rows(table)))
            notes.append(f"{name}: Tabel {number}. {table.title}")
            if table.note:
                notes.append(f"    {table.note}")
        put(
            f"{len(report.tables) + 1:02d}-catatan.csv",
            _csv(
                [["No.", "Bagian", "Isi"]]
                + [
                    [i, label, text.strip()]
                    for i, (label, text) in enumerate(report.narrative.items(), start=1)
                ]
            ),
        )
        put("keterangan.txt", ("\r\n".join(notes) + "\r\n").encode("utf-8"))
    return buffer.getvalue()
