"""Jangan diungkap (do not disclose): what exports and letters leave out (UU PDP art. 33).

A mark names either a group of a client's registry fields or one whole record. Marked items
are left out of every export and letter, and the document states that something was left out
(never the reason, which may itself say too much).
"""

from __future__ import annotations

import datetime
from typing import Final

from lk3_desktop.core.client_fields import withholding_columns
from lk3_desktop.core.dates_id import format_date_id

# Field groups of the client record. Codes match the referral-letter consent codes where the
# same data is meant, so a withheld "address" also leaves a letter's address out.
WITHHOLDABLE_FIELDS: Final[dict[str, str]] = {
    "address": "Alamat",
    "phone": "Nomor telepon",
    "nik": "NIK",
    "kk": "Nomor KK",
    "birth": "Tempat, tanggal lahir",
    "guardian": "Orang tua / wali",
    "photo": "Foto",
    "family": "Situasi keluarga",
}

# The client columns each field group covers (declared with the columns in core/client_fields.py;
# "family" is the family part of documents, not a client column).
FIELD_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    group: withholding_columns().get(group, ()) for group in WITHHOLDABLE_FIELDS
}

# Whole records that can be withheld, by kind.
WITHHOLDABLE_RECORDS: Final[dict[str, str]] = {
    "session": "Catatan sesi",
    "psychosocial": "Asesmen psikososial",
    "administration": "Instrumen skrining",
    "referral": "Rujukan",
    "attachment": "Berkas terlampir",
}


def record_label(kind: str, day: datetime.date | None, detail: str = "") -> str:
    """How a withheld record is named everywhere ("Instrumen skrining PHQ-9 3 Maret 2026")."""
    base = WITHHOLDABLE_RECORDS.get(kind, kind) + (f" {detail}" if detail else "")
    if isinstance(day, datetime.datetime):
        day = day.date()
    return f"{base} {format_date_id(day)}" if day is not None else base


LEGAL_BASIS: Final = "Pasal 33 UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"


def omission_statement(labels: list[str]) -> str:
    """The sentence a document prints when items were left out ("" when nothing was)."""
    if not labels:
        return ""
    return (
        "Data berikut tidak diungkapkan dalam dokumen ini berdasarkan "
        f"{LEGAL_BASIS}: {'; '.join(labels)}."
    )
