"""Persetujuan layanan: the consents recorded for a client, recording one, withdrawing one.

For a child the consent comes from a parent or guardian (UU PDP art. 25); the service refuses
anything else, and the dialog offers it that way from the start.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.vocabulary import CONSENT_GIVERS
from lk3_desktop.services import clients
from lk3_desktop.services.clients import ConsentInfo
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients.form_parts import field_label, form_layout, long_date, stack
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.dialogs import ACCEPT_BUTTON, REJECT_BUTTON
from lk3_desktop.ui.field_feedback import (
    BusyIndicator,
    FieldMessage,
    StatusMessage,
    pass_to_crash_handler,
)
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import MUTED, set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns


def date_edit(name: str, accessible: str, parent: QWidget, value: datetime.date) -> QDateEdit:
    """A date that is always known (today by default), at most today, with a calendar."""
    edit = DateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate(value.year, value.month, value.day))
    edit.setMinimumWidth(130)
    return edit


def py_date(edit: QDateEdit) -> datetime.date:
    d = edit.date()
    return datetime.date(d.year(), d.month(), d.day())


class ConsentDialog(QDialog):
    """Records one consent on the lane; closes when saved."""

    def __init__(
        self,
        context: AppContext,
        client_id: int,
        *,
        client_name: str,
        guardian_name: str,
        is_minor: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.setAccessibleName(self.tr("Record consent"))
        self._context = context
        self._client_id = client_id
        self._client_name = client_name
        self._guardian_name = guardian_name
        self._busy = False
        self.recorded: ConsentInfo | None = None

        layout = QVBoxLayout(self)
        if is_minor:
            note = QLabel(
                self.tr(
                    "The client is a child: consent is given by a parent or guardian "
                    "(UU PDP art. 25)."
                ),
                self,
            )
            note.setWordWrap(True)
            set_role(note, "muted")
            layout.addWidget(note)
        form = form_layout()
        self.date = date_edit(
            "consentDate", self.tr("Date of consent"), self, datetime.date.today()
        )
        self.errors: dict[str, FieldMessage] = {}
        self._row(form, "consent_date", self.tr("Date"), self.date, False)
        self.given_by = ComboBox(self)
        self.given_by.setObjectName("consentGivenBy")
        self.given_by.setAccessibleName(self.tr("Given by"))
        for code, label in CONSENT_GIVERS.items():
            if is_minor and code == "klien":
                continue
            self.given_by.addItem(label, code)
        self.given_by.currentIndexChanged.connect(self._giver_changed)
        self._row(form, "given_by", self.tr("Given by"), self.given_by, True)
        self.given_by_name = QLineEdit(self)
        self.given_by_name.setObjectName("consentGivenByName")
        self.given_by_name.setAccessibleName(self.tr("Name of the person who consented"))
        self._row(form, "given_by_name", self.tr("Name"), self.given_by_name, True)
        self.scope = QPlainTextEdit(self)
        self.scope.setObjectName("consentScope")
        self.scope.setAccessibleName(self.tr("Scope of the consent"))
        self.scope.setPlaceholderText(
            self.tr("e.g. family counseling, assessment, and referral when needed")
        )
        self.scope.setTabChangesFocus(True)
        self.scope.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self._row(form, "scope", self.tr("Scope"), self.scope, True)
        layout.addLayout(form)
        self.error = StatusMessage("consentError", self.tr("Consent message"), self)
        layout.addWidget(self.error)
        self.busy = BusyIndicator("consentBusy", self)
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Record consent"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName(ACCEPT_BUTTON)
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName(REJECT_BUTTON)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._giver_changed()

    def _row(
        self, form: QFormLayout, field: str, label: str, widget: QWidget, required: bool
    ) -> None:
        message = FieldMessage(f"{widget.objectName()}Error", label, self)
        self.errors[field] = message
        form.addRow(field_label(label, widget, required), stack(self, widget, message))

    def _giver_changed(self) -> None:
        suggested = self._client_name if self.given_by.currentData() == "klien" else ""
        if self.given_by.currentData() in ("orang_tua", "wali"):
            suggested = self._guardian_name
        if not self.given_by_name.isModified():
            self.given_by_name.setText(suggested)

    def submit(self) -> None:
        if self._busy:
            return
        for message in self.errors.values():
            message.clear_message()
        self.error.clear_message()
        values = (
            py_date(self.date),
            str(self.given_by.currentData()),
            self.given_by_name.text(),
            self.scope.toPlainText(),
        )
        client_id = self._client_id
        self._set_busy(True)
        started = (
            Operation(
                self._context,
                self,
                lambda s: clients.record_consent(s, client_id, *values),
                self._done,
            )
            .failure(self._failed)
            .run()
        )
        if not started:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Saving…"))
        else:
            self.busy.stop()

    def _done(self, info: ConsentInfo) -> None:
        self._set_busy(False)
        self.recorded = info
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field or ""].show_error(message_for(exc))
        else:
            self.error.show_error(message_for(exc))
            pass_to_crash_handler(exc)

    def accept(self) -> None:
        self.submit()

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def _giver(info: ConsentInfo) -> str:
    return CONSENT_GIVERS.get(info.given_by, info.given_by)


class ConsentSection(QWidget):
    """The consents of the client shown; records and withdraws on the lane."""

    changed = Signal()  # a consent was recorded or withdrawn: the header shows it

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentSection")
        self._context = context
        self._client_id: int | None = None
        self._client_name = ""
        self._guardian_name = ""
        self._is_minor = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QLabel(self.tr("Consent to services"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        self.status = QLabel(self)
        self.status.setObjectName("consentStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model: RecordsModel[ConsentInfo] = RecordsModel(
            [
                Column(self.tr("Date"), lambda c: long_date(c.consent_date)),
                Column(self.tr("Given by"), lambda c: f"{_giver(c)}: {c.given_by_name}"),
                Column(self.tr("Scope"), lambda c: c.scope, tooltip=lambda c: c.scope),
                Column(
                    self.tr("Status"),
                    lambda c: self.tr("Withdrawn") if c.withdrawn_on else self.tr("In force"),
                    color=lambda c: MUTED if c.withdrawn_on else None,
                    tooltip=self._status_text,
                ),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("consentTable")
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        fit_columns(self.table, 2)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record consent…"), self)
        self.record_button.setObjectName("recordConsentButton")
        self.record_button.setAccessibleName(self.tr("Record consent"))
        self.record_button.clicked.connect(lambda _c=False: self.record())
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), self)
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.withdraw_button.setAccessibleName(self.tr("Withdraw consent"))
        self.withdraw_button.clicked.connect(lambda _c=False: self.withdraw())
        self.form_button = QPushButton(self.tr("Signed form…"), self)
        self.form_button.setObjectName("consentFormButton")
        self.form_button.setAccessibleName(self.tr("The consent form signed on paper"))
        self.form_button.setToolTip(
            self.tr("Attach or open the scan of the consent form the client signed on paper")
        )
        self.form_button.clicked.connect(lambda _c=False: self.show_form())
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.form_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._update_buttons()

    def _status_text(self, info: ConsentInfo) -> str:
        if info.withdrawn_on:
            return self.tr("Withdrawn %1").replace("%1", long_date(info.withdrawn_on))
        return self.tr("In force")

    def set_client(
        self,
        client_id: int | None,
        consents: Sequence[ConsentInfo],
        *,
        client_name: str = "",
        guardian_name: str = "",
        is_minor: bool = False,
    ) -> None:
        self._client_id = client_id
        self._client_name = client_name
        self._guardian_name = guardian_name
        self._is_minor = is_minor
        self.model.set_records(consents)
        in_force = any(c.withdrawn_on is None for c in consents)
        if client_id is None:
            self.status.setText(self.tr("Consent can be recorded once the client is saved."))
            set_role(self.status, "muted")
        elif in_force:
            self.status.setText(self.tr("Consent to services is recorded."))
            set_role(self.status, "muted")
        else:
            self.status.setText(self.tr("No consent to services is recorded yet."))
            set_role(self.status, "warning")
        self.table.setVisible(bool(consents))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + max(len(consents), 2) * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        self._update_buttons()

    def selected(self) -> ConsentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        known = self._client_id is not None
        self.record_button.setEnabled(known)
        self.record_button.setVisible(known)
        self.withdraw_button.setVisible(known)
        chosen = self.selected()
        can_withdraw = known and chosen is not None and chosen.withdrawn_on is None
        self.withdraw_button.setEnabled(can_withdraw)
        set_flag(self.withdraw_button, "destructive", can_withdraw)
        self.form_button.setVisible(known)
        self.form_button.setEnabled(known and chosen is not None)

    def record(self) -> None:
        if self._client_id is None:
            return
        dialog = ConsentDialog(
            self._context,
            self._client_id,
            client_name=self._client_name,
            guardian_name=self._guardian_name,
            is_minor=self._is_minor,
            parent=self,
        )
        dialogs.exec_dialog(dialog)
        recorded = dialog.recorded
        dialog.deleteLater()
        if recorded is not None:
            self.changed.emit()

    def show_form(self) -> None:
        """The selected consent's attached documents (the signed form), to attach or open."""
        from lk3_desktop.ui.attachments import AttachmentsDialog

        chosen = self.selected()
        if chosen is None or self._client_id is None:
            return
        title = self.tr("Consent of %1: the signed form").replace(
            "%1", long_date(chosen.consent_date)
        )
        dialog = AttachmentsDialog(
            self._context, self._client_id, "consent", chosen.id, title, self
        )
        attached: list[bool] = []
        dialog.panel.changed.connect(lambda: attached.append(True))
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()
        if attached:  # the Dokumen tab lists it too
            self.changed.emit()

    def withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.withdrawn_on is not None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Record that this consent is withdrawn as of today? The record of the consent "
                "stays; services that need consent should stop until a new one is recorded."
            ),
            ok_text=self.tr("Withdraw consent"),
            destructive=True,
        ):
            return
        consent_id = chosen.id
        (
            Operation(
                self._context,
                self,
                lambda s: clients.withdraw_consent(s, consent_id, datetime.date.today()),
                lambda _none: self.changed.emit(),
            )
            .titled(self.tr("Withdraw consent"))
            .run()
        )
