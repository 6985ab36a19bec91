"""Counseling sessions, appointments and case plans: fixed lists with stable codes, the note
structures (DAP, SOAP, free text), and the digest that seals a signed note.

Codes are stored; the Indonesian labels here are for documents and demo data, the interface
translates its own labels.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

MODALITIES: dict[str, str] = {
    "tatap_muka": "Tatap muka di kantor",
    "kunjungan_rumah": "Kunjungan rumah",
    "telepon": "Telepon",
    "video": "Panggilan video",
}

# The LK3 services of Permensos No. 25 Tahun 2017, the types the Dinas Sosial report counts.
PERMENSOS_SERVICES: dict[str, str] = {
    "konsultasi": "Konsultasi",
    "konseling": "Konseling",
    "pendampingan": "Pendampingan",
    "penjangkauan": "Penjangkauan",
    "advokasi": "Advokasi",
    "psikoedukasi": "Pemberian informasi / psikoedukasi",
    "pemberdayaan": "Pemberdayaan",
    "rujukan": "Rujukan",
}

# What a session records: the Permensos types, counseling split by who takes part (mediation
# between family members is family counseling). Every code maps to one Permensos type.
SERVICE_TYPES: dict[str, str] = {
    "konsultasi": "Konsultasi",
    "konseling_individu": "Konseling individu",
    "konseling_keluarga": "Konseling keluarga",
    "konseling_kelompok": "Konseling kelompok",
    "mediasi": "Mediasi keluarga (konseling)",
    "pendampingan": "Pendampingan",
    "penjangkauan": "Penjangkauan",
    "advokasi": "Advokasi",
    "psikoedukasi": "Pemberian informasi / psikoedukasi",
    "pemberdayaan": "Pemberdayaan",
    "rujukan": "Rujukan",
}
_COUNSELING = frozenset(
    {"konseling_individu", "konseling_keluarga", "konseling_kelompok", "mediasi"}
)


def permensos_service(code: str) -> str:
    """The Permensos 25/2017 type a session's service code counts as ("konseling_keluarga"
    -> "konseling"); a code outside the lists comes back unchanged."""
    return "konseling" if code in _COUNSELING else code


class NoteFormat(StrEnum):
    DAP = "dap"  # Data, Asesmen, Rencana
    SOAP = "soap"  # Subjektif, Objektif, Asesmen, Rencana
    FREE = "bebas"


# The sections each structure asks for, in order; the plan (rencana) is a field of every
# note whatever its structure, so it is not listed here.
NOTE_SECTIONS: dict[NoteFormat, tuple[str, ...]] = {
    NoteFormat.DAP: ("data", "assessment"),
    NoteFormat.SOAP: ("subjective", "objective", "assessment"),
    NoteFormat.FREE: ("free",),
}
ALL_SECTIONS: tuple[str, ...] = ("data", "subjective", "objective", "assessment", "free")

SECTION_LABELS_ID: dict[str, str] = {
    "data": "Data",
    "subjective": "Subjektif",
    "objective": "Objektif",
    "assessment": "Asesmen",
    "free": "Catatan",
}


class AppointmentStatus(StrEnum):
    TERJADWAL = "terjadwal"
    SELESAI = "selesai"
    TIDAK_HADIR = "tidak_hadir"
    BATAL = "batal"


APPOINTMENT_STATUS_LABELS_ID: dict[AppointmentStatus, str] = {
    AppointmentStatus.TERJADWAL: "Terjadwal",
    AppointmentStatus.SELESAI: "Selesai",
    AppointmentStatus.TIDAK_HADIR: "Tidak hadir",
    AppointmentStatus.BATAL: "Batal",
}

# A cancelled appointment frees its time and room; every other status holds them.
BLOCKING_STATUSES = frozenset(
    {AppointmentStatus.TERJADWAL, AppointmentStatus.SELESAI, AppointmentStatus.TIDAK_HADIR}
)


class GoalStatus(StrEnum):
    BELUM_DIMULAI = "belum_dimulai"
    BERJALAN = "berjalan"
    TERCAPAI = "tercapai"
    TIDAK_TERCAPAI = "tidak_tercapai"
    DIBATALKAN = "dibatalkan"


GOAL_STATUS_LABELS_ID: dict[GoalStatus, str] = {
    GoalStatus.BELUM_DIMULAI: "Belum dimulai",
    GoalStatus.BERJALAN: "Berjalan",
    GoalStatus.TERCAPAI: "Tercapai",
    GoalStatus.TIDAK_TERCAPAI: "Tidak tercapai",
    GoalStatus.DIBATALKAN: "Dibatalkan",
}

DEFAULT_ROOMS: tuple[str, ...] = ("Ruang Konseling 1", "Ruang Konseling 2", "Ruang Keluarga")

UNSIGNED_DAYS_DEFAULT = 3


def note_digest(content: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of a note's content (kept with the signature, so a
    later change of the stored note can be detected)."""
    encoded = json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return hashlib.sha256(encoded.encode()).hexdigest()


def sections_for(note_format: NoteFormat, sections: Mapping[str, str]) -> dict[str, str]:
    """Only the sections ``note_format`` asks for, stripped at both ends (others dropped)."""
    return {name: sections.get(name, "").strip() for name in NOTE_SECTIONS[note_format]}


def convert_sections(
    target: NoteFormat, sections: Mapping[str, str], headings: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The note's text in the sections of ``target``, losing nothing.

    A section ``target`` also has keeps its text; text of any other section is appended to
    the first section of ``target``, under its heading (``headings``, default Indonesian).
    """
    names = headings or SECTION_LABELS_ID
    wanted = NOTE_SECTIONS[target]
    result = {name: sections.get(name, "").strip() for name in wanted}
    for name in ALL_SECTIONS:
        text = sections.get(name, "").strip()
        if name in wanted or not text:
            continue
        first = wanted[0]
        block = f"{names.get(name, name)}:\n{text}"
        result[first] = f"{result[first]}\n\n{block}" if result[first] else block
    return result
