"""The bounds of what a person can enter, each with the one sentence that says so.

Declared once here; services check against them (core/text_input.py for text) and form
widgets show the same sentence under the field. Text bounds match the stored columns' sizes
where a column has one. Dates must lie in a plausible window: a typo such as 0001-01-01 or
9999-12-31 would otherwise make registration numbers of year 1 and overflow date arithmetic.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from lk3_desktop.core.errors import ValidationError


@dataclass(frozen=True)
class TextLimit:
    max_chars: int
    too_long: str  # Indonesian, one sentence


def _limit(max_chars: int, what: str) -> TextLimit:
    return TextLimit(max_chars, f"{what} paling panjang {max_chars:,} karakter.".replace(",", "."))


PERSON_NAME = _limit(200, "Nama")  # clients, guardians, family members, users, consent givers
NICKNAME = _limit(100, "Nama panggilan")
FAMILY_NAME = _limit(200, "Nama keluarga")
CENTER_NAME = _limit(200, "Nama LK3")
MEMBER_NOTE = _limit(2_000, "Catatan")
APPOINTMENT_NOTE = _limit(500, "Catatan janji temu")
# Why something was done (a reassignment, a closing, a cancellation, a mark, a NIK kept).
REASON = _limit(2_000, "Alasan")
GOAL = _limit(1_000, "Tujuan")
LIST_ENTRY = _limit(200, "Nama")  # PMKS categories, problem areas
PLACE = _limit(100, "Tempat lahir")
STREET = _limit(300, "Alamat")
LABEL = _limit(60, "Isian ini")
MARITAL_STATUS = _limit(30, "Isian ini")  # religion, education, language, relationship ...
SHORT_TEXT = _limit(100, "Isian ini")  # occupation ...
DESCRIPTION = _limit(200, "Isian ini")  # a person's own words about a disability ...
# One free-text field of a session note or an assessment: a long session, never a pasted book;
# small enough to render, export and seal quickly.
LONG_TEXT = TextLimit(
    20_000, "Teks ini paling panjang 20.000 karakter; bagi menjadi beberapa catatan."
)
# A whole draft of the note editor, all fields together (JSON of the form).
DRAFT_MAX_CHARS = 400_000
DRAFT_TOO_LONG = "Draf ini terlalu besar untuk disimpan (lebih dari 400.000 karakter)."

SEARCH_MAX_CHARS = 200
SEARCH_MAX_WORDS = 8

# -- photos and logos ------------------------------------------------------------------------

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_TOO_LARGE = "Foto paling besar 5 MB."
PHOTO_NOT_AN_IMAGE = "Berkas ini bukan foto JPEG atau PNG."
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
        raise ValidationError(PHOTO_TOO_LARGE, field)
    mime = image_type(data)
    if mime is None:
        raise ValidationError(PHOTO_NOT_AN_IMAGE, field)
    return mime


# -- dates -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateWindow:
    """Dates from ``earliest`` to ``days_ahead`` days after today."""

    earliest: datetime.date
    days_ahead: int
    too_early: str
    too_late: str

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
    "Tanggal lahir tidak boleh sebelum tahun 1900.",
    "Tanggal lahir tidak boleh di masa depan.",
)
INTAKE_DATE = DateWindow(
    datetime.date(1950, 1, 1),
    0,
    "Tanggal penerimaan tidak boleh sebelum tahun 1950.",
    "Tanggal penerimaan tidak boleh di masa depan.",
)
APPOINTMENT_DATE = DateWindow(
    datetime.date(2000, 1, 1),
    3 * 366,
    "Janji temu tidak boleh sebelum tahun 2000.",
    "Janji temu paling jauh tiga tahun dari hari ini.",
)
# The schedule and reports may be browsed this far; beyond it date arithmetic overflows.
BROWSE_EARLIEST = datetime.date(1950, 1, 1)
BROWSE_LATEST = datetime.date(9000, 12, 31)
