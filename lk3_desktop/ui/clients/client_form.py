"""The client registration and correction form: every field of ``ClientInput``.

Labels on the left, required fields marked, and a message under each field while typing:
the NIK is checked against the date of birth and sex as it is typed (``check_nik``), phones
with ``check_phone``, RT/RW as digits. The address is chosen province -> kabupaten/kota ->
kecamatan -> desa/kelurahan from the Kemendagri codes, each list found by typing any part of a
name. Guardian fields appear while the client is under 18. The form never talks to the
database: the editor around it saves (services.clients).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.client_fields import form_columns
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.identity import age_on, check_kk, check_nik, check_phone
from lk3_desktop.core.limits import TextLimit
from lk3_desktop.core.vocabulary import (
    ADULT_AGE,
    EDUCATION_LEVELS,
    MARITAL_STATUSES,
    RELIGIONS,
    SEXES,
)
from lk3_desktop.services import clients
from lk3_desktop.services.clients import ClientInput
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients.form_parts import DateField, field_label, form_layout, row, stack
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.labels import disability_kind_labels
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.region_combo import RegionCombo, regions
from lk3_desktop.ui.style import set_role
from lk3_desktop.ui.validation_texts import sentence_text

PHOTO_MAX_PX = 600  # photos are stored at most this wide or high, as JPEG
PHOTO_THUMB = (96, 120)
NIK_DIGITS = 16
# What a guardian usually is to the child; stored as typed (Indonesian data, not UI text).
GUARDIAN_RELATIONSHIPS = ("Ibu", "Ayah", "Kakek", "Nenek", "Kakak", "Paman", "Bibi", "Wali")
REGION_FIELDS = ("province_code", "regency_code", "district_code", "village_code")


def ask_photo_path(parent: QWidget | None) -> Path | None:
    """Ask for a photo file; None when the person cancels."""
    patterns = " ".join(
        f"*.{bytes(fmt.data()).decode()}" for fmt in QImageReader.supportedImageFormats()
    )
    name = dialogs.choose_open_file(
        parent,
        QCoreApplication.translate("ClientForm", "Choose photo"),
        QCoreApplication.translate("ClientForm", "Images (%1)").replace("%1", patterns),
    )
    return Path(name) if name else None


def photo_jpeg(path: Path) -> bytes | None:
    """The image at ``path`` as JPEG bytes, scaled down to fit :data:`PHOTO_MAX_PX`."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.width() > PHOTO_MAX_PX or image.height() > PHOTO_MAX_PX:
        image = image.scaled(
            PHOTO_MAX_PX,
            PHOTO_MAX_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(85)
    if not writer.write(image.convertToFormat(QImage.Format.Format_RGB32)):
        return None
    return bytes(buffer.data().data())


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class ClientForm(QWidget):
    """All registry fields of one client. ``value()`` gives a ``ClientInput``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientForm")
        self.setAccessibleName(self.tr("Client identity"))
        self._loading = False
        self._photo: bytes | None = None
        self._photo_mime: str | None = None
        self.errors: dict[str, FieldMessage] = {}
        self._limits: dict[QLineEdit, tuple[str, TextLimit]] = {}
        # Replaceable by tests: (parent) -> path of an image, or None.
        self.ask_photo_path: Callable[[QWidget | None], Path | None] = ask_photo_path

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # -- identity -------------------------------------------------------------------
        left.addWidget(self._heading(self.tr("Personal data")))
        form = form_layout()
        left.addLayout(form)
        self.full_name = self._text("fullName", self.tr("Full name"), "full_name")
        self._add(form, "full_name", self.tr("Full name"), self.full_name, required=True)
        self.nickname = self._text("nickname", self.tr("Called"), "nickname")
        self.nickname.setPlaceholderText(self.tr("Nickname, e.g. Ita"))
        self._add(form, "nickname", self.tr("Called"), self.nickname)
        self.sex = ComboBox(self)
        self.sex.setObjectName("sex")
        self.sex.setAccessibleName(self.tr("Sex"))
        self.sex.addItem(self.tr("Choose…"), None)
        for code, label in SEXES.items():
            self.sex.addItem(label, code)
        self.sex.currentIndexChanged.connect(self._sex_changed)
        self._add(form, "sex", self.tr("Sex"), self.sex, required=True, grow=False)
        self.birth_place = self._text("birthPlace", self.tr("Place of birth"), "birth_place")
        self._add(form, "birth_place", self.tr("Place of birth"), self.birth_place)

        self._build_birth_date_unknown(form, left)

        # -- contact and address ----------------------------------------------------------
        right.addWidget(self._heading(self.tr("Contact and address")))
        address = form_layout()
        right.addLayout(address)
        self.phone = self._line("phone", self.tr("Phone"), 24)
        self.phone.setPlaceholderText(self.tr("e.g. 0812-3456-7890"))
        self.phone.textChanged.connect(lambda t: self._check_phone(t, "phone"))
        self._add(address, "phone", self.tr("Phone"), self.phone)
        self.street = self._text("street", self.tr("Street and house number"), "street")
        self._add(address, "street", self.tr("Street"), self.street)
        self.rt = self._line("rt", self.tr("RT"), 3)
        self.rw = self._line("rw", self.tr("RW"), 3)
        for edit in (self.rt, self.rw):
            edit.setMaximumWidth(64)
            edit.setPlaceholderText("000")
            edit.textChanged.connect(self._check_rt_rw)
        rw_label = QLabel(self.tr("RW"), self)
        rw_label.setBuddy(self.rw)
        self.errors["rt"] = FieldMessage("rtRwError", self.tr("RT/RW message"), self)
        self.errors["rw"] = self.errors["rt"]
        address.addRow(
            field_label(self.tr("RT"), self.rt),
            stack(self, row(self, self.rt, rw_label, self.rw), self.errors["rt"]),
        )
        self.province = RegionCombo("province", self.tr("Province"), self)
        self.regency = RegionCombo("regency", self.tr("Regency/City"), self)
        self.district = RegionCombo("district", self.tr("District (kecamatan)"), self)
        self.village = RegionCombo("village", self.tr("Village (desa/kelurahan)"), self)
        self._region_combos = (self.province, self.regency, self.district, self.village)
        for name, combo, label in zip(
            REGION_FIELDS,
            self._region_combos,
            (
                self.tr("Province"),
                self.tr("Regency/City"),
                self.tr("District"),
                self.tr("Village"),
            ),
            strict=True,
        ):
            typed = combo.lineEdit()
            assert typed is not None
            typed.setPlaceholderText(self.tr("Type part of the name"))
            typed.textEdited.connect(lambda _t, n=name: self._region_typed(n))
            self._add(address, name, label, combo)
        self.province.currentIndexChanged.connect(lambda _i: self._region_changed(0))
        self.regency.currentIndexChanged.connect(lambda _i: self._region_changed(1))
        self.district.currentIndexChanged.connect(lambda _i: self._region_changed(2))
        self.village.currentIndexChanged.connect(lambda _i: self._emit_changed())

        # -- guardian ---------------------------------------------------------------------
        self.guardian_box = QFrame(self)
        self.guardian_box.setObjectName("guardianSection")
        guardian_layout = QVBoxLayout(self.guardian_box)
        guardian_layout.setContentsMargins(0, 8, 0, 0)
        guardian_layout.addWidget(self._heading(self.tr("Parent or guardian")))
        note = QLabel(
            self.tr("The client is under 18: record the parent or guardian (UU PDP art. 25)."),
            self.guardian_box,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        guardian_layout.addWidget(note)
        guardian = form_layout()
        guardian_layout.addLayout(guardian)
        self.guardian_name = self._text(
            "guardianName", self.tr("Name of parent or guardian"), "guardian_name"
        )
        self._add(guardian, "guardian_name", self.tr("Name"), self.guardian_name, required=True)
        self.guardian_relationship = ComboBox(self)
        self.guardian_relationship.setObjectName("guardianRelationship")
        self.guardian_relationship.setAccessibleName(self.tr("Relationship to the client"))
        self.guardian_relationship.setEditable(True)
        self.guardian_relationship.setMinimumWidth(170)
        self.guardian_relationship.addItem("")
        self.guardian_relationship.addItems(list(GUARDIAN_RELATIONSHIPS))
        self.guardian_relationship.currentTextChanged.connect(lambda _t: self._emit_changed())
        self._add(
            guardian,
            "guardian_relationship",
            self.tr("Relationship"),
            self.guardian_relationship,
            grow=False,
        )
        self.guardian_phone = self._line(
            "guardianPhone", self.tr("Phone of parent or guardian"), 24
        )
        self.guardian_phone.textChanged.connect(lambda t: self._check_phone(t, "guardian_phone"))
        self._add(guardian, "guardian_phone", self.tr("Phone"), self.guardian_phone)
        right.addWidget(self.guardian_box)
        self.guardian_box.hide()

        self._build_photo(right)

    def _build_birth_date_unknown(self, form: QFormLayout, left: QVBoxLayout) -> None:
        self.birth_date = DateField("birthDate", self.tr("Date of birth"), self)
        self.birth_date.changed.connect(self._birth_changed)
        self.birth_unknown = QCheckBox(self.tr("Unknown: give an estimated age"), self)
        self.birth_unknown.setObjectName("birthDateUnknown")
        self.birth_unknown.setAccessibleName(self.tr("Date of birth unknown"))
        self.birth_unknown.toggled.connect(self._unknown_toggled)
        self.estimated_age = QSpinBox(self)
        self.estimated_age.setObjectName("estimatedAge")
        self.estimated_age.setAccessibleName(self.tr("Estimated age in years"))
        self.estimated_age.setRange(-1, 120)
        self.estimated_age.setSpecialValueText(" ")
        self.estimated_age.setValue(-1)
        self.estimated_age.setSuffix(self.tr(" years"))
        self.estimated_age.setMinimumWidth(110)
        self.estimated_age.valueChanged.connect(self._birth_changed)
        self.estimated_age.hide()
        self.errors["birth_date"] = FieldMessage(
            "birthDateError", self.tr("Date of birth message"), self
        )
        self.errors["estimated_age"] = self.errors["birth_date"]
        birth = stack(
            self,
            row(self, self.birth_date, self.estimated_age, self.birth_unknown),
            self.errors["birth_date"],
        )
        form.addRow(field_label(self.tr("Date of birth"), self.birth_date, required=True), birth)

        self.nik = self._line("nik", self.tr("NIK"), 22)
        self.nik.setPlaceholderText(self.tr("16 digits, from the KTP or KK"))
        self.nik.textChanged.connect(lambda _t: self._check_nik())
        self._add(form, "nik", self.tr("NIK"), self.nik)
        self.kk_number = self._line("kkNumber", self.tr("KK number"), 22)
        self.kk_number.setPlaceholderText(self.tr("16 digits"))
        self.kk_number.textChanged.connect(self._check_kk)
        self._add(form, "kk_number", self.tr("KK number"), self.kk_number)
        self.religion = self._choice("religion", self.tr("Religion"), RELIGIONS)
        self._add(form, "religion", self.tr("Religion"), self.religion, grow=False)
        self.education = self._choice("education", self.tr("Education"), EDUCATION_LEVELS)
        self._add(form, "education", self.tr("Education"), self.education, grow=False)
        self.occupation = self._text("occupation", self.tr("Occupation"), "occupation")
        self._add(form, "occupation", self.tr("Occupation"), self.occupation)
        self.marital_status = self._choice(
            "maritalStatus", self.tr("Marital status"), MARITAL_STATUSES
        )
        self._add(
            form, "marital_status", self.tr("Marital status"), self.marital_status, grow=False
        )
        # The kinds are what the Dinas Sosial report counts (UU 8/2016); the line keeps the
        # person's own words beside them.
        self.disability_checks: dict[str, QCheckBox] = {}
        for code, label in disability_kind_labels().items():
            check = QCheckBox(label, self)
            check.setObjectName(f"disability_{code}")
            check.toggled.connect(lambda _on: self._emit_changed())
            self.disability_checks[code] = check
        kinds = row(self, *self.disability_checks.values())
        kinds.setObjectName("disabilityKinds")
        kinds.setAccessibleName(self.tr("Kind of disability"))
        self._add(form, "disability_kinds", self.tr("Disability"), kinds)
        self.disability = self._text("disability", self.tr("Disability, in words"), "disability")
        self.disability.setPlaceholderText(self.tr("Leave empty if none"))
        self._add(form, "disability", self.tr("In words"), self.disability)
        self.language = self._text("language", self.tr("Language spoken"), "language")
        self.language.setPlaceholderText(self.tr("e.g. Indonesia, Sunda, Jawa Banten"))
        self._add(form, "language", self.tr("Language spoken"), self.language)
        left.addStretch(1)

    def _build_photo(self, right: QVBoxLayout) -> None:
        # -- photo ------------------------------------------------------------------------
        right.addWidget(self._heading(self.tr("Photo (optional)")))
        photo_row = QHBoxLayout()
        self.photo_label = QLabel(self)
        self.photo_label.setObjectName("photoThumbnail")
        self.photo_label.setAccessibleName(self.tr("Photo"))
        self.photo_label.setFixedSize(*PHOTO_THUMB)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_label.setWordWrap(True)
        photo_row.addWidget(self.photo_label)
        photo_buttons = QVBoxLayout()
        self.choose_photo_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_photo_button.setObjectName("choosePhotoButton")
        self.choose_photo_button.setAccessibleName(self.tr("Choose photo"))
        self.choose_photo_button.clicked.connect(lambda _c=False: self.choose_photo())
        self.remove_photo_button = QPushButton(self.tr("Remove photo"), self)
        self.remove_photo_button.setObjectName("removePhotoButton")
        self.remove_photo_button.setAccessibleName(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(lambda _c=False: self.set_photo(None, None))
        photo_buttons.addWidget(self.choose_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        self.errors["photo"] = FieldMessage("photoError", self.tr("Photo message"), self)
        photo_buttons.addWidget(self.errors["photo"])
        photo_buttons.addStretch(1)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        right.addLayout(photo_row)
        right.addStretch(1)
        self._show_photo()

    # -- building ---------------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        set_role(label, "heading")
        return label

    def _text(self, name: str, accessible: str, field: str) -> QLineEdit:
        """A free-text field bounded by the service's limit: typing past it keeps the text
        and shows the limit's sentence under the field (the service refuses it on saving)."""
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        self._limits[edit] = (field, clients.TEXT_LIMITS[field])
        edit.textChanged.connect(lambda _t: self._edited(edit))
        return edit

    def _line(self, name: str, accessible: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        edit.textChanged.connect(lambda _t: self._edited(edit))
        return edit

    def _choice(self, name: str, accessible: str, items: tuple[str, ...]) -> QComboBox:
        combo = ComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem("", "")
        for item in items:
            combo.addItem(item, item)
        combo.currentIndexChanged.connect(lambda _i: self._emit_changed())
        return combo

    def _add(
        self,
        form: QFormLayout,
        field: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
        grow: bool = True,
    ) -> None:
        message = FieldMessage(f"{widget.objectName()}Error", label, self)
        self.errors[field] = message
        body = widget if grow else row(self, widget)
        form.addRow(field_label(label, widget, required), stack(self, body, message))

    # -- loading ----------------------------------------------------------------------------

    def set_client(self, data: ClientInput | None, default_province: str | None = None) -> None:
        """Show ``data`` (None: an empty form for a new client)."""
        self._loading = True
        try:
            data = data or ClientInput(full_name="", sex="", province_code=default_province)
            self.full_name.setText(data.full_name)
            self.nickname.setText(data.nickname)
            self.sex.setCurrentIndex(max(self.sex.findData(data.sex), 0) if data.sex else 0)
            self.birth_place.setText(data.birth_place)
            unknown = data.birth_date is None and data.estimated_age is not None
            self.birth_unknown.setChecked(unknown)
            self.birth_date.set_date(data.birth_date)
            self.estimated_age.setValue(
                data.estimated_age if unknown and data.estimated_age is not None else -1
            )
            self.nik.setText(data.nik)
            self.kk_number.setText(data.kk_number)
            self._set_choice(self.religion, data.religion)
            self._set_choice(self.education, data.education)
            self.occupation.setText(data.occupation)
            self._set_choice(self.marital_status, data.marital_status)
            self.disability.setText(data.disability)
            chosen = set(filter(None, data.disability_kinds.split(",")))
            for code, check in self.disability_checks.items():
                check.setChecked(code in chosen)
            self.language.setText(data.language)
            self.phone.setText(data.phone)
            self.street.setText(data.street)
            self.rt.setText(data.rt)
            self.rw.setText(data.rw)
            self.province.set_regions(regions(None), data.province_code)
            self._fill_below(0, data.regency_code)
            self._fill_below(1, data.district_code)
            self._fill_below(2, data.village_code)
            self.guardian_name.setText(data.guardian_name)
            self.guardian_relationship.setCurrentText(data.guardian_relationship)
            self.guardian_phone.setText(data.guardian_phone)
            self._photo, self._photo_mime = data.photo, data.photo_mime
            self._show_photo()
        finally:
            self._loading = False
        self.clear_errors()
        self._update_guardian()

    @staticmethod
    def _set_choice(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)  # a value from older data that the list lacks
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _fill_below(self, level: int, selected: str | None) -> None:
        """Fill the list under ``level`` with the children of the region chosen there."""
        parent = self._region_combos[level]
        child = self._region_combos[level + 1]
        code = parent.currentData() if parent.currentIndex() >= 0 else None
        child.set_regions(regions(code) if code else (), selected)
        child.setEnabled(bool(code))

    def _region_changed(self, level: int) -> None:
        if self._loading:
            return
        self._fill_below(level, None)
        for lower in range(level + 1, len(self._region_combos) - 1):
            self._fill_below(lower, None)
        self._emit_changed()

    def _region_typed(self, field: str) -> None:
        self.errors[field].clear_message()
        self._emit_changed()

    # -- values -----------------------------------------------------------------------------

    def value(self) -> ClientInput:
        """What the form holds; ValidationError (with its field) when a field cannot be read."""
        unknown = self.birth_unknown.isChecked()
        birth: datetime.date | None = None
        if not unknown:
            try:
                birth = self.birth_date.date()
            except ValueError:
                raise ValidationError(self._date_hint(), "birth_date") from None
        codes: list[str | None] = []
        for field, combo in zip(REGION_FIELDS, self._region_combos, strict=True):
            try:
                codes.append(combo.chosen_code())
            except LookupError:
                raise ValidationError(self.tr("Choose one name from the list."), field) from None
        estimated = self.estimated_age.value() if unknown else -1
        return ClientInput(
            full_name=self.full_name.text(),
            sex=self.sex.currentData() or "",
            nickname=self.nickname.text(),
            birth_place=self.birth_place.text().strip(),
            birth_date=birth,
            estimated_age=estimated if estimated >= 0 else None,
            nik=self.nik.text(),
            kk_number=self.kk_number.text(),
            religion=self.religion.currentData() or "",
            education=self.education.currentData() or "",
            occupation=self.occupation.text().strip(),
            marital_status=self.marital_status.currentData() or "",
            disability=self.disability.text().strip(),
            disability_kinds=",".join(
                code for code, check in self.disability_checks.items() if check.isChecked()
            ),
            phone=self.phone.text(),
            street=self.street.text().strip(),
            rt=self.rt.text(),
            rw=self.rw.text(),
            province_code=codes[0],
            regency_code=codes[1],
            district_code=codes[2],
            village_code=codes[3],
            language=self.language.text().strip(),
            guardian_name=self.guardian_name.text().strip() if self.is_minor() else "",
            guardian_relationship=(
                self.guardian_relationship.currentText().strip() if self.is_minor() else ""
            ),
            guardian_phone=self.guardian_phone.text() if self.is_minor() else "",
            photo=self._photo,
            photo_mime=self._photo_mime,
        )

    def state(self) -> tuple[object, ...]:
        """Everything typed or chosen, for telling whether there are unsaved changes: one
        value per field the registry (core/client_fields.py) puts in the form."""
        readers = self.state_readers()
        return tuple(readers[column]() for column in form_columns())

    def state_readers(self) -> dict[str, Callable[[], object]]:
        """How the form reads each client field it edits, as typed (not yet checked)."""
        return {
            "full_name": self.full_name.text,
            "nickname": self.nickname.text,
            "sex": self.sex.currentData,
            "birth_place": self.birth_place.text,
            "birth_date": lambda: (self.birth_date.text(), self.birth_unknown.isChecked()),
            "estimated_age": self.estimated_age.value,
            "nik": self.nik.text,
            "kk_number": self.kk_number.text,
            "religion": self.religion.currentText,
            "education": self.education.currentText,
            "occupation": self.occupation.text,
            "marital_status": self.marital_status.currentText,
            "disability": self.disability.text,
            "disability_kinds": lambda: tuple(
                check.isChecked() for check in self.disability_checks.values()
            ),
            "language": self.language.text,
            "phone": self.phone.text,
            "street": self.street.text,
            "rt": self.rt.text,
            "rw": self.rw.text,
            "province_code": self.province.currentText,
            "regency_code": self.regency.currentText,
            "district_code": self.district.currentText,
            "village_code": self.village.currentText,
            "guardian_name": self.guardian_name.text,
            "guardian_relationship": self.guardian_relationship.currentText,
            "guardian_phone": self.guardian_phone.text,
            "photo": lambda: self._photo,
            "photo_mime": lambda: None,  # follows the photo, which is compared above
        }

    def age(self) -> int | None:
        """The age the form implies right now (None while unknown or unreadable)."""
        if self.birth_unknown.isChecked():
            value = self.estimated_age.value()
            return value if value >= 0 else None
        try:
            birth = self.birth_date.date()
        except ValueError:
            return None
        return age_on(birth, datetime.date.today()) if birth else None

    def is_minor(self) -> bool:
        age = self.age()
        return age is not None and age < ADULT_AGE

    # -- messages ---------------------------------------------------------------------------

    def show_error(self, exc: ValidationError) -> bool:
        """Show ``exc`` under its field and focus it; False when no field of this form
        matches (the caller shows it elsewhere)."""
        message = self.errors.get(exc.field or "")
        if message is None:
            return False
        message.show_error(message_for(exc))
        target = self._widget_of(exc.field or "")
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _widget_of(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "full_name": self.full_name,
            "sex": self.sex,
            "birth_date": self.birth_date,
            "estimated_age": self.estimated_age,
            "nik": self.nik,
            "kk_number": self.kk_number,
            "phone": self.phone,
            "rt": self.rt,
            "rw": self.rw,
            "guardian_name": self.guardian_name,
            "guardian_phone": self.guardian_phone,
            **{name: edit for edit, (name, _limit) in self._limits.items()},
            **dict(zip(REGION_FIELDS, self._region_combos, strict=True)),
        }
        return widgets.get(field)

    def clear_errors(self) -> None:
        for message in set(self.errors.values()):
            message.clear_message()
        self._check_nik()
        self._check_kk(self.kk_number.text())
        self._check_phone(self.phone.text(), "phone")
        self._check_phone(self.guardian_phone.text(), "guardian_phone")

    def _date_hint(self) -> str:
        return self.tr("Write the date as day-month-year, e.g. 17-08-1985.")

    # -- live checks ------------------------------------------------------------------------

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _edited(self, edit: QLineEdit) -> None:
        bound = self._limits.get(edit)
        if bound is not None:
            field, limit = bound
            if len(edit.text().strip()) > limit.max_chars:
                self.errors[field].show_error(sentence_text(limit.too_long))
            else:
                self.errors[field].clear_message()
        self._emit_changed()

    def _sex_changed(self, _index: int) -> None:
        self.errors["sex"].clear_message()
        self._check_nik()
        self._emit_changed()

    def _unknown_toggled(self, unknown: bool) -> None:
        self.birth_date.setVisible(not unknown)
        self.estimated_age.setVisible(unknown)
        if unknown and not self._loading:
            self.estimated_age.setFocus(Qt.FocusReason.OtherFocusReason)
        self._birth_changed()

    def _birth_changed(self) -> None:
        message = self.errors["birth_date"]
        if self.birth_unknown.isChecked():
            message.clear_message()
        else:
            try:
                birth = self.birth_date.date()
            except ValueError:
                birth = None
                if len(_digits(self.birth_date.text())) >= 8:
                    message.show_error(self._date_hint())
                else:
                    message.show_hint(self._date_hint())
            else:
                if birth is None:
                    message.clear_message()
                elif birth > datetime.date.today():
                    message.show_error(self.tr("The date of birth cannot be in the future."))
                else:
                    years = age_on(birth, datetime.date.today())
                    message.show_hint(self.tr("Age: %1").replace("%1", str(years)))
        self._update_guardian()
        self._check_nik()
        self._emit_changed()

    def _update_guardian(self) -> None:
        self.guardian_box.setVisible(self.is_minor())

    def _check_nik(self) -> None:
        text = self.nik.text()
        message = self.errors["nik"]
        digits = _digits(text)
        if not text.strip():
            message.clear_message()
            return
        if len(digits) < NIK_DIGITS and len(digits) == len(text.replace(" ", "")):
            message.show_hint(self.tr("%1 of 16 digits").replace("%1", str(len(digits))))
            return
        try:
            birth = None if self.birth_unknown.isChecked() else self.birth_date.date()
        except ValueError:
            birth = None
        check = check_nik(text, birth, self.sex.currentData())
        if check.errors:
            message.show_error(sentence_text(check.errors[0]))
        elif check.warnings:
            message.show_error(
                " ".join(sentence_text(w) for w in check.warnings)
                + " "
                + self.tr("You can still save it with a reason.")
            )
        else:
            message.show_good(self.tr("The NIK is valid."))

    def _check_kk(self, text: str) -> None:
        message = self.errors["kk_number"]
        digits = _digits(text)
        if not text.strip():
            message.clear_message()
        elif len(digits) < NIK_DIGITS and len(digits) == len(text.replace(" ", "")):
            message.show_hint(self.tr("%1 of 16 digits").replace("%1", str(len(digits))))
        else:
            _kk, error = check_kk(text)
            if error:
                message.show_error(sentence_text(error))
            else:
                message.clear_message()

    def _check_phone(self, text: str, field: str) -> None:
        message = self.errors[field]
        if not text.strip():
            message.clear_message()
            return
        checked = check_phone(text)
        if checked.error:
            if len(_digits(text)) < 10:
                message.show_hint(sentence_text(checked.error))  # still typing
            else:
                message.show_error(sentence_text(checked.error))
        else:
            message.show_good(
                self.tr("Saved as %1").replace("%1", checked.national or checked.e164 or "")
            )

    def _check_rt_rw(self) -> None:
        bad = [
            label
            for label, edit in (("RT", self.rt), ("RW", self.rw))
            if edit.text().strip() and not edit.text().strip().isdigit()
        ]
        if bad:
            self.errors["rt"].show_error(
                self.tr("%1: digits only, at most 3.").replace("%1", "/".join(bad))
            )
        else:
            self.errors["rt"].clear_message()
        self._emit_changed()

    # -- photo ------------------------------------------------------------------------------

    def choose_photo(self) -> None:
        path = self.ask_photo_path(self)
        if path is None:
            return
        data = photo_jpeg(path)
        if data is None:
            self.errors["photo"].show_error(self.tr("This file is not an image that can be read."))
            return
        self.set_photo(data, "image/jpeg")

    def set_photo(self, data: bytes | None, mime: str | None) -> None:
        self._photo, self._photo_mime = data, mime
        self.errors["photo"].clear_message()
        self._show_photo()
        self._emit_changed()

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self._photo and pixmap.loadFromData(QByteArray(self._photo)):
            self.photo_label.setPixmap(
                pixmap.scaled(
                    *PHOTO_THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
        self.remove_photo_button.setEnabled(self._photo is not None)

    @property
    def photo(self) -> bytes | None:
        return self._photo

    def focus_first(self) -> None:
        self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)
