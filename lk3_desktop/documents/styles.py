"""The PDF style sheet: every paragraph style of every document, declared in one module.

Two palettes: official documents (letters, reports, summaries, exports) print near-black on
white; the clinical records, the recovery card and the backup label use the app's slate
ink. Each document family below lists its styles by name, each a parent and what differs from
it; :func:`build` turns a family into ReportLab ``ParagraphStyle`` objects with the house fonts
(``documents/fonts.py``). To change how a document's text looks, change its family here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

    from lk3_desktop.documents.fonts import FontNames

OFFICIAL_INK: Final = "#111111"
OFFICIAL_MUTED: Final = "#4A4A4A"
RECORD_INK: Final = "#1F2933"
RECORD_MUTED: Final = "#52606D"
RULE: Final = "#9AA5B1"
RISK: Final = "#B42318"
RISK_PANEL: Final = "#FDECEA"
SEAL: Final = "#8A1C1C"
WHITE: Final = "#FFFFFF"
_CM: Final = 72.0 / 2.54

# name -> (parent name or None, attributes); "font" names a face of FontNames, colours are hex.
Family = dict[str, tuple[str | None, dict[str, Any]]]


class StyleSet(dict[str, "ParagraphStyle"]):
    """A family's styles by name, also as attributes (``styles.body``)."""

    def __getattr__(self, name: str) -> ParagraphStyle:
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def build(family: Family, fonts: FontNames) -> StyleSet:
    """The ``ParagraphStyle`` of every name in ``family`` (parents listed before children)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    styles = StyleSet()
    for name, (parent, attributes) in family.items():
        values = dict(attributes)
        if "font" in values:
            values["fontName"] = getattr(fonts, values.pop("font"))
        for key in ("textColor", "borderColor"):
            if isinstance(values.get(key), str):
                values[key] = HexColor(values[key])
        if parent is not None:
            values["parent"] = styles[parent]
        styles[name] = ParagraphStyle(name, **values)
    return styles


# -- the screening instrument record (assessment_report.py)
RECORD: Family = {
    "body": (
        None,
        {
            "font": "regular",
            "fontSize": 9.5,
            "leading": 12.6,
            "textColor": RECORD_INK,
            "alignment": TA_LEFT,
        },
    ),
    "small": ("body", {"fontSize": 8, "leading": 10.4, "textColor": RECORD_MUTED}),
    "title": ("body", {"font": "bold", "fontSize": 15, "leading": 19, "alignment": TA_CENTER}),
    "subtitle": (
        "body",
        {"fontSize": 10, "leading": 13, "textColor": RECORD_MUTED, "alignment": TA_CENTER},
    ),
    "heading": (
        "body",
        {"font": "bold", "fontSize": 11, "leading": 14, "spaceBefore": 10, "spaceAfter": 4},
    ),
    "label": ("body", {"textColor": RECORD_MUTED}),
    "value": ("body", {"font": "bold"}),
    "cell": ("body", {"fontSize": 9, "leading": 11.5}),
    "cell_bold": ("body", {"font": "bold", "fontSize": 9, "leading": 11.5}),
    "head_cell": ("body", {"font": "bold", "fontSize": 9, "leading": 11.5, "textColor": WHITE}),
    "score": ("body", {"font": "bold", "fontSize": 13, "leading": 17}),
    "risk": ("body", {"font": "bold", "textColor": RISK}),
    "sign": ("body", {"alignment": TA_LEFT}),
}

# -- the psychosocial assessment and the clinical parts (clinical_parts.py)
CLINICAL: Family = {
    "body": (None, {"font": "regular", "fontSize": 10, "leading": 13.5, "textColor": RECORD_INK}),
    "prose": ("body", {"alignment": TA_JUSTIFY, "spaceAfter": 3}),
    "empty": ("body", {"font": "italic", "textColor": RECORD_MUTED}),
    "small": ("body", {"fontSize": 8.5, "leading": 11, "textColor": RECORD_MUTED}),
    "title": ("body", {"font": "bold", "fontSize": 14, "leading": 18, "alignment": TA_CENTER}),
    "subtitle": (
        "body",
        {"fontSize": 10.5, "leading": 14, "textColor": RECORD_MUTED, "alignment": TA_CENTER},
    ),
    "heading": (
        "body",
        {"font": "bold", "fontSize": 11, "leading": 14, "spaceBefore": 11, "spaceAfter": 3},
    ),
    "label": ("body", {"textColor": RECORD_MUTED}),
    "value": ("body", {"font": "bold"}),
    "cell": ("body", {"fontSize": 9.5, "leading": 12.5}),
    "cell_bold": ("body", {"font": "bold", "fontSize": 9.5, "leading": 12.5}),
    "head_cell": ("body", {"font": "bold", "fontSize": 9.5, "leading": 12.5, "textColor": WHITE}),
    "risk": ("body", {"font": "bold", "fontSize": 11, "textColor": RISK}),
    "risk_value": ("body", {"font": "bold", "fontSize": 11}),
}

# -- the client and case summary (client_summary.py)
SUMMARY: Family = {
    "body": (
        None,
        {
            "font": "regular",
            "fontSize": 9.5,
            "leading": 12.5,
            "textColor": OFFICIAL_INK,
            "alignment": TA_LEFT,
        },
    ),
    "bold": ("body", {"font": "bold"}),
    "muted": ("body", {"textColor": OFFICIAL_MUTED}),
    "title": ("body", {"font": "bold", "fontSize": 15, "leading": 19, "alignment": TA_CENTER}),
    "subtitle": ("body", {"fontSize": 10.5, "leading": 14, "alignment": TA_CENTER}),
    "heading": (
        "body",
        {"font": "bold", "fontSize": 11, "leading": 14, "spaceBefore": 12, "spaceAfter": 5},
    ),
    "notice": (
        "muted",
        {
            "fontSize": 9,
            "leading": 12,
            "borderColor": RULE,
            "borderWidth": 0.5,
            "borderPadding": 5,
            "leftIndent": 5,
            "rightIndent": 5,
            "spaceBefore": 8,
            "spaceAfter": 8,
        },
    ),
}

# -- the backup label (backup_label.py)
LABEL: Family = {
    "body": (None, {"font": "regular", "fontSize": 9.5, "leading": 12.5, "textColor": RECORD_INK}),
    "title": ("body", {"font": "bold", "fontSize": 16, "leading": 19, "alignment": TA_CENTER}),
    "marking": (
        "body",
        {"font": "bold", "fontSize": 8.5, "leading": 11, "textColor": SEAL, "alignment": TA_CENTER},
    ),
    "center": ("body", {"font": "bold", "fontSize": 12, "leading": 15, "alignment": TA_CENTER}),
    "label": ("body", {"textColor": RECORD_MUTED, "alignment": TA_LEFT}),
    "value": ("body", {"font": "bold"}),
    "code": ("value", {"font": "mono_bold"}),
    "head": ("body", {"font": "mono_bold", "fontSize": 12.5, "leading": 16}),
    "note": ("body", {"fontSize": 8.5, "leading": 11, "textColor": RECORD_MUTED}),
    "sign": ("body", {}),
    "caption": ("note", {"alignment": TA_CENTER, "fontSize": 8, "leading": 10}),
}

# -- the recovery card (recovery_card.py)
CARD: Family = {
    "body": (
        None,
        {
            "font": "regular",
            "fontSize": 9.5,
            "leading": 12.8,
            "textColor": RECORD_INK,
            "alignment": TA_LEFT,
        },
    ),
    "title": ("body", {"font": "bold", "fontSize": 20, "leading": 24, "alignment": TA_CENTER}),
    "subtitle": (
        "body",
        {"fontSize": 10, "leading": 13, "textColor": RECORD_MUTED, "alignment": TA_CENTER},
    ),
    "center": ("body", {"font": "bold", "fontSize": 13, "leading": 16.5, "alignment": TA_CENTER}),
    "label": ("body", {"textColor": RECORD_MUTED, "alignment": TA_LEFT}),
    "value": ("body", {"font": "bold", "alignment": TA_LEFT}),
    "heading": (
        "body",
        {
            "font": "bold",
            "fontSize": 10.5,
            "leading": 13,
            "spaceBefore": 9,
            "spaceAfter": 3,
            "alignment": TA_LEFT,
        },
    ),
    "caption": (
        "body",
        {"fontSize": 8.5, "leading": 11, "textColor": RECORD_MUTED, "alignment": TA_CENTER},
    ),
    "code_label": (
        "body",
        {
            "font": "bold",
            "fontSize": 9,
            "leading": 11,
            "textColor": RECORD_MUTED,
            "alignment": TA_CENTER,
        },
    ),
    "sign": ("body", {"alignment": TA_LEFT}),
}

# -- the data-subject export (subject_export/blocks.py)
EXPORT: Family = {
    "body": (
        None,
        {"font": "regular", "fontSize": 9.5, "leading": 12.5, "textColor": OFFICIAL_INK},
    ),
    "small": ("body", {"fontSize": 8.5, "leading": 11}),
    "small_bold": ("small", {"font": "bold"}),
    "caption": ("small_bold", {"spaceBefore": 6, "spaceAfter": 2}),
    "muted": ("body", {"textColor": OFFICIAL_MUTED}),
    "title": ("body", {"font": "bold", "fontSize": 15, "leading": 19, "alignment": TA_CENTER}),
    "subtitle": ("body", {"fontSize": 10.5, "leading": 14, "alignment": TA_CENTER}),
    "heading": (
        "body",
        {"font": "bold", "fontSize": 12, "leading": 15, "spaceBefore": 14, "spaceAfter": 6},
    ),
    "subheading": (
        "body",
        {"font": "bold", "fontSize": 10, "leading": 13, "spaceBefore": 8, "spaceAfter": 3},
    ),
}

# -- the periodic report (periodic_report/pdf.py)
REPORT: Family = {
    "body": (
        None,
        {
            "font": "regular",
            "fontSize": 10,
            "leading": 13.5,
            "textColor": OFFICIAL_INK,
            "alignment": TA_JUSTIFY,
        },
    ),
    "plain": ("body", {"alignment": TA_LEFT}),
    "cell": ("plain", {"fontSize": 9.5, "leading": 12}),
    "cell_bold": ("cell", {"font": "bold"}),
    "num": ("cell", {"alignment": TA_RIGHT}),
    "num_bold": ("num", {"font": "bold"}),
    "cell_small": ("cell", {"fontSize": 8, "leading": 9.6}),
    "num_small": ("num", {"fontSize": 8, "leading": 9.6}),
    "head": ("cell_bold", {"fontSize": 8.5, "leading": 10.5, "alignment": TA_CENTER}),
    "head_left": ("head", {"alignment": TA_LEFT}),
    "note": ("plain", {"fontSize": 8.5, "leading": 11, "textColor": OFFICIAL_MUTED}),
    "title": ("plain", {"font": "bold", "fontSize": 13.5, "leading": 17, "alignment": TA_CENTER}),
    "subtitle": ("plain", {"fontSize": 10.5, "leading": 14, "alignment": TA_CENTER}),
    "heading": (
        "plain",
        {
            "font": "bold",
            "fontSize": 10.5,
            "leading": 13.5,
            "spaceBefore": 10,
            "spaceAfter": 4,
            "keepWithNext": 1,
        },
    ),
    "table_title": ("cell_bold", {"keepWithNext": 1}),
    "sign": ("plain", {"alignment": TA_CENTER}),
    "sign_name": ("sign", {"font": "bold"}),
    "small": ("plain", {"fontSize": 9, "leading": 12}),
}


# -- the referral letter (referral_letter.py) and its letterhead (kop.py)
def letter(font_size: float, leading: float, gap: float, indent: float) -> Family:
    """The referral letter, at the spacing that lets it fit one page."""
    return {
        "body": (
            None,
            {
                "font": "regular",
                "fontSize": font_size,
                "leading": leading,
                "textColor": OFFICIAL_INK,
                "alignment": TA_JUSTIFY,
                "spaceAfter": gap,
            },
        ),
        "lead_in": ("body", {"keepWithNext": 1}),
        "plain": ("body", {"alignment": TA_LEFT, "spaceAfter": 0}),
        "cell": ("plain", {"leading": leading - 0.5}),
        "cell_bold": ("cell", {"font": "bold"}),
        "indented": ("body", {"leftIndent": indent}),
        "right": ("plain", {"alignment": TA_RIGHT}),
        "tempat": ("plain", {"leftIndent": 0.8 * _CM}),
        "sign": ("plain", {"alignment": TA_CENTER}),
        "sign_name": ("sign", {"font": "bold"}),
        "small": ("plain", {"fontSize": font_size - 1, "leading": leading - 1.5}),
        "small_lead_in": ("small", {"keepWithNext": 1}),
        "note": (
            "body",
            {"fontSize": font_size - 1, "leading": leading - 1.5, "textColor": OFFICIAL_MUTED},
        ),
    }


def kop(scale: float) -> Family:
    """The letterhead; ``scale`` tightens its leading when the letter is tight."""
    return {
        "kop_line": (
            None,
            {
                "font": "regular",
                "fontSize": 9.5,
                "leading": max(11.0, 12.5 * scale),
                "textColor": OFFICIAL_INK,
                "alignment": TA_CENTER,
            },
        ),
        "kop_parent": (
            "kop_line",
            {"font": "bold", "fontSize": 12, "leading": max(13.5, 14.5 * scale)},
        ),
        "kop_name": (
            "kop_line",
            {"font": "bold", "fontSize": 15, "leading": max(17.0, 18.5 * scale)},
        ),
    }
