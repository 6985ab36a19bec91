"""Old values kept in the audit log, sealed under a random key per client.

The same key seals the client's attached documents (services/attachments), so anonymising
shreds them too.

The audit log is append-only and hash-chained, so a value written into it stays forever. A
correction's old values are therefore sealed (AES-256-GCM, the client id as associated data)
under the client's own key, kept in ``subject_keys``. Anonymising a client deletes the key:
the sealed values become unreadable and the chain still verifies.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from lk3_desktop.db.aead import SealError, aead_open, aead_seal, new_key
from lk3_desktop.db.models import SubjectKey


def _aad(client_id: int) -> bytes:
    return f"lk3-subject:{client_id}".encode()


def key_of(s: Session, client_id: int, *, create: bool = False) -> bytes | None:
    """The client's key (made first when ``create``); None once shredded or never made.
    Also seals the client's attached documents (services/attachments)."""
    row = s.get(SubjectKey, client_id)
    if row is None and create:
        row = SubjectKey(
            client_id=client_id,
            key=new_key(),
            created_at=datetime.now().replace(microsecond=0),
        )
        s.add(row)
        s.flush()
    return None if row is None else bytes(row.key)


def seal(s: Session, client_id: int, values: dict[str, Any]) -> str:
    """``values`` (JSON-able) sealed under the client's key, created on first use."""
    key = key_of(s, client_id, create=True)
    assert key is not None
    plain = json.dumps(values, sort_keys=True, default=str).encode()
    sealed = aead_seal(key, plain, _aad(client_id))
    return base64.b64encode(sealed).decode("ascii")


def unseal(s: Session, client_id: int, token: str) -> dict[str, Any] | None:
    """The sealed values, or None once the client's key is gone (anonymised) or the token
    does not belong to this client."""
    row = s.get(SubjectKey, client_id)
    if row is None:
        return None
    try:
        raw = base64.b64decode(token, validate=True)
        plain = aead_open(bytes(row.key), raw, _aad(client_id))
    except (ValueError, SealError):
        return None
    value = json.loads(plain)
    return value if isinstance(value, dict) else None


def shred(s: Session, client_id: int) -> bool:
    """Delete the client's key; True when there was one."""
    result = s.execute(delete(SubjectKey).where(SubjectKey.client_id == client_id))
    return bool(getattr(result, "rowcount", 0))
