"""Who may read, write and sign a referral (checked here, never only in widgets)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import Case, Referral
from lk3_desktop.db.storage import refuse_hidden
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.settings import _is_signer


def _require_signer(s: Session, session: UserSession) -> None:
    if not _is_signer(s, session):
        raise PermissionDenied(Permission.SIGN_REFERRALS.value)


def _is_case_worker(session: UserSession, case: Case) -> bool:
    return session.actor.role is not Role.STAF and may_see_clinical(session, case.counselor_id)


def _require_case_worker(session: UserSession, case: Case) -> None:
    session.require(Permission.DRAFT_REFERRALS)
    if not _is_case_worker(session, case):
        raise PermissionDenied("case_worker")


def _require_reader(s: Session, session: UserSession, case: Case) -> None:
    if _is_case_worker(session, case) or _is_signer(s, session):
        return
    raise PermissionDenied("referral")


def _load(s: Session, referral_id: int) -> tuple[Referral, Case]:
    ref = s.get(Referral, referral_id)
    if ref is None:
        refuse_hidden(s, "referrals", referral_id)
        raise ValidationError("referral.not_found")
    case = s.get(Case, ref.case_id)
    assert case is not None
    return ref, case
