"""What a document about one client must leave out, read inside the caller's transaction.

Internal to ``services/``: documents (letters, summaries, reports, the data export) call
:func:`withheld_in` while they read the record; widgets use :mod:`lk3_desktop.services.withholding`.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS, omission_statement, record_label
from lk3_desktop.db.models import (
    AuditEntry,
    CounselingSession,
    InstrumentAdministration,
    PsychosocialAssessment,
    Referral,
    WithheldItem,
)


@dataclass(frozen=True)
class Withheld:
    """What a document about one client must leave out."""

    fields: frozenset[str] = frozenset()
    records: frozenset[tuple[str, int]] = frozenset()
    labels: tuple[str, ...] = field(default_factory=tuple)

    def field_withheld(self, code: str) -> bool:
        return code in self.fields

    def record_withheld(self, kind: str, record_id: int) -> bool:
        return (kind, record_id) in self.records

    def statement(self, labels: list[str] | None = None) -> str:
        """The omission sentence for ``labels`` (default: every active mark)."""
        return omission_statement(list(self.labels if labels is None else labels))

    def __bool__(self) -> bool:
        return bool(self.fields or self.records)


def _record_label(s: Session, kind: str, record_id: int) -> str:
    day: datetime.date | datetime.datetime | None = None
    detail = ""
    if kind == "session":
        day = s.execute(
            select(CounselingSession.session_date).where(CounselingSession.id == record_id)
        ).scalar_one_or_none()
    elif kind == "psychosocial":
        day = s.execute(
            select(PsychosocialAssessment.assessed_on).where(PsychosocialAssessment.id == record_id)
        ).scalar_one_or_none()
    elif kind == "administration":
        found = s.execute(
            select(
                InstrumentAdministration.instrument_code,
                InstrumentAdministration.administered_on,
            ).where(InstrumentAdministration.id == record_id)
        ).first()
        if found is not None:
            detail, day = found[0], found[1]
    elif kind == "referral":
        day = s.execute(
            select(Referral.created_at).where(Referral.id == record_id)
        ).scalar_one_or_none()
    return record_label(kind, day, detail)


def mark_label(s: Session, row: WithheldItem) -> str:
    if row.kind == "field":
        return WITHHOLDABLE_FIELDS.get(row.field or "", row.field or "")
    return _record_label(s, row.kind, row.record_id or 0)


def active_marks(s: Session, client_id: int) -> list[WithheldItem]:
    return list(
        s.execute(
            select(WithheldItem)
            .where(WithheldItem.client_id == client_id, WithheldItem.lifted_at.is_(None))
            .order_by(WithheldItem.id)
        ).scalars()
    )


def withheld_in(s: Session, client_id: int) -> Withheld:
    """The active marks of ``client_id`` inside the caller's transaction (for documents)."""
    rows = active_marks(s, client_id)
    return Withheld(
        fields=frozenset(r.field for r in rows if r.kind == "field" and r.field),
        records=frozenset((r.kind, r.record_id) for r in rows if r.kind != "field" and r.record_id),
        labels=tuple(mark_label(s, r) for r in rows),
    )


def fields_marked_after(
    s: Session, client_id: int, issued_at: datetime.datetime, issued_audit_id: int | None
) -> frozenset[str]:
    """Field groups of ``client_id`` marked after a document was issued and still marked: what
    that document may show although it must not any more.

    "After" is decided by the audit chain's order (the mark's ``withheld.marked`` row against
    the issuing row ``issued_audit_id``), which is exact where timestamps share a second; a mark
    or document without its audit row falls back to ``marked_at > issued_at``.
    """
    marks = [r for r in active_marks(s, client_id) if r.kind == "field" and r.field]
    if not marks:
        return frozenset()
    audit_of: dict[int, int] = {}
    if issued_audit_id is not None:
        for audit_id, detail in s.execute(
            select(AuditEntry.id, AuditEntry.detail).where(
                AuditEntry.action == "withheld.marked",
                AuditEntry.entity_type == "client",
                AuditEntry.entity_id == str(client_id),
            )
        ):
            mark_id = json.loads(detail).get("mark_id")
            if isinstance(mark_id, int):
                audit_of[mark_id] = audit_id

    def after(row: WithheldItem) -> bool:
        if issued_audit_id is not None and row.id in audit_of:
            return audit_of[row.id] > issued_audit_id
        return row.marked_at > issued_at

    return frozenset(r.field for r in marks if r.field and after(r))
