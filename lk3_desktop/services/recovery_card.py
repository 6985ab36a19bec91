"""Whether the office holds a recovery card for the database key in use.

A key rotation makes the old card useless at the moment the database is re-encrypted; the new
card exists only once the head has saved or printed it. Between the two (and after a rotation
cut short by a crash or power loss) the office has no working card, so this is remembered
inside the database, in the setting ``recovery_card.pending``:
``{"key": <fingerprint of the new key>, "state": "started" | "rotated"}``.

* the rotation writes it (``started``) before anything else, under the old key;
* once the database is re-encrypted, the completion is audited once (``database.key_rotated``)
  and the state becomes ``rotated``: by the rotation itself or, if it was cut short, by the
  next sign-in, which also tells the head;
* the card is pending while the fingerprint matches the key in use; saving or printing it
  (:func:`card_kept`) removes the setting;
* a fingerprint that does not match the key in use belongs to a rotation that never reached
  the re-encryption: the old card still works; the next sign-in audits
  ``database.key_rotation_abandoned`` and removes it.

The fingerprint is a domain-separated SHA-256 of the key, truncated; it sits inside the
encrypted database and says nothing about the key to anyone who can read it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from lk3_desktop.core.recovery_code import encode_recovery_code
from lk3_desktop.core.roles import Permission
from lk3_desktop.db import audit
from lk3_desktop.db.models import Setting
from lk3_desktop.services.context import UserSession

PENDING = "recovery_card.pending"


def fingerprint(key: bytes) -> str:
    return hashlib.sha256(b"lk3-recovery-card|" + key).hexdigest()[:32]


def _read(s: Session) -> dict[str, Any] | None:
    row = s.get(Setting, PENDING)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _write(s: Session, value: dict[str, Any] | None, user_id: int | None) -> None:
    row = s.get(Setting, PENDING)
    if value is None:
        if row is not None:
            s.delete(row)
        return
    now = datetime.now().replace(microsecond=0)
    encoded = json.dumps(value, sort_keys=True)
    if row is None:
        s.add(Setting(key=PENDING, value=encoded, updated_at=now, updated_by=user_id))
    else:
        row.value, row.updated_at, row.updated_by = encoded, now, user_id


def rotation_started(s: Session, new_key: bytes, user_id: int) -> None:
    """In the rotation's first transaction (under the old key): the new key's card is due."""
    _write(s, {"key": fingerprint(new_key), "state": "started"}, user_id)


def rotation_done(
    s: Session, key_in_use: bytes, database_id: str, user_id: int | None, finished_at: str
) -> bool:
    """Audit ``database.key_rotated`` once for the rotation to ``key_in_use``; True when this
    call wrote it (``finished_at``: "rotation" or "sign_in")."""
    value = _read(s)
    if value is None or value.get("key") != fingerprint(key_in_use):
        return False
    if value.get("state") != "started":
        return False
    detail = {"finished_at": finished_at}
    audit.append(s, user_id, "database.key_rotated", "database", database_id, detail)
    _write(s, {**value, "state": "rotated"}, user_id)
    return True


def card_due(s: Session, key_in_use: bytes, user_id: int | None) -> None:
    """The card of the key in use must be printed again although the key stayed: the office
    got its recovery key (keys per person), the card's second code."""
    _write(s, {"key": fingerprint(key_in_use), "state": "rotated"}, user_id)


def settle_at_sign_in(s: Session, key_in_use: bytes, database_id: str, user_id: int) -> str | None:
    """At every sign-in: finish the bookkeeping of a rotation cut short. Returns "finished"
    (the database was re-encrypted: the head must print the new card), "abandoned" (it never
    was: the old card still works) or None."""
    value = _read(s)
    if value is None:
        return None
    if value.get("key") != fingerprint(key_in_use):
        audit.append(s, user_id, "database.key_rotation_abandoned", "database", database_id)
        _write(s, None, user_id)
        return "abandoned"
    if rotation_done(s, key_in_use, database_id, user_id, "sign_in"):
        return "finished"
    return None


def is_pending(s: Session, key_in_use: bytes) -> bool:
    value = _read(s)
    return value is not None and value.get("key") == fingerprint(key_in_use)


def card_pending(session: UserSession) -> bool:
    """True while no recovery card has been kept for the key in use (after a rotation)."""
    with session.store.transaction() as s:
        return is_pending(s, session.store.key())


def pending_card_code(session: UserSession) -> str | None:
    """The recovery code to print first thing after signing in, while the card of the key in
    use has not been kept (head only; audited as ``recovery_card.shown``). None otherwise."""
    session.require(Permission.ROTATE_DATABASE_KEY)
    key = session.store.key()
    with session.store.transaction() as s:
        if not is_pending(s, key):
            return None
        session.audit(s, "recovery_card.shown", "database", session.store.database_id,
                      {"reason": "pending"})  # fmt: skip
    return encode_recovery_code(key)


def card_kept(session: UserSession) -> None:
    """The head saved or printed the card of the key in use: the office has a card again."""
    session.require(Permission.ROTATE_DATABASE_KEY)
    key = session.store.key()
    with session.store.transaction() as s:
        if is_pending(s, key):
            _write(s, None, session.actor.user_id)
        session.audit(s, "recovery_card.kept", "database", session.store.database_id)
