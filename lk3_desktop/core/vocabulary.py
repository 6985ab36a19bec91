"""Fixed lists of the registry with stable codes and their Indonesian labels.

Codes are stored; labels are shown. Lists an office may extend (PMKS categories, problem
areas) are seeded from here into the database and edited there.
"""

from __future__ import annotations

# Permensos No. 08 Tahun 2012, the 26 PMKS (Penyandang Masalah Kesejahteraan Sosial) groups,
# in the regulation's order; codes PMKS-01..26 are stable. Kemensos now calls the groups PPKS
# (Pemerlu Pelayanan Kesejahteraan Sosial, Permensos No. 5 Tahun 2019); people and documents
# read "PPKS (d/h PMKS)" (PPKS_TERM) wherever the category is named.
# The head's title as the office is run: "Kepala" where the Dinas runs the LK3, "Ketua" where
# a community organisation does. One setting; letters, reports and the interface follow it.
HEAD_TITLES: dict[str, str] = {"kepala": "Kepala", "ketua": "Ketua"}
DEFAULT_HEAD_TITLE = "kepala"


def head_title(code: str) -> str:
    """ "Kepala" or "Ketua" for a stored title code (an unknown code reads as the default)."""
    return HEAD_TITLES.get(code, HEAD_TITLES[DEFAULT_HEAD_TITLE])


def office_name(center_name: str) -> str:
    """ "LK3 Demo Provinsi Banten" as a jabatan names the office (never "LK3 LK3 ...")."""
    name = center_name.strip()
    return name if name.upper().startswith("LK3") else f"LK3 {name}"


def head_position(code: str, center_name: str) -> str:
    """The head's jabatan: "Kepala LK3 Kabupaten Serang" (or "Ketua ...")."""
    return f"{head_title(code)} {office_name(center_name)}"


PPKS_TERM = "PPKS (d/h PMKS)"
# What every Indonesian document and screen calls the audit chain's newest hash (the "chain
# head"): one term a Dinas Sosial reader understands, the same everywhere.
CHAIN_HEAD_TERM = "Kode ujung rantai audit"
PPKS_RENAMED: dict[str, tuple[str, str]] = {
    # code: (name as first seeded, name Dinas Sosial forms use now)
    "PMKS-18": ("Korban Perdagangan Orang", "Korban Perdagangan Orang (Trafficking)"),
}

PMKS_CATEGORIES: tuple[str, ...] = (
    "Anak Balita Telantar",
    "Anak Telantar",
    "Anak yang Berhadapan dengan Hukum",
    "Anak Jalanan",
    "Anak dengan Kedisabilitasan",
    "Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah",
    "Anak yang Memerlukan Perlindungan Khusus",
    "Lanjut Usia Telantar",
    "Penyandang Disabilitas",
    "Tuna Susila",
    "Gelandangan",
    "Pengemis",
    "Pemulung",
    "Kelompok Minoritas",
    "Bekas Warga Binaan Lembaga Pemasyarakatan",
    "Orang dengan HIV/AIDS",
    "Korban Penyalahgunaan NAPZA",
    "Korban Perdagangan Orang (Trafficking)",
    "Korban Tindak Kekerasan",
    "Pekerja Migran Bermasalah Sosial",
    "Korban Bencana Alam",
    "Korban Bencana Sosial",
    "Perempuan Rawan Sosial Ekonomi",
    "Fakir Miskin",
    "Keluarga Bermasalah Sosial Psikologis",
    "Komunitas Adat Terpencil",
)


def pmks_code(index: int) -> str:
    """``PMKS-01`` for the first category (``index`` counts from 1)."""
    return f"PMKS-{index:02d}"


PROBLEM_AREAS: tuple[tuple[str, str], ...] = (
    ("konflik_suami_istri", "Konflik suami-istri"),
    ("kdrt", "Kekerasan dalam rumah tangga (KDRT)"),
    ("perceraian_hak_asuh", "Perceraian / hak asuh anak"),
    ("pengasuhan_anak", "Pengasuhan anak"),
    ("kenakalan_remaja", "Kenakalan remaja"),
    ("ekonomi_keluarga", "Ekonomi keluarga"),
    ("kesehatan_mental", "Kesehatan mental"),
    ("napza", "Penyalahgunaan NAPZA"),
    ("kekerasan_seksual", "Kekerasan seksual"),
    ("perundungan", "Perundungan (bullying)"),
    ("lansia", "Masalah lanjut usia dalam keluarga"),
    ("disabilitas", "Pengasuhan anggota keluarga dengan disabilitas"),
    ("pernikahan_anak", "Perkawinan anak"),
    ("komunikasi_keluarga", "Komunikasi orang tua-anak"),
)

SEXES: dict[str, str] = {"L": "Laki-laki", "P": "Perempuan"}

RELIGIONS: tuple[str, ...] = (
    "Islam",
    "Kristen",
    "Katolik",
    "Hindu",
    "Buddha",
    "Khonghucu",
    "Kepercayaan terhadap Tuhan YME",
)

EDUCATION_LEVELS: tuple[str, ...] = (
    "Tidak/belum sekolah",
    "SD/sederajat",
    "SMP/sederajat",
    "SMA/SMK/sederajat",
    "Diploma",
    "S1",
    "S2/S3",
)

MARITAL_STATUSES: tuple[str, ...] = ("Belum kawin", "Kawin", "Cerai hidup", "Cerai mati")

# Relationship to the head of family, as on the Kartu Keluarga.
FAMILY_RELATIONSHIPS: dict[str, str] = {
    "kepala_keluarga": "Kepala keluarga",
    "suami": "Suami",
    "istri": "Istri",
    "anak": "Anak",
    "menantu": "Menantu",
    "cucu": "Cucu",
    "orang_tua": "Orang tua",
    "mertua": "Mertua",
    "famili_lain": "Famili lain",
    "pembantu": "Pembantu",
    "lainnya": "Lainnya",
}

REFERRAL_SOURCES: dict[str, str] = {
    "datang_sendiri": "Datang sendiri",
    "rujukan_lembaga": "Rujukan lembaga",
    "penjangkauan": "Penjangkauan",
    "telepon_hotline": "Telepon / hotline",
}

URGENCIES: dict[str, str] = {
    "biasa": "Biasa",
    "segera": "Segera",
    "darurat": "Darurat",
}

CONSENT_GIVERS: dict[str, str] = {
    "klien": "Klien sendiri",
    "orang_tua": "Orang tua",
    "wali": "Wali",
}

ADULT_AGE = 18  # UU Perlindungan Anak: a child is under 18

# Kinds of disability (ragam penyandang disabilitas, UU No. 8 Tahun 2016 Pasal 4), sensory
# disability split as Dinas Sosial forms ask. A client with more than one kind has a
# "disabilitas ganda/multi"; the report counts each client once.
DISABILITY_KINDS: dict[str, str] = {
    "fisik": "Disabilitas fisik",
    "intelektual": "Disabilitas intelektual",
    "mental": "Disabilitas mental",
    "netra": "Disabilitas sensorik netra",
    "rungu": "Disabilitas sensorik rungu",
    "wicara": "Disabilitas sensorik wicara",
}


def clean_disability_kinds(codes: object) -> str:
    """The stored form of a client's disability kinds: known codes, sorted, comma-joined
    ("" for none). ValueError on an unknown code."""
    if isinstance(codes, str):
        codes = [c for c in codes.split(",") if c.strip()]
    if not isinstance(codes, list | tuple | set | frozenset):
        raise ValueError("disability kinds must be a collection of codes")
    cleaned = {str(c).strip() for c in codes}
    unknown = sorted(cleaned - set(DISABILITY_KINDS))
    if unknown:
        raise ValueError(f"unknown disability kind: {unknown[0]}")
    return ",".join(code for code in DISABILITY_KINDS if code in cleaned)
