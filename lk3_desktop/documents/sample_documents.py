"""Rendered stand-ins for the paper an office attaches (for the demo office and tests): a KTP
card and a visum letter, each marked CONTOH so nobody takes them for a real document.
Nothing here is a real person's document."""

from __future__ import annotations

import io


def sample_ktp_jpeg(name: str, nik: str, width: int = 1012, height: int = 638) -> bytes:
    """A KTP-shaped card as a JPEG, with ``name`` and ``nik`` written on it."""
    from PIL import Image, ImageDraw, ImageFont

    card = Image.new("RGB", (width, height), (170, 205, 235))
    draw = ImageDraw.Draw(card)
    scale = width / 1012
    font = ImageFont.load_default(size=max(12, int(30 * scale)))
    big = ImageFont.load_default(size=max(14, int(44 * scale)))
    draw.rectangle((0, 0, width, int(70 * scale)), fill=(40, 90, 160))
    draw.text((int(30 * scale), int(18 * scale)), "PROVINSI CONTOH - KARTU TANDA PENDUDUK",
              fill="white", font=font)  # fmt: skip
    lines = [f"NIK      : {nik}", f"Nama     : {name}", "Alamat   : Jl. Contoh No. 1",
             "Berlaku  : SEUMUR HIDUP"]  # fmt: skip
    for n, line in enumerate(lines):
        draw.text((int(40 * scale), int((110 + 50 * n) * scale)), line, fill="black", font=font)
    draw.rectangle(
        (int(740 * scale), int(110 * scale), int(950 * scale), int(380 * scale)),
        outline="black",
        fill=(220, 220, 220),
    )
    draw.text((int(200 * scale), int(450 * scale)), "CONTOH - DATA DEMO", fill=(200, 0, 0),
              font=big)  # fmt: skip
    out = io.BytesIO()
    card.save(out, "JPEG", quality=90)
    return out.getvalue()


def sample_letter_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 letter (e.g. a visum et repertum) as PDF, watermarked CONTOH."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    width, height = A4
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawCentredString(width / 2, height - 90, title)
    canvas.setFont("Helvetica", 11)
    for n, line in enumerate(lines):
        canvas.drawString(72, height - 140 - 18 * n, line)
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 72)
    canvas.setFillColorRGB(0.85, 0.85, 0.85)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "CONTOH")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return out.getvalue()
