"""The recovery card: a one-page A4 PDF holding the database key as a recovery code.

The head of the center prints it at setup (and again after the key is changed) and keeps it
locked away. Besides the code it carries only the center's name, the head's name when given, the
date it was made and a short database id, so a found card can be matched to its database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.recovery_code import (
    GROUP_SIZE,
    RecoveryCodeError,
    decode_recovery_code,
    encode_recovery_code,
)
from lk3_desktop.documents.a4 import a4_document
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.styles import CARD, build
from lk3_desktop.documents.tables import plain_table_style, storage_sign_off

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

__all__ = ["PDF_TITLE", "RecoveryCardData", "render_recovery_card", "short_database_id"]

PDF_TITLE: Final = "Kartu Pemulihan LK3"

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.5 * _CM
_GROUPS_PER_LINE: Final = 5

_INK: Final = "#1F2933"
_MUTED: Final = "#52606D"
_RULE: Final = "#9AA5B1"
_PANEL: Final = "#F2F4F7"


@dataclass(frozen=True, slots=True)
class RecoveryCardData:
    """What a recovery card shows. ``code`` is the grouped recovery code of the database key."""

    center_name: str
    code: str
    created: date
    database_id: str
    head_name: str | None = None
    head_title: str = "Kepala"  # or "Ketua", as the office is run
    # Keys per person (issue 14): the office recovery key, which opens every case and
    # certifies a head's new keys after a recovery, and the office root's fingerprint.
    office_code: str | None = None
    root_fingerprint: str | None = None
    # An office on a server (issue 19): where it is, e.g. "192.168.1.10:5432/lk3_kantor".
    # There the card signs in only with both codes.
    server: str | None = None


def short_database_id(database_id: str) -> str:
    """Return the short form of a database id printed on cards, e.g. ``"3F9A-1C07"``.

    The first eight letters or digits, upper case, in two groups of four.
    """
    chars = [ch.upper() for ch in database_id if ch.isascii() and ch.isalnum()][:8]
    text = "".join(chars)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _grouped_fingerprint(fingerprint: str, groups: int = 6) -> str:
    """The first ``groups`` groups of four hex digits, e.g. ``"3F9A 1C07 …"``."""
    text = fingerprint.strip().upper()
    return " ".join(text[i : i + 4] for i in range(0, groups * 4, 4))


def _canonical_code(code: str) -> str:
    """Check the code (including its checksum) and return it in canonical grouped form."""
    try:
        key = decode_recovery_code(code)
    except RecoveryCodeError as exc:
        raise ValueError(f"not a valid recovery code: {exc.message}") from exc
    return encode_recovery_code(key)


def _code_block(code: str, fonts: FontNames) -> Flowable:
    """A framed panel with the code in lines of groups, one fixed-width cell per character."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable

    groups = code.split("-")
    lines = [groups[i : i + _GROUPS_PER_LINE] for i in range(0, len(groups), _GROUPS_PER_LINE)]

    class CodeBlock(Flowable):  # type: ignore[misc]
        cell = 16.5
        gap = 14.0
        row = 34.0
        pad_x = 22.0
        pad_y = 14.0
        # A real monospace face fits the cell at full size; the proportional fallback is set a
        # little smaller and its widest letters (W, M) are narrowed to keep their cell.
        font_size = 19.0 if fonts.mono_fixed_pitch else 17.0
        max_glyph = cell - 2.5

        def __init__(self) -> None:
            super().__init__()
            self.hAlign = "CENTER"
            line_cells = _GROUPS_PER_LINE * GROUP_SIZE
            self.inner_width = line_cells * self.cell + (_GROUPS_PER_LINE - 1) * self.gap
            self.width = self.inner_width + 2 * self.pad_x
            self.height = len(lines) * self.row + 2 * self.pad_y

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def _char(self, c: Canvas, x: float, y: float, char: str) -> None:
            width = float(c.stringWidth(char, fonts.mono_bold, self.font_size))
            scale = min(1.0, self.max_glyph / width) if width else 1.0
            text = c.beginText(x + (self.cell - width * scale) / 2, y)
            text.setFont(fonts.mono_bold, self.font_size)
            text.setHorizScale(100.0 * scale)
            text.textOut(char)
            text.setHorizScale(100.0)
            c.drawText(text)

        def draw(self) -> None:
            c: Canvas = self.canv
            c.saveState()
            c.setFillColor(HexColor(_PANEL))
            c.setStrokeColor(HexColor(_INK))
            c.setLineWidth(1.2)
            c.roundRect(0, 0, self.width, self.height, 6, stroke=1, fill=1)
            baseline_shift = self.font_size * 0.36
            for index, line in enumerate(lines):
                y = self.height - self.pad_y - (index + 0.5) * self.row - baseline_shift
                x = self.pad_x
                for number, group in enumerate(line):
                    if number:
                        c.setFont(fonts.mono, self.font_size * 0.8)
                        c.setFillColor(HexColor(_RULE))
                        c.drawCentredString(x + self.gap / 2, y + 1, "-")
                        x += self.gap
                    c.setFillColor(HexColor(_INK))
                    for char in group:
                        self._char(c, x, y, char)
                        x += self.cell
            c.restoreState()

    return CodeBlock()


def _story(data: RecoveryCardData, code: str, fonts: FontNames) -> list[Flowable]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import (
        HRFlowable,
        ListFlowable,
        ListItem,
        Paragraph,
        Spacer,
        Table,
    )

    ink = HexColor(_INK)
    st = build(CARD, fonts)
    body = st.body
    title = st.title
    subtitle = st.subtitle
    center = st.center
    label = st.label
    value = st.value
    heading = st.heading
    caption = st.caption
    code_label = st.code_label

    def bullets(items: list[str], numbered: bool = False) -> ListFlowable:
        kwargs: dict[str, Any] = (
            {"bulletType": "1", "bulletFormat": "%s.", "bulletFontName": fonts.regular}
            if numbered
            else {"bulletType": "bullet", "start": "\u2022", "bulletFontName": fonts.regular}
        )
        return ListFlowable(
            [ListItem(Paragraph(text, body), leftIndent=14) for text in items],
            leftIndent=14,
            bulletFontSize=9.5,
            bulletColor=ink,
            spaceBefore=0,
            **kwargs,
        )

    details: list[list[Paragraph]] = [
        [Paragraph("Tanggal dibuat", label), Paragraph(format_date_id(data.created), value)],
        [
            Paragraph("ID basis data", label),
            Paragraph(escape(short_database_id(data.database_id)), value),
        ],
    ]
    if data.head_name and data.head_name.strip():
        head_label = Paragraph(f"{escape(data.head_title)} LK3", label)
        details.append([head_label, Paragraph(escape(data.head_name.strip()), value)])
    if data.server:
        details.append([Paragraph("Server kantor", label), Paragraph(escape(data.server), value)])
    if data.root_fingerprint:
        details.append(
            [
                Paragraph("Sidik akar kantor", label),
                Paragraph(escape(_grouped_fingerprint(data.root_fingerprint)), value),
            ]
        )
    details_table = Table(details, colWidths=[3.6 * _CM, 8.4 * _CM], hAlign="CENTER")
    details_table.setStyle(plain_table_style(fonts, right=6, top=1.5))

    sign_style = st.sign
    signature = storage_sign_off(
        sign_style, fonts, col_widths=["50%", "50%"], blanks=(26, 26, 20, 30), gap=16
    )

    rule = HexColor(_RULE)
    return [
        Paragraph("KARTU PEMULIHAN", title),
        Paragraph("Kunci basis data LK3 Desktop", subtitle),
        Spacer(1, 10),
        HRFlowable(width="100%", thickness=0.8, color=rule, spaceAfter=10),
        Paragraph(escape(data.center_name.strip()), center),
        Spacer(1, 7),
        details_table,
        Spacer(1, 14),
        Paragraph("KODE PEMULIHAN", code_label),
        Spacer(1, 5),
        _code_block(code, fonts),
        *(
            [
                Spacer(1, 8),
                Paragraph("KODE KUNCI PEMULIHAN KANTOR (KODE KEDUA)", code_label),
                Spacer(1, 5),
                _code_block(_canonical_code(data.office_code), fonts),
            ]
            if data.office_code
            else []
        ),
        Spacer(1, 5),
        Paragraph(
            "Huruf besar atau kecil, spasi, dan tanda hubung tidak berpengaruh saat kode diketik.",
            caption,
        ),
        Spacer(1, 4),
        Paragraph("Kegunaan kartu ini", heading),
        Paragraph(
            "Kartu ini memuat kunci basis data LK3 Desktop kantor ini. Kantor ini bekerja "
            "dengan server kantor: kedua kode di atas bersama-sama membuka server itu dari "
            f"komputer kantor mana pun yang terdaftar, apabila kata sandi {escape(data.head_title)}"
            " LK3 terlupa. Satu kode saja tidak cukup.",
            body,
        )
        if data.server
        else Paragraph(
            "Kartu ini memuat kunci basis data LK3 Desktop yang terenkripsi. Dengan kode di atas, "
            "basis data dapat dibuka di komputer mana pun apabila semua kata sandi terlupa atau "
            "penyimpanan kredensial komputer hilang atau rusak, misalnya setelah komputer "
            "diganti atau sistem operasinya dipasang ulang.",
            body,
        ),
        *(
            [
                Paragraph(
                    "Kode kedua adalah kunci pemulihan kantor: dengan kode itu Kepala LK3 "
                    "mendapat kunci baru dan dapat membuka kembali isi klinis setiap kasus, "
                    "yang tersegel per kasus. Sidik akar kantor memastikan bahwa sertifikat "
                    "para pengguna berasal dari kantor ini.",
                    body,
                )
            ]
            if data.office_code
            else []
        ),
        Paragraph("Cara menyimpan", heading),
        bullets(
            [
                "Simpan kartu ini di tempat terkunci, misalnya lemari besi atau brankas, "
                "terpisah dari komputer dan dari cadangan data.",
                "Jangan memotret, memindai, atau menyalin kartu ini, dan jangan mengirimkannya "
                "melalui aplikasi pesan (chat) maupun surel.",
                "Siapa pun yang memegang kartu ini beserta salinan basis data dapat membuka "
                "seluruh data klien.",
            ]
        ),
        Paragraph("Cara menggunakan", heading),
        bullets(
            [
                "Pada layar masuk LK3 Desktop, pilih \u201cGunakan kartu pemulihan\u201d.",
                "Ketik kode pemulihan yang tercantum di atas dan kode kedua."
                if data.server
                else "Ketik kode pemulihan yang tercantum di atas (dan kode kedua, bila ada).",
                f"Setelah basis data terbuka, {escape(data.head_title)} LK3 menetapkan kata sandi "
                "baru untuk para pengguna.",
            ],
            numbered=True,
        ),
        Paragraph("Penting", heading),
        bullets(
            [
                "Kartu ini tidak berlaku lagi bila kunci basis data diganti; simpan hanya kartu "
                "terbaru dan musnahkan kartu yang lama.",
                "Apabila kartu ini hilang dan semua kata sandi juga terlupa, data tidak dapat "
                "dipulihkan oleh siapa pun, termasuk oleh pembuat aplikasi.",
            ]
        ),
        Spacer(1, 12),
        HRFlowable(width="100%", thickness=0.5, color=rule, spaceAfter=2),
        signature,
    ]


def _page_decorations(fonts: FontNames, database_short: str) -> Any:
    """The RAHASIA marking at the top and the footer line, drawn on the page itself."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    width, height = A4

    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        # RAHASIA stamp, top right, inside the top margin.
        draw_confidential_stamp(
            canvas,
            fonts,
            right=width - _MARGIN,
            bottom=height - _MARGIN + 14,
            size=11.0,
            char_space=3.0,
            padding=8.0,
            line_width=1.4,
        )
        # Footer.
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(HexColor(_MUTED))
        canvas.drawCentredString(
            width / 2,
            _MARGIN - 26,
            "RAHASIA \u2014 jangan difoto, disalin, atau dikirim. "
            f"Kartu Pemulihan LK3 \u00b7 ID basis data {database_short}",
        )
        canvas.restoreState()

    return draw


def render_recovery_card(data: RecoveryCardData) -> bytes:
    """Render the recovery card as a one-page A4 PDF and return its bytes.

    The code is checked (format and checksum) and printed in its canonical grouped form; a code
    that does not check out raises ``ValueError`` so a broken card is never printed. Text is in
    embedded TrueType fonts; the output is reproducible (ReportLab's invariant mode) and its
    metadata carry the title only, no author.
    """
    from reportlab.platypus import KeepInFrame

    if not data.center_name.strip():
        raise ValueError("center_name must not be empty")
    code = _canonical_code(data.code)
    fonts = register_fonts()

    buffer = io.BytesIO()
    doc = a4_document(buffer, fonts, title=PDF_TITLE, font_size=10, leading=12)
    # Everything on one page whatever the length of the center's name: shrink rather than
    # spill onto a second sheet.
    padding = 12.0  # the frame's default 6 pt padding on each side
    content = KeepInFrame(
        doc.width - padding, doc.height - padding, _story(data, code, fonts), mode="shrink"
    )
    decorate = _page_decorations(fonts, short_database_id(data.database_id))
    doc.build([content], onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
