"""Facts about the running system for the About window (no personal data)."""

from __future__ import annotations

from sqlalchemy import text

from lk3_desktop.services.context import UserSession


def cipher_version(session: UserSession) -> str:
    """The SQLCipher version of the open database's library, e.g. ``"4.6.1 community"``."""
    with session.store.transaction() as s:
        value = s.execute(text("PRAGMA cipher_version")).scalar()
    return str(value or "")
