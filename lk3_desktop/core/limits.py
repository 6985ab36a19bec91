"""The bounds of what a person can enter, each with the code of the one sentence that says so.

Declared once here; services check against them (core/text_input.py for text) and form
widgets show the same sentence under the field. Text bounds match the stored columns' sizes
where a column has one. Dates must lie in a plausible window: a typo such as 0001-01-01 or
9999-12-31 would otherwise make registration numbers of year 1 and overflow date arithmetic.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from lk3_desktop.core.errors import Sentence, ValidationError


@dataclass(frozen=True)
class TextLimit:
    max_chars: int
    code: str  # the sentence that says a text is too long, with {max}

    @property
    def too_long(self) -> Sentence:
        return Sentence(self.code, {"max": self.max_chars})


PERSON_NAME = TextLimit(200, "limit.name")  # clients, guardians, family members, users, givers
NICKNAME = TextLimit(100, "limit.nickname")
FAMILY_NAME = TextLimit(200, "limit.family_name")
CENTER_NAME = TextLimit(200, "limit.center_name")
MEMBER_NOTE = TextLimit(2_000, "limit.note")
APPOINTMENT_NOTE = TextLimit(500, "limit.appointment_note")
# Why something was done (a reassignment, a closing, a cancellation, a mark, a NIK kept).
REASON = TextLimit(2_000, "limit.reason")
GOAL = TextLimit(1_000, "limit.goal")
LIST_ENTRY = TextLimit(200, "limit.name")  # PMKS categories, problem areas
PLACE = TextLimit(100, "limit.birth_place")
STREET = TextLimit(300, "limit.street")
LABEL = TextLimit(60, "limit.field")
MARITAL_STATUS = TextLimit(30, "limit.field")  # religion, education, language, relationship ...
SHORT_TEXT = TextLimit(100, "limit.field")  # occupation ...
DESCRIPTION = TextLimit(200, "limit.field")  # a person's own words about a disability ...
# One free-text field of a session note or an assessment: a long session, never a pasted book;
# small enough to render, export and seal quickly.
LONG_TEXT = TextLimit(20_000, "limit.long_text")
# A whole draft of the note editor, all fields together (JSON of the form).
DRAFT_MAX_CHARS = 400_000

SEARCH_MAX_CHARS = 200
SEARCH_MAX_WORDS = 8

# -- photos and logos ------------------------------------------------------------------------

PHOTO_MAX_BYTES = 5 * 1024 * 1024
_IMAGE_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def image_type(data: bytes) -> str | None:
    """The MIME type of a JPEG or PNG by its first bytes, whatever the file claimed to be."""
    for signature, mime in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return mime
    return None


def check_image(data: bytes, field: str) -> str:
    """The MIME type of ``data`` read from its content; ValidationError on ``field`` when it
    is larger than PHOTO_MAX_BYTES or not a JPEG or PNG."""
    if len(data) > PHOTO_MAX_BYTES:
        raise ValidationError("photo.too_large", field)
    mime = image_type(data)
    if mime is None:
        raise ValidationError("photo.not_an_image", field)
    return mime


# -- dates -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateWindow:
    """Dates from ``earliest`` to ``days_ahead`` days after today."""

    earliest: datetime.date
    days_ahead: int
    too_early: str  # the code of the sentence for a date before ``earliest``
    too_late: str  # ... and after the window

    def latest(self, today: datetime.date) -> datetime.date:
        return today + datetime.timedelta(days=self.days_ahead)

    def check(self, value: datetime.date, field: str, today: datetime.date | None = None) -> None:
        """ValidationError with the window's sentence on ``field`` outside the window."""
        today = today or datetime.date.today()
        day = value.date() if isinstance(value, datetime.datetime) else value
        if day < self.earliest:
            raise ValidationError(self.too_early, field)
        if day > self.latest(today):
            raise ValidationError(self.too_late, field)


BIRTH_DATE = DateWindow(
    datetime.date(1900, 1, 1),
    0,
    "date.birth_too_early",
    "date.birth_in_future",
)
INTAKE_DATE = DateWindow(
    datetime.date(1950, 1, 1),
    0,
    "date.intake_too_early",
    "date.intake_in_future",
)
APPOINTMENT_DATE = DateWindow(
    datetime.date(2000, 1, 1),
    3 * 366,
    "date.appointment_too_early",
    "date.appointment_too_late",
)
# The schedule and reports may be browsed this far; beyond it date arithmetic overflows.
BROWSE_EARLIEST = datetime.date(1950, 1, 1)
BROWSE_LATEST = datetime.date(9000, 12, 31)
