"""From a register's "Permasalahan" text to problem areas and PPKS (d/h PMKS) categories.

Registers describe a case in a few words ("KDRT", "cerai, rebutan hak asuh", "anak bolos dan
ikut tawuran", "suami pakai sabu"). Each rule below names words that mark one problem area
(``core/vocabulary.PROBLEM_AREAS``) and the PPKS group a client with that problem belongs to,
which for violence and some other problems depends on whether the client is a child. What no
rule recognises opens the case without an area; the text itself becomes the presenting problem.
An office can decide otherwise per text in the mapping file or the wizard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lk3_desktop.core.vocabulary import pmks_code


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    area: str | None
    adult: int | None  # PPKS number for an adult client
    child: int | None  # PPKS number for a child (under 18)


def _rule(words: str, area: str | None, adult: int | None, child: int | None) -> _Rule:
    return _Rule(re.compile(rf"\b(?:{words})", re.IGNORECASE), area, adult, child)


# PPKS numbers (Permensos 08/2012): 2 anak telantar, 3 ABH, 4 anak jalanan, 5 anak dengan
# kedisabilitasan, 6 anak korban kekerasan, 7 anak perlu perlindungan khusus, 8 lansia
# telantar, 9 penyandang disabilitas, 16 ODHA, 17 korban NAPZA, 18 korban perdagangan orang,
# 19 korban tindak kekerasan, 20 pekerja migran bermasalah, 24 fakir miskin, 25 keluarga
# bermasalah sosial psikologis.
_RULES: tuple[_Rule, ...] = (
    _rule(
        r"kdrt|kekerasan dalam rumah tangga|dipukul|pemukulan|penganiaya|kekerasan fisik"
        r"|kekerasan psikis|penelantaran istri",
        "kdrt",
        19,
        6,
    ),
    _rule(
        r"kekerasan seksual|pelecehan|pencabulan|dicabuli|perkosa|pemerkosaan|cabul",
        "kekerasan_seksual",
        19,
        6,
    ),
    _rule(r"cerai|perceraian|hak asuh|talak|pisah ranjang", "perceraian_hak_asuh", 25, 25),
    _rule(
        r"selingkuh|perselingkuhan|pertengkaran|cekcok|konflik suami|konflik rumah tangga"
        r"|suami istri|ribut|poligami",
        "konflik_suami_istri",
        25,
        25,
    ),
    _rule(r"pola asuh|pengasuhan|mengasuh", "pengasuhan_anak", 25, 25),
    _rule(r"berhadapan dengan hukum|abh\b|mencuri|pencurian", "kenakalan_remaja", None, 3),
    _rule(r"nakal|kenakalan|tawuran|bolos|kabur dari rumah|minggat", "kenakalan_remaja", 25, 25),
    _rule(r"ekonomi|nafkah|utang|hutang|pinjol|pinjaman online", "ekonomi_keluarga", 25, 25),
    _rule(r"miskin|fakir", "ekonomi_keluarga", 24, 24),
    _rule(
        r"depresi|stres|gangguan jiwa|odgj|bunuh diri|cemas|kecemasan|mental|trauma",
        "kesehatan_mental",
        25,
        25,
    ),
    _rule(
        r"narkoba|napza|narkotika|sabu|ganja|miras|mabuk|obat terlarang|pecandu", "napza", 17, 17
    ),
    _rule(r"bully|perundungan|dirundung|dibully", "perundungan", None, 7),
    _rule(r"lansia telantar|lansia terlantar|lanjut usia telantar", "lansia", 8, None),
    _rule(r"lansia|lanjut usia", "lansia", None, None),
    _rule(
        r"disabilitas|difabel|cacat|autis|tuna ?rungu|tuna ?netra|tuna ?wicara|down syndrome"
        r"|berkebutuhan khusus",
        "disabilitas",
        9,
        5,
    ),
    _rule(
        r"nikah dini|pernikahan dini|perkawinan dini|perkawinan anak|pernikahan anak"
        r"|perkawinan usia anak|dispensasi nikah|nikah di bawah umur",
        "pernikahan_anak",
        None,
        7,
    ),
    _rule(
        r"komunikasi|hubungan orang ?tua|orang ?tua dan anak|orang ?tua.anak",
        "komunikasi_keluarga",
        25,
        25,
    ),
    _rule(r"trafficking|perdagangan orang|perdagangan manusia|tppo", None, 18, 18),
    _rule(r"\btki\b|\btkw\b|pekerja migran|\bpmi\b", None, 20, 20),
    _rule(r"telantar|terlantar|ditelantarkan", None, None, 2),
    _rule(r"\bhiv\b|\baids\b|odha", None, 16, 16),
    _rule(r"anak jalanan|anjal", None, None, 4),
)


@dataclass(frozen=True)
class ProblemCodes:
    areas: tuple[str, ...]
    ppks: tuple[str, ...]  # PMKS-NN codes


def normal_problem(text: str) -> str:
    """The key a problem text is decided by in a mapping: lower case, single spaces."""
    return " ".join(text.lower().split())


def problem_codes(text: str, is_child: bool) -> ProblemCodes:
    """The problem areas and PPKS codes the rules find in ``text``, in rule order."""
    areas: list[str] = []
    ppks: list[str] = []
    for rule in _RULES:
        if not rule.pattern.search(text):
            continue
        if rule.area and rule.area not in areas:
            areas.append(rule.area)
        number = rule.child if is_child else rule.adult
        if number is not None and pmks_code(number) not in ppks:
            ppks.append(pmks_code(number))
    return ProblemCodes(tuple(areas), tuple(ppks))
