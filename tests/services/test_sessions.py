"""Session notes through the services: drafts never lost, signing locks for everyone,
addenda and co-signature, who may read, and what is audited."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select, update
from support.casework import COUNSELOR_PASSWORD, Household, household
from support.factories import HEAD_PASSWORD
from support.office import Office

from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError, WrongPassword
from lk3_desktop.core.session_notes import GoalStatus
from lk3_desktop.db.models import AuditEntry, CounselingSession, NoteDraft
from lk3_desktop.services import case_plan, schedule, sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import GoalReviewInput, NoteInput

TODAY = datetime.date.today()


def note(home: Household, **overrides: Any) -> NoteInput:
    base: dict[str, Any] = {
        "case_id": home.case_id,
        "session_date": TODAY,
        "start_time": datetime.time(9, 0),
        "end_time": datetime.time(10, 0),
        "modality": "tatap_muka",
        "service_type": "konseling_keluarga",
        "attendee_member_ids": (home.client_member_id, home.spouse_member_id),
        "other_attendees": ("Ibu Ketua RT",),
        "note_format": "dap",
        "sections": {"data": "Ibu D. bercerita tentang pertengkaran.", "assessment": "Cemas."},
        "interventions": "Psikoedukasi komunikasi",
        "homework": "Bicara 10 menit tiap malam",
        "plan": "Sesi keluarga minggu depan",
    }
    base.update(overrides)
    return NoteInput(**base)


def signed_note(office: Office) -> sessions.SessionNote:
    saved = sessions.save_note(office.rina, note(office.home))
    return sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)


def audit_rows(session: UserSession, action: str) -> list[AuditEntry]:
    with session.store.transaction() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


# -- writing and reading ------------------------------------------------------------------------


def test_note_is_saved_with_attendees_and_read_back(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    assert not saved.is_signed
    assert [a.name for a in saved.attendees] == [
        "Dewi Lestari Hidayat",
        "Budi Hidayat",
        "Ibu Ketua RT",
    ]
    assert saved.data.case_stage == "intake"  # the case's stage when none was chosen
    read = sessions.get_note(office.head, saved.id)
    assert read.data.sections == {
        "data": "Ibu D. bercerita tentang pertengkaran.",
        "assessment": "Cemas.",
    }
    assert read.author_name == "Rina Marlina"
    listed = sessions.list_client_sessions(office.rina, office.home.client_id)
    assert [r.id for r in listed.rows] == [saved.id]
    assert [c.id for c in listed.writable_cases] == [office.home.case_id]


def test_sections_of_another_structure_are_not_kept(office: Office) -> None:
    data = note(
        office.home,
        note_format="soap",
        sections={"subjective": "S", "objective": "O", "assessment": "A", "data": "x"},
    )
    saved = sessions.save_note(office.rina, data)
    assert saved.data.sections == {"subjective": "S", "objective": "O", "assessment": "A"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"modality": "merpati"}, "modality"),
        ({"service_type": "x"}, "service_type"),
        ({"note_format": "xyz"}, "note_format"),
        ({"session_date": TODAY + datetime.timedelta(days=1)}, "session_date"),
        ({"session_date": TODAY - datetime.timedelta(days=365)}, "session_date"),
        ({"end_time": datetime.time(8, 0)}, "end_time"),
        ({"attendee_member_ids": (999,)}, "attendees"),
        ({"goal_reviews": (GoalReviewInput(999, "berjalan"),)}, "goal_reviews"),
    ],
)
def test_invalid_notes_are_refused_with_a_field(
    office: Office, change: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        sessions.save_note(office.rina, note(office.home, **change))
    assert refused.value.field == field


# -- who may read -------------------------------------------------------------------------------


def test_only_the_assigned_counselor_and_the_head_read_notes(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    for outsider in (office.dedi, office.tuti):
        with pytest.raises(PermissionDenied):
            sessions.get_note(outsider, saved.id)
        with pytest.raises(PermissionDenied):
            sessions.list_case_sessions(outsider, office.home.case_id)
        with pytest.raises(PermissionDenied):
            sessions.note_choices(outsider, office.home.case_id)
        listed = sessions.list_client_sessions(outsider, office.home.client_id)
        assert listed.rows == () and listed.hidden_cases == 1 and listed.writable_cases == ()
        with pytest.raises(PermissionDenied):
            sessions.save_note(outsider, note(office.home))
        with pytest.raises(PermissionDenied):
            sessions.save_draft(outsider, sessions.new_draft_key(), note(office.home))
        with pytest.raises(PermissionDenied):
            sessions.add_addendum(outsider, saved.id, "tambahan")
    with pytest.raises(PermissionDenied):
        sessions.unsigned_notes(office.tuti)
    assert sessions.pending_drafts(office.tuti) == []


def test_reading_a_note_is_an_audited_view(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    sessions.get_note(office.rina, saved.id)
    sessions.get_note(office.head, saved.id)
    with pytest.raises(PermissionDenied):
        sessions.get_note(office.dedi, saved.id)
    views = audit_rows(office.head, "session_note.viewed")
    assert [(v.actor_id, v.entity_id) for v in views] == [
        (office.rina.actor.user_id, str(saved.id)),
        (office.head.actor.user_id, str(saved.id)),
    ]
    for row in audit_rows(office.head, "session_note.created"):
        assert "Ibu" not in row.detail  # ids only, never note text


def test_a_reassigned_case_moves_the_notes_with_it(office: Office) -> None:
    from lk3_desktop.services import cases

    saved = sessions.save_note(office.rina, note(office.home))
    cases.reassign(office.head, office.home.case_id, office.dedi.actor.user_id, "cuti")
    assert sessions.get_note(office.dedi, saved.id).id == saved.id
    with pytest.raises(PermissionDenied):
        sessions.get_note(office.rina, saved.id)


# -- signing and the lock -----------------------------------------------------------------------


def test_sign_needs_the_authors_password(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    with pytest.raises(WrongPassword):
        sessions.sign_note(office.rina, saved.id, "salah")
    assert not sessions.get_note(office.rina, saved.id).is_signed
    with pytest.raises(PermissionDenied):
        sessions.sign_note(office.head, saved.id, HEAD_PASSWORD)  # the head is not the author
    signed = sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)
    assert signed.is_signed and signed.intact and signed.content_sha256
    assert signed.signed_by_name == "Rina Marlina"
    assert audit_rows(office.head, "session_note.signed")[0].entity_id == str(saved.id)


def test_an_empty_note_cannot_be_signed(office: Office) -> None:
    saved = sessions.save_note(
        office.rina, note(office.home, sections={}, interventions="", homework="", plan="")
    )
    with pytest.raises(ValidationError):
        sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)


def test_unsaved_changes_block_signing(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    key = sessions.draft_key_for(saved.id)
    sessions.save_draft(office.rina, key, note(office.home, plan="berubah"), saved.id)
    with pytest.raises(ValidationError):
        sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)
    sessions.save_note(office.rina, note(office.home, plan="berubah"), saved.id, key)
    assert sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD).data.plan == "berubah"


def test_a_signed_note_cannot_be_changed_through_any_service_call(office: Office) -> None:
    goal = case_plan.add_goal(
        office.rina, office.home.case_id, case_plan.GoalInput("Komunikasi membaik")
    )
    saved = sessions.save_note(
        office.rina,
        note(office.home, goal_reviews=(GoalReviewInput(goal.id, "berjalan", "mulai"),)),
    )
    signed = sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)
    key = sessions.draft_key_for(saved.id)
    changed = note(office.home, plan="diubah setelah tanda tangan")
    attempts: list[tuple[UserSession, Callable[[], object]]] = []
    for actor in (office.rina, office.head):
        attempts += [
            (actor, lambda a=actor: sessions.save_note(a, changed, saved.id)),
            (actor, lambda a=actor: sessions.save_note(a, changed, saved.id, key)),
            (actor, lambda a=actor: sessions.save_draft(a, key, changed, saved.id)),
            (actor, lambda a=actor: sessions.delete_note(a, saved.id)),
            (actor, lambda a=actor: sessions.sign_note(a, saved.id, COUNSELOR_PASSWORD)),
            (actor, lambda a=actor: case_plan.delete_goal(a, goal.id)),
        ]
    for _actor, attempt in attempts:
        with pytest.raises(RecordLocked):
            attempt()
    # a second signature by the head is co-signing, not a change of the note
    with pytest.raises(PermissionDenied):
        sessions.sign_note(office.dedi, saved.id, COUNSELOR_PASSWORD)
    after = sessions.get_note(office.head, saved.id)
    assert after.data == signed.data and after.intact
    assert after.signed_at == signed.signed_at
    assert [r.note for r in after.goal_reviews] == ["mulai"]
    # the goal itself may still move on (later sessions review it), the note stays as signed
    case_plan.update_goal(
        office.rina, goal.id, case_plan.GoalInput("Komunikasi membaik", None, "tercapai")
    )
    assert sessions.get_note(office.rina, saved.id).goal_reviews[0].status is GoalStatus.BERJALAN


def test_tampering_below_the_services_is_detected(office: Office) -> None:
    signed = signed_note(office)
    with office.head.store.transaction() as s:
        s.execute(
            update(CounselingSession)
            .where(CounselingSession.id == signed.id)
            .values(plan="diam-diam diubah")
        )
    assert not sessions.get_note(office.head, signed.id).intact


def test_addenda_under_a_signed_note(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    with pytest.raises(ValidationError):
        sessions.add_addendum(office.rina, saved.id, "belum ditandatangani")
    sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)
    with pytest.raises(ValidationError):
        sessions.add_addendum(office.rina, saved.id, "   ")
    sessions.add_addendum(office.rina, saved.id, "Koreksi: yang hadir juga nenek.")
    after = sessions.add_addendum(office.head, saved.id, "Catatan supervisi.")
    assert [(a.author_name, a.text) for a in after.addenda] == [
        ("Rina Marlina", "Koreksi: yang hadir juga nenek."),
        ("Siti Rahmawati", "Catatan supervisi."),
    ]
    assert after.intact  # addenda never change the signed content
    with pytest.raises(PermissionDenied):
        sessions.add_addendum(office.tuti, saved.id, "staf")


def test_cosign_by_the_head_only(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    with pytest.raises(ValidationError):
        sessions.cosign_note(office.head, saved.id, HEAD_PASSWORD)  # not signed yet
    sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)
    for other in (office.rina, office.dedi, office.tuti):
        with pytest.raises(PermissionDenied):
            sessions.cosign_note(other, saved.id, COUNSELOR_PASSWORD)
    with pytest.raises(WrongPassword):
        sessions.cosign_note(office.head, saved.id, "salah")
    cosigned = sessions.cosign_note(office.head, saved.id, HEAD_PASSWORD)
    assert cosigned.cosigned_by_name == "Siti Rahmawati" and cosigned.cosigned_at is not None
    assert cosigned.intact
    with pytest.raises(ValidationError):
        sessions.cosign_note(office.head, saved.id, HEAD_PASSWORD)


def test_the_head_does_not_cosign_own_notes(office: Office) -> None:
    own = household(office.head, office.head.actor.user_id, "Sri", surname="Wibowo")
    saved = sessions.save_note(office.head, note(own))
    sessions.sign_note(office.head, saved.id, HEAD_PASSWORD)
    with pytest.raises(ValidationError):
        sessions.cosign_note(office.head, saved.id, HEAD_PASSWORD)


# -- unsigned notes ----------------------------------------------------------------------------


def test_unsigned_notes_older_than_the_setting(office: Office) -> None:
    old = TODAY - datetime.timedelta(days=5)
    older = sessions.save_note(office.rina, note(office.home, session_date=old))
    recent = sessions.save_note(
        office.rina, note(office.home, session_date=TODAY - datetime.timedelta(days=2))
    )
    signed = sessions.save_note(office.rina, note(office.home, session_date=old))
    sessions.sign_note(office.rina, signed.id, COUNSELOR_PASSWORD)
    assert sessions.unsigned_days(office.rina) == 3
    for viewer in (office.rina, office.head):
        listed = sessions.unsigned_notes(viewer)
        assert [(n.id, n.days_old) for n in listed] == [(older.id, 5)]
    assert sessions.unsigned_notes(office.dedi) == []  # not the author
    sessions.set_unsigned_days(office.head, 1)
    assert [n.id for n in sessions.unsigned_notes(office.rina)] == [older.id, recent.id]
    with pytest.raises(PermissionDenied):
        sessions.set_unsigned_days(office.rina, 5)
    with pytest.raises(ValidationError):
        sessions.set_unsigned_days(office.head, 0)


# -- drafts -------------------------------------------------------------------------------------


def test_autosave_keeps_one_draft_per_editor_and_offers_it_again(office: Office) -> None:
    key = sessions.new_draft_key()
    first = note(office.home, sections={"data": "Ibu datang"})
    sessions.save_draft(office.rina, key, first)
    for i in range(5):
        sessions.save_draft(
            office.rina, key, replace(first, sections={"data": "Ibu datang" + " lagi" * i})
        )
    with office.rina.store.transaction() as s:
        assert s.execute(select(func.count()).select_from(NoteDraft)).scalar_one() == 1
    pending = sessions.pending_drafts(office.rina)
    assert [(d.draft_key, d.session_id, d.case_id) for d in pending] == [
        (key, None, office.home.case_id)
    ]
    assert sessions.pending_drafts(office.head) == []  # drafts belong to their author
    with pytest.raises(PermissionDenied):
        sessions.get_draft(office.head, pending[0].id)
    draft = sessions.get_draft(office.rina, pending[0].id)
    assert draft.data.sections["data"] == "Ibu datang" + " lagi" * 4
    saved = sessions.finalize_draft(office.rina, draft.id)
    assert saved.data.sections["data"] == "Ibu datang" + " lagi" * 4
    assert sessions.pending_drafts(office.rina) == []
    # only creation and finalization are audited, not each autosave
    assert len(audit_rows(office.head, "session_note.draft_created")) == 1


def test_a_draft_keeps_whatever_was_typed(office: Office) -> None:
    odd = note(office.home, session_date=TODAY + datetime.timedelta(days=3), modality="?")
    sessions.save_draft(office.rina, sessions.new_draft_key(), odd)
    draft = sessions.get_draft(office.rina, sessions.pending_drafts(office.rina)[0].id)
    assert draft.data == odd


def test_drafts_of_an_existing_note(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    key = sessions.draft_key_for(saved.id)
    assert sessions.draft_for_session(office.rina, saved.id) is None
    sessions.save_draft(office.rina, key, note(office.home, plan="baru"), saved.id)
    draft = sessions.draft_for_session(office.rina, saved.id)
    assert draft is not None and draft.data.plan == "baru"
    with pytest.raises(ValueError):
        sessions.save_draft(office.rina, sessions.new_draft_key(), note(office.home), saved.id)
    with pytest.raises(PermissionDenied):  # the head reads but does not write others' notes
        sessions.save_draft(office.head, key, note(office.home), saved.id)
    sessions.discard_draft(office.rina, draft.id)
    assert sessions.pending_drafts(office.rina) == []


def test_an_unsigned_note_can_be_deleted_by_its_author(office: Office) -> None:
    saved = sessions.save_note(office.rina, note(office.home))
    with pytest.raises(PermissionDenied):
        sessions.delete_note(office.head, saved.id)
    sessions.delete_note(office.rina, saved.id)
    assert sessions.list_client_sessions(office.rina, office.home.client_id).rows == ()


def test_goal_reviews_move_the_goal_status(office: Office) -> None:
    goal = case_plan.add_goal(
        office.rina, office.home.case_id, case_plan.GoalInput("Anak kembali sekolah")
    )
    first = note(
        office.home,
        session_date=TODAY - datetime.timedelta(days=7),
        goal_reviews=(GoalReviewInput(goal.id, "berjalan", "mulai"),),
    )
    sessions.save_note(office.rina, first)
    later = note(office.home, goal_reviews=(GoalReviewInput(goal.id, "tercapai", "sudah"),))
    sessions.save_note(office.rina, later)
    goals = case_plan.list_goals(office.rina, office.home.case_id)
    assert goals[0].status is GoalStatus.TERCAPAI
    assert [r.status for r in goals[0].reviews] == [GoalStatus.TERCAPAI, GoalStatus.BERJALAN]


def test_session_from_an_appointment_marks_it_done(office: Office) -> None:
    start = datetime.datetime.combine(TODAY, datetime.time(8, 0))
    booked = schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.rina.actor.user_id,
            office.home.client_id,
            start,
            start + datetime.timedelta(hours=1),
            case_id=office.home.case_id,
        ),
    )
    prefill = schedule.start_session(office.rina, booked.id)
    assert prefill.case_id == office.home.case_id and prefill.appointment_id == booked.id
    assert prefill.attendee_member_ids == (office.home.client_member_id,)
    assert prefill.start_time == datetime.time(8, 0)
    with pytest.raises(PermissionDenied):
        schedule.start_session(office.tuti, booked.id)
    saved = sessions.save_note(office.rina, replace(prefill, sections={"data": "hadir"}))
    after = schedule.get_appointment(office.tuti, booked.id)
    assert after.status.value == "selesai" and after.session_id == saved.id
    with pytest.raises(ValidationError):
        schedule.start_session(office.rina, booked.id)
