"""The A4 document every LK3 PDF is built on: margins, embedded fonts, reproducible bytes,
Indonesian language tag, no author in the metadata."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from lk3_desktop.documents.fonts import FontNames

if TYPE_CHECKING:
    from reportlab.platypus import SimpleDocTemplate

CM: Final = 72 / 2.54
MARGIN: Final = 2.5 * CM  # UX.md: A4, margins about 2.5 cm
FRAME_PADDING: Final = 6.0  # SimpleDocTemplate's frame keeps this much inside each margin


def a4_document(
    buffer: io.BytesIO,
    fonts: FontNames,
    *,
    title: str,
    subject: str = "",
    font_size: float = 10,
    leading: float = 12,
    margin: float = MARGIN,
    top_margin: float | None = None,
    bottom_margin: float | None = None,
) -> SimpleDocTemplate:
    """A ReportLab document writing into ``buffer``; the same story gives the same bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin if top_margin is None else top_margin,
        bottomMargin=margin if bottom_margin is None else bottom_margin,
        title=title,
        author="",
        subject=subject,
        creator="LK3 Desktop",
        keywords="",
        lang="id-ID",
        invariant=1,
        initialFontName=fonts.regular,
        initialFontSize=font_size,
        initialLeading=leading,
    )


def build_with_page_count(build: Callable[[int | None], tuple[bytes, int]]) -> bytes:
    """Two passes so every footer can say "Halaman X dari Y": ``build(None)`` counts the
    pages, ``build(total)`` writes them."""
    _, total = build(None)
    pdf, pages = build(total)
    assert pages == total
    return pdf
