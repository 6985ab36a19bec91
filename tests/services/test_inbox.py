"""Beranda's inbox per role: what waits, for whom, newest risk first, gone once handled."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import update
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD
from support.office import Office, new_office

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import RiskFlag
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import (
    anonymise,
    assessments,
    cases,
    client_list,
    clients,
    partners,
    referrals,
    schedule,
    sessions,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.inbox import Kind, Record, changes_inbox, load_inbox

TODAY = datetime.date.today()
NOW = datetime.datetime.combine(TODAY, datetime.time(9, 0))
SUICIDE = [1, 1, 1, 1, 1, 1, 1, 1, 2]  # PHQ-9 item 9 answered: a risk flag


@pytest.fixture
def office(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> Iterator[Office]:
    """Budi and Sari (konselor) each hold a household's case (Sari's from 900 days ago);
    Tuti is staf."""
    built = new_office(head, data_dir, cred_store, "budi", "tuti")
    built.person("sari", "Sari Wulandari", Role.KONSELOR)
    built.add_home("mine", "budi", full_name="Dewi Lestari")
    built.add_home("other", "sari", full_name="Rina Wati", surname="Kusuma", intake_days_ago=900)
    yield built
    built.close()


def _kinds(session: UserSession) -> dict[Kind, list[tuple[Record, int]]]:
    inbox = load_inbox(session)
    return {entry.kind: [(i.record, i.record_id) for i in entry.items] for entry in inbox.lists}


def _risk_clients(session: UserSession) -> list[int]:
    inbox = load_inbox(session)
    return [i.client_id for entry in inbox.lists if entry.kind is Kind.RISK for i in entry.items]


def test_a_counselor_sees_the_open_flag_and_the_unsigned_draft_of_their_own_cases_only(
    office: Office,
) -> None:
    draft = assessments.record_administration(
        office.budi, office.mine.case_id, "PHQ-9", SUICIDE, TODAY
    )
    assessments.record_administration(office.sari, office.other.case_id, "PHQ-9", SUICIDE, TODAY)

    found = _kinds(office.budi)
    assert _risk_clients(office.budi) == [office.mine.client_id]
    assert found[Kind.ASSESSMENT_DRAFT] == [(Record.ADMINISTRATION, draft.id)]
    # both clients were registered without consent; budi sees his own
    assert found[Kind.NO_CONSENT] == [(Record.CLIENT, office.mine.client_id)]
    assert Kind.LETTER not in found and Kind.RETENTION not in found

    flag = assessments.open_risk_flags(office.budi, office.mine.client_id)[0]
    assessments.resolve_flag(office.budi, flag.id, "Rencana keselamatan disepakati.")
    clients.record_consent(
        office.budi, office.mine.client_id, TODAY, "klien", "Dewi Lestari", "layanan"
    )
    found = _kinds(office.budi)
    assert found[Kind.RISK] == []
    assert found[Kind.NO_CONSENT] == []
    assert found[Kind.ASSESSMENT_DRAFT] == [(Record.ADMINISTRATION, draft.id)]  # still unsigned
    assessments.sign_administration(office.budi, draft.id, COUNSELOR_PASSWORD)
    assert _kinds(office.budi)[Kind.ASSESSMENT_DRAFT] == []


def test_a_draft_client_safety_plan_waits_for_its_author_until_signed(office: Office) -> None:
    proposed = assessments.proposed_plan(office.budi, office.mine.case_id)
    plan = assessments.create_safety_plan(office.budi, office.mine.case_id, proposed)
    assert _kinds(office.budi)[Kind.ASSESSMENT_DRAFT] == [(Record.SAFETY_PLAN, plan.id)]
    assert _kinds(office.sari)[Kind.ASSESSMENT_DRAFT] == []  # not hers
    assert _kinds(office.head)[Kind.ASSESSMENT_DRAFT] == []  # the head's own drafts only
    assert Kind.ASSESSMENT_DRAFT not in _kinds(office.tuti)  # staf: nothing clinical
    assert changes_inbox("client_safety_plan.created")
    assert changes_inbox("client_safety_plan.signed")
    assert not changes_inbox("client_safety_plan.viewed")
    complete = replace(proposed, warning_signs=("Tidak bisa tidur",), coping=("Salat",))
    assessments.update_safety_plan(office.budi, plan.id, complete)
    assessments.sign_safety_plan(office.budi, plan.id, COUNSELOR_PASSWORD)
    assert _kinds(office.budi)[Kind.ASSESSMENT_DRAFT] == []


def test_the_head_sees_every_open_flag_newest_first(office: Office) -> None:
    assessments.record_administration(office.budi, office.mine.case_id, "PHQ-9", SUICIDE, TODAY)
    assessments.record_administration(office.sari, office.other.case_id, "PHQ-9", SUICIDE, TODAY)
    with office.head.store.transaction() as s:  # the first flag was raised a week ago
        s.execute(
            update(RiskFlag)
            .where(RiskFlag.client_id == office.mine.client_id)
            .values(raised_at=NOW - datetime.timedelta(days=7))
        )
    assert _risk_clients(office.head) == [office.other.client_id, office.mine.client_id]
    inbox = load_inbox(office.head)
    assert inbox.total(Kind.RISK) == 2
    item = next(e for e in inbox.lists if e.kind is Kind.RISK).items[0]
    assert item.source == "PHQ-9" and item.item == 9 and item.label


def test_the_head_sees_the_letter_waiting_and_the_counselor_the_follow_up_due(
    office: Office,
) -> None:
    kind = partners.list_partner_types(office.head)[0].id
    partner = partners.add_partner(
        office.head, partners.PartnerInput("Puskesmas Serang Kota", kind, address="Serang")
    ).id
    drafted = referrals.create_referral(
        office.budi,
        office.mine.case_id,
        referrals.ReferralInput(
            partner_id=partner,
            reason="Pemeriksaan psikologis",
            consent_given_by_name="Dewi Lestari",
            follow_up_on=TODAY,
        ),
    )
    assert Kind.LETTER not in _kinds(office.head) or not _kinds(office.head)[Kind.LETTER]
    referrals.submit_referral(office.budi, drafted.id)
    assert _kinds(office.head)[Kind.LETTER] == [(Record.REFERRAL, drafted.id)]
    assert Kind.LETTER not in _kinds(office.budi)  # budi does not sign letters

    referrals.sign_referral(office.head, drafted.id, HEAD_PASSWORD)
    assert _kinds(office.head)[Kind.LETTER] == []
    # due today: the counselor's to do; the head's list holds follow-ups past their date
    assert _kinds(office.budi)[Kind.FOLLOW_UP] == [(Record.REFERRAL, drafted.id)]
    assert _kinds(office.head)[Kind.FOLLOW_UP] == []
    assert _kinds(office.sari)[Kind.FOLLOW_UP] == []


def test_notes_unsigned_and_notes_to_cosign(office: Office) -> None:
    note = sessions.save_note(
        office.budi,
        sessions.NoteInput(
            case_id=office.mine.case_id,
            session_date=TODAY - datetime.timedelta(days=10),
            sections={"data": "Klien datang bersama suami.", "assessment": "Konflik."},
            plan="Sesi berikutnya minggu depan.",
        ),
    )
    # the counselor sees every unsigned note of theirs; the head those past the set days
    assert _kinds(office.budi)[Kind.UNSIGNED_NOTE] == [(Record.SESSION, note.id)]
    assert _kinds(office.head)[Kind.UNSIGNED_NOTE] == [(Record.SESSION, note.id)]
    assert _kinds(office.head)[Kind.COSIGN] == []
    sessions.sign_note(office.budi, note.id, COUNSELOR_PASSWORD)
    assert _kinds(office.budi)[Kind.UNSIGNED_NOTE] == []
    found = _kinds(office.head)
    assert found[Kind.UNSIGNED_NOTE] == []
    assert found[Kind.COSIGN] == [(Record.SESSION, note.id)]
    sessions.cosign_note(office.head, note.id, "Rahasia-Kantor-2026!")
    assert _kinds(office.head)[Kind.COSIGN] == []


def test_staff_see_no_shows_to_reschedule_and_new_clients_without_consent_nothing_clinical(
    office: Office,
) -> None:
    assessments.record_administration(office.budi, office.mine.case_id, "PHQ-9", SUICIDE, TODAY)
    start = datetime.datetime.combine(TODAY - datetime.timedelta(days=2), datetime.time(10, 0))
    missed = schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.budi.actor.user_id,
            office.mine.client_id,
            start,
            start + datetime.timedelta(hours=1),
        ),
    )
    schedule.mark_no_show(office.tuti, missed.id)
    found = _kinds(office.tuti)
    assert set(found) == {Kind.NO_SHOW, Kind.NO_CONSENT}
    assert found[Kind.NO_SHOW] == [(Record.APPOINTMENT, missed.id)]
    assert sorted(r for _k, r in found[Kind.NO_CONSENT]) == sorted(
        [office.mine.client_id, office.other.client_id]
    )

    later = datetime.datetime.combine(TODAY + datetime.timedelta(days=3), datetime.time(10, 0))
    schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.budi.actor.user_id,
            office.mine.client_id,
            later,
            later + datetime.timedelta(hours=1),
        ),
    )
    assert _kinds(office.tuti)[Kind.NO_SHOW] == []  # rescheduled
    assert load_inbox(office.tuti).appointments_today == 0


def test_the_head_sees_clients_past_retention(office: Office) -> None:
    anonymise.set_retention_years(office.head, 1)
    cases.change_stage(
        office.head,
        office.other.case_id,
        Stage.TERMINASI,
        TODAY - datetime.timedelta(days=400),
        closing_reason="Selesai",
    )
    assert _kinds(office.head)[Kind.RETENTION] == [(Record.CLIENT, office.other.client_id)]
    assert Kind.RETENTION not in _kinds(office.sari)


def test_lists_are_capped_but_counted(office: Office) -> None:
    for _ in range(4):
        assessments.record_administration(office.budi, office.mine.case_id, "K10", [1] * 10, TODAY)
    inbox = load_inbox(office.budi, limit=3)
    drafts = next(e for e in inbox.lists if e.kind is Kind.ASSESSMENT_DRAFT)
    assert len(drafts.items) == 3 and drafts.total == 4
    assert inbox.waiting == sum(e.total for e in inbox.lists)


def test_the_client_list_filters_by_high_risk_as_far_as_the_actor_may_see(
    office: Office,
) -> None:
    assessments.record_administration(office.budi, office.mine.case_id, "PHQ-9", SUICIDE, TODAY)
    assessments.record_administration(office.sari, office.other.case_id, "PHQ-9", SUICIDE, TODAY)
    flag = assessments.open_risk_flags(office.sari, office.other.client_id)[0]
    assessments.resolve_flag(office.sari, flag.id, "Dirujuk ke Puskesmas.")

    def ids(session: UserSession, **risk: object) -> list[int]:
        return client_list.search_ids(session, client_list.ClientFilter(**risk))  # type: ignore[arg-type]

    assert ids(office.head, risk="open") == [office.mine.client_id]
    assert sorted(ids(office.head, risk="recent", risk_months=3)) == sorted(
        [office.mine.client_id, office.other.client_id]
    )
    assert ids(office.budi, risk="recent") == [office.mine.client_id]  # not sari's client
    with office.head.store.transaction() as s:  # the handled flag is half a year old
        s.execute(
            update(RiskFlag)
            .where(RiskFlag.client_id == office.other.client_id)
            .values(raised_at=NOW - datetime.timedelta(days=200))
        )
    assert ids(office.head, risk="recent", risk_months=3) == [office.mine.client_id]
    assert sorted(ids(office.head, risk="recent", risk_months=12)) == sorted(
        [office.mine.client_id, office.other.client_id]
    )
    with pytest.raises(PermissionDenied):
        ids(office.tuti, risk="open")

    # the lasting mark: the newest result's date, still there after the action
    assert assessments.last_high_risk(
        office.head, office.other.client_id
    ) == TODAY - datetime.timedelta(days=200)
    assert assessments.last_high_risk(office.budi, office.other.client_id) is None
    assert assessments.last_high_risk(office.tuti, office.mine.client_id) is None


def test_which_audited_actions_change_an_inbox() -> None:
    for action in (
        "risk_flag.raised",
        "risk_flag.resolved",
        "assessment.signed",
        "session_note.cosigned",
        "referral.submitted",
        "appointment.status_changed",
        "consent.recorded",
    ):
        assert changes_inbox(action), action
    for action in ("risk_flag.viewed", "client.viewed", "referral.printed", "login.success"):
        assert not changes_inbox(action), action
