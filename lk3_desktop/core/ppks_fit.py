"""Which PPKS (d/h PMKS) categories fit whom: the child categories are for children, the
elderly one for the elderly, some for adults or for women only (Permensos 08/2012). The
client form warns when a category does not fit the client, and the demo gives only fitting
ones."""

from __future__ import annotations

from typing import Final

ADULT: Final = 18
ELDERLY: Final = 60

# code: (youngest age, oldest age); None = no bound
AGE_RANGES: Final[dict[str, tuple[int | None, int | None]]] = {
    "PMKS-01": (None, 4),  # Anak Balita Telantar
    **{f"PMKS-{n:02d}": (None, ADULT - 1) for n in range(2, 8)},  # the child categories
    "PMKS-08": (ELDERLY, None),  # Lanjut Usia Telantar
    "PMKS-10": (ADULT, None),  # Tuna Susila
    "PMKS-20": (ADULT, None),  # Pekerja Migran Bermasalah Sosial
    "PMKS-23": (ADULT, None),  # Perempuan Rawan Sosial Ekonomi
}
FOR_SEX: Final[dict[str, str]] = {"PMKS-23": "P"}


def fits(code: str, age: int | None, sex: str | None) -> bool:
    """True when the category may apply to a client of ``age`` and ``sex`` (unknown: yes)."""
    return misfit(code, age, sex) is None


def misfit(code: str, age: int | None, sex: str | None) -> str | None:
    """Why category ``code`` does not fit the client, else None: "under5" (a toddler's
    category), "under18" (a child's), "from60" (the elderly's), "from18" (an adult's) or
    "women". The interface words the reason in the user's language."""
    youngest, oldest = AGE_RANGES.get(code, (None, None))
    if age is not None:
        if oldest is not None and age > oldest:
            return "under5" if oldest < 5 else "under18"
        if youngest is not None and age < youngest:
            return "from60" if youngest >= ELDERLY else "from18"
    wanted = FOR_SEX.get(code)
    if wanted is not None and sex is not None and sex != wanted:
        return "women"
    return None
