"""The periodic activity report (laporan kegiatan LK3) the head sends to Dinas Sosial, on A4.

Top to bottom: the kop (logo, parent-agency lines, the center's name, address, contacts, city
line, a double rule), the title "LAPORAN KEGIATAN LK3 <PERIOD>", who the report is from and
to whom it goes, A. a summary with a few charts, the tables of counts grouped in sections
(B. Klien dan keluarga, C. Kasus, ...) each with its "Jumlah" row, the head's notes (kendala,
tindak lanjut, rekomendasi), a closing sentence, the signature block of the Kepala or Ketua,
and the Tembusan. Every page carries the footer "Kode ujung rantai audit: <16 hex> · Halaman
x dari y", so a chain rebuilt after the report was sent is caught by comparing the code.

The tables hold counts only, never a client's name: the caller passes nothing else.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.identity import format_nip
from lk3_desktop.core.vocabulary import CHAIN_HEAD_TERM, office_name
from lk3_desktop.documents.a4 import a4_document, build_numbered, page_number
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.periodic_report.charts import report_charts
from lk3_desktop.documents.periodic_report.data import PeriodicReportData, ReportTable
from lk3_desktop.documents.styles import REPORT, build
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.5 * _CM
_TOP_MARGIN: Final = 2.0 * _CM  # the kop sits a little higher, as on printed letterheads
_FRAME_PADDING: Final = 6.0
_LOGO_BOX: Final = 2.1 * _CM
_INK: Final = "#111111"
_MUTED: Final = "#4A4A4A"
_FOOTER_Y: Final = _MARGIN - 1.1 * _CM
_RULE: Final = "#9AA5B1"
_HEAD_FILL: Final = "#EEF1F4"
_TOTAL_FILL: Final = "#F6F7F9"
_SEAL: Final = "#8A1C1C"
_KEEP_WHOLE: Final = 9  # tables up to this many rows never split over a page
_COMPACT_FROM: Final = 40  # longer tables are set smaller and tighter
# A breakdown longer than this (the villages of a province) is not printed row by row: the
# PDF gives its totals and says where the rows are (the XLSX and CSV of the same report).
PDF_ROW_LIMIT: Final = 300
_LETTERS: Final = "BCDEFGHIJKLMN"


def _markup(text: str) -> str:
    lines = [escape(" ".join(line.split())) for line in text.strip().splitlines()]
    return "<br/>".join(line for line in lines if line) or "-"


def _number(value: int) -> str:
    """Counts as Indonesian print writes them: 1.234."""
    return f"{value:,}".replace(",", ".")


def addressee_of(data: PeriodicReportData) -> str:
    if data.addressee.strip():
        return data.addressee.strip()
    return f"Kepala Dinas Sosial {data.regency}" if data.regency else "Kepala Dinas Sosial"


class _Styles:
    def __init__(self, fonts: FontNames) -> None:

        st = build(REPORT, fonts)
        self.body = st.body
        self.plain = st.plain
        self.cell = st.cell
        self.cell_bold = st.cell_bold
        self.num = st.num
        self.num_bold = st.num_bold
        self.cell_small = st.cell_small
        self.num_small = st.num_small
        self.head = st.head
        self.head_left = st.head_left
        self.note = st.note
        self.title = st.title
        self.subtitle = st.subtitle
        self.heading = st.heading
        self.table_title = st.table_title
        self.sign = st.sign
        self.sign_name = st.sign_name
        self.small = st.small


def _heading(data: PeriodicReportData, st: _Styles, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer, Table

    span = f"{format_date_id(data.period_start)} s.d. {format_date_id(data.period_end)}"
    period = data.period_label if data.period_label == span else f"{data.period_label} ({span})"
    rows = [
        ("Nama lembaga", data.center_name.strip()),
        ("Kode LK3", data.center_code.strip() or "-"),
        ("Kabupaten/Kota", data.regency or "-"),
        ("Periode laporan", period),
        ("Disampaikan kepada", f"Yth. {addressee_of(data)}"),
    ]
    if data.period_end > data.generated_on:
        rows.append(
            (
                "Keterangan",
                "Periode belum berakhir; angka dihitung sampai dengan "
                f"{format_date_id(data.generated_on)}.",
            )
        )
    pairs = Table(
        [
            [Paragraph(k, st.plain), Paragraph(":", st.plain), Paragraph(_markup(v), st.plain)]
            for k, v in rows
        ],
        colWidths=[4.0 * _CM, 0.45 * _CM, width - 4.45 * _CM],
        hAlign="LEFT",
    )
    pairs.setStyle(plain_table_style(fonts, ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
    return [
        Paragraph(f"LAPORAN KEGIATAN LK3 {escape(data.period_label.upper())}", st.title),
        Paragraph(escape(data.center_name.strip()), st.subtitle),
        Spacer(1, 12),
        pairs,
    ]


def _grid(
    st: _Styles,
    fonts: FontNames,
    width: float,
    row_header: str,
    columns: tuple[str, ...],
    rows: list[tuple[str, tuple[int, ...]]],
    totals: tuple[int, ...] | None,
    *,
    compact: bool = False,
    empty: str = "Tidak ada data dalam periode ini.",
) -> Any:
    """A numbered table: No., the row label, one right-aligned column per count, and the
    bold "Jumlah" row when totals are given; ``compact`` sets a long table smaller."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell, num = (st.cell_small, st.num_small) if compact else (st.cell, st.num)
    pad = 1.2 if compact else 2.5

    number_w = 1.0 * _CM
    # The label keeps at least 6 cm while the counts fit; many columns make them narrower.
    value_w = min(3.0 * _CM, max(1.45 * _CM, (width - number_w - 6.0 * _CM) / max(len(columns), 1)))
    label_w = width - number_w - value_w * len(columns)
    body: list[list[Any]] = [
        [
            Paragraph("No.", st.head),
            Paragraph(escape(row_header), st.head_left),
            *[Paragraph(escape(c), st.head) for c in columns],
        ]
    ]
    for i, (label, values) in enumerate(rows, start=1):
        body.append(
            [
                Paragraph(f"{i}.", cell),
                Paragraph(_markup(label), cell),
                *[Paragraph(_number(v), num) for v in values],
            ]
        )
    if not rows:
        body.append(["", Paragraph(escape(empty), st.note), *[""] * len(columns)])
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(_HEAD_FILL)),
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor(_RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.5),
    ]
    if not rows:
        commands.append(("SPAN", (1, 1), (-1, 1)))  # the sentence runs across the counts
    if totals is not None:
        body.append(
            [
                "",
                Paragraph("Jumlah", st.cell_bold),
                *[Paragraph(_number(v), st.num_bold) for v in totals],
            ]
        )
        commands.append(("BACKGROUND", (0, -1), (-1, -1), HexColor(_TOTAL_FILL)))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, HexColor(_INK)))
    table = Table(
        body,
        colWidths=[number_w, label_w, *[value_w] * len(columns)],
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(TableStyle(commands))
    return table


def _table_flow(
    number: int,
    table: ReportTable,
    st: _Styles,
    fonts: FontNames,
    width: float,
    lead: list[Any] | None = None,
) -> list[Any]:
    """The table with its title and note; ``lead`` (a section heading) stays on its page."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

    rows = [(r.label, r.values) for r in table.rows]
    empty = "Tidak ada data dalam periode ini."
    if len(rows) > PDF_ROW_LIMIT:
        empty = (
            f"{_number(len(rows))} baris rincian tabel ini ada pada berkas XLSX dan CSV "
            "laporan yang sama; di sini dicetak jumlahnya."
        )
        rows = []
    grid = _grid(
        st,
        fonts,
        width,
        table.row_header,
        table.columns,
        rows,
        table.totals,
        compact=len(rows) > _COMPACT_FROM,
        empty=empty,
    )
    title = Paragraph(f"Tabel {number}. {escape(table.title)}", st.table_title)
    parts: list[Any] = [*(lead or []), title, Spacer(1, 3), grid]
    if table.note:
        parts += [Spacer(1, 2), Paragraph(_markup(table.note), st.note)]
    if len(rows) <= _KEEP_WHOLE:
        return [KeepTogether(parts), Spacer(1, 10)]
    # A long table starts where a few rows fit, splits, and repeats its head row.
    return [CondPageBreak(4.5 * _CM), *parts, Spacer(1, 10)]


def _summary(data: PeriodicReportData, st: _Styles, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    flow: list[Any] = [
        Spacer(1, 6),
        Paragraph("A. Ringkasan", st.heading),
        _grid(
            st,
            fonts,
            width,
            "Uraian",
            ("Jumlah",),
            [(label, (value,)) for label, value in data.summary],
            None,
        ),
        Spacer(1, 8),
    ]
    for index, (title, drawing) in enumerate(report_charts(data.tables, fonts, width), start=1):
        flow.append(
            KeepTogether([Paragraph(f"Grafik {index}. {escape(title)}", st.table_title), drawing])
        )
        flow.append(Spacer(1, 8))
    return flow


def _sections(data: PeriodicReportData) -> list[tuple[str, list[ReportTable]]]:
    by_key = {t.key: t for t in data.tables}
    if not data.sections:
        return [("Rincian", list(data.tables))]
    grouped = [
        (heading, [by_key[k] for k in keys if k in by_key]) for heading, keys in data.sections
    ]
    placed = {k for _heading, keys in data.sections for k in keys}
    rest = [t for t in data.tables if t.key not in placed]
    if rest:
        grouped.append(("Lain-lain", rest))
    return [(heading, tables) for heading, tables in grouped if tables]


def _tables(
    data: PeriodicReportData, st: _Styles, fonts: FontNames, width: float
) -> tuple[list[Any], int]:
    from reportlab.platypus import Paragraph

    flow: list[Any] = []
    number = 0
    sections = _sections(data)
    for letter, (heading, tables) in zip(_LETTERS, sections, strict=False):
        lead: list[Any] | None = [Paragraph(f"{letter}. {escape(heading)}", st.heading)]
        for table in tables:
            number += 1
            flow += _table_flow(number, table, st, fonts, width, lead)
            lead = None
    return flow, len(sections)


def _narrative(data: PeriodicReportData, st: _Styles, letter: str) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    heading = f"{data.head_title} LK3"
    flow: list[Any] = [Paragraph(f"{letter}. Catatan {escape(heading)}", st.heading)]
    for number, (label, text) in enumerate(data.narrative.items(), start=1):
        body = _markup(text) if text.strip() else "Tidak ada."
        flow.append(
            KeepTogether(
                [
                    Paragraph(f"{number}. {label}", st.cell_bold),
                    Paragraph(body, st.body),
                    Spacer(1, 6),
                ]
            )
        )
    return flow


def _closing(data: PeriodicReportData, st: _Styles, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    closing = Paragraph(
        "Demikian laporan kegiatan ini kami sampaikan. Seluruh angka dihitung dari catatan kasus "
        f"{escape(data.center_name.strip())} dan hanya memuat jumlah, tanpa identitas klien. "
        f"{CHAIN_HEAD_TERM} yang tercetak pada setiap halaman dapat dicocokkan kemudian "
        "untuk memastikan catatan tidak diubah sesudah laporan ini dibuat.",
        st.body,
    )
    when = format_date_id(data.generated_on)
    dated = f"{escape(data.place)}, {when}" if data.place else when
    cells: list[Any] = [
        Paragraph(dated, st.sign),
        Paragraph(f"{escape(data.head_title)} {escape(office_name(data.center_name))}", st.sign),
        Spacer(1, 2.0 * _CM),  # the wet signature and the stamp
        Paragraph(f"<u>{escape(data.head_name.strip() or '.' * 40)}</u>", st.sign_name),
    ]
    if data.head_nip and data.head_nip.strip():
        cells.append(Paragraph(f"NIP. {escape(format_nip(data.head_nip))}", st.sign))
    column = 7.6 * _CM
    block = Table([["", cells]], colWidths=[width - column, column], hAlign="LEFT")
    block.setStyle(plain_table_style(fonts))
    ending: list[Any] = [Spacer(1, 4), closing, Spacer(1, 14), block]
    if data.copies_to:
        ending.append(Spacer(1, 10))
        ending.append(Paragraph("Tembusan:", st.small))
        ending += [
            Paragraph(f"{i}. {escape(c)}", st.small) for i, c in enumerate(data.copies_to, start=1)
        ]
    return [KeepTogether(ending)]


def _decorate(fonts: FontNames, data: PeriodicReportData) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        if data.is_demo:
            canvas.setFillColor(HexColor(_SEAL))
            canvas.setFont(fonts.bold, 9)
            canvas.drawRightString(
                page_width - _MARGIN, page_height - 1.1 * _CM, "DATA DEMO \u2013 BUKAN DATA NYATA"
            )
        canvas.setFillColor(HexColor(_MUTED))
        canvas.setStrokeColor(HexColor(_RULE))
        canvas.setLineWidth(0.4)
        canvas.line(_MARGIN, _FOOTER_Y + 11, page_width - _MARGIN, _FOOTER_Y + 11)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(_MARGIN, _FOOTER_Y, f"Laporan Kegiatan LK3 {data.period_label}")
        canvas.restoreState()

    return draw


def _build(data: PeriodicReportData, fonts: FontNames) -> bytes:
    from reportlab.lib.pagesizes import A4

    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        fonts,
        title=f"Laporan Kegiatan LK3 {data.period_label}",
        subject="Laporan kegiatan LK3",
        font_size=10,
        leading=13.5,
        top_margin=_TOP_MARGIN,
    )
    st = _Styles(fonts)
    width = doc.width - 2 * _FRAME_PADDING
    center = KopCenter(
        name=data.center_name,
        address=data.address,
        phone=data.phone,
        email=data.email,
        logo=data.logo,
        parent_lines=data.parent_lines,
        region_line=data.region_line,
    )
    tables, sections = _tables(data, st, fonts, width)
    story = [
        *kop(center, fonts, width, logo_box=_LOGO_BOX),
        *_heading(data, st, fonts, width),
        *_summary(data, st, fonts, width),
        *tables,
        *_narrative(data, st, _LETTERS[sections]),
        *_closing(data, st, fonts, width),
    ]
    # the chain head's code, then the page count, at the right of the footer
    number = page_number(
        fonts,
        right=A4[0] - _MARGIN,
        y=_FOOTER_Y,
        color=_MUTED,
        prefix=f"{CHAIN_HEAD_TERM}: {data.chain_head} \u00b7 ",
    )
    build_numbered(doc, story, _decorate(fonts, data), number)
    return buffer.getvalue()


def render_periodic_report(data: PeriodicReportData) -> bytes:
    """The report as PDF bytes (every footer knows the page count); the same data gives the
    same bytes."""
    if not data.center_name.strip():
        raise ValueError("center name must not be empty")
    return _build(data, register_fonts())
