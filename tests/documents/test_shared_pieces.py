"""The pieces several documents share: the kop, the RAHASIA stamp and the sign-off rows."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table

from lk3_desktop.documents.fonts import register_fonts
from lk3_desktop.documents.kop import KopCenter, kop, scaled_logo
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.tables import storage_sign_off


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(out, "PNG")
    return out.getvalue()


def _texts(cell: list[Paragraph]) -> list[str]:
    return [p.getPlainText() for p in cell]


def test_logo_is_scaled_into_its_box_and_a_broken_one_is_left_out() -> None:
    wide = scaled_logo(_png(120, 80), 60.0)
    tall = scaled_logo(_png(40, 100), 60.0)
    assert wide is not None and tall is not None
    assert (wide.drawWidth, wide.drawHeight) == pytest.approx((60.0, 40.0))
    assert (tall.drawWidth, tall.drawHeight) == pytest.approx((24.0, 60.0))
    assert scaled_logo(b"not an image", 60.0) is None


def test_kop_centres_the_name_beside_a_logo_and_leaves_out_missing_contacts() -> None:
    fonts = register_fonts()
    center = KopCenter(
        name=" lk3 Sejahtera & Bahagia ", address="Jl. Merdeka 1\nSerang", email="a@b.id"
    )
    table, _gap, _rule, _after = kop(center, fonts, 400.0, logo_box=50.0)
    assert isinstance(table, Table)
    assert table._colWidths == [400.0]
    assert _texts(table._cellvalues[0][0]) == [
        "LK3 SEJAHTERA & BAHAGIA",
        "Jl. Merdeka 1Serang",  # two lines: a <br/> has no plain text
        "Surel\u00a0a@b.id",  # a no-break space: the label never ends a line
    ]

    with_logo = kop(
        KopCenter(name="LK3", phone="0254 123", logo=_png(120, 80)), fonts, 400.0, logo_box=50.0
    )[0]
    assert isinstance(with_logo, Table)
    # The blank right column is as wide as the logo's, so the name stays centred.
    assert with_logo._colWidths == [56.0, 288.0, 56.0]
    assert _texts(with_logo._cellvalues[0][1]) == ["LK3", "Telepon\u00a00254 123"]
    broken = kop(KopCenter(name="LK3", logo=b"nope"), fonts, 400.0, logo_box=50.0)[0]
    assert broken._colWidths == [400.0]


def test_stamp_is_anchored_by_its_top_or_its_bottom_edge() -> None:
    fonts = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out)
    # The box is size + padding + 2 high.
    assert draw_confidential_stamp(canvas, fonts, right=500, top=800) == 800 - 19
    assert draw_confidential_stamp(canvas, fonts, right=500, bottom=700, size=11) == 700
    with pytest.raises(ValueError):
        draw_confidential_stamp(canvas, fonts, right=500)
    with pytest.raises(ValueError):
        draw_confidential_stamp(canvas, fonts, right=500, top=800, bottom=700)
    canvas.showPage()
    canvas.save()
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "RAHASIA" in text.replace(" ", "")


def test_sign_off_rows_have_the_given_blanks() -> None:
    fonts = register_fonts()
    style = ParagraphStyle("sign", fontName=fonts.regular)
    table = storage_sign_off(style, fonts, col_widths=[100.0, 100.0], blanks=(3, 4, 5, 6), gap=10)
    assert [[p.getPlainText() for p in row] for row in table._cellvalues] == [
        ["Disimpan oleh: ___", "Tanda tangan: ____"],
        ["Tempat penyimpanan: _____", "Tanggal: ______"],
    ]
