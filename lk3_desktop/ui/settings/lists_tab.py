"""The Lists and letters tab: the office's PMKS categories and problem areas, how registration
and letter numbers look, who besides the head signs referral letters, and after how many days
an unsigned session note is listed.

The head edits; everyone else reads. Entries of the lists are never deleted, only deactivated:
records that use them keep them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.numbering import (
    CASE_NUMBER_MAX,
    LETTER_NUMBER_MAX,
    MAX_TEMPLATE_LENGTH,
    format_number,
    template_problem,
)
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.services import accounts, cases, center, lookups, referrals, sessions
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.lookups import LookupItem, LookupKind
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage, StatusMessage, capped_body
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, show_failure
from lk3_desktop.ui.validation_texts import sentence_text

ID_ROLE = Qt.ItemDataRole.UserRole
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_ROWS = 7  # visible rows of each list before it scrolls
EXAMPLE_SEQ = 7


@dataclass(frozen=True)
class Signer:
    user_id: int
    full_name: str


@dataclass(frozen=True)
class ListsState:
    pmks: list[LookupItem]
    problem_areas: list[LookupItem]
    case_template: str
    letter_template: str
    center_code: str
    unsigned_days: int
    counselors: list[Signer] | None  # None: not the head's view
    signers: list[int]


def load_state(session: UserSession) -> ListsState:
    """Everything the tab shows, read in one go on the lane."""
    is_head = allowed(session.actor.role, Permission.CHANGE_SETTINGS) and allowed(
        session.actor.role, Permission.MANAGE_USERS
    )
    counselors: list[Signer] | None = None
    signers: list[int] = []
    if is_head:
        counselors = [
            Signer(u.id, u.full_name)
            for u in accounts.list_users(session)
            if u.active and u.role is Role.KONSELOR
        ]
        signers = referrals.referral_signers(session)
    return ListsState(
        pmks=lookups.list_lookup(session, lookups.PMKS),
        problem_areas=lookups.list_lookup(session, lookups.PROBLEM_AREA),
        case_template=cases.case_number_template(session),
        letter_template=referrals.letter_number_template(session),
        center_code=center.get_center(session).center_code.strip(),
        unsigned_days=sessions.unsigned_days(session),
        counselors=counselors,
        signers=signers,
    )


def fit_rows(view: QListWidget, rows: int) -> None:
    """Make ``view`` exactly ``rows`` rows tall (no half row cut off at the bottom)."""
    row_height = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 2
    view.setFixedHeight(row_height * rows + 2 * view.frameWidth())


class NameDialog(QDialog):
    """Asks for the name of a list entry."""

    def __init__(self, title: str, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookupNameDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setObjectName("lookupNameEdit")
        self.name.setAccessibleName(label)
        self.name.setMaxLength(lookups.MAX_NAME)
        form.addRow(label, self.name)
        layout.addLayout(form)
        self.error = FieldMessage("lookupNameError", self.tr("Name error"), self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName(dialogs.ACCEPT_BUTTON)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(dialogs.REJECT_BUTTON)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            lookups.clean_name(self.name.text())
        except ValidationError as exc:
            self.error.show_error(message_for(exc))
            return
        super().accept()


class LookupBox(QGroupBox):
    """One list (PMKS categories or problem areas) with Add…, Rename… and Deactivate."""

    changed = Signal()

    def __init__(
        self, tab: ListsTab, kind: LookupKind, title: str, prefix: str, parent: QWidget
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{prefix}Box")
        self._tab = tab
        self._kind = kind
        self._title = title
        self._editable = False
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{prefix}List")
        self.list.setAccessibleName(title)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        fit_rows(self.list, LIST_ROWS)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName(f"{prefix}Add")
        self.add_button.setAccessibleName(self.tr("Add an entry to %1").replace("%1", title))
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setObjectName(f"{prefix}Rename")
        self.rename_button.setAccessibleName(
            self.tr("Rename the chosen entry of %1").replace("%1", title)
        )
        self.toggle_button = QPushButton(self.tr("Deactivate"), self)
        self.toggle_button.setObjectName(f"{prefix}Toggle")
        self.toggle_button.setAccessibleName(
            self.tr("Deactivate or reactivate the chosen entry of %1").replace("%1", title)
        )
        for button in (self.add_button, self.rename_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.rename_button.clicked.connect(self.rename_entry)
        self.toggle_button.clicked.connect(self.toggle_entry)
        self._update_buttons()

    def set_items(self, items: list[LookupItem], editable: bool, select_id: int | None) -> None:
        self._editable = editable
        current = self.current_id() if select_id is None else select_id
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.list.clear()
        for item in items:
            text = f"{item.code} · {item.name}" if self._kind == lookups.PMKS else item.name
            if not item.active:
                text += self.tr(" (inactive)")
            row = QListWidgetItem(text, self.list)
            row.setData(ID_ROLE, item.id)
            row.setData(ACTIVE_ROLE, item.active)
            row.setToolTip(item.code)
            if not item.active:
                row.setForeground(muted)
            if item.id == current:
                self.list.setCurrentItem(row)
        fit_rows(self.list, LIST_ROWS)
        self.add_button.setVisible(editable)
        self.rename_button.setVisible(editable)
        self.toggle_button.setVisible(editable)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def _update_buttons(self, *_args: object) -> None:
        item = self.list.currentItem()
        chosen = item is not None and self._editable
        self.rename_button.setEnabled(chosen)
        self.toggle_button.setEnabled(chosen)
        active = item is None or bool(item.data(ACTIVE_ROLE))
        self.toggle_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def _ask_name(self, title: str, name: str) -> str | None:
        dialog = NameDialog(title, self.tr("Name"), name, self)
        try:
            if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            return dialog.name.text()
        finally:
            dialog.deleteLater()

    def add_entry(self) -> None:
        name = self._ask_name(self.tr("Add to %1").replace("%1", self._title), "")
        if name is None:
            return
        kind = self._kind
        self._tab.run_change(lambda s: lookups.add_lookup(s, kind, name), kind, self._title)

    def rename_entry(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        item_id = int(item.data(ID_ROLE))
        old = item.text().removesuffix(self.tr(" (inactive)"))
        if self._kind == lookups.PMKS:
            old = old.split(" · ", 1)[-1]
        name = self._ask_name(self.tr("Rename"), old)
        if name is None:
            return
        kind = self._kind
        self._tab.run_change(
            lambda s: lookups.rename_lookup(s, kind, item_id, name), kind, self._title
        )

    def toggle_entry(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        item_id, active = int(item.data(ID_ROLE)), not bool(item.data(ACTIVE_ROLE))
        kind = self._kind
        self._tab.run_change(
            lambda s: lookups.set_lookup_active(s, kind, item_id, active), kind, self._title
        )


class TemplateField(QWidget):
    """A number template with a live example (or what is wrong with it) under the field."""

    def __init__(
        self, prefix: str, accessible_name: str, max_number_length: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.center_code = ""
        self.max_number_length = max_number_length
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{prefix}Template")
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMaxLength(MAX_TEMPLATE_LENGTH)
        layout.addWidget(self.edit)
        self.example = FieldMessage(f"{prefix}Example", self.tr("Example number"), self)
        layout.addWidget(self.example)
        self.error = FieldMessage(f"{prefix}Error", self.tr("Template error"), self)
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self.check)

    def check(self) -> bool:
        template = self.edit.text()
        problem = template_problem(template, self.max_number_length)
        if problem is not None:
            self.example.clear_message()
            self.error.show_error(sentence_text(problem))
            return False
        self.error.clear_message()
        example = format_number(
            template, EXAMPLE_SEQ, datetime.date.today(), self.center_code or "KODE"
        )
        self.example.show_hint(self.tr("Example for today: %1").replace("%1", example))
        return True


class ListsTab(QWidget):
    """Lists and letters: the head edits, everyone else reads."""

    loaded = Signal()
    saved = Signal(str)  # what was saved: "numbers", "signers", "unsigned_days" or a list

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listsTab")
        self._context = context
        self._editable = False
        self._state: ListsState | None = None
        self._stale = False  # the session changed while hidden: load when shown

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("listsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        holder = QWidget(scroll)
        scroll.setWidget(holder)
        layout = capped_body(holder)

        self.read_only_note = QLabel(
            self.tr("Only the head of the center can change these lists and settings."), holder
        )
        self.read_only_note.setObjectName("listsReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        layout.addWidget(self.read_only_note)

        self.pmks_box = LookupBox(
            self, lookups.PMKS, self.tr("PPKS categories (formerly PMKS)"), "pmks", holder
        )
        layout.addWidget(self.pmks_box)
        self.areas_box = LookupBox(
            self, lookups.PROBLEM_AREA, self.tr("Problem areas"), "problemAreas", holder
        )
        layout.addWidget(self.areas_box)
        self.lists_note = QLabel(
            self.tr(
                "Entries are never deleted: a deactivated entry is no longer offered for new "
                "records but stays on the clients and cases that have it."
            ),
            holder,
        )
        self.lists_note.setObjectName("listsNote")
        self.lists_note.setWordWrap(True)
        layout.addWidget(self.lists_note)

        numbers_box = QGroupBox(self.tr("Numbers"), holder)
        numbers_box.setObjectName("numbersBox")
        numbers_form = QFormLayout(numbers_box)
        numbers_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.case_template = TemplateField(
            "caseNumber", self.tr("Registration number template"), CASE_NUMBER_MAX, numbers_box
        )
        numbers_form.addRow(self.tr("Registration number"), self.case_template)
        self.letter_template = TemplateField(
            "letterNumber",
            self.tr("Referral letter number template"),
            LETTER_NUMBER_MAX,
            numbers_box,
        )
        numbers_form.addRow(self.tr("Referral letter number"), self.letter_template)
        self.numbers_help = QLabel(
            self.tr(
                "Fields: {seq} sequence number (e.g. {seq:04d}), {year}, {month}, "
                "{month_roman}, {center_code}. Numbers already issued do not change."
            ),
            numbers_box,
        )
        self.numbers_help.setObjectName("numbersHelp")
        self.numbers_help.setWordWrap(True)
        self.numbers_help.setTextFormat(Qt.TextFormat.PlainText)
        numbers_form.addRow(self.numbers_help)
        self.numbers_save = QPushButton(self.tr("Save numbers"), numbers_box)
        self.numbers_save.setObjectName("numbersSave")
        self.numbers_save.setAccessibleName(self.tr("Save the number templates"))
        self.numbers_status = StatusMessage("numbersStatus", self.tr("Numbers status"), numbers_box)
        numbers_form.addRow(self._button_row(self.numbers_save, self.numbers_status))
        layout.addWidget(numbers_box)

        self.signers_box = QGroupBox(self.tr("Referral letter signers"), holder)
        self.signers_box.setObjectName("signersBox")
        signers_layout = QVBoxLayout(self.signers_box)
        self.signers_note = QLabel(self.signers_box)
        self.signers_note.setObjectName("signersNote")
        self.signers_note.setWordWrap(True)
        signers_layout.addWidget(self.signers_note)
        self.signers = QListWidget(self.signers_box)
        self.signers.setObjectName("signersList")
        self.signers.setAccessibleName(self.tr("Counselors who may sign referral letters"))
        fit_rows(self.signers, 2)
        signers_layout.addWidget(self.signers)
        self.signers_save = QPushButton(self.tr("Save signers"), self.signers_box)
        self.signers_save.setObjectName("signersSave")
        self.signers_save.setAccessibleName(self.tr("Save who may sign referral letters"))
        self.signers_status = StatusMessage(
            "signersStatus", self.tr("Signers status"), self.signers_box
        )
        signers_layout.addLayout(self._button_row(self.signers_save, self.signers_status))
        layout.addWidget(self.signers_box)

        unsigned_box = QGroupBox(self.tr("Unsigned session notes"), holder)
        unsigned_box.setObjectName("unsignedBox")
        unsigned_form = QFormLayout(unsigned_box)
        self.unsigned_days = QSpinBox(unsigned_box)
        self.unsigned_days.setObjectName("unsignedDays")
        self.unsigned_days.setAccessibleName(
            self.tr("List an unsigned session note after this many days")
        )
        self.unsigned_days.setRange(1, 60)
        self.unsigned_days.setSuffix(self.tr(" days"))
        self.unsigned_days.setMinimumWidth(110)
        self.unsigned_save = QPushButton(self.tr("Save"), unsigned_box)
        self.unsigned_save.setObjectName("unsignedDaysSave")
        self.unsigned_save.setAccessibleName(self.tr("Save the number of days"))
        days_row = QHBoxLayout()
        days_row.addWidget(self.unsigned_days)
        days_row.addWidget(self.unsigned_save)
        days_row.addStretch(1)
        unsigned_form.addRow(self.tr("List after"), days_row)
        self.unsigned_status = StatusMessage(
            "unsignedDaysStatus", self.tr("Unsigned notes status"), unsigned_box
        )
        unsigned_form.addRow(self.unsigned_status)
        layout.addWidget(unsigned_box)
        layout.addStretch(1)

        self._connect_signals()

    def _connect_signals(self) -> None:
        self.numbers_save.clicked.connect(self.save_numbers)
        self.signers_save.clicked.connect(self.save_signers)
        self.unsigned_save.clicked.connect(self.save_unsigned_days)
        self.case_template.edit.textEdited.connect(self.numbers_status.clear_message)
        self.letter_template.edit.textEdited.connect(self.numbers_status.clear_message)
        self.signers.itemChanged.connect(lambda _item: self.signers_status.clear_message())
        self.unsigned_days.valueChanged.connect(lambda _v: self.unsigned_status.clear_message())

    @staticmethod
    def _button_row(button: QPushButton, status: StatusMessage) -> QHBoxLayout:
        row = QHBoxLayout()
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(status, 1)
        row.addStretch(0)
        return row

    # -- loading --------------------------------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        for status in (self.numbers_status, self.signers_status, self.unsigned_status):
            status.clear_message()
        if session is None:
            self._state = None
            self.pmks_box.list.clear()
            self.areas_box.list.clear()
            self.signers.clear()
            self.case_template.edit.clear()
            self.letter_template.edit.clear()
            self._stale = False
            return
        self._editable = allowed(session.actor.role, Permission.CHANGE_SETTINGS)
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._context.session is not None:
            self.reload()

    def reload(self, select: tuple[LookupKind, int] | None = None) -> None:
        self._stale = False
        (
            Operation(self._context, self, load_state, lambda state: self._show(state, select))
            .titled(self.tr("Lists and letters"))
            .run()
        )

    def _show(self, state: ListsState, select: tuple[LookupKind, int] | None) -> None:
        self._state = state
        editable = self._editable
        self.read_only_note.setVisible(not editable)
        pmks_pick = select[1] if select and select[0] == lookups.PMKS else None
        area_pick = select[1] if select and select[0] == lookups.PROBLEM_AREA else None
        self.pmks_box.set_items(state.pmks, editable, pmks_pick)
        self.areas_box.set_items(state.problem_areas, editable, area_pick)
        for field, template in (
            (self.case_template, state.case_template),
            (self.letter_template, state.letter_template),
        ):
            field.center_code = state.center_code
            field.edit.setText(template)
            field.edit.setReadOnly(not editable)
            field.check()
        self.numbers_save.setVisible(editable)

        self.signers.blockSignals(True)
        self.signers.clear()
        if state.counselors is None:
            self.signers_note.setText(
                self.tr("The head of the center chooses who may sign referral letters.")
            )
        elif not state.counselors:
            self.signers_note.setText(
                self.tr("The head signs referral letters. There are no active counselors yet.")
            )
        else:
            self.signers_note.setText(
                self.tr(
                    "The head always signs referral letters. Tick the counselors who may also "
                    "sign them on the head's behalf."
                )
            )
        for person in state.counselors or []:
            item = QListWidgetItem(person.full_name, self.signers)
            item.setData(ID_ROLE, person.user_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | (Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag.NoItemFlags)
            )
            item.setCheckState(
                Qt.CheckState.Checked
                if person.user_id in state.signers
                else Qt.CheckState.Unchecked
            )
        self.signers.blockSignals(False)
        fit_rows(self.signers, min(max(self.signers.count(), 2), LIST_ROWS))
        has_list = bool(state.counselors)
        self.signers.setVisible(has_list)
        self.signers_save.setVisible(has_list and editable)

        self.unsigned_days.blockSignals(True)
        self.unsigned_days.setValue(state.unsigned_days)
        self.unsigned_days.blockSignals(False)
        self.unsigned_days.setReadOnly(not editable)
        self.unsigned_days.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if editable
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        self.unsigned_save.setVisible(editable)
        self.loaded.emit()

    # -- changes --------------------------------------------------------------------------------

    def run_change(
        self, fn: Callable[[UserSession], LookupItem], kind: LookupKind, title: str
    ) -> None:
        """Run a list change on the lane, then show the lists again with the entry chosen."""
        if not self._editable:
            return

        def done(item: LookupItem) -> None:
            self.reload((kind, item.id))
            self.saved.emit(kind)

        Operation(self._context, self, fn, done).titled(title).run()

    def save_numbers(self) -> None:
        if not self._editable:
            return
        valid = [self.case_template.check(), self.letter_template.check()]
        if not all(valid):
            self.numbers_status.clear_message()
            return
        case_template = self.case_template.edit.text()
        letter_template = self.letter_template.edit.text()

        def save(session: UserSession) -> None:
            cases.set_case_number_template(session, case_template)
            referrals.set_letter_number_template(session, letter_template)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ValidationError):
                show_failure(self, self.tr("Numbers"), exc)
                return
            field = {
                office_settings.CASE_NUMBER_TEMPLATE: self.case_template,
                office_settings.LETTER_NUMBER_TEMPLATE: self.letter_template,
            }.get(exc.field or "")
            if field is None:
                self.numbers_status.show_error(message_for(exc))
            else:  # under the field, which keeps what was typed
                self.numbers_status.clear_message()
                field.example.clear_message()
                field.error.show_error(message_for(exc))

        (
            Operation(self._context, self, save, lambda _r: self._saved("numbers"))
            .failure(failed)
            .run()
        )

    def save_signers(self) -> None:
        if not self._editable:
            return
        ids = [
            int(self.signers.item(i).data(ID_ROLE))
            for i in range(self.signers.count())
            if self.signers.item(i).checkState() == Qt.CheckState.Checked
        ]

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.signers_status.show_error(message_for(exc))  # the ticks stay as they are
            else:
                show_failure(self, self.tr("Referral letter signers"), exc)

        (
            Operation(
                self._context,
                self,
                lambda s: referrals.set_referral_signers(s, ids),
                lambda _r: self._saved("signers"),
            )
            .failure(failed)
            .run()
        )

    def save_unsigned_days(self) -> None:
        if not self._editable:
            return
        days = self.unsigned_days.value()
        (
            Operation(
                self._context,
                self,
                lambda s: sessions.set_unsigned_days(s, days),
                lambda _r: self._saved("unsigned_days"),
            )
            .titled(self.tr("Unsigned session notes"))
            .run()
        )

    def _saved(self, what: str) -> None:
        status = {
            "numbers": self.numbers_status,
            "signers": self.signers_status,
            "unsigned_days": self.unsigned_status,
        }[what]
        status.show_good(self.tr("Saved."))
        self.saved.emit(what)
