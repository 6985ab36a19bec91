"""Writing a note: clean and check what was typed, save it (with attendees and goal reviews),
finalize a draft, delete an unsigned note.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.core.session_notes import (
    ALL_SECTIONS,
    MODALITIES,
    SERVICE_TYPES,
    GoalStatus,
    NoteFormat,
    sections_for,
)
from lk3_desktop.core.text_input import bounded
from lk3_desktop.db.models import (
    Appointment,
    Case,
    CaseGoal,
    CounselingSession,
    FamilyMember,
    GoalReview,
    NoteDraft,
    SessionAttendee,
)
from lk3_desktop.services._versions import next_version
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.access import _case, _load, _require_editable, _require_writer
from lk3_desktop.services.sessions.data import Attendee, GoalReviewInput, NoteInput, SessionNote
from lk3_desktop.services.sessions.drafts import _check_key, _now, draft_key_for, get_draft
from lk3_desktop.services.sessions.reading import _note

MAX_TEXT = limits.LONG_TEXT.max_chars  # characters per field


def _clean_text(value: str, too_long: str, name: str) -> str:
    """``value`` bounded to MAX_TEXT; ``too_long`` is the code of the sentence that says it."""
    return bounded(value, limits.TextLimit(MAX_TEXT, too_long), name, multiline=True)


@dataclass(frozen=True)
class _Clean:
    data: NoteInput
    attendees: tuple[Attendee, ...]


def _check_kinds(case: Case, data: NoteInput) -> tuple[NoteFormat, str]:
    """The note's structure and case stage, after checking every coded choice and date."""
    if data.modality not in MODALITIES:
        raise ValidationError("session.modality_required", "modality")
    if data.service_type not in SERVICE_TYPES:
        raise ValidationError("session.service_type_required", "service_type")
    try:
        note_format = NoteFormat(data.note_format)
    except ValueError:
        raise ValidationError("session.format_required", "note_format") from None
    stage = data.case_stage or case.stage
    try:
        Stage(stage)
    except ValueError:
        raise ValidationError("session.stage_required", "case_stage") from None
    today = datetime.date.today()
    if data.session_date > today:
        raise ValidationError("session.date_in_future", "session_date")
    if data.session_date < case.intake_date:
        raise ValidationError("session.date_before_intake", "session_date")
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise ValidationError("time.end_before_start", "end_time")
    if data.next_appointment_at is not None and data.next_appointment_at.date() < data.session_date:
        raise ValidationError("session.next_before_session", "next_appointment")
    unknown = set(data.sections) - set(ALL_SECTIONS)
    if unknown:
        raise ValidationError("session.section_unknown", "sections")
    return note_format, stage


def _clean_attendees(s: Session, case: Case, data: NoteInput) -> list[Attendee]:
    """Family members of the case's family (or of the client's own families), then others."""
    members: dict[int, FamilyMember] = {}
    if data.attendee_member_ids:
        found = s.execute(
            select(FamilyMember).where(FamilyMember.id.in_(data.attendee_member_ids))
        ).scalars()
        families = (
            {case.family_id}
            if case.family_id is not None
            else set(
                s.execute(
                    select(FamilyMember.family_id).where(FamilyMember.client_id == case.client_id)
                ).scalars()
            )
        )
        members = {m.id: m for m in found if m.family_id in families}
        if set(data.attendee_member_ids) - set(members):
            raise ValidationError("session.attendee_not_found", "attendees")
    attendees: list[Attendee] = []
    for member_id in dict.fromkeys(data.attendee_member_ids):
        attendees.append(Attendee(member_id, members[member_id].name))
    for name in data.other_attendees:
        typed = bounded(name, limits.PERSON_NAME, "attendees")
        if typed:
            attendees.append(Attendee(None, typed))
    return attendees


def _clean_reviews(s: Session, case: Case, data: NoteInput) -> list[GoalReviewInput]:
    """Goal reviews of goals of this case, with known statuses."""
    goal_ids = {
        g for g in s.execute(select(CaseGoal.id).where(CaseGoal.case_id == case.id)).scalars()
    }
    reviews: list[GoalReviewInput] = []
    for review in data.goal_reviews:
        if review.goal_id not in goal_ids:
            raise ValidationError("session.goal_not_found", "goal_reviews")
        try:
            GoalStatus(review.status)
        except ValueError:
            raise ValidationError("goal.status_required", "goal_reviews") from None
        reviews.append(
            GoalReviewInput(
                review.goal_id,
                review.status,
                _clean_text(review.note, "limit.note_section", "goal_reviews"),
            )
        )
    return reviews


def _check_appointment(
    s: Session, session: UserSession, case: Case, data: NoteInput, session_id: int | None
) -> None:
    if data.appointment_id is None:
        return
    appointment = s.get(Appointment, data.appointment_id)
    if appointment is None or appointment.client_id != case.client_id:
        raise ValidationError("session.appointment_not_found", "appointment")
    check_note_appointment(session, appointment, case)
    taken = s.execute(
        select(CounselingSession.id).where(CounselingSession.appointment_id == data.appointment_id)
    ).scalar_one_or_none()
    if taken is not None and taken != session_id:
        raise ValidationError("appointment.has_note", "appointment")


def _clean(
    s: Session, session: UserSession, case: Case, data: NoteInput, session_id: int | None
) -> _Clean:
    note_format, stage = _check_kinds(case, data)
    sections = {
        name: _clean_text(text, "limit.note_section", name)
        for name, text in sections_for(note_format, data.sections).items()
    }
    attendees = _clean_attendees(s, case, data)
    reviews = _clean_reviews(s, case, data)
    _check_appointment(s, session, case, data, session_id)
    clean = NoteInput(
        case_id=case.id,
        session_date=data.session_date,
        start_time=data.start_time,
        end_time=data.end_time,
        modality=data.modality,
        service_type=data.service_type,
        case_stage=stage,
        attendee_member_ids=tuple(a.family_member_id for a in attendees if a.family_member_id),
        other_attendees=tuple(a.name for a in attendees if a.family_member_id is None),
        note_format=note_format.value,
        sections=sections,
        interventions=_clean_text(data.interventions, "limit.interventions", "interventions"),
        homework=_clean_text(data.homework, "limit.homework", "homework"),
        plan=_clean_text(data.plan, "limit.plan", "plan"),
        next_appointment_at=data.next_appointment_at,
        appointment_id=data.appointment_id,
        goal_reviews=tuple(reviews),
    )
    return _Clean(clean, tuple(attendees))


def check_note_appointment(session: UserSession, appointment: Appointment, case: Case) -> None:
    """A note records (and marks done) only an appointment of its own case, held by the note's
    writer; the head may record any counselor's. ValidationError on the appointment field."""
    if appointment.case_id is not None and appointment.case_id != case.id:
        raise ValidationError("session.appointment_other_case", "appointment")
    if appointment.counselor_id != session.actor.user_id and session.actor.role is not Role.KEPALA:
        raise ValidationError(
            "session.appointment_other_counselor",
            "appointment",
        )


def _write_children(s: Session, row: CounselingSession, clean: _Clean) -> None:
    s.execute(delete(SessionAttendee).where(SessionAttendee.session_id == row.id))
    if clean.attendees:
        s.execute(
            insert(SessionAttendee),
            [
                {
                    "session_id": row.id,
                    "family_member_id": a.family_member_id,
                    "name": a.name,
                    "position": i,
                }
                for i, a in enumerate(clean.attendees)
            ],
        )
    s.execute(delete(GoalReview).where(GoalReview.session_id == row.id))
    for review in clean.data.goal_reviews:
        s.add(
            GoalReview(
                goal_id=review.goal_id,
                session_id=row.id,
                status=review.status,
                note=review.note,
            )
        )
        # the goal's status follows its most recent review
        later = s.execute(
            select(func.count())
            .select_from(GoalReview)
            .join(CounselingSession, CounselingSession.id == GoalReview.session_id)
            .where(
                GoalReview.goal_id == review.goal_id,
                CounselingSession.session_date > row.session_date,
            )
        ).scalar_one()
        goal = s.get(CaseGoal, review.goal_id)
        if goal is not None and not later and goal.status != review.status:
            goal.status = review.status
            goal.updated_at = _now()
    s.flush()


def _apply(row: CounselingSession, data: NoteInput) -> None:
    row.session_date = data.session_date
    row.start_time = data.start_time
    row.end_time = data.end_time
    row.modality = data.modality
    row.service_type = data.service_type
    row.case_stage = data.case_stage
    row.note_format = data.note_format
    row.note_sections = json.dumps(dict(data.sections), ensure_ascii=False, sort_keys=True)
    row.interventions = data.interventions
    row.homework = data.homework
    row.plan = data.plan
    row.next_appointment_at = data.next_appointment_at
    row.appointment_id = data.appointment_id


def save_note(
    session: UserSession,
    data: NoteInput,
    session_id: int | None = None,
    draft_key: str | None = None,
    *,
    expected_version: int | None = None,
) -> SessionNote:
    """Save the editor's note as the session record (a new one, or the author's unsigned
    note ``session_id``) and drop the editor's draft. The note stays unsigned (Draf).

    ``expected_version``: the version the editor started from (``SessionNote.version``); a
    newer one saved meanwhile (the same note open at another desk) raises EditConflict with
    the note as saved now, and nothing is saved."""
    if draft_key is not None:
        _check_key(draft_key, session_id)
    now = _now()
    with session.store.transaction() as s:
        if session_id is not None:
            row, case = _load(s, session, session_id)
            _require_editable(session, row)
            if data.case_id != row.case_id:
                raise ValidationError("session.other_case")
        else:
            case = _case(s, data.case_id)
            row = None
        _require_writer(session, case)
        clean = _clean(s, session, case, data, session_id)
        if row is None:
            row = CounselingSession(
                case_id=case.id,
                author_id=session.actor.user_id,
                created_at=now,
                updated_at=now,
            )
            _apply(row, clean.data)
            s.add(row)
            s.flush()
            action = "session_note.created"
        else:
            next_version(row, expected_version, "session_note", lambda: _note(s, row, case))
            _apply(row, clean.data)
            row.updated_at = now
            action = "session_note.updated"
        _write_children(s, row, clean)
        if clean.data.appointment_id is not None:
            appointment = s.get(Appointment, clean.data.appointment_id)
            if appointment is not None and appointment.status == "terjadwal":
                appointment.status = "selesai"
                appointment.status_changed_at = now
                appointment.status_changed_by = session.actor.user_id
        keys = [draft_key_for(row.id)] + ([draft_key] if draft_key else [])
        s.execute(
            delete(NoteDraft).where(
                NoteDraft.author_id == session.actor.user_id, NoteDraft.draft_key.in_(keys)
            )
        )
        s.flush()
        session.audit(s, action, "counseling_session", row.id, {"case": case.id})
        return _note(s, row, case)


def finalize_draft(session: UserSession, draft_id: int) -> SessionNote:
    """Save a recovered draft as its note (new or the existing unsigned one)."""
    info = get_draft(session, draft_id)
    return save_note(session, info.data, info.session_id, info.draft_key)


def delete_note(session: UserSession, session_id: int) -> None:
    """Remove an unsigned note written by mistake (its author only); a signed note stays."""
    with session.store.transaction() as s:
        row, _case_row = _load(s, session, session_id)
        _require_editable(session, row)
        s.execute(delete(GoalReview).where(GoalReview.session_id == row.id))
        s.execute(delete(SessionAttendee).where(SessionAttendee.session_id == row.id))
        s.execute(delete(NoteDraft).where(NoteDraft.session_id == row.id))
        s.delete(row)
        session.audit(s, "session_note.deleted", "counseling_session", session_id)
