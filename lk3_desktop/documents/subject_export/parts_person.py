"""The parts of the export PDF about the person: identity, consents and cases."""

from __future__ import annotations

from xml.sax.saxutils import escape

from lk3_desktop.core.case_stages import CLOSING_OUTCOMES
from lk3_desktop.core.client_fields import label
from lk3_desktop.core.vocabulary import (
    CONSENT_GIVERS,
    FAMILY_RELATIONSHIPS,
    REFERRAL_SOURCES,
    SEXES,
    URGENCIES,
)
from lk3_desktop.documents.subject_export.blocks import Blocks
from lk3_desktop.documents.subject_export.labels import (
    _GOAL_LABELS,
    _STAGE_LABELS,
    _by,
    _date,
    _datetime,
    _label,
    _yes_no,
)


def identity(b: Blocks) -> None:
    c = b.doc["client"]
    b.section("Identitas")
    born = ""
    if c.get("birth_date"):
        born = ", ".join(p for p in (c.get("birth_place", ""), _date(c["birth_date"])) if p)
    elif c.get("estimated_age") is not None:
        born = f"\u00b1 {c['estimated_age']} tahun (perkiraan)"
        if c.get("estimated_on"):
            born += f", dicatat {_date(c['estimated_on'])}"
    guardian = ""
    if c.get("guardian_name"):
        relation = c.get("guardian_relationship") or ""
        guardian = c["guardian_name"] + (f" ({relation})" if relation else "")
        if c.get("guardian_phone"):
            guardian += f", telepon {c['guardian_phone']}"
    photo = None
    if "has_photo" in c:
        photo = "Ada (tidak dilampirkan)" if c["has_photo"] else "Tidak ada"
    b.pairs(
        [
            ("Nomor klien", str(c["id"])),
            (label("full_name"), c["full_name"]),
            (label("nickname"), c["nickname"]),
            (label("sex"), _label(SEXES, c["sex"])),
            ("Tempat, tanggal lahir", born),
            (label("nik"), c.get("nik")),
            (label("nik_override_reason"), c.get("nik_override_reason")),
            (label("kk_number"), c.get("kk_number")),
            (label("religion"), c["religion"]),
            (label("education"), c["education"]),
            (label("occupation"), c["occupation"]),
            (label("marital_status"), c["marital_status"]),
            (label("disability"), c["disability"]),
            (label("disability_kinds"), c.get("disability_kinds")),
            ("Telepon", c.get("phone")),
            ("Alamat", c.get("address")),
            ("Kode wilayah", c.get("village_code") or c.get("regency_code")),
            (label("language"), c["language"]),
            ("Orang tua / wali", guardian),
            ("Foto", photo),
            (
                "Kategori PPKS (d/h PMKS)",
                "; ".join(f"{p['code']} {p['name']}" for p in c["pmks"]),
            ),
            ("Terdaftar", _by(c["registered_by"], _datetime(c["registered_at"]))),
            ("Terakhir diubah", _datetime(c["updated_at"])),
            ("Dianonimkan", _datetime(c["anonymised_at"])),
        ]
    )
    families = b.doc.get("families")
    if families:
        b.subsection("Keanggotaan keluarga")
        b.grid(
            ["Nomor keluarga", "Hubungan dalam keluarga", "Tinggal serumah"],
            [
                [
                    str(f["family_id"]),
                    _label(FAMILY_RELATIONSHIPS, f["relationship"]),
                    _yes_no(f["lives_together"]),
                ]
                for f in families
            ],
            [4, 7, 5],
        )
    if b.doc["merged_record_ids"]:
        b.pairs(
            [
                (
                    "Rekam ganda yang digabung",
                    ", ".join(str(i) for i in b.doc["merged_record_ids"]),
                )
            ]
        )


def consents(b: Blocks) -> None:
    b.section("Persetujuan")
    rows = b.doc["consents"]
    if not rows:
        b.none("Belum ada persetujuan tercatat.")
        return
    b.grid(
        ["Tanggal", "Diberikan oleh", "Lingkup", "Status"],
        [
            [
                _date(c["consent_date"]),
                ", ".join(
                    p for p in (_label(CONSENT_GIVERS, c["given_by"]), c["given_by_name"]) if p
                ),
                c["scope"],
                f"Ditarik {_date(c['withdrawn_on'])}" if c["withdrawn_on"] else "Berlaku",
            ]
            for c in rows
        ],
        [3.2, 4.2, 6.0, 2.8],
    )


def cases(b: Blocks) -> None:
    b.section("Kasus")
    cases = b.doc["cases"]
    if not cases:
        b.none("Belum ada kasus.")
        return
    goals = b.doc["case_goals"]
    for case in cases:
        b.subsection(f"Kasus {escape(case['registration_number'])}")
        b.pairs(
            [
                ("Tanggal penerimaan", _date(case["intake_date"])),
                ("Sumber rujukan", _label(REFERRAL_SOURCES, case["referral_source"])),
                ("Keterangan sumber", case["referral_source_detail"]),
                ("Urgensi", _label(URGENCIES, case["urgency"])),
                ("Tahap sekarang", _label(_STAGE_LABELS, case["stage"])),
                ("Konselor", case["counselor"]),
                ("Keluhan utama", case["presenting_problem"]),
                ("Area masalah", "; ".join(case["problem_areas"])),
                ("Ditutup", _date(case["closed_on"])),
                ("Hasil terminasi", _label(CLOSING_OUTCOMES, case["closing_code"])),
                ("Alasan terminasi", case["closing_reason"]),
            ]
        )
        if case["stage_history"]:
            b.caption("Riwayat tahap kasus")
            b.grid(
                ["Tanggal", "Tahap", "Oleh", "Catatan"],
                [
                    [
                        _date(h["changed_on"]),
                        _label(_STAGE_LABELS, h["to_stage"]),
                        h["changed_by"] or "",
                        h["note"],
                    ]
                    for h in case["stage_history"]
                ],
                [3.2, 3.8, 3.6, 5.6],
            )
        if case["assignments"]:
            b.caption("Riwayat konselor")
            b.grid(
                ["Sejak", "Konselor", "Ditugaskan oleh", "Alasan"],
                [
                    [
                        _datetime(a["assigned_at"]),
                        a["counselor"] or "",
                        a["assigned_by"] or "",
                        a["reason"],
                    ]
                    for a in case["assignments"]
                ],
                [4.2, 3.6, 3.6, 4.8],
            )
        own_goals = [g for g in goals if g["case_id"] == case["id"]]
        if own_goals:
            b.caption("Rencana intervensi")
            b.grid(
                ["Tujuan", "Target", "Status", "Tinjauan dalam sesi"],
                [
                    [
                        g["description"],
                        _date(g["target_date"]),
                        _label(_GOAL_LABELS, g["status"]),
                        "\n".join(
                            f"{_date(r['session_date'])}: {_label(_GOAL_LABELS, r['status'])}"
                            + (f" \u2013 {r['note']}" if r["note"] else "")
                            for r in g["reviews"]
                        ),
                    ]
                    for g in own_goals
                ],
                [5.4, 2.8, 2.6, 5.4],
            )
