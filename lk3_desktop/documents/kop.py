"""The kop surat: the letterhead official LK3 documents open with.

Centred, top to bottom: the parent agency's lines when the office has them ("PEMERINTAH KOTA
SERANG" / "DINAS SOSIAL", as a Dinas-run LK3 heads its letters), the center's name in
capitals, the address, the contacts, and the city/province line when set; the logo, when there
is one, on the left with a blank column of the same width on the right so the name stays
centred on the page; under it all a double rule (a heavy line with a thin one under it).

A contact never breaks between its label and its value ("Surel" stays with the address): the
two are joined by a no-break space, so a long contacts line wraps only between contacts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.documents.fonts import FontNames
from lk3_desktop.documents.styles import build
from lk3_desktop.documents.styles import kop as kop_styles
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

__all__ = ["KopCenter", "double_rule", "kop", "scaled_logo"]

_INK: Final = "#111111"
_LOGO_GAP: Final = 6.0  # between the logo's column and the text


@dataclass(frozen=True, slots=True)
class KopCenter:
    """The center as the kop shows it."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG; none: the kop is text only
    parent_lines: tuple[str, ...] = ()  # ("PEMERINTAH KOTA SERANG", "DINAS SOSIAL")
    region_line: str = ""  # "SERANG" or "KOTA SERANG - BANTEN", the kop's last line


def double_rule() -> Flowable:
    """The kop's closing rule, as wide as the frame: a heavy line with a thin one under it."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable

    class DoubleRule(Flowable):  # type: ignore[misc]
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            return avail_width, 9.0

        def draw(self) -> None:
            c: Canvas = self.canv
            c.saveState()
            c.setStrokeColor(HexColor(_INK))
            c.setLineWidth(2.2)
            c.line(0, 6.4, self.width, 6.4)
            c.setLineWidth(0.7)
            c.line(0, 3.0, self.width, 3.0)
            c.restoreState()

    return DoubleRule()


def scaled_logo(data: bytes, box: float) -> Flowable | None:
    """The logo scaled into a ``box``-point square; None when the bytes are not an image."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a broken logo must not stop a document; the kop is then text only
        return None
    if width <= 0 or height <= 0:
        return None
    scale = box / max(width, height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def _lines(text: str) -> str:
    """Plain text for a Paragraph: escaped, line breaks kept."""
    lines = [escape(" ".join(line.split())) for line in text.strip().splitlines()]
    return "<br/>".join(line for line in lines if line) or "-"


def _contact(label: str, value: str) -> str:
    return f"{label}\u00a0{escape(value.strip())}"


def kop(
    center: KopCenter, fonts: FontNames, width: float, logo_box: float, *, scale: float = 1.0
) -> list[Flowable]:
    """The kop for a frame ``width`` points wide, the logo scaled into a ``logo_box``-point
    square, followed by the double rule and the space before the document's first line.
    ``scale`` below 1 tightens the type and spacing (a letter fitted onto one page)."""
    from reportlab.platypus import Paragraph, Spacer, Table

    st = build(kop_styles(scale), fonts)
    line_style = st.kop_line
    parent_style = st.kop_parent
    name_style = st.kop_name
    text: list[Any] = [
        Paragraph(escape(line.strip().upper()), parent_style)
        for line in center.parent_lines
        if line.strip()
    ]
    text.append(Paragraph(escape(center.name.strip().upper()), name_style))
    if center.address.strip():
        text.append(Paragraph(_lines(center.address), line_style))
    contacts = []
    if center.phone.strip():
        contacts.append(_contact("Telepon", center.phone))
    if center.email.strip():
        contacts.append(_contact("Surel", center.email))
    if contacts:
        text.append(Paragraph(" \u00b7 ".join(contacts), line_style))
    if center.region_line.strip():
        text.append(Paragraph(escape(center.region_line.strip().upper()), parent_style))
    logo = scaled_logo(center.logo, logo_box) if center.logo else None
    if logo is None:
        table = Table([[text]], colWidths=[width])
    else:
        side = logo_box + _LOGO_GAP
        # A blank column as wide as the logo's keeps the name centred on the page.
        table = Table([[logo, text, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(plain_table_style(fonts, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), bottom=0))
    return [table, Spacer(1, 5 * scale), double_rule(), Spacer(1, 10 * scale)]
