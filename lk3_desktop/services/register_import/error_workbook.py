"""The rows that were not imported, as a workbook the office fixes and imports again.

Sheet "Baris gagal": the failed rows with their cells as the register had them, under headers
the import recognises again (a field's own name for every mapped column), then the row's
number in the original register and the reason in one or more sentences. Two columns the
office may fill: "Alasan NIK tetap disimpan" (a NIK that disagrees with the birth date or sex
but is right) and "Bukan orang yang sama (isi YA)" (a row that only resembles someone).
Identity numbers are written as text cells, so Excel keeps every digit when the sheet is
edited. Sheet "Pertanyaan" lists the names that need a decision; sheet "Petunjuk" says what
to do.

The workbook holds personal data in plain form, like the register it came from: it is written
only where the person chooses, and the writing is audited.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from lk3_desktop.core.region_names import LEVEL_WORDS
from lk3_desktop.core.register_cells import Cell
from lk3_desktop.core.register_columns import FIELD_LABELS, IGNORED
from lk3_desktop.core.roles import Permission
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.backup import known_file_errors
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.register_import.planning import ImportPlan
from lk3_desktop.services.register_import.rows import RowReason

Word = Callable[[RowReason], str]

SHEET_ROWS = "Baris gagal"
ROW_COLUMN = "Baris asal"
REASON_COLUMN = "Alasan tidak diimpor"
_TEXT_FIELDS = frozenset({"nik", "kk_number", "phone", "guardian_phone", "rt_rw", "rt", "rw"})
_ADDED = ("nik_reason", "not_duplicate")
_GUIDE = (
    "Baris-baris di lembar \u201cBaris gagal\u201d belum diimpor. Perbaiki isinya sesuai kolom "
    "\u201cAlasan tidak diimpor\u201d, lalu impor berkas ini lagi (Pengaturan > Impor register, "
    "atau lk3-desktop import). Kolom \u201cBaris asal\u201d dan \u201cAlasan tidak diimpor\u201d "
    "tidak ikut diimpor.",
    "NIK dan nomor KK harus tetap berformat Teks: jangan ubah formatnya menjadi Angka, karena "
    "Excel hanya menyimpan 15 digit angka dan digit terakhir NIK akan hilang.",
    "Bila NIK memang benar walaupun berbeda dengan tanggal lahir atau jenis kelamin, isi "
    "kolom \u201cAlasan NIK tetap disimpan\u201d.",
    "Bila sebuah baris mirip klien yang sudah terdaftar tetapi orangnya berbeda, isi YA di "
    "kolom \u201cBukan orang yang sama (isi YA)\u201d. Data tidak pernah digabung otomatis.",
    "Nama wilayah atau konselor yang belum pasti ada di lembar \u201cPertanyaan\u201d: "
    "perbaiki tulisannya di baris, atau jawab pertanyaannya di wizard impor.",
)


def _headers(plan: ImportPlan) -> tuple[list[str], list[int | None]]:
    """The written headers and, for each, the source column it comes from (None: added)."""
    headers: list[str] = []
    sources: list[int | None] = []
    for index, key in enumerate(plan.mapping.columns):
        headers.append(FIELD_LABELS[key] if key != IGNORED else plan.table.headers[index])
        sources.append(index)
    for key in _ADDED:
        if key not in plan.mapping.columns:
            headers.append(FIELD_LABELS[key])
            sources.append(None)
    return headers, sources


def _text_column(plan: ImportPlan, source: int | None) -> bool:
    return source is not None and plan.mapping.columns[source] in _TEXT_FIELDS


def _cell(value: Cell, as_text: bool) -> Cell:
    if as_text and value is not None and not isinstance(value, str):
        from lk3_desktop.core.register_cells import cell_text

        return cell_text(value)
    return value


def error_workbook_bytes(plan: ImportPlan, word: Word) -> bytes:
    """The workbook of ``plan``'s failed rows (see the module), each reason worded by
    ``word`` (the interface gives the Indonesian wording: services hold no sentences)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_ROWS
    headers, sources = _headers(plan)
    sheet.append([*headers, ROW_COLUMN, REASON_COLUMN])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    cells = {r.number: r.cells for r in plan.table.rows}
    for failed in plan.failed:
        row = cells[failed.number]
        values = [None if s is None else _cell(row[s], _text_column(plan, s)) for s in sources]
        sheet.append([*values, failed.number, " ".join(word(r) for r in failed.reasons)])
    for position, source in enumerate(sources, start=1):
        if _text_column(plan, source):
            for column in sheet.iter_cols(min_col=position, max_col=position, min_row=2):
                for cell in column:
                    cell.number_format = "@"
    sheet.freeze_panes = "A2"
    _questions_sheet(book, plan)
    guide = book.create_sheet("Petunjuk")
    guide.column_dimensions["A"].width = 110
    for line in _GUIDE:
        guide.append([line])
        guide.cell(guide.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _questions_sheet(book: object, plan: ImportPlan) -> None:
    sheet = book.create_sheet("Pertanyaan")  # type: ignore[attr-defined]
    sheet.append(["Jenis", "Tertulis", "Jumlah baris", "Pilihan yang mungkin"])
    for open_question in plan.questions:
        q = open_question.question
        kind = LEVEL_WORDS.get(q.level, "Konselor")
        choices = "; ".join(name for _code, name in q.candidates) or "-"
        sheet.append([kind, q.written, open_question.rows, choices])


def save_error_workbook(session: UserSession, plan: ImportPlan, path: Path, word: Word) -> int:
    """Write the failed rows of ``plan`` to ``path`` (head only, audited); the row count."""
    session.require(Permission.IMPORT_REGISTER)
    data = error_workbook_bytes(plan, word)
    with session.store.transaction() as s:
        session.audit(s, "register.errors_saved", None, None, {"rows": len(plan.failed)})
        # Written before the transaction commits: no entry claims a file that failed.
        with known_file_errors(target_errors=True):
            write_atomic(path, data)
    return len(plan.failed)
