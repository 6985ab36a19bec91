"""Dates as official Indonesian documents write them.

``format_date_id(date(2026, 11, 28))`` gives ``"28 November 2026"``; letter numbers use the month
in Roman numerals (``month_roman(11) == "XI"``).
"""

from __future__ import annotations

from datetime import date
from typing import Final

__all__ = ["MONTHS_ID", "MONTHS_ROMAN", "format_date_id", "month_name_id", "month_roman"]

MONTHS_ID: Final[tuple[str, ...]] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""Indonesian month names, January first."""

MONTHS_ROMAN: Final[tuple[str, ...]] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
)
"""Months in Roman numerals, January first."""


def _check_month(month: int) -> int:
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"month must be an integer from 1 to 12, got {month!r}")
    return month


def month_name_id(month: int) -> str:
    """Return the Indonesian name of ``month`` (1-12), e.g. ``"Agustus"`` for 8."""
    return MONTHS_ID[_check_month(month) - 1]


def month_roman(month: int) -> str:
    """Return ``month`` (1-12) in Roman numerals, e.g. ``"XI"`` for 11."""
    return MONTHS_ROMAN[_check_month(month) - 1]


def format_date_id(d: date) -> str:
    """Return ``d`` as ``"28 November 2026"``: day without a leading zero, Indonesian month."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
