"""Table pieces several LK3 documents share: the borderless layout style and the sign-off rows
on the papers that are kept in a safe place (backup label, recovery card)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lk3_desktop.documents.fonts import FontNames

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table, TableStyle

__all__ = ["plain_table_style", "storage_sign_off"]


def plain_table_style(
    fonts: FontNames,
    *extra: tuple[Any, ...],
    right: float = 0,
    top: float = 0,
    bottom: float = 1.5,
) -> TableStyle:
    """A borderless table used for layout: cells top-aligned, in the regular font, no left
    padding (the text lines up with the text around it) and the given right, top and bottom
    padding. ``extra`` commands come last, so they win over these."""
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), right),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            *extra,
        ]
    )


def storage_sign_off(
    style: ParagraphStyle,
    fonts: FontNames,
    *,
    col_widths: Sequence[float | str],
    blanks: tuple[int, int, int, int],
    gap: float,
) -> Table:
    """Two rows of blanks to fill in by hand: who stored the paper and their signature, where
    it is kept and when. ``blanks`` counts the underscores of each field (they fill the
    columns, so they depend on the document's widths); ``gap`` is the room above each row."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    by, signature, place, when = ("_" * n for n in blanks)
    table = Table(
        [
            [
                Paragraph(f"Disimpan oleh: {by}", style),
                Paragraph(f"Tanda tangan: {signature}", style),
            ],
            [
                Paragraph(f"Tempat penyimpanan: {place}", style),
                Paragraph(f"Tanggal: {when}", style),
            ],
        ],
        colWidths=list(col_widths),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), gap),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
