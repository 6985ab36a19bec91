"""The assessment PDF: one administration of a screening instrument, for the case file.

It shows the client and case, each item with the answer given, the score and its band, any
risk flag and what was done about it, the counselor and the signature time, addenda, and the
trend of this instrument over time. The trend comes either as the PNG the screen drew (the UI
renders its chart and passes the bytes in) or, without one, as a ReportLab drawing made here.
When a "jangan diungkap" mark (UU PDP art. 33) kept something out, such as a withheld
administration's point on the trend, one sentence under the header table says so.
"RAHASIA" stands on every page. Text is set in embedded TrueType fonts only; the output is
reproducible (invariant mode). This module imports no Qt.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import MONTHS_ID, format_date_id
from lk3_desktop.core.severity_scale import band_ranks, tint
from lk3_desktop.documents.a4 import a4_document
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.styles import RECORD, build
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

__all__ = [
    "PDF_TITLE",
    "AddendumLine",
    "AnswerLine",
    "AssessmentReportData",
    "BandLine",
    "FlagLine",
    "SubscaleLine",
    "TrendSeries",
    "format_datetime_id",
    "render_assessment_report",
    "trend_drawing",
]

PDF_TITLE: Final = "Hasil Asesmen"

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.5 * _CM

_INK: Final = "#1F2933"
_MUTED: Final = "#52606D"
_RULE: Final = "#9AA5B1"
_PANEL: Final = "#F2F4F7"
_RISK: Final = "#B42318"
_RISK_PANEL: Final = "#FDECEA"
_SERIES_COLORS: Final = ("#1F4E79", "#6B3FA0", "#0F766E", "#9A3412")


@dataclass(frozen=True, slots=True)
class AnswerLine:
    """One item: its number and text, the answer value given (None: unanswered) and label."""

    number: int
    text: str
    value: int | None
    label: str | None


@dataclass(frozen=True, slots=True)
class SubscaleLine:
    name: str
    value: int
    band_label: str


@dataclass(frozen=True, slots=True)
class FlagLine:
    """A risk flag: what it says, the item that raised it, its state and the action taken."""

    label: str
    item: int | None
    status: str
    action_taken: str = ""


@dataclass(frozen=True, slots=True)
class AddendumLine:
    author: str
    at: datetime.datetime
    text: str


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """One line of the trend: its name and (date, value) points, oldest first."""

    name: str
    points: tuple[tuple[datetime.date, int], ...]


@dataclass(frozen=True, slots=True)
class BandLine:
    """A severity band of the charted scale (inclusive ``min``..``max``)."""

    min: int
    max: int
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class AssessmentReportData:
    """Everything the PDF prints; built by services/assessments/report.py."""

    center_name: str
    client_name: str
    registration_number: str
    instrument_name: str
    instrument_code: str
    instrument_version: str
    period: str
    instruction: str
    administered_on: datetime.date
    answers: tuple[AnswerLine, ...]
    total: int | None
    total_range: tuple[int, int] | None
    severity_label: str
    subscales: tuple[SubscaleLine, ...]
    complete: bool
    prorated: bool
    flags: tuple[FlagLine, ...]
    note: str
    counselor_name: str
    signed_by: str
    signed_at: datetime.datetime | None
    addenda: tuple[AddendumLine, ...] = ()
    trend_png: bytes | None = None
    trend_series: tuple[TrendSeries, ...] = ()
    trend_bands: tuple[BandLine, ...] = ()
    trend_range: tuple[int, int] = (0, 1)
    source_note: str = ""
    # The UU PDP art. 33 sentence naming what "jangan diungkap" marks kept out ("": none).
    omission_note: str = ""


def format_datetime_id(moment: datetime.datetime) -> str:
    """``28 November 2026 pukul 14.30`` (Indonesian writes the time with a period)."""
    return f"{format_date_id(moment.date())} pukul {moment.hour:02d}.{moment.minute:02d}"


def _short_date(day: datetime.date) -> str:
    return f"{day.day} {MONTHS_ID[day.month - 1][:3]} {day.year}"


def _text(value: str) -> str:
    """Escape for a Paragraph and keep the writer's line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


# -- the trend as a ReportLab drawing ---------------------------------------------------------


def trend_drawing(
    series: Sequence[TrendSeries],
    bands: Sequence[BandLine],
    value_range: tuple[int, int],
    width: float,
    height: float,
    fonts: FontNames | None = None,
) -> Drawing:
    """A line chart of ``series`` over time with ``bands`` tinted behind, as vector graphics.

    The x axis is time (days); each point is labelled with its value. Band names are listed
    under the chart with their colour.
    """
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
    from reportlab.lib.colors import HexColor

    names = fonts or register_fonts()
    low, high = value_range
    if high <= low:
        high = low + 1
    drawing = Drawing(width, height)
    drawing.initialFontName = names.regular  # never ReportLab's default (base-14 Helvetica)
    drawing.initialFontSize = 7
    legend_rows = (1 if bands else 0) + (1 if len(series) > 1 else 0)
    left, right = 34.0, 14.0
    bottom = 24.0 + 12.0 * legend_rows
    top = 10.0
    plot_w = width - left - right
    plot_h = height - bottom - top

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * plot_h

    # Bands behind everything.
    ranks = band_ranks([b.code for b in bands])
    for band, rank in zip(bands, ranks, strict=True):
        y0 = y_of(max(band.min, low))
        y1 = y_of(min(band.max + 1, high)) if band.max < high else y_of(high)
        drawing.add(
            Rect(left, y0, plot_w, y1 - y0, fillColor=HexColor(tint(rank)), strokeColor=None)
        )
        if band.min > low:
            drawing.add(
                Line(left, y0, left + plot_w, y0, strokeColor=HexColor("#FFFFFF"), strokeWidth=0.8)
            )
    # Frame and y ticks.
    drawing.add(
        Rect(
            left,
            bottom,
            plot_w,
            plot_h,
            fillColor=None,
            strokeColor=HexColor(_RULE),
            strokeWidth=0.6,
        )
    )
    if bands:
        ticks = sorted({low, high, *(b.min for b in bands if b.min > low)})
    else:
        step = next(n for n in (1, 2, 5, 10, 20, 50, 100, 10**6) if (high - low) / n <= 7)
        inner = range(low - low % step + step, high, step)
        ticks = sorted({low, high, *(t for t in inner if high - t >= step / 2)})
    for value in ticks:
        y = y_of(value)
        drawing.add(Line(left - 3, y, left, y, strokeColor=HexColor(_MUTED), strokeWidth=0.6))
        drawing.add(
            String(
                left - 5,
                y - 3,
                str(value),
                fontName=names.regular,
                fontSize=7,
                fillColor=HexColor(_MUTED),
                textAnchor="end",
            )
        )

    days = sorted({d for s in series for d, _ in s.points})
    if days:
        first, last = days[0], days[-1]
        span = max((last - first).days, 1)
        pad = plot_w * 0.06

        def x_of(day: datetime.date) -> float:
            if first == last:
                return left + plot_w / 2
            return left + pad + (day - first).days / span * (plot_w - 2 * pad)

        # Date labels under each measured day (thinned when crowded).
        step = max(1, round(len(days) / 6))
        for index, day in enumerate(days):
            if index % step and index != len(days) - 1:
                continue
            x = x_of(day)
            drawing.add(
                Line(x, bottom - 3, x, bottom, strokeColor=HexColor(_MUTED), strokeWidth=0.6)
            )
            drawing.add(
                String(
                    x,
                    bottom - 12,
                    _short_date(day),
                    fontName=names.regular,
                    fontSize=7,
                    fillColor=HexColor(_MUTED),
                    textAnchor="middle",
                )
            )
        for number, line in enumerate(series):
            color = HexColor(_SERIES_COLORS[number % len(_SERIES_COLORS)])
            coords: list[float] = []
            for day, value in line.points:
                coords += [x_of(day), y_of(value)]
            if len(line.points) > 1:
                drawing.add(PolyLine(coords, strokeColor=color, strokeWidth=1.6))
            for day, value in line.points:
                x, y = x_of(day), y_of(value)
                drawing.add(
                    Circle(
                        x, y, 2.6, fillColor=color, strokeColor=HexColor("#FFFFFF"), strokeWidth=0.6
                    )
                )
                drawing.add(
                    String(
                        x,
                        y + 5,
                        str(value),
                        fontName=names.bold,
                        fontSize=7.5,
                        fillColor=color,
                        textAnchor="middle",
                    )
                )

    # Legend under the axis: the lines' names (when several), then the bands with their tint.
    rows: list[list[tuple[str, Any, bool]]] = []
    if len(series) > 1:
        rows.append(
            [
                (line.name, HexColor(_SERIES_COLORS[n % len(_SERIES_COLORS)]), True)
                for n, line in enumerate(series)
            ]
        )
    if bands:
        rows.append(
            [
                (f"{b.label} ({b.min}\u2013{b.max})", HexColor(tint(rank)), False)
                for b, rank in zip(bands, ranks, strict=True)
            ]
        )
    for row_number, row in enumerate(rows):
        x = left
        y = 4.0 + 13.0 * (len(rows) - 1 - row_number)
        for label, color, is_line in row:
            if is_line:
                drawing.add(Line(x, y + 3.5, x + 12, y + 3.5, strokeColor=color, strokeWidth=2))
            else:
                drawing.add(
                    Rect(
                        x + 2,
                        y,
                        9,
                        8,
                        fillColor=color,
                        strokeColor=HexColor(_RULE),
                        strokeWidth=0.4,
                    )
                )
            drawing.add(
                String(
                    x + 15,
                    y + 1,
                    label,
                    fontName=names.regular,
                    fontSize=7,
                    fillColor=HexColor(_INK),
                )
            )
            x += 15 + _width(label, names.regular, 7) + 10
    return drawing


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


# -- the story --------------------------------------------------------------------------------


def _styles(fonts: FontNames) -> dict[str, Any]:
    return build(RECORD, fonts)


def _key_values(rows: list[tuple[str, str]], st: dict[str, Any], fonts: FontNames) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    table = Table(
        [
            [
                Paragraph(escape(k), st["label"]),
                Paragraph(":", st["label"]),
                Paragraph(v, st["value"]),
            ]
            for k, v in rows
        ],
        colWidths=[4.6 * _CM, 0.4 * _CM, None],
        hAlign="LEFT",
    )
    table.setStyle(plain_table_style(fonts, right=4, top=1.2, bottom=1.2))
    return table


def _score_block(data: AssessmentReportData, st: dict[str, Any], fonts: FontNames) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows: list[list[Any]] = []
    if data.total is not None:
        out_of = f" dari {data.total_range[1]}" if data.total_range else ""
        rows.append(
            [
                Paragraph("Skor total", st["label"]),
                Paragraph(f"{data.total}{out_of}", st["score"]),
                Paragraph(escape(data.severity_label or "\u2014"), st["score"]),
            ]
        )
    elif data.total_range is not None:
        rows.append(
            [
                Paragraph("Skor total", st["label"]),
                Paragraph("\u2014", st["score"]),
                Paragraph(
                    "Belum dapat dihitung: masih ada pertanyaan yang belum dijawab.", st["body"]
                ),
            ]
        )
    for sub in data.subscales:
        rows.append(
            [
                Paragraph(escape(sub.name), st["label"]),
                Paragraph(str(sub.value), st["score"]),
                Paragraph(escape(sub.band_label or "\u2014"), st["score"]),
            ]
        )
    if not rows:
        rows.append(
            [
                Paragraph("Skor", st["label"]),
                Paragraph("\u2014", st["score"]),
                Paragraph("Belum dapat dihitung.", st["body"]),
            ]
        )
    table = Table(rows, colWidths=[4.4 * _CM, 3.4 * _CM, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor(_PANEL)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, HexColor("#FFFFFF")),
            ]
        )
    )
    return table


def _flags_block(data: AssessmentReportData, st: dict[str, Any], fonts: FontNames) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows: list[list[Any]] = []
    for flag in data.flags:
        where = f" (butir {flag.item})" if flag.item is not None else ""
        lines = [f"<b>{escape(flag.label)}</b>{where}", f"Status: {escape(flag.status)}"]
        if flag.action_taken:
            lines.append(f"Tindakan: {_text(flag.action_taken)}")
        rows.append([Paragraph("<br/>".join(lines), st["body"])])
    table = Table(rows, colWidths=[None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor(_RISK_PANEL)),
                ("LINEBEFORE", (0, 0), (0, -1), 3, HexColor(_RISK)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _answers_table(
    data: AssessmentReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    flagged = {f.item for f in data.flags if f.item is not None}
    rows: list[list[Any]] = [
        [
            Paragraph("No.", st["head_cell"]),
            Paragraph("Pertanyaan", st["head_cell"]),
            Paragraph("Jawaban", st["head_cell"]),
        ]
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#3E4C59")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor("#D5DAE1")),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for index, line in enumerate(data.answers, start=1):
        if line.value is None:
            answer = Paragraph("<i>tidak dijawab</i>", st["cell"])
        else:
            label = escape(line.label or "")
            answer = Paragraph(f"<b>{line.value}</b> \u2013 {label}", st["cell"])
        rows.append(
            [
                Paragraph(f"{line.number}.", st["cell"]),
                Paragraph(escape(line.text), st["cell"]),
                answer,
            ]
        )
        if line.number in flagged:
            commands.append(("BACKGROUND", (0, index), (-1, index), HexColor(_RISK_PANEL)))
            commands.append(("LINEBEFORE", (0, index), (0, index), 3, HexColor(_RISK)))
        elif index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), HexColor("#F7F8FA")))
    table = Table(
        rows, colWidths=[1.05 * _CM, width - 6.05 * _CM, 5.0 * _CM], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    return table


def _trend_block(
    data: AssessmentReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Flowable]:
    from reportlab.platypus import Image, KeepTogether, Paragraph

    heading = Paragraph("Perkembangan skor", st["heading"])
    if data.trend_png:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(data.trend_png))
        px_w, px_h = reader.getSize()
        draw_w = width
        draw_h = min(draw_w * px_h / px_w, 9.5 * _CM)
        draw_w = draw_h * px_w / px_h
        image = Image(io.BytesIO(data.trend_png), width=draw_w, height=draw_h)
        image.hAlign = "LEFT"
        figure: Flowable = image
    elif data.trend_series:
        figure = trend_drawing(
            data.trend_series, data.trend_bands, data.trend_range, width, 7.2 * _CM, fonts
        )
    else:
        return []
    count = max((len(s.points) for s in data.trend_series), default=0)
    parts = [f"{escape(data.instrument_code)} diisi {count} kali."] if count else []
    if data.trend_bands:
        parts.append("Warna latar menunjukkan kategori keparahan menurut pedoman instrumen.")
    caption = " ".join(parts)
    return [KeepTogether([heading, figure, Paragraph(caption, st["small"])])]


def _signature(data: AssessmentReportData, st: dict[str, Any], fonts: FontNames) -> Flowable:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    if data.signed_at is not None:
        status = (
            "Ditandatangani secara elektronik di LK3 Desktop pada "
            f"{format_datetime_id(data.signed_at)}"
        )
        name = data.signed_by or data.counselor_name
    else:
        status = "<b>DRAF</b> \u2014 belum ditandatangani; isi masih dapat berubah."
        name = data.counselor_name
    block = Table(
        [
            [Paragraph("Konselor,", st["sign"])],
            [Spacer(1, 6)],
            [Paragraph(f"<b><u>{escape(name or '-')}</u></b>", st["sign"])],
            [Paragraph(status, st["small"])],
        ],
        colWidths=[8.2 * _CM],
        hAlign="RIGHT",
    )
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([Spacer(1, 14), block])


def _story(data: AssessmentReportData, fonts: FontNames, width: float) -> list[Flowable]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    st = _styles(fonts)
    status = "Ditandatangani" if data.signed_at is not None else "Draf (belum ditandatangani)"
    story: list[Flowable] = [
        Paragraph("HASIL ASESMEN INSTRUMEN SKRINING", st["title"]),
        Paragraph(escape(data.instrument_name), st["subtitle"]),
        Spacer(1, 6),
        HRFlowable(width="100%", thickness=0.8, color=HexColor(_RULE), spaceAfter=8),
        _key_values(
            [
                ("Nama klien", escape(data.client_name)),
                ("Nomor registrasi", escape(data.registration_number)),
                (
                    "Instrumen",
                    f"{escape(data.instrument_code)} (versi {escape(data.instrument_version)})",
                ),
                ("Periode yang ditanyakan", escape(data.period)),
                ("Tanggal asesmen", format_date_id(data.administered_on)),
                ("Konselor", escape(data.counselor_name or "-")),
                ("Status", status),
            ],
            st,
            fonts,
        ),
    ]
    if data.omission_note.strip():
        story.append(Spacer(1, 6))
        story.append(Paragraph(escape(" ".join(data.omission_note.split())), st["small"]))
    story += [
        Paragraph("Hasil", st["heading"]),
        _score_block(data, st, fonts),
    ]
    notes: list[str] = []
    if data.prorated:
        notes.append("Sebagian skor diprorata sesuai aturan instrumen (ada butir yang kosong).")
    if not data.complete:
        unanswered = sum(1 for a in data.answers if a.value is None)
        notes.append(f"{unanswered} pertanyaan belum dijawab.")
    if notes:
        story.append(Spacer(1, 3))
        story.append(Paragraph(" ".join(notes), st["small"]))
    if data.flags:
        story.append(Paragraph("Tanda risiko", st["heading"]))
        story.append(_flags_block(data, st, fonts))
    story.append(Paragraph("Jawaban", st["heading"]))
    if data.instruction:
        story.append(Paragraph(escape(data.instruction), st["small"]))
        story.append(Spacer(1, 4))
    story.append(_answers_table(data, st, fonts, width))
    story.extend(_trend_block(data, st, fonts, width))
    if data.note.strip():
        story.append(Paragraph("Catatan konselor", st["heading"]))
        story.append(Paragraph(_text(data.note), st["body"]))
    if data.addenda:
        story.append(Paragraph("Adendum", st["heading"]))
        for addendum in data.addenda:
            story.append(
                Paragraph(
                    f"<b>{format_datetime_id(addendum.at)} \u2014 {escape(addendum.author)}</b>",
                    st["body"],
                )
            )
            story.append(Paragraph(_text(addendum.text), st["body"]))
            story.append(Spacer(1, 4))
    story.append(_signature(data, st, fonts))
    if data.source_note.strip():
        story.append(Spacer(1, 12))
        story.append(HRFlowable(width="100%", thickness=0.4, color=HexColor(_RULE), spaceAfter=3))
        story.append(
            Paragraph("Sumber instrumen: " + _text(data.source_note.split("\n\n")[0]), st["small"])
        )
    return story


def _page_decorations(fonts: FontNames, data: AssessmentReportData) -> Any:
    """Center name and the RAHASIA stamp at the top, a footer with the page number."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    width, height = A4

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        y = draw_confidential_stamp(
            canvas,
            fonts,
            right=width - _MARGIN,
            bottom=height - _MARGIN + 16,
            size=11.0,
            char_space=3.0,
            padding=8.0,
            line_width=1.4,
        )
        canvas.setFillColor(HexColor(_INK))
        canvas.setFont(fonts.bold, 9.5)
        canvas.drawString(_MARGIN, y + 6.5, data.center_name.strip()[:90])
        canvas.setStrokeColor(HexColor(_RULE))
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN, y - 6, width - _MARGIN, y - 6)
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(HexColor(_MUTED))
        canvas.drawString(
            _MARGIN,
            _MARGIN - 26,
            f"RAHASIA \u2014 {data.instrument_code} \u00b7 {data.registration_number} "
            f"\u00b7 {format_date_id(data.administered_on)}",
        )
        canvas.drawRightString(width - _MARGIN, _MARGIN - 26, f"Halaman {doc.page}")
        canvas.restoreState()

    return draw


def render_assessment_report(data: AssessmentReportData) -> bytes:
    """Render the assessment as an A4 PDF and return its bytes."""

    fonts = register_fonts()
    buffer = io.BytesIO()
    doc = a4_document(
        buffer, fonts, title=f"{PDF_TITLE} {data.instrument_code}", font_size=10, leading=12
    )
    decorate = _page_decorations(fonts, data)
    doc.build(_story(data, fonts, doc.width - 12), onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
