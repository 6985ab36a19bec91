"""The case-record summary (ringkasan catatan kasus) of one case, as an A4 PDF.

For supervision or a lawful request: identity, family, PMKS categories, the case and its
stages, assessments with scores, referral history, and session-note text only when the head
chose to include it (``session_notes`` is None otherwise and the summary says so). What a
"jangan diungkap" mark kept out is named in one sentence under the title. Every page
is marked RAHASIA and numbered "Halaman X dari Y". Fonts are embedded; the output is
reproducible for the same data.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.documents.a4 import a4_document, build_numbered, page_number
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.styles import SUMMARY, build
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = ["ClientSummaryData", "render_client_summary"]

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.2 * _CM
_FRAME_PADDING: Final = 6.0
_MUTED: Final = "#4A4A4A"
_FOOTER_Y: Final = _MARGIN - 1.0 * _CM
_RULE: Final = "#9AA5B1"
_HEAD_FILL: Final = "#EEF1F4"


@dataclass(frozen=True, slots=True)
class ClientSummaryData:
    center_name: str
    generated_on: date
    generated_by: str
    registration_number: str
    identity: tuple[tuple[str, str], ...]  # (label, value)
    case: tuple[tuple[str, str], ...]  # (label, value): intake, source, stage, counselor, ...
    family_name: str = ""
    family: tuple[tuple[str, str, str, str], ...] = ()  # name, relationship, sex, birth year
    pmks: tuple[str, ...] = ()
    stages: tuple[tuple[str, str, str, str], ...] = ()  # date, stage, by, note
    assessments: tuple[tuple[str, str, str, str], ...] = ()  # date, instrument, score, meaning
    referrals: tuple[tuple[str, str, str, str], ...] = ()  # date, number, partner, status
    session_notes: tuple[tuple[str, str, str], ...] | None = None  # date, author, text
    # The UU PDP art. 33 sentence naming what "jangan diungkap" marks kept out ("": none).
    omission_note: str = ""
    family_withheld: bool = False  # the family section is marked "jangan diungkap"


def _text(value: str) -> str:
    lines = [escape(" ".join(line.split())) for line in value.strip().splitlines()]
    return "<br/>".join(line for line in lines if line) or "-"


def _story(data: ClientSummaryData, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

    st = build(SUMMARY, fonts)
    body = st.body
    bold = st.bold
    muted = st.muted
    title = st.title
    subtitle = st.subtitle
    heading = st.heading

    notice = st.notice

    def pairs(rows: tuple[tuple[str, str], ...]) -> Table:
        table = Table(
            [[Paragraph(escape(k), muted), Paragraph(_text(v), body)] for k, v in rows],
            colWidths=[4.6 * _CM, width - 4.6 * _CM],
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(plain_table_style(fonts, right=4, top=1.5))
        return table

    def grid(headers: list[str], rows: list[tuple[str, ...]], widths: list[float]) -> Table:
        scale = width / sum(widths)
        table = Table(
            [[Paragraph(h, bold) for h in headers]]
            + [[Paragraph(_text(cell), body) for cell in row] for row in rows],
            colWidths=[w * scale for w in widths],
            hAlign="LEFT",
            repeatRows=1,
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor(_HEAD_FILL)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(_RULE)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return table

    def section(name: str, content: Any) -> list[Any]:
        # A heading never stands alone at the foot of a page; long tables split and repeat
        # their header row.
        return [CondPageBreak(2.5 * _CM), Paragraph(name, heading), content]

    def none(text: str) -> Paragraph:
        return Paragraph(text, muted)

    story: list[Any] = [
        Paragraph("RINGKASAN CATATAN KASUS", title),
        Paragraph(escape(data.center_name.strip()), subtitle),
        Paragraph(f"Nomor registrasi {escape(data.registration_number)}", subtitle),
        Spacer(1, 6),
    ]
    if data.omission_note.strip():
        story += [Paragraph(escape(" ".join(data.omission_note.split())), notice), Spacer(1, 2)]
    story += [
        *section("A. Identitas klien", pairs(data.identity)),
        *section("B. Kasus", pairs(data.case)),
    ]
    if data.family_withheld:
        family: Any = none("Data keluarga tidak dicantumkan dalam ringkasan ini.")
    elif data.family:
        family = grid(
            ["Nama", "Hubungan", "Jenis kelamin", "Tahun lahir"],
            list(data.family),
            [6.2, 4.0, 3.0, 3.0],
        )
    else:
        family = none("Belum ada data keluarga.")
    named = data.family_name and not data.family_withheld
    label = "C. Keluarga" + (f" ({escape(data.family_name)})" if named else "")
    story.extend(section(label, family))
    story.extend(
        section(
            "D. Kategori PPKS (d/h PMKS)",
            Paragraph(escape("; ".join(data.pmks)), body) if data.pmks else none("Tidak ada."),
        )
    )
    story.extend(
        section(
            "E. Tahapan kasus",
            grid(["Tanggal", "Tahap", "Oleh", "Catatan"], list(data.stages), [3.6, 3.6, 3.8, 5.2])
            if data.stages
            else none("Belum ada."),
        )
    )
    story.extend(
        section(
            "F. Asesmen",
            grid(
                ["Tanggal", "Instrumen", "Skor", "Interpretasi"],
                list(data.assessments),
                [3.6, 4.4, 1.8, 6.4],
            )
            if data.assessments
            else none("Belum ada asesmen tercatat."),
        )
    )
    story.extend(
        section(
            "G. Riwayat rujukan",
            grid(
                ["Tanggal", "Nomor surat", "Lembaga mitra", "Status"],
                list(data.referrals),
                [3.6, 4.2, 5.4, 3.0],
            )
            if data.referrals
            else none("Belum ada rujukan."),
        )
    )
    if data.session_notes is None:
        story.extend(section("H. Catatan sesi", none("Isi catatan sesi tidak disertakan.")))
    else:
        story.extend([CondPageBreak(2.5 * _CM), Paragraph("H. Catatan sesi", heading)])
        if not data.session_notes:
            story.append(none("Belum ada catatan sesi."))
        for when, author, text in data.session_notes:
            story.append(Paragraph(f"<b>{escape(when)}</b> \u00b7 {escape(author)}", body))
            story.append(Paragraph(_text(text), body))
            story.append(Spacer(1, 5))
    return story


def _decorate(fonts: FontNames, data: ClientSummaryData) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        draw_confidential_stamp(
            canvas, fonts, right=page_width - _MARGIN, top=page_height - 0.9 * _CM
        )
        canvas.setFillColor(HexColor(_MUTED))
        canvas.setFont(fonts.regular, 8)
        footer_y = _FOOTER_Y
        canvas.drawString(
            _MARGIN,
            footer_y,
            f"Ringkasan {data.registration_number} \u00b7 dibuat "
            f"{format_date_id(data.generated_on)} oleh {data.generated_by}",
        )
        canvas.restoreState()

    return draw


def _build(data: ClientSummaryData, fonts: FontNames) -> bytes:
    from reportlab.lib.pagesizes import A4

    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        fonts,
        title=f"Ringkasan Catatan Kasus {data.registration_number}",
        subject="Ringkasan catatan kasus",
        font_size=9.5,
        leading=12.5,
        margin=_MARGIN,
    )
    story = _story(data, fonts, doc.width - 2 * _FRAME_PADDING)
    number = page_number(fonts, right=A4[0] - _MARGIN, y=_FOOTER_Y, color=_MUTED)
    build_numbered(doc, story, _decorate(fonts, data), number)
    return buffer.getvalue()


def render_client_summary(data: ClientSummaryData) -> bytes:
    """The summary as PDF bytes (every page knows the page count)."""
    return _build(data, register_fonts())
