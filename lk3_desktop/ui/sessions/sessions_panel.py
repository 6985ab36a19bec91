"""The client page's "Sesi" tab: the client's sessions, newest first, and the note editor.

Only the head and the counselor assigned to a case see its sessions; for everyone else the
tab says so in one sentence (the services refuse anyway).
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services import schedule, sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import (
    CaseChoice,
    DraftInfo,
    DraftSummary,
    NoteChoices,
    NoteInput,
    SessionList,
    SessionNote,
    SessionRow,
)
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text, time_text
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.sessions.labels import (
    failure_text,
    note_status_label,
    service_label,
    span_text,
    stage_label,
)
from lk3_desktop.ui.sessions.note_editor import NoteEditor, load_for_session
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns

PAGE_EMPTY, PAGE_EDITOR = 0, 1


DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionTree(QTreeWidget):
    """The session list; Enter opens the current session."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.open_requested.emit(0)
            event.accept()
            return
        super().keyPressEvent(event)


class SessionsPanel(QWidget):
    """Sessions of one client's cases, with the note editor beside the list."""

    sessionSaved = Signal(int)

    def __init__(self, context: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsPanel")
        self.setAccessibleName(self.tr("Counseling sessions"))
        self._context = context
        self._client_id = client_id
        self._list: SessionList | None = None
        self._drafts: list[DraftSummary] = []
        self._pending_open: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.new_button = QPushButton(self.tr("New session"), self)
        self.new_button.setObjectName("newSessionButton")
        self.new_button.setAccessibleName(self.tr("New session"))
        set_flag(self.new_button, "prominent", True)
        self.new_button.clicked.connect(self._new_clicked)

        self.notice = QLabel(self)
        self.notice.setObjectName("sessionsNotice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "muted")
        self.notice.hide()
        layout.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("sessionsSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.new_button)
        self.tree = SessionTree(left)
        left_column.addWidget(self.tree, 1)
        self.tree.setObjectName("sessionList")
        self.tree.setAccessibleName(self.tr("Sessions, newest first"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Session"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        fit_columns(self.tree, 1)
        self.tree.setMinimumWidth(280)
        self.tree.itemActivated.connect(lambda item, _c: self._open_item(item))
        self.tree.itemClicked.connect(lambda item, _c: self._open_item(item))
        self.tree.open_requested.connect(lambda _id: self._open_item(self.tree.currentItem()))

        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName("sessionStack")
        self.empty = QLabel(self.stack)
        self.empty.setObjectName("sessionsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.stack.addWidget(self.empty)
        self.editor = NoteEditor(context, self.stack)
        self.editor.saved.connect(self._saved)
        self.editor.signed.connect(self._saved)
        self.editor.closed.connect(self._editor_closed)
        self.stack.addWidget(self.editor)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 800])
        layout.addWidget(self.splitter, 1)
        self._show_empty(self.tr("Loading…"))
        self.reload()

    @property
    def client_id(self) -> int:
        return self._client_id

    # -- list ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the client's sessions again (the open note stays open)."""
        client_id = self._client_id

        def load(s: UserSession) -> tuple[SessionList, list[DraftSummary]]:
            listed = sessions.list_client_sessions(s, client_id)
            drafts = [
                d
                for d in sessions.pending_drafts(s)
                if d.client_id == client_id and d.session_id is None
            ]
            return listed, drafts

        Operation(self._context, self, load, self._show_list).worded(failure_text).run()

    def _show_list(self, loaded: tuple[SessionList, list[DraftSummary]]) -> None:
        listed, drafts = loaded
        self._list = listed
        self._drafts = drafts
        current = self.editor.session_id if self.stack.currentIndex() == PAGE_EDITOR else None
        self.tree.clear()
        open_key = self.editor.draft_key if self.stack.currentIndex() == PAGE_EDITOR else None
        for draft in drafts:
            if draft.draft_key != open_key:
                self.tree.addTopLevelItem(self._draft_item(draft))
        for row in listed.rows:
            self.tree.addTopLevelItem(self._item(row))
        writable = [c for c in listed.writable_cases if c.is_open]
        self.new_button.setVisible(bool(writable))
        notice = ""
        if listed.hidden_cases and not listed.rows and not listed.writable_cases:
            notice = self.tr(
                "Session notes are shown only to the counselor assigned to the case and to "
                "the head of the center."
            )
        elif listed.hidden_cases:
            notice = self.tr(
                "Sessions of %n other case(s) of this client are not shown: they belong to "
                "another counselor.",
                "",
                listed.hidden_cases,
            )
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        if current is not None:
            self._select(current)
        if self.stack.currentIndex() == PAGE_EMPTY:
            if listed.rows:
                self._show_empty(self.tr("Choose a session on the left to read its note."))
            elif writable:
                self._show_empty(self.tr("No sessions yet. Start one with New session."))
            else:
                self._show_empty(notice or self.tr("No sessions yet."))
        if self._pending_open is not None:
            wanted, self._pending_open = self._pending_open, None
            self.open_session(wanted)

    def _item(self, row: SessionRow) -> QTreeWidgetItem:
        when = date_text(row.session_date)
        if row.start_time and row.end_time:
            when += "\n" + span_text_of(row)
        status = note_status_label(row.is_signed)
        if row.cosigned_at is not None:
            status += " ✓"
        what = service_label(row.service_type)
        cases = {r.case_id for r in self._list.rows} if self._list else set()
        if len(cases) > 1:
            what += "\n" + row.registration_number
        else:
            what += "\n" + row.author_name
        item = QTreeWidgetItem([when, what, status])
        item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        item.setToolTip(1, self.tr("Written by %1").replace("%1", row.author_name))
        if row.addenda:
            item.setToolTip(2, self.tr("%n addendum/addenda", "", row.addenda))
        if not row.is_signed:
            font = item.font(2)
            font.setBold(True)
            item.setFont(2, font)
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            f"{date_text(row.session_date)}, {service_label(row.service_type)}, {status}",
        )
        return item

    def _draft_item(self, draft: DraftSummary) -> QTreeWidgetItem:
        when = date_text(draft.session_date) if draft.session_date else ""
        item = QTreeWidgetItem(
            [
                f"{when}\n{time_text(draft.updated_at)}",
                self.tr("New note\nnot saved yet"),
                self.tr("Unsaved"),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, 0)
        item.setData(0, DRAFT_ROLE, draft.id)
        item.setToolTip(
            1,
            self.tr("Kept as a draft at %1. Open it to continue.").replace(
                "%1", time_text(draft.updated_at)
            ),
        )
        font = item.font(2)
        font.setItalic(True)
        item.setFont(1, font)
        item.setFont(2, font)
        return item

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        draft_id = item.data(0, DRAFT_ROLE)
        if draft_id:
            self.editor.autosave()
            self.open_draft_id(int(draft_id))
            return
        self.open_session(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _select(self, session_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == session_id:
                self.tree.setCurrentItem(item)
                return

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentIndex(PAGE_EMPTY)

    # -- opening -------------------------------------------------------------------------------

    def open_session(self, session_id: int) -> None:
        """Show one session's note in the editor (an audited view)."""
        if self.stack.currentIndex() == PAGE_EDITOR and self.editor.session_id == session_id:
            return
        self.editor.autosave()
        if self._list is None:
            self._pending_open = session_id
            return
        self._select(session_id)

        def done(result: tuple[SessionNote, NoteChoices, DraftInfo | None]) -> None:
            note, choices, draft = result
            self.editor.show_note(note, choices, draft)
            self.stack.setCurrentIndex(PAGE_EDITOR)

        (
            Operation(self._context, self, lambda s: load_for_session(s, session_id), done)
            .worded(failure_text)
            .run()
        )

    def _new_clicked(self) -> None:
        listed = self._list
        if listed is None:
            return
        writable = [c for c in listed.writable_cases if c.is_open]
        if len(writable) == 1:
            self.start_new(writable[0].id)
            return
        menu = QMenu(self)
        menu.setObjectName("newSessionCaseMenu")
        for case in writable:
            action = menu.addAction(
                self.tr("Case %1 (%2)")
                .replace("%1", case.registration_number)
                .replace("%2", stage_label(case.stage.value))
            )
            action.setData(case.id)
        chosen = menu.exec(self.new_button.mapToGlobal(self.new_button.rect().bottomLeft()))
        if chosen is not None:
            self.start_new(int(chosen.data()))

    def start_new(self, case_id: int, prefill: NoteInput | None = None) -> None:
        """A new note for ``case_id`` (optionally prefilled, e.g. from an appointment)."""
        self.editor.autosave()

        def done(choices: NoteChoices) -> None:
            self.tree.clearSelection()
            self.editor.start_new(choices, prefill)
            self.stack.setCurrentIndex(PAGE_EDITOR)
            for name in ("data", "subjective", "free"):
                edit = self.editor.section_edit(name)
                if edit is not None:
                    edit.setFocus(Qt.FocusReason.OtherFocusReason)
                    break

        (
            Operation(self._context, self, lambda s: sessions.note_choices(s, case_id), done)
            .worded(failure_text)
            .run()
        )

    def start_from_appointment(self, appointment_id: int) -> None:
        """A new note prefilled from an appointment (date, times, case, the client)."""

        def load(s: UserSession) -> tuple[NoteInput, NoteChoices]:
            prefill = schedule.start_session(s, appointment_id)
            return prefill, sessions.note_choices(s, prefill.case_id)

        def done(result: tuple[NoteInput, NoteChoices]) -> None:
            prefill, choices = result
            self.editor.autosave()
            self.tree.clearSelection()
            self.editor.start_new(choices, prefill)
            self.stack.setCurrentIndex(PAGE_EDITOR)

        Operation(self._context, self, load, done).worded(failure_text).run()

    def open_draft_id(self, draft_id: int) -> None:
        """Continue the author's unsaved note ``draft_id`` (from Beranda)."""
        (
            Operation(
                self._context, self, lambda s: sessions.get_draft(s, draft_id), self.open_draft
            )
            .worded(failure_text)
            .run()
        )

    def open_draft(self, draft: DraftInfo) -> None:
        """Continue a recovered draft in the editor."""
        if draft.session_id is not None:
            self.open_session(draft.session_id)
            return
        data = draft.data

        def done(choices: NoteChoices) -> None:
            self.editor.start_new(choices, data, draft.draft_key)
            self.stack.setCurrentIndex(PAGE_EDITOR)

        (
            Operation(self._context, self, lambda s: sessions.note_choices(s, data.case_id), done)
            .worded(failure_text)
            .run()
        )

    # -- after editing -------------------------------------------------------------------------

    def _saved(self, session_id: int) -> None:
        self.reload()
        self._select(session_id)
        self.sessionSaved.emit(session_id)

    def _editor_closed(self) -> None:
        self.tree.clearSelection()
        self._show_empty(self.tr("Choose a session on the left to read its note."))
        self.reload()

    def writable_cases(self) -> list[CaseChoice]:
        return list(self._list.writable_cases) if self._list else []


def span_text_of(row: SessionRow) -> str:
    assert row.start_time is not None and row.end_time is not None
    day = row.session_date
    return span_text(
        datetime.datetime.combine(day, row.start_time), datetime.datetime.combine(day, row.end_time)
    )
