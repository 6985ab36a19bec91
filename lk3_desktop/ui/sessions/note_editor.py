"""The session note editor: write a note (DAP, SOAP or free text) that is never lost, save it,
sign it with the password, and read it locked afterwards with its addenda.

The editor composes its parts and keeps the note's state (which note, locked or not, busy):
:mod:`.note_metadata` (when, which service, who was present, structure), :mod:`.note_text`
(sections, plan, next appointment), :mod:`.goal_reviews`, :mod:`.note_reading` (the locked
note and its addenda), :mod:`.note_actions` (buttons and the signing prompts) and
:mod:`.note_autosave` (drafts saved every few seconds, so nothing typed is lost).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import EditConflict, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.core.session_notes import NoteFormat
from lk3_desktop.services import sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import DraftInfo, NoteChoices, NoteInput, SessionNote
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import datetime_text, time_text
from lk3_desktop.ui.edit_conflict import save_mine_over_theirs
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import DEFAULT_TITLE, Operation, show_failure
from lk3_desktop.ui.pdf_export import print_pdf_on_printer, save_pdf
from lk3_desktop.ui.sessions.goal_reviews import GoalReviewsBox
from lk3_desktop.ui.sessions.labels import failure_text, note_status_label
from lk3_desktop.ui.sessions.note_actions import NoteActionBar
from lk3_desktop.ui.sessions.note_autosave import DraftAutosave, DraftSnapshot
from lk3_desktop.ui.sessions.note_conflict import details_differ, note_differences
from lk3_desktop.ui.sessions.note_metadata import NoteMetadataFields
from lk3_desktop.ui.sessions.note_reading import NoteReadView
from lk3_desktop.ui.sessions.note_text import NoteTextFields
from lk3_desktop.ui.signing import AddendaView
from lk3_desktop.ui.style import set_role

SIGNED_CHIP = (
    "background: #e3f1e8; color: #1f6f43; border-radius: 4px; padding: 1px 8px; font-weight: 600;"
)
DRAFT_CHIP = (
    "background: #fdf1dc; color: #8a4b08; border-radius: 4px; padding: 1px 8px; font-weight: 600;"
)


def default_session_times(
    now: datetime.datetime,
) -> tuple[datetime.date, datetime.time, datetime.time]:
    """A new note's day and times: the hour that ends at the last half hour, kept within
    today (just after midnight the hour before would start yesterday, which a note's one
    date cannot hold and the form would refuse as an end before its start)."""
    end = now.replace(minute=0 if now.minute < 30 else 30, second=0, microsecond=0)
    midnight = end.replace(hour=0, minute=0)
    if end == midnight:
        end += datetime.timedelta(minutes=30)
    start = max(end - datetime.timedelta(hours=1), midnight)
    return now.date(), start.time(), end.time()


class NoteEditor(QWidget):
    """Writes and shows one session note. Load it with :meth:`start_new` or :meth:`show_note`."""

    saved = Signal(int)  # the session's id, after Save
    signed = Signal(int)
    closed = Signal()
    draft_saved = Signal(object)  # datetime of the autosave that just finished

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName(self.tr("Session note"))
        self._context = context
        self._choices: NoteChoices | None = None
        self._note: SessionNote | None = None
        self._session_id: int | None = None
        self._draft_key: str | None = None
        self._read_only = False
        self._loading = False
        self._busy = False
        self._appointment_id: int | None = None
        self.drafts = DraftAutosave(context, self, self._draft_snapshot)
        self.drafts.saved.connect(self.draft_saved)
        self.drafts.locked.connect(self._locked_meanwhile)
        self._build()
        self.drafts.status.connect(self.autosave_label.setText)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        save.setWhatsThis(self.tr("Save the session note"))

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(self._build_header())
        self.case_line = QLabel(self)
        self.case_line.setObjectName("noteCaseLine")
        self.case_line.setContentsMargins(12, 0, 12, 0)
        self.case_line.setWordWrap(True)
        set_role(self.case_line, "muted")
        outer.addWidget(self.case_line)
        self.banner = QLabel(self)
        self.banner.setObjectName("noteBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(12, 0, 12, 0)
        set_role(self.banner, "warning")
        self.banner.hide()
        outer.addWidget(self.banner)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("noteScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.scroll_area)
        body.setObjectName("noteBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 6, 16, 12)
        column.setSpacing(10)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        column.addWidget(self._build_form(body))
        self.read_view = NoteReadView(body)
        self.read_view.hide()
        column.addWidget(self.read_view)
        self.addenda = AddendaView(
            body,
            explanation=self.tr(
                "A signed note is never changed. Corrections and additions are written "
                "here, each with its own author and time."
            ),
        )
        self.addenda.add_requested.connect(self._add_addendum)
        self.addenda.hide()
        column.addWidget(self.addenda)
        column.addStretch(1)

        self.buttons = NoteActionBar(self._context, self)
        self.save_button = self.buttons.save_button
        self.sign_button = self.buttons.sign_button
        self.cosign_button = self.buttons.cosign_button
        self.discard_button = self.buttons.discard_button
        self.close_button = self.buttons.close_button
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.cosign_button.clicked.connect(self.cosign)
        self.discard_button.clicked.connect(self.discard_changes)
        self.close_button.clicked.connect(self.close_editor)
        self.buttons.pdf_button.clicked.connect(self.save_pdf)
        self.buttons.print_button.clicked.connect(self.print_note)
        self.buttons.attachments_button.clicked.connect(self.open_attachments)
        outer.addWidget(self.buttons)

    def _build_header(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        self.title = QLabel(self.tr("Session note"), self)
        self.title.setObjectName("noteTitle")
        set_role(self.title, "heading")
        self.status_chip = QLabel(self)
        self.status_chip.setObjectName("noteStatusChip")
        self.status_chip.setAccessibleName(self.tr("Note status"))
        self.status_badge = QLabel(self)
        self.status_badge.setObjectName("noteStatus")
        self.status_badge.setAccessibleName(self.tr("Signature"))
        set_role(self.status_badge, "muted")
        self.autosave_label = QLabel(self)
        self.autosave_label.setObjectName("autosaveStatus")
        self.autosave_label.setAccessibleName(self.tr("Autosave status"))
        set_role(self.autosave_label, "muted")
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.status_chip)
        top.addSpacing(6)
        top.addWidget(self.status_badge)
        top.addStretch(1)
        top.addWidget(self.autosave_label)
        return top

    def _build_form(self, body: QWidget) -> QWidget:
        """The inputs of an editable note (hidden while the note reads locked)."""
        self.form_widget = QWidget(body)
        self.form_widget.setObjectName("noteForm")
        fcol = QVBoxLayout(self.form_widget)
        fcol.setContentsMargins(0, 0, 0, 0)
        fcol.setSpacing(10)
        watch = self.drafts.watch
        self.metadata = NoteMetadataFields(watch, self.form_widget)
        self.metadata.changed.connect(self._changed)
        self.metadata.format_chosen.connect(self._format_changed)
        self.others_edit = self.metadata.others_edit
        fcol.addWidget(self.metadata)
        self.text = NoteTextFields(watch, self.form_widget)
        self.text.changed.connect(self._changed)
        fcol.addWidget(self.text)
        self.goals = GoalReviewsBox(watch, self.form_widget)
        self.goals.changed.connect(self._changed)
        fcol.addWidget(self.goals)
        self.message = StatusMessage("noteMessage", self.tr("Note message"), self.form_widget)
        fcol.addWidget(self.message)
        return self.form_widget

    # -- filling and reading -------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        return self._session_id

    @property
    def draft_key(self) -> str | None:
        return self._draft_key

    @property
    def is_dirty(self) -> bool:
        return self.drafts.dirty

    @property
    def is_read_only(self) -> bool:
        return self._read_only

    def section_edit(self, name: str) -> QPlainTextEdit | None:
        return self.text.section_edit(name)

    def start_new(
        self, choices: NoteChoices, data: NoteInput | None = None, draft_key: str | None = None
    ) -> None:
        """A new note for the case of ``choices``, prefilled with ``data`` (an appointment or a
        recovered draft). A recovered draft passes its ``draft_key`` so saving replaces it."""
        day, start_time, end_time = default_session_times(datetime.datetime.now())
        default = NoteInput(
            case_id=choices.case_id,
            attendee_member_ids=tuple(
                m.id for m in choices.members if m.client_id == choices.client_id
            ),
            session_date=day,
            start_time=start_time,
            end_time=end_time,
            case_stage=choices.stage.value,
        )
        self._choices = choices
        self._note = None
        self._session_id = None
        self.buttons.attachments_button.hide()
        self._draft_key = draft_key or sessions.new_draft_key()
        self._read_only = False
        self._fill(data or default)
        self.title.setText(self.tr("New session note"))
        self._show_status()
        self.drafts.dirty = data is not None and draft_key is None  # a prefill is worth keeping
        self.banner.setVisible(draft_key is not None)
        if draft_key is not None:
            self.banner.setText(self.tr("This note was recovered from an unsaved draft."))
        self.autosave_label.setText(
            self.tr("Not saved yet") if draft_key is None else self.tr("Draft kept")
        )
        self._after_load()

    def show_note(self, note: SessionNote, choices: NoteChoices, draft: DraftInfo | None) -> None:
        """An existing note: locked when signed or written by someone else; the author's
        unsaved changes (``draft``) come back into the fields."""
        session = self._context.session
        me = session.actor.user_id if session else 0
        self._choices = choices
        self._note = note
        self._session_id = note.id
        self.buttons.attachments_button.show()
        self._draft_key = sessions.draft_key_for(note.id)
        self._read_only = note.is_signed or note.author_id != me
        self._fill(draft.data if draft is not None and not self._read_only else note.data)
        self.title.setText(self.tr("Session note"))
        self._show_status()
        self.drafts.dirty = False
        self._show_banner(note, draft)
        self.autosave_label.setText("")
        may_add = session is not None and session.actor.role is not Role.STAF
        self.addenda.setVisible(note.is_signed)
        if note.is_signed:
            self.addenda.show_addenda(note.addenda, may_add)
        self._after_load()

    def _show_banner(self, note: SessionNote, draft: DraftInfo | None) -> None:
        banner = ""
        if draft is not None and not self._read_only:
            banner = self.tr("Unsaved changes from %1 were restored. Save to keep them.").replace(
                "%1", datetime_text(draft.updated_at)
            )
        if note.erased:
            banner = self.tr(
                "The text of this note was erased when the client's data was anonymised."
            )
            set_role(self.banner, "warning")
        elif not note.intact:
            banner = self.tr("Warning: this signed note was changed outside the app after signing.")
            set_role(self.banner, "risk")
        else:
            set_role(self.banner, "warning")
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))

    def _after_load(self) -> None:
        self.message.clear_message()
        self._loading = True
        try:
            self._apply_read_only()
        finally:
            self._loading = False
        self.buttons.name_discard(self._note is not None)
        self._update_buttons()
        self.scroll_area.verticalScrollBar().setValue(0)
        if self._read_only:
            self.drafts.stop()
        else:
            self.drafts.start()

    def _fill(self, data: NoteInput) -> None:
        choices = self._choices
        assert choices is not None
        self._loading = True
        try:
            self._appointment_id = data.appointment_id
            self.case_line.setText(
                self.tr("Case %1 · %2")
                .replace("%1", choices.registration_number)
                .replace("%2", choices.client_name)
            )
            try:
                note_format = NoteFormat(data.note_format)
            except ValueError:
                note_format = NoteFormat.DAP
            self.metadata.fill(choices, data, note_format)
            self.text.fill(data, note_format)
            self.goals.show_goals(choices.goals, data.goal_reviews)
        finally:
            self._loading = False

    def collect(self) -> NoteInput:
        """What the fields hold now."""
        choices = self._choices
        assert choices is not None
        data = self.text.collect(self.metadata.collect(choices.case_id))
        return dataclasses.replace(
            data, appointment_id=self._appointment_id, goal_reviews=self.goals.reviews()
        )

    # -- state ---------------------------------------------------------------------------------

    def _show_status(self) -> None:
        note = self._note
        if note is None:
            text = self.tr("not saved as a note yet")
        elif not note.is_signed:
            text = self.tr("written by %1, not signed yet").replace("%1", note.author_name)
        else:
            assert note.signed_at is not None
            text = (
                self.tr("by %1, %2")
                .replace("%1", note.signed_by_name)
                .replace("%2", datetime_text(note.signed_at))
            )
            if note.cosigned_at is not None:
                text += " · " + self.tr("co-signed by %1").replace("%1", note.cosigned_by_name)
        signed = note is not None and note.is_signed
        self.status_chip.setText(note_status_label(signed))
        self.status_chip.setStyleSheet(SIGNED_CHIP if signed else DRAFT_CHIP)
        self.status_badge.setText(text)

    def _apply_read_only(self) -> None:
        read_only = self._read_only
        self.form_widget.setVisible(not read_only)
        self.read_view.setVisible(read_only)
        if read_only and self._choices is not None:
            self.read_view.show_note(self.collect(), self._choices, self._note)
        self.text.set_read_only(read_only)
        self.metadata.set_read_only(read_only)
        self.goals.set_read_only(read_only)

    def _update_buttons(self) -> None:
        session = self._context.session
        note = self._note
        may_cosign = (
            session is not None
            and session.actor.role is Role.KEPALA
            and note is not None
            and note.is_signed
            and note.cosigned_at is None
            and note.author_id != session.actor.user_id
        )
        self.buttons.show_state(
            read_only=self._read_only,
            busy=self._busy,
            may_cosign=may_cosign,
            signed=note is not None and note.is_signed,
        )

    def _changed(self) -> None:
        if self._loading or self._read_only:
            return
        self.drafts.mark_dirty()

    def _format_changed(self) -> None:
        if self._loading:
            return
        if self.text.convert_to(self.metadata.chosen_format()):
            self._changed()

    def _locked_meanwhile(self) -> None:
        """The note was signed elsewhere while this editor held it: read it locked."""
        self._read_only = True
        self._apply_read_only()
        self._update_buttons()

    # -- autosave ------------------------------------------------------------------------------

    def _draft_snapshot(self) -> DraftSnapshot | None:
        if self._read_only or self._choices is None or self._draft_key is None:
            return None
        return self._draft_key, self._session_id, self.collect()

    def autosave(self, session: UserSession | None = None) -> bool:
        """Save what the fields hold as the draft (on the lane). False when nothing to do."""
        return self.drafts.save(session)

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosave()
        super().hideEvent(event)

    # -- acts ----------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def save(self, then: Callable[[SessionNote], None] | None = None) -> None:
        """Save the note as the session record (it stays a draft until signed)."""
        if self._read_only or self._busy or self._choices is None:
            return
        data = self.collect()
        key, session_id = self._draft_key, self._session_id
        # The version this editor started from: a newer one saved at another desk is shown.
        version = self._note.version if self._note is not None and session_id else None
        self._set_busy(True)
        self.message.clear_message()
        dirty_before = self.drafts.dirty
        self.drafts.dirty = False

        def done(note: SessionNote) -> None:
            self._set_busy(False)
            self._note = note
            self._session_id = note.id
            self._draft_key = sessions.draft_key_for(note.id)
            self._appointment_id = note.data.appointment_id
            self.title.setText(self.tr("Session note"))
            self._show_status()
            self.banner.hide()
            self.autosave_label.setText(
                self.tr("Saved %1").replace("%1", time_text(datetime.datetime.now()))
            )
            self.saved.emit(note.id)
            if callable(then):
                then(note)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.drafts.dirty = dirty_before or self.drafts.dirty
            if isinstance(exc, EditConflict) and isinstance(exc.theirs, SessionNote):
                self._conflict(exc, exc.theirs, data, then)
                return
            if isinstance(exc, ValidationError):
                self.message.show_error(message_for(exc))
                self._focus_field(exc.field)
                return
            show_failure(self, DEFAULT_TITLE, exc, failure_text)

        (
            Operation(
                self._context,
                self,
                lambda s: sessions.save_note(s, data, session_id, key, expected_version=version),
                done,
            )
            .failure(failed)
            .run()
        )

    def _conflict(
        self,
        conflict: EditConflict,
        theirs: SessionNote,
        data: NoteInput,
        then: Callable[[SessionNote], None] | None,
    ) -> None:
        """The note was saved at another desk meanwhile: what was typed stays in the fields;
        it replaces the newer version only when the person says so."""
        self.message.show_error(message_for(conflict))
        self.drafts.dirty = True
        differences = note_differences(data, theirs.data)
        also = details_differ(data, theirs.data)
        if save_mine_over_theirs(self, conflict, differences, also):
            self._note = theirs  # the version saved over, knowingly
            self.save(then)

    def _focus_field(self, field: str | None) -> None:
        name = field or ""
        widget = self.metadata.field_widget(name) or self.text.field_widget(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(widget)

    def _pdf_of_note(self) -> tuple[int, str] | None:
        note = self._note
        if note is None or not note.is_signed:
            return None
        day = note.data.session_date.isoformat()
        number = note.registration_number.replace("/", "-")
        return note.id, f"catatan-sesi-{number}-{day}.pdf"

    def save_pdf(self) -> None:
        """The signed note with its addenda as a PDF where the person chooses."""
        found = self._pdf_of_note()
        if found is None:
            return
        session_id, name = found
        save_pdf(
            self._context,
            self,
            self.tr("Save session note as PDF"),
            name,
            lambda s: sessions.note_pdf(s, session_id),
        )

    def print_note(self) -> None:
        """The signed note with its addenda on a printer."""
        found = self._pdf_of_note()
        if found is None:
            return
        session_id, name = found
        print_pdf_on_printer(
            self._context,
            self,
            self.tr("Print session note"),
            name.removesuffix(".pdf"),
            lambda s: sessions.note_pdf(s, session_id),
        )

    def sign(self) -> None:
        """Save, then sign with the password; the note is locked afterwards."""
        if self._read_only or self._busy:
            return
        session = self._context.session
        # On an office server the same note may have been saved at another desk since it was
        # opened here: saving first (with the version it started from) asks before signing a
        # text this person has not seen.
        elsewhere = session is not None and session.store.on_server
        if self._note is None or self.drafts.dirty or elsewhere:
            self.save(then=lambda _note: self._ask_signature())
            return
        self._ask_signature()

    def _ask_signature(self) -> None:
        session_id = self._session_id
        if session_id is None:
            return
        note = self.buttons.ask_signature(session_id)
        if note is not None:
            self._show_signed(note)
            self.signed.emit(session_id)

    def _show_signed(self, note: SessionNote) -> None:
        assert self._choices is not None
        self.show_note(note, self._choices, None)

    def cosign(self) -> None:
        note = self._note
        if note is None or self._busy:
            return
        session_id = note.id
        cosigned = self.buttons.ask_cosignature(session_id)
        if cosigned is not None:
            self._show_signed(cosigned)
            self.signed.emit(session_id)

    def _add_addendum(self, text: str) -> None:
        note = self._note
        if note is None:
            return
        session_id = note.id

        def done(updated: SessionNote) -> None:
            self._note = updated
            self.addenda.show_addenda(updated.addenda, self._context.session is not None)
            self.saved.emit(updated.id)

        self.addenda.add_with(
            self._context, lambda s: sessions.add_addendum(s, session_id, text), done, failure_text
        )

    def discard_changes(self) -> None:
        """Throw away what was typed since the last save (after asking)."""
        if self._read_only or self._busy:
            return
        if not dialogs.confirm(
            self,
            self.tr("Discard changes"),
            self.tr("Throw away what you typed since the note was last saved?"),
            ok_text=self.tr("Discard"),
            destructive=True,
        ):
            return
        key = self._draft_key
        note, choices = self._note, self._choices
        self.drafts.dirty = False
        self.drafts.stop()

        def done(_result: object) -> None:
            if note is not None and choices is not None:
                self.show_note(note, choices, None)
            else:
                self.closed.emit()

        if key is not None:
            (
                Operation(self._context, self, lambda s: sessions.discard_draft_key(s, key), done)
                .worded(failure_text)
                .run()
            )

    def open_attachments(self) -> None:
        """The documents attached to this (saved) note."""
        from lk3_desktop.ui.attachments import AttachmentsDialog

        if self._session_id is None or self._choices is None:
            return
        dialog = AttachmentsDialog(
            self._context,
            self._choices.client_id,
            "session",
            self._session_id,
            self.tr("Attachments of the session note"),
            self,
        )
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def close_editor(self) -> None:
        """Leave the editor; unsaved changes stay as a draft."""
        self.autosave()
        self.drafts.stop()
        self.closed.emit()


def load_for_session(
    session: UserSession, session_id: int
) -> tuple[SessionNote, NoteChoices, DraftInfo | None]:
    """Everything the editor needs to show an existing note (runs on the lane)."""
    note = sessions.get_note(session, session_id)
    choices = sessions.note_choices(session, note.case_id)
    draft = sessions.draft_for_session(session, session_id) if not note.is_signed else None
    if draft is not None and note.author_id != session.actor.user_id:
        draft = None
    return note, choices, draft
