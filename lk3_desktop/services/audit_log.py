"""Reading the audit log (head only): filtered pages for the viewer, the chain head, chain
verification against an earlier printed head, and CSV export with ids only.

Rows name records by id. The actor's name and the readable detail (with a correction's old
values unsealed) are for the screen only; the CSV export carries ids, codes and the stored
detail with its sealed tokens, never names or unsealed values. Verifying and exporting are
themselves audited.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from lk3_desktop.core.roles import Permission
from lk3_desktop.db import audit
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.backup import known_file_errors
from lk3_desktop.db.models import AuditEntry, User
from lk3_desktop.services import _subject_keys
from lk3_desktop.services.context import UserSession

SelectT = TypeVar("SelectT", bound=Select)  # type: ignore[type-arg]

CSV_COLUMNS = ("id", "at", "actor_id", "action", "entity_type", "entity_id", "detail", "hash")


@dataclass(frozen=True)
class AuditFilter:
    """Every field optional; dates are this computer's local calendar days, inclusive."""

    actor_id: int | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def as_detail(self) -> dict[str, Any]:
        """The filter for the audit entry of an export (ids and codes only)."""
        return {
            k: (v.isoformat() if isinstance(v, date) else v)
            for k, v in self.__dict__.items()
            if v is not None
        }


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    actor_id: int | None
    actor_name: str | None  # for the screen only
    action: str
    entity_type: str | None
    entity_id: str | None
    detail: str  # the stored JSON (ids, codes, sealed tokens)
    detail_text: str = ""  # readable, for the screen only: may hold unsealed old values


@dataclass(frozen=True)
class FilterChoices:
    users: list[tuple[int, str]] = field(default_factory=list)  # id, full name
    actions: list[str] = field(default_factory=list)
    entity_types: list[str] = field(default_factory=list)


def _utc_bound(day: date) -> str:
    """The UTC ISO text of local midnight starting ``day`` (``at`` compares as text)."""
    return datetime.combine(day, time()).astimezone(UTC).isoformat(timespec="microseconds")


def _filtered(stmt: SelectT, f: AuditFilter) -> SelectT:
    if f.actor_id is not None:
        stmt = stmt.where(AuditEntry.actor_id == f.actor_id)
    if f.action:
        stmt = stmt.where(AuditEntry.action == f.action)
    if f.entity_type:
        stmt = stmt.where(AuditEntry.entity_type == f.entity_type)
    if f.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == f.entity_id.strip())
    if f.date_from is not None:
        stmt = stmt.where(AuditEntry.at >= _utc_bound(f.date_from))
    if f.date_to is not None:
        stmt = stmt.where(AuditEntry.at < _utc_bound(f.date_to + timedelta(days=1)))
    return stmt


def choices(session: UserSession) -> FilterChoices:
    """What the filters offer: users (names for the screen), actions and record types."""
    session.require(Permission.READ_AUDIT)
    with session.store.transaction() as s:
        users = [
            (u.id, u.full_name) for u in s.execute(select(User).order_by(User.full_name)).scalars()
        ]
        actions = list(
            s.execute(select(AuditEntry.action).distinct().order_by(AuditEntry.action)).scalars()
        )
        types = [
            t
            for t in s.execute(
                select(AuditEntry.entity_type).distinct().order_by(AuditEntry.entity_type)
            ).scalars()
            if t
        ]
    return FilterChoices(users, actions, types)


def count(session: UserSession, f: AuditFilter) -> int:
    session.require(Permission.READ_AUDIT)
    with session.store.transaction() as s:
        return int(s.execute(_filtered(select(func.count(AuditEntry.id)), f)).scalar_one())


# Longer values (a street, a note-like field) are cut on screen; the row keeps them whole.
_VALUE_CHARS = 60


def _value_text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} = {_value_text(v)}" for k, v in sorted(value.items()))
    text = "–" if value is None or value == "" else str(value)
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"


def _detail_text(s: Session, entity_type: str | None, entity_id: str | None, raw: str) -> str:
    """The stored detail in readable form. A client correction's sealed old values are
    unsealed with the client's key; once the client is anonymised the key is gone and the
    text says the old values were erased."""
    try:
        detail = json.loads(raw) if raw else {}
    except ValueError:
        return raw
    if not isinstance(detail, dict):
        return _value_text(detail)
    parts: list[str] = []
    for key, value in sorted(detail.items(), key=lambda kv: (kv[0] == "old", kv[0])):
        if key == "old" and isinstance(value, str) and entity_type == "client":
            client_id = int(entity_id) if entity_id and entity_id.isdigit() else None
            old = _subject_keys.unseal(s, client_id, value) if client_id is not None else None
            if old is None:
                parts.append("old values erased (anonymised)")
            else:
                parts.append(f"old values: {_value_text(old)}")
        elif value is not None:
            parts.append(f"{key}: {_value_text(value)}")
    return " · ".join(parts)


def rows(session: UserSession, f: AuditFilter, offset: int, limit: int) -> list[AuditRow]:
    """One page of matching rows, newest first, with the actor's name and the readable
    detail (a correction's old values unsealed) for the screen."""
    session.require(Permission.READ_AUDIT)
    stmt = _filtered(
        select(AuditEntry, User.full_name).outerjoin(User, User.id == AuditEntry.actor_id), f
    )
    stmt = stmt.order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    with session.store.transaction() as s:
        return [
            AuditRow(
                e.id,
                datetime.fromisoformat(e.at),
                e.actor_id,
                name,
                e.action,
                e.entity_type,
                e.entity_id,
                e.detail,
                # Unsealing shows old personal data, but only to the head inside the audit
                # viewer, which is itself the record of who did what: reading a page of the
                # log is not audited row by row (that would grow the log with every scroll).
                _detail_text(s, e.entity_type, e.entity_id, e.detail),
            )
            for e, name in s.execute(stmt).all()
        ]


def chain_head(session: UserSession) -> str:
    """The current chain head as printed (16 hex digits); empty for an empty log."""
    session.require(Permission.READ_AUDIT)
    with session.store.transaction() as s:
        head = s.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar_one_or_none()
    return (head or "")[:16]


def verify_chain(session: UserSession, expected_head: str | None = None) -> audit.ChainReport:
    """Verify the whole chain; ``expected_head`` (an earlier printed head) must be in it.

    The verification and its result are audited (after the check, so the report describes
    the chain as it was)."""
    session.require(Permission.READ_AUDIT)
    expected = (expected_head or "").strip().lower() or None
    with session.store.transaction() as s:
        report = audit.verify(s, expected)
        session.audit(
            s,
            "audit.verified",
            "audit_log",
            None,
            {
                "ok": report.ok,
                "count": report.count,
                "head": report.short_head,
                "anchor": expected,
                "problem": report.problem,
                "first_bad_id": report.first_bad_id,
            },
        )
    return report


def export_csv(session: UserSession, f: AuditFilter, path: Path) -> int:
    """Write the matching rows (ids and codes only, oldest first) to ``path``; audited.
    Returns the number of rows."""
    session.require(Permission.READ_AUDIT)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    with session.store.transaction() as s:
        stmt = _filtered(select(AuditEntry), f).order_by(AuditEntry.id)
        for e in s.execute(stmt).scalars():
            writer.writerow(
                [e.id, e.at, e.actor_id, e.action, e.entity_type, e.entity_id, e.detail, e.hash]
            )
            n += 1
        session.audit(s, "audit.exported", "audit_log", None, {"rows": n, **f.as_detail()})
        # Written before the transaction commits: no entry claims an export that failed.
        with known_file_errors(target_errors=True):
            write_atomic(path, buffer.getvalue().encode("utf-8"))
    return n
