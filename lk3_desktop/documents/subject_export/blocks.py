"""The building blocks of the export PDF: its styles and the paragraphs, headings, pairs, tables
and notice every part is written with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.documents.fonts import FontNames
from lk3_desktop.documents.styles import EXPORT, build
from lk3_desktop.documents.subject_export.labels import _datetime, _text

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.2 * _CM
_FRAME_PADDING: Final = 6.0
_RULE: Final = "#9AA5B1"
_HEAD_FILL: Final = "#EEF1F4"
_NOTICE_FILL: Final = "#FFF6E5"
_NOTICE_RULE: Final = "#B7791F"


class Blocks:
    """The pieces every part of the export is written with (styles, paragraphs, headings, label
    and value pairs, tables, addenda, the withheld notice), appended to ``story``."""

    def __init__(self, doc: Mapping[str, Any], fonts: FontNames, width: float) -> None:

        self.doc, self.fonts, self.width = doc, fonts, width
        st = build(EXPORT, fonts)
        self.body = st.body
        self.small = st.small
        self.small_bold = st.small_bold
        self.caption_style = st.caption
        self.muted = st.muted
        self.title = st.title
        self.subtitle = st.subtitle
        self.heading = st.heading
        self.subheading = st.subheading
        self.story: list[Any] = []

    def para(self, text: str, style: Any = None) -> None:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(text, style or self.body))

    def section(self, name: str) -> None:
        from reportlab.platypus import CondPageBreak

        # A heading never stands alone at the foot of a page.
        self.story.append(CondPageBreak(3 * _CM))
        self.para(escape(name), self.heading)

    def subsection(self, name: str) -> None:
        from reportlab.platypus import CondPageBreak

        self.story.append(CondPageBreak(2.5 * _CM))
        self.para(name, self.subheading)

    def caption(self, text: str) -> None:
        from reportlab.platypus import CondPageBreak

        # A table's caption stays with at least its first rows.
        self.story.append(CondPageBreak(2.2 * _CM))
        self.para(escape(text), self.caption_style)

    def none(self, text: str) -> None:
        self.para(escape(text), self.muted)

    def pairs(self, rows: Sequence[tuple[str, Any]], *, keep_empty: bool = False) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Table, TableStyle

        shown = [(k, v) for k, v in rows if keep_empty or (v not in (None, "", [], {}))]
        if not shown:
            return
        label_w = 4.4 * _CM
        table = Table(
            [[Paragraph(escape(k), self.muted), Paragraph(_text(v), self.body)] for k, v in shown],
            colWidths=[label_w, self.width - label_w],
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.3, HexColor(_RULE)),
                ]
            )
        )
        self.story.append(table)

    def grid(self, headers: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        scale = self.width / sum(widths)
        table = Table(
            [[Paragraph(escape(h), self.small_bold) for h in headers]]
            + [[Paragraph(_text(cell), self.small) for cell in row] for row in rows],
            colWidths=[w * scale for w in widths],
            hAlign="LEFT",
            repeatRows=1,
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor(_HEAD_FILL)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(_RULE)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        self.story.append(table)
        self.story.append(Spacer(1, 4))

    def addenda(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            self.caption("Adendum")
            self.grid(
                ["Ditulis", "Oleh", "Isi"],
                [[_datetime(a["written_at"]), a["written_by"] or "", a["text"]] for a in rows],
                [4.0, 3.4, 8.8],
            )

    def notice(self, statement: str) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        # The statement already names every label; the internal reason is never shown.
        box = Table(
            [
                [Paragraph("<b>Sebagian data tidak diungkapkan</b>", self.body)],
                [Paragraph(escape(statement), self.body)],
            ],
            colWidths=[self.width],
            hAlign="LEFT",
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.0, HexColor(_NOTICE_RULE)),
                    ("BACKGROUND", (0, 0), (-1, -1), HexColor(_NOTICE_FILL)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        self.story.extend([Spacer(1, 6), box])
