"""An office as it was before its clinical text was sealed per case: the notes in plain text,
no case key, no 'sealed' setting (what a head's sign-in then seals, services/content_sealing).
"""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

from sqlalchemy import select

from lk3_desktop.core.roles import Role
from lk3_desktop.db import sealed
from lk3_desktop.db.models import CounselingSession
from lk3_desktop.services import case_keys, integrity, sessions
from lk3_desktop.services.context import UserSession
from support.casework import add_user, household, note_input
from support.factories import HEAD_PASSWORD, make_vault
from support.tampering import connect


def notes(n: int) -> list[str]:
    return [f"Catatan ke-{i}: Ibu D. bercerita tentang malam ke-{i}." for i in range(n)]


def unsealed_notes(head: UserSession, folder: Path, store: object, texts: list[str]) -> list[int]:
    """Rina's notes ``texts`` (one a day back from today) in the head's office, then the
    office rewritten as before case keys. Closes ``head``; the notes' ids."""
    rina = add_user(head, folder, store, "rina", "Rina Marlina", Role.KONSELOR)
    home = household(head, rina.actor.user_id)
    today = datetime.date.today()
    ids = []
    for n, text in enumerate(texts):
        note = dataclasses.replace(
            note_input(home, text), session_date=today - datetime.timedelta(days=n)
        )
        ids.append(sessions.save_note(rina, note).id)
    columns = sealed.SEALED["counseling_sessions"]
    with head.store.transaction() as s:
        rows = s.execute(select(CounselingSession).where(CounselingSession.id.in_(ids)))
        plain = {r.id: {c: getattr(r, c) for c in columns} for r in rows.scalars()}
    rina.store.close()
    head.store.close()
    (key, *_) = integrity.keys_from_password(make_vault(folder, store), "kepala", HEAD_PASSWORD)
    conn = connect(folder / "lk3.db", key)
    try:
        conn.execute("DELETE FROM key_seals WHERE scope = 'case'")
        conn.execute("DELETE FROM settings WHERE key = ?", (case_keys.CONTENT_SEALED,))
        for row_id, values in plain.items():
            for column, value in values.items():
                conn.execute(
                    f"UPDATE counseling_sessions SET {column} = ? WHERE id = ?", (value, row_id)
                )
        conn.execute("UPDATE cases SET presenting_problem = 'Konflik suami-istri'")
    finally:
        conn.close()
    return ids


def file_rows(
    folder: Path, store: object, sql: str, username: str = "kepala", password: str = HEAD_PASSWORD
) -> list[tuple[object, ...]]:
    """What someone holding only ``username``'s password reads from lk3.db with plain
    sqlcipher3 (their slot gives the database key)."""
    (key, *_) = integrity.keys_from_password(make_vault(folder, store), username, password)
    conn = connect(folder / "lk3.db", key)
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def stored_plans(folder: Path, store: object) -> list[str]:
    """Every note's ``plan`` as the file holds it (read with the head's database key)."""
    return [str(v) for (v,) in file_rows(folder, store, "SELECT plan FROM counseling_sessions")]
