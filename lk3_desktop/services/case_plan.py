"""The case plan (rencana intervensi): goals with target dates and a status, reviewed in
sessions. Clinical content: the head and the counselor assigned to the case only.

A goal's status follows its latest review in a session note; it can also be set here. A goal
reviewed in a signed note cannot be deleted (the note would change); it can be cancelled
(status dibatalkan) instead.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.session_notes import GoalStatus
from lk3_desktop.core.text_input import bounded
from lk3_desktop.db.models import Case, CaseGoal, CounselingSession, GoalReview
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession

MAX_GOAL = limits.GOAL.max_chars


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class GoalInput:
    description: str
    target_date: datetime.date | None = None
    status: str = GoalStatus.BELUM_DIMULAI.value


@dataclass(frozen=True)
class ReviewInfo:
    session_id: int
    session_date: datetime.date
    status: GoalStatus
    note: str
    signed: bool


@dataclass(frozen=True)
class GoalInfo:
    id: int
    case_id: int
    description: str
    target_date: datetime.date | None
    status: GoalStatus
    reviews: tuple[ReviewInfo, ...]  # newest first
    locked: bool  # reviewed in a signed note: cannot be deleted

    @property
    def overdue(self) -> bool:
        return (
            self.target_date is not None
            and self.target_date < datetime.date.today()
            and self.status in (GoalStatus.BELUM_DIMULAI, GoalStatus.BERJALAN)
        )


def _case(s: Session, session: UserSession, case_id: int, write: bool) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("case.not_found")
    if session.actor.role is Role.STAF or not may_see_clinical(session, case.counselor_id):
        raise PermissionDenied("case_plan")
    if write:
        session.require(Permission.WRITE_CLINICAL)
    return case


def _goal_infos(s: Session, case_id: int) -> list[GoalInfo]:
    goals = list(
        s.execute(
            select(CaseGoal)
            .where(CaseGoal.case_id == case_id)
            .order_by(CaseGoal.position, CaseGoal.id)
        ).scalars()
    )
    reviews: dict[int, list[ReviewInfo]] = {}
    for review, session_date, signed_at in s.execute(
        select(GoalReview, CounselingSession.session_date, CounselingSession.signed_at)
        .join(CounselingSession, CounselingSession.id == GoalReview.session_id)
        .where(GoalReview.goal_id.in_([g.id for g in goals]))
        .order_by(CounselingSession.session_date.desc(), CounselingSession.id.desc())
    ):
        reviews.setdefault(review.goal_id, []).append(
            ReviewInfo(
                review.session_id,
                session_date,
                GoalStatus(review.status),
                review.note,
                signed_at is not None,
            )
        )
    return [
        GoalInfo(
            g.id,
            g.case_id,
            g.description,
            g.target_date,
            GoalStatus(g.status),
            tuple(reviews.get(g.id, ())),
            any(r.signed for r in reviews.get(g.id, ())),
        )
        for g in goals
    ]


def list_goals(session: UserSession, case_id: int) -> list[GoalInfo]:
    """The case plan's goals in order, each with its reviews (an audited view)."""
    with session.store.transaction() as s:
        _case(s, session, case_id, write=False)
        session.audit(s, "case_plan.viewed", "case", case_id)
        return _goal_infos(s, case_id)


def _clean(data: GoalInput) -> GoalInput:
    description = bounded(data.description, limits.GOAL, "description", multiline=True)
    if len(description) < 3:
        raise ValidationError("goal.description_required", "description")
    try:
        GoalStatus(data.status)
    except ValueError:
        raise ValidationError("goal.status_required", "status") from None
    return GoalInput(description, data.target_date, data.status)


def _info(s: Session, goal_id: int, case_id: int) -> GoalInfo:
    return next(g for g in _goal_infos(s, case_id) if g.id == goal_id)


def add_goal(session: UserSession, case_id: int, data: GoalInput) -> GoalInfo:
    clean = _clean(data)
    with session.store.transaction() as s:
        _case(s, session, case_id, write=True)
        position = s.execute(
            select(func.coalesce(func.max(CaseGoal.position), 0)).where(CaseGoal.case_id == case_id)
        ).scalar_one()
        now = _now()
        goal = CaseGoal(
            case_id=case_id,
            description=clean.description,
            target_date=clean.target_date,
            status=clean.status,
            position=position + 1,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
        )
        s.add(goal)
        s.flush()
        session.audit(s, "case_plan.goal_added", "case_goal", goal.id, {"case": case_id})
        return _info(s, goal.id, case_id)


def _goal(s: Session, session: UserSession, goal_id: int) -> CaseGoal:
    goal = s.get(CaseGoal, goal_id)
    if goal is None:
        raise ValidationError("goal.not_found")
    _case(s, session, goal.case_id, write=True)
    return goal


def update_goal(session: UserSession, goal_id: int, data: GoalInput) -> GoalInfo:
    """Change a goal's wording, target date or status. Its reviews in notes stay as written."""
    clean = _clean(data)
    with session.store.transaction() as s:
        goal = _goal(s, session, goal_id)
        goal.description = clean.description
        goal.target_date = clean.target_date
        goal.status = clean.status
        goal.updated_at = _now()
        s.flush()
        session.audit(s, "case_plan.goal_updated", "case_goal", goal.id, {"status": clean.status})
        return _info(s, goal.id, goal.case_id)


def delete_goal(session: UserSession, goal_id: int) -> None:
    """Remove a goal added by mistake; one reviewed in a signed note is RecordLocked."""
    with session.store.transaction() as s:
        goal = _goal(s, session, goal_id)
        signed = s.execute(
            select(func.count())
            .select_from(GoalReview)
            .join(CounselingSession, CounselingSession.id == GoalReview.session_id)
            .where(GoalReview.goal_id == goal_id, CounselingSession.signed_at.is_not(None))
        ).scalar_one()
        if signed:
            raise RecordLocked("case_goal")
        s.execute(delete(GoalReview).where(GoalReview.goal_id == goal_id))
        case_id = goal.case_id
        s.delete(goal)
        session.audit(s, "case_plan.goal_deleted", "case_goal", goal_id, {"case": case_id})


def move_goal(session: UserSession, goal_id: int, offset: int) -> list[GoalInfo]:
    """Move a goal up (-1) or down (+1) in the plan."""
    with session.store.transaction() as s:
        goal = _goal(s, session, goal_id)
        goals = list(
            s.execute(
                select(CaseGoal)
                .where(CaseGoal.case_id == goal.case_id)
                .order_by(CaseGoal.position, CaseGoal.id)
            ).scalars()
        )
        index = goals.index(goal)
        target = max(0, min(len(goals) - 1, index + offset))
        goals.insert(target, goals.pop(index))
        for position, item in enumerate(goals, start=1):
            item.position = position
        s.flush()
        session.audit(s, "case_plan.goal_moved", "case_goal", goal.id)
        return _goal_infos(s, goal.case_id)
