"""Counseling sessions (sesi konseling): notes that are never lost, signed and locked, with
addenda and the head's co-signature.

Who may do what (checked here, never only in widgets):

- a note is read, written and listed only by the counselor assigned to its case and by the
  head (:func:`lk3_desktop.services.cases.may_see_clinical`); staff never see notes. Reading a
  note is an audited view;
- the author edits an unsigned note and signs it (password re-entry). From then on every
  service call that would change the note, its attendees or its goal reviews raises
  RecordLocked, whoever asks; corrections are addenda (head or assigned counselor), which are
  final too. The head may co-sign a signed note of someone else (supervision).

Never lost: an editor saves what it holds with :func:`save_draft` every few seconds and on
every focus change (one short transaction, one row per author and editor key). Saving the
note (:func:`save_note`) removes the draft; whatever drafts remain after a crash are offered
again with :func:`pending_drafts`. Autosaves are not audited one by one (a draft's creation,
finalization and discarding are).
"""

from __future__ import annotations

from lk3_desktop.services.sessions.access import may_read_notes
from lk3_desktop.services.sessions.data import (
    AddendumInfo,
    Attendee,
    CaseChoice,
    DraftInfo,
    DraftSummary,
    GoalChoice,
    GoalReviewInfo,
    GoalReviewInput,
    MemberChoice,
    NoteChoices,
    NoteInput,
    SessionList,
    SessionNote,
    SessionRow,
    UnsignedNote,
)
from lk3_desktop.services.sessions.drafts import (
    DRAFT_KEY_RE,
    discard_draft,
    discard_draft_key,
    draft_for_session,
    draft_key_for,
    get_draft,
    new_draft_key,
    pending_drafts,
    save_draft,
)
from lk3_desktop.services.sessions.local_drafts import (
    keep_draft_locally,
    send_waiting_drafts,
    waiting_drafts,
)
from lk3_desktop.services.sessions.note_pdf import note_pdf
from lk3_desktop.services.sessions.reading import (
    get_note,
    list_case_sessions,
    list_client_sessions,
    note_choices,
    seal,
)
from lk3_desktop.services.sessions.signing import add_addendum, cosign_note, sign_note
from lk3_desktop.services.sessions.unsigned import (
    UNSIGNED_DAYS_KEY,
    set_unsigned_days,
    unsigned_days,
    unsigned_notes,
)
from lk3_desktop.services.sessions.writing import (
    MAX_TEXT,
    check_note_appointment,
    delete_note,
    finalize_draft,
    save_note,
)

__all__ = [
    "DRAFT_KEY_RE",
    "MAX_TEXT",
    "UNSIGNED_DAYS_KEY",
    "AddendumInfo",
    "Attendee",
    "CaseChoice",
    "DraftInfo",
    "DraftSummary",
    "GoalChoice",
    "GoalReviewInfo",
    "GoalReviewInput",
    "MemberChoice",
    "NoteChoices",
    "NoteInput",
    "SessionList",
    "SessionNote",
    "SessionRow",
    "UnsignedNote",
    "add_addendum",
    "check_note_appointment",
    "cosign_note",
    "delete_note",
    "discard_draft",
    "discard_draft_key",
    "draft_for_session",
    "draft_key_for",
    "finalize_draft",
    "get_draft",
    "get_note",
    "keep_draft_locally",
    "list_case_sessions",
    "list_client_sessions",
    "may_read_notes",
    "new_draft_key",
    "note_choices",
    "note_pdf",
    "pending_drafts",
    "save_draft",
    "save_note",
    "seal",
    "send_waiting_drafts",
    "set_unsigned_days",
    "sign_note",
    "unsigned_days",
    "unsigned_notes",
    "waiting_drafts",
]
