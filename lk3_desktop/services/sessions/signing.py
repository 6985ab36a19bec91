"""Signing a note (password re-entry), the head's co-signature and addenda. A signed note is
locked: corrections are addenda, which are final too.
"""

from __future__ import annotations

from sqlalchemy import select

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import CounselingSession, NoteDraft, SessionAddendum
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.access import _load, _require_editable
from lk3_desktop.services.sessions.data import SessionNote
from lk3_desktop.services.sessions.drafts import _now, draft_key_for
from lk3_desktop.services.sessions.reading import _note, seal
from lk3_desktop.services.sessions.writing import _clean_text


def sign_note(session: UserSession, session_id: int, password: str) -> SessionNote:
    """The author signs the note (password re-entry); it is locked from then on."""
    session.require(Permission.WRITE_CLINICAL)
    with session.store.transaction() as s:
        row, _case_row = _load(s, session, session_id)
        _require_editable(session, row)
    accounts.verify_password(session, password)  # WrongPassword; slow, outside the transaction
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        _require_editable(session, row)
        pending = s.execute(
            select(NoteDraft.id).where(
                NoteDraft.author_id == session.actor.user_id,
                NoteDraft.draft_key == draft_key_for(session_id),
            )
        ).scalar_one_or_none()
        if pending is not None:
            raise ValidationError("Simpan perubahan catatan sebelum menandatangani.")
        note = _note(s, row, case)
        if not note.data.has_text():
            raise ValidationError("Catatan sesi masih kosong.")
        now = _now()
        row.signed_at = now
        row.signed_by = session.actor.user_id
        row.content_sha256 = seal(note.data, note.attendees)
        s.flush()
        session.audit(
            s,
            "session_note.signed",
            "counseling_session",
            row.id,
            {"sha256": row.content_sha256},
        )
        return _note(s, row, case)


def cosign_note(session: UserSession, session_id: int, password: str) -> SessionNote:
    """The head co-signs a signed note of a counselor (supervision); nothing else changes."""
    if session.actor.role is not Role.KEPALA:
        raise PermissionDenied("cosign")
    with session.store.transaction() as s:
        row, _case_row = _load(s, session, session_id)
        _check_cosign(session, row)
    accounts.verify_password(session, password)
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        _check_cosign(session, row)
        row.cosigned_at = _now()
        row.cosigned_by = session.actor.user_id
        s.flush()
        session.audit(s, "session_note.cosigned", "counseling_session", row.id)
        return _note(s, row, case)


def _check_cosign(session: UserSession, row: CounselingSession) -> None:
    if row.signed_at is None:
        raise ValidationError("Catatan harus ditandatangani penulisnya sebelum diparaf.")
    if row.cosigned_at is not None:
        raise ValidationError("Catatan ini sudah diparaf.")
    if row.author_id == session.actor.user_id:
        raise ValidationError("Catatan sendiri tidak perlu diparaf.")


def add_addendum(session: UserSession, session_id: int, text: str) -> SessionNote:
    """Add a correction under a signed note (head or assigned counselor); final once added."""
    session.require(Permission.WRITE_CLINICAL)
    clean = _clean_text(text, "Adendum", "addendum")
    if not clean:
        raise ValidationError("Tulis isi adendum.", "addendum")
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        if row.signed_at is None:
            raise ValidationError(
                "Catatan yang belum ditandatangani diubah langsung, tanpa adendum.", "addendum"
            )
        addendum = SessionAddendum(
            session_id=row.id, author_id=session.actor.user_id, written_at=_now(), text=clean
        )
        s.add(addendum)
        s.flush()
        session.audit(
            s,
            "session_note.addendum_added",
            "counseling_session",
            row.id,
            {"addendum": addendum.id},
        )
        return _note(s, row, case)
