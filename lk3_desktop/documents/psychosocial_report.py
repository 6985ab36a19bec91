"""The psychosocial assessment PDF (asesmen psikososial), for supervision and referrals.

Top to bottom: the kop of the center, the title "ASESMEN PSIKOSOSIAL" with the kind of
assessment, who and when (client, registration number, date, assessor, status), the sentence
naming what "jangan diungkap" marks (UU PDP art. 33) kept out when any did, each narrative
section under its heading, the needs by domain as a table, the counselor's conclusion, the
overall risk level with its risk flag, the safety plan (who, what, when) when there is one,
the signature block (or the draft notice) and the addenda with author and time.

"RAHASIA" stands on every page and every footer says "Halaman x dari y" (two passes). Text is
set in embedded TrueType fonts only; the output is reproducible (invariant mode). This module
imports no Qt and no database code: the service hands it plain data.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.documents.a4 import FRAME_PADDING, a4_document, build_with_page_count
from lk3_desktop.documents.assessment_report import AddendumLine, format_datetime_id
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

__all__ = [
    "PDF_TITLE",
    "AddendumLine",
    "FlagLine",
    "NarrativeSection",
    "NeedLine",
    "PlanLine",
    "PsychosocialReportData",
    "render_psychosocial_report",
]

PDF_TITLE: Final = "Asesmen Psikososial"

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.5 * _CM
_TOP_MARGIN: Final = 2.0 * _CM  # the kop sits a little higher, as on printed letterheads
_LOGO_BOX: Final = 2.0 * _CM

_INK: Final = "#1F2933"
_MUTED: Final = "#52606D"
_RULE: Final = "#9AA5B1"
_HEAD_FILL: Final = "#3E4C59"
_GRID: Final = "#C9CFD6"
_STRIPE: Final = "#F7F8FA"
_RISK: Final = "#B42318"
_RISK_PANEL: Final = "#FDECEA"


@dataclass(frozen=True, slots=True)
class NarrativeSection:
    """One written section: its Indonesian heading and the text as typed ("": not filled)."""

    heading: str
    text: str


@dataclass(frozen=True, slots=True)
class NeedLine:
    domain: str
    text: str


@dataclass(frozen=True, slots=True)
class PlanLine:
    """A safety plan row: who does what, and when."""

    who: str
    action: str
    timing: str


@dataclass(frozen=True, slots=True)
class FlagLine:
    """The risk flag a high risk level raised: its state and the action taken."""

    label: str
    status: str
    action_taken: str = ""


@dataclass(frozen=True, slots=True)
class PsychosocialReportData:
    """Everything the PDF prints; built by services/assessments/report.py."""

    center: KopCenter
    client_name: str
    registration_number: str
    kind_label: str  # "Asesmen awal", "Asesmen mendalam", ...
    assessed_on: datetime.date
    assessor_name: str
    identity: tuple[tuple[str, str], ...]  # further identity rows, withheld groups left out
    sections: tuple[NarrativeSection, ...]
    needs: tuple[NeedLine, ...]
    conclusion: str
    risk_level_label: str  # "": not chosen yet
    high_risk: bool
    flags: tuple[FlagLine, ...]
    safety_plan: tuple[PlanLine, ...]
    signed_by: str
    signed_at: datetime.datetime | None
    addenda: tuple[AddendumLine, ...] = ()
    # The UU PDP art. 33 sentence naming what "jangan diungkap" marks kept out ("": none).
    omission_note: str = ""


def _text(value: str) -> str:
    """Escape for a Paragraph and keep the writer's line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


def _styles(fonts: FontNames) -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=10,
        leading=13.5,
        textColor=HexColor(_INK),
    )
    return {
        "body": body,
        "prose": ParagraphStyle("prose", parent=body, alignment=TA_JUSTIFY, spaceAfter=3),
        "empty": ParagraphStyle(
            "empty", parent=body, fontName=fonts.italic, textColor=HexColor(_MUTED)
        ),
        "small": ParagraphStyle(
            "small", parent=body, fontSize=8.5, leading=11, textColor=HexColor(_MUTED)
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.bold,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=10.5,
            leading=14,
            textColor=HexColor(_MUTED),
            alignment=TA_CENTER,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            spaceBefore=11,
            spaceAfter=3,
        ),
        "label": ParagraphStyle("label", parent=body, textColor=HexColor(_MUTED)),
        "value": ParagraphStyle("value", parent=body, fontName=fonts.bold),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=fonts.bold, fontSize=9.5, leading=12.5
        ),
        "head_cell": ParagraphStyle(
            "head_cell",
            parent=body,
            fontName=fonts.bold,
            fontSize=9.5,
            leading=12.5,
            textColor=HexColor("#FFFFFF"),
        ),
        "risk": ParagraphStyle(
            "risk", parent=body, fontName=fonts.bold, fontSize=11, textColor=HexColor(_RISK)
        ),
        "risk_value": ParagraphStyle("risk_value", parent=body, fontName=fonts.bold, fontSize=11),
    }


def _key_values(rows: list[tuple[str, str]], st: dict[str, Any], fonts: FontNames) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    table = Table(
        [
            [
                Paragraph(escape(label), st["label"]),
                Paragraph(":", st["label"]),
                Paragraph(value, st["value"]),
            ]
            for label, value in rows
        ],
        colWidths=[4.2 * _CM, 0.4 * _CM, None],
        hAlign="LEFT",
    )
    table.setStyle(plain_table_style(fonts, right=4, top=1.2, bottom=1.2))
    return table


def _grid_table(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    st: dict[str, Any],
    fonts: FontNames,
) -> Flowable:
    """A ruled table with a dark header row (repeated on a new page) and striped rows."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(_HEAD_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, HexColor(_GRID)),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, HexColor(_GRID)),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    commands += [
        ("BACKGROUND", (0, index), (-1, index), HexColor(_STRIPE))
        for index in range(2, len(rows) + 1, 2)
    ]
    table = Table(
        [[Paragraph(escape(h), st["head_cell"]) for h in header], *rows],
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table


def _heading_block(data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    if data.signed_at is not None:
        status = f"Ditandatangani oleh {escape(data.signed_by or '-')}"
    else:
        status = "Draf (belum ditandatangani)"
    rows = [
        ("Nama klien", escape(data.client_name or "-")),
        ("Nomor registrasi", escape(data.registration_number or "-")),
        *((label, escape(value)) for label, value in data.identity),
        ("Jenis asesmen", escape(data.kind_label)),
        ("Tanggal asesmen", format_date_id(data.assessed_on)),
        ("Asesor", escape(data.assessor_name or "-")),
        ("Status", status),
    ]
    parts: list[Any] = [
        Paragraph("ASESMEN PSIKOSOSIAL", st["title"]),
        Paragraph(escape(data.kind_label), st["subtitle"]),
        Spacer(1, 6),
        HRFlowable(width="100%", thickness=0.8, color=HexColor(_RULE), spaceAfter=7),
        _key_values(rows, st, fonts),
    ]
    if data.omission_note.strip():
        parts.append(Spacer(1, 6))
        parts.append(Paragraph(escape(" ".join(data.omission_note.split())), st["small"]))
    return parts


def _section(heading: str, text: str, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    title = Paragraph(escape(heading), st["heading"])
    if not text.strip():
        return [KeepTogether([title, Paragraph("Tidak diisi.", st["empty"])])]
    paragraphs = [Paragraph(_text(p), st["prose"]) for p in text.strip().split("\n\n") if p]
    # The heading never stays alone at the bottom of a page.
    return [KeepTogether([title, paragraphs[0]]), *paragraphs[1:]]


def _needs(
    data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.platypus import Paragraph

    heading = Paragraph("Kebutuhan menurut ranah", st["heading"])
    if not data.needs:
        return [heading, Paragraph("Tidak ada kebutuhan yang dicatat.", st["empty"])]
    rows = [
        [Paragraph(escape(n.domain), st["cell_bold"]), Paragraph(_text(n.text), st["cell"])]
        for n in data.needs
    ]
    domain_width = 4.2 * _CM
    return [
        heading,
        _grid_table(["Ranah", "Kebutuhan"], rows, [domain_width, width - domain_width], st, fonts),
    ]


def _risk(
    data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    heading = Paragraph("Tingkat risiko", st["heading"])
    if not data.risk_level_label:
        return [KeepTogether([heading, Paragraph("Belum ditentukan.", st["empty"])])]
    lines: list[Any] = [
        [Paragraph(escape(data.risk_level_label), st["risk" if data.high_risk else "risk_value"])]
    ]
    for flag in data.flags:
        text = f"{escape(flag.label)} \u2014 {escape(flag.status)}"
        if flag.action_taken.strip():
            text += f"<br/>Tindakan: {_text(flag.action_taken)}"
        lines.append([Paragraph(text, st["cell"])])
    table = Table(lines, colWidths=[width], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("LEFTPADDING", (0, 0), (-1, -1), 10 if data.high_risk else 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if data.high_risk:  # red is for risk only
        commands += [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(_RISK_PANEL)),
            ("LINEBEFORE", (0, 0), (0, -1), 3, HexColor(_RISK)),
        ]
    table.setStyle(TableStyle(commands))
    return [KeepTogether([heading, table])]


def _safety_plan(
    data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    if not data.safety_plan:
        return []
    rows = [
        [
            Paragraph(f"{number}.", st["cell"]),
            Paragraph(_text(line.who), st["cell"]),
            Paragraph(_text(line.action), st["cell"]),
            Paragraph(_text(line.timing), st["cell"]),
        ]
        for number, line in enumerate(data.safety_plan, start=1)
    ]
    number_w, who_w, when_w = 1.0 * _CM, 3.8 * _CM, 3.6 * _CM
    table = _grid_table(
        ["No.", "Siapa", "Apa yang dilakukan", "Kapan"],
        rows,
        [number_w, who_w, width - number_w - who_w - when_w, when_w],
        st,
        fonts,
    )
    heading = Paragraph("Rencana keselamatan", st["heading"])
    return [KeepTogether([heading, table])] if len(rows) <= 6 else [heading, table]


def _signature(data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames) -> Flowable:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    if data.signed_at is not None:
        name = data.signed_by or data.assessor_name
        status = (
            "Ditandatangani secara elektronik di LK3 Desktop pada "
            f"{format_datetime_id(data.signed_at)}."
        )
    else:
        name = data.assessor_name
        status = "<b>DRAF</b> \u2014 belum ditandatangani; isi masih dapat berubah."
    block = Table(
        [
            [Paragraph("Konselor / asesor,", st["body"])],
            [Spacer(1, 30)],
            [Paragraph(f"<b><u>{escape(name or '-')}</u></b>", st["body"])],
            [Paragraph(status, st["small"])],
        ],
        colWidths=[7.6 * _CM],
        hAlign="RIGHT",
    )
    block.setStyle(plain_table_style(fonts, top=1, bottom=1))
    return KeepTogether([Spacer(1, 16), block])


def _addenda(data: PsychosocialReportData, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    if not data.addenda:
        return []
    story: list[Any] = [Paragraph("Adendum", st["heading"])]
    for addendum in data.addenda:
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        f"<b>{format_datetime_id(addendum.at)} \u2014 "
                        f"{escape(addendum.author or '-')}</b>",
                        st["body"],
                    ),
                    Paragraph(_text(addendum.text), st["prose"]),
                    Spacer(1, 5),
                ]
            )
        )
    return story


def _story(data: PsychosocialReportData, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether

    st = _styles(fonts)
    story: list[Any] = [
        *kop(data.center, fonts, width, logo_box=_LOGO_BOX),
        *_heading_block(data, st, fonts),
    ]
    for section in data.sections:
        story += _section(section.heading, section.text, st)
    story += _needs(data, st, fonts, width)
    story += _section("Kesimpulan konselor", data.conclusion, st)
    story += _risk(data, st, fonts, width)
    story += _safety_plan(data, st, fonts, width)
    # The signature never stands alone on the last page: it goes over with the block above it.
    story.append(KeepTogether([story.pop(), _signature(data, st, fonts)]))
    story += _addenda(data, st)
    return story


def _decorate(fonts: FontNames, data: PsychosocialReportData, total: int | None) -> Any:
    """The RAHASIA stamp at the top right and the footer with the page count, every page."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4
    draft = "" if data.signed_at is not None else " \u00b7 DRAF"
    footer = (
        f"Asesmen psikososial \u00b7 {data.registration_number} \u00b7 "
        f"{format_date_id(data.assessed_on)}{draft}"
    )

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        draw_confidential_stamp(
            canvas, fonts, right=page_width - _MARGIN, top=page_height - 0.9 * _CM, size=10.5
        )
        canvas.setFillColor(HexColor(_MUTED))
        canvas.setStrokeColor(HexColor(_RULE))
        canvas.setLineWidth(0.4)
        footer_y = _MARGIN - 1.1 * _CM
        canvas.line(_MARGIN, footer_y + 11, page_width - _MARGIN, footer_y + 11)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(_MARGIN, footer_y, footer)
        if total:
            canvas.drawRightString(
                page_width - _MARGIN, footer_y, f"Halaman {doc.page} dari {total}"
            )
        canvas.restoreState()

    return draw


def _build(data: PsychosocialReportData, fonts: FontNames, total: int | None) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        fonts,
        title=f"{PDF_TITLE} {data.registration_number}",
        subject="Asesmen psikososial",
        font_size=10,
        leading=13.5,
        top_margin=_TOP_MARGIN,
    )
    decorate = _decorate(fonts, data, total)
    doc.build(
        _story(data, fonts, doc.width - 2 * FRAME_PADDING),
        onFirstPage=decorate,
        onLaterPages=decorate,
    )
    return buffer.getvalue(), doc.page


def render_psychosocial_report(data: PsychosocialReportData) -> bytes:
    """The assessment as A4 PDF bytes (two passes, so every footer knows the page count)."""
    fonts = register_fonts()
    return build_with_page_count(lambda total: _build(data, fonts, total))
