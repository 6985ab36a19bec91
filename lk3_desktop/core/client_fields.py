"""Every column of the client record, declared once: what it is and how each part of the app
treats it.

Anonymisation (services/anonymise.py), the data export (services/subject_export, JSON and
document), the case summary, the "jangan diungkap" groups (core/withholding.py) and the client
form's unsaved-changes check read this table; tests/db/test_personal_data.py fails when a
column of ``clients`` is missing here, or a personal column is kept by anonymisation without a
reason. To add a client field: the migration and the model column, then one line here (the
tests say what else is missing: the input dataclass, the form, the export schema).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final


class Erase(Enum):
    """What anonymisation does with a column."""

    KEEP = "keep"  # not personal data (ids, links, times of the record)
    KEEP_FOR_COUNTS = "keep_for_counts"  # personal, kept: reports count it, it names nobody
    BLANK = "blank"  # becomes "" (text columns)
    NULL = "null"  # becomes NULL
    PSEUDONYM = "pseudonym"  # replaced by a name that identifies nobody ("Anonim 12")
    AGE = "age"  # replaced by the age on the day of anonymisation (age statistics survive)
    STAMP = "stamp"  # set to the moment of anonymisation
    ROW_DELETED = "row_deleted"  # the whole row is deleted (unsaved drafts, the subject key)


@dataclass(frozen=True)
class ClientField:
    """One column of ``clients``.

    ``label``: how documents name it (Indonesian); ``group``: where the form shows it;
    ``withholding``: the "jangan diungkap" group (core/withholding.py) that leaves it out of
    exports and letters; ``erase``: what anonymisation does; ``export_key``: its key in the
    data export (None: not exported under its own name); ``personal``: personal data in the
    sense of UU PDP; ``in_form``: typed or chosen in the client form (and in ``ClientInput``);
    ``summary_row``: a row of its own in the case summary and the export document.
    """

    column: str
    label: str
    group: str
    erase: Erase
    personal: bool = True
    withholding: str | None = None
    export_key: str | None = None
    in_form: bool = True
    summary_row: bool = False


_SAME = "="  # export_key: the column's own name


def _f(
    column: str,
    label: str,
    group: str,
    erase: Erase,
    *,
    personal: bool = True,
    withholding: str | None = None,
    export_key: str | None = _SAME,
    in_form: bool = True,
    summary_row: bool = False,
) -> ClientField:
    key = column if export_key == _SAME else export_key
    return ClientField(
        column, label, group, erase, personal, withholding, key, in_form, summary_row
    )


CLIENT_FIELDS: Final[tuple[ClientField, ...]] = (
    _f("id", "Nomor klien", "record", Erase.KEEP, personal=False, in_form=False),
    _f("full_name", "Nama lengkap", "identity", Erase.PSEUDONYM),
    _f("nickname", "Nama panggilan", "identity", Erase.BLANK),
    _f("sex", "Jenis kelamin", "identity", Erase.KEEP_FOR_COUNTS),
    _f("birth_place", "Tempat lahir", "identity", Erase.BLANK, withholding="birth"),
    _f("birth_date", "Tanggal lahir", "identity", Erase.NULL, withholding="birth"),
    _f("estimated_age", "Umur (perkiraan)", "identity", Erase.AGE, withholding="birth"),
    _f(
        "estimated_on",
        "Tanggal perkiraan umur",
        "identity",
        Erase.AGE,
        withholding="birth",
        in_form=False,
    ),
    _f("nik", "NIK", "identity", Erase.NULL, withholding="nik", summary_row=True),
    _f(
        "nik_override_reason",
        "Keterangan NIK",
        "identity",
        Erase.NULL,
        withholding="nik",
        in_form=False,
    ),
    _f("kk_number", "Nomor KK", "identity", Erase.NULL, withholding="kk", summary_row=True),
    _f("religion", "Agama", "social", Erase.BLANK, summary_row=True),
    _f("education", "Pendidikan", "social", Erase.KEEP_FOR_COUNTS, summary_row=True),
    _f("occupation", "Pekerjaan", "social", Erase.BLANK, summary_row=True),
    _f("marital_status", "Status perkawinan", "social", Erase.KEEP_FOR_COUNTS, summary_row=True),
    # The person's own words about a disability can name them: erased like other free text;
    # the coded kinds below are what reports count.
    _f("disability", "Disabilitas", "social", Erase.BLANK, summary_row=True),
    _f("disability_kinds", "Ragam disabilitas", "social", Erase.KEEP_FOR_COUNTS),
    _f("phone", "Telepon", "contact", Erase.NULL, withholding="phone"),
    _f("street", "Jalan", "address", Erase.BLANK, withholding="address"),
    _f("rt", "RT", "address", Erase.BLANK, withholding="address"),
    _f("rw", "RW", "address", Erase.BLANK, withholding="address"),
    _f("province_code", "Provinsi", "address", Erase.KEEP_FOR_COUNTS, withholding="address"),
    _f("regency_code", "Kabupaten/kota", "address", Erase.KEEP_FOR_COUNTS, withholding="address"),
    _f("district_code", "Kecamatan", "address", Erase.NULL, withholding="address"),
    _f("village_code", "Desa/kelurahan", "address", Erase.NULL, withholding="address"),
    _f("language", "Bahasa", "social", Erase.BLANK, summary_row=True),
    _f("photo", "Foto", "photo", Erase.NULL, withholding="photo", export_key=None),
    _f(
        "photo_mime", "Jenis berkas foto", "photo", Erase.NULL, withholding="photo", export_key=None
    ),
    _f("guardian_name", "Nama orang tua / wali", "guardian", Erase.BLANK, withholding="guardian"),
    _f(
        "guardian_relationship",
        "Hubungan orang tua / wali",
        "guardian",
        Erase.BLANK,
        withholding="guardian",
    ),
    _f(
        "guardian_phone", "Telepon orang tua / wali", "guardian", Erase.NULL, withholding="guardian"
    ),
    _f(
        "merged_into_id",
        "Digabung ke",
        "record",
        Erase.KEEP,
        personal=False,
        export_key=None,
        in_form=False,
    ),
    _f(
        "latest_case_id",
        "Kasus terbaru",
        "record",
        Erase.KEEP,
        personal=False,
        export_key=None,
        in_form=False,
    ),
    _f(
        "created_at",
        "Terdaftar",
        "record",
        Erase.KEEP,
        personal=False,
        export_key="registered_at",
        in_form=False,
    ),
    _f(
        "created_by",
        "Didaftarkan oleh",
        "record",
        Erase.KEEP,
        personal=False,
        export_key=None,
        in_form=False,
    ),
    _f("updated_at", "Terakhir diubah", "record", Erase.STAMP, personal=False, in_form=False),
    _f("version", "Versi", "record", Erase.KEEP, personal=False, export_key=None, in_form=False),
    _f("anonymised_at", "Dianonimkan", "record", Erase.STAMP, personal=False, in_form=False),
)

BY_COLUMN: Final[dict[str, ClientField]] = {f.column: f for f in CLIENT_FIELDS}


def label(column: str) -> str:
    """How documents name a client column ("Agama")."""
    return BY_COLUMN[column].label


def erased(how: Erase) -> tuple[str, ...]:
    """The client columns anonymisation treats ``how``."""
    return tuple(f.column for f in CLIENT_FIELDS if f.erase is how)


def withholding_columns() -> dict[str, tuple[str, ...]]:
    """Each "jangan diungkap" field group with the client columns it covers."""
    groups: dict[str, tuple[str, ...]] = {}
    for f in CLIENT_FIELDS:
        if f.withholding is not None:
            groups[f.withholding] = (*groups.get(f.withholding, ()), f.column)
    return groups


def form_columns() -> tuple[str, ...]:
    """The columns the client form edits (the fields of ``services.clients.ClientInput``)."""
    return tuple(f.column for f in CLIENT_FIELDS if f.in_form)
