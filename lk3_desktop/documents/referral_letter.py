"""The referral letter (surat rujukan): an official Indonesian letter on A4, made with ReportLab,
in the naskah dinas form of Permendagri No. 1 Tahun 2023 (and PermenPANRB practice).

Layout, top to bottom: the kop surat (logo, parent-agency lines when the office has them, the
center's name, address and contacts, the city/province line, a double rule), place and date on
the right, Nomor / Sifat / Lampiran / Hal on the left aligned at their colons and the "Yth."
addressee block on the right (no "Kepada"; "di Tempat" only when the office's template asks
for it), the body in formal Indonesian with the client's identity table (only the fields the
client agreed to share and no counselor marked "jangan diungkap"; the caller passes nothing
else, and when a mark left something out, one sentence under the table says so), the reason
and the services requested, the closing, the signature block (jabatan, room for the wet
signature and stamp, the name bold and underlined, "NIP. 19870315 201001 2 003" when set) and
the Tembusan list. Every page carries the RAHASIA marking and a footer with the verification
code, and "Halaman X dari Y" when the letter runs over a page.

An ordinary letter fits one page: the letter is set at the regular spacing first and, when
that runs over, at two tighter spacings (leading, paragraph gaps, kop, signature room); only a
letter too long even for the tightest runs over pages, set at the regular spacing. A lead-in
line ("... kami lampirkan:") always stays on the page of what it introduces, and the closing,
signature and Tembusan move together.

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
from lk3_desktop.core.identity import format_nip
from lk3_desktop.documents.a4 import a4_document, build_numbered, page_number
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.styles import build, letter
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
_FRAME_PADDING: Final = 6.0  # SimpleDocTemplate's frame keeps this much inside each margin
_MUTED: Final = "#4A4A4A"

_NUMBER_WORDS: Final = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Spacing:
    """How airy the letter is set. The regular spacing first; tighter ones fit a letter that
    would otherwise run a few lines onto a second page."""

    leading: float  # of 10-point body text
    gap: float  # after a paragraph
    top_margin: float
    bottom_margin: float
    logo_box: float
    kop_scale: float
    signature_room: float  # for the wet signature and the stamp
    heading_gap: float  # between the Nomor/Yth. block and "Dengan hormat,"
    font_size: float = 10.0
    indent: float = 1.0 * _CM  # of the identity table, the lists and the indented paragraphs
    # The Tembusan list at the lower left beside the signature block instead of under it.
    copies_beside: bool = False


_REGULAR: Final = _Spacing(13.5, 5.0, 2.0 * _CM, _MARGIN, 2.3 * _CM, 1.0, 2.2 * _CM, 16.0)
_FITTED: Final = (
    _REGULAR,
    _Spacing(12.6, 3.5, 1.7 * _CM, 2.1 * _CM, 2.0 * _CM, 0.92, 1.9 * _CM, 11.0),
    _Spacing(12.0, 2.5, 1.55 * _CM, 1.9 * _CM, 1.8 * _CM, 0.86, 1.7 * _CM, 8.0),
    _Spacing(11.4, 2.0, 1.5 * _CM, 1.7 * _CM, 1.7 * _CM, 0.8, 1.5 * _CM, 6.0, 9.5, 0.7 * _CM, True),
)


LetterCenter = KopCenter  # the sender as the kop surat shows it


@dataclass(frozen=True, slots=True)
class LetterRecipient:
    institution: str
    contact_position: str = ""
    contact_person: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class LetterSigner:
    """``title_lines``: the jabatan as printed above the signature, one line each; ``nip`` as
    stored (18 digits), printed with its standard spaces."""

    title_lines: tuple[str, ...]
    full_name: str
    nip: str | None = None


@dataclass(frozen=True, slots=True)
class ReferralLetterData:
    center: LetterCenter
    place: str | None  # "Serang"; None: the date stands alone
    letter_date: date
    number: str
    subject: str  # the "Hal" line: "Rujukan Klien", "Permohonan Pendampingan Hukum", ...
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
    # "di / Tempat" under the addressee: the older form, for offices whose template keeps it.
    di_tempat: bool = False


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
    def __init__(self, fonts: FontNames, spacing: _Spacing) -> None:

        self.spacing = spacing
        st = build(letter(spacing.font_size, spacing.leading, spacing.gap, spacing.indent), fonts)
        self.body = st.body
        # A line that introduces what follows ("... sebagai berikut:") is never the last line
        # of a page: ReportLab keeps it with the next flowable.
        self.lead_in = st.lead_in
        self.plain = st.plain
        self.cell = st.cell
        self.cell_bold = st.cell_bold
        self.indented = st.indented
        self.right = st.right
        self.tempat = st.tempat
        self.sign = st.sign
        self.sign_name = st.sign_name
        self.small = st.small
        self.small_lead_in = st.small_lead_in
        self.note = st.note


def _recipient(data: ReferralLetterData, st: _Styles, fonts: FontNames, width: float) -> Any:
    """The addressee block: "Yth." before the position, then the institution (bold), "u.p." and
    the address aligned under it; "di / Tempat" only when ``di_tempat``."""
    from reportlab.platypus import Paragraph, Table

    r = data.recipient
    position = r.contact_position.strip() or "Pimpinan"
    lines = [Paragraph(escape(position), st.plain)]
    lines.append(Paragraph(f"<b>{escape(r.institution.strip())}</b>", st.plain))
    if r.contact_person.strip():
        lines.append(Paragraph(f"u.p. {escape(r.contact_person.strip())}", st.plain))
    if r.address.strip():
        lines.append(Paragraph(_markup(r.address), st.plain))
    yth = 0.95 * _CM
    block = Table(
        [[Paragraph("Yth.", st.plain), lines]], colWidths=[yth, width - yth], hAlign="LEFT"
    )
    block.setStyle(plain_table_style(fonts, bottom=0))
    if not data.di_tempat:
        return [block]
    return [block, Paragraph("di", st.plain), Paragraph("Tempat", st.tempat)]


def _heading_block(
    data: ReferralLetterData, st: _Styles, fonts: FontNames, width: float
) -> list[Any]:
    """Place and date flush right on the first line; under them, on the right, the "Yth."
    block; Nomor / Sifat / Lampiran / Hal on the left, aligned at their colons."""
    from reportlab.platypus import Paragraph, Spacer, Table

    when = format_date_id(data.letter_date)
    place = data.place.strip() if data.place else ""
    dated = f"{escape(place)}, {when}" if place else when
    lampiran = count_words_id(len(data.attachments)) + " berkas" if data.attachments else "-"
    rows = [
        ("Nomor", Paragraph(escape(data.number), st.cell)),
        ("Sifat", Paragraph("Rahasia", st.cell)),
        ("Lampiran", Paragraph(lampiran, st.cell)),
        ("Hal", Paragraph(escape(data.subject.strip()), st.cell_bold)),
    ]
    right_width = 7.4 * _CM
    left_width = width - right_width
    fields = Table(
        [[Paragraph(label, st.cell), Paragraph(":", st.cell), value] for label, value in rows],
        colWidths=[2.0 * _CM, 0.45 * _CM, left_width - 2.45 * _CM - 8],
        hAlign="LEFT",
    )
    fields.setStyle(plain_table_style(fonts))
    gap = 8.0
    left = [Spacer(1, st.plain.leading + gap), fields]
    right = [Paragraph(dated, st.right), Spacer(1, gap), *_recipient(data, st, fonts, right_width)]
    table = Table([[left, right]], colWidths=[left_width, right_width], hAlign="LEFT")
    table.setStyle(plain_table_style(fonts, ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))
    return [table, Spacer(1, st.spacing.heading_gap)]


def _identity_table(rows: list[tuple[str, str]], st: _Styles, fonts: FontNames) -> Any:
    from reportlab.platypus import Paragraph, Table

    cells = [
        [
            "",
            Paragraph(escape(label), st.cell),
            Paragraph(":", st.cell),
            Paragraph(_markup(value), st.cell),
        ]
        for label, value in rows
    ]
    # A flat table (the first column indents it) splits between pages, and inside a row when a
    # single value is longer than what is left of the page.
    table = Table(
        cells,
        colWidths=[st.spacing.indent, 4.15 * _CM, 0.45 * _CM, None],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(plain_table_style(fonts, ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
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
            fonts, ("LEFTPADDING", (0, 0), (0, -1), indent), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)
        )
    )
    return table


def _introduced(lead_in: str, text: str, st: _Styles) -> list[Any]:
    """A lead-in sentence and the indented paragraphs it introduces, kept on one page."""
    from reportlab.platypus import Paragraph

    return [Paragraph(lead_in, st.lead_in), *[Paragraph(p, st.indented) for p in _paragraphs(text)]]


def _body(data: ReferralLetterData, st: _Styles, fonts: FontNames) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    center = escape(data.center.name.strip())
    flow: list[Any] = [Paragraph("Dengan hormat,", st.body)]
    # The consented narrative fields read as rows under the identity: one compact table.
    notes = [(label, text) for label, text in data.client_notes if text.strip()]
    rows = [*data.client_rows, *notes]
    if data.client_rows:
        lead_in = (
            f"Bersama surat ini, {center} merujuk klien kami dengan identitas sebagai berikut:"
        )
    elif notes:
        lead_in = f"Bersama surat ini, {center} merujuk seorang klien kami dengan keterangan:"
    else:
        lead_in = f"Bersama surat ini, {center} merujuk seorang klien kami."
    flow.append(Paragraph(lead_in, st.lead_in if rows else st.body))
    if rows:
        flow += [_identity_table(rows, st, fonts), Spacer(1, st.spacing.gap + 2)]
    if data.omission_note.strip():
        # Right under the identity it concerns, so the partner does not ask for what is missing.
        flow.append(Paragraph(escape(" ".join(data.omission_note.split())), st.note))
    if data.reason.strip():
        flow += _introduced("Adapun alasan rujukan adalah sebagai berikut:", data.reason, st)
    if data.services_requested.strip():
        flow += _introduced(
            "Sehubungan dengan hal tersebut, kami mohon klien dapat memperoleh layanan "
            "sebagai berikut:",
            data.services_requested,
            st,
        )
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
            Paragraph("Sebagai bahan pertimbangan, bersama surat ini kami lampirkan:", st.lead_in)
        )
        flow += [
            _numbered(data.attachments, st, fonts, st.spacing.indent),
            Spacer(1, st.spacing.gap),
        ]
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
    cells.append(Spacer(1, st.spacing.signature_room))
    cells.append(Paragraph(f"<u>{escape(signer.full_name.strip())}</u>", st.sign_name))
    if signer.nip and signer.nip.strip():
        cells.append(Paragraph(f"NIP. {escape(format_nip(signer.nip))}", st.sign))
    column = 7.6 * _CM
    copies = _copies(data, st, fonts)
    if not st.spacing.copies_beside or not copies:
        block = Table([["", cells]], colWidths=[width - column, column], hAlign="LEFT")
        block.setStyle(plain_table_style(fonts))
        return [closing, Spacer(1, 4), block, *copies]
    # Tight: the Tembusan list at the lower left, its last line level with the NIP line.
    block = Table(
        [[copies[1:], cells]],
        colWidths=[width - column, column],
        hAlign="LEFT",
    )
    block.setStyle(plain_table_style(fonts, ("VALIGN", (0, 0), (0, 0), "BOTTOM")))
    return [closing, Spacer(1, 4), block]


def _copies(data: ReferralLetterData, st: _Styles, fonts: FontNames) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    if not data.copies_to:
        return []
    return [
        Spacer(1, 6),
        Paragraph("Tembusan:", st.small_lead_in),
        _numbered(data.copies_to, st, fonts, 0),
    ]


def _story(
    data: ReferralLetterData, fonts: FontNames, width: float, spacing: _Spacing
) -> list[Any]:
    from reportlab.platypus import KeepTogether

    st = _Styles(fonts, spacing)
    # The Tembusan list never stands alone on a page: it moves with the signature block.
    ending = KeepTogether(_closing_and_signature(data, st, fonts, width))
    return [
        *kop(data.center, fonts, width, logo_box=spacing.logo_box, scale=spacing.kop_scale),
        *_heading_block(data, st, fonts, width),
        *_body(data, st, fonts),
        ending,
    ]


def _decorate(fonts: FontNames, code: str, spacing: _Spacing) -> Any:
    """RAHASIA at the top right of every page; the footer with the code (its page numbers
    are :func:`_build`'s)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        draw_confidential_stamp(
            canvas, fonts, right=page_width - _MARGIN, top=page_height - 0.8 * _CM, size=10.5
        )
        canvas.setFillColor(HexColor(_MUTED))
        canvas.setStrokeColor(HexColor("#9AA5B1"))
        canvas.setLineWidth(0.4)
        footer_y = spacing.bottom_margin - 1.0 * _CM
        canvas.line(_MARGIN, footer_y + 11, page_width - _MARGIN, footer_y + 11)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(
            _MARGIN,
            footer_y,
            f"Kode verifikasi: {code} \u00b7 keaslian surat ini dapat dikonfirmasi kepada "
            "LK3 pengirim",
        )
        canvas.restoreState()

    return draw


def _build(data: ReferralLetterData, fonts: FontNames, spacing: _Spacing) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4

    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        fonts,
        title=f"Surat Rujukan {data.number}",
        subject="Surat rujukan",
        font_size=spacing.font_size,
        leading=spacing.leading,
        top_margin=spacing.top_margin,
        bottom_margin=spacing.bottom_margin,
    )
    width = doc.width - 2 * _FRAME_PADDING
    story = _story(data, fonts, width, spacing)
    # "Halaman X dari Y" only when the letter runs over a page
    number = page_number(
        fonts,
        right=A4[0] - _MARGIN,
        y=spacing.bottom_margin - 1.0 * _CM,
        color=_MUTED,
        at_least=2,
    )
    pages = build_numbered(doc, story, _decorate(fonts, data.verification_code, spacing), number)
    return buffer.getvalue(), pages


def render_referral_letter(data: ReferralLetterData) -> bytes:
    """The letter as PDF bytes; the same ``data`` gives the same bytes. One page when any of
    the fitted spacings holds it; otherwise the regular spacing over as many pages as needed."""
    if not data.center.name.strip():
        raise ValueError("center name must not be empty")
    if not data.number.strip():
        raise ValueError("letter number must not be empty")
    fonts = register_fonts()
    for spacing in _FITTED:
        pdf, pages = _build(data, fonts, spacing)
        if pages == 1:
            return pdf
    return _build(data, fonts, _REGULAR)[0]
