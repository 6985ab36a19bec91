"""The A4 document every LK3 PDF is built on: margins, embedded fonts, reproducible bytes,
Indonesian language tag, no author in the metadata."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from lk3_desktop.documents.fonts import FontNames

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
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


# Writes "Halaman X dari Y" (or whatever a document numbers its pages with) on a finished
# page: the canvas, the page's number, the document's page count.
PageNumber = Callable[["Canvas", int, int], None]


def build_numbered(
    doc: SimpleDocTemplate,
    story: list[Any],
    on_page: Callable[[Canvas, Any], None],
    number: PageNumber,
) -> int:
    """Lay ``story`` out once, ``on_page`` drawing on each page as it starts, and
    ``number`` on each page once the page count is known; returns the page count.

    Footers that say "Halaman X dari Y" used to lay the whole document out twice, the first
    time only to count its pages (benchmarks: referral_letter, yearly_report)."""
    doc.build(
        story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_numbering_canvas(number)
    )
    return int(doc.page)


def page_number(
    fonts: FontNames, *, right: float, y: float, color: str, prefix: str = "", at_least: int = 1
) -> PageNumber:
    """The footer's "Halaman X dari Y" (after ``prefix``) in small type, right-aligned at
    ``right``; nothing on a document of fewer than ``at_least`` pages."""

    def draw(canvas: Canvas, page: int, total: int) -> None:
        if total < at_least:
            return
        from reportlab.lib.colors import HexColor

        canvas.saveState()
        canvas.setFillColor(HexColor(color))
        canvas.setFont(fonts.regular, 8)
        canvas.drawRightString(right, y, f"{prefix}Halaman {page} dari {total}")
        canvas.restoreState()

    return draw


def _numbering_canvas(number: PageNumber) -> type[Canvas]:
    """A ReportLab canvas class that keeps every finished page (its drawing and state)
    until the document is saved, then gives each to ``number`` and writes it out."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberingCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            if self._code:
                self.showPage()
            pages = self._finished_pages
            for page, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                number(self, page, len(pages))
                super().showPage()
            super().save()

    return NumberingCanvas
