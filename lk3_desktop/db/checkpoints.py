"""Signed audit checkpoints: the hash chain alone cannot tell a chain rebuilt or cut back by
someone holding the database key; signatures and remembered heads can.

* Every write transaction that appends audit entries ends with a checkpoint: the signed-in
  person's Ed25519 signature over the new chain head (entry id and hash). Sign-out and lock
  are such transactions, so they are checkpoints too.
* The entries a checkpoint covers (those after the previous checkpoint) must be the signer's
  own or the system's (no actor); only a head may sign over other people's entries, and only
  once, when an office without keys is upgraded (``adopt``).
* Each person's slot in ``lk3.keys`` remembers the last checkpoint they signed or verified
  (a *watermark*, signed with their key); sign-in verifies the chain from there, so a chain cut
  back behind it, or rebuilt before it, is caught even when the checkpoints were deleted too.
* ``check --expected-head`` takes a head printed earlier (report, backup label): it must still
  be in the chain.

Bodies are canonical JSON stored verbatim; signatures are over a domain tag plus the body.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.db.audit import GENESIS, row_hash, utc_now_iso
from lk3_desktop.db.certificates import Certificate, Registry
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.models.keys import AuditCheckpoint
from lk3_desktop.db.person_keys import PrivateKeys, PublicKeys
from lk3_desktop.db.storage import storage_for
from lk3_desktop.db.storage.interface import AUDIT_GUARDS

CHECKPOINT_DOMAIN = b"lk3-audit-checkpoint/1\n"
WATERMARK_DOMAIN = b"lk3-audit-watermark/1\n"
TRIGGERS = AUDIT_GUARDS

# Why a checkpoint was signed. ``adopt``: a head vouches for the entries of an office that had
# no keys yet (the upgrade); it is the only kind that may cover other people's entries.
REASONS = ("entry", "signin", "signout", "lock", "adopt")


def _canonical(doc: dict[str, Any]) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Signer:
    """The signed-in person's signing identity, held by the open store."""

    keys: PrivateKeys
    user_id: int
    cert_serial: str
    database_id: str


@dataclass(frozen=True)
class Checkpoint:
    id: int
    entry_id: int
    entry_hash: str
    signer_id: int
    cert_serial: str
    at: str
    reason: str
    body: str
    signature: bytes

    @property
    def short_hash(self) -> str:
        return self.entry_hash[:16]

    @classmethod
    def parse(cls, row_id: int, body: str, signature: bytes) -> Checkpoint:
        doc = json.loads(body)
        if _canonical(doc) != body or doc.get("v") != 1:
            raise ValueError("not canonical")
        return cls(
            row_id,
            int(doc["entry"]),
            str(doc["hash"]),
            int(doc["signer"]),
            str(doc["cert"]),
            str(doc["at"]),
            str(doc["reason"]),
            body,
            signature,
        )

    def database_id(self) -> str:
        return str(json.loads(self.body)["db"])


def sign_head(session: Session, signer: Signer, reason: str = "entry") -> Checkpoint | None:
    """Sign the current chain head in ``session``'s transaction; None when the log is empty."""
    if reason not in REASONS:
        raise ValueError(f"unknown checkpoint reason {reason}")
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if last is None:
        return None
    doc = {
        "v": 1,
        "db": signer.database_id,
        "entry": last.id,
        "hash": last.hash,
        "signer": signer.user_id,
        "cert": signer.cert_serial,
        "at": utc_now_iso(),
        "reason": reason,
    }
    body = _canonical(doc)
    signature = signer.keys.sign(CHECKPOINT_DOMAIN + body.encode())
    row = AuditCheckpoint(entry_id=last.id, body=body, signature=signature)
    session.add(row)
    session.flush()
    return Checkpoint.parse(row.id, body, signature)


# -- watermarks (kept in lk3.keys, one per slot) ----------------------------------------------


@dataclass(frozen=True)
class Watermark:
    """What one person last signed or verified: an entry of the chain and its hash."""

    database_id: str
    slot_id: str
    user_id: int
    entry_id: int
    entry_hash: str
    at: str
    signature: bytes

    def body(self) -> str:
        return _canonical(
            {
                "v": 1,
                "db": self.database_id,
                "slot": self.slot_id,
                "user": self.user_id,
                "entry": self.entry_id,
                "hash": self.entry_hash,
                "at": self.at,
            }
        )

    def verifies_with(self, keys: PublicKeys) -> bool:
        return keys.verify(self.signature, WATERMARK_DOMAIN + self.body().encode())

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads(self.body())
        doc["sig"] = base64.b64encode(self.signature).decode("ascii")
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Watermark | None:
        """The watermark kept in a slot, or None when it is not one (never raises)."""
        try:
            return cls(
                str(doc["db"]),
                str(doc["slot"]),
                int(doc["user"]),
                int(doc["entry"]),
                str(doc["hash"]),
                str(doc["at"]),
                base64.b64decode(str(doc["sig"]), validate=True),
            )
        except (KeyError, TypeError, ValueError):
            return None

    @classmethod
    def make(
        cls,
        keys: PrivateKeys,
        database_id: str,
        slot_id: str,
        user_id: int,
        entry_id: int,
        entry_hash: str,
    ) -> Watermark:
        unsigned = cls(database_id, slot_id, user_id, entry_id, entry_hash, utc_now_iso(), b"")
        signature = keys.sign(WATERMARK_DOMAIN + unsigned.body().encode())
        return cls(database_id, slot_id, user_id, entry_id, entry_hash, unsigned.at, signature)


# -- verification -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    """One thing wrong with the audit trail: a code, the entry where it shows, and since
    when the trail was last known good (time of the last verified entry before it)."""

    code: str
    entry_id: int | None = None
    since: str | None = None
    user_id: int | None = None


@dataclass
class ChainVerdict:
    count: int = 0
    head: str = GENESIS
    head_id: int = 0
    checkpoints: int = 0
    latest: Checkpoint | None = None
    problems: list[ChainProblem] = field(default_factory=list)
    started_at: int = 0  # entry id verification started after (0: the whole chain)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def short_head(self) -> str:
        return self.head[:16]

    def add(self, code: str, entry_id: int | None, since: str | None, **kw: Any) -> None:
        self.problems.append(ChainProblem(code, entry_id, since, kw.get("user_id")))


def triggers_present(session: Session) -> bool:
    return storage_for(session).audit_guards(session) >= set(TRIGGERS)


def _valid_checkpoint(
    cp: Checkpoint, registry: Registry, database_id: str
) -> tuple[bool, Certificate | None]:
    if cp.database_id() != database_id:
        return False, None
    cert = registry.valid_at(cp.cert_serial, cp.at)
    if cert is None or cert.user_id != cp.signer_id:
        return False, cert
    if cp.reason == "adopt" and not cert.is_head:
        return False, cert
    return cert.keys.verify(cp.signature, CHECKPOINT_DOMAIN + cp.body.encode()), cert


_ROWS_SQL = (
    "SELECT id, at, actor_id, action, entity_type, entity_id, detail, prev_hash, hash "
    "FROM audit_log ORDER BY id"
)


class _Row(tuple[Any, ...]):
    """A raw audit row with the attribute names :func:`row_hash` reads."""

    __slots__ = ()

    id = property(lambda self: self[0])
    at = property(lambda self: self[1])
    actor_id = property(lambda self: self[2])
    action = property(lambda self: self[3])
    entity_type = property(lambda self: self[4])
    entity_id = property(lambda self: self[5])
    detail = property(lambda self: self[6])
    prev_hash = property(lambda self: self[7])
    hash = property(lambda self: self[8])


def _all_rows(session: Session) -> list[_Row]:
    """Every entry as a plain tuple, straight from the driver (100,000 in well under a
    second; through the ORM it takes many times that)."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return [_Row(r) for r in cursor.execute(_ROWS_SQL).fetchall()]
    finally:
        cursor.close()


def verify_chain(
    session: Session,
    registry: Registry,
    database_id: str,
    *,
    watermarks: Sequence[Watermark] = (),
    start: Watermark | None = None,
    expected_head: str | None = None,
    require_signatures: bool = True,
) -> ChainVerdict:
    """Verify every entry's id, link and hash; the checkpoints (signatures, and whose
    entries each covers) after ``start`` (all of them without it); every watermark given; the
    triggers; and that ``expected_head`` is still in the chain.

    Hashes are checked for the whole chain even from a watermark: an entry edited in place
    before it changes no later hash, only its own. ``require_signatures`` is False only for
    an office not yet upgraded to keys (no root): then the plain chain is all there is.
    """
    verdict = ChainVerdict()
    if not triggers_present(session):
        verdict.add("triggers_missing", None, None)
    rows = _all_rows(session)
    verdict.count = len(rows)
    by_id = {row.id: row for row in rows}
    max_id = rows[-1].id if rows else 0

    # Watermarks: each names an entry and its hash; a missing entry is a cut, another hash a
    # rewrite. Signatures are checked against the person's certificate.
    for wm in watermarks:
        cert = registry.current(wm.user_id) or next(
            (c for c in registry.valid.values() if c.user_id == wm.user_id), None
        )
        if cert is None or wm.database_id != database_id or not wm.verifies_with(cert.keys):
            verdict.add("watermark_forged", wm.entry_id, wm.at, user_id=wm.user_id)
            continue
        marked = by_id.get(wm.entry_id)
        if marked is None or wm.entry_id > max_id:
            verdict.add("cut", wm.entry_id, wm.at, user_id=wm.user_id)
        elif marked.hash != wm.entry_hash:
            verdict.add("rewritten", wm.entry_id, wm.at, user_id=wm.user_id)

    first_signed = 1
    if start is not None:
        start_row = by_id.get(start.entry_id)
        if start_row is not None and start_row.hash == start.entry_hash:
            first_signed = start.entry_id + 1
            verdict.started_at = start.entry_id

    checkpoints: list[Checkpoint] = []
    for cp in _load_checkpoints(session, verdict, first_signed):
        if cp is None:
            continue
        valid, _cert = _valid_checkpoint(cp, registry, database_id)
        if valid:
            checkpoints.append(cp)
        elif require_signatures:
            verdict.add("checkpoint_forged", cp.entry_id, cp.at, user_id=cp.signer_id)
    by_entry: dict[int, list[Checkpoint]] = {}
    for cp in checkpoints:
        by_entry.setdefault(cp.entry_id, []).append(cp)

    prev_hash = GENESIS
    prev_at: str | None = None
    expected_id = 1
    segment_actors: set[int | None] = set()
    segment_start: int | None = None
    last_signed_at: str | None = None
    broken = False
    for row in rows:
        if not broken:
            if row.id != expected_id:
                verdict.add("gap_or_reorder", row.id, prev_at)
                broken = True
            elif row.prev_hash != prev_hash:
                verdict.add("broken_link", row.id, prev_at)
                broken = True
            elif row_hash(row) != row.hash:
                verdict.add("content_changed", row.id, prev_at)
                broken = True
        expected_id = row.id + 1
        if broken:
            continue
        prev_hash, prev_at = row.hash, row.at
        verdict.head, verdict.head_id = row.hash, row.id
        if row.id < first_signed:
            last_signed_at = row.at
            continue
        if segment_start is None:
            segment_start = row.id
        segment_actors.add(row.actor_id)
        for cp in by_entry.get(row.id, []):
            if cp.entry_hash != row.hash:
                verdict.add("checkpoint_mismatch", row.id, last_signed_at)
                continue
            verdict.checkpoints += 1
            others = {a for a in segment_actors if a is not None and a != cp.signer_id}
            if others and cp.reason != "adopt" and require_signatures:
                verdict.add("signed_by_other", segment_start, last_signed_at, user_id=cp.signer_id)
            segment_actors = set()
            segment_start = None
            last_signed_at = row.at
            if verdict.latest is None or cp.entry_id >= verdict.latest.entry_id:
                verdict.latest = cp
    if not broken and segment_start is not None and require_signatures:
        verdict.add("unsigned_tail", segment_start, last_signed_at)
    for cp in checkpoints:
        if cp.entry_id > max_id:
            verdict.add("cut", cp.entry_id, cp.at, user_id=cp.signer_id)
    if expected_head:
        wanted = expected_head.strip().lower()
        if len(wanted) < 16 or not any(row.hash.startswith(wanted) for row in rows):
            verdict.add("expected_head_missing", None, None)
    return verdict


def _load_checkpoints(
    session: Session, verdict: ChainVerdict, first: int
) -> Iterable[Checkpoint | None]:
    rows = session.execute(
        select(AuditCheckpoint.id, AuditCheckpoint.body, AuditCheckpoint.signature)
        .where(AuditCheckpoint.entry_id >= first)
        .order_by(AuditCheckpoint.id)
    )
    for row in rows:
        try:
            yield Checkpoint.parse(row.id, row.body, row.signature)
        except (ValueError, KeyError, TypeError):
            verdict.add("checkpoint_unreadable", None, None)
            yield None
