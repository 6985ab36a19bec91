"""Reading notes: one note in full (an audited view), a client's or a case's sessions, and
the choices an editor offers (attendees, goals).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.session_notes import GoalStatus, note_digest
from lk3_desktop.db.models import (
    Case,
    CaseGoal,
    Client,
    CounselingSession,
    FamilyMember,
    GoalReview,
    SessionAddendum,
    SessionAttendee,
    User,
)
from lk3_desktop.services._case_rows import client_cases
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.access import _case, _load, _require_reader, may_read_notes
from lk3_desktop.services.sessions.data import (
    AddendumInfo,
    Attendee,
    CaseChoice,
    GoalChoice,
    GoalReviewInfo,
    GoalReviewInput,
    MemberChoice,
    NoteChoices,
    NoteInput,
    SessionList,
    SessionNote,
    SessionRow,
)


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    """``{first: second}`` of two-column result rows."""
    return {first: second for first, second in rows}


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _attendees(s: Session, session_id: int) -> tuple[Attendee, ...]:
    return tuple(
        Attendee(a.family_member_id, a.name)
        for a in s.execute(
            select(SessionAttendee)
            .where(SessionAttendee.session_id == session_id)
            .order_by(SessionAttendee.position, SessionAttendee.id)
        ).scalars()
    )


def _reviews(s: Session, session_id: int) -> tuple[GoalReviewInfo, ...]:
    # Whole rows, not the description column: a goal's text opens only as a loaded row.
    rows = s.execute(
        select(GoalReview, CaseGoal)
        .join(CaseGoal, CaseGoal.id == GoalReview.goal_id)
        .where(GoalReview.session_id == session_id)
        .order_by(CaseGoal.position, CaseGoal.id)
    ).all()
    return tuple(
        GoalReviewInfo(review.goal_id, goal.description, GoalStatus(review.status), review.note)
        for review, goal in rows
    )


def _addenda(s: Session, session_id: int, names: dict[int, str]) -> tuple[AddendumInfo, ...]:
    return tuple(
        AddendumInfo(a.id, a.author_id, names.get(a.author_id, ""), a.written_at, a.text)
        for a in s.execute(
            select(SessionAddendum)
            .where(SessionAddendum.session_id == session_id)
            .order_by(SessionAddendum.written_at, SessionAddendum.id)
        ).scalars()
    )


def _input_of(
    row: CounselingSession, attendees: Sequence[Attendee], reviews: Sequence[GoalReviewInfo]
) -> NoteInput:
    return NoteInput(
        case_id=row.case_id,
        session_date=row.session_date,
        start_time=row.start_time,
        end_time=row.end_time,
        modality=row.modality,
        service_type=row.service_type,
        case_stage=row.case_stage,
        attendee_member_ids=tuple(
            a.family_member_id for a in attendees if a.family_member_id is not None
        ),
        other_attendees=tuple(a.name for a in attendees if a.family_member_id is None),
        note_format=row.note_format,
        sections={str(k): str(v) for k, v in json.loads(row.note_sections).items()},
        interventions=row.interventions,
        homework=row.homework,
        plan=row.plan,
        next_appointment_at=row.next_appointment_at,
        appointment_id=row.appointment_id,
        goal_reviews=tuple(GoalReviewInput(r.goal_id, r.status.value, r.note) for r in reviews),
    )


def _content(data: NoteInput, attendees: Sequence[Attendee]) -> dict[str, Any]:
    """What a signature covers: every field of the note, attendees and goal reviews."""
    return {
        "case_id": data.case_id,
        "session_date": data.session_date.isoformat(),
        "start_time": data.start_time.isoformat() if data.start_time else None,
        "end_time": data.end_time.isoformat() if data.end_time else None,
        "modality": data.modality,
        "service_type": data.service_type,
        "case_stage": data.case_stage,
        "attendees": [[a.family_member_id, a.name] for a in attendees],
        "note_format": data.note_format,
        "sections": dict(data.sections),
        "interventions": data.interventions,
        "homework": data.homework,
        "plan": data.plan,
        "next_appointment_at": (
            data.next_appointment_at.isoformat() if data.next_appointment_at else None
        ),
        "goal_reviews": sorted([g.goal_id, g.status, g.note] for g in data.goal_reviews),
    }


def seal(data: NoteInput, attendees: Sequence[Attendee]) -> str:
    """The digest a signature keeps of a note's content (``content_sha256``)."""
    return note_digest(_content(data, attendees))


def _note(s: Session, row: CounselingSession, case: Case) -> SessionNote:
    names = _names(s)
    client = s.get(Client, case.client_id)
    attendees = _attendees(s, row.id)
    reviews = _reviews(s, row.id)
    data = _input_of(row, attendees, reviews)
    # Anonymising erases signed text on purpose; that is not tampering.
    erased = client is not None and client.anonymised_at is not None
    intact = erased or row.content_sha256 in (None, seal(data, attendees))
    return SessionNote(
        id=row.id,
        case_id=case.id,
        registration_number=case.registration_number,
        client_id=case.client_id,
        client_name=client.full_name if client else "",
        author_id=row.author_id,
        author_name=names.get(row.author_id, ""),
        data=data,
        attendees=attendees,
        goal_reviews=reviews,
        addenda=_addenda(s, row.id, names),
        created_at=row.created_at,
        updated_at=row.updated_at,
        signed_at=row.signed_at,
        signed_by_name=names.get(row.signed_by or 0, ""),
        cosigned_at=row.cosigned_at,
        cosigned_by_name=names.get(row.cosigned_by or 0, ""),
        content_sha256=row.content_sha256,
        intact=intact,
        erased=erased,
        version=row.version or 1,
    )


def get_note(session: UserSession, session_id: int) -> SessionNote:
    """Read one session note (head or assigned counselor); an audited view."""
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        session.audit(s, "session_note.viewed", "counseling_session", row.id)
        return _note(s, row, case)


def _rows(s: Session, case_ids: Sequence[int]) -> tuple[SessionRow, ...]:
    if not case_ids:
        return ()
    names = _names(s)
    addenda = _pairs(
        s.execute(
            select(SessionAddendum.session_id, func.count())
            .join(CounselingSession, CounselingSession.id == SessionAddendum.session_id)
            .where(CounselingSession.case_id.in_(case_ids))
            .group_by(SessionAddendum.session_id)
        )
    )
    # The listed columns only: whole rows would open every note's sealed text for nothing.
    n = CounselingSession
    rows = s.execute(
        select(
            n.id,
            n.case_id,
            n.session_date,
            n.start_time,
            n.end_time,
            n.modality,
            n.service_type,
            n.author_id,
            n.signed_at,
            n.cosigned_at,
            Case.registration_number,
        )
        .join(Case, Case.id == CounselingSession.case_id)
        .where(CounselingSession.case_id.in_(case_ids))
        .order_by(
            CounselingSession.session_date.desc(),
            CounselingSession.start_time.desc(),
            CounselingSession.id.desc(),
        )
    ).all()
    return tuple(
        SessionRow(
            id=r.id,
            case_id=r.case_id,
            registration_number=r.registration_number,
            session_date=r.session_date,
            start_time=r.start_time,
            end_time=r.end_time,
            modality=r.modality,
            service_type=r.service_type,
            author_id=r.author_id,
            author_name=names.get(r.author_id, ""),
            signed_at=r.signed_at,
            cosigned_at=r.cosigned_at,
            addenda=addenda.get(r.id, 0),
        )
        for r in rows
    )


def list_client_sessions(session: UserSession, client_id: int) -> SessionList:
    """The client's sessions the actor may read, newest first (no note text)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        cases = client_cases(s, client_id)
        readable = [c for c in cases if may_read_notes(session, c.counselor_id)]
        writable = tuple(
            CaseChoice(
                c.id,
                c.registration_number,
                Stage(c.stage),
                c.counselor_id,
                Stage(c.stage) is not Stage.TERMINASI,
            )
            for c in readable
            if session.actor.role is not Role.STAF
        )
        rows = _rows(s, [c.id for c in readable])
        if readable:
            session.audit(
                s, "client.sessions_listed", "client", client_id, {"cases": len(readable)}
            )
        return SessionList(rows, len(cases) - len(readable), writable)


def list_case_sessions(session: UserSession, case_id: int) -> list[SessionRow]:
    with session.store.transaction() as s:
        case = _case(s, case_id)
        _require_reader(session, case)
        session.audit(s, "case.sessions_listed", "case", case_id)
        return list(_rows(s, [case_id]))


def note_choices(session: UserSession, case_id: int) -> NoteChoices:
    """The case's family members and plan goals, for the note editor's pickers."""
    with session.store.transaction() as s:
        case = _case(s, case_id)
        _require_reader(session, case)
        client = s.get(Client, case.client_id)
        members = (
            s.execute(
                select(FamilyMember)
                .where(FamilyMember.family_id == case.family_id)
                .order_by(FamilyMember.id)
            ).scalars()
            if case.family_id is not None
            else s.execute(
                select(FamilyMember)
                .where(FamilyMember.client_id == case.client_id)
                .order_by(FamilyMember.id)
            ).scalars()
        )
        goals = list(
            s.execute(
                select(CaseGoal)
                .where(CaseGoal.case_id == case_id)
                .order_by(CaseGoal.position, CaseGoal.id)
            ).scalars()
        )
        # The goals are the case plan's clinical content: reading them is a view, as in
        # case_plan.list_goals.
        session.audit(
            s, "case_plan.viewed", "case", case_id, {"via": "session_note", "goals": len(goals)}
        )
        return NoteChoices(
            case_id=case.id,
            registration_number=case.registration_number,
            client_id=case.client_id,
            client_name=client.full_name if client else "",
            stage=Stage(case.stage),
            intake_date=case.intake_date,
            members=tuple(MemberChoice(m.id, m.name, m.relationship, m.client_id) for m in members),
            goals=tuple(
                GoalChoice(g.id, g.description, GoalStatus(g.status), g.target_date) for g in goals
            ),
        )
