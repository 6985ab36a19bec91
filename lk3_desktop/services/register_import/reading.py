"""Reading an office's register (Excel .xlsx or CSV) into header labels and data rows.

Registers are made for printing, not for machines: a title merged over the whole width, an
empty line, a header of two rows ("Alamat" merged over Jalan, RT/RW, Desa/Kelurahan,
Kecamatan; "Nama" merged down over both rows), the header repeated on every printed page,
blank rows. The header is the row (with the row under or over it, when that one holds
sub-headers) whose cells name the most known fields; a blank row or a repeated header is
skipped and counted, every other row below is data, numbered as the sheet numbers it.

The workbook is streamed (openpyxl's read-only mode: about half the time of a full load,
and memory for one row at a time), so reading reports progress and can stop.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lk3_desktop.core.errors import OperationCancelled, RegisterUnreadable
from lk3_desktop.core.register_cells import Cell, cell_text
from lk3_desktop.core.register_columns import IGNORED, normal_header, suggest_field

HEADER_SEARCH_ROWS = 30  # the header lies within the first rows of a sheet
MAX_COLUMNS = 200
MAX_ROWS = 200_000
Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row's number in the sheet (1-based), as the office sees it
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class SourceTable:
    path: Path
    sheet: str  # "" for a CSV file
    sheets: tuple[str, ...]
    headers: tuple[str, ...]  # one label per column ("Alamat / Kecamatan" under a group)
    keys: tuple[str, ...]  # the label each column's field is suggested from
    header_rows: tuple[int, ...]
    rows: tuple[SourceRow, ...]
    blank_rows: int
    repeated_headers: int


def list_sheets(path: Path) -> tuple[str, ...]:
    """The sheet names of a workbook; ``("",)`` for a CSV file."""
    if _is_csv(path):
        return ("",)
    workbook = _open_workbook(path)
    try:
        return tuple(workbook.sheetnames)
    finally:
        workbook.close()


def read_table(
    path: Path,
    sheet: str = "",
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> SourceTable:
    """The register in ``path`` (its ``sheet``, default the first). RegisterUnreadable for a
    file that is not a workbook or CSV, a sheet that does not exist, or no header found."""
    if _is_csv(path):
        lines, sheets, total = _csv_rows(path), ("",), 0
        name = ""
    else:
        workbook = _open_workbook(path)
        sheets = tuple(workbook.sheetnames)
        name = sheet or sheets[0]
        if name not in sheets:
            workbook.close()
            raise RegisterUnreadable("sheet_missing", name)
        worksheet = workbook[name]
        total = int(worksheet.max_row or 0)
        lines = (tuple(r) for r in worksheet.iter_rows(values_only=True))
    try:
        return _table(path, name, sheets, lines, total, progress, should_stop)
    finally:
        if not _is_csv(path):
            workbook.close()


def _table(
    path: Path,
    sheet: str,
    sheets: tuple[str, ...],
    lines: Iterator[tuple[Cell, ...]],
    total: int,
    progress: Progress | None,
    should_stop: ShouldStop | None,
) -> SourceTable:
    head: list[tuple[Cell, ...]] = []
    for line in lines:
        head.append(_trim(line))
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    top, bottom = _header_block(head)
    headers, keys = _labels(head[top], head[bottom] if bottom != top else None)
    header_forms = {_normal_row(head[top]), _normal_row(head[bottom])}
    header_starts = {form[0] for form in header_forms if form}
    rows: list[SourceRow] = []
    blank = repeated = 0

    def take(number: int, line: tuple[Cell, ...]) -> None:
        nonlocal blank, repeated
        cells = _trim(line)
        if not cells or not any(cell_text(c) for c in cells):
            blank += 1
        elif _starts_like(cells, header_starts) and _normal_row(cells) in header_forms:
            repeated += 1
        else:
            rows.append(SourceRow(number, _fit(cells, len(headers))))

    for index in range(bottom + 1, len(head)):
        take(index + 1, head[index])
    number = len(head)
    for line in lines:
        number += 1
        if number > MAX_ROWS:
            raise RegisterUnreadable("too_many_rows", str(MAX_ROWS))
        take(number, line)
        if number % 500 == 0:
            if should_stop is not None and should_stop():
                raise OperationCancelled("reading")
            if progress is not None:
                progress(number, max(total, number))
    if progress is not None:
        progress(number, number)
    return SourceTable(
        path,
        sheet,
        sheets,
        tuple(headers),
        tuple(keys),
        tuple(i + 1 for i in sorted({top, bottom})),
        tuple(rows),
        blank,
        repeated,
    )


def _is_csv(path: Path) -> bool:
    return path.suffix.lower() in (".csv", ".txt")


def _open_workbook(path: Path):  # type: ignore[no-untyped-def]
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    if path.suffix.lower() == ".xls":
        raise RegisterUnreadable("old_excel", path.name)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise RegisterUnreadable("missing", path.name) from None
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise RegisterUnreadable("not_a_workbook", path.name) from exc


def _csv_rows(path: Path) -> Iterator[tuple[Cell, ...]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RegisterUnreadable("missing", path.name) from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:20_000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ";,\t")
    except csv.Error:
        dialect = csv.excel
    return (tuple(r) for r in csv.reader(io.StringIO(text), dialect))


def _trim(line: tuple[Cell, ...]) -> tuple[Cell, ...]:
    cells = list(line[:MAX_COLUMNS])
    while cells and (cells[-1] is None or (isinstance(cells[-1], str) and not cells[-1].strip())):
        cells.pop()
    return tuple(cells)


def _fit(cells: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    if len(cells) >= width:
        return cells[:width] if width else cells
    return cells + (None,) * (width - len(cells))


def _normal_row(cells: tuple[Cell, ...]) -> tuple[str, ...]:
    return tuple(normal_header(cell_text(c)) for c in cells if cell_text(c))


def _starts_like(cells: tuple[Cell, ...], starts: set[str]) -> bool:
    first = next((c for c in cells if c is not None and c != ""), None)
    return isinstance(first, str) and normal_header(first) in starts


def _score(cells: tuple[Cell, ...]) -> int:
    return sum(1 for c in cells if isinstance(c, str) and c.strip() and suggest_field(c) != IGNORED)


def _is_label_row(cells: tuple[Cell, ...]) -> bool:
    """Only words, no numbers or dates: what a header row holds."""
    texts = [c for c in cells if cell_text(c)]
    return bool(texts) and all(isinstance(c, str) and not c.strip().isdigit() for c in texts)


def _header_block(head: list[tuple[Cell, ...]]) -> tuple[int, int]:
    """The header's first and last row (indexes into ``head``)."""
    scores = [_score(cells) for cells in head]
    if not scores or max(scores) < 2:
        raise RegisterUnreadable("no_header", "")
    best = scores.index(max(scores))
    below = best + 1
    if below < len(head) and _is_label_row(head[below]) and _is_sub_header(head[best], head[below]):
        return best, below
    above = best - 1
    if (
        above >= 0
        and _score(head[above]) >= 1  # a group row names fields too; a title above names none
        and _is_label_row(head[above])
        and _is_sub_header(head[above], head[best])
    ):
        return above, best
    return best, best


def _is_sub_header(upper: tuple[Cell, ...], lower: tuple[Cell, ...]) -> bool:
    """``lower`` names the parts of groups in ``upper``: some of its labels sit where the
    upper row is empty (under a merged group label) and it names known fields."""
    under_gap = any(
        cell_text(c) and (i >= len(upper) or not cell_text(upper[i])) for i, c in enumerate(lower)
    )
    return under_gap and _score(lower) >= 1


def _labels(upper: tuple[Cell, ...], lower: tuple[Cell, ...] | None) -> tuple[list[str], list[str]]:
    width = max(len(upper), len(lower or ()))
    labels: list[str] = []
    keys: list[str] = []
    group = ""
    for i in range(width):
        top = cell_text(upper[i]) if i < len(upper) else ""
        sub = cell_text(lower[i]) if lower is not None and i < len(lower) else ""
        if top:
            group = top
        elif not sub:
            group = ""
        if sub and group and sub != group:
            labels.append(f"{group} / {sub}")
            keys.append(sub)
        else:
            labels.append(sub or top or f"Kolom {_column_letter(i)}")
            keys.append(sub or top)
    return labels, keys


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
