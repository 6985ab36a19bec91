"""What the assessment forms do alike with their record: it is new (nothing saved yet), a draft
that saves as it is, or signed (read-only, corrected only by addenda).

The screening, the psychosocial assessment and the client safety plan each say what they
collect, which service call saves, signs and deletes, and how they word their questions; this
base holds the plumbing they share: the unsaved-changes state, the Save draft / Save and sign
buttons with Ctrl+S, busy buttons, saving (then signing), deleting a draft, closing with Esc or
Back, and adding an addendum.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from lk3_desktop.core.errors import EditConflict
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.edit_conflict import save_mine_over_theirs
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.signing import AddendaView
from lk3_desktop.ui.style import set_flag


class DraftRecordForm(QWidget):
    """Base of a form for one clinical record of a case; ``existing`` None is a new record.

    A subclass builds ``back_button``, ``delete_button`` and ``addenda``, places the save
    buttons with :meth:`_add_save_buttons`, and gives :meth:`save`, :meth:`_sign` and
    :meth:`_failed`."""

    saved = Signal(object)  # the record's info after a save (or signature): the form is done
    closed = Signal()  # back to the overview, nothing (more) saved
    deleted = Signal()

    back_button: QPushButton
    delete_button: QPushButton
    save_button: QPushButton
    sign_button: QPushButton
    addenda: AddendaView

    def __init__(
        self, context: AppContext, case_id: int, existing: Any, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        self._existing = existing
        self._read_only = existing is not None and existing.is_signed
        self._dirty = False
        self._busy = False
        # The record's fields by name, as the form labels them: the question after another
        # desk saved the draft meanwhile names them (a subclass fills it while building).
        self._field_labels: dict[str, str] = {}

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        if not self._read_only:
            self._dirty = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_close()
            return
        super().keyPressEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.sign_button, self.back_button, self.delete_button):
            button.setEnabled(not busy)

    def _add_save_buttons(self, buttons: QBoxLayout, name: str, shortcut_help: str) -> None:
        """'Save draft' and 'Save and sign…' (object names ``<name>Save``, ``<name>Sign``)
        added to ``buttons``, hidden on a signed record; Ctrl+S saves from anywhere in the
        form (``shortcut_help`` says what it saves)."""
        self.save_button = QPushButton(self.tr("Save draft"), self)
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.setAccessibleName(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setVisible(not self._read_only)
        self.save_button.clicked.connect(lambda: self.save())
        buttons.addWidget(self.save_button)
        self.sign_button = QPushButton(self.tr("Save and sign…"), self)
        self.sign_button.setObjectName(f"{name}Sign")
        self.sign_button.setAccessibleName(self.tr("Save and sign"))
        set_flag(self.sign_button, "prominent", True)
        self.sign_button.setVisible(not self._read_only)
        self.sign_button.clicked.connect(lambda: self.save(then_sign=True))
        buttons.addWidget(self.sign_button)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.save())
        shortcut.setWhatsThis(shortcut_help)

    # -- what a subclass says --------------------------------------------------------------

    def save(self, then_sign: bool = False) -> bool:
        """Save the draft, then sign it when ``then_sign``; False when nothing was started."""
        raise NotImplementedError

    def _sign(self, info: Any) -> None:
        """Sign the record just saved as ``info`` (or say what it still lacks)."""
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        """A save failed (the buttons work again): the form shows why, under a field or in a
        dialog."""
        raise NotImplementedError

    def value(self) -> Any:
        """What the form holds now (the record's input dataclass)."""
        raise NotImplementedError

    # -- the shared actions ----------------------------------------------------------------

    def _saving(self, work: Callable[[UserSession], Any], then_sign: bool) -> Operation[Any]:
        """The operation that saves the draft (``work`` creates or updates it), after which the
        form signs it (``then_sign``) or is done; the caller may title it, then runs it."""
        self._set_busy(True)

        def done(info: Any) -> None:
            self._set_busy(False)
            self._existing = info
            self._dirty = False
            if then_sign:
                self._sign(info)
            else:
                self.saved.emit(info)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, EditConflict) and exc.theirs is not None:
                self._conflicted(exc, then_sign)
                return
            self._failed(exc)

        return Operation(self._context, self, work, done).failure(failed)

    def _conflicted(self, conflict: EditConflict, then_sign: bool) -> None:
        """Someone saved this draft at another desk meanwhile (the head or the case's
        counselor): what was typed stays; it is saved over theirs only when asked."""
        theirs: Any = conflict.theirs
        mine = self.value()
        differences = [
            (
                self._field_labels.get(f.name, f.name),
                getattr(mine, f.name),
                getattr(theirs.data, f.name),
            )
            for f in dataclasses.fields(mine)
            if getattr(mine, f.name) != getattr(theirs.data, f.name)
        ]
        if save_mine_over_theirs(self, conflict, differences):
            self._existing = theirs  # the version saved over, knowingly
            self.save(then_sign)

    def _delete_draft(
        self, question: str, delete: Callable[[UserSession, int], object], title: str = ""
    ) -> None:
        """Ask ``question``; yes deletes the saved draft with ``delete(session, id)``."""
        existing = self._existing
        if existing is None or self._read_only:
            return
        if not dialogs.confirm_delete_draft(self, question):
            return
        record_id = existing.id
        operation = Operation(
            self._context,
            self,
            lambda s: delete(s, record_id),
            lambda _r: self.deleted.emit(),
        )
        if title:
            operation.titled(title)
        operation.run()

    def _close_asking(self, question: str) -> None:
        """Back to the overview; asks ``question`` first when changes would be lost."""
        if self._busy:
            return
        if self._dirty and not dialogs.confirm_discard(self, question):
            return
        self._dirty = False
        self.closed.emit()

    def request_close(self) -> None:
        raise NotImplementedError

    def _add_addendum_with(
        self,
        text: str,
        add: Callable[[UserSession, int, str], object],
        get: Callable[[UserSession, int], Any],
    ) -> None:
        """Add ``text`` as an addendum of the signed record, then show the record's addenda
        as ``get`` reads them back."""
        existing = self._existing
        if existing is None:
            return
        record_id = existing.id

        def done(_r: object) -> None:
            Operation(self._context, self, lambda s: get(s, record_id), self._reloaded).run()

        self.addenda.add_with(self._context, lambda s: add(s, record_id, text), done)

    def _reloaded(self, info: Any) -> None:
        self._existing = info
        self.addenda.show_addenda(info.addenda, True)
