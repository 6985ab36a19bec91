"""Facts about the running system for the About window (no personal data)."""

from __future__ import annotations

from sqlalchemy import text

from lk3_desktop.services.context import UserSession


def cipher_version(session: UserSession) -> str:
    """The SQLCipher version of the open database's library, e.g. ``"4.6.1 community"``;
    on an office server the server's version instead (``"PostgreSQL 15.8"``)."""
    with session.store.transaction() as s:
        if session.store.on_server:
            return f"PostgreSQL {s.execute(text('SHOW server_version')).scalar()}"
        value = s.execute(text("PRAGMA cipher_version")).scalar()
    return str(value or "")
