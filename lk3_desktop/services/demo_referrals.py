"""Demo partners and referrals: a few clearly synthetic institutions of every type, and
referrals in every status for a few hundred cases, with real signed letters (numbered per
year, PDF bytes, hash and verification code) made exactly as the signing service makes them.

Rows are returned as plain dicts for Core ``executemany`` inserts (see services/demo.py).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE, format_number
from lk3_desktop.core.referrals import (
    FOLLOWED_UP,
    LETTER_SUBJECT,
    PARTNER_TYPES,
    ReferralStatus,
)
from lk3_desktop.core.verification import content_digest, verification_code
from lk3_desktop.db.models import Client
from lk3_desktop.documents.referral_letter import (
    LetterCenter,
    LetterRecipient,
    LetterSigner,
    ReferralLetterData,
    render_referral_letter,
)
from lk3_desktop.services.referrals import client_rows, place_name

S = ReferralStatus

# Every name says "Demo": no real institution is listed.
DEMO_PARTNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "uptd_ppa": (
        ("UPTD PPA Demo Provinsi Banten", "Kepala UPTD"),
        ("UPTD PPA Demo Kota Serang", "Kepala UPTD"),
    ),
    "puskesmas": (
        ("Puskesmas Demo Ciruas", "Kepala Puskesmas"),
        ("Puskesmas Demo Taktakan", "Kepala Puskesmas"),
        ("Puskesmas Demo Walantaka", "Kepala Puskesmas"),
    ),
    "rsud": (("RSUD Demo Banten", "Direktur"), ("RSUD Demo Serang Raya", "Direktur")),
    "rsj_psikiater": (("RSJ Demo Provinsi", "Direktur"), ("Klinik Psikiater Demo", "Psikiater")),
    "psikolog_klinis": (
        ("Biro Psikologi Demo Serang", "Psikolog Klinis"),
        ("Praktik Psikolog Demo Cilegon", "Psikolog Klinis"),
    ),
    "unit_ppa_polres": (("Unit PPA Polres Demo Serang", "Kanit PPA"),),
    "bantuan_hukum": (("LBH Demo Serang", "Direktur"), ("Posbakum Demo Pengadilan", "Koordinator")),
    "bnn_ipwl": (
        ("BNN Kota Demo", "Kepala Seksi Rehabilitasi"),
        ("IPWL Demo Sehat", "Koordinator"),
    ),
    "pengadilan_agama": (("Pengadilan Agama Demo Serang", "Ketua"),),
    "dukcapil": (("Dinas Dukcapil Demo Kota Serang", "Kepala Dinas"),),
    "dinas_sosial": (
        ("Dinas Sosial Demo Kota Serang", "Kepala Dinas"),
        ("Dinas Sosial Demo Provinsi Banten", "Kepala Bidang Rehabilitasi Sosial"),
    ),
    "pendidikan": (
        ("Dinas Pendidikan Demo", "Kepala Dinas"),
        ("SMP Negeri Demo 1", "Kepala Sekolah"),
    ),
    "disnaker": (("Disnaker Demo Kota Serang", "Kepala Dinas"),),
    "baznas": (("Baznas Demo Kota Serang", "Ketua"),),
    "lks_panti": (("LKS Anak Demo Harapan", "Ketua"), ("Panti Sosial Demo Lansia", "Kepala Panti")),
    "lainnya": (("Posyandu Demo Melati", "Kader"),),
}
SERVICES: dict[str, str] = {
    "uptd_ppa": "Pendampingan korban kekerasan, rumah aman",
    "puskesmas": "Pemeriksaan kesehatan, konseling gizi, imunisasi",
    "rsud": "Rawat jalan, visum, layanan psikiatri",
    "rsj_psikiater": "Pemeriksaan dan terapi kesehatan jiwa",
    "psikolog_klinis": "Asesmen psikologis, psikoterapi",
    "unit_ppa_polres": "Pelaporan dan penyidikan kasus perempuan dan anak",
    "bantuan_hukum": "Konsultasi dan pendampingan hukum gratis",
    "bnn_ipwl": "Asesmen dan rehabilitasi NAPZA",
    "pengadilan_agama": "Perkara perceraian, hak asuh, dispensasi kawin",
    "dukcapil": "KTP, KK, akta kelahiran",
    "dinas_sosial": "Bantuan sosial, rehabilitasi sosial",
    "pendidikan": "Kembali bersekolah, beasiswa",
    "disnaker": "Pelatihan kerja, informasi lowongan",
    "baznas": "Bantuan zakat konsumtif dan produktif",
    "lks_panti": "Pengasuhan alternatif, layanan lanjut usia",
    "lainnya": "Pemantauan tumbuh kembang anak",
}
REASONS = (
    "Klien memerlukan pemeriksaan kesehatan jiwa lanjutan setelah skrining awal.",
    "Keluarga memerlukan pendampingan hukum terkait hak asuh anak.",
    "Klien mengalami kekerasan dalam rumah tangga dan memerlukan perlindungan.",
    "Anak putus sekolah dan memerlukan dukungan untuk kembali bersekolah.",
    "Keluarga belum memiliki dokumen kependudukan untuk mengakses bantuan.",
    "Klien memerlukan rehabilitasi penyalahgunaan NAPZA.",
    "Keluarga memerlukan bantuan ekonomi sementara.",
)
REQUESTS = (
    "Pemeriksaan dan konseling oleh psikolog klinis.",
    "Konsultasi dan pendampingan hukum.",
    "Pendampingan dan rumah aman bila diperlukan.",
    "Pendaftaran kembali ke sekolah terdekat.",
    "Penerbitan KTP dan Kartu Keluarga.",
    "Asesmen dan rehabilitasi rawat jalan.",
    "Bantuan sosial sesuai ketentuan.",
)
REPLIES = (
    "Data demo: klien telah datang dan mendapat layanan awal.",
    "Data demo: klien dijadwalkan untuk pemeriksaan lanjutan.",
    "Data demo: layanan telah selesai diberikan.",
)
CONSENT_SETS = (
    ("name", "sex", "birth", "address"),
    ("name", "sex", "birth", "address", "phone"),
    ("name", "sex", "birth", "nik", "address", "problem"),
    ("name", "sex", "birth", "address", "family", "problem", "assessment"),
)
ATTACHMENTS = ("Fotokopi KTP", "Fotokopi Kartu Keluarga", "Hasil asesmen awal")

# The path a referral walks to reach each status, and the days each step takes.
PATHS: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    S.DRAF: (S.DRAF,),
    S.DIAJUKAN: (S.DRAF, S.DIAJUKAN),
    S.DITANDATANGANI: (S.DRAF, S.DIAJUKAN, S.DITANDATANGANI),
    S.DIKIRIM: (S.DRAF, S.DIAJUKAN, S.DITANDATANGANI, S.DIKIRIM),
    S.DITERIMA_MITRA: (S.DRAF, S.DIAJUKAN, S.DITANDATANGANI, S.DIKIRIM, S.DITERIMA_MITRA),
    S.DITINDAKLANJUTI: (
        S.DRAF, S.DIAJUKAN, S.DITANDATANGANI, S.DIKIRIM, S.DITERIMA_MITRA, S.DITINDAKLANJUTI,
    ),
    S.SELESAI: (
        S.DRAF, S.DIAJUKAN, S.DITANDATANGANI, S.DIKIRIM, S.DITERIMA_MITRA, S.DITINDAKLANJUTI,
        S.SELESAI,
    ),
    S.DITOLAK: (S.DRAF, S.DIAJUKAN, S.DITANDATANGANI, S.DIKIRIM, S.DITOLAK),
    S.TIDAK_DATANG: (S.DRAF, S.DIAJUKAN, S.DITANDATANGANI, S.DIKIRIM, S.TIDAK_DATANG),
}  # fmt: skip
CANCELLED_PATHS = (
    (S.DRAF, S.DIAJUKAN, S.BATAL),
    (S.DRAF, S.DIAJUKAN, S.DITANDATANGANI, S.DIKIRIM, S.BATAL),
)
STEP_DAYS: dict[ReferralStatus, int] = {
    S.DRAF: 0, S.DIAJUKAN: 1, S.DITANDATANGANI: 2, S.DIKIRIM: 3, S.DITERIMA_MITRA: 7,
    S.DITINDAKLANJUTI: 14, S.SELESAI: 30, S.DITOLAK: 10, S.TIDAK_DATANG: 21, S.BATAL: 5,
}  # fmt: skip


@dataclass(frozen=True)
class DemoCenter:
    name: str
    center_code: str
    address: str
    phone: str
    email: str
    logo: bytes | None
    head_name: str
    head_nip: str | None
    regency_code: str | None
    database_id: str


@dataclass
class DemoReferralRows:
    partners: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    letters: list[dict[str, Any]] = field(default_factory=list)
    sequences: dict[int, int] = field(default_factory=dict)


def referral_count(n_cases: int) -> int:
    """A few hundred at full size; at least three of every status for small demos."""
    return min(n_cases, max(3 * (len(PATHS) + 1), min(400, n_cases // 25)))


def build(
    rng: random.Random,
    cases: Sequence[dict[str, Any]],
    clients_by_id: dict[int, dict[str, Any]],
    names: dict[int, str],
    type_ids: dict[str, int],
    center: DemoCenter,
    head_id: int,
    today: datetime.date,
    now: datetime.datetime,
) -> DemoReferralRows:
    out = DemoReferralRows()
    for code, _label in PARTNER_TYPES:
        for name, position in DEMO_PARTNERS.get(code, ()):
            pid = len(out.partners) + 1
            out.partners.append(
                {
                    "id": pid,
                    "name": name,
                    "type_id": type_ids[code],
                    "address": f"Jl. Demo Raya No. {pid}, Kota Serang, Banten",
                    "phone": f"0254-{200000 + pid:06d}",
                    "email": "",
                    "contact_person": "",
                    "contact_position": position,
                    "services": SERVICES.get(code, ""),
                    "notes": "Data demo",
                    "active": True,
                    "created_at": now,
                    "created_by": head_id,
                    "updated_at": now,
                }
            )
    eligible = [c for c in cases if c["intake_date"] <= today - datetime.timedelta(days=45)]
    chosen = rng.sample(eligible, min(referral_count(len(cases)), len(eligible)))
    statuses = [*PATHS, S.BATAL]
    pending: list[tuple[dict[str, Any], dict[str, Any], datetime.date]] = []
    for i, case in enumerate(chosen):
        target = statuses[i % len(statuses)]
        path = PATHS[target] if target is not S.BATAL else CANCELLED_PATHS[(i // 10) % 2]
        rid = i + 1
        counselor = case["counselor_id"] or head_id
        client = clients_by_id[case["client_id"]]
        start = min(case["intake_date"] + datetime.timedelta(days=rng.randint(3, 30)), today)

        def day(status: ReferralStatus, start: datetime.date = start) -> datetime.date:
            return min(start + datetime.timedelta(days=STEP_DAYS[status]), today)

        previous: str | None = None
        for status in path:
            when = day(status)
            signer = status in (S.DITANDATANGANI, S.BATAL) and S.DITANDATANGANI in path
            out.changes.append(
                {
                    "referral_id": rid,
                    "from_status": previous,
                    "to_status": status.value,
                    "changed_on": when,
                    "changed_at": datetime.datetime.combine(when, datetime.time(10, 0)),
                    "changed_by": head_id if signer else counselor,
                    "note": "Data demo: dibatalkan" if status is S.BATAL else "",
                }
            )
            previous = status.value
        final = path[-1]
        signed = S.DITANDATANGANI in path
        if final in FOLLOWED_UP and rng.random() < 0.5:
            follow_up = today + datetime.timedelta(days=rng.randint(1, 21))
        elif signed:
            follow_up = day(S.DITANDATANGANI) + datetime.timedelta(days=14)
        else:
            follow_up = today + datetime.timedelta(days=14)
        replied = final in (S.DITINDAKLANJUTI, S.SELESAI, S.DITOLAK)
        reply_on = day(final) if replied else None
        pid = rng.randint(1, len(out.partners))
        kind = rng.randrange(len(REASONS))
        minor = bool(client["guardian_name"])
        out.referrals.append(
            {
                "id": rid,
                "case_id": case["id"],
                "partner_id": pid,
                "status": final.value,
                "reason": REASONS[kind],
                "services_requested": REQUESTS[kind],
                "urgency": rng.choice(("biasa", "biasa", "segera", "darurat")),
                "family_summary": "Data demo: tinggal bersama orang tua dan dua saudara.",
                "problem_summary": "Data demo: keluhan yang disampaikan keluarga.",
                "assessment_summary": "Data demo: hasil skrining menunjukkan perlu layanan lanjut.",
                "copies_to": rng.choice(("Arsip", "Dinas Sosial Demo Kota Serang\nArsip")),
                "follow_up_on": follow_up,
                "drafted_by": counselor,
                "created_at": datetime.datetime.combine(start, datetime.time(9, 0)),
                "updated_at": datetime.datetime.combine(day(final), datetime.time(10, 0)),
                "reply_on": reply_on,
                "reply_text": rng.choice(REPLIES) if replied else "",
                "reply_recorded_by": counselor if replied else None,
                "reply_recorded_at": datetime.datetime.combine(reply_on, datetime.time(11, 0))
                if reply_on
                else None,
            }
        )
        fields = rng.choice(CONSENT_SETS)
        out.consents.append(
            {
                "referral_id": rid,
                "fields": json.dumps(list(fields)),
                "given_by": "orang_tua" if minor else "klien",
                "given_by_name": client["guardian_name"] if minor else client["full_name"],
                "given_on": start,
                "recorded_by": counselor,
                "recorded_at": datetime.datetime.combine(start, datetime.time(9, 0)),
            }
        )
        for order, text in enumerate(rng.sample(ATTACHMENTS, rng.randint(0, 2)), start=1):
            out.attachments.append({"referral_id": rid, "position": order, "description": text})
        if signed:
            pending.append((out.referrals[-1], case, day(S.DITANDATANGANI)))
    _issue_letters(out, pending, clients_by_id, names, center, head_id)
    return out


def _issue_letters(
    out: DemoReferralRows,
    pending: list[tuple[dict[str, Any], dict[str, Any], datetime.date]],
    clients_by_id: dict[int, dict[str, Any]],
    names: dict[int, str],
    center: DemoCenter,
    head_id: int,
) -> None:
    """Numbers in date order per year (as if signed one by one), then the real PDFs."""
    partners = {p["id"]: p for p in out.partners}
    consents = {c["referral_id"]: json.loads(c["fields"]) for c in out.consents}
    attachments: dict[int, list[str]] = {}
    for a in out.attachments:
        attachments.setdefault(a["referral_id"], []).append(a["description"])
    place = place_name(center.regency_code)
    office = center.name if center.name.upper().startswith("LK3") else f"LK3 {center.name}"
    signer = LetterSigner((f"Kepala {office}",), center.head_name, center.head_nip)
    codes: set[str] = set()
    for ref, case, signed_on in sorted(pending, key=lambda p: (p[2], p[0]["id"])):
        year = signed_on.year
        seq = out.sequences.get(year, 0) + 1
        out.sequences[year] = seq
        number = format_number(LETTER_NUMBER_TEMPLATE, seq, signed_on, center.center_code)
        partner = partners[ref["partner_id"]]
        signed_at = datetime.datetime.combine(signed_on, datetime.time(10, 0))
        salt = 0
        while True:
            code = verification_code(
                content_digest(
                    {
                        "database": center.database_id,
                        "number": number,
                        "date": signed_on.isoformat(),
                        "referral": ref["id"],
                        "partner": partner["name"],
                        "signer": head_id,
                        "signed_at": signed_at.isoformat(),
                        "salt": salt,
                    }
                )
            )
            if code not in codes:
                codes.add(code)
                break
            salt += 1
        consented = consents[ref["id"]]
        client = Client(**clients_by_id[case["client_id"]])
        notes = tuple(
            (label, ref[column])
            for code_, label, column in (
                ("family", "Situasi keluarga", "family_summary"),
                ("problem", "Ringkasan masalah", "problem_summary"),
                ("assessment", "Ringkasan asesmen", "assessment_summary"),
            )
            if code_ in consented
        )
        data = ReferralLetterData(
            center=LetterCenter(
                center.name, center.address, center.phone, center.email, center.logo
            ),
            place=place,
            letter_date=signed_on,
            number=number,
            subject=LETTER_SUBJECT,
            recipient=LetterRecipient(
                partner["name"],
                partner["contact_position"],
                partner["contact_person"],
                partner["address"],
            ),
            client_rows=client_rows(client, consented, signed_on),
            client_notes=notes,
            reason=ref["reason"],
            services_requested=ref["services_requested"],
            urgency=ref["urgency"],
            counselor_name=names.get(case["counselor_id"] or 0, ""),
            signer=signer,
            verification_code=code,
            attachments=tuple(attachments.get(ref["id"], ())),
            copies_to=tuple(line for line in ref["copies_to"].splitlines() if line.strip()),
        )
        pdf = render_referral_letter(data)
        cancelled = ref["status"] == S.BATAL.value
        out.letters.append(
            {
                "referral_id": ref["id"],
                "number": number,
                "seq_year": year,
                "seq_value": seq,
                "letter_date": signed_on,
                "signed_by": head_id,
                "signed_at": signed_at,
                "pdf": pdf,
                "sha256": hashlib.sha256(pdf).hexdigest(),
                "verification_code": code,
                "cancelled": cancelled,
                "cancelled_at": ref["updated_at"] if cancelled else None,
                "cancelled_by": head_id if cancelled else None,
                "cancel_reason": "Data demo: dibatalkan" if cancelled else "",
            }
        )
