"""One cell of an imported register as the record's fields want it.

A spreadsheet cell arrives as text, a number, a date or nothing, often not as the column
means it: numbers stored as text, dates as Excel serial numbers, RT/RW in one cell, and NIKs
that Excel turned into numbers (``3.67301E+15``: only 15 digits survive, the last ones are
lost for good). Each reader here returns the value, or says that the cell cannot be read (the
import words why, in the interface's language).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from lk3_desktop.core.text_input import normalise
from lk3_desktop.core.written_dates import WrittenDate, read_written_date

Cell = str | int | float | datetime.date | datetime.datetime | datetime.time | bool | None

# How Excel shows a long number it keeps as a number: 3.67301E+15 (or 3,67301E+15 in an
# Indonesian locale), also when such a sheet is saved as CSV.
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?e\+?\d+$", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D+")
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
# Excel serial numbers of 1 January 1900 .. 31 December 2099: a number in a date column in
# this range is a date whose cell lost its format.
_SERIAL_RANGE = (2, 73050)


def cell_text(value: Cell) -> str:
    """What a cell shows as text: ``3`` for ``3.0``, ``05/03/1988`` for a date."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "YA" if value else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return normalise(str(value))


def is_number_damaged(value: Cell) -> bool:
    """True when a NIK/KK cell is a number (Excel keeps only 15 digits of it) or the text
    Excel shows for one (``3.67301E+15``): the original digits cannot be read back."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _SCIENTIFIC.match(value.strip()) is not None


def identity_digits(value: Cell) -> str:
    """The digits of a NIK or KK written as text with spaces, dots or a leading apostrophe."""
    text = cell_text(value).lstrip("'")
    if not text:
        return ""
    stripped = _NOT_DIGIT.sub("", text)
    # letters mixed in: keep it as written, so the NIK check names it
    return stripped if len(re.sub(r"[\d\s.\-']", "", text)) == 0 else text


def read_date(value: Cell, today: datetime.date | None = None) -> WrittenDate:
    """A date cell, an Excel serial number that lost its date format, or written text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return WrittenDate(None)
    if isinstance(value, datetime.datetime):
        return WrittenDate(value.date())
    if isinstance(value, datetime.date):
        return WrittenDate(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            return WrittenDate(_EXCEL_EPOCH + datetime.timedelta(days=int(value)))
        return read_written_date(cell_text(value), today)
    return read_written_date(cell_text(value), today)


_SEX_WORDS: dict[str, str] = {
    "l": "L",
    "lk": "L",
    "laki": "L",
    "laki laki": "L",
    "lakilaki": "L",
    "pria": "L",
    "m": "L",
    "male": "L",
    "p": "P",
    "pr": "P",
    "prp": "P",
    "perempuan": "P",
    "wanita": "P",
    "w": "P",
    "f": "P",
    "female": "P",
}


def read_sex(value: Cell) -> tuple[str | None, bool]:
    """(``"L"``/``"P"``, False), (None, False) when empty, or (None, True): unreadable."""
    text = " ".join(re.sub(r"[^a-z]+", " ", cell_text(value).lower()).split())
    if not text:
        return None, False
    sex = _SEX_WORDS.get(text)
    return sex, sex is None


@dataclass(frozen=True)
class RtRw:
    rt: str
    rw: str
    unreadable: bool = False


def read_rt_rw(value: Cell) -> RtRw:
    """``003/005``, ``3/5``, ``RT 3 RW 5``, ``03-05``: RT and RW as digits."""
    text = cell_text(value)
    numbers = re.findall(r"\d+", text)
    if not text:
        return RtRw("", "")
    if len(numbers) == 2 and all(len(n) <= 3 for n in numbers):
        return RtRw(numbers[0], numbers[1])
    if len(numbers) == 1 and len(numbers[0]) <= 3:
        return RtRw(numbers[0], "")
    return RtRw("", "", True)


def read_number_part(value: Cell) -> str:
    """An RT or RW cell (``3``, ``"003"``, ``"RT 03"``) as its digits; text kept otherwise,
    so the client form's rule names it."""
    text = cell_text(value)
    numbers = re.findall(r"\d+", text)
    return numbers[0] if len(numbers) == 1 else text


def read_age(value: Cell) -> tuple[int | None, bool]:
    """``35``, ``"35 th"``, ``"35 tahun"`` as whole years; (None, True) when unreadable."""
    text = cell_text(value)
    if not text:
        return None, False
    match = re.fullmatch(r"(\d{1,3})\s*(?:th|thn|tahun|tahun\.|th\.)?", text.lower())
    if match is None:
        return None, True
    return int(match.group(1)), False


def split_place_date(value: Cell, today: datetime.date | None = None) -> tuple[str, WrittenDate]:
    """``"Serang, 5 Maret 1988"`` (tempat, tanggal lahir) as place and date."""
    if isinstance(value, datetime.date | datetime.datetime):
        return "", read_date(value, today)
    text = cell_text(value)
    if "," in text:
        place, _, written = text.rpartition(",")
        return place.strip(), read_written_date(written, today)
    parts = text.split(" ", 1)
    if len(parts) == 2 and not parts[0][:1].isdigit():
        # "Serang 05-03-1988": the place is everything before the first digit
        match = re.match(r"^(\D+?)\s+(\d.*)$", text)
        if match:
            return match.group(1).strip(), read_written_date(match.group(2), today)
    return "", read_written_date(text, today)


_SOURCES: tuple[tuple[str, str], ...] = (
    ("jangkau", "penjangkauan"),
    ("outreach", "penjangkauan"),
    ("telepon", "telepon_hotline"),
    ("telp", "telepon_hotline"),
    ("hotline", "telepon_hotline"),
    ("sapa", "telepon_hotline"),
    ("sendiri", "datang_sendiri"),
    ("langsung", "datang_sendiri"),
)


def read_referral_source(value: Cell) -> tuple[str, str]:
    """(code, detail): an empty cell or "datang sendiri" is ``datang_sendiri``; a named
    institution ("Rujukan Puskesmas Cipocok", "UPTD PPA") is ``rujukan_lembaga`` with the
    text as detail."""
    text = cell_text(value)
    lowered = text.lower()
    if not text:
        return "datang_sendiri", ""
    for word, code in _SOURCES:
        if word in lowered:
            return code, ""
    return "rujukan_lembaga", text
