"""Add or edit a partner institution (lembaga mitra)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import partners
from lk3_desktop.services.partners import PartnerInfo, PartnerInput, PartnerTypeInfo
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.forms import column, form_layout, link_labels
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.referrals.common import show_failure, text_field
from lk3_desktop.ui.style import set_flag


class PartnerDialog(QDialog):
    saved = Signal(object)  # PartnerInfo

    def __init__(
        self,
        context: AppContext,
        types: list[PartnerTypeInfo],
        partner: PartnerInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._partner = partner
        self.setObjectName("partnerDialog")
        title = (
            self.tr("Edit partner institution") if partner else self.tr("New partner institution")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        form = form_layout()
        self.messages: dict[str, FieldMessage] = {}

        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("partnerNameField")
        self.name_field.setAccessibleName(self.tr("Institution name"))
        self.name_field.setPlaceholderText(self.tr("e.g. Puskesmas Ciruas"))
        self.type_combo = ComboBox(self)
        self.type_combo.setObjectName("partnerTypeCombo")
        self.type_combo.setAccessibleName(self.tr("Type of institution"))
        for t in types:
            self.type_combo.addItem(t.name, t.id)
        self.address_field = text_field(self, "partnerAddressField", self.tr("Address"), 2)
        self.phone_field = QLineEdit(self)
        self.phone_field.setObjectName("partnerPhoneField")
        self.phone_field.setAccessibleName(self.tr("Phone"))
        self.email_field = QLineEdit(self)
        self.email_field.setObjectName("partnerEmailField")
        self.email_field.setAccessibleName(self.tr("Email"))
        self.contact_field = QLineEdit(self)
        self.contact_field.setObjectName("partnerContactField")
        self.contact_field.setAccessibleName(self.tr("Contact person"))
        self.position_field = QLineEdit(self)
        self.position_field.setObjectName("partnerPositionField")
        self.position_field.setAccessibleName(self.tr("Contact's position"))
        self.position_field.setPlaceholderText(self.tr("e.g. Kepala Puskesmas"))
        self.services_field = text_field(self, "partnerServicesField", self.tr("Services offered"))
        self.notes_field = text_field(self, "partnerNotesField", self.tr("Notes"), 2)
        self.active_check = QCheckBox(self.tr("Active (offered when referring)"), self)
        self.active_check.setObjectName("partnerActiveCheck")
        self.active_check.setAccessibleName(self.tr("Active"))
        self.active_check.setChecked(True)

        def row(label: str, widget: QWidget, key: str | None = None) -> None:
            if key is None:
                form.addRow(QLabel(label, self), widget)
                return
            message = FieldMessage(f"partner_{key}_message", label, self)
            self.messages[key] = message
            form.addRow(QLabel(label, self), column(self, widget, message))

        row(self.tr("Name *"), self.name_field, "name")
        row(self.tr("Type *"), self.type_combo, "type_id")
        row(self.tr("Address"), self.address_field)
        row(self.tr("Phone"), self.phone_field, "phone")
        row(self.tr("Email"), self.email_field, "email")
        row(self.tr("Contact person"), self.contact_field)
        row(self.tr("Position"), self.position_field)
        row(self.tr("Services offered"), self.services_field)
        row(self.tr("Notes"), self.notes_field)
        if partner is not None:
            form.addRow("", self.active_check)
        else:
            self.active_check.hide()
        link_labels(form)
        layout.addLayout(form)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("savePartnerButton")
        self.save_button.setAccessibleName(self.tr("Save the partner institution"))
        set_flag(self.save_button, "prominent", True)
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelPartnerButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        if partner is not None:
            self._fill(partner)

    def _fill(self, p: PartnerInfo) -> None:
        self.name_field.setText(p.name)
        index = self.type_combo.findData(p.type_id)
        if index < 0:  # a retired type stays selectable for its partners
            self.type_combo.addItem(p.type_name, p.type_id)
            index = self.type_combo.count() - 1
        self.type_combo.setCurrentIndex(index)
        self.address_field.setPlainText(p.address)
        self.phone_field.setText(p.phone)
        self.email_field.setText(p.email)
        self.contact_field.setText(p.contact_person)
        self.position_field.setText(p.contact_position)
        self.services_field.setPlainText(p.services)
        self.notes_field.setPlainText(p.notes)
        self.active_check.setChecked(p.active)

    def data(self) -> PartnerInput:
        type_id = self.type_combo.currentData()
        return PartnerInput(
            name=self.name_field.text(),
            type_id=int(type_id) if type_id is not None else 0,
            address=self.address_field.toPlainText(),
            phone=self.phone_field.text(),
            email=self.email_field.text(),
            contact_person=self.contact_field.text(),
            contact_position=self.position_field.text(),
            services=self.services_field.toPlainText(),
            notes=self.notes_field.toPlainText(),
        )

    def save(self) -> None:
        for message in self.messages.values():
            message.clear_message()
        data = self.data()
        partner, active = self._partner, self.active_check.isChecked()
        self.save_button.setEnabled(False)

        def call(session: Any) -> PartnerInfo:
            if partner is None:
                return partners.add_partner(session, data)
            return partners.update_partner(session, partner.id, data, active)

        Operation(self._context, self, call, self._saved).failure(self._failed).run()

    def _saved(self, info: PartnerInfo) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.messages:
            self.messages[exc.field].show_error(message_for(exc))
            return
        show_failure(self, exc)
