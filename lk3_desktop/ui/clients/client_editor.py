"""Registering and correcting a client: the form, the PMKS list, consents, and saving.

Saving runs on the lane. The service may answer that the NIK disagrees with what was typed
(ask for a reason, then save again with it), that the person may already be registered (show
the candidates: open the existing record, or confirm it is someone else and save), or that a
field is wrong (say so under that field and keep everything typed).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core import client_fields
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import EditConflict, ValidationError
from lk3_desktop.services import clients
from lk3_desktop.services.clients import (
    Category,
    ClientDetail,
    ClientInput,
    NikNeedsReason,
    PossibleDuplicate,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients.client_form import ClientForm
from lk3_desktop.ui.clients.consent_section import ConsentSection
from lk3_desktop.ui.clients.pmks_list import PmksChecklist
from lk3_desktop.ui.clients.save_dialogs import (
    DIFFERENT_PERSON,
    OPEN_EXISTING,
    DuplicateDialog,
    NikReasonDialog,
)
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.edit_conflict import save_mine_over_theirs
from lk3_desktop.ui.field_feedback import BusyIndicator, StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import WARNING_INK, set_flag, set_role
from lk3_desktop.ui.validation_texts import sentence_text


def create_with_pmks(
    session: UserSession,
    data: ClientInput,
    pmks: tuple[str, ...],
    reason: str | None,
    not_duplicate_of: tuple[int, ...],
) -> int:
    """Register the client, then give them their PMKS categories (runs on the lane)."""
    client_id = clients.create_client(
        session, data, nik_override_reason=reason, confirmed_not_duplicate_of=not_duplicate_of
    )
    if pmks:
        clients.set_client_pmks(session, client_id, list(pmks))
    return client_id


def update_with_pmks(
    session: UserSession,
    client_id: int,
    data: ClientInput,
    pmks: tuple[str, ...] | None,
    reason: str | None,
    version: int | None = None,
) -> ClientDetail:
    """Correct the client; replace the PMKS categories when they changed (on the lane).
    ``version``: the one the form started from (a newer one raises EditConflict)."""
    detail = clients.update_client(
        session, client_id, data, nik_override_reason=reason, expected_version=version
    )
    if pmks is not None:
        clients.set_client_pmks(session, client_id, list(pmks))
        detail = dataclasses.replace(detail, pmks_codes=pmks)
    return detail


class ClientEditor(QWidget):
    """The Identitas tab (an existing client) and the registration page (a new one)."""

    created = Signal(int)  # a new client was registered
    saved = Signal(object)  # ClientDetail after a correction
    open_requested = Signal(int)  # the person chose to open an existing record instead
    discarded = Signal()  # Esc on a new form (after asking when something was typed)
    consent_changed = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientEditor")
        self._context = context
        self._client_id: int | None = None
        self._baseline: tuple[object, ...] = ()
        self._baseline_pmks: tuple[str, ...] = ()
        self._busy = False
        self._dirty = False
        self._detail: ClientDetail | None = None
        self._edit_version: int | None = None  # the version the typing started from
        self._categories: list[Category] = []
        self._read_only = False  # an anonymised record is kept only for statistics

        self._build_client_editor_scroll(context)
        self._build_shortcuts()

    def _build_client_editor_scroll(self, context: AppContext) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea(self)
        scroll.setObjectName("clientEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        self._body = body
        body.setObjectName("clientEditorBody")
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 12, 20, 16)
        column.setSpacing(14)
        self.form = ClientForm(body)
        column.addWidget(self.form)
        lower = QHBoxLayout()
        lower.setSpacing(28)
        self.pmks = PmksChecklist(body)
        self.consent = ConsentSection(context, body)
        lower.addWidget(self.pmks, 1)
        lower.addWidget(self.consent, 1)
        column.addLayout(lower)
        column.addStretch(1)
        outer.addWidget(scroll, 1)

        bar = QFrame(self)
        bar.setObjectName("clientEditorBar")
        bar.setFrameShape(QFrame.Shape.NoFrame)
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(20, 6, 20, 8)
        bar_layout.setSpacing(4)
        self.error = StatusMessage("clientEditorError", self.tr("Saving message"), bar)
        bar_layout.addWidget(self.error)
        self.anonymised_note = QLabel(bar)
        self.anonymised_note.setObjectName("clientAnonymisedNote")
        self.anonymised_note.setWordWrap(True)
        set_role(self.anonymised_note, "muted")
        self.anonymised_note.hide()
        bar_layout.addWidget(self.anonymised_note)
        buttons = QHBoxLayout()
        legend = QLabel(bar)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText(f'<span style="color:{WARNING_INK}">*</span> ' + self.tr("required"))
        set_role(legend, "muted")
        buttons.addWidget(legend)
        self.busy = BusyIndicator("clientEditorBusy", bar)
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        self.discard_button = QPushButton(self.tr("Discard changes"), bar)
        self.discard_button.setObjectName("discardClientButton")
        self.discard_button.setAccessibleName(self.tr("Discard changes"))
        self.discard_button.setToolTip(self.tr("Esc"))
        self.discard_button.clicked.connect(lambda _c=False: self.escape())
        self.save_button = QPushButton(self.tr("Save"), bar)
        self.save_button.setObjectName("saveClientButton")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        set_flag(self.save_button, "prominent", True)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        bar_layout.addLayout(buttons)
        outer.addWidget(bar)

    def _build_shortcuts(self) -> None:
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        save_shortcut.setWhatsThis(self.tr("Save the client's data"))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.escape)
        escape.setWhatsThis(self.tr("Leave the form (asks first when something was typed)"))

        self.form.changed.connect(self._update_dirty)
        self.form.changed.connect(self._tell_pmks_who)
        self.pmks.changed.connect(self._update_dirty)
        self.consent.changed.connect(self.consent_changed.emit)
        self._set_baseline()

    # -- loading ----------------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self._client_id

    @property
    def is_new(self) -> bool:
        return self._client_id is None

    def _tell_pmks_who(self) -> None:
        """The PPKS list warns of a category that does not fit the age and sex typed."""
        self.pmks.set_client(self.form.age(), self.form.sex.currentData())

    def start_new(self, categories: Sequence[Category], default_province: str | None) -> None:
        self._client_id = None
        self._detail = None
        self._categories = list(categories)
        self.form.set_client(None, default_province)
        self.pmks.set_categories(categories, ())
        self._tell_pmks_who()
        self.consent.set_client(None, ())
        self.error.clear_message()
        self._read_only = False
        self._body.setEnabled(True)
        self.anonymised_note.hide()
        self._set_baseline()
        self.save_button.setText(self.tr("Register client"))
        self.save_button.setAccessibleName(self.tr("Register client"))
        self.discard_button.setText(self.tr("Cancel"))
        self.discard_button.setAccessibleName(self.tr("Cancel"))

    def load(self, detail: ClientDetail, categories: Sequence[Category]) -> None:
        self._client_id = detail.id
        self._detail = detail
        self._edit_version = detail.version
        self._categories = list(categories)
        data = detail.data
        if data.birth_date is None and detail.age is not None:
            data = dataclasses.replace(data, estimated_age=detail.age)  # today's age
        self.form.set_client(data)
        self.pmks.set_categories(categories, detail.pmks_codes)
        self._tell_pmks_who()
        self.show_consents(detail)
        self.error.clear_message()
        self._read_only = detail.anonymised_at is not None
        self._body.setEnabled(not self._read_only)
        self.anonymised_note.setVisible(self._read_only)
        if detail.anonymised_at is not None:
            self.anonymised_note.setText(
                self.tr(
                    "This record was anonymised on %1 and is kept only for statistics; "
                    "it cannot be changed."
                ).replace("%1", format_date_id(detail.anonymised_at.date()))
            )
        self._set_baseline()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.discard_button.setAccessibleName(self.tr("Discard changes"))

    def show_consents(self, detail: ClientDetail) -> None:
        self.consent.set_client(
            detail.id,
            detail.consents,
            client_name=detail.data.full_name,
            guardian_name=detail.data.guardian_name,
            is_minor=detail.is_minor,
        )

    def _set_baseline(self) -> None:
        self._baseline = self.form.state()
        self._baseline_pmks = self.pmks.checked_codes()
        self._update_dirty()

    def is_dirty(self) -> bool:
        return (
            self.form.state() != self._baseline or self.pmks.checked_codes() != self._baseline_pmks
        )

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        editable = not self._busy and not self._read_only
        self.save_button.setEnabled(editable and (dirty or self.is_new))
        self.discard_button.setEnabled(editable and (dirty or self.is_new))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- leaving ----------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the person agrees to lose it."""
        if self._busy:
            return False
        if not self.is_dirty():
            return True
        return dialogs.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to this client? What was typed will be lost."),
            ok_text=self.tr("Discard changes"),
            cancel_text=self.tr("Keep editing"),
            destructive=True,
        )

    def escape(self) -> None:
        if self._busy or not self.confirm_discard():
            return
        if self.is_new:
            self._set_baseline()  # given up: leaving must not ask again
            self.discarded.emit()
        else:
            self.revert()

    def revert(self) -> None:
        """Back to what was loaded or last saved."""
        if self._detail is not None:
            self.load(self._detail, self._categories)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy or self._read_only or (not self.is_new and not self.is_dirty()):
            return
        self.error.clear_message()
        self.form.clear_errors()
        try:
            data = self.form.value()
        except ValidationError as exc:
            self._show_validation(exc)
            return
        self._submit(data, None, ())

    def _submit(self, data: ClientInput, reason: str | None, not_dup: tuple[int, ...]) -> None:
        pmks = self.pmks.checked_codes()
        client_id = self._client_id
        if client_id is None:
            started = (
                Operation(
                    self._context,
                    self,
                    lambda s: create_with_pmks(s, data, pmks, reason, not_dup),
                    self._created,
                )
                .failure(lambda exc: self._failed(exc, data, reason, not_dup))
                .run()
            )
        else:
            changed = pmks if pmks != self._baseline_pmks else None
            version = self._edit_version
            started = (
                Operation(
                    self._context,
                    self,
                    lambda s: update_with_pmks(s, client_id, data, changed, reason, version),
                    self._updated,
                )
                .failure(lambda exc: self._failed(exc, data, reason, not_dup))
                .run()
            )
        if started:
            self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.busy.start(self.tr("Saving…"))
        else:
            self.busy.stop()
        self._update_dirty()

    def _created(self, client_id: int) -> None:
        self._set_busy(False)
        self._set_baseline()
        self.created.emit(client_id)

    def _updated(self, detail: ClientDetail) -> None:
        self._set_busy(False)
        self.load(detail, self._categories)
        self.saved.emit(detail)

    def _failed(
        self,
        exc: BaseException,
        data: ClientInput,
        reason: str | None,
        not_dup: tuple[int, ...],
    ) -> None:
        self._set_busy(False)
        if isinstance(exc, EditConflict) and isinstance(exc.theirs, ClientDetail):
            self._conflict(exc.theirs, data, reason, not_dup)
            return
        if isinstance(exc, NikNeedsReason):
            reason_dialog = NikReasonDialog([sentence_text(w) for w in exc.warnings], self)
            accepted = dialogs.exec_dialog(reason_dialog) == QDialog.DialogCode.Accepted
            given = reason_dialog.reason_text()
            reason_dialog.deleteLater()
            if accepted and given:
                self._submit(data, given, not_dup)
            else:
                self.form.errors["nik"].show_error(" ".join(sentence_text(w) for w in exc.warnings))
                self.form.nik.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(exc, PossibleDuplicate):
            dup_dialog = DuplicateDialog(exc.candidates, self)
            answer = dialogs.exec_dialog(dup_dialog)
            chosen = dup_dialog.chosen_id
            dup_dialog.deleteLater()
            if answer == OPEN_EXISTING and chosen is not None:
                self._set_baseline()  # the typed record is given up for the existing one
                self.open_requested.emit(chosen)
            elif answer == DIFFERENT_PERSON:
                others = tuple(c.client_id for c in exc.candidates)
                self._submit(data, reason, tuple(sorted({*not_dup, *others})))
            return
        if isinstance(exc, ValidationError):
            self._show_validation(exc)
            return
        self.error.show_error(message_for(exc))
        pass_to_crash_handler(exc)

    def _conflict(
        self,
        theirs: ClientDetail,
        data: ClientInput,
        reason: str | None,
        not_dup: tuple[int, ...],
    ) -> None:
        """Someone saved this client meanwhile: show both versions of every field that
        differs; keep what was typed, and save it over theirs only when asked."""
        conflict = EditConflict("client", theirs.id, theirs)
        self.error.show_error(message_for(conflict))
        differences = [
            (client_fields.label(name), mine, saved)
            for name, mine, saved in _differences(data, theirs.data)
        ]
        if save_mine_over_theirs(self, conflict, differences):
            self._edit_version = theirs.version
            self._submit(data, reason, not_dup)

    def _show_validation(self, exc: ValidationError) -> None:
        if exc.field == "pmks" or not self.form.show_error(exc):
            self.error.show_error(message_for(exc))


def _differences(mine: ClientInput, saved: ClientInput) -> list[tuple[str, object, object]]:
    """(column, typed, saved) of every registry field that differs."""
    out = []
    for item in dataclasses.fields(mine):
        a, b = getattr(mine, item.name), getattr(saved, item.name)
        if a != b and item.name in client_fields.BY_COLUMN:
            out.append((item.name, a, b))
    return out
