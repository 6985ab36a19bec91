"""Jangan diungkap reaches what was issued before the mark, and its reasons stay with the
head and the person who marked; reading a case plan's goals is audited (issue 11, item 18)."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from support.casework import add_user, household
from support.factories import HEAD_PASSWORD

from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry, ReferralLetter
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import (
    case_plan,
    cases,
    clients,
    partners,
    referrals,
    sessions,
    withholding,
)
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()
STREET = "Jl. Rumah Aman No. 7"


def _text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def _audit(session: UserSession, action: str) -> list[dict[str, object]]:
    with session.store.transaction() as s:
        rows = s.execute(
            select(AuditEntry.detail).where(AuditEntry.action == action).order_by(AuditEntry.id)
        ).scalars()
        return [json.loads(d) for d in rows]


@dataclass
class Letter:
    head: UserSession
    budi: UserSession
    client_id: int
    referral_id: int


def _signed_letter(head: UserSession, budi: UserSession) -> Letter:
    cid = clients.create_client(
        head,
        clients.ClientInput(
            full_name="Siti Aminah",
            sex="P",
            birth_date=datetime.date(1990, 3, 12),
            street=STREET,
            phone="0812-3456-7890",
        ),
    )
    case = cases.open_case(
        head, cid, cases.CaseInput(TODAY, "datang_sendiri", counselor_id=budi.actor.user_id)
    )
    types = {t.code: t.id for t in partners.list_partner_types(head)}
    partner = partners.add_partner(
        budi, partners.PartnerInput(name="UPTD PPA Uji", type_id=types["uptd_ppa"])
    )
    ref = referrals.create_referral(
        budi,
        case.id,
        referrals.ReferralInput(
            partner_id=partner.id,
            reason="Pendampingan hukum.",
            services_requested="Pendampingan.",
            urgency="segera",
            consented_fields=("name", "sex", "address", "phone"),
            consent_given_by="klien",
            consent_given_by_name="Siti Aminah",
        ),
    )
    referrals.submit_referral(budi, ref.id)
    referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
    return Letter(head, budi, cid, ref.id)


@pytest.fixture
def letter(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> Letter:
    budi = add_user(head, data_dir, cred_store, "budi", "Budi Santoso", Role.KONSELOR)
    return _signed_letter(head, budi)


def _stored(session: UserSession, referral_id: int) -> ReferralLetter:
    with session.store.transaction() as s:
        row = s.execute(
            select(ReferralLetter).where(ReferralLetter.referral_id == referral_id)
        ).scalar_one()
        s.expunge(row)
        return row


def test_a_reprint_leaves_out_a_field_marked_after_the_signature(letter: Letter) -> None:
    head, rid = letter.head, letter.referral_id
    original = _stored(head, rid)
    assert STREET in _text(original.pdf)
    assert referrals.print_letter(head, rid) == original.pdf  # no mark: the identical letter

    withholding.mark(head, letter.client_id, "Alamat rumah aman", field_code="address")

    for shown in (
        referrals.letter_pdf(head, rid),
        referrals.letter_pdf(letter.budi, rid),
        referrals.print_letter(head, rid),
        referrals.export_letter(head, rid),
    ):
        text = " ".join(_text(shown).split())
        assert STREET not in text and "Rumah Aman" not in text
        assert "Dicetak ulang" in text and "disusun ulang" in text
        assert original.number in text and original.verification_code in text
        assert "0812" in text  # the phone was not marked: still there
    # The stored original is untouched and still verifies the paper letter.
    after = _stored(head, rid)
    assert after.pdf == original.pdf
    assert hashlib.sha256(after.pdf).hexdigest() == after.sha256
    verified = referrals.verify_letter(head, original.verification_code)
    assert verified is not None and verified.intact and verified.pdf == original.pdf
    assert _audit(head, "referral.printed")[-1] == {"recomposed": True, "withheld": ["address"]}

    # Lifted: the identical stored letter again.
    (mark,) = withholding.list_marks(head, letter.client_id)
    withholding.lift(head, mark.id)
    assert referrals.print_letter(head, rid) == original.pdf


def test_a_mark_made_before_the_signature_keeps_the_stored_letter(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    budi = add_user(head, data_dir, cred_store, "budi", "Budi Santoso", Role.KONSELOR)
    first = _signed_letter(head, budi)
    an_hour_ago = datetime.datetime.now().replace(microsecond=0) - datetime.timedelta(hours=1)
    monkeypatch.setattr(withholding, "_now", lambda: an_hour_ago)  # marked well before
    withholding.mark(head, first.client_id, "Nomor dipakai pelaku", field_code="phone")
    # A second letter for the same client, signed after the mark: it already leaves the
    # phone out, so its reprint is its stored bytes.
    case_id = cases.list_cases(head, first.client_id)[0].id
    partner_id = partners.list_partners(head)[0].id
    ref = referrals.create_referral(
        budi,
        case_id,
        referrals.ReferralInput(
            partner_id=partner_id,
            reason="Tindak lanjut.",
            services_requested="Pendampingan.",
            urgency="biasa",
            consented_fields=("name", "phone"),
            consent_given_by="klien",
            consent_given_by_name="Siti Aminah",
        ),
    )
    referrals.submit_referral(budi, ref.id)
    referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
    stored = _stored(head, ref.id)
    assert "0812" not in _text(stored.pdf)
    assert referrals.print_letter(head, ref.id) == stored.pdf


def test_a_reason_is_read_only_by_the_head_and_whoever_marked(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    dedi = add_user(head, data_dir, cred_store, "dedi", "Dedi Supriadi", Role.KONSELOR)
    tuti = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    sari = add_user(head, data_dir, cred_store, "sari", "Sari Dewi", Role.STAF)
    home = household(head, rina.actor.user_id)
    withholding.mark(tuti, home.client_id, "Suami mencari alamatnya", field_code="address")
    withholding.mark(rina, home.client_id, "Nomor dipakai pelaku", field_code="phone")

    def reasons(session: UserSession) -> dict[str | None, str]:
        return {m.field: m.reason for m in withholding.list_marks(session, home.client_id)}

    assert reasons(head) == {"address": "Suami mencari alamatnya", "phone": "Nomor dipakai pelaku"}
    assert reasons(tuti) == {"address": "Suami mencari alamatnya", "phone": ""}
    assert reasons(rina) == {"address": "", "phone": "Nomor dipakai pelaku"}
    assert reasons(sari) == {"address": "", "phone": ""}  # other staf
    assert reasons(dedi) == {"address": "", "phone": ""}  # another counselor
    assert len(withholding.list_marks(dedi, home.client_id)) == 2  # marks exist, for everyone
    viewed = _audit(head, "withheld.reasons_viewed")
    assert len(viewed) == 3  # head, tuti, rina read a reason; sari and dedi did not


def test_the_note_editor_reading_case_plan_goals_is_audited(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    home = household(head, rina.actor.user_id)
    case_plan.add_goal(rina, home.case_id, case_plan.GoalInput("Komunikasi membaik"))
    before = len(_audit(head, "case_plan.viewed"))
    choices = sessions.note_choices(rina, home.case_id)
    assert [g.description for g in choices.goals] == ["Komunikasi membaik"]
    viewed = _audit(head, "case_plan.viewed")
    assert len(viewed) == before + 1
    assert viewed[-1] == {"via": "session_note", "goals": 1}
