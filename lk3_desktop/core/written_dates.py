"""Dates the way Indonesian offices write them in registers and spreadsheets.

``05/03/1988``, ``5-3-88``, ``05.03.1988``, ``5 Maret 1988``, ``5 Mar 88``, ``05-Mar-1988``,
``1988-03-05`` all mean 5 March 1988: the day always comes first (Indonesian custom), except
in the ISO form that starts with a four-digit year. A two-digit year is the latest year ending
in those digits that is not after ``today`` (``88`` -> 1988, ``05`` -> 2005), because every date
of a register (birth, first visit) lies in the past.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from lk3_desktop.core.dates_id import MONTHS_ID

# Indonesian month names and the abbreviations offices and Excel (English locale) write.
_MONTH_WORDS: dict[str, int] = {}
for _number, _name in enumerate(MONTHS_ID, start=1):
    _MONTH_WORDS[_name.lower()] = _number
    _MONTH_WORDS[_name.lower()[:3]] = _number
for _word, _number in {
    "peb": 2,
    "pebruari": 2,
    "may": 5,
    "agt": 8,
    "ags": 8,
    "agst": 8,
    "agus": 8,
    "aug": 8,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nop": 11,
    "nopember": 11,
    "dec": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}.items():
    _MONTH_WORDS[_word] = _number

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$")
_WORDED = re.compile(r"^(\d{1,2})\s*[-/. ]\s*([a-z]+)\.?\s*[-/. ,]\s*(\d{2}|\d{4})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # 05031988, as some registers type it


@dataclass(frozen=True)
class WrittenDate:
    """A date read from text: ``value`` when it could be read, else ``error``: UNREADABLE (no
    form of a date) or IMPOSSIBLE (a day the calendar does not have, 31 Februari)."""

    value: datetime.date | None
    error: str | None = None


UNREADABLE = "unreadable"
IMPOSSIBLE = "impossible"


def _year(text: str, today: datetime.date) -> int:
    if len(text) == 4:
        return int(text)
    two = int(text)
    year = (today.year // 100) * 100 + two
    return year if year <= today.year else year - 100


def _make(year: int, month: int, day: int) -> WrittenDate:
    try:
        return WrittenDate(datetime.date(year, month, day))
    except ValueError:
        return WrittenDate(None, IMPOSSIBLE)


def read_written_date(text: str, today: datetime.date | None = None) -> WrittenDate:
    """The date written in ``text`` (see the module's forms), or why it cannot be read.

    An empty text gives neither a value nor an error.
    """
    today = today or datetime.date.today()
    written = " ".join(text.split())
    if not written:
        return WrittenDate(None)
    lowered = written.lower()
    if match := _ISO.match(lowered):
        year, month, day = (int(g) for g in match.groups())
        return _make(year, month, day)
    if match := _NUMERIC.match(lowered):
        day, month = int(match.group(1)), int(match.group(2))
        return _make(_year(match.group(3), today), month, day)
    if match := _WORDED.match(lowered):
        month_number = _MONTH_WORDS.get(match.group(2))
        if month_number is not None:
            return _make(_year(match.group(3), today), month_number, int(match.group(1)))
    if match := _COMPACT.match(lowered):
        day, month, year = (int(g) for g in match.groups())
        return _make(year, month, day)
    return WrittenDate(None, UNREADABLE)
