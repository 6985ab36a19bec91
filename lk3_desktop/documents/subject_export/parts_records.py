"""The last parts of the export PDF: referrals, appointments and the processing history."""

from __future__ import annotations

from xml.sax.saxutils import escape

from lk3_desktop.core.referrals import CONSENT_FIELDS
from lk3_desktop.core.vocabulary import CONSENT_GIVERS, URGENCIES
from lk3_desktop.documents.subject_export.blocks import Blocks
from lk3_desktop.documents.subject_export.labels import (
    _APPOINTMENT_LABELS,
    _RECORD_TYPES,
    _REFERRAL_LABELS,
    _ROLE_LABELS,
    ACTION_LABELS_ID,
    _by,
    _date,
    _datetime,
    _label,
)


def referrals(b: Blocks) -> None:
    b.section("Rujukan")
    referrals = b.doc["referrals"]
    if not referrals:
        b.none("Belum ada rujukan.")
        return
    numbers = {c["id"]: c["registration_number"] for c in b.doc["cases"]}
    for r in referrals:
        b.subsection(f"Rujukan ke {escape(r['partner']['name'])}")
        letter = r["letter"]
        letter_text = ""
        if letter is not None:
            letter_text = (
                f"Nomor {letter['number']}, tanggal {_date(letter['letter_date'])}, "
                f"ditandatangani {letter['signed_by'] or '-'}; kode verifikasi "
                f"{letter['verification_code']}"
            )
            if letter["cancelled"]:
                letter_text += f"; DIBATALKAN {_datetime(letter['cancelled_at'])}"
        consents = "\n".join(
            f"{_date(c['given_on'])}: "
            + ", ".join(p for p in (_label(CONSENT_GIVERS, c["given_by"]), c["given_by_name"]) if p)
            + " \u2013 "
            + "; ".join(_label(CONSENT_FIELDS, f) for f in c["fields"])
            for c in r["consents"]
        )
        b.pairs(
            [
                ("Kasus", numbers.get(r["case_id"], "")),
                ("Lembaga mitra", f"{r['partner']['name']} ({r['partner']['type']})"),
                ("Status", _label(_REFERRAL_LABELS, r["status"])),
                ("Urgensi", _label(URGENCIES, r["urgency"])),
                ("Alasan rujukan", r["reason"]),
                ("Layanan yang diminta", r["services_requested"]),
                ("Ringkasan keluarga", r.get("family_summary")),
                ("Ringkasan masalah", r["problem_summary"]),
                ("Ringkasan asesmen", r["assessment_summary"]),
                ("Data yang disetujui dibagikan", consents),
                ("Lampiran", "\n".join(r["attachments"])),
                ("Tembusan", "\n".join(r["copies_to"])),
                ("Surat rujukan", letter_text),
                ("Tindak lanjut", _date(r["follow_up_on"])),
                (
                    "Balasan mitra",
                    ", ".join(p for p in (_date(r["reply_on"]), r["reply_text"]) if p),
                ),
                ("Dibuat", _by(r["drafted_by"], _datetime(r["created_at"]))),
            ]
        )
        if r["status_history"]:
            b.caption("Riwayat status rujukan")
            b.grid(
                ["Tanggal", "Status", "Oleh", "Catatan"],
                [
                    [
                        _date(h["changed_on"]),
                        _label(_REFERRAL_LABELS, h["to_status"]),
                        h["changed_by"] or "",
                        h["note"],
                    ]
                    for h in r["status_history"]
                ],
                [3.2, 3.6, 3.8, 5.6],
            )


def appointments(b: Blocks) -> None:
    b.section("Janji Temu")
    rows = b.doc["appointments"]
    if not rows:
        b.none("Belum ada janji temu.")
        return
    b.grid(
        ["Waktu", "Konselor", "Ruang", "Status", "Catatan"],
        [
            [
                f"{_datetime(a['starts_at'])}\u2013{_datetime(a['ends_at'])[-5:]}",
                a["counselor"] or "",
                a["room"] or "",
                _label(_APPOINTMENT_LABELS, a["status"]),
                a["note"],
            ]
            for a in rows
        ],
        [4.2, 3.6, 2.8, 2.2, 3.4],
    )


def attached_documents(b: Blocks) -> None:
    b.section("Berkas Terlampir")
    rows = b.doc["attached_documents"]
    if not rows:
        b.none("Tidak ada berkas terlampir.")
        return
    b.para(
        "Salinan setiap berkas disimpan di folder yang disebut di bawah, bersama dokumen ini. "
        "Kode SHA-256 memastikan salinan itu sama dengan berkas yang kami simpan.",
        b.muted,
    )
    b.grid(
        ["Jenis", "Tanggal", "Berkas", "SHA-256 (awal)"],
        [
            [
                a["kind_label"],
                _date(a["document_date"]) if a["document_date"] else "",
                a["file"],
                a["sha256"][:16],
            ]
            for a in rows
        ],
        [3.8, 2.6, 6.4, 3.4],
    )


def history(b: Blocks) -> None:
    b.section("Riwayat Pemrosesan")
    b.para(
        "Setiap kali data Saudara dibuat, dibuka, diubah, dicetak atau diekspor, sistem "
        "mencatatnya. Berikut catatan tersebut (waktu setempat) dengan jabatan petugas "
        "yang melakukannya.",
        b.muted,
    )
    rows = b.doc["processing_history"]
    if not rows:
        b.none("Belum ada catatan pemrosesan.")
        return
    b.grid(
        ["Waktu", "Kegiatan", "Data", "Oleh (jabatan)"],
        [
            [
                _datetime(h["at"]),
                ACTION_LABELS_ID.get(h["action"], h["action"]),
                _label(_RECORD_TYPES, h["record_type"])
                + (f" #{h['record_id']}" if h["record_id"] is not None else ""),
                _label(_ROLE_LABELS, h["actor_role"]) or "Sistem",
            ]
            for h in rows
        ],
        [4.2, 5.6, 3.6, 2.8],
    )
