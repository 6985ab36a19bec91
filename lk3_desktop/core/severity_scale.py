"""Which end of an instrument's scale is the better one, for colouring severity bands.

Most instruments count symptoms (a higher score is worse); some measure functioning (Family
APGAR: a higher score is better). Band codes say which: the band of "no problem" (``minimal``,
``normal``, ``below_cutoff``, ``low``, ``functional``) sits at the good end. Charts and PDFs tint
each band from calm (rank 0.0) to alarming (rank 1.0) with :func:`band_ranks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["GOOD_BAND_CODES", "TINTS", "band_ranks", "higher_is_worse", "tint"]

GOOD_BAND_CODES: Final = frozenset({"minimal", "normal", "below_cutoff", "low", "functional"})

TINTS: Final[tuple[str, ...]] = ("#d7eedd", "#eef3c9", "#fbe8bd", "#fbd7c0", "#f6c4c0")
"""Pale band colours from calm green through yellow and orange to a light risk red: light
enough for a line and its labels to stay readable on top, the same on screen and on paper."""


def higher_is_worse(codes: Sequence[str]) -> bool:
    """True when the bands (lowest first) grow more severe upwards; the default when unsure."""
    if not codes:
        return True
    if codes[0] in GOOD_BAND_CODES:
        return True
    return codes[-1] not in GOOD_BAND_CODES


def band_ranks(codes: Sequence[str]) -> list[float]:
    """For bands listed lowest first, how alarming each is: 0.0 calm ... 1.0 most severe."""
    count = len(codes)
    if count == 0:
        return []
    if count == 1:
        return [0.0]
    steps = [i / (count - 1) for i in range(count)]
    return steps if higher_is_worse(codes) else steps[::-1]


def tint(rank: float) -> str:
    """The band colour (``#rrggbb``) for a rank from :func:`band_ranks`, interpolated."""
    rank = min(1.0, max(0.0, rank))
    position = rank * (len(TINTS) - 1)
    low = int(position)
    high = min(low + 1, len(TINTS) - 1)
    share = position - low
    a, b = TINTS[low], TINTS[high]
    channels = [
        round(int(a[i : i + 2], 16) * (1 - share) + int(b[i : i + 2], 16) * share)
        for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{c:02x}" for c in channels)
