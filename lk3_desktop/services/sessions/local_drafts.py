"""Note drafts kept on this workstation while the office server does not answer (issue 19).

The editor saves its draft in the database every few seconds (:func:`save_draft`). When the
server is away that fails, so the draft is written into the workstation's profile instead,
sealed to the signed-in person's own public key (only their password, which opens their key
slot, opens it again; the file names hold ids, never text), and sent to the server as a draft
when it answers again (:func:`send_waiting_drafts`, at reconnect and at sign-in). A draft whose
note was signed elsewhere meanwhile comes back as a new note's draft: nothing typed is lost.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from lk3_desktop.core.errors import (
    KnownError,
    PermissionDenied,
    RecordLocked,
    ServerUnreachable,
    ValidationError,
)
from lk3_desktop.db.aead import SealError
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.os_errors import data_folder_errors
from lk3_desktop.db.person_keys import seal_to
from lk3_desktop.db.private_folder import make_private
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.data import NoteInput
from lk3_desktop.services.sessions.drafts import _check_key, new_draft_key, save_draft

FOLDER = "drafts-waiting"
SUFFIX = ".lk3draft"


def _folder(session: UserSession) -> Path:
    return session.store.folder / FOLDER


def _aad(session: UserSession) -> bytes:
    return f"lk3-waiting-draft/1|{session.store.database_id}|{session.actor.user_id}".encode()


def _path(session: UserSession, draft_key: str) -> Path:
    # Keys are "session:<id>" or "new:<hex>" (checked): the file name holds no text.
    return _folder(session) / f"{session.actor.user_id}-{draft_key.replace(':', '-')}{SUFFIX}"


def keep_draft_locally(
    session: UserSession, draft_key: str, data: NoteInput, session_id: int | None = None
) -> datetime.datetime:
    """Write the editor's draft into this workstation's profile, sealed to the person (no
    database needed). Returns when it was kept."""
    if session.keys is None:
        raise ServerUnreachable("no keys to seal a waiting draft")
    _check_key(draft_key, session_id)
    now = datetime.datetime.now().replace(microsecond=0)
    doc = {
        "draft_key": draft_key,
        "session_id": session_id,
        "kept_at": now.isoformat(),
        "note": data.to_json(),
    }
    sealed = seal_to(session.keys.keys.public, json.dumps(doc).encode("utf-8"), _aad(session))
    with data_folder_errors():
        folder = _folder(session)
        folder.mkdir(exist_ok=True)
        make_private(folder)
        write_atomic(_path(session, draft_key), sealed)
    return now


def waiting_drafts(session: UserSession) -> list[Path]:
    """This person's drafts kept on this workstation, oldest first."""
    folder = _folder(session)
    if not folder.is_dir():
        return []
    mine = folder.glob(f"{session.actor.user_id}-*{SUFFIX}")
    return sorted(mine, key=lambda p: p.stat().st_mtime)


def send_waiting_drafts(session: UserSession) -> int:
    """Send this person's drafts kept here to the server (each removed once it is there).
    Returns how many were sent; stops at the first ServerUnreachable (the rest wait)."""
    if session.keys is None:
        return 0
    sent = 0
    for path in waiting_drafts(session):
        try:
            doc = json.loads(session.keys.keys.open(path.read_bytes(), _aad(session)))
        except (OSError, ValueError, SealError):
            continue  # another office's or a damaged file: left where it is
        key, session_id = str(doc["draft_key"]), doc.get("session_id")
        data = NoteInput.from_json(str(doc["note"]))
        try:
            save_draft(session, key, data, session_id)
        except (RecordLocked, PermissionDenied, ValidationError):
            # The note was signed or removed elsewhere meanwhile: the text becomes a new
            # note's draft of the same case, offered like any other.
            try:
                save_draft(session, new_draft_key(), data, None)
            except KnownError as exc:
                if isinstance(exc, ServerUnreachable):
                    raise
                continue
        path.unlink(missing_ok=True)
        sent += 1
    return sent
