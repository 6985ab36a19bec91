"""Who may read or write the assessments of a case, and the lookups that enforce it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import Case, Client, InstrumentAdministration, PsychosocialAssessment
from lk3_desktop.db.storage import refuse_hidden
from lk3_desktop.services._case_rows import client_cases
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession


def _require_clinical_role(session: UserSession) -> None:
    if session.actor.role is Role.STAF:
        raise PermissionDenied("clinical")


def _case(s: Session, session: UserSession, case_id: int, write: bool) -> Case:
    _require_clinical_role(session)
    if write:
        session.require(Permission.WRITE_CLINICAL)
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("case.not_found")
    if not may_see_clinical(session, case.counselor_id):
        raise PermissionDenied("case_worker")
    return case


def _visible_cases(s: Session, session: UserSession, client_id: int) -> list[Case]:
    """The client's cases the actor may see; PermissionDenied when there are cases but none."""
    _require_clinical_role(session)
    if s.get(Client, client_id) is None:
        raise ValidationError("client.not_found")
    cases = client_cases(s, client_id)
    visible = [c for c in cases if may_see_clinical(session, c.counselor_id)]
    if cases and not visible:
        raise PermissionDenied("case_worker")
    return visible


class _CaseRecord(Protocol):
    @property
    def case_id(self) -> int: ...


R = TypeVar("R", bound=_CaseRecord)


def _record(
    s: Session,
    session: UserSession,
    model: type[R],
    record_id: int,
    write: bool,
    not_found: Callable[[], ValidationError] = lambda: ValidationError("assessment.not_found"),
) -> tuple[R, Case]:
    """A clinical record of a case with its case, checked like :func:`_case` (staf learns
    nothing, not even that the id does not exist)."""
    row = s.get(model, record_id)
    if row is None:
        _require_clinical_role(session)
        refuse_hidden(s, str(getattr(model, "__tablename__", "")), record_id)
        raise not_found()
    return row, _case(s, session, row.case_id, write)


def _administration(
    s: Session, session: UserSession, administration_id: int, write: bool
) -> tuple[InstrumentAdministration, Case]:
    return _record(s, session, InstrumentAdministration, administration_id, write)


def _psychosocial(
    s: Session, session: UserSession, assessment_id: int, write: bool
) -> tuple[PsychosocialAssessment, Case]:
    return _record(s, session, PsychosocialAssessment, assessment_id, write)
