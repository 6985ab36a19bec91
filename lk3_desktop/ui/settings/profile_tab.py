"""The center profile tab: what appears on letters, cards and the window title.

The head edits it; everyone else reads it. Province and regency come from the Kemendagri
region codes in ``lokal`` (provinces "36", regencies "36.04"), chosen by typing part of a name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import center
from lk3_desktop.services.accounts import CenterInput, validate_nip
from lk3_desktop.services.center import CenterInfo
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import (
    BusyIndicator,
    FieldMessage,
    StatusMessage,
    pass_to_crash_handler,
)
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.region_combo import RegionCombo, regions

LOGO_MAX_PX = 512  # logos are stored at most this wide or high, as PNG
LOGO_THUMB_PX = 96
NIP_DIGITS = 18


def ask_logo_path(parent: QWidget | None) -> Path | None:
    """Ask for a logo image file; None when the person cancels."""
    patterns = " ".join(
        f"*.{bytes(fmt.data()).decode()}" for fmt in QImageReader.supportedImageFormats()
    )
    name = dialogs.choose_open_file(
        parent,
        QCoreApplication.translate("ProfileTab", "Choose logo"),
        QCoreApplication.translate("ProfileTab", "Images (%1)").replace("%1", patterns),
    )
    return Path(name) if name else None


def logo_png(path: Path) -> bytes | None:
    """The image at ``path`` as PNG bytes, scaled down to fit :data:`LOGO_MAX_PX`."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.width() > LOGO_MAX_PX or image.height() > LOGO_MAX_PX:
        image = image.scaled(
            LOGO_MAX_PX,
            LOGO_MAX_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        return None
    return bytes(buffer.data().data())


class ProfileTab(QWidget):
    """The center profile form; Ctrl+S saves."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileTab")
        self._context = context
        self._busy = False
        self._editable = False
        self._logo: bytes | None = None
        self._logo_mime: str | None = None
        # Replaceable by tests: (parent) -> path of an image, or None.
        self.ask_logo_path: Callable[[QWidget | None], Path | None] = ask_logo_path

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("profileScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self._build_profile_read_only_note(body, layout)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self._build_center_address(body, form, layout)
        self._build_save_profile_button(body, layout)

    def _build_profile_read_only_note(self, body: QWidget, layout: QVBoxLayout) -> None:
        self.read_only_note = QLabel(
            self.tr("Only the head of the center can change the profile."), body
        )
        self.read_only_note.setObjectName("profileReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        layout.addWidget(self.read_only_note)

    def _build_center_address(self, body: QWidget, form: QFormLayout, layout: QVBoxLayout) -> None:
        self.name = self._line("centerName", self.tr("Name of the LK3"))
        self.name_error = FieldMessage("centerNameError", self.tr("Name error"), body)
        form.addRow(self.tr("Name of the LK3"), self._stack(body, self.name, self.name_error))

        self.code = self._line("centerCode", self.tr("Center code"))
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("Used in letter numbers, e.g. LK3-PDG"))
        form.addRow(self.tr("Center code"), self.code)

        self.address = QPlainTextEdit(body)
        self.address.setObjectName("centerAddress")
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        form.addRow(self.tr("Address"), self.address)

        self.province = RegionCombo("centerProvince", self.tr("Province"), body)
        self.province_error = FieldMessage("centerProvinceError", self.tr("Province error"), body)
        form.addRow(self.tr("Province"), self._stack(body, self.province, self.province_error))
        self.regency = RegionCombo("centerRegency", self.tr("Regency or city"), body)
        self.regency_error = FieldMessage("centerRegencyError", self.tr("Regency error"), body)
        form.addRow(self.tr("Regency or city"), self._stack(body, self.regency, self.regency_error))

        self.phone = self._line("centerPhone", self.tr("Telephone"))
        form.addRow(self.tr("Telephone"), self.phone)
        self.email = self._line("centerEmail", self.tr("E-mail"))
        self.email_error = FieldMessage("centerEmailError", self.tr("E-mail error"), body)
        form.addRow(self.tr("E-mail"), self._stack(body, self.email, self.email_error))

        self.head_name = self._line("centerHeadName", self.tr("Name of the head"))
        self.head_name.setPlaceholderText(self.tr("As it should appear under the signature"))
        form.addRow(self.tr("Name of the head"), self.head_name)
        self.nip = self._line("centerHeadNip", self.tr("NIP of the head"))
        self.nip.setPlaceholderText(self.tr("18 digits; leave empty if none"))
        self.nip_error = FieldMessage("centerHeadNipError", self.tr("NIP error"), body)
        form.addRow(self.tr("NIP of the head"), self._stack(body, self.nip, self.nip_error))

        logo_row = QHBoxLayout()
        self.logo_preview = QLabel(body)
        self.logo_preview.setObjectName("centerLogoPreview")
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.logo_preview.setFixedSize(LOGO_THUMB_PX, LOGO_THUMB_PX)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        self.choose_logo_button = QPushButton(self.tr("Choose image…"), body)
        self.choose_logo_button.setObjectName("chooseLogoButton")
        self.choose_logo_button.setAccessibleName(self.tr("Choose a logo image"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"), body)
        self.remove_logo_button.setObjectName("removeLogoButton")
        self.remove_logo_button.setAccessibleName(self.tr("Remove the logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        self.logo_error = FieldMessage("centerLogoError", self.tr("Logo error"), body)
        logo_holder = QWidget(body)
        logo_column = QVBoxLayout(logo_holder)
        logo_column.setContentsMargins(0, 0, 0, 0)
        logo_column.addLayout(logo_row)
        logo_column.addWidget(self.logo_error)
        form.addRow(self.tr("Logo"), logo_holder)
        layout.addLayout(form)

    def _build_save_profile_button(self, body: QWidget, layout: QVBoxLayout) -> None:
        self.status = StatusMessage("profileStatus", self.tr("Profile status"), body)
        layout.addWidget(self.status)
        self.busy = BusyIndicator("profileBusy", body)
        layout.addWidget(self.busy)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), body)
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.setAccessibleName(self.tr("Save the profile"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        layout.addStretch(1)
        body.setMaximumWidth(760)

        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.save_shortcut.setWhatsThis(self.tr("Save the center profile"))

        self.province.currentIndexChanged.connect(self._province_changed)
        self.nip.textChanged.connect(lambda _t: self._check_nip(final=False))
        self.nip.editingFinished.connect(lambda: self._check_nip(final=True))
        self.name.textChanged.connect(lambda _t: self.name_error.clear_message())
        self.email.textChanged.connect(lambda _t: self.email_error.clear_message())
        self.province.editTextChanged.connect(lambda _t: self.province_error.clear_message())
        self.regency.editTextChanged.connect(lambda _t: self.regency_error.clear_message())

    # -- building ---------------------------------------------------------------------------

    def _line(self, object_name: str, accessible_name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(object_name)
        field.setAccessibleName(accessible_name)
        return field

    @staticmethod
    def _stack(parent: QWidget, *widgets: QWidget) -> QWidget:
        holder = QWidget(parent)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widget in widgets:
            column.addWidget(widget)
        return holder

    # -- loading ----------------------------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        if session is None:
            self._fill(None)
            return
        self._editable = allowed(session.actor.role, Permission.EDIT_CENTER_PROFILE)
        self._fill(center.get_center(session))
        self._apply_editable()

    def _apply_editable(self) -> None:
        editable = self._editable and not self._busy
        for field in (self.name, self.code, self.phone, self.email, self.head_name, self.nip):
            field.setReadOnly(not editable)
        self.address.setReadOnly(not editable)
        self.province.setEnabled(editable)
        self.regency.setEnabled(editable)
        for button in (self.choose_logo_button, self.remove_logo_button, self.save_button):
            button.setVisible(self._editable)
            button.setEnabled(editable)
        self.remove_logo_button.setEnabled(editable and self._logo is not None)
        self.save_shortcut.setEnabled(editable)
        self.read_only_note.setVisible(not self._editable)

    def _fill(self, info: CenterInfo | None) -> None:
        for message in (
            self.name_error,
            self.province_error,
            self.regency_error,
            self.email_error,
            self.nip_error,
            self.logo_error,
            self.status,
        ):
            message.clear_message()
        self.name.setText(info.name if info else "")
        self.code.setText(info.center_code if info else "")
        self.address.setPlainText(info.address if info else "")
        self.phone.setText(info.phone if info else "")
        self.email.setText(info.email if info else "")
        self.head_name.setText(info.head_name if info else "")
        self.nip.setText((info.head_nip or "") if info else "")
        self.nip_error.clear_message()
        province = info.province_code if info else None
        self.province.set_regions(regions() if info else (), province)
        self.regency.set_regions(
            regions(province) if province else (), info.regency_code if info else None
        )
        self._logo = info.logo if info else None
        self._logo_mime = info.logo_mime if info else None
        self._show_logo()

    def _province_changed(self, _index: int) -> None:
        code = self.province.currentData()
        keep = self.regency.currentData()
        if not isinstance(keep, str) or not (code and keep.startswith(f"{code}.")):
            keep = None
        self.regency.set_regions(regions(code) if code else (), keep)

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(QByteArray(self._logo)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_THUMB_PX - 8,
                    LOGO_THUMB_PX - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(self._editable and self._logo is not None)

    # -- editing ----------------------------------------------------------------------------

    def _check_nip(self, *, final: bool) -> bool:
        text = self.nip.text()
        try:
            validate_nip(text)
        except ValidationError as exc:
            digits = text.replace(" ", "")
            if not final and digits.isdigit() and len(digits) < NIP_DIGITS:
                self.nip_error.show_hint(message_for(exc))  # still typing: a hint, not an error
            else:
                self.nip_error.show_error(message_for(exc))
            return False
        self.nip_error.clear_message()
        return True

    def choose_logo(self) -> None:
        path = self.ask_logo_path(self)
        if path is None:
            return
        data = logo_png(path)
        if data is None:
            self.logo_error.show_error(self.tr("This file is not an image that can be read."))
            return
        self.logo_error.clear_message()
        self._logo, self._logo_mime = data, "image/png"
        self._show_logo()

    def remove_logo(self) -> None:
        self._logo, self._logo_mime = None, None
        self._show_logo()

    def _collect(self) -> CenterInput | None:
        """The form as service input, or None after showing what is wrong under the fields."""
        ok = True
        if not self.name.text().strip():
            self.name_error.show_error(self.tr("Enter the name of the LK3."))
            ok = False
        if not self._check_nip(final=True):
            ok = False
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            self.email_error.show_error(self.tr("This does not look like an e-mail address."))
            ok = False
        province: str | None = None
        regency: str | None = None
        try:
            province = self.province.chosen_code()
        except LookupError:
            self.province_error.show_error(self.tr("Choose a province from the list."))
            ok = False
        else:
            if province != self.province.currentData():
                self.province.setCurrentIndex(self.province.findData(province))
        try:
            regency = self.regency.chosen_code()
        except LookupError:
            self.regency_error.show_error(self.tr("Choose a regency or city from the list."))
            ok = False
        if regency and not (province and regency.startswith(f"{province}.")):
            self.regency_error.show_error(
                self.tr("This regency or city is not in the chosen province.")
            )
            ok = False
        if not ok:
            return None
        return CenterInput(
            name=self.name.text(),
            center_code=self.code.text(),
            address=self.address.toPlainText().strip(),
            province_code=province,
            regency_code=regency,
            phone=self.phone.text().strip(),
            email=email,
            head_name=self.head_name.text().strip(),
            head_nip=self.nip.text() or None,
            logo=self._logo,
            logo_mime=self._logo_mime,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._apply_editable()
        if busy:
            self.busy.start(self.tr("Saving…"))
        else:
            self.busy.stop()

    def save(self) -> None:
        session = self._context.session
        if session is None or self._busy or not self._editable:
            return
        self.status.clear_message()
        data = self._collect()
        if data is None:
            return
        (
            Operation(self._context, self, lambda s: center.update_center(s, data), self._saved)
            .busy(self._set_busy)
            .failure(self._failed)
            .run()
        )

    def _saved(self, info: CenterInfo) -> None:
        self._fill(info)
        self.status.show_good(self.tr("The profile was saved."))
        self._context.center_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "nip":
            self.nip_error.show_error(message_for(exc))
        elif isinstance(exc, ValidationError) and exc.field == "center_name":
            self.name_error.show_error(message_for(exc))
        else:
            dialogs.warn(self, self.tr("Profile"), message_for(exc))
            pass_to_crash_handler(exc)
