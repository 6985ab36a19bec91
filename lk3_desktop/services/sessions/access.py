"""Who may read and write the notes of a case, and the lookups that enforce it.

A note is read, written and listed only by the counselor assigned to its case and by the head;
staff never see notes.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import Case, CounselingSession
from lk3_desktop.db.storage import refuse_hidden
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession


def _case(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("case.not_found")
    return case


def _require_reader(session: UserSession, case: Case) -> None:
    if session.actor.role is Role.STAF or not may_see_clinical(session, case.counselor_id):
        raise PermissionDenied("session_notes")


def _require_writer(session: UserSession, case: Case) -> None:
    session.require(Permission.WRITE_CLINICAL)
    _require_reader(session, case)


def _load(s: Session, session: UserSession, session_id: int) -> tuple[CounselingSession, Case]:
    row = s.get(CounselingSession, session_id)
    if row is None:
        refuse_hidden(s, "counseling_sessions", session_id)
        raise ValidationError("session.not_found")
    case = _case(s, row.case_id)
    _require_reader(session, case)
    return row, case


def _require_editable(session: UserSession, row: CounselingSession) -> None:
    """A signed note is locked for everyone; an unsigned one is edited by its author only."""
    if row.signed_at is not None:
        raise RecordLocked("session_note")
    session.require(Permission.WRITE_CLINICAL)
    if row.author_id != session.actor.user_id:
        raise PermissionDenied("note_author")


def may_read_notes(session: UserSession, counselor_id: int | None) -> bool:
    """Whether the actor may read the notes of a case held by ``counselor_id``."""
    return session.actor.role is not Role.STAF and may_see_clinical(session, counselor_id)
