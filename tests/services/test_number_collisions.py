"""Letter and registration numbers after a template change: a number already issued is passed
over (audited, never reused), and set_setting refuses bad templates and signer lists
(issue 11, item 4)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import add_user
from support.error_text import indonesian
from support.factories import HEAD_PASSWORD

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry, ReferralLetter
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import cases, center, clients, partners, referrals
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()
YEAR = TODAY.year


def _skipped(session: UserSession) -> list[dict[str, object]]:
    with session.store.transaction() as s:
        rows = s.execute(
            select(AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.action == "number.skipped")
            .order_by(AuditEntry.id)
        ).all()
    return [{"counter": counter, **json.loads(detail)} for counter, detail in rows]


def _case(head: UserSession, counselor_id: int | None = None, name: str = "Siti Aminah") -> int:
    cid = clients.create_client(
        head, clients.ClientInput(full_name=name, sex="P", estimated_age=30)
    )
    return cases.open_case(
        head, cid, cases.CaseInput(TODAY, "datang_sendiri", counselor_id=counselor_id)
    ).id


def test_a_letter_number_already_issued_is_passed_over_and_recorded(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    budi = add_user(head, data_dir, cred_store, "budi", "Budi Santoso", Role.KONSELOR)
    case_id = _case(head, budi.actor.user_id)
    types = {t.code: t.id for t in partners.list_partner_types(head)}
    partner = partners.add_partner(
        budi, partners.PartnerInput(name="Puskesmas Ciruas", type_id=types["puskesmas"])
    )

    def sign_one() -> str:
        ref = referrals.create_referral(
            budi,
            case_id,
            referrals.ReferralInput(
                partner_id=partner.id,
                reason="Pemeriksaan lanjutan.",
                services_requested="Konseling.",
                urgency="biasa",
                consented_fields=("name",),
                consent_given_by="klien",
                consent_given_by_name="Siti Aminah",
            ),
        )
        referrals.submit_referral(budi, ref.id)
        referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
        with head.store.transaction() as s:
            letter = s.execute(
                select(ReferralLetter).where(ReferralLetter.referral_id == ref.id)
            ).scalar_one()
            return letter.number

    referrals.set_letter_number_template(head, "{seq}1/{year}")
    assert sign_one() == f"11/{YEAR}"  # sequence value 1
    referrals.set_letter_number_template(head, "{seq}/{year}")
    numbers = [sign_one() for _ in range(10)]  # values 2..11; 11 makes 11/YEAR again
    assert numbers == [f"{n}/{YEAR}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 12)]
    assert _skipped(head) == [
        {"counter": f"letter:{YEAR}", "value": 11, "number": f"11/{YEAR}", "reason": "taken"}
    ]
    with head.store.transaction() as s:
        values = s.execute(select(ReferralLetter.seq_value).order_by(ReferralLetter.id)).all()
    assert [v for (v,) in values] == [1, *range(2, 11), 12]  # 11 is the one recorded gap


def test_a_registration_number_already_issued_is_passed_over(head: UserSession) -> None:
    center_info = center.get_center(head)
    assert center_info is not None
    cases.set_case_number_template(head, "R{seq}1/{year}")
    first = cases.get_case(head, _case(head, name="Ani Lestari"))
    assert first.registration_number == f"R11/{YEAR}"
    cases.set_case_number_template(head, "R{seq}/{year}")
    numbers = [
        cases.get_case(head, _case(head, name=f"Klien Nomor {i}")).registration_number
        for i in range(10)
    ]
    assert numbers[-1] == f"R12/{YEAR}" and f"R11/{YEAR}" not in numbers
    assert _skipped(head)[0]["value"] == 11


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        (office_settings.LETTER_NUMBER_TEMPLATE, "{seq}{seq}/{year}", "satu kali"),
        (office_settings.LETTER_NUMBER_TEMPLATE, "{nomor}/{year}", "tidak dikenal"),
        (office_settings.LETTER_NUMBER_TEMPLATE, "LK3/{year}", "harus memuat {seq}"),
        (office_settings.LETTER_NUMBER_TEMPLATE, "{seq}/LK3", "harus memuat {year}"),
        (office_settings.LETTER_NUMBER_TEMPLATE, "{seq:0200d}/{year}", "lebih dari 80"),
        (office_settings.LETTER_NUMBER_TEMPLATE, "x" * 81 + "{seq}{year}", "paling panjang"),
        (office_settings.CASE_NUMBER_TEMPLATE, "{seq:060d}/{year}", "lebih dari 60"),
        (office_settings.CASE_NUMBER_TEMPLATE, 5, "berupa teks"),
        (office_settings.CASE_NUMBER_TEMPLATE, "{center_code:d}{seq}{year}", "tidak valid"),
        (office_settings.REFERRAL_SIGNERS, ["2"], "pengguna yang berbeda"),
        (office_settings.REFERRAL_SIGNERS, [2, 2], "pengguna yang berbeda"),
        (office_settings.REFERRAL_SIGNERS, "2", "pengguna yang berbeda"),
    ],
)
def test_set_setting_refuses_bad_templates_and_signer_lists(
    head: UserSession, key: str, value: object, sentence: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        office_settings.set_setting(head, key, value)
    assert sentence in indonesian(caught.value) and caught.value.field == key
    assert office_settings.get_setting(head, key) is None  # nothing stored


def test_signers_must_be_active_counselors(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    tuti = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    budi = add_user(head, data_dir, cred_store, "budi", "Budi Santoso", Role.KONSELOR)
    for ids in ([tuti.actor.user_id], [head.actor.user_id], [999]):
        with pytest.raises(ValidationError):
            office_settings.set_setting(head, office_settings.REFERRAL_SIGNERS, ids)
    office_settings.set_setting(head, office_settings.REFERRAL_SIGNERS, [budi.actor.user_id])
    assert referrals.referral_signers(head) == [budi.actor.user_id]
