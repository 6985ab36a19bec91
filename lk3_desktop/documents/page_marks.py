"""Marks drawn on the page itself: the red RAHASIA stamp at the top right of every page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from lk3_desktop.documents.fonts import FontNames

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = ["draw_confidential_stamp"]

_SEAL: Final = "#8A1C1C"
_TEXT: Final = "RAHASIA"


def draw_confidential_stamp(
    canvas: Canvas,
    fonts: FontNames,
    *,
    right: float,
    top: float | None = None,
    bottom: float | None = None,
    size: float = 10.0,
    char_space: float = 2.5,
    padding: float = 7.0,
    line_width: float = 1.3,
) -> float:
    """Draw "RAHASIA", letter-spaced, in a red box whose right edge is at ``right`` and whose
    ``top`` or ``bottom`` edge (give exactly one) is where given; return the bottom edge.

    ``padding`` is the room left and right of the word; the box is ``size + padding + 2``
    points high with the baseline ``padding / 2 + 2.5`` points above its bottom edge. The
    canvas state is left as it was.
    """
    from reportlab.lib.colors import HexColor

    text_width = canvas.stringWidth(_TEXT, fonts.bold, size) + char_space * (len(_TEXT) - 1)
    box_w, box_h = text_width + 2 * padding, size + padding + 2
    if top is not None and bottom is None:
        y = top - box_h
    elif bottom is not None and top is None:
        y = bottom
    else:
        raise ValueError("give the stamp's top or its bottom edge")
    x = right - box_w
    canvas.saveState()
    canvas.setStrokeColor(HexColor(_SEAL))
    canvas.setFillColor(HexColor(_SEAL))
    canvas.setLineWidth(line_width)
    canvas.rect(x, y, box_w, box_h, stroke=1, fill=0)
    label = canvas.beginText(x + padding, y + padding / 2 + 2.5)
    label.setFont(fonts.bold, size)
    label.setCharSpace(char_space)
    label.textOut(_TEXT)
    label.setCharSpace(0)  # Tc outlives the text object in the PDF graphics state
    canvas.drawText(label)
    canvas.restoreState()
    return y
