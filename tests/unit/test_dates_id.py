"""Indonesian dates and Roman month numerals for official documents."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lk3_desktop.core.dates_id import format_date_id, month_name_id, month_roman

EXPECTED = [
    (1, "Januari", "I"),
    (2, "Februari", "II"),
    (3, "Maret", "III"),
    (4, "April", "IV"),
    (5, "Mei", "V"),
    (6, "Juni", "VI"),
    (7, "Juli", "VII"),
    (8, "Agustus", "VIII"),
    (9, "September", "IX"),
    (10, "Oktober", "X"),
    (11, "November", "XI"),
    (12, "Desember", "XII"),
]


@pytest.mark.parametrize(("month", "name", "roman"), EXPECTED)
def test_every_month(month: int, name: str, roman: str) -> None:
    assert format_date_id(date(2026, month, 28)) == f"28 {name} 2026"
    assert format_date_id(date(2025, month, 1)) == f"1 {name} 2025"
    assert month_name_id(month) == name
    assert month_roman(month) == roman


def test_design_example() -> None:
    assert format_date_id(date(2026, 11, 28)) == "28 November 2026"
    assert month_roman(11) == "XI"


def test_no_leading_zero_on_day() -> None:
    assert format_date_id(date(2027, 3, 5)) == "5 Maret 2027"


def test_datetime_uses_its_date() -> None:
    assert format_date_id(datetime(2026, 8, 17, 23, 59)) == "17 Agustus 2026"


@pytest.mark.parametrize("bad", [0, 13, -1, True])
def test_month_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError):
        month_roman(bad)
    with pytest.raises(ValueError):
        month_name_id(bad)
