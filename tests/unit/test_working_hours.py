"""The first free time a new appointment is proposed at: weekdays 08.00-16.00, half hours."""

from __future__ import annotations

import datetime as dt

from lk3_desktop.core.working_hours import next_free_start

HOUR = dt.timedelta(hours=1)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute)  # 7 Dec 2026 is a Monday


def test_after_working_hours_the_next_morning() -> None:
    assert next_free_start(at(7, 17, 10), HOUR) == at(8, 8)  # not 18.00-19.00
    assert next_free_start(at(11, 17, 10), HOUR) == at(14, 8)  # Friday evening: Monday


def test_rounded_up_to_the_half_hour_and_ending_by_four() -> None:
    assert next_free_start(at(7, 9, 5), HOUR) == at(7, 9, 30)
    assert next_free_start(at(7, 9, 30), HOUR) == at(7, 9, 30)
    assert next_free_start(at(7, 15, 1), HOUR) == at(8, 8)  # 15.30-16.30 would run late
    assert next_free_start(at(7, 6, 0), HOUR) == at(7, 8)
    assert next_free_start(at(12, 10, 0), HOUR) == at(14, 8)  # Saturday


def test_busy_times_are_skipped() -> None:
    busy = [(at(8, 8), at(8, 9)), (at(8, 9), at(8, 10, 30)), (at(8, 11), at(8, 12))]
    assert next_free_start(at(7, 20), HOUR) == at(8, 8)
    assert next_free_start(at(7, 20), HOUR, busy) == at(8, 12)  # 10.30-11.30 clashes
    assert next_free_start(at(7, 20), dt.timedelta(minutes=30), busy) == at(8, 10, 30)
