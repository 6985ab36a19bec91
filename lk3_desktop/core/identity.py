"""NIK, KK and phone checks (through lokal-id), in the words a counselor reads.

A NIK that cannot be a NIK is an error. A NIK whose encoded birth date or sex disagrees with
what was entered is a *warning*: records are often wrong on one side, so the counselor may
keep it with a reason.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from lokal import parse_nik, parse_phone

_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True)
class NikCheck:
    nik: str | None  # the 16 digits when well-formed
    errors: tuple[str, ...]  # Indonesian sentences; the NIK cannot be saved
    warnings: tuple[str, ...]  # Indonesian sentences; saving needs a reason
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

    info = parse_nik(text, lookup_wilayah=wilayah_name, reference_date=today)
    errors = [issue.message for issue in info.errors]
    warnings: list[str] = []
    if not errors and (info.regency is None or info.district is None):
        # A NIK keeps the code it was issued with, and codes change after pemekaran: an
        # unknown kabupaten/kecamatan is a warning to confirm, an unknown province an error.
        warnings.append(
            "Kode kabupaten/kota atau kecamatan pada NIK tidak ada dalam data wilayah "
            "Kemendagri terbaru (mungkin kode lama sebelum pemekaran)."
        )
    encoded = datetime.date.fromisoformat(info.birth_date) if info.birth_date else None
    if not errors and encoded is not None and birth_date is not None:
        same_day = (encoded.day, encoded.month) == (birth_date.day, birth_date.month)
        if not same_day or encoded.year % 100 != birth_date.year % 100:
            warnings.append(
                "Tanggal lahir pada NIK ("
                + encoded.strftime("%d-%m-%Y")
                + ") berbeda dengan tanggal lahir yang diisi."
            )
    if not errors and info.gender and sex and info.gender != sex:
        warnings.append("Jenis kelamin pada NIK berbeda dengan jenis kelamin yang diisi.")
    return NikCheck(
        nik=info.nik,
        errors=tuple(errors),
        warnings=tuple(warnings),
        regency_code=info.regency_code,
        birth_date=encoded,
        sex=info.gender,
    )


def check_kk(text: str) -> tuple[str | None, str | None]:
    """(the 16 digits, None) or (None, an Indonesian error). KK numbers share the NIK's
    region prefix but not its date part, so only length and the province are checked."""
    from lokal.provinces import PROVINCES

    digits = _DIGITS.sub("", text)
    if len(digits) != 16:
        return None, "Nomor KK harus 16 digit angka."
    if digits[:2] not in PROVINCES:
        return None, "Kode provinsi pada nomor KK tidak dikenal."
    return digits, None


@dataclass(frozen=True)
class PhoneCheck:
    e164: str | None  # "+6281234567890": what is stored
    national: str | None  # "0812-3456-7890": what is shown
    error: str | None


def check_phone(text: str) -> PhoneCheck:
    """Normalise an Indonesian phone number written any common way."""
    info = parse_phone(text)
    if not info.valid or not info.e164:
        message = info.errors[0].message if info.errors else "Nomor telepon tidak valid."
        return PhoneCheck(None, None, message)
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
