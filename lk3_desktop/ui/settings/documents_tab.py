"""The Official documents tab: how the office's letters and reports look.

The head's title (Kepala where the Dinas runs the LK3, Ketua where a community organisation
does; the whole interface follows it), the kop's parent-agency and city lines, "di Tempat"
under a letter's addressee, and to whom the periodic report goes with its tembusan. Only the
head changes them; everyone else reads them. Letters already issued keep their stored bytes.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.core.vocabulary import head_title
from lk3_desktop.services import document_settings
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.document_settings import DocumentSettings
from lk3_desktop.ui import i18n
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import (
    FieldMessage,
    StatusMessage,
    capped_body,
    pass_to_crash_handler,
)
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line for line in edit.toPlainText().splitlines() if line.strip())


def _text_box(parent: QWidget, name: str, accessible: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class DocumentsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self._context = context
        self._stored: DocumentSettings | None = None
        self._can_change = False
        self.errors: dict[str, FieldMessage] = {}
        layout = capped_body(self)

        intro = QLabel(
            self.tr(
                "How referral letters and the periodic report look. Letters already signed "
                "keep the form they were issued in."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        head_box = QGroupBox(self.tr("Head of the center and letterhead"), self)
        head_form = QFormLayout(head_box)
        self.head_title = ComboBox(head_box)
        self.head_title.setObjectName("headTitleCombo")
        self.head_title.setAccessibleName(self.tr("Title of the head"))
        self.head_title.addItem(self.tr("Kepala (the LK3 is run by the Dinas)"), "kepala")
        self.head_title.addItem(self.tr("Ketua (the LK3 is run by the community)"), "ketua")
        self._row(head_form, "head_title", self.tr("Title of the head"), self.head_title)
        self.parent_lines = _text_box(
            head_box, "kopParentLines", self.tr("Parent agency lines of the letterhead"), 3
        )
        self.parent_lines.setPlaceholderText(
            self.tr("One per line, above the center's name, e.g.\nPEMERINTAH KOTA SERANG")
        )
        self._row(head_form, "kop_parent_lines", self.tr("Parent agency lines"), self.parent_lines)
        self.region_line = QLineEdit(head_box)
        self.region_line.setObjectName("kopRegionLine")
        self.region_line.setAccessibleName(self.tr("City line of the letterhead"))
        self.region_line.setPlaceholderText(self.tr("e.g. SERANG; leave empty for none"))
        self._row(head_form, "kop_region_line", self.tr("City line"), self.region_line)
        layout.addWidget(head_box)

        letter_box = QGroupBox(self.tr("Referral letters"), self)
        letter_form = QFormLayout(letter_box)
        self.di_tempat = QCheckBox(
            self.tr("Write “di Tempat” under the addressee (the older form)"), letter_box
        )
        self.di_tempat.setObjectName("diTempatCheck")
        self.di_tempat.setAccessibleName(self.tr("Write di Tempat under the addressee"))
        letter_form.addRow(self.di_tempat)
        layout.addWidget(letter_box)

        report_box = QGroupBox(self.tr("Periodic report for the Dinas Sosial"), self)
        report_form = QFormLayout(report_box)
        self.addressee = ComboBox(report_box)
        self.addressee.setObjectName("reportAddresseeCombo")
        self.addressee.setAccessibleName(self.tr("The report goes to"))
        self.addressee.addItem(self.tr("Dinas Sosial of the regency or city"), "kabupaten")
        self.addressee.addItem(self.tr("Dinas Sosial of the province"), "provinsi")
        self._row(report_form, "report_addressee", self.tr("Sent to"), self.addressee)
        self.addressee_text = QLineEdit(report_box)
        self.addressee_text.setObjectName("reportAddresseeText")
        self.addressee_text.setAccessibleName(self.tr("Addressee as printed"))
        self.addressee_text.setPlaceholderText(
            self.tr("Leave empty for “Kepala Dinas Sosial” and the region of the profile")
        )
        self._row(
            report_form,
            "report_addressee_text",
            self.tr("Addressee as printed"),
            self.addressee_text,
        )
        self.report_copies = _text_box(
            report_box, "reportCopies", self.tr("Copies of the report to"), 3
        )
        self.report_copies.setPlaceholderText(
            self.tr("One per line, e.g.\nKepala Dinas Sosial Provinsi Banten")
        )
        self._row(report_form, "report_copies", self.tr("Copies to (tembusan)"), self.report_copies)
        layout.addWidget(report_box)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("documentsSave")
        self.save_button.setAccessibleName(self.tr("Save the document settings"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = StatusMessage("documentsStatus", self.tr("Document settings status"), self)
        layout.addWidget(self.status)
        layout.addStretch(1)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)
        save_shortcut.setWhatsThis(self.tr("Save the settings of official documents"))

    def _row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        message = FieldMessage(f"{widget.objectName()}Error", label, self)
        self.errors[field] = message
        holder = QWidget(self)
        column = QFormLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addRow(widget)
        column.addRow(message)
        form.addRow(label, holder)

    # -- loading --------------------------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        self.status.clear_message()
        for message in self.errors.values():
            message.clear_message()
        if session is None:
            self._stored = None
            return
        self._can_change = allowed(session.actor.role, Permission.EDIT_CENTER_PROFILE)
        self._show(document_settings.document_settings(session))
        for widget in (self.head_title, self.addressee, self.di_tempat):
            widget.setEnabled(self._can_change)
        for edit in (self.region_line, self.addressee_text):
            edit.setReadOnly(not self._can_change)
        for box in (self.parent_lines, self.report_copies):
            box.setReadOnly(not self._can_change)
        self.save_button.setVisible(self._can_change)

    def _show(self, value: DocumentSettings) -> None:
        self._stored = value
        self.head_title.setCurrentIndex(max(0, self.head_title.findData(value.head_title)))
        self.parent_lines.setPlainText("\n".join(value.kop_parent_lines))
        self.region_line.setText(value.kop_region_line)
        self.di_tempat.setChecked(value.letter_di_tempat)
        self.addressee.setCurrentIndex(max(0, self.addressee.findData(value.report_addressee)))
        self.addressee_text.setText(value.report_addressee_text)
        self.report_copies.setPlainText("\n".join(value.report_copies))

    def value(self) -> DocumentSettings:
        return DocumentSettings(
            head_title=str(self.head_title.currentData()),
            kop_parent_lines=_lines(self.parent_lines),
            kop_region_line=self.region_line.text(),
            letter_di_tempat=self.di_tempat.isChecked(),
            report_addressee=str(self.addressee.currentData()),
            report_addressee_text=self.addressee_text.text(),
            report_copies=_lines(self.report_copies),
        )

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if not self._can_change or not self.save_button.isEnabled():
            return
        for message in self.errors.values():
            message.clear_message()
        self.status.clear_message()
        wanted = self.value()
        (
            Operation(
                self._context,
                self,
                lambda s: document_settings.set_document_settings(s, wanted),
                self._saved,
            )
            .busy(lambda on: self.save_button.setEnabled(not on))
            .failure(self._failed)
            .run()
        )

    def _saved(self, value: DocumentSettings) -> None:
        self._show(value)
        i18n.set_head_title(head_title(value.head_title))
        self.status.show_good(
            self.tr("Saved. Screens opened from now on name the head “%1”.").replace(
                "%1", head_title(value.head_title)
            )
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_error(message_for(exc))
            return
        self.status.show_error(message_for(exc))
        if not isinstance(exc, ValidationError):
            pass_to_crash_handler(exc)
