"""Referrals (rujukan): the status workflow, what a letter may disclose, partner types.

Workflow: draf -> diajukan (waiting for the head) -> ditandatangani (number assigned) ->
dikirim -> diterima mitra -> ditindaklanjuti -> selesai; a sent referral may instead end as
ditolak (the partner declined) or tidak datang (the family never arrived). A referral is
cancelled (batal) before it is sent or while it waits for the partner; a signed letter keeps
its number when cancelled.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class ReferralStatus(StrEnum):
    DRAF = "draf"
    DIAJUKAN = "diajukan"
    DITANDATANGANI = "ditandatangani"
    DIKIRIM = "dikirim"
    DITERIMA_MITRA = "diterima_mitra"
    DITINDAKLANJUTI = "ditindaklanjuti"
    SELESAI = "selesai"
    DITOLAK = "ditolak"
    TIDAK_DATANG = "tidak_datang"
    BATAL = "batal"


STATUS_LABELS_ID: Final[dict[ReferralStatus, str]] = {
    ReferralStatus.DRAF: "Draf",
    ReferralStatus.DIAJUKAN: "Diajukan",
    ReferralStatus.DITANDATANGANI: "Ditandatangani",
    ReferralStatus.DIKIRIM: "Dikirim",
    ReferralStatus.DITERIMA_MITRA: "Diterima mitra",
    ReferralStatus.DITINDAKLANJUTI: "Ditindaklanjuti",
    ReferralStatus.SELESAI: "Selesai",
    ReferralStatus.DITOLAK: "Ditolak",
    ReferralStatus.TIDAK_DATANG: "Tidak datang",
    ReferralStatus.BATAL: "Batal",
}

# The order lists and filters show statuses in.
STATUS_ORDER: Final[tuple[ReferralStatus, ...]] = tuple(ReferralStatus)

# Moves a person makes with "change status"; submitting and signing have their own calls.
_FOLLOW_UP_MOVES: Final[dict[ReferralStatus, tuple[ReferralStatus, ...]]] = {
    ReferralStatus.DITANDATANGANI: (ReferralStatus.DIKIRIM,),
    ReferralStatus.DIKIRIM: (
        ReferralStatus.DITERIMA_MITRA,
        ReferralStatus.DITOLAK,
        ReferralStatus.TIDAK_DATANG,
    ),
    ReferralStatus.DITERIMA_MITRA: (
        ReferralStatus.DITINDAKLANJUTI,
        ReferralStatus.SELESAI,
        ReferralStatus.DITOLAK,
        ReferralStatus.TIDAK_DATANG,
    ),
    ReferralStatus.DITINDAKLANJUTI: (ReferralStatus.SELESAI,),
}

EDITABLE: Final = frozenset({ReferralStatus.DRAF, ReferralStatus.DIAJUKAN})
CANCELLABLE: Final = frozenset(
    {
        ReferralStatus.DRAF,
        ReferralStatus.DIAJUKAN,
        ReferralStatus.DITANDATANGANI,
        ReferralStatus.DIKIRIM,
    }
)
CLOSED: Final = frozenset(
    {
        ReferralStatus.SELESAI,
        ReferralStatus.DITOLAK,
        ReferralStatus.TIDAK_DATANG,
        ReferralStatus.BATAL,
    }
)
# A signed letter is out in the world: these are followed up until they close.
FOLLOWED_UP: Final = frozenset(
    {
        ReferralStatus.DITANDATANGANI,
        ReferralStatus.DIKIRIM,
        ReferralStatus.DITERIMA_MITRA,
        ReferralStatus.DITINDAKLANJUTI,
    }
)
HAS_LETTER: Final = frozenset(
    {*FOLLOWED_UP, ReferralStatus.SELESAI, ReferralStatus.DITOLAK, ReferralStatus.TIDAK_DATANG}
)


def follow_up_moves(status: ReferralStatus) -> tuple[ReferralStatus, ...]:
    """Statuses a signed referral may move to next (the partner's side of the workflow)."""
    return _FOLLOW_UP_MOVES.get(status, ())


def can_follow_up(current: ReferralStatus, target: ReferralStatus) -> bool:
    return target in follow_up_moves(current)


# -- what the letter may disclose ------------------------------------------------------------

# Field codes stored in the consent record, in the order the letter lists them.
CONSENT_FIELDS: Final[dict[str, str]] = {
    "name": "Nama",
    "sex": "Jenis kelamin",
    "birth": "Tempat, tanggal lahir / umur",
    "nik": "NIK",
    "address": "Alamat",
    "phone": "Nomor telepon",
    "guardian": "Orang tua / wali",
    "family": "Situasi keluarga",
    "problem": "Ringkasan masalah",
    "assessment": "Ringkasan asesmen",
}
DEFAULT_CONSENTED: Final[tuple[str, ...]] = ("name", "sex", "birth", "address")


def clean_consented_fields(codes: object) -> tuple[str, ...]:
    """The known field codes among ``codes``, in letter order (ValueError on an unknown one)."""
    if not isinstance(codes, list | tuple | set | frozenset):
        raise ValueError("consented fields must be a collection of codes")
    unknown = sorted(str(c) for c in codes if c not in CONSENT_FIELDS)
    if unknown:
        raise ValueError(f"unknown consent field: {unknown[0]}")
    return tuple(code for code in CONSENT_FIELDS if code in codes)


# -- partner institutions --------------------------------------------------------------------

# The partner types an office starts with, in the order lists show them ("lainnya" last);
# an office renames, adds or retires types in ``partner_types``. Revision 0003 seeded the
# first sixteen; 0007 added the social-welfare workers and services (TKSK ... Sentra/Balai).
PARTNER_TYPES: Final[tuple[tuple[str, str], ...]] = (
    ("uptd_ppa", "UPTD PPA (d/h P2TP2A)"),
    ("puskesmas", "Puskesmas"),
    ("rsud", "RSUD"),
    ("rsj_psikiater", "RSJ / psikiater"),
    ("psikolog_klinis", "Psikolog klinis"),
    ("unit_ppa_polres", "Unit PPA Polres"),
    ("bantuan_hukum", "LBH / bantuan hukum"),
    ("bnn_ipwl", "BNN / IPWL"),
    ("pengadilan_agama", "Pengadilan Agama"),
    ("dukcapil", "Dinas Dukcapil"),
    ("dinas_sosial", "Dinas Sosial"),
    ("pendidikan", "Dinas Pendidikan / sekolah"),
    ("disnaker", "Disnaker"),
    ("baznas", "Baznas"),
    ("lks_panti", "LKS / panti"),
    ("tksk", "TKSK (Tenaga Kesejahteraan Sosial Kecamatan)"),
    ("pekerja_sosial", "Pekerja Sosial / Sakti Peksos"),
    ("psm", "PSM (Pekerja Sosial Masyarakat)"),
    ("pendamping_pkh", "Pendamping PKH"),
    ("puskesos_slrt", "Puskesos / SLRT"),
    ("kua_bp4", "KUA / BP4"),
    ("bapas", "Bapas (Balai Pemasyarakatan)"),
    ("puspaga", "PUSPAGA (Pusat Pembelajaran Keluarga)"),
    ("sentra_kemensos", "Sentra / Balai Kemensos"),
    ("lainnya", "Lainnya"),
)
OTHER_PARTNER_TYPE: Final = "lainnya"

LETTER_SUBJECT: Final = "Rujukan Klien"
# The "Hal" lines a letter offers; the form also takes one typed by hand.
LETTER_SUBJECTS: Final[tuple[str, ...]] = (
    LETTER_SUBJECT,
    "Permohonan Pendampingan Hukum",
    "Permohonan Layanan Kesehatan",
    "Permohonan Layanan Kesehatan Jiwa",
    "Permohonan Pemeriksaan Psikologis",
    "Permohonan Perlindungan",
    "Permohonan Rehabilitasi Sosial",
    "Permohonan Layanan Administrasi Kependudukan",
    "Permohonan Bantuan Sosial",
)
LETTER_SUBJECT_MAX = 120
