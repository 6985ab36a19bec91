"""Drafts that make a session note never lost: what the editor holds is saved as a draft in the
(encrypted) database every few seconds while it changes, when the focus leaves a field, and
when the app locks or signs out, through the lane (``sessions.save_draft``, one short
transaction). After a crash the drafts are offered again at sign-in
(:mod:`lk3_desktop.ui.sessions.draft_recovery`). While an office server does not answer, the
draft is kept in this workstation's profile instead (sealed to the person) and sent when it
answers again.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from lk3_desktop.core.errors import RecordLocked, ServerUnreachable
from lk3_desktop.services import sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import NoteInput
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import time_text
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.sessions.labels import failure_text

AUTOSAVE_MS = 5_000  # the issue asks for at least every 10 s; half leaves room for a slow save

DraftSnapshot = tuple[str, int | None, NoteInput]
"""(draft key, session id or None for a new note, what the fields hold)."""


class DraftAutosave(QObject):
    """Keeps the editor's unsaved changes as a draft.

    ``snapshot`` returns what to save, or None when there is nothing a draft may hold (a
    locked note, nothing loaded). ``status`` carries what the autosave label says; ``saved``
    the time of each finished autosave; ``locked`` fires when the note was signed meanwhile.
    """

    status = Signal(str)
    saved = Signal(object)
    locked = Signal()

    def __init__(
        self,
        context: AppContext,
        owner: QWidget,
        snapshot: Callable[[], DraftSnapshot | None],
    ) -> None:
        super().__init__(owner)
        self._context = context
        self._owner = owner
        self._snapshot = snapshot
        self.dirty = False
        self._saving = False
        self._last_session = context.session
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        context.session_changed.connect(self._session_changed)

    def watch(self, field: QWidget) -> None:
        """Save the draft when the focus leaves ``field``.

        Focus changes are watched on the fields themselves: QApplication.focusChanged would
        do, but PySide6 6.12 on Python 3.11 loses a reference to None on each of its emissions
        with no focus widget, which ends the process after a while.
        """
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.dirty:
            QTimer.singleShot(0, self, self.save)  # save once the focus has moved
        return super().eventFilter(watched, event)

    def mark_dirty(self) -> None:
        if not self.dirty:
            self.dirty = True
            self.status.emit(self.tr("Unsaved changes"))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _session_changed(self) -> None:
        """Locking or signing out clears the session: what is unsaved goes to the draft first
        (the lane runs this before the store closes, which is queued after it)."""
        session = self._context.session
        if session is not None:
            self._last_session = session
            return
        self._timer.stop()
        if self._last_session is not None:
            self.save(self._last_session)
        self._last_session = None

    def save(self, session: UserSession | None = None) -> bool:
        """Save what the fields hold as the draft (on the lane). False when nothing to do."""
        session = session or self._context.session
        if not self.dirty or self._saving or session is None:
            return False
        snapshot = self._snapshot()
        if snapshot is None:
            return False
        key, session_id, data = snapshot
        self.dirty = False
        self._saving = True
        self.status.emit(self.tr("Saving draft…"))

        def done(saved_at: object) -> None:
            self._saving = False
            assert isinstance(saved_at, datetime.datetime)
            if not self.dirty:
                self.status.emit(self.tr("Draft saved %1").replace("%1", time_text(saved_at)))
            self.saved.emit(saved_at)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServerUnreachable):
                self._keep_here(session, snapshot)  # the office server is away
                return
            self._saving = False
            self.dirty = True
            self.status.emit(self.tr("Draft not saved: %1").replace("%1", failure_text(exc)))
            if isinstance(exc, RecordLocked):
                self.locked.emit()
                self._timer.stop()
            pass_to_crash_handler(exc)

        # sessionless: at a lock the draft is saved with the session that is closing
        (
            Operation.sessionless(
                self._context,
                self._owner,
                lambda: sessions.save_draft(session, key, data, session_id),
                done,
            )
            .failure(failed)
            .run()
        )
        return True

    def _keep_here(self, session: UserSession, snapshot: DraftSnapshot) -> None:
        """The office server did not answer: keep the draft in this workstation's profile,
        sealed to the person, until it can be sent (``sessions.send_waiting_drafts``)."""
        key, session_id, data = snapshot

        def kept(at: object) -> None:
            self._saving = False
            assert isinstance(at, datetime.datetime)
            if not self.dirty:
                self.status.emit(
                    self.tr("Kept on this computer %1; sent when the server answers").replace(
                        "%1", time_text(at)
                    )
                )

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.dirty = True
            self.status.emit(self.tr("Draft not saved: %1").replace("%1", failure_text(exc)))
            pass_to_crash_handler(exc)

        (
            Operation.sessionless(
                self._context,
                self._owner,
                lambda: sessions.keep_draft_locally(session, key, data, session_id),
                kept,
            )
            .failure(failed)
            .run()
        )
