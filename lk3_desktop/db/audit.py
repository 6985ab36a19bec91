"""The hash-chained audit log: append inside a service's transaction, verify the chain.

Each row's ``hash`` is SHA-256 over its canonical content, which includes the row id and the
previous row's hash; changing, inserting, deleting or reordering rows breaks the chain.
Details hold ids and codes only, never names or note text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.storage import storage_for

GENESIS = "0" * 64
# Session.info flag: this transaction appended entries, so its head needs a checkpoint.
APPENDED = "lk3_audit_appended"
# Session.info value: why the checkpoint of this transaction is signed (default "entry").
CHECKPOINT_REASON = "lk3_checkpoint_reason"


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _json(value: str | int | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    return _encode_string(value)


_encode_string = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses


def canonical(
    entry_id: int,
    at: str,
    actor_id: int | None,
    action: str,
    entity_type: str | None,
    entity_id: str | None,
    detail: str,
    prev_hash: str,
) -> bytes:
    """The exact bytes a row's hash covers: the row as JSON with sorted keys and no spaces,
    i.e. ``json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``,
    written out directly (verifying 100,000 entries at sign-in must stay quick)."""
    return (
        f'{{"action":{_json(action)},"actor":{_json(actor_id)},"at":{_json(at)},'
        f'"detail":{_json(detail)},"entity_id":{_json(entity_id)},'
        f'"entity_type":{_json(entity_type)},"id":{_json(entry_id)},"prev":{_json(prev_hash)}}}'
    ).encode()


class ChainRow(Protocol):
    """What a row's hash covers: an AuditEntry or a plain result row with its columns."""

    @property
    def id(self) -> int: ...
    @property
    def at(self) -> str: ...
    @property
    def actor_id(self) -> int | None: ...
    @property
    def action(self) -> str: ...
    @property
    def entity_type(self) -> str | None: ...
    @property
    def entity_id(self) -> str | None: ...
    @property
    def detail(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...


def row_hash(row: ChainRow) -> str:
    """The SHA-256 a row must carry."""
    return hashlib.sha256(
        canonical(
            row.id,
            row.at,
            row.actor_id,
            row.action,
            row.entity_type,
            row.entity_id,
            row.detail,
            row.prev_hash,
        )
    ).hexdigest()


def append(
    session: Session,
    actor_id: int | None,
    action: str,
    entity_type: str | None = None,
    entity_id: str | int | None = None,
    detail: Mapping[str, Any] | None = None,
    at: str | None = None,
) -> AuditEntry:
    """Add one chained row in the caller's transaction (which must be a write transaction)."""
    storage_for(session).lock_audit_chain(session)
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    prev_hash = last.hash if last else GENESIS
    next_id = (last.id + 1) if last else 1
    row = AuditEntry(
        id=next_id,
        at=at or utc_now_iso(),
        actor_id=actor_id,
        action=action,
        entity_type=entity_type,
        entity_id=None if entity_id is None else str(entity_id),
        detail=json.dumps(dict(detail or {}), sort_keys=True, separators=(",", ":")),
        prev_hash=prev_hash,
        hash="",
    )
    row.hash = row_hash(row)
    session.add(row)
    session.flush()
    # The open store signs the new head before this transaction commits (db/checkpoints.py).
    session.info[APPENDED] = True
    return row


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    head: str  # full hash of the last row (GENESIS when empty)
    first_bad_id: int | None = None
    problem: str | None = None

    @property
    def short_head(self) -> str:
        """The head as printed on reports and backup labels (16 hex digits)."""
        return self.head[:16]


def verify_rows(rows: Iterable[AuditEntry], expected_head: str | None = None) -> ChainReport:
    """Check ids, links and hashes of ``rows`` in id order.

    ``expected_head`` (a printed short or full hash) must appear in the chain, which detects
    a chain rebuilt or cut back since it was printed.
    """
    prev = GENESIS
    count = 0
    expected_id = 1
    seen_expected = expected_head is None
    for row in rows:
        count += 1
        if row.id != expected_id:
            return ChainReport(False, count, prev, row.id, "gap_or_reorder")
        if row.prev_hash != prev:
            return ChainReport(False, count, prev, row.id, "broken_link")
        if row_hash(row) != row.hash:
            return ChainReport(False, count, prev, row.id, "content_changed")
        if expected_head and row.hash.startswith(expected_head.lower()):
            seen_expected = True
        prev = row.hash
        expected_id += 1
    if not seen_expected:
        return ChainReport(False, count, prev, None, "anchor_not_found")
    return ChainReport(True, count, prev)


def verify(session: Session, expected_head: str | None = None) -> ChainReport:
    """Verify the whole chain in the database behind ``session``."""
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    return verify_rows(rows, expected_head)
