"""The records people edit together carry a version (issue 19 item 5): an unsigned session note
(open at two desks), a case's intake fields, a draft psychosocial assessment and a draft client
safety plan (the head and the case's counselor), and an appointment (the front desk and the
counselor). A save over a version saved meanwhile is
refused with the record as saved now, nothing of it is overwritten, and saving over it on
purpose (naming the newer version) works. Runs on both engines."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from support.casework import note_input
from support.office import Office

from lk3_desktop.core.client_safety_plan import SafetyPlanInput
from lk3_desktop.core.errors import EditConflict
from lk3_desktop.services import assessments, cases, partners, referrals, schedule, sessions
from lk3_desktop.services.assessments import PsychosocialInput

TODAY = datetime.date.today()
HALF_HOUR = datetime.timedelta(minutes=30)


def test_a_note_saved_at_another_desk_is_not_overwritten(office: Office) -> None:
    rina, home = office.rina, office.home
    first = sessions.save_note(rina, note_input(home, "Versi ruang konseling."))
    assert first.version == 1
    at_desk = sessions.get_note(rina, first.id)  # the same note open at a second desk
    newer = sessions.save_note(
        rina,
        note_input(home, "Versi ruang konseling, lengkap."),
        first.id,
        expected_version=first.version,
    )
    assert newer.version == 2

    typed = note_input(home, "Versi meja depan.")
    with pytest.raises(EditConflict) as caught:
        sessions.save_note(rina, typed, first.id, expected_version=at_desk.version)
    theirs = caught.value.theirs
    assert isinstance(theirs, sessions.SessionNote)
    assert theirs.version == 2 and theirs.data.sections["data"] == "Versi ruang konseling, lengkap."
    assert sessions.get_note(rina, first.id).data.sections["data"] == (
        "Versi ruang konseling, lengkap."
    )
    kept = sessions.save_note(rina, typed, first.id, expected_version=theirs.version)
    assert kept.version == 3 and kept.data.sections["data"] == "Versi meja depan."


def test_a_case_and_two_drafts_edited_by_the_head_and_the_counselor(office: Office) -> None:
    head, rina, case_id = office.head, office.rina, office.home.case_id
    case = cases.get_case(rina, case_id)
    cases.update_clinical(
        head, case_id, "Pertengkaran soal utang.", (), "segera", expected_version=case.version
    )
    with pytest.raises(EditConflict) as caught:
        cases.update_clinical(rina, case_id, "KDRT.", (), "biasa", expected_version=case.version)
    assert isinstance(caught.value.theirs, cases.CaseInfo)
    assert caught.value.theirs.presenting_problem == "Pertengkaran soal utang."
    assert cases.get_case(rina, case_id).urgency == "segera"

    plan = assessments.create_safety_plan(
        rina, case_id, SafetyPlanInput(made_on=TODAY, warning_signs=("Gelisah",))
    )
    assessments.update_safety_plan(
        head,
        plan.id,
        dataclasses.replace(plan.data, reasons="Anak-anak"),
        expected_version=plan.version,
    )
    with pytest.raises(EditConflict) as plan_conflict:
        assessments.update_safety_plan(
            rina,
            plan.id,
            dataclasses.replace(plan.data, reasons="Ibu"),
            expected_version=plan.version,
        )
    assert plan_conflict.value.theirs.data.reasons == "Anak-anak"  # type: ignore[attr-defined]

    narrative = assessments.create_psychosocial(
        rina, case_id, PsychosocialInput(assessed_on=TODAY, conclusion="Awal.")
    )
    assessments.update_psychosocial(
        head,
        narrative.id,
        dataclasses.replace(narrative.data, conclusion="Kepala menambah."),
        expected_version=narrative.version,
    )
    with pytest.raises(EditConflict):
        assessments.update_psychosocial(
            rina,
            narrative.id,
            dataclasses.replace(narrative.data, conclusion="Konselor menambah."),
            expected_version=narrative.version,
        )
    saved = assessments.get_psychosocial(rina, narrative.id)
    assert saved.data.conclusion == "Kepala menambah." and saved.version == 2


def test_an_appointment_moved_at_two_desks(office: Office) -> None:
    start = datetime.datetime.combine(TODAY, datetime.time(22, 0))
    booked = schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.rina.actor.user_id, office.home.client_id, start, start + HALF_HOUR
        ),
    )
    assert booked.version == 1
    later = start + HALF_HOUR
    moved = schedule.reschedule(  # the front desk
        office.tuti,
        booked.id,
        schedule.AppointmentInput(
            office.rina.actor.user_id, office.home.client_id, later, later + HALF_HOUR
        ),
        expected_version=booked.version,
    )
    assert moved.version == 2
    earlier = start - HALF_HOUR
    with pytest.raises(EditConflict) as caught:  # Rina, from what she opened before
        schedule.reschedule(
            office.rina,
            booked.id,
            schedule.AppointmentInput(
                office.rina.actor.user_id, office.home.client_id, earlier, start
            ),
            expected_version=booked.version,
        )
    theirs = caught.value.theirs
    assert isinstance(theirs, schedule.AppointmentInfo) and theirs.starts_at == later
    assert schedule.get_appointment(office.head, booked.id).starts_at == later


def test_a_draft_screening_saved_at_two_desks(office: Office) -> None:
    draft = assessments.record_administration(
        office.rina, office.home.case_id, "PHQ-9", [0] * 9, TODAY
    )
    assessments.update_administration(
        office.head, draft.id, [1] * 9, TODAY, expected_version=draft.version
    )
    with pytest.raises(EditConflict) as caught:
        assessments.update_administration(
            office.rina, draft.id, [2] * 9, TODAY, expected_version=draft.version
        )
    assert caught.value.theirs.answers == (1,) * 9  # type: ignore[attr-defined]
    assert assessments.get_administration(office.rina, draft.id).answers == (1,) * 9


def _referral_draft(office: Office) -> referrals.ReferralInfo:
    kind = {t.code: t.id for t in partners.list_partner_types(office.head)}["puskesmas"]
    partner = partners.add_partner(office.rina, partners.PartnerInput("Puskesmas Uji", kind))
    return referrals.create_referral(
        office.rina,
        office.home.case_id,
        referrals.ReferralInput(
            partner.id,
            reason="Pemeriksaan kesehatan jiwa lanjutan.",
            consented_fields=("name",),
            consent_given_by_name="Dewi",
        ),
    )


def test_a_referral_corrected_at_two_desks_before_signing(office: Office) -> None:
    draft = _referral_draft(office)
    assert draft.version == 1
    referrals.update_referral(
        office.head,
        draft.id,
        dataclasses.replace(draft.as_input(), reason="Pemeriksaan psikiater."),
        expected_version=draft.version,
    )
    with pytest.raises(EditConflict) as caught:
        referrals.update_referral(
            office.rina,
            draft.id,
            dataclasses.replace(draft.as_input(), services_requested="Psikolog klinis."),
            expected_version=draft.version,
        )
    assert caught.value.theirs.reason == "Pemeriksaan psikiater."  # type: ignore[attr-defined]
    now = referrals.get_referral(office.rina, draft.id)
    assert now.reason == "Pemeriksaan psikiater." and now.services_requested == ""
