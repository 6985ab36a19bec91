"""One way to write dates and times for people, in local time, across the interface."""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import lk3_desktop.ui
from lk3_desktop.ui.dates import date_text, datetime_text, time_text

UI = Path(lk3_desktop.ui.__file__).parent


@pytest.fixture
def jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_moments_read_in_local_time_the_same_way_everywhere(
    indonesian: None, jakarta: None
) -> None:
    utc = datetime.datetime(2026, 12, 7, 10, 43, 5, tzinfo=datetime.UTC)
    assert datetime_text(utc) == "7 Des 2026 17.43"  # not "2026-12-07 10:43"
    assert datetime_text(utc, seconds=True) == "7 Des 2026 17.43.05"
    assert datetime_text(datetime.datetime(2026, 12, 7, 17, 43)) == "7 Des 2026 17.43"
    assert date_text(datetime.date(2026, 8, 17)) == "17 Agu 2026" and date_text(None) == ""
    assert time_text(datetime.time(9, 5)) == "09.05"


def test_no_screen_writes_a_date_for_people_in_its_own_way() -> None:
    """ISO stamps are for files and machines; screens use ui/dates."""
    offenders = []
    for module in UI.rglob("*.py"):
        if module.name == "dates.py":
            continue
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
            written = 'strftime("%Y-%m-%d %H' in line or "astimezone().strftime" in line
            if written or ("toString(" in line and "MMM" in line):
                offenders.append(f"{module.relative_to(UI)}:{number}: {line.strip()}")
    assert not offenders, offenders


def test_every_date_field_is_typed_the_same_way(qtbot: object) -> None:
    """One typing style for every date field (17-12-2026, as the birth date): the fields
    are the app's DateEdit/DateTimeEdit, which set it; no screen makes a bare Qt date field
    or a display format of its own."""
    from lk3_desktop.ui.date_edit import DATE_ENTRY, DATETIME_ENTRY, DateEdit, DateTimeEdit

    assert DateEdit().displayFormat() == DATE_ENTRY == "dd-MM-yyyy"
    assert DateTimeEdit().displayFormat() == DATETIME_ENTRY == "dd-MM-yyyy HH.mm"
    offenders = []
    for module in UI.rglob("*.py"):
        if module.name == "date_edit.py":
            continue
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
            bare = "QDateEdit(" in line or "QDateTimeEdit(" in line
            if bare or ("setDisplayFormat(" in line and "yy" in line):
                offenders.append(f"{module.relative_to(UI)}:{number}: {line.strip()}")
    assert not offenders, offenders
