"""The fields a client register can be imported into, and the headers offices give them.

An office's "buku register" is a spreadsheet whose headers say ``Nama``, ``NIK``, ``No KK``,
``Tgl Lahir``, ``L/P``, ``Alamat``, ``RT/RW``, ``Desa/Kelurahan``, ``Kecamatan``, ``No HP``,
``Permasalahan``, ``Tanggal Datang``, ``Konselor`` ... in many spellings. :func:`suggest_fields`
proposes a field for each header; the person confirms or changes it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # Indonesian, as the wizard and the error workbook name it
    headers: tuple[str, ...]  # header spellings, normalised (see normal_header)


FIELDS: tuple[ImportField, ...] = (
    ImportField(
        "full_name",
        "Nama lengkap",
        ("nama", "nama lengkap", "nama klien", "nama konseli", "nama pemohon", "nama pelapor"),
    ),
    ImportField("nickname", "Nama panggilan", ("nama panggilan", "panggilan", "alias")),
    ImportField(
        "nik",
        "NIK",
        (
            "nik",
            "no nik",
            "nomor nik",
            "nik ktp",
            "no ktp",
            "nomor ktp",
            "nomor induk kependudukan",
        ),
    ),
    ImportField(
        "kk_number",
        "Nomor KK",
        ("no kk", "nomor kk", "kk", "no kartu keluarga", "nomor kartu keluarga"),
    ),
    ImportField("birth_place", "Tempat lahir", ("tempat lahir", "tmp lahir", "tpt lahir")),
    ImportField(
        "birth_date",
        "Tanggal lahir",
        ("tgl lahir", "tanggal lahir", "tgl lhr", "tanggal lhr", "tgl lahir dd mm yyyy"),
    ),
    ImportField(
        "birth_place_date",
        "Tempat, tanggal lahir",
        ("ttl", "tempat tgl lahir", "tempat tanggal lahir", "tempat tgl lhr", "tmp tgl lahir"),
    ),
    ImportField("age", "Umur (tahun)", ("umur", "usia", "umur th", "umur tahun", "usia tahun")),
    ImportField(
        "sex",
        "Jenis kelamin",
        ("jenis kelamin", "jk", "l p", "kelamin", "jns kelamin", "gender", "sex"),
    ),
    ImportField("religion", "Agama", ("agama",)),
    ImportField("education", "Pendidikan", ("pendidikan", "pendidikan terakhir")),
    ImportField("occupation", "Pekerjaan", ("pekerjaan", "pekerjaan klien")),
    ImportField(
        "marital_status",
        "Status perkawinan",
        ("status perkawinan", "status kawin", "status pernikahan", "perkawinan"),
    ),
    ImportField(
        "phone",
        "Nomor HP",
        (
            "no hp",
            "nomor hp",
            "hp",
            "no hp wa",
            "no wa",
            "no telp",
            "no telepon",
            "nomor telepon",
            "telepon",
            "telp",
            "kontak",
        ),
    ),
    ImportField("street", "Alamat (jalan, dusun)", ("alamat", "alamat lengkap", "jalan", "dusun")),
    ImportField("rt_rw", "RT/RW", ("rt rw",)),
    ImportField("rt", "RT", ("rt",)),
    ImportField("rw", "RW", ("rw",)),
    ImportField(
        "village", "Desa/Kelurahan", ("desa kelurahan", "desa", "kelurahan", "desa kel", "kel desa")
    ),
    ImportField("district", "Kecamatan", ("kecamatan", "kec")),
    ImportField(
        "regency", "Kabupaten/Kota", ("kabupaten kota", "kab kota", "kabupaten", "kota", "kab")
    ),
    ImportField("province", "Provinsi", ("provinsi", "prov")),
    ImportField(
        "guardian_name",
        "Nama orang tua/wali",
        ("nama orang tua", "nama ortu", "orang tua wali", "nama orang tua wali", "nama wali"),
    ),
    ImportField(
        "guardian_relationship",
        "Hubungan wali",
        ("hubungan wali", "hubungan dengan klien", "hubungan"),
    ),
    ImportField(
        "guardian_phone",
        "Nomor HP orang tua/wali",
        ("no hp orang tua", "no hp ortu", "no hp wali", "telepon wali", "telepon orang tua"),
    ),
    ImportField(
        "problem",
        "Permasalahan",
        (
            "permasalahan",
            "masalah",
            "jenis masalah",
            "pokok masalah",
            "jenis permasalahan",
            "kasus",
            "jenis kasus",
            "keluhan",
        ),
    ),
    ImportField(
        "intake_date",
        "Tanggal datang",
        (
            "tanggal datang",
            "tgl datang",
            "tanggal masuk",
            "tgl masuk",
            "tanggal kunjungan",
            "tgl kunjungan",
            "tanggal registrasi",
            "tgl registrasi",
            "tanggal konsultasi",
            "tgl konsultasi",
            "tanggal",
            "tgl",
        ),
    ),
    ImportField(
        "counselor",
        "Konselor",
        ("konselor", "nama konselor", "konselor pendamping", "petugas", "pendamping"),
    ),
    ImportField(
        "referral_source",
        "Sumber rujukan",
        ("sumber rujukan", "asal rujukan", "rujukan dari", "sumber", "cara datang"),
    ),
    # The two columns of the error workbook the office fills before importing it again.
    ImportField(
        "nik_reason", "Alasan NIK tetap disimpan", ("alasan nik tetap disimpan", "alasan nik")
    ),
    ImportField(
        "not_duplicate",
        "Bukan orang yang sama (isi YA)",
        ("bukan orang yang sama isi ya", "bukan orang yang sama", "bukan duplikat"),
    ),
)
FIELD_KEYS: frozenset[str] = frozenset(f.key for f in FIELDS)
FIELD_LABELS: dict[str, str] = {f.key: f.label for f in FIELDS}
IGNORED = ""  # a column not imported

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def normal_header(text: str) -> str:
    """``"Tgl. Lahir"`` -> ``"tgl lahir"``; ``"Desa/Kel."`` -> ``"desa kel"``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_WORD.sub(" ", plain.lower()).split())


_BY_HEADER: dict[str, str] = {h: f.key for f in FIELDS for h in f.headers}
# The field's own label too: the error workbook's headers, imported again, map back exactly.
_BY_HEADER.update({normal_header(f.label): f.key for f in FIELDS})


def suggest_field(header: str) -> str:
    """The field a header most likely means, or IGNORED: an exact spelling first, else the
    longest known spelling the header contains as whole words (``"Tgl Lahir (dd/mm/yyyy)"``)."""
    text = normal_header(header)
    if not text:
        return IGNORED
    if text in _BY_HEADER:
        return _BY_HEADER[text]
    padded = f" {text} "
    best = ""
    for spelling in _BY_HEADER:
        if len(spelling) > len(best) and f" {spelling} " in padded:
            best = spelling
    return _BY_HEADER[best] if best else IGNORED


def suggest_fields(headers: list[str]) -> list[str]:
    """One suggestion per header; a field goes to the first header that suggests it."""
    taken: set[str] = set()
    result: list[str] = []
    for header in headers:
        key = suggest_field(header)
        if key and key in taken:
            key = IGNORED
        taken.add(key)
        result.append(key)
    return result
