"""The current vocabulary (issue 15 §4) is the only one a person reads: in the Indonesian
catalogue, in the Indonesian literals of the code (documents, messages) and in the fixed lists.

The words retired by the domain review fail this test wherever they come back; a new screen
or document that names the PMKS category, the audit chain head or P2TP2A the old way is caught
without anyone remembering to look.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lk3_desktop.core.referrals import PARTNER_TYPES
from lk3_desktop.core.vocabulary import CHAIN_HEAD_TERM, PMKS_CATEGORIES, PPKS_TERM
from lk3_desktop.paths import PROJECT_ROOT, TRANSLATIONS

# (pattern, why it is retired); every pattern is matched case-sensitively on whole words.
RETIRED = (
    (r"Kepala rantai|Ujung rantai|ujung rantai sekarang", f"the chain head is '{CHAIN_HEAD_TERM}'"),
    (r"pemeriksaan lulus", "a check 'berhasil', it does not 'lulus'"),
    (r"Ringkasan rekam|RINGKASAN REKAM", "'Ringkasan catatan kasus'"),
    (r"menyupervisi", "'menyelia'"),
    (r"(?<!d/h )P2TP2A", "P2TP2A is now UPTD PPA (write 'd/h P2TP2A' at most)"),
    (r"Kategori PMKS|kategori PMKS|Semua PMKS", f"the category is named '{PPKS_TERM}'"),
    (r"Perihal", "naskah dinas writes 'Hal'"),
    (r"Kepada Yth", "naskah dinas writes 'Yth.' without 'Kepada'"),
    (r"\bkuatir\b", "KBBI and the Kemenkes form spell 'khawatir'"),
    (r"separuh hari", "reads as 'half a day'"),
)


def _translations() -> list[str]:
    root = ET.parse(TRANSLATIONS / "lk3_id.ts").getroot()
    return [t.text or "" for t in root.iter("translation")]


def _code_literals() -> list[tuple[str, str]]:
    found = []
    for path in sorted((PROJECT_ROOT / "lk3_desktop").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\"(?:[^\"\\\n]|\\.)*\"", text):
            found.append((f"{path.relative_to(PROJECT_ROOT)}", match.group(0)))
    return found


def _instrument_texts() -> list[tuple[str, str]]:
    found = []
    for path in sorted((PROJECT_ROOT / "resources" / "instruments").glob("*.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if '"text_id"' in line or '"label_id"' in line:
                found.append((path.name, line))
    return found


@pytest.mark.parametrize(("pattern", "why"), RETIRED)
def test_retired_words_appear_nowhere(pattern: str, why: str) -> None:
    regex = re.compile(pattern)
    hits = [f"lk3_id.ts: {t[:80]}" for t in _translations() if regex.search(t)]
    hits += [f"{where}: {lit[:80]}" for where, lit in _code_literals() if regex.search(lit)]
    hits += [
        f"{where}: {line.strip()[:80]}" for where, line in _instrument_texts() if regex.search(line)
    ]
    assert not hits, f"{why}:\n" + "\n".join(hits)


def test_current_terms_are_used() -> None:
    catalogue = "\n".join(_translations())
    assert "Kategori PPKS (d/h PMKS)" in catalogue
    assert CHAIN_HEAD_TERM in catalogue
    assert "Semua pemeriksaan berhasil." in catalogue
    assert "Ringkasan catatan kasus" in catalogue
    assert "menyelia" in catalogue
    assert PMKS_CATEGORIES[17] == "Korban Perdagangan Orang (Trafficking)"
    names = dict(PARTNER_TYPES)
    assert names["uptd_ppa"] == "UPTD PPA (d/h P2TP2A)"
    for code in ("tksk", "pekerja_sosial", "psm", "pendamping_pkh", "puskesos_slrt"):
        assert code in names
    for code in ("kua_bp4", "bapas", "puspaga", "sentra_kemensos"):
        assert code in names
    assert list(names)[-1] == "lainnya"


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The literal scanner sees strings in code (guards the guard)."""
    probe = 'x = "Kepala rantai jejak audit"\n'
    assert any(re.search(RETIRED[0][0], m) for m in re.findall(r"\"(?:[^\"\\\n]|\\.)*\"", probe))


def test_nip_is_printed_with_its_standard_spaces() -> None:
    from lk3_desktop.core.identity import format_nip

    assert format_nip("198703152010012003") == "19870315 201001 2 003"
    assert format_nip(" 19870315 201001 2 003 ") == "19870315 201001 2 003"
    assert format_nip("19870315201001200") == "19870315201001200"  # 17 digits: as typed
    assert format_nip("1987O3152010012003") == "1987O3152010012003"  # a letter O: as typed
    assert format_nip(None) == "" and format_nip("") == ""


def test_head_title_and_position() -> None:
    from lk3_desktop.core.vocabulary import head_position, head_title, office_name

    assert head_title("kepala") == "Kepala" and head_title("ketua") == "Ketua"
    assert head_title("bogus") == "Kepala"
    assert office_name("Kota Serang") == "LK3 Kota Serang"
    assert office_name("LK3 Kota Serang") == "LK3 Kota Serang"
    assert head_position("ketua", "Kota Serang") == "Ketua LK3 Kota Serang"
