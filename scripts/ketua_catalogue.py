"""Writes the "Ketua" variant of the Indonesian catalogue: every translation that names the
head "Kepala LK3" says "Ketua LK3" instead (sources untouched, so lookups still match).

Used by scripts/update_translations.sh and tests/ui/test_translations.py:
``python scripts/ketua_catalogue.py IN.ts OUT.ts``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def ketua_words(text: str) -> str:
    return text.replace("Kepala LK3", "Ketua LK3").replace("kepala LK3", "ketua LK3")


def write_variant(source: Path, target: Path) -> None:
    tree = ET.parse(source)
    for translation in tree.iter("translation"):
        if translation.text:
            translation.text = ketua_words(translation.text)
        for form in translation.iter("numerusform"):
            if form.text:
                form.text = ketua_words(form.text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    write_variant(Path(sys.argv[1]), Path(sys.argv[2]))
