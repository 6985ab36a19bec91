"""An attached picture as a PDF page, for a letter's package: A4 (landscape for a wide
picture), the picture as large as the margins allow, with a small caption above it."""

from __future__ import annotations

import io


def image_page_pdf(data: bytes, caption: str) -> bytes:
    """One A4 page holding the JPEG or PNG in ``data`` under ``caption``."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from lk3_desktop.documents.fonts import register_fonts

    image = ImageReader(io.BytesIO(_upright(data)))
    width, height = image.getSize()
    page = landscape(A4) if width > height else A4
    margin = 1.5 * cm
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=page, invariant=True)
    fonts = register_fonts()
    canvas.setFont(fonts.regular, 9)
    canvas.drawString(margin, page[1] - margin + 0.3 * cm, caption[:180])
    room_w, room_h = page[0] - 2 * margin, page[1] - 2 * margin - 0.5 * cm
    scale = min(room_w / width, room_h / height)
    shown_w, shown_h = width * scale, height * scale
    canvas.drawImage(
        image,
        (page[0] - shown_w) / 2,
        margin + (room_h - shown_h),
        shown_w,
        shown_h,
        preserveAspectRatio=True,
    )
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _upright(data: bytes) -> bytes:
    """The picture turned as its camera meant it (a phone writes a portrait photo sideways
    with an EXIF orientation); the bytes as they are when no turn is needed."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as picture:
        if picture.getexif().get(0x0112, 1) in (0, 1):
            return data
        upright = ImageOps.exif_transpose(picture)
        out = io.BytesIO()
        upright.convert("RGB").save(out, "JPEG", quality=90)
        return out.getvalue()
