"""A session note in a window of its own (from the schedule or a recovered draft)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from lk3_desktop.services import schedule, sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import DraftInfo, NoteChoices, NoteInput, SessionNote
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.sessions.labels import failure_text
from lk3_desktop.ui.sessions.note_editor import NoteEditor, load_for_session


class NoteEditorWindow(QDialog):
    """Not modal: the counselor may look at other pages while writing."""

    saved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditorWindow")
        self.setWindowTitle(self.tr("Session note"))
        self.setAccessibleName(self.tr("Session note"))
        self.setModal(False)
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = NoteEditor(context, self)
        self.editor.saved.connect(self.saved)
        self.editor.signed.connect(self.saved)
        self.editor.closed.connect(self.close)
        context.locked.connect(self.close)  # no note stays on screen while locked
        layout.addWidget(self.editor)
        self.resize(980, 700)

    def _ready(self, choices: NoteChoices) -> None:
        self.setWindowTitle(self.tr("Session note · %1").replace("%1", choices.client_name))
        self.show()
        self.raise_()
        self.activateWindow()

    def start_from_appointment(self, appointment_id: int) -> None:
        def load(s: UserSession) -> tuple[NoteInput, NoteChoices]:
            prefill = schedule.start_session(s, appointment_id)
            return prefill, sessions.note_choices(s, prefill.case_id)

        def done(result: tuple[NoteInput, NoteChoices]) -> None:
            prefill, choices = result
            self.editor.start_new(choices, prefill)
            self._ready(choices)

        Operation(self._context, self, load, done).worded(failure_text).run()

    def continue_draft(self, draft: DraftInfo) -> None:
        if draft.session_id is not None:
            self.open_session(draft.session_id)
            return
        data = draft.data

        def done(choices: NoteChoices) -> None:
            self.editor.start_new(choices, data, draft.draft_key)
            self._ready(choices)

        (
            Operation(self._context, self, lambda s: sessions.note_choices(s, data.case_id), done)
            .worded(failure_text)
            .run()
        )

    def open_session(self, session_id: int) -> None:
        def done(result: tuple[SessionNote, NoteChoices, DraftInfo | None]) -> None:
            note, choices, draft = result
            self.editor.show_note(note, choices, draft)
            self._ready(choices)

        (
            Operation(self._context, self, lambda s: load_for_session(s, session_id), done)
            .worded(failure_text)
            .run()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.autosave()
        super().closeEvent(event)
