"""Cases (kasus): open with a registration number, move through stages, reassign, close.

Clinical fields (presenting problem, problem areas, the note on the closing) are returned only
to the head and to the counselor assigned to the case; staf never sees them (DESIGN.md roles).
The coded outcome of a termination is a count the report makes, shown like the stage.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.case_stages import (
    CLOSED_STAGES,
    CLOSING_OUTCOMES,
    OTHER_OUTCOME,
    Stage,
    can_move,
)
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.numbering import CASE_NUMBER_TEMPLATE
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.text_input import bounded
from lk3_desktop.core.vocabulary import URGENCIES
from lk3_desktop.db.models import (
    Case,
    CaseAssignment,
    CaseStageChange,
    Client,
    Family,
    ProblemArea,
    User,
    case_problem_areas,
)
from lk3_desktop.services import _intake, case_keys
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services._case_rows import client_cases
from lk3_desktop.services._setting_rows import read_setting
from lk3_desktop.services._versions import next_version
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.settings import set_setting

CASE_TEMPLATE_KEY = office_settings.CASE_NUMBER_TEMPLATE


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class CaseInput:
    intake_date: datetime.date
    referral_source: str
    referral_source_detail: str = ""
    presenting_problem: str = ""
    urgency: str = "biasa"
    counselor_id: int | None = None
    family_id: int | None = None
    problem_area_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StageChangeInfo:
    from_stage: str | None
    to_stage: str
    changed_on: datetime.date
    changed_by: str
    note: str


@dataclass(frozen=True)
class AssignmentInfo:
    counselor: str
    assigned_at: datetime.datetime
    assigned_by: str
    reason: str


@dataclass(frozen=True)
class CaseInfo:
    id: int
    client_id: int
    family_id: int | None
    registration_number: str
    intake_date: datetime.date
    referral_source: str
    referral_source_detail: str
    urgency: str
    stage: Stage
    counselor_id: int | None
    counselor_name: str
    closed_on: datetime.date | None
    clinical_visible: bool
    presenting_problem: str | None  # None when the actor may not see clinical fields
    problem_areas: tuple[str, ...] | None
    closing_reason: str | None  # the note beside the outcome (clinical)
    closing_code: str | None  # CLOSING_OUTCOMES; None while the case is open
    stage_history: tuple[StageChangeInfo, ...]
    assignments: tuple[AssignmentInfo, ...]
    version: int = 1  # of the intake fields: update_clinical's expected_version

    @property
    def is_open(self) -> bool:
        return self.stage not in CLOSED_STAGES


def may_see_clinical(session: UserSession, counselor_id: int | None) -> bool:
    """The head sees every case's clinical content; a counselor only their own cases."""
    role = session.actor.role
    if role is Role.KEPALA:
        return True
    return role is Role.KONSELOR and counselor_id == session.actor.user_id


def _user_names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _info(s: Session, session: UserSession, case: Case) -> CaseInfo:
    names = _user_names(s)
    visible = may_see_clinical(session, case.counselor_id)
    areas: tuple[str, ...] | None = None
    if visible:
        areas = tuple(
            s.execute(
                select(ProblemArea.code)
                .join(case_problem_areas, case_problem_areas.c.problem_area_id == ProblemArea.id)
                .where(case_problem_areas.c.case_id == case.id)
                .order_by(ProblemArea.code)
            ).scalars()
        )
    history = tuple(
        StageChangeInfo(
            h.from_stage, h.to_stage, h.changed_on, names.get(h.changed_by or 0, ""), h.note
        )
        for h in s.execute(
            select(CaseStageChange)
            .where(CaseStageChange.case_id == case.id)
            .order_by(CaseStageChange.id)
        ).scalars()
    )
    assignments = tuple(
        AssignmentInfo(
            names.get(a.counselor_id, ""),
            a.assigned_at,
            names.get(a.assigned_by or 0, ""),
            a.reason,
        )
        for a in s.execute(
            select(CaseAssignment)
            .where(CaseAssignment.case_id == case.id)
            .order_by(CaseAssignment.id)
        ).scalars()
    )
    return CaseInfo(
        id=case.id,
        client_id=case.client_id,
        family_id=case.family_id,
        registration_number=case.registration_number,
        intake_date=case.intake_date,
        referral_source=case.referral_source,
        referral_source_detail=case.referral_source_detail,
        urgency=case.urgency,
        stage=Stage(case.stage),
        counselor_id=case.counselor_id,
        counselor_name=names.get(case.counselor_id or 0, ""),
        closed_on=case.closed_on,
        clinical_visible=visible,
        presenting_problem=case.presenting_problem if visible else None,
        problem_areas=areas,
        closing_reason=case.closing_reason if visible else None,
        closing_code=case.closing_code,
        version=case.version or 1,
        stage_history=history,
        assignments=assignments,
    )


def _template(s: Session) -> str:
    return str(read_setting(s, CASE_TEMPLATE_KEY, CASE_NUMBER_TEMPLATE))


def case_number_template(session: UserSession) -> str:
    """The template of new registration numbers (the default until the head changes it)."""
    with session.store.transaction() as s:
        return _template(s)


def set_case_number_template(session: UserSession, template: str) -> None:
    """The head changes how new registration numbers look (existing numbers stay)."""
    set_setting(session, CASE_TEMPLATE_KEY, template)


def _check_counselor(s: Session, session: UserSession, counselor_id: int | None) -> None:
    if counselor_id is None:
        return
    user = s.get(User, counselor_id)
    if user is None or not user.active or user.role not in (Role.KONSELOR, Role.KEPALA):
        raise ValidationError("case.counselor_required", "counselor_id")
    role = session.actor.role
    if role is Role.KEPALA:
        return
    if role is Role.KONSELOR and counselor_id == session.actor.user_id:
        return
    raise PermissionDenied("assign_counselor")


def open_case(session: UserSession, client_id: int, data: CaseInput) -> CaseInfo:
    """Register a new case (intake) with the next registration number of its year."""
    session.require(Permission.REGISTER_CLIENTS)
    _intake.check_case_input(session, data)
    now = _now()
    with session.store.transaction() as s:
        client = s.get(Client, client_id)
        if client is None or client.merged_into_id is not None:
            raise ValidationError("client.not_found")
        if client.anonymised_at is not None:
            raise ValidationError("case.client_anonymised")
        if data.family_id is not None and s.get(Family, data.family_id) is None:
            raise ValidationError("family.not_found", "family_id")
        _check_counselor(s, session, data.counselor_id)
        case = _intake.add_case(s, session, client, data, now)
        return _info(s, session, case)


def list_cases(session: UserSession, client_id: int) -> list[CaseInfo]:
    """A client's cases, newest first (clinical fields only where the actor may see them)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        return view_cases(s, session, client_id)


def view_cases(s: Session, session: UserSession, client_id: int) -> list[CaseInfo]:
    """:func:`list_cases` inside the caller's transaction (permission checked by the caller)."""
    infos = [_info(s, session, c) for c in client_cases(s, client_id)]
    for info in infos:
        if info.clinical_visible:
            session.audit(s, "case.viewed", "case", info.id)
    return infos


def get_case(session: UserSession, case_id: int) -> CaseInfo:
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        info = _info(s, session, case)
        if info.clinical_visible:
            session.audit(s, "case.viewed", "case", case_id)
        return info


def _require_case_worker(session: UserSession, case: Case) -> None:
    if not may_see_clinical(session, case.counselor_id):
        raise PermissionDenied("case_worker")


def change_stage(
    session: UserSession,
    case_id: int,
    to_stage: Stage,
    on: datetime.date,
    note: str = "",
    closing_reason: str = "",
    closing_code: str | None = None,
) -> CaseInfo:
    """Move a case along its workflow (assigned counselor or head), dated and attributed.

    Terminasi records the outcome: ``closing_code`` from CLOSING_OUTCOMES and
    ``closing_reason``, the note beside it (needed for "lainnya"). A reason given without a
    code is "lainnya" with that note, as older callers and the first migration treat it."""
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        _require_case_worker(session, case)
        current = Stage(case.stage)
        if not can_move(current, to_stage):
            raise ValidationError("case.stage_not_allowed", "stage")
        if on > datetime.date.today() or on < case.intake_date:
            raise ValidationError("case.stage_date_range", "date")
        if to_stage is Stage.TERMINASI:
            code = closing_code or OTHER_OUTCOME
            if code not in CLOSING_OUTCOMES:
                raise ValidationError("case.closing_code_required", "closing_code")
            if code == OTHER_OUTCOME and not closing_reason.strip():
                raise ValidationError("case.closing_reason_required", "closing_reason")
            case.closed_on = on
            case.closing_code = code
            case.closing_reason = bounded(
                closing_reason, limits.REASON, "closing_reason", multiline=True
            )
        case.stage = to_stage.value
        s.add(
            CaseStageChange(
                case_id=case.id,
                from_stage=current.value,
                to_stage=to_stage.value,
                changed_on=on,
                changed_at=_now(),
                changed_by=session.actor.user_id,
                note=bounded(note, limits.REASON, "note", multiline=True),
            )
        )
        s.flush()
        detail = {"from": current.value, "to": to_stage.value}
        if case.closing_code and to_stage is Stage.TERMINASI:
            detail["outcome"] = case.closing_code
        session.audit(s, "case.stage_changed", "case", case.id, detail)
        return _info(s, session, case)


def reassign(session: UserSession, case_id: int, counselor_id: int, reason: str = "") -> CaseInfo:
    """The head gives a case to another counselor; the history keeps who held it before."""
    session.require(Permission.REASSIGN_CASES)
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        _check_counselor(s, session, counselor_id)
        if case.counselor_id == counselor_id:
            raise ValidationError("case.same_counselor", "counselor_id")
        previous = case.counselor_id
        case.counselor_id = counselor_id
        s.add(
            CaseAssignment(
                case_id=case.id,
                counselor_id=counselor_id,
                assigned_at=_now(),
                assigned_by=session.actor.user_id,
                reason=bounded(reason, limits.REASON, "reason", multiline=True),
            )
        )
        s.flush()
        if session.keys is not None and session.store.case_keys is not None:
            # The new counselor gets the case key, the previous one loses it.
            case_keys.assign(
                s, session.keys, session.store.case_keys, case.id, counselor_id, previous
            )
        session.audit(s, "case.reassigned", "case", case.id, {"from": previous, "to": counselor_id})
        return _info(s, session, case)


def update_clinical(
    session: UserSession,
    case_id: int,
    presenting_problem: str,
    problem_area_codes: tuple[str, ...],
    urgency: str,
    *,
    expected_version: int | None = None,
) -> CaseInfo:
    """Edit the case's clinical intake fields (assigned counselor or head).

    ``expected_version``: the version the form started from (``CaseInfo.version``); a newer
    one saved meanwhile raises EditConflict with the case as it is now, and nothing is saved."""
    if urgency not in URGENCIES:
        raise ValidationError("case.urgency_required", "urgency")
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        _require_case_worker(session, case)
        next_version(case, expected_version, "case", lambda: _info(s, session, case))
        case.presenting_problem = bounded(
            presenting_problem, limits.LONG_TEXT, "presenting_problem", multiline=True
        )
        case.urgency = urgency
        _intake.set_problem_areas(s, case.id, problem_area_codes)
        session.audit(s, "case.updated", "case", case.id)
        return _info(s, session, case)


@dataclass(frozen=True)
class CounselorChoice:
    id: int
    full_name: str
    role: Role


def list_counselors(session: UserSession) -> list[CounselorChoice]:
    """Active counselors and heads, for assignment pickers and list filters."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        return counselor_choices(s)


def counselor_choices(s: Session) -> list[CounselorChoice]:
    """:func:`list_counselors` inside the caller's transaction."""
    rows = s.execute(
        select(User)
        .where(User.active.is_(True), User.role.in_([Role.KONSELOR.value, Role.KEPALA.value]))
        .order_by(User.full_name)
    ).scalars()
    return [CounselorChoice(u.id, u.full_name, Role(u.role)) for u in rows]


@dataclass(frozen=True)
class ProblemAreaChoice:
    code: str
    name: str


def list_problem_areas(session: UserSession) -> list[ProblemAreaChoice]:
    with session.store.transaction() as s:
        return problem_area_choices(s)


def problem_area_choices(s: Session) -> list[ProblemAreaChoice]:
    """:func:`list_problem_areas` inside the caller's transaction."""
    rows = s.execute(
        select(ProblemArea).where(ProblemArea.active.is_(True)).order_by(ProblemArea.name)
    ).scalars()
    return [ProblemAreaChoice(p.code, p.name) for p in rows]
