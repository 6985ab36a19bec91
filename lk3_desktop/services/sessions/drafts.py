"""Drafts that keep a note from ever being lost: saved every few seconds by the editor, offered
again after a crash, removed when the note is saved.
"""

from __future__ import annotations

import datetime
import re
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import Case, Client, CounselingSession, NoteDraft
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.access import (
    _case,
    _load,
    _require_editable,
    _require_reader,
    _require_writer,
)
from lk3_desktop.services.sessions.data import DraftInfo, DraftSummary, NoteInput

DRAFT_KEY_RE = re.compile(r"^(session:\d{1,12}|new:[0-9a-f]{8,40})$")


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def new_draft_key() -> str:
    """The key of a new note's editor (random, so two editors never share a draft)."""
    return f"new:{secrets.token_hex(8)}"


def draft_key_for(session_id: int) -> str:
    return f"session:{session_id}"


def _check_key(draft_key: str, session_id: int | None) -> None:
    if not DRAFT_KEY_RE.match(draft_key):
        raise ValueError(f"bad draft key: {draft_key!r}")
    if session_id is not None and draft_key != draft_key_for(session_id):
        raise ValueError("an existing note's draft key is session:<id>")


def save_draft(
    session: UserSession, draft_key: str, data: NoteInput, session_id: int | None = None
) -> datetime.datetime:
    """Keep what an editor holds (fast: one short transaction). Returns when it was saved.

    The content is not validated: a draft keeps whatever was typed, up to
    ``limits.DRAFT_MAX_CHARS`` (ValidationError on ``draft``: far more than a note may hold).
    A signed note has no drafts (RecordLocked).
    """
    _check_key(draft_key, session_id)
    now = _now()
    payload = data.to_json()
    if len(payload) > limits.DRAFT_MAX_CHARS:
        raise ValidationError("limit.draft", "draft", max=limits.DRAFT_MAX_CHARS)
    with session.store.transaction() as s:
        if session_id is not None:
            row, case = _load(s, session, session_id)
            _require_editable(session, row)
            if data.case_id != row.case_id:
                raise ValidationError("session.other_case")
        else:
            case = _case(s, data.case_id)
        _require_writer(session, case)
        draft = s.execute(
            select(NoteDraft).where(
                NoteDraft.author_id == session.actor.user_id, NoteDraft.draft_key == draft_key
            )
        ).scalar_one_or_none()
        if draft is None:
            draft = NoteDraft(
                author_id=session.actor.user_id,
                draft_key=draft_key,
                case_id=case.id,
                session_id=session_id,
                payload=payload,
                created_at=now,
                updated_at=now,
            )
            s.add(draft)
            s.flush()
            session.audit(
                s, "session_note.draft_created", "note_draft", draft.id, {"case": case.id}
            )
        else:
            draft.payload, draft.case_id, draft.updated_at = payload, case.id, now
        return now


def pending_drafts(session: UserSession) -> list[DraftSummary]:
    """The actor's drafts that were never saved as notes (offered again after a crash),
    newest first. Drafts of cases the actor no longer holds are left out."""
    if session.actor.role is Role.STAF:
        return []
    with session.store.transaction() as s:
        rows = s.execute(
            select(NoteDraft, Case, Client.full_name, CounselingSession.session_date)
            .join(Case, Case.id == NoteDraft.case_id)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(CounselingSession, CounselingSession.id == NoteDraft.session_id)
            .where(NoteDraft.author_id == session.actor.user_id)
            .order_by(NoteDraft.updated_at.desc(), NoteDraft.id.desc())
        ).all()
        result: list[DraftSummary] = []
        for draft, case, client_name, session_date in rows:
            if not may_see_clinical(session, case.counselor_id):
                continue
            data = NoteInput.from_json(draft.payload)
            characters = sum(len(t) for t in data.sections.values()) + len(data.plan)
            result.append(
                DraftSummary(
                    id=draft.id,
                    draft_key=draft.draft_key,
                    case_id=case.id,
                    registration_number=case.registration_number,
                    client_id=case.client_id,
                    client_name=client_name,
                    session_id=draft.session_id,
                    session_date=session_date or data.session_date,
                    updated_at=draft.updated_at,
                    characters=characters + len(data.interventions) + len(data.homework),
                )
            )
        return result


def _own_draft(s: Session, session: UserSession, draft_id: int) -> NoteDraft:
    draft = s.get(NoteDraft, draft_id)
    if draft is None:
        raise ValidationError("draft.not_found")
    if draft.author_id != session.actor.user_id:
        raise PermissionDenied("note_draft")
    _require_reader(session, _case(s, draft.case_id))
    return draft


def get_draft(session: UserSession, draft_id: int) -> DraftInfo:
    """One of the actor's own drafts (an audited view)."""
    with session.store.transaction() as s:
        draft = _own_draft(s, session, draft_id)
        session.audit(s, "session_note.draft_viewed", "note_draft", draft.id)
        return DraftInfo(
            draft.id,
            draft.draft_key,
            draft.session_id,
            NoteInput.from_json(draft.payload),
            draft.updated_at,
        )


def draft_for_session(session: UserSession, session_id: int) -> DraftInfo | None:
    """The actor's unsaved changes of an existing note, if any."""
    with session.store.transaction() as s:
        draft_id = s.execute(
            select(NoteDraft.id).where(
                NoteDraft.author_id == session.actor.user_id,
                NoteDraft.draft_key == draft_key_for(session_id),
            )
        ).scalar_one_or_none()
    return None if draft_id is None else get_draft(session, draft_id)


def discard_draft(session: UserSession, draft_id: int) -> None:
    """Throw away one of the actor's drafts (what was typed and never saved)."""
    with session.store.transaction() as s:
        draft = s.get(NoteDraft, draft_id)
        if draft is None:
            return
        if draft.author_id != session.actor.user_id:
            raise PermissionDenied("note_draft")
        s.delete(draft)
        session.audit(s, "session_note.draft_discarded", "note_draft", draft_id)


def discard_draft_key(session: UserSession, draft_key: str) -> None:
    """Throw away the actor's draft of one editor (Cancel in the editor)."""
    with session.store.transaction() as s:
        draft_id = s.execute(
            select(NoteDraft.id).where(
                NoteDraft.author_id == session.actor.user_id, NoteDraft.draft_key == draft_key
            )
        ).scalar_one_or_none()
        if draft_id is not None:
            s.execute(delete(NoteDraft).where(NoteDraft.id == draft_id))
            session.audit(s, "session_note.draft_discarded", "note_draft", draft_id)
