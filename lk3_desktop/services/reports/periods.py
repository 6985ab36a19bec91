"""Report periods: a month, quarter, half-year or year, or any range of dates."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from typing import Final

from lk3_desktop.core.dates_id import format_date_id, month_name_id, month_roman
from lk3_desktop.core.errors import ValidationError

PERIOD_KINDS: Final = ("bulan", "triwulan", "semester", "tahun")
_PER_YEAR: Final = {"bulan": 12, "triwulan": 4, "semester": 2, "tahun": 1}
EARLIEST_YEAR: Final = 2000
LONGEST_RANGE_DAYS: Final = 366 * 5


@dataclass(frozen=True)
class ReportPeriod:
    start: datetime.date
    end: datetime.date  # the last day, inclusive
    label: str  # "Triwulan IV 2026", "November 2026", "Tahun 2026", "1 Maret s.d. ..."

    @property
    def next_day(self) -> datetime.date:
        return self.end + datetime.timedelta(days=1)

    def as_detail(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def periods_per_year(kind: str) -> int:
    """12 months, 4 quarters, 2 halves or 1 year."""
    if kind not in _PER_YEAR:
        raise ValidationError("report.period_kind_required", "kind")
    return _PER_YEAR[kind]


def period_for(kind: str, year: int, number: int) -> ReportPeriod:
    """The period ``number`` (counted from 1) of ``kind`` in ``year``: ``("triwulan", 2026, 4)``
    is 1 October to 31 December 2026, labelled "Triwulan IV 2026"."""
    per_year = periods_per_year(kind)
    if not EARLIEST_YEAR <= year <= 9999:
        raise ValidationError("report.year_invalid", "year")
    if not 1 <= number <= per_year:
        raise ValidationError("report.period_number_invalid", "number")
    months = 12 // per_year
    first = (number - 1) * months + 1
    last = first + months - 1
    start = datetime.date(year, first, 1)
    end = datetime.date(year, last, calendar.monthrange(year, last)[1])
    if kind == "bulan":
        label = f"{month_name_id(first)} {year}"
    elif kind == "triwulan":
        label = f"Triwulan {month_roman(number)} {year}"
    elif kind == "semester":
        label = f"Semester {month_roman(number)} {year}"
    else:
        label = f"Tahun {year}"
    return ReportPeriod(start, end, label)


def range_period(start: datetime.date, end: datetime.date) -> ReportPeriod:
    """Any range of days, ``start`` to ``end`` inclusive (at most five years), labelled with
    both dates: "1 Maret 2026 s.d. 15 Juni 2026"; a range that is exactly a month, quarter,
    half-year or year is that period ("Triwulan II 2026")."""
    if end < start:
        raise ValidationError("report.period_end_before_start", "period")
    if start.year < EARLIEST_YEAR:
        raise ValidationError("report.year_invalid", "year")
    if (end - start).days > LONGEST_RANGE_DAYS:
        raise ValidationError("report.range_too_long", "period")
    if start.year == end.year and start.day == 1:
        for kind in reversed(PERIOD_KINDS):  # the year first, the month last
            months = 12 // _PER_YEAR[kind]
            if (start.month - 1) % months:
                continue
            named = period_for(kind, start.year, (start.month - 1) // months + 1)
            if named.end == end:
                return named
    return ReportPeriod(start, end, f"{format_date_id(start)} s.d. {format_date_id(end)}")
