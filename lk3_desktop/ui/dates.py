"""How the interface writes dates and times for people: one style everywhere, local time.

"7 Des 2026", "17.43", "7 Des 2026 17.43", in the interface language. A moment stored with
a time zone (UTC in backups and the audit trail) is shown in the computer's own time; one
stored without is already local. Official documents have their own style (core.dates_id).
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale, QTime


def date_text(day: datetime.date | None) -> str:
    """7 Des 2026 ("" for no date)."""
    if day is None:
        return ""
    return str(QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy"))


def short_day_text(day: datetime.date) -> str:
    """Sen 7 Des (a day's column in the week's schedule)."""
    return str(QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM"))


def long_date_text(day: datetime.date) -> str:
    """Senin, 7 Desember 2026."""
    return str(QLocale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy"))


def local(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` in this computer's time (a naive moment is taken as local already)."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def time_text(moment: datetime.time | datetime.datetime, seconds: bool = False) -> str:
    """17.43 (17.43.05 with ``seconds``)."""
    if isinstance(moment, datetime.datetime):
        moment = local(moment).time()
    pattern = "HH.mm.ss" if seconds else "HH.mm"
    return str(QLocale().toString(QTime(moment.hour, moment.minute, moment.second), pattern))


def datetime_text(moment: datetime.datetime, seconds: bool = False) -> str:
    """7 Des 2026 17.43, in local time."""
    here = local(moment)
    return f"{date_text(here.date())} {time_text(here.time(), seconds)}"
