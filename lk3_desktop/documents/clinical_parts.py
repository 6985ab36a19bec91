"""Parts the clinical records share (psychosocial assessment, session note, safety plan): the
styles, label/value rows, ruled tables, written sections, addenda, and the page decoration
with the RAHASIA stamp and "Halaman x dari y". This module imports no Qt and no database code.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.documents.a4 import FRAME_PADDING, a4_document, build_numbered, page_number
from lk3_desktop.documents.assessment_report import AddendumLine, format_datetime_id
from lk3_desktop.documents.fonts import FontNames
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.styles import CLINICAL, build
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

CM: Final = 72.0 / 2.54
MARGIN: Final = 2.5 * CM
TOP_MARGIN: Final = 2.0 * CM  # the kop sits a little higher, as on printed letterheads
LOGO_BOX: Final = 2.0 * CM

INK: Final = "#1F2933"
MUTED: Final = "#52606D"
RULE: Final = "#9AA5B1"
HEAD_FILL: Final = "#3E4C59"
GRID: Final = "#C9CFD6"
STRIPE: Final = "#F7F8FA"
RISK: Final = "#B42318"
RISK_PANEL: Final = "#FDECEA"


def text_markup(value: str) -> str:
    """Escape for a Paragraph and keep the writer's line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


def styles(fonts: FontNames) -> dict[str, Any]:
    """The paragraph styles of the clinical records (body, headings, cells, risk)."""
    return build(CLINICAL, fonts)


def key_values(rows: list[tuple[str, str]], st: dict[str, Any], fonts: FontNames) -> Flowable:
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
        colWidths=[4.2 * CM, 0.4 * CM, None],
        hAlign="LEFT",
    )
    table.setStyle(plain_table_style(fonts, right=4, top=1.2, bottom=1.2))
    return table


def record_heading(
    title: str,
    rows: list[tuple[str, str]],
    st: dict[str, Any],
    fonts: FontNames,
    subtitle: str | None = None,
    omission_note: str = "",
) -> list[Any]:
    """A record's title (and ``subtitle``, markup) over a rule, the label/value ``rows`` of
    whose record it is, and, when "jangan diungkap" marks kept something out, the sentence
    that says so."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    parts: list[Any] = [Paragraph(title, st["title"])]
    if subtitle is not None:
        parts.append(Paragraph(subtitle, st["subtitle"]))
    parts += [
        Spacer(1, 6),
        HRFlowable(width="100%", thickness=0.8, color=HexColor(RULE), spaceAfter=7),
        key_values(rows, st, fonts),
    ]
    if omission_note.strip():
        parts.append(Spacer(1, 6))
        parts.append(Paragraph(escape(" ".join(omission_note.split())), st["small"]))
    return parts


def grid_table(
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
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, HexColor(GRID)),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, HexColor(GRID)),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    commands += [
        ("BACKGROUND", (0, index), (-1, index), HexColor(STRIPE))
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


def section(heading: str, text: str, st: dict[str, Any]) -> list[Any]:
    """A heading and the writer's paragraphs ("Tidak diisi." when empty)."""
    from reportlab.platypus import KeepTogether, Paragraph

    title = Paragraph(escape(heading), st["heading"])
    if not text.strip():
        return [KeepTogether([title, Paragraph("Tidak diisi.", st["empty"])])]
    paragraphs = [Paragraph(text_markup(p), st["prose"]) for p in text.strip().split("\n\n") if p]
    # The heading never stays alone at the bottom of a page.
    return [KeepTogether([title, paragraphs[0]]), *paragraphs[1:]]


def addenda(lines: tuple[AddendumLine, ...], st: dict[str, Any]) -> list[Any]:
    """The addenda with their author and time, each kept together."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    if not lines:
        return []
    story: list[Any] = [Paragraph("Adendum", st["heading"])]
    for addendum in lines:
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        f"<b>{format_datetime_id(addendum.at)} \u2014 "
                        f"{escape(addendum.author or '-')}</b>",
                        st["body"],
                    ),
                    Paragraph(text_markup(addendum.text), st["prose"]),
                    Spacer(1, 5),
                ]
            )
        )
    return story


def keep_together(*items: Any) -> Any:
    """One KeepTogether of ``items``, nested KeepTogethers opened up: ReportLab moves a
    KeepTogether that holds another to a new page even when it fits (the signature of a
    one-page record then stood alone on page two)."""
    from reportlab.platypus import KeepTogether

    flat: list[Any] = []
    for item in items:
        flat.extend(item._content if isinstance(item, KeepTogether) else [item])
    return KeepTogether(flat)


FOOTER_Y: Final = MARGIN - 1.1 * CM


def decorate(fonts: FontNames, footer: str) -> Any:
    """The RAHASIA stamp at the top right and the footer (its page count is
    :func:`number_pages`'), every page."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        draw_confidential_stamp(
            canvas, fonts, right=page_width - MARGIN, top=page_height - 0.9 * CM, size=10.5
        )
        canvas.setFillColor(HexColor(MUTED))
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, FOOTER_Y + 11, page_width - MARGIN, FOOTER_Y + 11)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(MARGIN, FOOTER_Y, footer)
        canvas.restoreState()

    return draw


def number_pages(fonts: FontNames) -> Any:
    """ "Halaman X dari Y" at the right of :func:`decorate`'s footer."""
    from reportlab.lib.pagesizes import A4

    return page_number(fonts, right=A4[0] - MARGIN, y=FOOTER_Y, color=MUTED)


def build_record(
    fonts: FontNames,
    *,
    title: str,
    subject: str,
    footer: str,
    story: Callable[[float], list[Any]],
) -> bytes:
    """A clinical record: ``story(width)`` on A4 with :func:`decorate`, pages numbered."""
    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        fonts,
        title=title,
        subject=subject,
        font_size=10,
        leading=13.5,
        top_margin=TOP_MARGIN,
    )
    build_numbered(
        doc, story(doc.width - 2 * FRAME_PADDING), decorate(fonts, footer), number_pages(fonts)
    )
    return buffer.getvalue()
