"""The data-subject export as an A4 PDF: "Data Pribadi yang Kami Simpan".

Rendered from the very dictionary the JSON export writes (services/subject_export/_collect.collect,
schema ``lk3-subject-export/1``), so the person reads exactly what another system receives,
in formal Indonesian with codes turned into words. When items were withheld ("jangan
diungkap"), the omission statement stands in a box near the top. Every page is marked
RAHASIA and numbered "Halaman X dari Y"; long texts wrap inside their table cells.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.case_stages import STAGE_LABELS_ID
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.psychosocial import ASSESSMENT_KINDS, NEED_DOMAINS, RISK_LEVELS
from lk3_desktop.core.referrals import CONSENT_FIELDS, STATUS_LABELS_ID
from lk3_desktop.core.roles import ROLE_LABELS_ID
from lk3_desktop.core.session_notes import (
    ALL_SECTIONS,
    APPOINTMENT_STATUS_LABELS_ID,
    GOAL_STATUS_LABELS_ID,
    MODALITIES,
    SECTION_LABELS_ID,
    SERVICE_TYPES,
)
from lk3_desktop.core.vocabulary import (
    CONSENT_GIVERS,
    FAMILY_RELATIONSHIPS,
    REFERRAL_SOURCES,
    SEXES,
    URGENCIES,
)
from lk3_desktop.documents.a4 import a4_document, build_with_page_count
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.page_marks import draw_confidential_stamp

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = ["ACTION_LABELS_ID", "render_subject_export"]

_CM: Final = 72.0 / 2.54
_MARGIN: Final = 2.2 * _CM
_FRAME_PADDING: Final = 6.0
_INK: Final = "#111111"
_MUTED: Final = "#4A4A4A"
_RULE: Final = "#9AA5B1"
_HEAD_FILL: Final = "#EEF1F4"
_NOTICE_FILL: Final = "#FFF6E5"
_NOTICE_RULE: Final = "#B7791F"

# What each audit action means, for a person reading their processing history.
ACTION_LABELS_ID: Final[dict[str, str]] = {
    "client.created": "Pendaftaran sebagai klien",
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
    "referral.letter_viewed": "Surat rujukan dibuka",
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
    "instrument_administration": "Instrumen skrining",
    "risk_flag": "Tanda risiko",
    "counseling_session": "Catatan sesi",
    "appointment": "Janji temu",
    "referral": "Rujukan",
    "referral_letter": "Surat rujukan",
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


class _Builder:
    def __init__(self, doc: Mapping[str, Any], fonts: FontNames, width: float) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle

        self.doc, self.fonts, self.width = doc, fonts, width
        ink = HexColor(_INK)
        self.body = ParagraphStyle(
            "body", fontName=fonts.regular, fontSize=9.5, leading=12.5, textColor=ink
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11)
        self.small_bold = ParagraphStyle("small_bold", parent=self.small, fontName=fonts.bold)
        self.caption_style = ParagraphStyle(
            "caption", parent=self.small_bold, spaceBefore=6, spaceAfter=2
        )
        self.muted = ParagraphStyle("muted", parent=self.body, textColor=HexColor(_MUTED))
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            fontName=fonts.bold,
            fontSize=15,
            leading=19,
            alignment=TA_CENTER,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.body, fontSize=10.5, leading=14, alignment=TA_CENTER
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=fonts.bold,
            fontSize=12,
            leading=15,
            spaceBefore=14,
            spaceAfter=6,
        )
        self.subheading = ParagraphStyle(
            "subheading",
            parent=self.body,
            fontName=fonts.bold,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.story: list[Any] = []

    # -- building blocks ---------------------------------------------------------------

    def para(self, text: str, style: Any = None) -> None:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(text, style or self.body))

    def section(self, name: str) -> None:
        from reportlab.platypus import CondPageBreak

        # A heading never stands alone at the foot of a page.
        self.story.append(CondPageBreak(3 * _CM))
        self.para(escape(name), self.heading)

    def subsection(self, name: str) -> None:
        from reportlab.platypus import CondPageBreak

        self.story.append(CondPageBreak(2.5 * _CM))
        self.para(name, self.subheading)

    def caption(self, text: str) -> None:
        from reportlab.platypus import CondPageBreak

        # A table's caption stays with at least its first rows.
        self.story.append(CondPageBreak(2.2 * _CM))
        self.para(escape(text), self.caption_style)

    def none(self, text: str) -> None:
        self.para(escape(text), self.muted)

    def pairs(self, rows: Sequence[tuple[str, Any]], *, keep_empty: bool = False) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Table, TableStyle

        shown = [(k, v) for k, v in rows if keep_empty or (v not in (None, "", [], {}))]
        if not shown:
            return
        label_w = 4.4 * _CM
        table = Table(
            [[Paragraph(escape(k), self.muted), Paragraph(_text(v), self.body)] for k, v in shown],
            colWidths=[label_w, self.width - label_w],
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.3, HexColor(_RULE)),
                ]
            )
        )
        self.story.append(table)

    def grid(self, headers: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        scale = self.width / sum(widths)
        table = Table(
            [[Paragraph(escape(h), self.small_bold) for h in headers]]
            + [[Paragraph(_text(cell), self.small) for cell in row] for row in rows],
            colWidths=[w * scale for w in widths],
            hAlign="LEFT",
            repeatRows=1,
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor(_HEAD_FILL)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(_RULE)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        self.story.append(table)
        self.story.append(Spacer(1, 4))

    def addenda(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            self.caption("Adendum")
            self.grid(
                ["Ditulis", "Oleh", "Isi"],
                [[_datetime(a["written_at"]), a["written_by"] or "", a["text"]] for a in rows],
                [4.0, 3.4, 8.8],
            )

    def notice(self, statement: str) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        # The statement already names every label; the internal reason is never shown.
        box = Table(
            [
                [Paragraph("<b>Sebagian data tidak diungkapkan</b>", self.body)],
                [Paragraph(escape(statement), self.body)],
            ],
            colWidths=[self.width],
            hAlign="LEFT",
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.0, HexColor(_NOTICE_RULE)),
                    ("BACKGROUND", (0, 0), (-1, -1), HexColor(_NOTICE_FILL)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        self.story.extend([Spacer(1, 6), box])

    # -- the document ------------------------------------------------------------------

    def build(self) -> list[Any]:
        from reportlab.platypus import Spacer

        d = self.doc
        client = d["client"]
        self.para("Data Pribadi yang Kami Simpan", self.title)
        self.para(escape(d["center"]["name"]), self.subtitle)
        self.story.append(Spacer(1, 8))
        generated = datetime.datetime.fromisoformat(d["generated_at"])
        maker = d["generated_by"]
        by = ""
        if maker["name"]:
            role = _label(_ROLE_LABELS, maker["role"])
            by = f" oleh {escape(maker['name'])}" + (f" ({escape(role)})" if role else "")
        self.para(
            f"Dokumen ini memuat seluruh data pribadi atas nama <b>{escape(client['full_name'])}"
            f"</b> yang disimpan oleh {escape(d['center']['name'])}, disusun pada "
            f"{format_date_id(generated.date())}{by} atas permintaan subjek data sesuai "
            "Undang-Undang "
            "Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Data orang lain (misalnya "
            "anggota keluarga atau peserta sesi lain) tidak dimuat; nama dan nomor mereka dalam "
            "catatan ditulis sebagai [orang lain]."
        )
        if d["withheld"]:
            self.notice(d["withheld_statement"])
        self._identity()
        self._consents()
        self._cases()
        self._assessments()
        self._sessions()
        self._referrals()
        self._appointments()
        self._history()
        return self.story

    def _identity(self) -> None:
        c = self.doc["client"]
        self.section("Identitas")
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
        self.pairs(
            [
                ("Nomor klien", str(c["id"])),
                ("Nama lengkap", c["full_name"]),
                ("Nama panggilan", c["nickname"]),
                ("Jenis kelamin", _label(SEXES, c["sex"])),
                ("Tempat, tanggal lahir", born),
                ("NIK", c.get("nik")),
                ("Keterangan NIK", c.get("nik_override_reason")),
                ("Nomor KK", c.get("kk_number")),
                ("Agama", c["religion"]),
                ("Pendidikan", c["education"]),
                ("Pekerjaan", c["occupation"]),
                ("Status perkawinan", c["marital_status"]),
                ("Disabilitas", c["disability"]),
                ("Telepon", c.get("phone")),
                ("Alamat", c.get("address")),
                ("Kode wilayah", c.get("village_code") or c.get("regency_code")),
                ("Bahasa", c["language"]),
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
        families = self.doc.get("families")
        if families:
            self.subsection("Keanggotaan keluarga")
            self.grid(
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
        if self.doc["merged_record_ids"]:
            self.pairs(
                [
                    (
                        "Rekam ganda yang digabung",
                        ", ".join(str(i) for i in self.doc["merged_record_ids"]),
                    )
                ]
            )

    def _consents(self) -> None:
        self.section("Persetujuan")
        rows = self.doc["consents"]
        if not rows:
            self.none("Belum ada persetujuan tercatat.")
            return
        self.grid(
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

    def _cases(self) -> None:
        self.section("Kasus")
        cases = self.doc["cases"]
        if not cases:
            self.none("Belum ada kasus.")
            return
        goals = self.doc["case_goals"]
        for case in cases:
            self.subsection(f"Kasus {escape(case['registration_number'])}")
            self.pairs(
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
                    ("Alasan terminasi", case["closing_reason"]),
                ]
            )
            if case["stage_history"]:
                self.caption("Riwayat tahap kasus")
                self.grid(
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
                self.caption("Riwayat konselor")
                self.grid(
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
                self.caption("Rencana intervensi")
                self.grid(
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

    def _assessments(self) -> None:
        self.section("Asesmen")
        d = self.doc
        if not (d["psychosocial_assessments"] or d["instrument_administrations"]):
            self.none("Belum ada asesmen tercatat.")
        numbers = {c["id"]: c["registration_number"] for c in d["cases"]}
        for p in d["psychosocial_assessments"]:
            self.subsection(
                f"{escape(_label(_KINDS, p['kind']) or 'Asesmen psikososial')} \u00b7 "
                f"{_date(p['assessed_on'])}"
            )
            self.pairs(
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
                self.caption("Rencana keselamatan")
                self.grid(
                    ["Siapa", "Melakukan apa", "Kapan"],
                    [[i["who"], i["action"], i["timing"]] for i in p["safety_plan"]],
                    [4.4, 7.8, 4.0],
                )
            self.addenda(p["addenda"])
        for a in d["instrument_administrations"]:
            self.subsection(
                f"Instrumen skrining {escape(a['instrument_name'])} \u00b7 "
                f"{_date(a['administered_on'])}"
            )
            answers = ", ".join(
                f"{n}: {'-' if v is None else v}" for n, v in enumerate(a["answers"], 1)
            )
            subscales = "; ".join(
                f"{code}: {v['value']}" + (f" ({v['label']})" if v["label"] else "")
                for code, v in a["subscales"].items()
            )
            total = "" if a["total"] is None else str(a["total"])
            self.pairs(
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
            self.addenda(a["addenda"])
        if d["risk_flags"]:
            self.subsection("Tanda risiko")
            self.grid(
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
                    for f in d["risk_flags"]
                ],
                [4.0, 2.2, 4.4, 2.0, 3.6],
            )

    def _sessions(self) -> None:
        self.section("Catatan Sesi")
        sessions = self.doc["sessions"]
        if not sessions:
            self.none("Belum ada catatan sesi.")
            return
        numbers = {c["id"]: c["registration_number"] for c in self.doc["cases"]}
        for row in sessions:
            times = "\u2013".join(
                t.replace(":", ".") for t in (row["start_time"], row["end_time"]) if t
            )
            self.subsection(
                f"Sesi {_date(row['session_date'])}" + (f" \u00b7 {times}" if times else "")
            )
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
            self.pairs(
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
            self.addenda(row["addenda"])

    def _referrals(self) -> None:
        self.section("Rujukan")
        referrals = self.doc["referrals"]
        if not referrals:
            self.none("Belum ada rujukan.")
            return
        numbers = {c["id"]: c["registration_number"] for c in self.doc["cases"]}
        for r in referrals:
            self.subsection(f"Rujukan ke {escape(r['partner']['name'])}")
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
                + ", ".join(
                    p for p in (_label(CONSENT_GIVERS, c["given_by"]), c["given_by_name"]) if p
                )
                + " \u2013 "
                + "; ".join(_label(CONSENT_FIELDS, f) for f in c["fields"])
                for c in r["consents"]
            )
            self.pairs(
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
                self.caption("Riwayat status rujukan")
                self.grid(
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

    def _appointments(self) -> None:
        self.section("Janji Temu")
        rows = self.doc["appointments"]
        if not rows:
            self.none("Belum ada janji temu.")
            return
        self.grid(
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

    def _history(self) -> None:
        self.section("Riwayat Pemrosesan")
        self.para(
            "Setiap kali data Saudara dibuat, dibuka, diubah, dicetak atau diekspor, sistem "
            "mencatatnya. Berikut catatan tersebut (waktu setempat) dengan jabatan petugas "
            "yang melakukannya.",
            self.muted,
        )
        rows = self.doc["processing_history"]
        if not rows:
            self.none("Belum ada catatan pemrosesan.")
            return
        self.grid(
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


def _decorate(fonts: FontNames, doc: Mapping[str, Any], total: int | None) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4
    generated = datetime.datetime.fromisoformat(doc["generated_at"]).date()
    footer = f"Data pribadi klien #{doc['client']['id']} \u00b7 disusun {format_date_id(generated)}"

    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_confidential_stamp(
            canvas, fonts, right=page_width - _MARGIN, top=page_height - 0.9 * _CM
        )
        canvas.setFillColor(HexColor(_MUTED))
        canvas.setFont(fonts.regular, 8)
        footer_y = _MARGIN - 1.0 * _CM
        canvas.drawString(_MARGIN, footer_y, footer)
        if total:
            canvas.drawRightString(
                page_width - _MARGIN, footer_y, f"Halaman {_doc.page} dari {total}"
            )
        canvas.restoreState()

    return draw


def _build(doc: Mapping[str, Any], fonts: FontNames, total: int | None) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pdf = a4_document(
        buffer,
        fonts,
        title="Data Pribadi yang Kami Simpan",
        subject="Ekspor data pribadi subjek data",
        font_size=9.5,
        leading=12.5,
        margin=_MARGIN,
    )
    decorate = _decorate(fonts, doc, total)
    story = _Builder(doc, fonts, pdf.width - 2 * _FRAME_PADDING).build()
    pdf.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue(), pdf.page


def render_subject_export(doc: Mapping[str, Any]) -> bytes:
    """The export document (schema ``lk3-subject-export/1``) as PDF bytes, two passes so
    every footer knows the page count."""
    fonts = register_fonts()
    return build_with_page_count(lambda total: _build(doc, fonts, total))
