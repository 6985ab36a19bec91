"""The buttons under a session note (save, sign, co-sign, discard, close) and the password
prompts that sign and co-sign it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from lk3_desktop.services import sessions
from lk3_desktop.services.sessions import SessionNote
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.signing import ask_signature
from lk3_desktop.ui.style import set_flag


class NoteActionBar(QWidget):
    """One row of buttons; the editor connects their ``clicked`` and sets what shows."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        buttons = QHBoxLayout(self)
        buttons.setContentsMargins(12, 4, 12, 10)
        self.save_button = self._button("saveNoteButton", self.tr("Save"), buttons)
        self.save_button.setToolTip(
            self.tr("Save the note (Ctrl+S). It stays a draft until signed.")
        )
        set_flag(self.save_button, "prominent", True)
        self.sign_button = self._button("signNoteButton", self.tr("Sign…"), buttons)
        self.cosign_button = self._button("cosignNoteButton", self.tr("Co-sign…"), buttons)
        self.discard_button = self._button(
            "discardChangesButton", self.tr("Discard changes"), buttons
        )
        set_flag(self.discard_button, "destructive", True)
        # a signed note, with its addenda, as a PDF on the letterhead
        self.pdf_button = self._button("saveNotePdfButton", self.tr("Save PDF…"), buttons)
        self.pdf_button.setToolTip(self.tr("Save the signed note and its addenda as a PDF"))
        self.print_button = self._button("printNoteButton", self.tr("Print…"), buttons)
        self.print_button.setToolTip(self.tr("Print the signed note and its addenda"))
        for button in (self.pdf_button, self.print_button):
            button.hide()  # a signed note's: show_state shows them (never beside Save and Sign)
        # the note's attached documents (a saved note's; the editor shows it)
        self.attachments_button = self._button(
            "noteAttachmentsButton", self.tr("Attachments…"), buttons
        )
        self.attachments_button.setToolTip(self.tr("Documents attached to this session note"))
        self.attachments_button.hide()
        buttons.addStretch(1)
        self.close_button = self._button("closeNoteButton", self.tr("Close"), buttons)

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        row.addWidget(button)
        return button

    def show_state(
        self, *, read_only: bool, busy: bool, may_cosign: bool, signed: bool = False
    ) -> None:
        """Editing buttons only on an editable note, none while a call runs; co-sign for the
        head on someone else's signed note; PDF and print on a signed note."""
        editable = not read_only and not busy
        for button in (self.save_button, self.sign_button, self.discard_button):
            button.setVisible(not read_only)
            button.setEnabled(editable)
        self.cosign_button.setVisible(may_cosign)
        self.cosign_button.setEnabled(not busy)
        for button in (self.pdf_button, self.print_button):
            button.setVisible(signed)
            button.setEnabled(not busy)

    def name_discard(self, saved: bool) -> None:
        """ "Discard changes" on a note loaded as saved, "Discard draft" on a new one."""
        self.discard_button.setText(
            self.tr("Discard changes") if saved else self.tr("Discard draft")
        )

    def ask_signature(self, session_id: int) -> SessionNote | None:
        """The signed note, once the author entered the password; None when cancelled."""
        return ask_signature(
            self._context,
            self.parentWidget(),
            title=self.tr("Sign the session note"),
            text=self.tr(
                "After signing, nobody can change this note any more, not even you: later "
                "corrections are added as addenda. Enter your password to sign."
            ),
            ok_text=self.tr("Sign"),
            busy_text=self.tr("Signing…"),
            action=lambda s, password: sessions.sign_note(s, session_id, password),
            object_name="signNoteDialog",
        )

    def ask_cosignature(self, session_id: int) -> SessionNote | None:
        """The co-signed note, once the head entered the password; None when cancelled."""
        return ask_signature(
            self._context,
            self.parentWidget(),
            title=self.tr("Co-sign the session note"),
            text=self.tr(
                "Your co-signature records that you supervised this note. The note itself "
                "does not change. Enter your password to co-sign."
            ),
            ok_text=self.tr("Co-sign"),
            busy_text=self.tr("Co-signing…"),
            action=lambda s, password: sessions.cosign_note(s, session_id, password),
            object_name="cosignNoteDialog",
        )
