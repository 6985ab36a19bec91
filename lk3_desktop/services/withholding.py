"""Jangan diungkap marks (UU PDP art. 33): mark, lift, list, what a document leaves out.

Anyone who registers clients may mark a field group of the client record; marking a whole
record needs the right to see that record's clinical content. Only the head lifts a mark.
Marks, lifts and reads of the reason are audited with ids and codes only.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.attachments import KINDS
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.core.text_input import bounded
from lk3_desktop.core.withholding import (
    WITHHOLDABLE_FIELDS,
    WITHHOLDABLE_RECORDS,
    record_label,
)
from lk3_desktop.db.models import (
    Attachment,
    Case,
    Client,
    CounselingSession,
    InstrumentAdministration,
    PsychosocialAssessment,
    Referral,
    WithheldItem,
)
from lk3_desktop.db.storage import refuse_hidden
from lk3_desktop.services._withheld import (
    active_marks,
    mark_label,
)
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class MarkInfo:
    id: int
    kind: str  # "field" or a WITHHOLDABLE_RECORDS kind
    field: str | None
    record_id: int | None
    label: str  # Indonesian, e.g. "Alamat" or "Catatan sesi 3 Maret 2026"
    reason: str
    marked_at: datetime.datetime
    marked_by: int | None


def _record_case(s: Session, kind: str, record_id: int) -> tuple[int, int] | None:
    """(client id, counselor id or 0) of a markable record, or None when it does not exist."""
    if kind == "session":
        row = s.execute(
            select(Case.client_id, Case.counselor_id)
            .join(CounselingSession, CounselingSession.case_id == Case.id)
            .where(CounselingSession.id == record_id)
        ).first()
    elif kind == "psychosocial":
        row = s.execute(
            select(Case.client_id, Case.counselor_id)
            .join(PsychosocialAssessment, PsychosocialAssessment.case_id == Case.id)
            .where(PsychosocialAssessment.id == record_id)
        ).first()
    elif kind == "administration":
        row = s.execute(
            select(Case.client_id, Case.counselor_id)
            .join(InstrumentAdministration, InstrumentAdministration.case_id == Case.id)
            .where(InstrumentAdministration.id == record_id)
        ).first()
    elif kind == "referral":
        row = s.execute(
            select(Case.client_id, Case.counselor_id)
            .join(Referral, Referral.case_id == Case.id)
            .where(Referral.id == record_id)
        ).first()
    elif kind == "attachment":
        row = s.execute(
            select(Attachment.client_id, Case.counselor_id)
            .outerjoin(Case, Case.id == Attachment.case_id)
            .where(Attachment.id == record_id)
        ).first()
    else:
        return None
    if row is None:
        table = _RECORD_TABLES.get(kind)
        if table is not None:
            refuse_hidden(s, table, record_id)
        return None
    return (row[0], row[1] or 0)


# The table of each markable record, for a server's row security (refuse_hidden).
_RECORD_TABLES = {
    "session": "counseling_sessions",
    "psychosocial": "psychosocial_assessments",
    "administration": "instrument_administrations",
    "referral": "referrals",
    "attachment": "attachments",
}


def mark(
    session: UserSession,
    client_id: int,
    reason: str,
    *,
    field_code: str | None = None,
    kind: str | None = None,
    record_id: int | None = None,
) -> int:
    """Mark a field group (``field_code``) or a whole record (``kind`` + ``record_id``) of
    the client "jangan diungkap"; the reason is required and stays inside the office."""
    session.require(Permission.REGISTER_CLIENTS)
    reason = bounded(reason, limits.REASON, "reason", multiline=True)
    if not reason:
        raise ValidationError("withholding.reason_required", "reason")
    with session.store.transaction() as s:
        client = s.get(Client, client_id)
        if client is None or client.anonymised_at is not None:
            raise ValidationError("client.not_found")
        if field_code is not None:
            if field_code not in WITHHOLDABLE_FIELDS:
                raise ValidationError("withholding.field_required", "field")
            same = [
                r for r in active_marks(s, client_id) if r.kind == "field" and r.field == field_code
            ]
            row_kind, row_record = "field", None
        else:
            if kind not in WITHHOLDABLE_RECORDS or record_id is None:
                raise ValidationError("withholding.record_required", "record")
            owner = _record_case(s, kind, record_id)
            if owner is None or owner[0] != client_id:
                raise ValidationError("withholding.record_not_found", "record")
            if not allowed(session.actor.role, Permission.WRITE_CLINICAL) or not may_see_clinical(
                session, owner[1] or None
            ):
                raise PermissionDenied("clinical_record")
            same = [
                r for r in active_marks(s, client_id) if r.kind == kind and r.record_id == record_id
            ]
            row_kind, row_record = kind, record_id
        if same:
            return same[0].id
        row = WithheldItem(
            client_id=client_id,
            kind=row_kind,
            field=field_code,
            record_id=row_record,
            reason=reason,
            marked_at=_now(),
            marked_by=session.actor.user_id,
        )
        s.add(row)
        s.flush()
        session.audit(
            s,
            "withheld.marked",
            "client",
            client_id,
            {"mark_id": row.id, "kind": row_kind, "field": field_code, "record_id": row_record},
        )
        return row.id


def lift(session: UserSession, mark_id: int) -> None:
    """Lift a mark (head only): the item appears in exports and letters again."""
    session.require(Permission.MANAGE_PERSONAL_DATA)
    with session.store.transaction() as s:
        row = s.get(WithheldItem, mark_id)
        if row is None or row.lifted_at is not None:
            raise ValidationError("withholding.mark_not_found")
        row.lifted_at, row.lifted_by = _now(), session.actor.user_id
        session.audit(
            s,
            "withheld.lifted",
            "client",
            row.client_id,
            {"mark_id": row.id, "kind": row.kind, "field": row.field, "record_id": row.record_id},
        )


def may_read_reason(session: UserSession, marked_by: int | None) -> bool:
    """A mark's reason (often why a victim must not be found) is for the head and for whoever
    made the mark; staf and other counselors see only that a mark exists."""
    return session.actor.role is Role.KEPALA or marked_by == session.actor.user_id


def list_marks(session: UserSession, client_id: int) -> list[MarkInfo]:
    """The client's active marks. The reason is filled in only for those who may read it
    (:func:`may_read_reason`; an audited read); the others get an empty reason."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        out: list[MarkInfo] = []
        read: list[int] = []
        for r in active_marks(s, client_id):
            reason = r.reason if may_read_reason(session, r.marked_by) else ""
            if reason:
                read.append(r.id)
            out.append(
                MarkInfo(
                    r.id,
                    r.kind,
                    r.field,
                    r.record_id,
                    mark_label(s, r),
                    reason,
                    r.marked_at,
                    r.marked_by,
                )
            )
        if read:
            session.audit(s, "withheld.reasons_viewed", "client", client_id, {"mark_ids": read})
        return out


@dataclass(frozen=True)
class MarkableRecord:
    kind: str  # a WITHHOLDABLE_RECORDS kind
    record_id: int
    label: str  # Indonesian, e.g. "Catatan sesi 3 Maret 2026"


def markable_records(session: UserSession, client_id: int) -> list[MarkableRecord]:
    """The records of the client's cases the actor may mark as a whole: session notes,
    psychosocial assessments, screenings and referrals of cases whose clinical content the
    actor may see (the head: every case; a counselor: their own; staf: none). Newest first
    within each kind. Labels name a kind and a date only, never content."""
    session.require(Permission.VIEW_REGISTRY)
    if not allowed(session.actor.role, Permission.WRITE_CLINICAL):
        return []  # mark() would refuse every record: offer none
    with session.store.transaction() as s:
        case_ids = [
            case_id
            for case_id, counselor_id in s.execute(
                select(Case.id, Case.counselor_id).where(Case.client_id == client_id)
            )
            if may_see_clinical(session, counselor_id)
        ]
        if not case_ids:
            return _attachment_records(s, session, client_id, case_ids)
        out: list[MarkableRecord] = []

        def add(kind: str, rows: Iterable[Sequence[Any]]) -> None:
            for record_id, day, *code in rows:
                out.append(MarkableRecord(kind, record_id, record_label(kind, day, *code)))

        add(
            "session",
            s.execute(
                select(CounselingSession.id, CounselingSession.session_date)
                .where(CounselingSession.case_id.in_(case_ids))
                .order_by(CounselingSession.session_date.desc(), CounselingSession.id.desc())
            ),
        )
        add(
            "psychosocial",
            s.execute(
                select(PsychosocialAssessment.id, PsychosocialAssessment.assessed_on)
                .where(PsychosocialAssessment.case_id.in_(case_ids))
                .order_by(
                    PsychosocialAssessment.assessed_on.desc(), PsychosocialAssessment.id.desc()
                )
            ),
        )
        add(
            "administration",
            s.execute(
                select(
                    InstrumentAdministration.id,
                    InstrumentAdministration.administered_on,
                    InstrumentAdministration.instrument_code,
                )
                .where(InstrumentAdministration.case_id.in_(case_ids))
                .order_by(
                    InstrumentAdministration.administered_on.desc(),
                    InstrumentAdministration.id.desc(),
                )
            ),
        )
        add(
            "referral",
            s.execute(
                select(Referral.id, Referral.created_at)
                .where(Referral.case_id.in_(case_ids))
                .order_by(Referral.created_at.desc(), Referral.id.desc())
            ),
        )
        return out + _attachment_records(s, session, client_id, case_ids)


def _attachment_records(
    s: Session, session: UserSession, client_id: int, case_ids: list[int]
) -> list[MarkableRecord]:
    """Attachments the actor may mark: of the cases whose clinical content they see, and the
    client's own documents for the head."""
    mine: ColumnElement[bool] = Attachment.case_id.in_(case_ids)
    if session.actor.role is Role.KEPALA:
        mine = or_(mine, Attachment.case_id.is_(None))
    rows = s.execute(
        select(Attachment.id, Attachment.document_date, Attachment.added_at, Attachment.kind)
        .where(Attachment.client_id == client_id, mine)
        .order_by(Attachment.added_at.desc(), Attachment.id.desc())
    )
    return [
        MarkableRecord(
            "attachment",
            attachment_id,
            record_label("attachment", day or added, KINDS.get(kind, kind)),
        )
        for attachment_id, day, added, kind in rows
    ]
