"""The words the export PDF prints for codes (audit actions, stages, statuses, roles ...) and
how it writes dates, times and empty values.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.case_stages import STAGE_LABELS_ID
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.psychosocial import ASSESSMENT_KINDS, NEED_DOMAINS, RISK_LEVELS
from lk3_desktop.core.referrals import STATUS_LABELS_ID
from lk3_desktop.core.roles import ROLE_LABELS_ID
from lk3_desktop.core.session_notes import APPOINTMENT_STATUS_LABELS_ID, GOAL_STATUS_LABELS_ID

# What each audit action means, for a person reading their processing history.
ACTION_LABELS_ID: Final[dict[str, str]] = {
    "client.created": "Pendaftaran sebagai klien",
    "attachment.added": "Berkas dilampirkan",
    "attachment.viewed": "Berkas terlampir dibuka",
    "attachment.previewed": "Gambar kecil berkas terlampir ditampilkan",
    "attachment.copy_saved": "Salinan berkas terlampir disimpan",
    "attachment.printed": "Berkas terlampir dicetak",
    "attachment.removed": "Berkas terlampir dihapus",
    "client.updated": "Perubahan data klien",
    "client.viewed": "Data klien dibuka",
    "client.pmks_set": "Kategori PPKS diatur",
    "client.merged": "Penggabungan rekam ganda",
    "client.anonymised": "Data pribadi dianonimkan",
    "client.exported": "Ekspor data pribadi",
    "client.sessions_listed": "Daftar sesi dibuka",
    "consent.recorded": "Persetujuan dicatat",
    "consent.withdrawn": "Persetujuan ditarik",
    "withheld.marked": "Tanda jangan diungkap dipasang",
    "withheld.lifted": "Tanda jangan diungkap dicabut",
    "withheld.reasons_viewed": "Alasan tanda jangan diungkap dibaca",
    "family.created": "Data keluarga dibuat",
    "family.viewed": "Data keluarga dibuka",
    "family.member_added": "Dicatat sebagai anggota keluarga",
    "family.member_updated": "Data keanggotaan keluarga diubah",
    "family.member_removed": "Dihapus dari data keluarga",
    "case.opened": "Kasus dibuka (penerimaan)",
    "case.viewed": "Data kasus dibuka",
    "case.updated": "Data kasus diubah",
    "case.stage_changed": "Tahap kasus diubah",
    "case.reassigned": "Konselor kasus diganti",
    "case.summary_exported": "Ringkasan catatan kasus dicetak",
    "case.timeline_viewed": "Riwayat kasus dibuka",
    "case.sessions_listed": "Daftar sesi kasus dibuka",
    "case_plan.viewed": "Rencana intervensi dibuka",
    "case_plan.goal_added": "Tujuan rencana intervensi ditambahkan",
    "case_plan.goal_updated": "Tujuan rencana intervensi diubah",
    "case_plan.goal_moved": "Urutan tujuan diubah",
    "case_plan.goal_deleted": "Tujuan rencana intervensi dihapus",
    "session_note.created": "Catatan sesi dibuat",
    "session_note.updated": "Catatan sesi diubah",
    "session_note.viewed": "Catatan sesi dibuka",
    "session_note.signed": "Catatan sesi ditandatangani",
    "session_note.cosigned": "Catatan sesi ditandatangani kepala",
    "session_note.addendum_added": "Adendum catatan sesi ditambahkan",
    "session_note.deleted": "Draf catatan sesi dihapus",
    "session_note.draft_created": "Draf catatan sesi disimpan",
    "session_note.draft_viewed": "Draf catatan sesi dibuka",
    "session_note.draft_discarded": "Draf catatan sesi dibuang",
    "assessment.created": "Instrumen skrining dicatat",
    "assessment.updated": "Instrumen skrining diubah",
    "assessment.viewed": "Instrumen skrining dibuka",
    "assessment.signed": "Instrumen skrining ditandatangani",
    "assessment.printed": "Laporan instrumen dicetak",
    "assessment.addendum_added": "Adendum instrumen ditambahkan",
    "assessment.listed": "Daftar asesmen dibuka",
    "assessment.trend_viewed": "Grafik perkembangan skor dibuka",
    "assessment.deleted": "Draf instrumen skrining dihapus",
    "psychosocial.created": "Asesmen psikososial dibuat",
    "psychosocial.updated": "Asesmen psikososial diubah",
    "psychosocial.viewed": "Asesmen psikososial dibuka",
    "psychosocial.signed": "Asesmen psikososial ditandatangani",
    "psychosocial.addendum_added": "Adendum asesmen ditambahkan",
    "psychosocial.printed": "Asesmen psikososial dicetak",
    "client_safety_plan.created": "Rencana keselamatan klien dibuat",
    "client_safety_plan.updated": "Rencana keselamatan klien diubah",
    "client_safety_plan.viewed": "Rencana keselamatan klien dibuka",
    "client_safety_plan.signed": "Rencana keselamatan klien ditandatangani",
    "client_safety_plan.addendum_added": "Adendum rencana keselamatan ditambahkan",
    "client_safety_plan.printed": "Rencana keselamatan klien dicetak",
    "client_safety_plan.deleted": "Draf rencana keselamatan klien dihapus",
    "psychosocial.deleted": "Draf asesmen psikososial dihapus",
    "risk_flag.raised": "Tanda risiko dicatat",
    "risk_flag.resolved": "Tindakan atas tanda risiko dicatat",
    "risk_flag.withdrawn": "Tanda risiko dibatalkan",
    "risk_flag.viewed": "Tanda risiko dibuka",
    "referral.created": "Rujukan dibuat",
    "referral.updated": "Rujukan diubah",
    "referral.viewed": "Rujukan dibuka",
    "referral.submitted": "Rujukan diajukan",
    "referral.returned": "Rujukan dikembalikan ke draf",
    "referral.signed": "Surat rujukan ditandatangani",
    "referral.status_changed": "Status rujukan diubah",
    "referral.reply_recorded": "Balasan lembaga mitra dicatat",
    "referral.follow_up_set": "Tanggal tindak lanjut diatur",
    "referral.cancelled": "Rujukan dibatalkan",
    "referral.printed": "Surat rujukan dicetak",
    "referral.exported": "Surat rujukan disimpan ke berkas",
    "referral.enclosures_set": "Lampiran surat rujukan dipilih",
    "referral.package_saved": "Surat rujukan beserta lampirannya disimpan ke berkas",
    "referral.letter_viewed": "Surat rujukan dibuka",
    "session_note.printed": "Catatan sesi dicetak atau disimpan sebagai PDF",
    "referral.letter_previewed": "Surat rujukan dibaca sebelum ditandatangani",
    "referral.verified": "Keaslian surat rujukan diperiksa",
    "referral.verify_failed": "Pemeriksaan keaslian surat gagal",
    "appointment.booked": "Janji temu dibuat",
    "appointment.rescheduled": "Janji temu dijadwal ulang",
    "appointment.status_changed": "Status janji temu diubah",
}


_GOAL_LABELS: Final = {str(k): v for k, v in GOAL_STATUS_LABELS_ID.items()}


_APPOINTMENT_LABELS: Final = {str(k): v for k, v in APPOINTMENT_STATUS_LABELS_ID.items()}


_REFERRAL_LABELS: Final = {str(k): v for k, v in STATUS_LABELS_ID.items()}


_STAGE_LABELS: Final = {str(k): v for k, v in STAGE_LABELS_ID.items()}


_ROLE_LABELS: Final = {str(k): v for k, v in ROLE_LABELS_ID.items()}


_KINDS: Final = dict(ASSESSMENT_KINDS)


_NEEDS: Final = dict(NEED_DOMAINS)


_RISKS: Final = dict(RISK_LEVELS)


_RECORD_TYPES: Final = {
    "client": "Data klien",
    "family": "Keluarga",
    "case": "Kasus",
    "case_goal": "Rencana intervensi",
    "psychosocial_assessment": "Asesmen psikososial",
    "client_safety_plan": "Rencana keselamatan klien",
    "instrument_administration": "Instrumen skrining",
    "risk_flag": "Tanda risiko",
    "counseling_session": "Catatan sesi",
    "appointment": "Janji temu",
    "referral": "Rujukan",
    "referral_letter": "Surat rujukan",
    "attachment": "Berkas terlampir",
}


def _label(table: Mapping[str, str], code: Any) -> str:
    if code is None or code == "":
        return ""
    return table.get(str(code), str(code))


def _date(value: str | None) -> str:
    return format_date_id(datetime.date.fromisoformat(value)) if value else ""


def _datetime(value: str | None) -> str:
    """Local date and time of a stored ISO value; UTC audit times are shown in local time."""
    if not value:
        return ""
    moment = datetime.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return f"{format_date_id(moment.date())} {moment:%H.%M}"


def _text(value: Any) -> str:
    lines = [escape(" ".join(line.split())) for line in str(value or "").strip().splitlines()]
    return "<br/>".join(line for line in lines if line) or "-"


def _yes_no(value: Any) -> str:
    return "Ya" if value else "Tidak"


def _status(signed_at: str | None) -> str:
    return "Ditandatangani" if signed_at else "Draf (belum ditandatangani)"


def _by(name: str | None, when: str) -> str:
    return ", ".join(p for p in (name or "", when) if p)
