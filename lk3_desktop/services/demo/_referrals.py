"""Demo partners and referrals: a few clearly synthetic institutions of every type, and
referrals in every status for a few hundred cases, with real signed letters (numbered per
year, PDF bytes, hash and verification code) made exactly as the signing service makes them.

Rows are returned as plain dicts for Core ``executemany`` inserts (see :mod:`._office`); the
letters are issued once those rows are in (:func:`issue_letters`).
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE, format_number
from lk3_desktop.core.referrals import FOLLOWED_UP, PARTNER_TYPES, ReferralStatus
from lk3_desktop.db.models import Case, CenterProfile, Referral, User
from lk3_desktop.services.referrals._issuing import compose_letter

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
    "tksk": (("TKSK Demo Kecamatan Ciruas", "TKSK"),),
    "pekerja_sosial": (("Sakti Peksos Demo Kota Serang", "Pekerja Sosial"),),
    "psm": (("PSM Demo Kelurahan Cipare", "Pekerja Sosial Masyarakat"),),
    "pendamping_pkh": (("Pendamping PKH Demo Kecamatan Taktakan", "Pendamping PKH"),),
    "puskesos_slrt": (("Puskesos Demo Kota Serang", "Koordinator"),),
    "kua_bp4": (("KUA Demo Kecamatan Serang", "Kepala KUA"),),
    "bapas": (("Bapas Demo Serang", "Kepala Bapas"),),
    "puspaga": (("PUSPAGA Demo Kota Serang", "Koordinator"),),
    "sentra_kemensos": (("Sentra Demo Kemensos Banten", "Kepala Sentra"),),
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
    "tksk": "Pendataan dan pendampingan kesejahteraan sosial di kecamatan",
    "pekerja_sosial": "Asesmen dan pendampingan sosial",
    "psm": "Pendampingan warga di lingkungan",
    "pendamping_pkh": "Pendampingan keluarga penerima PKH",
    "puskesos_slrt": "Pengaduan dan rujukan layanan sosial terpadu",
    "kua_bp4": "Bimbingan perkawinan dan mediasi keluarga",
    "bapas": "Pendampingan anak berhadapan dengan hukum",
    "puspaga": "Konseling dan edukasi pengasuhan keluarga",
    "sentra_kemensos": "Rehabilitasi sosial lanjutan",
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


@dataclass
class DemoReferralRows:
    partners: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    signed: list[tuple[int, datetime.date]] = field(default_factory=list)
    """(referral id, signing day) of every referral whose letter :func:`issue_letters` makes."""


def referral_count(n_cases: int) -> int:
    """A few hundred at full size; at least three of every status for small demos."""
    return min(n_cases, max(3 * (len(PATHS) + 1), min(400, n_cases // 25)))


def build(
    rng: random.Random,
    cases: Sequence[dict[str, Any]],
    clients_by_id: dict[int, dict[str, Any]],
    type_ids: dict[str, int],
    head_id: int,
    today: datetime.date,
    now: datetime.datetime,
) -> DemoReferralRows:
    out = DemoReferralRows()
    _add_partners(out, type_ids, head_id, now)
    eligible = [c for c in cases if c["intake_date"] <= today - datetime.timedelta(days=45)]
    chosen = rng.sample(eligible, min(referral_count(len(cases)), len(eligible)))
    statuses = [*PATHS, S.BATAL]
    for i, case in enumerate(chosen):
        target = statuses[i % len(statuses)]
        path = PATHS[target] if target is not S.BATAL else CANCELLED_PATHS[(i // 10) % 2]
        rid = i + 1
        counselor = case["counselor_id"] or head_id
        client = clients_by_id[case["client_id"]]
        start = min(case["intake_date"] + datetime.timedelta(days=rng.randint(3, 30)), today)

        def day(status: ReferralStatus, start: datetime.date = start) -> datetime.date:
            return min(start + datetime.timedelta(days=STEP_DAYS[status]), today)

        _add_changes(out, rid, path, day, head_id, counselor)
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
                "copies_to": rng.choice(
                    (
                        "Dinas Sosial Demo Kota Serang",
                        "Dinas Sosial Demo Kota Serang\nUPTD PPA Demo Kota Serang",
                    )
                ),
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
        _add_consent(rng, out, rid, client, counselor, start)
        if signed:
            out.signed.append((rid, day(S.DITANDATANGANI)))
    return out


def _add_changes(
    out: DemoReferralRows,
    rid: int,
    path: Sequence[ReferralStatus],
    day: Callable[[ReferralStatus], datetime.date],
    head_id: int,
    counselor: int,
) -> None:
    """The status changes along ``path``; the head signs and cancels, the counselor the rest."""
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


def _add_partners(
    out: DemoReferralRows, type_ids: dict[str, int], head_id: int, now: datetime.datetime
) -> None:
    """The demo institutions of every partner type (ids from 1, in type order)."""
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


def _add_consent(
    rng: random.Random,
    out: DemoReferralRows,
    rid: int,
    client: dict[str, Any],
    counselor: int,
    start: datetime.date,
) -> None:
    """The client's consent to the letter (a guardian's for a minor) and its attachments."""
    minor = bool(client["guardian_name"])
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


def issue_letters(
    s: Session, rows: DemoReferralRows, head_id: int, database_id: str
) -> dict[int, int]:
    """The letters of the signed demo referrals, already inserted in ``s``: numbered in date
    order per year (as if signed one by one) and composed, rendered and stored by the same code
    as a signature in the app. Returns the last letter number used per year."""
    profile = s.get(CenterProfile, 1)
    signer = s.get(User, head_id)
    assert profile is not None and signer is not None
    sequences: dict[int, int] = {}
    for rid, signed_on in sorted(rows.signed, key=lambda pair: (pair[1], pair[0])):
        ref = s.get(Referral, rid)
        assert ref is not None
        case = s.get(Case, ref.case_id)
        assert case is not None
        seq = sequences[signed_on.year] = sequences.get(signed_on.year, 0) + 1
        letter = compose_letter(
            s,
            ref,
            case,
            profile,
            signer,
            database_id=database_id,
            number=format_number(LETTER_NUMBER_TEMPLATE, seq, signed_on, profile.center_code),
            seq_value=seq,
            on=signed_on,
            signed_at=datetime.datetime.combine(signed_on, datetime.time(10, 0)),
        )
        if ref.status == S.BATAL.value:
            letter.cancelled = True
            letter.cancelled_at = ref.updated_at
            letter.cancelled_by = head_id
            letter.cancel_reason = "Data demo: dibatalkan"
        s.add(letter)
        s.flush()  # the next letter's verification code must differ from this one's
    return sequences
