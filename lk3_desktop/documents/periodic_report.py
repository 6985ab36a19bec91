"""The periodic activity report (laporan kegiatan LK3) the head sends to Dinas Sosial, on A4.

Top to bottom: the kop (logo, the center's name, address, contacts, a double rule), the title
"LAPORAN KEGIATAN LK3 <PERIOD>", who the report is from and for, a summary, numbered tables of
counts with their totals, a closing sentence, and the head's signature block. Every page
carries the footer "Kode ujung rantai audit: <16 hex> · Halaman x dari y", so a chain that
was rebuilt after the report was sent is caught by comparing the printed head.

The tables hold counts only, never a client's name: the caller passes nothing else.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.vocabulary import CHAIN_HEAD_TERM
from lk3_desktop.documents.a4 import a4_document, build_with_page_count
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = ["PeriodicReportData", "ReportRow", "ReportTable", "render_periodic_report"]

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.5 * _CM
_TOP_MARGIN: Final = 2.0 * _CM  # the kop sits a little higher, as on printed letterheads
_FRAME_PADDING: Final = 6.0
_LOGO_BOX: Final = 2.1 * _CM
_INK: Final = "#111111"
_MUTED: Final = "#4A4A4A"
_RULE: Final = "#9AA5B1"
_HEAD_FILL: Final = "#EEF1F4"
_TOTAL_FILL: Final = "#F6F7F9"
_SEAL: Final = "#8A1C1C"
_KEEP_WHOLE: Final = 9  # tables up to this many rows never split over a page


@dataclass(frozen=True, slots=True)
class ReportRow:
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of counts: ``columns`` name the value columns; ``totals`` is the closing
    "Jumlah" row (None where a row total would count one case twice); ``note`` explains."""

    key: str
    title: str
    row_header: str
    columns: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    totals: tuple[int, ...] | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class PeriodicReportData:
    center_name: str
    center_code: str
    regency: str  # "Kabupaten Serang"; empty when the profile names none
    address: str
    phone: str
    email: str
    logo: bytes | None
    head_name: str
    head_nip: str | None
    place: str | None  # "Serang" for the place and date above the signature
    period_label: str  # "Triwulan IV 2026"
    period_start: date
    period_end: date
    generated_on: date
    chain_head: str  # 16 hex digits
    summary: tuple[tuple[str, int], ...]
    tables: tuple[ReportTable, ...]
    is_demo: bool = False


def _markup(text: str) -> str:
    lines = [escape(" ".join(line.split())) for line in text.strip().splitlines()]
    return "<br/>".join(line for line in lines if line) or "-"


def _office(center_name: str) -> str:
    """ "LK3 Demo Provinsi Banten" as the jabatan names it (never "LK3 LK3 ...")."""
    name = center_name.strip()
    return name if name.upper().startswith("LK3") else f"LK3 {name}"


def _number(value: int) -> str:
    """Counts as Indonesian print writes them: 1.234."""
    return f"{value:,}".replace(",", ".")


class _Styles:
    def __init__(self, fonts: FontNames) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        ink = HexColor(_INK)
        self.body = ParagraphStyle(
            "body",
            fontName=fonts.regular,
            fontSize=10,
            leading=13.5,
            textColor=ink,
            alignment=TA_JUSTIFY,
        )
        self.plain = ParagraphStyle("plain", parent=self.body, alignment=TA_LEFT)
        self.cell = ParagraphStyle("cell", parent=self.plain, fontSize=9.5, leading=12)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=fonts.bold)
        self.num = ParagraphStyle("num", parent=self.cell, alignment=TA_RIGHT)
        self.num_bold = ParagraphStyle("num_bold", parent=self.num, fontName=fonts.bold)
        self.head = ParagraphStyle(
            "head", parent=self.cell_bold, fontSize=9, leading=11, alignment=TA_CENTER
        )
        self.head_left = ParagraphStyle("head_left", parent=self.head, alignment=TA_LEFT)
        self.note = ParagraphStyle(
            "note", parent=self.plain, fontSize=8.5, leading=11, textColor=HexColor(_MUTED)
        )
        self.title = ParagraphStyle(
            "title",
            parent=self.plain,
            fontName=fonts.bold,
            fontSize=13.5,
            leading=17,
            alignment=TA_CENTER,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.plain, fontSize=10.5, leading=14, alignment=TA_CENTER
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=self.plain,
            fontName=fonts.bold,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=10,
            spaceAfter=4,
        )
        self.sign = ParagraphStyle("sign", parent=self.plain, alignment=TA_CENTER)
        self.sign_name = ParagraphStyle("sign_name", parent=self.sign, fontName=fonts.bold)


def _heading(data: PeriodicReportData, st: _Styles, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer, Table

    dinas = f"Kepala Dinas Sosial {data.regency}" if data.regency else "Kepala Dinas Sosial"
    span = f"{format_date_id(data.period_start)} s.d. {format_date_id(data.period_end)}"
    rows = [
        ("Nama lembaga", data.center_name.strip()),
        ("Kode LK3", data.center_code.strip() or "-"),
        ("Kabupaten/Kota", data.regency or "-"),
        ("Periode laporan", f"{data.period_label} ({span})"),
        ("Disampaikan kepada", dinas),
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
) -> Any:
    """A numbered table: No., the row label, one right-aligned column per count, and the
    bold "Jumlah" row when totals are given."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    number_w = 1.0 * _CM
    value_w = min(3.3 * _CM, (width - number_w - 4.5 * _CM) / max(len(columns), 1))
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
                Paragraph(f"{i}.", st.cell),
                Paragraph(_markup(label), st.cell),
                *[Paragraph(_number(v), st.num) for v in values],
            ]
        )
    if not rows:
        body.append(
            ["", Paragraph("Tidak ada data dalam periode ini.", st.note), *[""] * len(columns)]
        )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(_HEAD_FILL)),
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor(_RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
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


def _tables(data: PeriodicReportData, st: _Styles, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

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
        Spacer(1, 4),
        CondPageBreak(3.0 * _CM),
        Paragraph("B. Rincian", st.heading),
    ]
    for number, table in enumerate(data.tables, start=1):
        grid = _grid(
            st,
            fonts,
            width,
            table.row_header,
            table.columns,
            [(r.label, r.values) for r in table.rows],
            table.totals,
        )
        title = Paragraph(f"Tabel {number}. {escape(table.title)}", st.cell_bold)
        parts: list[Any] = [title, Spacer(1, 3), grid]
        if table.note:
            parts += [Spacer(1, 2), Paragraph(_markup(table.note), st.note)]
        if len(table.rows) <= _KEEP_WHOLE:
            flow.append(KeepTogether(parts))
        else:
            # A long table starts where a few rows fit, splits, and repeats its head row.
            flow += [CondPageBreak(3.5 * _CM), *parts]
        flow.append(Spacer(1, 10))
    return flow


def _closing(data: PeriodicReportData, st: _Styles, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    closing = Paragraph(
        "Demikian laporan kegiatan ini kami sampaikan. Seluruh angka dihitung dari rekam kasus "
        f"{escape(data.center_name.strip())} dan hanya memuat jumlah, tanpa identitas klien. "
        f"{CHAIN_HEAD_TERM} yang tercetak pada setiap halaman dapat dicocokkan kemudian "
        "untuk memastikan catatan tidak diubah sesudah laporan ini dibuat.",
        st.body,
    )
    when = format_date_id(data.generated_on)
    dated = f"{escape(data.place)}, {when}" if data.place else when
    cells: list[Any] = [
        Paragraph(dated, st.sign),
        Paragraph(f"Kepala {escape(_office(data.center_name))}", st.sign),
        Spacer(1, 2.0 * _CM),  # the wet signature and the stamp
        Paragraph(f"<u>{escape(data.head_name.strip() or '.' * 40)}</u>", st.sign_name),
    ]
    if data.head_nip:
        cells.append(Paragraph(f"NIP. {escape(data.head_nip)}", st.sign))
    column = 7.6 * _CM
    block = Table([["", cells]], colWidths=[width - column, column], hAlign="LEFT")
    block.setStyle(plain_table_style(fonts))
    return [KeepTogether([Spacer(1, 4), closing, Spacer(1, 14), block])]


def _decorate(fonts: FontNames, data: PeriodicReportData, total: int | None) -> Any:
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
        footer_y = _MARGIN - 1.1 * _CM
        canvas.line(_MARGIN, footer_y + 11, page_width - _MARGIN, footer_y + 11)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(_MARGIN, footer_y, f"Laporan Kegiatan LK3 {data.period_label}")
        pages = f" \u00b7 Halaman {doc.page} dari {total}" if total else ""
        canvas.drawRightString(
            page_width - _MARGIN,
            footer_y,
            f"{CHAIN_HEAD_TERM}: {data.chain_head}{pages}",
        )
        canvas.restoreState()

    return draw


def _build(data: PeriodicReportData, fonts: FontNames, total: int | None) -> tuple[bytes, int]:
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
    )
    story = [
        *kop(center, fonts, width, logo_box=_LOGO_BOX),
        *_heading(data, st, fonts, width),
        *_tables(data, st, fonts, width),
        *_closing(data, st, fonts, width),
    ]
    decorate = _decorate(fonts, data, total)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue(), doc.page


def render_periodic_report(data: PeriodicReportData) -> bytes:
    """The report as PDF bytes (two passes, so every footer knows the page count)."""
    if not data.center_name.strip():
        raise ValueError("center name must not be empty")
    fonts = register_fonts()
    return build_with_page_count(lambda total: _build(data, fonts, total))
