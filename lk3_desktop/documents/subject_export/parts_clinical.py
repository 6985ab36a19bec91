"""The clinical parts of the export PDF: assessments (psychosocial assessments, screenings
and risk flags) and sessions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from lk3_desktop.core.session_notes import (
    ALL_SECTIONS,
    MODALITIES,
    SECTION_LABELS_ID,
    SERVICE_TYPES,
)
from lk3_desktop.documents.subject_export.blocks import Blocks
from lk3_desktop.documents.subject_export.labels import (
    _KINDS,
    _NEEDS,
    _RISKS,
    _STAGE_LABELS,
    _by,
    _date,
    _datetime,
    _label,
    _status,
    _yes_no,
)


def assessments(b: Blocks) -> None:
    b.section("Asesmen")
    d = b.doc
    if not (
        d["psychosocial_assessments"] or d["client_safety_plans"] or d["instrument_administrations"]
    ):
        b.none("Belum ada asesmen tercatat.")
    numbers = {c["id"]: c["registration_number"] for c in d["cases"]}
    for p in d["psychosocial_assessments"]:
        _psychosocial(b, p, numbers)
    for plan in d["client_safety_plans"]:
        _safety_plan(b, plan, numbers)
    for a in d["instrument_administrations"]:
        _administration(b, a, numbers)
    if d["risk_flags"]:
        _risk_flags(b, d["risk_flags"])


def _psychosocial(b: Blocks, p: Mapping[str, Any], numbers: Mapping[int, str]) -> None:
    b.subsection(
        f"{escape(_label(_KINDS, p['kind']) or 'Asesmen psikososial')} \u00b7 "
        f"{_date(p['assessed_on'])}"
    )
    b.pairs(
        [
            ("Kasus", numbers.get(p["case_id"], "")),
            ("Masalah yang disampaikan", p["presenting_problem"]),
            ("Riwayat", p["history"]),
            ("Relasi keluarga", p["family_relations"]),
            ("Catatan genogram", p["genogram_notes"]),
            ("Kekuatan", p["strengths"]),
            ("Faktor risiko", p["risk_factors"]),
            *[(f"Kebutuhan: {_label(_NEEDS, k)}", v) for k, v in p["needs"].items()],
            ("Kesimpulan", p["conclusion"]),
            ("Tingkat risiko", _label(_RISKS, p["risk_level"])),
            ("Dibuat", _by(p["created_by"], _datetime(p["created_at"]))),
            ("Status", _status(p["signed_at"])),
            ("Ditandatangani", _by(p["signed_by"], _datetime(p["signed_at"]))),
        ]
    )
    if p["safety_plan"]:
        b.caption("Rencana keselamatan")
        b.grid(
            ["Siapa", "Melakukan apa", "Kapan"],
            [[i["who"], i["action"], i["timing"]] for i in p["safety_plan"]],
            [4.4, 7.8, 4.0],
        )
    b.addenda(p["addenda"])


def _safety_plan(b: Blocks, p: Mapping[str, Any], numbers: Mapping[int, str]) -> None:
    from lk3_desktop.core.client_safety_plan import CONTACT_STEPS, STEP_LABELS_ID, STEPS

    b.subsection(f"Rencana keselamatan klien \u00b7 {_date(p['made_on'])}")
    b.pairs(
        [
            ("Kasus", numbers.get(p["case_id"], "")),
            ("Dibuat", _by(p["created_by"], _datetime(p["created_at"]))),
            ("Status", _status(p["signed_at"])),
            ("Ditandatangani", _by(p["signed_by"], _datetime(p["signed_at"]))),
        ]
    )
    for number, step in enumerate(STEPS, start=1):
        title = f"{number}. {STEP_LABELS_ID[step]}"
        if step in CONTACT_STEPS:
            if p[step]:
                b.caption(title)
                b.grid(
                    ["Nama", "Nomor telepon"],
                    [[c["name"], c["phone"]] for c in p[step]],
                    [11.0, 5.2],
                )
        elif step == "reasons":
            if p["reasons"]:
                b.pairs([(title, p["reasons"])])
        elif p[step]:
            b.pairs([(title, "\n".join(p[step]))])
    b.addenda(p["addenda"])


def _administration(b: Blocks, a: Mapping[str, Any], numbers: Mapping[int, str]) -> None:
    b.subsection(
        f"Instrumen skrining {escape(a['instrument_name'])} \u00b7 {_date(a['administered_on'])}"
    )
    answers = ", ".join(f"{n}: {'-' if v is None else v}" for n, v in enumerate(a["answers"], 1))
    subscales = "; ".join(
        f"{code}: {v['value']}" + (f" ({v['label']})" if v["label"] else "")
        for code, v in a["subscales"].items()
    )
    total = "" if a["total"] is None else str(a["total"])
    b.pairs(
        [
            ("Kasus", numbers.get(a["case_id"], "")),
            ("Instrumen", f"{a['instrument_code']} versi {a['instrument_version']}"),
            ("Jawaban (butir: nilai)", answers),
            ("Skor total", total + (" (diprorata)" if a["prorated"] else "")),
            ("Tingkat", a["severity_label"]),
            ("Subskala", subscales),
            ("Lengkap", _yes_no(a["complete"])),
            ("Catatan", a["note"]),
            ("Dibuat", _by(a["created_by"], _datetime(a["created_at"]))),
            ("Status", _status(a["signed_at"])),
            ("Ditandatangani", _by(a["signed_by"], _datetime(a["signed_at"]))),
        ]
    )
    b.addenda(a["addenda"])


def _risk_flags(b: Blocks, flags: Sequence[Mapping[str, Any]]) -> None:
    b.subsection("Tanda risiko")
    b.grid(
        ["Dicatat", "Sumber", "Keterangan", "Status", "Tindakan"],
        [
            [
                _datetime(f["raised_at"]),
                f["source"],
                f["label"],
                {"open": "Terbuka", "resolved": "Ditangani", "withdrawn": "Dibatalkan"}.get(
                    f["status"], f["status"]
                ),
                f["action_taken"],
            ]
            for f in flags
        ],
        [4.0, 2.2, 4.4, 2.0, 3.6],
    )


def sessions(b: Blocks) -> None:
    b.section("Catatan Sesi")
    sessions = b.doc["sessions"]
    if not sessions:
        b.none("Belum ada catatan sesi.")
        return
    numbers = {c["id"]: c["registration_number"] for c in b.doc["cases"]}
    for row in sessions:
        times = "\u2013".join(
            t.replace(":", ".") for t in (row["start_time"], row["end_time"]) if t
        )
        b.subsection(f"Sesi {_date(row['session_date'])}" + (f" \u00b7 {times}" if times else ""))
        if row["client_attended"] is None:
            presence = "Kehadiran tidak dicatat"
        else:
            presence = f"Klien hadir: {_yes_no(row['client_attended'])}"
        presence += f"; orang lain yang hadir: {row['others_present']}"
        order = {code: i for i, code in enumerate(ALL_SECTIONS)}
        sections = [
            (_label(SECTION_LABELS_ID, k), v)
            for k, v in sorted(row["sections"].items(), key=lambda kv: order.get(kv[0], 99))
            if v.strip()
        ]
        b.pairs(
            [
                ("Kasus", numbers.get(row["case_id"], "")),
                ("Modalitas", _label(MODALITIES, row["modality"])),
                ("Jenis layanan", _label(SERVICE_TYPES, row["service_type"])),
                ("Tahap kasus", _label(_STAGE_LABELS, row["case_stage"])),
                ("Kehadiran", presence),
                *sections,
                ("Intervensi", row["interventions"]),
                ("Tugas rumah / kesepakatan", row["homework"]),
                ("Rencana", row["plan"]),
                ("Pertemuan berikutnya", _datetime(row["next_appointment_at"])),
                ("Penulis", row["author"]),
                ("Status", _status(row["signed_at"])),
                ("Ditandatangani", _by(row["signed_by"], _datetime(row["signed_at"]))),
                (
                    "Ditandatangani kepala",
                    _by(row["cosigned_by"], _datetime(row["cosigned_at"])),
                ),
            ]
        )
        b.addenda(row["addenda"])
