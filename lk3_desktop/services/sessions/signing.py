"""Signing a note (password re-entry), the head's co-signature and addenda: the session note's
part in the signed-record rule of ``services/signing.py``.
"""

from __future__ import annotations

import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.db.models import Case, CounselingSession, NoteDraft, SessionAddendum
from lk3_desktop.services import signing
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.access import _load
from lk3_desktop.services.sessions.data import SessionNote
from lk3_desktop.services.sessions.drafts import draft_key_for
from lk3_desktop.services.sessions.reading import _note, seal
from lk3_desktop.services.sessions.writing import _clean_text


def _load_to_write(
    s: Session, session: UserSession, session_id: int
) -> tuple[CounselingSession, Case]:
    session.require(Permission.WRITE_CLINICAL)
    return _load(s, session, session_id)


def _author_only(session: UserSession, row: CounselingSession) -> None:
    if row.author_id != session.actor.user_id:
        raise PermissionDenied("note_author")


def _ready(s: Session, session: UserSession, row: CounselingSession) -> None:
    pending = s.execute(
        select(NoteDraft.id).where(
            NoteDraft.author_id == session.actor.user_id,
            NoteDraft.draft_key == draft_key_for(row.id),
        )
    ).scalar_one_or_none()
    if pending is not None:
        raise ValidationError("signing.save_first")
    case = s.get(Case, row.case_id)
    assert case is not None  # _load found it
    if not _note(s, row, case).data.has_text():
        raise ValidationError("signing.note_empty")


def _seal(s: Session, _session: UserSession, row: CounselingSession, case: Case) -> dict[str, Any]:
    note = _note(s, row, case)
    row.content_sha256 = seal(note.data, note.attendees)
    return {"sha256": row.content_sha256}


def _new_addendum(
    row: CounselingSession, author_id: int, written_at: datetime.datetime, text: str
) -> SessionAddendum:
    return SessionAddendum(session_id=row.id, author_id=author_id, written_at=written_at, text=text)


NOTE: signing.SignedKind[CounselingSession] = signing.SignedKind(
    name="session_note",
    entity="counseling_session",
    load=_load_to_write,
    may_edit=_author_only,
    ready=_ready,
    seal=_seal,
    clean_addendum=lambda text: _clean_text(text, "limit.addendum", "addendum"),
    new_addendum=_new_addendum,
    addendum_field="addendum",
    draft_has_no_addenda="signing.note_addendum_on_draft",
    locked_code="session_note",
)


def sign_note(session: UserSession, session_id: int, password: str) -> SessionNote:
    """The author signs the note (password re-entry); it is locked from then on."""
    return signing.sign(session, NOTE, session_id, password, _note)


def cosign_note(session: UserSession, session_id: int, password: str) -> SessionNote:
    """The head co-signs a signed note of a counselor (supervision); nothing else changes."""
    return signing.cosign(session, NOTE, session_id, password, _note)


def add_addendum(session: UserSession, session_id: int, text: str) -> SessionNote:
    """Add a correction under a signed note (head or assigned counselor); final once added."""
    return signing.add_addendum(
        session, NOTE, session_id, text, lambda s, row, case, _info: _note(s, row, case)
    )
