"""The referral letter (surat rujukan): an official Indonesian letter on A4, made with ReportLab.

Layout, top to bottom: the kop surat (logo, the center's name, address and contacts, a double
rule), place and date on the right, Nomor / Lampiran / Perihal, the "Kepada Yth." block, the
body in formal Indonesian with the client's identity table (only the fields the client agreed
to share and no counselor marked "jangan diungkap"; the caller passes nothing else, and when a
mark left something out, one sentence under the table says so), the reason and the services
requested, the closing, the signature block (jabatan, room for the wet signature and stamp,
the name bold and underlined, NIP when set) and the Tembusan list. Every page carries the
RAHASIA marking and a footer with the verification code, and "Halaman X dari Y" when the
letter runs over a page.

Text is set in embedded TrueType fonts and reflows in every field. The same data always gives
the same bytes (ReportLab's invariant mode), so the archived PDF is the letter.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.documents.a4 import a4_document, build_with_page_count
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "LetterCenter",
    "LetterRecipient",
    "LetterSigner",
    "ReferralLetterData",
    "count_words_id",
    "render_referral_letter",
]

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.5 * _CM
_TOP_MARGIN: Final = 2.0 * _CM  # the kop sits a little higher, as on printed letterheads
_FRAME_PADDING: Final = 6.0  # SimpleDocTemplate's frame keeps this much inside each margin
_LOGO_BOX: Final = 2.3 * _CM
_INK: Final = "#111111"
_MUTED: Final = "#4A4A4A"

_NUMBER_WORDS: Final = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip


LetterCenter = KopCenter  # the sender as the kop surat shows it


@dataclass(frozen=True, slots=True)
class LetterRecipient:
    institution: str
    contact_position: str = ""
    contact_person: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class LetterSigner:
    """``title_lines``: the jabatan as printed above the signature, one line each."""

    title_lines: tuple[str, ...]
    full_name: str
    nip: str | None = None


@dataclass(frozen=True, slots=True)
class ReferralLetterData:
    center: LetterCenter
    place: str | None  # "Serang"; None: the date stands alone
    letter_date: date
    number: str
    subject: str
    recipient: LetterRecipient
    client_rows: tuple[tuple[str, str], ...]  # (label, value), consented, not withheld
    client_notes: tuple[tuple[str, str], ...]  # (label, text): consented narrative fields
    reason: str
    services_requested: str
    urgency: str  # "biasa", "segera" or "darurat"
    counselor_name: str
    signer: LetterSigner
    verification_code: str
    attachments: tuple[str, ...] = ()
    copies_to: tuple[str, ...] = ()
    # The UU PDP art. 33 sentence naming what a "jangan diungkap" mark kept out ("": none).
    omission_note: str = ""


def count_words_id(n: int) -> str:
    """``2`` -> ``"2 (dua)"``, as letters write small counts; larger counts stay digits."""
    if 0 <= n < len(_NUMBER_WORDS):
        return f"{n} ({_NUMBER_WORDS[n]})"
    return str(n)


def _markup(text: str) -> str:
    """Plain text for a Paragraph: escaped, line breaks kept."""
    lines = [escape(" ".join(line.split())) for line in text.strip().splitlines()]
    return "<br/>".join(line for line in lines if line) or "-"


def _paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each as Paragraph markup."""
    blocks: list[list[str]] = [[]]
    for line in text.strip().splitlines():
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [_markup("\n".join(block)) for block in blocks if block]


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
            spaceAfter=5,
        )
        self.plain = ParagraphStyle("plain", parent=self.body, alignment=TA_LEFT, spaceAfter=0)
        self.cell = ParagraphStyle("cell", parent=self.plain, leading=13)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=fonts.bold)
        self.indented = ParagraphStyle("indented", parent=self.body, leftIndent=1.0 * _CM)
        self.right = ParagraphStyle("right", parent=self.plain, alignment=TA_RIGHT)
        self.tempat = ParagraphStyle("tempat", parent=self.plain, leftIndent=0.8 * _CM)
        self.sign = ParagraphStyle("sign", parent=self.plain, alignment=TA_CENTER)
        self.sign_name = ParagraphStyle("sign_name", parent=self.sign, fontName=fonts.bold)
        self.small = ParagraphStyle("small", parent=self.plain, fontSize=9, leading=12)
        self.note = ParagraphStyle(
            "note", parent=self.body, fontSize=9, leading=12, textColor=HexColor(_MUTED)
        )


def _recipient(data: ReferralLetterData, st: _Styles) -> list[Any]:
    """The "Kepada Yth." block: position, institution, for the attention of, address."""
    from reportlab.platypus import Paragraph

    r = data.recipient
    lines = ["Kepada Yth."]
    lines.append(escape(r.contact_position.strip()) if r.contact_position.strip() else "Pimpinan")
    lines.append(f"<b>{escape(r.institution.strip())}</b>")
    if r.contact_person.strip():
        lines.append(f"u.p. {escape(r.contact_person.strip())}")
    if r.address.strip():
        lines.append(_markup(r.address))
    flow: list[Any] = [Paragraph(line, st.plain) for line in lines]
    flow.append(Paragraph("di", st.plain))
    flow.append(Paragraph("Tempat", st.tempat))
    return flow


def _heading_block(
    data: ReferralLetterData, st: _Styles, fonts: FontNames, width: float
) -> list[Any]:
    """Place and date flush right on the first line; under them, on the right, the "Kepada Yth."
    block; Nomor / Sifat / Lampiran / Perihal on the left, aligned at their colons."""
    from reportlab.platypus import Paragraph, Spacer, Table

    when = format_date_id(data.letter_date)
    place = data.place.strip() if data.place else ""
    dated = f"{escape(place)}, {when}" if place else when
    lampiran = count_words_id(len(data.attachments)) + " berkas" if data.attachments else "-"
    rows = [
        ("Nomor", Paragraph(escape(data.number), st.cell)),
        ("Sifat", Paragraph("Rahasia", st.cell)),
        ("Lampiran", Paragraph(lampiran, st.cell)),
        ("Perihal", Paragraph(escape(data.subject), st.cell_bold)),
    ]
    right_width = 7.4 * _CM
    left_width = width - right_width
    fields = Table(
        [[Paragraph(label, st.cell), Paragraph(":", st.cell), value] for label, value in rows],
        colWidths=[2.0 * _CM, 0.45 * _CM, left_width - 2.45 * _CM - 8],
        hAlign="LEFT",
    )
    fields.setStyle(plain_table_style(fonts))
    gap = 10.0
    left = [Spacer(1, st.plain.leading + gap), fields]
    right = [Paragraph(dated, st.right), Spacer(1, gap), *_recipient(data, st)]
    table = Table([[left, right]], colWidths=[left_width, right_width], hAlign="LEFT")
    table.setStyle(plain_table_style(fonts, ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))
    return [table, Spacer(1, 16)]


def _identity_table(data: ReferralLetterData, st: _Styles, fonts: FontNames) -> Any:
    from reportlab.platypus import Paragraph, Table

    rows = [
        [
            "",
            Paragraph(escape(label), st.cell),
            Paragraph(":", st.cell),
            Paragraph(_markup(value), st.cell),
        ]
        for label, value in data.client_rows
    ]
    # A flat table (the first column indents it) splits between pages, and inside a row when a
    # single value is longer than what is left of the page.
    table = Table(
        rows,
        colWidths=[1.0 * _CM, 4.4 * _CM, 0.45 * _CM, None],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(plain_table_style(fonts, ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    return table


def _numbered(items: tuple[str, ...], st: _Styles, fonts: FontNames, indent: float) -> Any:
    from reportlab.platypus import Paragraph, Table

    rows = [
        [Paragraph(f"{i}.", st.cell), Paragraph(_markup(item), st.cell)]
        for i, item in enumerate(items, start=1)
    ]
    table = Table(rows, colWidths=[indent + 0.6 * _CM, None], hAlign="LEFT")
    table.setStyle(
        plain_table_style(
            fonts, ("LEFTPADDING", (0, 0), (0, -1), indent), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)
        )
    )
    return table


def _body(data: ReferralLetterData, st: _Styles, fonts: FontNames) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    center = escape(data.center.name.strip())
    flow: list[Any] = [Paragraph("Dengan hormat,", st.body)]
    if data.client_rows:
        flow.append(
            Paragraph(
                f"Bersama surat ini, {center} merujuk klien kami dengan identitas sebagai berikut:",
                st.body,
            )
        )
        flow += [_identity_table(data, st, fonts), Spacer(1, 8)]
    else:
        flow.append(Paragraph(f"Bersama surat ini, {center} merujuk seorang klien kami.", st.body))
    if data.omission_note.strip():
        # Right under the identity it concerns, so the partner does not ask for what is missing.
        flow.append(Paragraph(escape(" ".join(data.omission_note.split())), st.note))
    for label, text in data.client_notes:
        if text.strip():
            flow.append(Paragraph(f"{escape(label)}:", st.body))
            flow += [Paragraph(p, st.indented) for p in _paragraphs(text)]
    if data.reason.strip():
        flow.append(Paragraph("Adapun alasan rujukan adalah sebagai berikut:", st.body))
        flow += [Paragraph(p, st.indented) for p in _paragraphs(data.reason)]
    if data.services_requested.strip():
        flow.append(
            Paragraph(
                "Sehubungan dengan hal tersebut, kami mohon klien dapat memperoleh layanan "
                "sebagai berikut:",
                st.body,
            )
        )
        flow += [Paragraph(p, st.indented) for p in _paragraphs(data.services_requested)]
    if data.urgency == "darurat":
        flow.append(
            Paragraph(
                "Rujukan ini bersifat <b>darurat</b>; kami mohon klien dapat dilayani pada "
                "kesempatan pertama.",
                st.body,
            )
        )
    elif data.urgency == "segera":
        flow.append(
            Paragraph(
                "Mengingat kondisi klien, kami mohon rujukan ini dapat ditindaklanjuti "
                "<b>segera</b>.",
                st.body,
            )
        )
    if data.attachments:
        flow.append(
            Paragraph("Sebagai bahan pertimbangan, bersama surat ini kami lampirkan:", st.body)
        )
        flow += [_numbered(data.attachments, st, fonts, 1.0 * _CM), Spacer(1, 6)]
    contact = ""
    if data.counselor_name.strip():
        contact = (
            " Untuk koordinasi lebih lanjut, Bapak/Ibu dapat menghubungi "
            f"{escape(data.counselor_name.strip())} selaku konselor yang menangani"
        )
        if data.center.phone.strip():
            contact += f" melalui telepon {escape(data.center.phone.strip())}"
        contact += "."
    flow.append(
        Paragraph(
            "Informasi dalam surat ini bersifat rahasia dan disampaikan dengan persetujuan "
            "klien, sehingga hanya dipergunakan untuk keperluan layanan. Kami mohon Bapak/Ibu "
            "berkenan menyampaikan hasil tindak lanjut (rujukan balik) kepada kami." + contact,
            st.body,
        )
    )
    return flow


def _closing_and_signature(
    data: ReferralLetterData, st: _Styles, fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer, Table

    closing = Paragraph(
        "Demikian surat rujukan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, "
        "kami ucapkan terima kasih.",
        st.body,
    )
    signer = data.signer
    cells: list[Any] = [Paragraph(escape(line), st.sign) for line in signer.title_lines]
    cells.append(Spacer(1, 2.2 * _CM))  # the wet signature and the stamp
    cells.append(Paragraph(f"<u>{escape(signer.full_name.strip())}</u>", st.sign_name))
    if signer.nip:
        cells.append(Paragraph(f"NIP. {escape(signer.nip)}", st.sign))
    column = 7.6 * _CM
    block = Table([["", cells]], colWidths=[width - column, column], hAlign="LEFT")
    block.setStyle(plain_table_style(fonts))
    return [closing, Spacer(1, 10), block]


def _copies(data: ReferralLetterData, st: _Styles, fonts: FontNames) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    if not data.copies_to:
        return []
    return [
        Spacer(1, 8),
        Paragraph("<u>Tembusan:</u>", st.small),
        _numbered(data.copies_to, st, fonts, 0),
    ]


def _story(data: ReferralLetterData, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether

    st = _Styles(fonts)
    # The Tembusan list never stands alone on a page: it moves with the signature block.
    ending = KeepTogether(
        [*_closing_and_signature(data, st, fonts, width), *_copies(data, st, fonts)]
    )
    return [
        *kop(data.center, fonts, width, logo_box=_LOGO_BOX),
        *_heading_block(data, st, fonts, width),
        *_body(data, st, fonts),
        ending,
    ]


def _decorate(fonts: FontNames, code: str, total_pages: int | None) -> Any:
    """RAHASIA at the top right of every page; the footer with the code and page numbers."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        draw_confidential_stamp(
            canvas, fonts, right=page_width - _MARGIN, top=page_height - 0.9 * _CM, size=10.5
        )
        canvas.setFillColor(HexColor(_MUTED))
        canvas.setStrokeColor(HexColor("#9AA5B1"))
        canvas.setLineWidth(0.4)
        footer_y = _MARGIN - 1.1 * _CM
        canvas.line(_MARGIN, footer_y + 11, page_width - _MARGIN, footer_y + 11)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(
            _MARGIN,
            footer_y,
            f"Kode verifikasi: {code} \u00b7 keaslian surat ini dapat dikonfirmasi kepada "
            "LK3 pengirim",
        )
        if total_pages and total_pages > 1:
            canvas.drawRightString(
                page_width - _MARGIN, footer_y, f"Halaman {doc.page} dari {total_pages}"
            )
        canvas.restoreState()

    return draw


def _build(
    data: ReferralLetterData, fonts: FontNames, total_pages: int | None
) -> tuple[bytes, int]:

    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        fonts,
        title=f"Surat Rujukan {data.number}",
        subject="Surat rujukan",
        font_size=10,
        leading=13.5,
        top_margin=_TOP_MARGIN,
    )
    decorate = _decorate(fonts, data.verification_code, total_pages)
    width = doc.width - 2 * _FRAME_PADDING
    doc.build(_story(data, fonts, width), onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue(), doc.page


def render_referral_letter(data: ReferralLetterData) -> bytes:
    """The letter as PDF bytes; the same ``data`` gives the same bytes."""
    if not data.center.name.strip():
        raise ValueError("center name must not be empty")
    if not data.number.strip():
        raise ValueError("letter number must not be empty")
    fonts = register_fonts()
    return build_with_page_count(lambda total: _build(data, fonts, total))
