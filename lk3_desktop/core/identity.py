"""NIK, KK and phone checks (through lokal-id), as sentences a counselor reads (by code).

A NIK that cannot be a NIK is an error. A NIK whose encoded birth date or sex disagrees with
what was entered is a *warning*: records are often wrong on one side, so the counselor may
keep it with a reason.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from typing import Any

from lk3_desktop.core.errors import Sentence

_DIGITS = re.compile(r"\D+")


@functools.cache
def _lokal() -> Any:
    """The lokal package, imported on first use: importing it compiles its PII detectors
    (some 190 regular expressions, half a second here), which sign-in does not need. Kept
    here because an import statement inside a function costs tens of microseconds once
    PySide6's import hook is installed, and the client list checks a phone per row."""
    import lokal

    return lokal


@dataclass(frozen=True)
class NikCheck:
    nik: str | None  # the 16 digits when well-formed
    errors: tuple[Sentence, ...]  # the NIK cannot be saved
    warnings: tuple[Sentence, ...]  # saving needs a reason
    regency_code: str | None = None
    birth_date: datetime.date | None = None
    sex: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and not self.warnings


def check_nik(
    text: str,
    birth_date: datetime.date | None = None,
    sex: str | None = None,
    today: datetime.date | None = None,
) -> NikCheck:
    """Structure (16 digits, real Kemendagri province and region codes, a real date) and
    agreement with the entered birth date and sex (``"L"``/``"P"``)."""
    from lokal.wilayah import wilayah_name

    info = _lokal().parse_nik(text, lookup_wilayah=wilayah_name, reference_date=today)
    errors = [_nik_issue(issue.code, text) for issue in info.errors]
    warnings: list[Sentence] = []
    if not errors and (info.regency is None or info.district is None):
        # A NIK keeps the code it was issued with, and codes change after pemekaran: an
        # unknown kabupaten/kecamatan is a warning to confirm, an unknown province an error.
        warnings.append(Sentence("nik.region_outdated"))
    encoded = datetime.date.fromisoformat(info.birth_date) if info.birth_date else None
    if not errors and encoded is not None and birth_date is not None:
        same_day = (encoded.day, encoded.month) == (birth_date.day, birth_date.month)
        if not same_day or encoded.year % 100 != birth_date.year % 100:
            warnings.append(
                Sentence("nik.birth_date_differs", {"date": encoded.strftime("%d-%m-%Y")})
            )
    if not errors and info.gender and sex and info.gender != sex:
        warnings.append(Sentence("nik.sex_differs"))
    return NikCheck(
        nik=info.nik,
        errors=tuple(errors),
        warnings=tuple(warnings),
        regency_code=info.regency_code,
        birth_date=encoded,
        sex=info.gender,
    )


def _nik_issue(code: str, text: str) -> Sentence:
    """lokal-id's problem with a NIK as our sentence (its own words are Indonesian only)."""
    if code == "province":
        return Sentence("nik.province_unknown", {"code": _DIGITS.sub("", text)[:2]})
    return Sentence(_NIK_ISSUES.get(code, "nik.invalid"))


_NIK_ISSUES = {
    "format": "nik.format",
    "wilayah": "nik.region_zero",
    "wilayah_unknown": "nik.region_unknown",
    "birth_date": "nik.birth_date_invalid",
    "serial": "nik.serial_zero",
}


def check_kk(text: str) -> tuple[str | None, Sentence | None]:
    """(the 16 digits, None) or (None, what is wrong). KK numbers share the NIK's region
    prefix but not its date part, so only length and the province are checked."""
    from lokal.provinces import PROVINCES

    digits = _DIGITS.sub("", text)
    if len(digits) != 16:
        return None, Sentence("kk.format")
    if digits[:2] not in PROVINCES:
        return None, Sentence("kk.province_unknown")
    return digits, None


@dataclass(frozen=True)
class PhoneCheck:
    e164: str | None  # "+6281234567890": what is stored
    national: str | None  # "0812-3456-7890": what is shown
    error: Sentence | None


# lokal-id words a phone number's problem in Indonesian only: its sentences to our codes.
_PHONE_ISSUES = {
    "Nomor harus diawali 0, 62, atau +62.": "phone.prefix",
    "Nomor telepon hanya boleh berisi angka.": "phone.digits_only",
    "Nomor HP harus 10–13 digit (termasuk 0 di depan).": "phone.mobile_length",
    "Panjang nomor telepon rumah tidak valid.": "phone.landline_length",
}


def _phone_issue(code: str, message: str) -> Sentence:
    if code == "prefix_unknown":
        prefix = message.removeprefix("Prefix ").split(" ", 1)[0]
        return Sentence("phone.prefix_unknown", {"prefix": prefix})
    return Sentence(_PHONE_ISSUES.get(message, "phone.invalid"))


def check_phone(text: str) -> PhoneCheck:
    """Normalise an Indonesian phone number written any common way."""
    info = _lokal().parse_phone(text)
    if not info.valid or not info.e164:
        issue = info.errors[0] if info.errors else None
        error = _phone_issue(issue.code, issue.message) if issue else Sentence("phone.invalid")
        return PhoneCheck(None, None, error)
    return PhoneCheck(info.e164, info.national, None)


def phone_search_forms(e164: str) -> str:
    """Digits a phone is found by: ``+62812…`` is indexed as ``62812…`` and ``0812…``."""
    digits = _DIGITS.sub("", e164)
    if digits.startswith("62"):
        return f"{digits} 0{digits[2:]}"
    return digits


def age_on(birth_date: datetime.date, day: datetime.date) -> int:
    """Completed years on ``day``."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def format_nip(nip: str | None) -> str:
    """A civil servant's NIP as printed: ``198703152010012003`` -> ``19870315 201001 2 003``
    (birth date, appointment month, sex, sequence). Anything but 18 digits comes back as typed,
    stripped, so a mistyped number is never printed as if it were a valid one."""
    text = (nip or "").strip()
    digits = _DIGITS.sub("", text)
    if len(digits) != 18 or digits != text.replace(" ", ""):
        return text
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
