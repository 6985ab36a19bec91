"""One PDF style sheet (documents/styles.py): every paragraph style of every document is
declared there, and every family builds with the house fonts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import lk3_desktop.documents
from lk3_desktop.documents import styles
from lk3_desktop.documents.fonts import register_fonts

DOCUMENTS = Path(lk3_desktop.documents.__file__).parent
FAMILIES = {
    "record": styles.RECORD,
    "clinical": styles.CLINICAL,
    "summary": styles.SUMMARY,
    "label": styles.LABEL,
    "card": styles.CARD,
    "export": styles.EXPORT,
    "report": styles.REPORT,
    "letter": styles.letter(11, 15, 6, 28),
    "kop": styles.kop(0.9),
}


def test_paragraph_styles_are_made_only_by_the_style_sheet() -> None:
    makers: list[str] = []
    for path in sorted(DOCUMENTS.rglob("*.py")):
        if path.name == "styles.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ParagraphStyle":
                makers.append(f"{path.relative_to(DOCUMENTS)}:{node.lineno}")
    assert makers == [], f"declare the style in documents/styles.py instead: {makers}"


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_family_builds_with_the_house_fonts(name: str) -> None:
    fonts = register_fonts()
    built = styles.build(FAMILIES[name], fonts)
    assert list(built) == list(FAMILIES[name])  # parents come before their children
    faces = {fonts.regular, fonts.bold, fonts.italic, fonts.mono_bold}
    assert {style.fontName for style in built.values()} <= faces
    first = next(iter(built.values()))
    assert getattr(built, first.name) is first
