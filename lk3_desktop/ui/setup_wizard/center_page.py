"""Setup, page 1: the center's profile (name, code, region, address, contacts, head, logo)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, QSize, Qt
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
    QWizardPage,
)

from lk3_desktop.core.limits import image_type
from lk3_desktop.services.accounts import CenterInput
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.forms import column, form_layout
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.setup_wizard.fields import (
    EMAIL_RE,
    MAX_LOGO_BYTES,
    RegionTable,
    _edit,
    _line,
    _relayouts,
    _required,
    load_regions,
)
from lk3_desktop.ui.style import set_role


class CenterPage(QWizardPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centerPage")
        self.setTitle(self.tr("Center profile"))
        self.setSubTitle(
            self.tr(
                "These details appear on letters, reports and the recovery card. "
                "Fields marked * are required."
            )
        )
        self._context = context
        self.regions: RegionTable | None = None
        self.logo: bytes | None = None
        self.logo_mime: str | None = None

        form = form_layout()
        self.center_name = _line(self, "centerNameField", self.tr("Center name"))
        self.center_name.setPlaceholderText(self.tr("e.g. LK3 Kabupaten Semarang"))
        self.center_name_error = FieldMessage("centerNameError", self.tr("Center name error"), self)
        form.addRow(
            _required(self.tr("Center name")),
            column(self, self.center_name, self.center_name_error),
        )

        self._build_center_code_hint(form)
        self._build_logo_preview(context, form)

    def _build_center_code_hint(self, form: QFormLayout) -> None:
        self.center_code = _line(self, "centerCodeField", self.tr("Center code"))
        self.center_code.setMaxLength(10)
        self.center_code.setMaximumWidth(140)
        self.center_code.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,10}"), self)
        )
        self.center_code.setPlaceholderText(self.tr("e.g. SRG"))
        code_hint = QLabel(self.tr("A short code used in letter numbers."), self)
        code_hint.setObjectName("centerCodeHint")
        set_role(code_hint, "muted")
        code_row = QWidget(self)
        code_layout = QHBoxLayout(code_row)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addWidget(self.center_code)
        code_layout.addWidget(code_hint, 1)
        form.addRow(self.tr("Center code"), code_row)

        self.address = _line(self, "addressField", self.tr("Address"))
        self.address.setPlaceholderText(self.tr("Street, number, village, district"))
        form.addRow(self.tr("Address"), self.address)

        self.province = self._region_combo("provinceCombo", self.tr("Province"))
        self.regency = self._region_combo("regencyCombo", self.tr("Regency or city"))
        self.region_error = FieldMessage("regionError", self.tr("Region error"), self)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Regency/city"), column(self, self.regency, self.region_error))

        self.phone = _line(self, "phoneField", self.tr("Phone"))
        self.phone.setMaximumWidth(260)
        form.addRow(self.tr("Phone"), self.phone)
        self.email = _line(self, "emailField", self.tr("Email"))
        self.email.setMaximumWidth(360)
        self.email_error = FieldMessage("emailError", self.tr("Email error"), self)
        form.addRow(self.tr("Email"), column(self, self.email, self.email_error))

        self.head_name = _line(self, "headNameField", self.tr("Full name of the head"))
        self.head_name_error = FieldMessage("headNameError", self.tr("Head name error"), self)
        form.addRow(
            _required(self.tr("Name of the head")),
            column(self, self.head_name, self.head_name_error),
        )
        self.head_nip = _line(self, "headNipField", self.tr("NIP of the head"))
        self.head_nip.setMaximumWidth(260)
        self.head_nip.setPlaceholderText(self.tr("18 digits, optional"))
        self.head_nip_error = FieldMessage("headNipError", self.tr("NIP error"), self)
        form.addRow(self.tr("NIP"), column(self, self.head_nip, self.head_nip_error))

    def _build_logo_preview(self, context: AppContext, form: QFormLayout) -> None:
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_preview.setFixedSize(QSize(44, 44))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #d5dae1; background: white;")
        self.logo_button = QPushButton(self.tr("Choose image…"), self)
        self.logo_button.setObjectName("logoButton")
        self.logo_button.setAccessibleName(self.tr("Choose the logo image"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(self.tr("Remove"), self)
        self.logo_remove.setObjectName("logoRemoveButton")
        self.logo_remove.setAccessibleName(self.tr("Remove the logo"))
        self.logo_remove.clicked.connect(self.clear_logo)
        self.logo_remove.hide()
        logo_hint = QLabel(self.tr("PNG or JPEG, optional"), self)
        set_role(logo_hint, "muted")
        logo_row = QWidget(self)
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addWidget(self.logo_button)
        logo_layout.addWidget(self.logo_remove)
        logo_layout.addWidget(logo_hint, 1)
        self.logo_error = FieldMessage("logoError", self.tr("Logo error"), self)
        form.addRow(self.tr("Logo"), column(self, logo_row, self.logo_error))
        self.setLayout(form)

        self.center_name.textEdited.connect(lambda _t: self._check_center_name())
        self.head_name.textEdited.connect(lambda _t: self._check_head_name())
        self.head_nip.textEdited.connect(lambda _t: self._check_nip(live=True))
        self.email.textEdited.connect(lambda _t: self.email_error.clear_message())
        self.email.editingFinished.connect(self._check_email)
        self.center_code.textEdited.connect(self._upper_code)
        self.province.currentIndexChanged.connect(self._province_changed)
        _edit(self.province).textEdited.connect(lambda _t: self.region_error.clear_message())
        _edit(self.province).editingFinished.connect(lambda: self._picked(self.province))
        _edit(self.regency).editingFinished.connect(lambda: self._picked(self.regency))
        _edit(self.regency).textEdited.connect(lambda _t: self.region_error.clear_message())

        Operation.sessionless(context, self, load_regions, self._regions_loaded).failure(
            self._regions_failed
        ).run()

    # -- regions ----------------------------------------------------------------------------

    def _region_combo(self, name: str, accessible: str) -> QComboBox:
        combo = ComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(14)
        combo.setEnabled(False)
        _edit(combo).setPlaceholderText(self.tr("Loading the list…"))
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        return combo

    def _regions_loaded(self, table: RegionTable) -> None:
        self.regions = table
        self.province.blockSignals(True)
        self.province.clear()
        for region in table.provinces:
            self.province.addItem(region.name, region.code)
        self.province.setCurrentIndex(-1)
        self.province.blockSignals(False)
        self.province.setEnabled(True)
        _edit(self.province).setPlaceholderText(self.tr("Type to search, e.g. Jawa"))
        _edit(self.regency).setPlaceholderText(self.tr("Choose the province first"))

    def _regions_failed(self, exc: BaseException) -> None:
        _edit(self.province).setPlaceholderText("")
        _edit(self.regency).setPlaceholderText("")
        self.region_error.show_hint(
            self.tr("The list of regions could not be loaded; you can fill them in later.")
        )
        if not isinstance(exc, Exception):
            raise exc

    def _province_changed(self, index: int) -> None:
        self.regency.clear()
        code = self.province.itemData(index) if index >= 0 else None
        if not code or self.regions is None:
            self.regency.setEnabled(False)
            return
        for region in self.regions.regencies.get(code, []):
            self.regency.addItem(region.name, region.code)
        self.regency.setCurrentIndex(-1)
        self.regency.setEnabled(True)
        _edit(self.regency).setPlaceholderText(self.tr("Type to search, e.g. Semarang"))

    def _picked(self, combo: QComboBox) -> tuple[bool, str | None]:
        """(valid, code): empty text is valid and None; text must name an item."""
        text = combo.currentText().strip()
        if not text:
            return True, None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return False, None
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)
        return True, combo.itemData(index)

    def select_province(self, code: str) -> None:
        index = self.province.findData(code)
        self.province.setCurrentIndex(index)

    def select_regency(self, code: str) -> None:
        self.regency.setCurrentIndex(self.regency.findData(code))

    # -- checks -----------------------------------------------------------------------------

    def _upper_code(self, text: str) -> None:
        if text != text.upper():
            position = self.center_code.cursorPosition()
            self.center_code.setText(text.upper())
            self.center_code.setCursorPosition(position)

    @_relayouts
    def _check_center_name(self) -> bool:
        if not self.center_name.text().strip():
            self.center_name_error.show_error(self.tr("The center's name is required."))
            return False
        self.center_name_error.clear_message()
        return True

    @_relayouts
    def _check_head_name(self) -> bool:
        if len(" ".join(self.head_name.text().split())) < 2:
            self.head_name_error.show_error(
                self.tr("The full name of the head of the center is required.")
            )
            return False
        self.head_name_error.clear_message()
        return True

    def nip_digits(self) -> str:
        return "".join(self.head_nip.text().split())

    @_relayouts
    def _check_nip(self, live: bool = False) -> bool:
        digits = self.nip_digits()
        if not digits:
            self.head_nip_error.clear_message()
            return True
        if not digits.isdigit():
            self.head_nip_error.show_error(self.tr("A NIP holds digits only."))
            return False
        if len(digits) != 18:
            text = self.tr("A NIP has 18 digits; {count} typed so far.").format(count=len(digits))
            if live and len(digits) < 18:
                self.head_nip_error.show_hint(text)
            else:
                self.head_nip_error.show_error(
                    self.tr("A NIP has 18 digits; this one has {count}.").format(count=len(digits))
                )
            return False
        self.head_nip_error.show_good(self.tr("NIP complete."))
        return True

    @_relayouts
    def _check_email(self) -> bool:
        text = self.email.text().strip()
        if text and not EMAIL_RE.match(text):
            self.email_error.show_error(self.tr("This email address is not complete."))
            return False
        self.email_error.clear_message()
        return True

    @_relayouts
    def _check_regions(self) -> bool:
        province_ok, province = self._picked(self.province)
        regency_ok, _regency = self._picked(self.regency)
        if not province_ok:
            self.region_error.show_error(self.tr("Choose the province from the list."))
            return False
        if not regency_ok or (province is None and self.regency.currentText().strip()):
            self.region_error.show_error(self.tr("Choose the regency or city from the list."))
            return False
        self.region_error.clear_message()
        return True

    def validatePage(self) -> bool:
        checks = [
            self._check_center_name(),
            self._check_regions(),
            self._check_email(),
            self._check_head_name(),
            self._check_nip(),
        ]
        if not all(checks):
            for field, error in (
                (self.center_name, self.center_name_error),
                (self.province, self.region_error),
                (self.email, self.email_error),
                (self.head_name, self.head_name_error),
                (self.head_nip, self.head_nip_error),
            ):
                if error.isVisibleTo(self) and error.text() and field.isEnabled():
                    field.setFocus()
                    break
            return False
        return True

    def typed_anything(self) -> bool:
        fields = (self.center_name, self.center_code, self.address, self.phone, self.email)
        return any(f.text().strip() for f in (*fields, self.head_name, self.head_nip)) or bool(
            self.logo
        )

    # -- logo -------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        path = dialogs.choose_open_file(
            self, self.tr("Choose the center's logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Read ``path`` as the logo; False (and a message) when it is not a usable image."""
        try:
            size = path.stat().st_size
            if size > MAX_LOGO_BYTES:
                self.logo_error.show_error(self.tr("The image is larger than 2 MB."))
                return False
            data = path.read_bytes()
        except OSError:
            self.logo_error.show_error(self.tr("The file could not be read."))
            return False
        mime = image_type(data)
        pixmap = QPixmap()
        if mime is None or not pixmap.loadFromData(data):
            self.logo_error.show_error(self.tr("This file is not a PNG or JPEG image."))
            return False
        self.logo, self.logo_mime = data, mime
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size() - QSize(4, 4),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.logo_error.clear_message()
        self.logo_remove.show()
        return True

    def clear_logo(self) -> None:
        self.logo = self.logo_mime = None
        self.logo_preview.clear()
        self.logo_remove.hide()

    def center_input(self) -> CenterInput:
        _ok, province = self._picked(self.province)
        _ok, regency = self._picked(self.regency)
        return CenterInput(
            name=" ".join(self.center_name.text().split()),
            center_code=self.center_code.text().strip().upper(),
            address=self.address.text().strip(),
            province_code=province,
            regency_code=regency if province else None,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            head_name=" ".join(self.head_name.text().split()),
            head_nip=self.nip_digits() or None,
            logo=self.logo,
            logo_mime=self.logo_mime,
        )
