"""Who may see and attach what: the same as for the record an attachment belongs to.

A client's own documents (KTP, KK, akta, a consent signed on paper) are registry data: every
role sees them and those who register clients add them. Documents of a case and its records
(a visum, a court decision, a partner's reply to a referral) are clinical content: only the
head and the counselor of the case see or add them; staf never.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from lk3_desktop.core.attachments import CLIENT_RECORDS, RECORD_TYPES
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.db.models import (
    Case,
    Client,
    Consent,
    CounselingSession,
    InstrumentAdministration,
    PsychosocialAssessment,
    Referral,
)
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession

_CASE_OF: dict[str, tuple[InstrumentedAttribute[int], InstrumentedAttribute[int]]] = {
    "session": (CounselingSession.id, CounselingSession.case_id),
    "psychosocial": (PsychosocialAssessment.id, PsychosocialAssessment.case_id),
    "administration": (InstrumentAdministration.id, InstrumentAdministration.case_id),
    "referral": (Referral.id, Referral.case_id),
}


@dataclass(frozen=True)
class Owner:
    """The record an attachment belongs to, resolved to its client and case."""

    client_id: int
    record_type: str
    record_id: int | None
    case_id: int | None
    counselor_id: int | None

    @property
    def clinical(self) -> bool:
        return self.record_type not in CLIENT_RECORDS


def _case_owner(s: Session, record_type: str, record_id: int, case_id: int) -> Owner:
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("attachment.record_not_found", "record")
    return Owner(case.client_id, record_type, record_id, case.id, case.counselor_id)


def owner_of(s: Session, record_type: str, record_id: int | None, client_id: int) -> Owner:
    """The owner of ``record_type``/``record_id`` (for "client": the client itself); it must
    belong to ``client_id``."""
    if record_type not in RECORD_TYPES:
        raise ValidationError("attachment.record_not_found", "record")
    client = s.get(Client, client_id)
    if client is None or client.merged_into_id is not None or client.anonymised_at is not None:
        raise ValidationError("client.not_found")
    if record_type == "client":
        owner = Owner(client_id, "client", None, None, None)
    elif record_type == "consent":
        consent = s.get(Consent, record_id) if record_id is not None else None
        if consent is None:
            raise ValidationError("attachment.record_not_found", "record")
        owner = Owner(consent.client_id, "consent", consent.id, None, None)
    elif record_type == "case":
        owner = _case_owner(s, "case", record_id or 0, record_id or 0)
    else:
        id_column, case_column = _CASE_OF[record_type]
        case_id = (
            s.execute(select(case_column).where(id_column == record_id)).scalar_one_or_none()
            if record_id is not None
            else None
        )
        if case_id is None or record_id is None:
            raise ValidationError("attachment.record_not_found", "record")
        owner = _case_owner(s, record_type, record_id, case_id)
    if owner.client_id != client_id:
        raise ValidationError("attachment.record_not_found", "record")
    return owner


def may_see(session: UserSession, clinical: bool, counselor_id: int | None) -> bool:
    """Whether the actor may open an attachment of this kind of record."""
    if not clinical:
        return allowed(session.actor.role, Permission.VIEW_REGISTRY)
    return may_see_clinical(session, counselor_id)


def require_see(session: UserSession, clinical: bool, counselor_id: int | None) -> None:
    if not may_see(session, clinical, counselor_id):
        raise PermissionDenied("attachment")


def require_add(session: UserSession, owner: Owner) -> None:
    """Registering documents of a client is registry work; a clinical record's documents are
    added by those who may write it (the head, the case's counselor)."""
    if not owner.clinical:
        session.require(Permission.REGISTER_CLIENTS)
        return
    session.require(Permission.WRITE_CLINICAL)
    if not may_see_clinical(session, owner.counselor_id):
        raise PermissionDenied("attachment")


def may_remove(session: UserSession, added_by: int | None) -> bool:
    """The person who added an attachment, or the head, takes a mistaken one away."""
    return session.actor.role is Role.KEPALA or added_by == session.actor.user_id
