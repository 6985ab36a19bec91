"""What saving a client may ask: a reason for a NIK that disagrees, and whether a similar
registered client is the same person."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services.clients import DuplicateCandidate
from lk3_desktop.ui.clients.form_parts import format_date
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.dialogs import ACCEPT_BUTTON, REJECT_BUTTON
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns


class NikReasonDialog(QDialog):
    """Lists what disagrees with the NIK and asks why it is right to keep it (required)."""

    def __init__(self, warnings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nikReasonDialog")
        self.setWindowTitle(self.tr("NIK does not match"))
        self.setAccessibleName(self.tr("NIK does not match"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The NIK does not agree with what was entered:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.warning_labels: list[QLabel] = []
        for text in warnings:
            label = QLabel(f"• {text}", self)
            label.setObjectName("nikWarning")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            set_role(label, "warning")
            layout.addWidget(label)
            self.warning_labels.append(label)
        ask = QLabel(
            self.tr(
                "Check the KTP or KK again. If the NIK is right as typed (for example the "
                "document itself is wrong), write why. The reason is kept with the record."
            ),
            self,
        )
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("nikReasonField")
        self.reason.setAccessibleName(self.tr("Reason for keeping the NIK"))
        self.reason.setPlaceholderText(self.tr("e.g. the birth date on the KTP is misprinted"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        layout.addWidget(self.reason)
        self.error = FieldMessage("nikReasonError", self.tr("Reason message"), self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Save with this reason"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName(ACCEPT_BUTTON)
        self.cancel_button = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName(REJECT_BUTTON)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            self.error.show_error(self.tr("Write the reason, or go back and correct the NIK."))
            self.reason.setFocus()
            return
        super().accept()


OPEN_EXISTING = 1
DIFFERENT_PERSON = 2


def _why(candidate: DuplicateCandidate) -> str:
    from PySide6.QtCore import QCoreApplication

    if candidate.reason == "nik":
        return QCoreApplication.translate("DuplicateDialog", "Same NIK")
    return QCoreApplication.translate("DuplicateDialog", "Same name and date of birth")


class DuplicateDialog(QDialog):
    """Shows registered clients who may be the same person, before a second record is made.

    ``result()`` is :data:`OPEN_EXISTING` (``chosen_id`` holds the client to open),
    :data:`DIFFERENT_PERSON` (save anyway), or ``Rejected`` (back to the form).
    """

    def __init__(
        self, candidates: Sequence[DuplicateCandidate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Possibly already registered"))
        self.setAccessibleName(self.tr("Possibly already registered"))
        self.candidates = list(candidates)
        self.chosen_id: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This person may already be registered. Open the existing record instead of "
                "making a second one, unless it is really someone else."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RecordsModel[DuplicateCandidate] = RecordsModel(
            [
                Column(self.tr("Name"), lambda c: c.full_name),
                Column(self.tr("Date of birth"), lambda c: format_date(c.birth_date)),
                Column(self.tr("NIK"), lambda c: c.nik or ""),
                Column(self.tr("Why"), _why),
            ],
            self,
        )
        self.model.set_records(self.candidates)
        self.table = QTableView(self)
        self.table.setObjectName("duplicateTable")
        self.table.setAccessibleName(self.tr("Similar clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_columns(self.table, 0)
        rows = max(1, min(len(self.candidates), 5))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        self.table.doubleClicked.connect(lambda _i: self.open_existing())
        layout.addWidget(self.table)
        if self.candidates:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Open the existing record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("openExistingButton")
        self.open_button.setDefault(True)
        self.different_button = QPushButton(self.tr("This is a different person, save"), self)
        self.different_button.setObjectName("differentPersonButton")
        buttons.addButton(self.different_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName(REJECT_BUTTON)
        set_flag(self.open_button, "prominent", True)
        self.open_button.clicked.connect(self.open_existing)
        self.different_button.clicked.connect(lambda _c=False: self.done(DIFFERENT_PERSON))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def accept(self) -> None:
        """Accepting (Enter, the default button) opens the existing record: the safe answer."""
        self.open_existing()

    def open_existing(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        candidate = self.model.record(row)
        if candidate is None:
            return
        self.chosen_id = candidate.client_id
        self.done(OPEN_EXISTING)
