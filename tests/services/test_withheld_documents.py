""" "Jangan diungkap" (UU PDP art. 33) in letters and exports, through real SQLCipher files and
PDFs read back: what a mark keeps out, the sentence that says so, and what lifting brings back."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from support.error_text import indonesian
from support.factories import HEAD_PASSWORD
from support.office import new_office

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.db.models import AuditEntry, ReferralLetter
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import (
    accounts,
    assessments,
    case_summary,
    cases,
    clients,
    families,
    referrals,
    sessions,
    withholding,
)
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()
LEGAL = "Pasal 33 UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"
STREET = "Jl. Ki Mas Jong No. 5"
PHONE = "0812-3456-7890"


def flat(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def statement(*labels: str) -> str:
    return (
        f"Data berikut tidak diungkapkan dalam dokumen ini berdasarkan {LEGAL}: "
        f"{'; '.join(labels)}."
    )


def ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


@dataclass
class World:
    head: UserSession
    budi: UserSession  # the counselor of the case
    client_id: int
    case_id: int
    partner_id: int


@pytest.fixture
def world(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> Iterator[World]:
    head = initialized.session
    office = new_office(head, data_dir, cred_store, "budi")
    office.letterhead(phone="0254-201234")
    budi = office.budi
    client_id = clients.create_client(
        head,
        clients.ClientInput(
            full_name="Dewi Lestari",
            sex="P",
            birth_place="Serang",
            birth_date=datetime.date(1990, 3, 12),
            nik="3673015203900002",
            phone=PHONE,
            street=STREET,
            rt="2",
            rw="5",
            province_code="36",
            regency_code="36.73",
            district_code="36.73.01",
            village_code="36.73.01.1001",
        ),
    )
    family = families.create_family(head, "Keluarga Hidayat")
    families.add_member(head, family.id, families.MemberInput("", "istri", client_id=client_id))
    families.add_member(head, family.id, families.MemberInput("Raka Hidayat", "anak", sex="L"))
    case = cases.open_case(
        head,
        client_id,
        cases.CaseInput(
            ago(30),
            "datang_sendiri",
            presenting_problem="Kekerasan dalam rumah tangga",
            counselor_id=budi.actor.user_id,
            family_id=family.id,
        ),
    )
    partner_id = office.add_partner(
        "ppa",
        "UPTD PPA Demo Serang",
        "uptd_ppa",
        by="budi",
        address="Jl. Raya Pandeglang No. 3",
        contact_position="Kepala UPTD",
    )
    yield World(head, budi, client_id, case.id, partner_id)
    office.close()


def signed_letter(w: World, consented: tuple[str, ...], **extra: str) -> int:
    """A referral drafted by Budi and signed by the head; its id."""
    ref = referrals.create_referral(
        w.budi,
        w.case_id,
        referrals.ReferralInput(
            partner_id=w.partner_id,
            reason="Klien memerlukan perlindungan dan pendampingan hukum.",
            services_requested="Rumah aman dan pendampingan.",
            consented_fields=consented,
            consent_given_by="klien",
            consent_given_by_name="Dewi Lestari",
            **extra,
        ),
    )
    referrals.submit_referral(w.budi, ref.id)
    referrals.sign_referral(w.head, ref.id, HEAD_PASSWORD)
    return ref.id


def stored_letter(session: UserSession, referral_id: int) -> ReferralLetter:
    with session.store.transaction() as s:
        return s.execute(
            select(ReferralLetter).where(ReferralLetter.referral_id == referral_id)
        ).scalar_one()


def last_detail(session: UserSession, action: str) -> dict[str, object]:
    with session.store.transaction() as s:
        detail = s.execute(
            select(AuditEntry.detail)
            .where(AuditEntry.action == action)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).scalar_one()
    parsed = json.loads(detail)
    assert isinstance(parsed, dict)
    return parsed


# -- the referral letter ---------------------------------------------------------------------


def test_consented_but_withheld_address_is_left_out_and_the_letter_says_so(world: World) -> None:
    w = world
    consented = ("name", "sex", "birth", "address", "phone")
    before = flat(referrals.letter_pdf(w.budi, signed_letter(w, consented)))
    assert STREET in before and "Kelurahan Serang" in before and "0812" in before
    assert LEGAL not in before  # nothing marked: no sentence

    address_mark = withholding.mark(w.budi, w.client_id, "Rumah aman", field_code="address")
    withholding.mark(w.budi, w.client_id, "Permintaan klien", field_code="nik")  # not consented
    rid = signed_letter(w, consented)
    preview = referrals.letter_pdf(w.budi, rid)
    text = flat(preview)
    assert STREET not in text and "RT 2/RW 5" not in text and "Kelurahan Serang" not in text
    assert "Dewi Lestari" in text and "0812" in text  # the rest of the consent still holds
    # Only what this letter would have carried is named (the NIK was never consented).
    assert statement("Alamat") in text
    # ... right under the identity table, before the reason.
    assert text.index("12 Maret 1990") < text.index(LEGAL) < text.index("Adapun alasan")

    # The letter archived at signing is what the preview, the print and the export give.
    letter = stored_letter(w.head, rid)
    assert bytes(letter.pdf) == preview == referrals.export_letter(w.head, rid)
    assert hashlib.sha256(preview).hexdigest() == letter.sha256

    withholding.lift(w.head, address_mark)
    after = flat(referrals.letter_pdf(w.budi, signed_letter(w, consented)))
    assert STREET in after and "Kelurahan Serang" in after and LEGAL not in after
    # An issued letter is never rewritten: the earlier one keeps its sentence.
    assert statement("Alamat") in flat(referrals.letter_pdf(w.budi, rid))


def test_withheld_family_summary_and_every_identity_field(world: World) -> None:
    w = world
    withholding.mark(w.budi, w.client_id, "Pelaku tinggal serumah", field_code="family")
    withholding.mark(w.budi, w.client_id, "Rumah aman", field_code="address")
    withholding.mark(w.budi, w.client_id, "Rumah aman", field_code="phone")
    rid = signed_letter(
        w,
        ("address", "family", "problem"),
        family_summary="Suami sering mengancam anggota keluarga.",
        problem_summary="Klien mengalami kekerasan fisik.",
    )
    text = flat(referrals.letter_pdf(w.head, rid))
    assert "mengancam" not in text and STREET not in text
    assert "Klien mengalami kekerasan fisik." in text  # not marked: still shared
    # no identity row was left, only the consented problem as a note
    assert "merujuk seorang klien kami dengan keterangan:" in text
    # The phone was marked but never consented: it is not named.
    assert statement("Alamat", "Situasi keluarga") in text


# -- the client record summary ---------------------------------------------------------------


def note(w: World, day: datetime.date, text: str) -> int:
    saved = sessions.save_note(
        w.budi,
        sessions.NoteInput(
            case_id=w.case_id,
            session_date=day,
            sections={"data": text, "assessment": "Klien tampak tenang."},
            plan="Sesi lanjutan minggu depan.",
        ),
    )
    return saved.id


def test_summary_leaves_out_withheld_fields_and_records(world: World) -> None:
    w = world
    hidden_day, shown_day = ago(20), ago(10)
    hidden_note = note(w, hidden_day, "Klien tinggal di rumah aman Cipocok.")
    note(w, shown_day, "Klien mulai tidur lebih teratur.")
    heavy = assessments.record_administration(w.budi, w.case_id, "PHQ-9", [3] * 9, ago(15))
    light = assessments.record_administration(w.budi, w.case_id, "PHQ-9", [0] * 9, ago(5))
    assert heavy.severity_label != light.severity_label

    plain = flat(case_summary.case_summary_pdf(w.head, w.case_id, include_session_notes=True))
    for words in ("rumah aman Cipocok", "tidur lebih teratur", "0812", STREET, "Raka Hidayat"):
        assert words in plain, words
    assert heavy.severity_label in plain and LEGAL not in plain
    assert last_detail(w.head, "case.summary_exported")["withheld"] == 0

    withholding.mark(w.budi, w.client_id, "Rumah aman", field_code="phone")
    withholding.mark(w.budi, w.client_id, "Rumah aman", kind="session", record_id=hidden_note)
    withholding.mark(w.budi, w.client_id, "Rahasia", kind="administration", record_id=heavy.id)
    withholding.mark(w.budi, w.client_id, "Pelaku serumah", field_code="family")
    withholding.mark(w.budi, w.client_id, "Tidak ada foto", field_code="photo")  # nothing to omit

    text = flat(case_summary.case_summary_pdf(w.head, w.case_id, include_session_notes=True))
    assert "rumah aman Cipocok" not in text and "0812" not in text and "Raka Hidayat" not in text
    assert heavy.severity_label not in text and light.severity_label in text
    assert "tidur lebih teratur" in text and STREET in text and "Dewi Lestari" in text
    assert "Data keluarga tidak dicantumkan dalam ringkasan ini." in text
    expected = statement(
        "Nomor telepon",
        "Situasi keluarga",
        f"Instrumen skrining PHQ-9 {format_date_id(ago(15))}",
        f"Catatan sesi {format_date_id(hidden_day)}",
    )
    assert expected in text
    assert text.index(LEGAL) < text.index("A. Identitas klien")  # near the top
    assert last_detail(w.head, "case.summary_exported") == {"session_notes": True, "withheld": 4}

    # Without note text the withheld session was never going to be printed: not counted.
    without = flat(case_summary.case_summary_pdf(w.budi, w.case_id))
    assert "Catatan sesi " + format_date_id(hidden_day) not in without
    assert last_detail(w.budi, "case.summary_exported")["withheld"] == 3


def test_summary_leaves_out_a_withheld_referral(world: World) -> None:
    w = world
    kept = signed_letter(w, ("name",))
    hidden = referrals.create_referral(
        w.budi,
        w.case_id,
        referrals.ReferralInput(
            partner_id=w.partner_id, consent_given_by_name="Dewi Lestari", reason="Rumah aman"
        ),
    )
    numbers = [stored_letter(w.head, kept).number]
    withholding.mark(w.budi, w.client_id, "Rumah aman", kind="referral", record_id=hidden.id)
    text = flat(case_summary.case_summary_pdf(w.budi, w.case_id))
    assert numbers[0] in text
    assert text.count("UPTD PPA Demo Serang") == 1  # the hidden draft's row is gone
    assert statement(f"Rujukan {format_date_id(TODAY)}") in text


# -- the assessment report -------------------------------------------------------------------


def test_assessment_report_refuses_a_withheld_record(world: World) -> None:
    w = world
    first = assessments.record_administration(w.budi, w.case_id, "PHQ-9", [1] * 9, ago(12))
    assessments.record_administration(w.budi, w.case_id, "PHQ-9", [2] * 9, ago(7))
    last = assessments.record_administration(w.budi, w.case_id, "PHQ-9", [0] * 9, ago(2))
    before = flat(assessments.administration_report(w.budi, last.id))
    assert LEGAL not in before and "PHQ-9 diisi 3 kali." in before

    withholding.mark(w.budi, w.client_id, "Rahasia", kind="administration", record_id=first.id)
    for who in (w.budi, w.head):  # the mark binds every export, whoever makes it
        with pytest.raises(ValidationError) as refused:
            assessments.administration_report(who, first.id)
        assert indonesian(refused.value) == (
            "Catatan ini ditandai jangan diungkap dan tidak dapat diekspor."
        )
    assert last_detail(w.head, "assessment.printed")["withheld"] == 0  # refusals not logged

    # The other administrations still print; the withheld one leaves the trend, and the
    # screen's chart (which shows every point) is not used: a broken PNG would fail here.
    text = flat(assessments.administration_report(w.budi, last.id, trend_png=b"not a png"))
    assert statement(f"Instrumen skrining PHQ-9 {format_date_id(ago(12))}") in text
    assert "PHQ-9 diisi 2 kali." in text
    assert last_detail(w.budi, "assessment.printed") == {"trend_points": 2, "withheld": 1}
