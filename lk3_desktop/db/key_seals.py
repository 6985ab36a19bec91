"""Random keys sealed to people: a case's key to its counselor(s), the heads and the office
recovery key; a client's key for corrections; the recovery key's seed to the heads.

A seal opens only with the recipient's X25519 private key, which exists only in their slot
and in memory after their sign-in; the database key alone opens none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select
from sqlalchemy.orm import Session

from lk3_desktop.db.aead import SealError
from lk3_desktop.db.audit import utc_now_iso
from lk3_desktop.db.certificates import Certificate
from lk3_desktop.db.models.keys import KeySeal
from lk3_desktop.db.person_keys import PrivateKeys, seal_to

SCOPE_CASE = "case"
SCOPE_CLIENT = "client"
SCOPE_RECOVERY = "recovery"


def _aad(database_id: str, scope: str, scope_id: int | None, serial: str) -> bytes:
    return f"lk3-key-seal|{database_id}|{scope}|{scope_id}|{serial}".encode()


# Plain Core statements: seals are written inside flushes, and in bulk by the office upgrade.
_SEALS: Table = KeySeal.__table__  # type: ignore[assignment]


def _held_by(column: Any, user_id: int | None) -> ColumnElement[bool]:
    """``column`` (a seal's user_id) names ``user_id``; None: the recovery key.

    Compared as ``user_id + 0`` so that SQLite finds the seal by its scope index: through
    the user_id index it walked every seal of the person's (a head holds one per case) for
    each key it opened, 5-30 ms a key instead of a few microseconds (benchmarks:
    client_page, sign_in)."""
    held: ColumnElement[bool] = column.is_(None) if user_id is None else (column + 0) == user_id
    return held


def seal(s: Session, scope: str, scope_id: int | None, key: bytes, recipient: Certificate) -> None:
    """Seal ``key`` to ``recipient`` (replacing an older seal of the same person's)."""
    user_id = recipient.user_id
    c = _SEALS.c
    s.execute(
        delete(_SEALS).where(
            c.scope == scope,
            c.scope_id.is_(None) if scope_id is None else c.scope_id == scope_id,
            _held_by(c.user_id, user_id),
        )
    )
    aad = _aad(recipient.database_id, scope, scope_id, recipient.serial)
    s.execute(
        insert(_SEALS).values(
            scope=scope,
            scope_id=scope_id,
            user_id=user_id,
            cert_serial=recipient.serial,
            sealed=seal_to(recipient.keys, key, aad),
            created_at=utc_now_iso(),
        )
    )


def seal_new(
    s: Session, scope: str, scope_id: int, key: bytes, recipients: Iterable[Certificate]
) -> None:
    """A new key of ``scope_id`` sealed to every one of ``recipients`` in two statements (a
    case opened by a register import makes thousands): any seal left of the scope goes
    first, then one row per recipient."""
    c = _SEALS.c
    s.execute(delete(_SEALS).where(c.scope == scope, c.scope_id == scope_id))
    now = utc_now_iso()
    rows = [
        {
            "scope": scope,
            "scope_id": scope_id,
            "user_id": cert.user_id,
            "cert_serial": cert.serial,
            "sealed": seal_to(cert.keys, key, _aad(cert.database_id, scope, scope_id, cert.serial)),
            "created_at": now,
        }
        for cert in recipients
    ]
    if rows:
        s.execute(insert(_SEALS), rows)


def open_for(
    s: Session,
    scope: str,
    scope_id: int | None,
    user_id: int | None,
    keys: PrivateKeys,
    database_id: str,
) -> bytes | None:
    """The key sealed to ``user_id`` (None: the recovery key), or None when there is no seal
    for them or it does not open with ``keys``."""
    rows = s.execute(
        select(KeySeal.cert_serial, KeySeal.sealed).where(
            KeySeal.scope == scope,
            KeySeal.scope_id.is_(None) if scope_id is None else KeySeal.scope_id == scope_id,
            _held_by(KeySeal.user_id, user_id),
        )
    ).all()
    for row in rows:
        try:
            return keys.open(row.sealed, _aad(database_id, scope, scope_id, row.cert_serial))
        except SealError:
            continue
    return None


def holders(s: Session, scope: str, scope_id: int) -> set[int | None]:
    """Who holds a seal of this key (user ids; None for the recovery key)."""
    return set(
        s.execute(
            select(KeySeal.user_id).where(KeySeal.scope == scope, KeySeal.scope_id == scope_id)
        ).scalars()
    )


def drop(s: Session, scope: str, scope_id: int | None, user_id: int) -> int:
    """Delete ``user_id``'s seal of one key; how many rows went."""
    result = s.execute(
        delete(KeySeal).where(
            KeySeal.scope == scope,
            KeySeal.scope_id.is_(None) if scope_id is None else KeySeal.scope_id == scope_id,
            _held_by(KeySeal.user_id, user_id),
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def drop_person(s: Session, user_id: int) -> int:
    """Delete every seal of ``user_id`` (deactivation); how many rows went."""
    result = s.execute(delete(KeySeal).where(KeySeal.user_id == user_id))
    return int(getattr(result, "rowcount", 0) or 0)
