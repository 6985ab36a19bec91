"""Setup, page 2: the head's own account (name, username, password)."""

from __future__ import annotations

import datetime
import re

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizardPage

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.passwords import office_words
from lk3_desktop.services import accounts
from lk3_desktop.services.accounts import NewAccount
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.forms import column, form_layout
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.password_strength import PasswordStrength
from lk3_desktop.ui.setup_wizard.center_page import CenterPage
from lk3_desktop.ui.setup_wizard.fields import TITLES, _line, _relayouts, _required
from lk3_desktop.ui.style import set_role


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
        # the province's other regencies and cities too, as the service judges it at the end
        nearby = [center.regency.itemText(i) for i in range(center.regency.count())]
        regions = [center.province.currentText(), center.regency.currentText(), *nearby]
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
                self.username_error.show_error(message_for(exc))
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
