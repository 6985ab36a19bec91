"""After sign-in: notes that were being written when the app stopped (a crash, a power cut,
a forgotten window) are offered again, to continue, save as they are, or throw away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import sessions
from lk3_desktop.services.sessions import DraftInfo, DraftSummary, SessionNote
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text, datetime_text
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import DEFAULT_TITLE, Operation, show_failure
from lk3_desktop.ui.sessions.labels import failure_text
from lk3_desktop.ui.sessions.note_window import NoteEditorWindow
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns


class DraftRecoveryDialog(QDialog):
    """The signed-in person's unsaved drafts, newest first."""

    def __init__(
        self, context: AppContext, drafts: list[DraftSummary], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftRecoveryDialog")
        self.setWindowTitle(self.tr("Unsaved session notes"))
        self.setAccessibleName(self.tr("Unsaved session notes"))
        self._context = context
        self._drafts = list(drafts)
        self.windows: list[NoteEditorWindow] = []

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These notes were being written when LK3 Desktop last stopped, and were never "
                "saved. Their text was kept as a draft: continue writing, save them as they "
                "are, or throw them away."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("draftList")
        self.tree.setAccessibleName(self.tr("Unsaved notes"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Client"), self.tr("Case"), self.tr("Session date"), self.tr("Last typed")]
        )
        self.tree.setRootIsDecorated(False)
        fit_columns(self.tree, 0)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_a: self.continue_draft())
        layout.addWidget(self.tree, 1)
        self.message = StatusMessage("draftMessage", self.tr("Draft message"), self)
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.continue_button = self._button("draftContinue", self.tr("Continue writing"), row)
        set_flag(self.continue_button, "prominent", True)
        self.continue_button.clicked.connect(self.continue_draft)
        self.save_button = self._button("draftSave", self.tr("Save as it is"), row)
        self.save_button.clicked.connect(self.save_draft)
        self.discard_button = self._button("draftDiscard", self.tr("Throw away…"), row)
        set_flag(self.discard_button, "destructive", True)
        self.discard_button.clicked.connect(self.discard_draft)
        row.addStretch(1)
        self.later_button = self._button("draftLater", self.tr("Later"), row)
        self.later_button.setToolTip(self.tr("Keep the drafts; they are offered again next time."))
        self.later_button.clicked.connect(self.reject)
        layout.addLayout(row)
        hint = QLabel(self.tr("Drafts you keep are offered again at the next sign-in."), self)
        set_role(hint, "muted")
        layout.addWidget(hint)
        self.resize(720, 320)
        self._fill()

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        row.addWidget(button)
        return button

    def _fill(self) -> None:
        self.tree.clear()
        for draft in self._drafts:
            item = QTreeWidgetItem(
                [
                    draft.client_name,
                    draft.registration_number,
                    date_text(draft.session_date) if draft.session_date else "–",
                    datetime_text(draft.updated_at),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, draft.id)
            if draft.session_id is not None:
                item.setToolTip(0, self.tr("Changes to a saved note"))
            self.tree.addTopLevelItem(item)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    @property
    def drafts(self) -> list[DraftSummary]:
        return list(self._drafts)

    def current(self) -> DraftSummary | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in self._drafts if d.id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.continue_button, self.save_button, self.discard_button):
            button.setEnabled(chosen)

    def _done_with(self, draft_id: int) -> None:
        self._drafts = [d for d in self._drafts if d.id != draft_id]
        self._fill()
        if not self._drafts:
            self.accept()

    def continue_draft(self) -> None:
        """Open the draft in a note window, where it is saved and signed as usual."""
        draft = self.current()
        if draft is None:
            return
        draft_id = draft.id

        def done(info: DraftInfo) -> None:
            window = NoteEditorWindow(self._context, self.parentWidget())
            window.continue_draft(info)
            self.windows.append(window)
            self._done_with(draft_id)

        (
            Operation(self._context, self, lambda s: sessions.get_draft(s, draft_id), done)
            .worded(failure_text)
            .run()
        )

    def save_draft(self) -> None:
        draft = self.current()
        if draft is None:
            return
        draft_id = draft.id

        def done(_note: SessionNote) -> None:
            self.message.clear_message()
            self._done_with(draft_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.message.show_error(
                    self.tr("It cannot be saved as it is: %1 Continue writing to fix it.").replace(
                        "%1", message_for(exc)
                    )
                )
                return
            show_failure(self, DEFAULT_TITLE, exc, failure_text)

        (
            Operation(self._context, self, lambda s: sessions.finalize_draft(s, draft_id), done)
            .failure(failed)
            .run()
        )

    def discard_draft(self) -> None:
        draft = self.current()
        if draft is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Throw away the draft"),
            self.tr("Throw away what was typed for %1? This cannot be undone.").replace(
                "%1", draft.client_name
            ),
            ok_text=self.tr("Throw away"),
            destructive=True,
        ):
            return
        draft_id = draft.id
        (
            Operation(
                self._context,
                self,
                lambda s: sessions.discard_draft(s, draft_id),
                lambda _r: self._done_with(draft_id),
            )
            .worded(failure_text)
            .run()
        )


def offer_pending_drafts(
    context: AppContext,
    parent: QWidget | None,
    on_done: Callable[[int], None] | None = None,
) -> None:
    """Look for the signed-in person's unsaved drafts (on the lane) and, when there are any,
    offer them in :class:`DraftRecoveryDialog`. ``on_done`` gets how many were found."""

    def found(drafts: list[DraftSummary]) -> None:
        if drafts:
            dialog = DraftRecoveryDialog(context, drafts, parent)
            dialogs.exec_dialog(dialog)
            dialog.deleteLater()
        if on_done is not None:
            on_done(len(drafts))

    owner = parent if parent is not None else context
    Operation(context, owner, sessions.pending_drafts, found).worded(failure_text).run()
