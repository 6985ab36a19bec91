"""When an office books appointments: weekdays, 08.00 to 16.00, on the half hour.

A new appointment is proposed at the first such time from now on when the counselor (and
the room) have nothing else, instead of "in an hour", which after 17.00 meant 18.00-19.00.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

WORK_DAYS = frozenset({0, 1, 2, 3, 4})  # Monday to Friday
WORK_START = datetime.time(8, 0)
WORK_END = datetime.time(16, 0)
SLOT_MINUTES = 30
HORIZON_DAYS = 60  # look this far ahead for a free time before giving up


def _round_up(moment: datetime.datetime) -> datetime.datetime:
    moment = moment.replace(second=0, microsecond=0)
    extra = moment.minute % SLOT_MINUTES
    if extra:
        moment += datetime.timedelta(minutes=SLOT_MINUTES - extra)
    return moment


def _starts(after: datetime.datetime, duration: datetime.timedelta) -> Iterable[datetime.datetime]:
    """Every start on the half hour in working hours from ``after`` on, where an appointment
    of ``duration`` ends by the end of the working day."""
    day = after.date()
    first = _round_up(after)
    for _ in range(HORIZON_DAYS):
        if day.weekday() in WORK_DAYS:
            start = datetime.datetime.combine(day, WORK_START)
            end = datetime.datetime.combine(day, WORK_END)
            start = max(start, first)
            while start + duration <= end:
                yield start
                start += datetime.timedelta(minutes=SLOT_MINUTES)
        day += datetime.timedelta(days=1)


def next_free_start(
    after: datetime.datetime,
    duration: datetime.timedelta,
    busy: Iterable[tuple[datetime.datetime, datetime.datetime]] = (),
) -> datetime.datetime:
    """The first start in working hours, not before ``after``, when an appointment of
    ``duration`` overlaps none of the ``busy`` (start, end) times. When nothing is free
    within :data:`HORIZON_DAYS`, the first start in working hours."""
    taken = sorted(busy)
    first: datetime.datetime | None = None
    for start in _starts(after, duration):
        first = first or start
        end = start + duration
        if not any(b_start < end and b_end > start for b_start, b_end in taken):
            return start
    return first or _round_up(after)
