"""The Users tab (head only): accounts, temporary passwords, deactivation.

The services enforce the role; this tab only decides what to show. Every call that writes the
key file (and runs Argon2) goes through the lane with the buttons disabled meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.services import accounts, center
from lk3_desktop.services.accounts import UserInfo
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import (
    BusyIndicator,
    FieldMessage,
    StatusMessage,
    pass_to_crash_handler,
)
from lk3_desktop.ui.labels import role_label
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.recovery_card_flow import show_card
from lk3_desktop.ui.settings.users_model import (
    COL_FULL_NAME,
    UsersModel,
)
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns


def _stack(parent: QWidget, *widgets: QWidget) -> QWidget:
    holder = QWidget(parent)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    for widget in widgets:
        column.addWidget(widget)
    return holder


class AddUserDialog(QDialog):
    """Username, full name, role and NIP; creates the account on the lane.

    After ``Accepted``, :attr:`created` holds the new account and its temporary password.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add user"))
        self.setAccessibleName(self.tr("Add user"))
        self._context = context
        self._busy = False
        self.created: tuple[UserInfo, str] | None = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("newUserFullName")
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.full_name_error = FieldMessage(
            "newUserFullNameError", self.tr("Full name error"), self
        )
        form.addRow(self.tr("Full name"), _stack(self, self.full_name, self.full_name_error))

        self.username = QLineEdit(self)
        self.username.setObjectName("newUserUsername")
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setPlaceholderText(self.tr("e.g. rina.konselor"))
        self.username_error = FieldMessage("newUserUsernameError", self.tr("Username error"), self)
        form.addRow(self.tr("Username"), _stack(self, self.username, self.username_error))

        self.role = ComboBox(self)
        self.role.setObjectName("newUserRole")
        self.role.setAccessibleName(self.tr("Role"))
        for role in (Role.KONSELOR, Role.STAF, Role.KEPALA):
            self.role.addItem(role_label(role), role.value)
        form.addRow(self.tr("Role"), self.role)

        self.nip = QLineEdit(self)
        self.nip.setObjectName("newUserNip")
        self.nip.setAccessibleName(self.tr("NIP (optional)"))
        self.nip.setPlaceholderText(self.tr("18 digits, for civil servants"))
        self.nip_error = FieldMessage("newUserNipError", self.tr("NIP error"), self)
        form.addRow(self.tr("NIP (optional)"), _stack(self, self.nip, self.nip_error))
        layout.addLayout(form)

        note = QLabel(
            self.tr(
                "LK3 Desktop makes a temporary password. The new user must change it at "
                "their first sign-in."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)

        self.error = StatusMessage("addUserError", self.tr("Error"), self)
        layout.addWidget(self.error)
        self.busy = BusyIndicator("addUserBusy", self)
        layout.addWidget(self.busy)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Add user"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("addUserOk")
        self.ok_button.setAccessibleName(self.tr("Add user"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("addUserCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self.full_name.textChanged.connect(lambda _t: self.full_name_error.clear_message())
        self.username.textChanged.connect(lambda _t: self.username_error.clear_message())
        self.nip.textChanged.connect(self._check_nip)
        self.setMinimumWidth(480)

    def _errors_by_field(self) -> dict[str, FieldMessage]:
        return {
            "username": self.username_error,
            "full_name": self.full_name_error,
            "nip": self.nip_error,
        }

    def _check_nip(self, text: str) -> None:
        try:
            accounts.validate_nip(text)
        except ValidationError as exc:
            digits = text.replace(" ", "")
            if digits.isdigit() and len(digits) < 18:
                self.nip_error.show_hint(message_for(exc))  # still typing: a hint, not an error
            else:
                self.nip_error.show_error(message_for(exc))
        else:
            self.nip_error.clear_message()

    def _show_validation(self, exc: ValidationError) -> None:
        target = self._errors_by_field().get(exc.field or "")
        (target or self.error).show_error(message_for(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.full_name, self.username, self.role, self.nip, self.ok_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Creating the account…"))
        else:
            self.busy.stop()

    def submit(self) -> None:
        if self._busy:
            return
        self.error.clear_message()
        full_name, username, nip = self.full_name.text(), self.username.text(), self.nip.text()
        found = False
        for check, value in (
            (accounts.validate_full_name, full_name),
            (accounts.validate_username, username),
            (accounts.validate_nip, nip),
        ):
            try:
                check(value)
            except ValidationError as exc:
                self._show_validation(exc)
                found = True
        if found:
            return
        role = Role(self.role.currentData())
        started = (
            Operation(
                self._context,
                self,
                lambda s: accounts.create_user(s, username, full_name, role, nip or None),
                self._done,
            )
            .busy(self._set_busy)
            .failure(self._failed)
            .run()
        )
        if not started:
            super().reject()

    def _done(self, created: tuple[UserInfo, str]) -> None:
        self.created = created
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._show_validation(exc)
        else:
            self.error.show_error(message_for(exc))
            pass_to_crash_handler(exc)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class TemporaryPasswordDialog(QDialog):
    """The temporary password, shown once, large, to hand over in person."""

    def __init__(
        self, parent: QWidget | None, *, full_name: str, username: str, password: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("temporaryPasswordDialog")
        self.setWindowTitle(self.tr("Temporary password"))
        self.setAccessibleName(self.tr("Temporary password"))
        layout = QVBoxLayout(self)
        who = QLabel(
            self.tr("Temporary password for %1 (username: %2)")
            .replace("%1", full_name)
            .replace("%2", username),
            self,
        )
        who.setObjectName("temporaryPasswordFor")
        who.setWordWrap(True)
        layout.addWidget(who)

        self.password_label = QLabel(password, self)
        self.password_label.setObjectName("temporaryPassword")
        self.password_label.setAccessibleName(self.tr("Temporary password"))
        self.password_label.setTextFormat(Qt.TextFormat.PlainText)
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.password_label.setFont(mono)  # the app's stylesheet enlarges the "code" role
        set_role(self.password_label, "code")
        layout.addWidget(self.password_label)

        note = QLabel(
            self.tr(
                "It is shown only this once. Give it to the person directly, not by chat or "
                "e-mail. They must change it when they first sign in."
            ),
            self,
        )
        note.setObjectName("temporaryPasswordNote")
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QDialogButtonBox(self)
        done = buttons.addButton(self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("temporaryPasswordDone")
        done.setAccessibleName(self.tr("Done"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def password(self) -> str:
        return self.password_label.text()


class UsersTab(QWidget):
    """The accounts table and what the head can do to an account."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersTab")
        self._context = context
        self._stale = True
        self._busy = False

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everyone who signs in to this database. A deactivated account can no longer "
                "sign in; its records and audit trail stay."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = UsersModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        fit_columns(self.table, COL_FULL_NAME)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.add_button = self._button("addUserButton", self.tr("Add user…"), self.add_user)
        self.reset_button = self._button(
            "resetPasswordButton", self.tr("Reset password…"), self.reset_password
        )
        self.deactivate_button = self._button(
            "deactivateUserButton", self.tr("Deactivate…"), self.deactivate_user
        )
        self.reactivate_button = self._button(
            "reactivateUserButton", self.tr("Reactivate"), self.reactivate_user
        )
        for button in (
            self.add_button,
            self.reset_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.busy = BusyIndicator("usersBusy", self)
        layout.addWidget(self.busy)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- session and loading ----------------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        """Forget the rows; load again when shown (only a head's session may load them)."""
        self._stale = True
        self.model.set_loader(None)
        if session is not None and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._context.session is not None:
            self.reload()

    def reload(self, select_user_id: int | None = None) -> None:
        session = self._context.session
        if session is None:
            self.model.set_loader(None)
            return
        self._stale = False
        try:
            self.model.set_loader(lambda: accounts.list_users(session))
        except Exception as exc:  # permission or storage: the table stays empty
            self.model.set_loader(None)
            dialogs.warn(self, self.tr("Users"), message_for(exc))
            pass_to_crash_handler(exc)
            return
        if select_user_id is not None:
            self.select_user(select_user_id)
        self._update_buttons()

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row < 0:
            return
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        session = self._context.session
        me = session.actor.user_id if session is not None else None
        idle = not self._busy and session is not None
        self.add_button.setEnabled(idle)
        self.reset_button.setEnabled(idle and user is not None and user.active)
        can_deactivate = idle and user is not None and user.active and user.id != me
        self.deactivate_button.setEnabled(can_deactivate)
        # Red only while the act is possible: a disabled red button reads as an active one.
        set_flag(self.deactivate_button, "destructive", can_deactivate)
        self.reactivate_button.setEnabled(idle and user is not None and not user.active)

    # -- acts -------------------------------------------------------------------------------

    def _acting(self, busy_text: str) -> Callable[[bool], None]:
        """The table and buttons held still while an act on an account runs."""

        def show(on: bool) -> None:
            self._busy = on
            self.table.setEnabled(not on)
            if on:
                self.busy.start(busy_text)
            else:
                self.busy.stop()
            self._update_buttons()

        return show

    def _show_temporary(self, user: UserInfo, password: str) -> None:
        dialog = TemporaryPasswordDialog(
            self, full_name=user.full_name, username=user.username, password=password
        )
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def add_user(self) -> None:
        dialog = AddUserDialog(self._context, self)
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        created = dialog.created
        dialog.deleteLater()
        if not accepted or created is None:
            return
        user, password = created
        self.reload(select_user_id=user.id)
        self._show_temporary(user, password)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Reset password"),
            self.tr(
                "Give %1 a new temporary password? Their current password stops working at "
                "once, and they must choose a new one at their next sign-in."
            ).replace("%1", user.full_name),
            ok_text=self.tr("Reset password"),
        ):
            return
        (
            Operation(
                self._context,
                self,
                lambda s: accounts.reset_password(s, user.id),
                lambda password: self._after_temporary(user, password),
            )
            .titled(self.tr("Users"))
            .busy(self._acting(self.tr("Making a temporary password…")))
            .run()
        )

    def _deactivating_text(self) -> str:
        session = self._context.session
        if session is not None and session.store.on_server:
            # On a server the key encrypts no file: the change is quick.
            return self.tr(
                "Deactivating the account, stopping their sign-in on the office server and "
                "changing the database key… Do not close LK3 Desktop."
            )
        return self.tr(
            "Deactivating the account and encrypting the database under a new key… "
            "Do not close LK3 Desktop."
        )

    def deactivate_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate the account of %1? From now on they can no longer sign in, and they "
                "lose the keys of their cases. The database key changes too, so a copy of the "
                "key file they may have kept no longer opens it: the recovery card you have now "
                "stops working, print the new card right after. Backups made before today still "
                "open with the old card and the old key file. Their records and the audit trail "
                "stay, and the account can be reactivated later with a new temporary password."
            ).replace("%1", user.full_name),
            ok_text=self.tr("Deactivate"),
            destructive=True,
        ):
            return
        dialog = PasswordPromptDialog(
            self._context,
            self,
            title=self.tr("Deactivate account"),
            text=self.tr("Enter your password to deactivate the account and change the key."),
            ok_text=self.tr("Deactivate"),
            busy_text=self._deactivating_text(),
            action=lambda s, password: accounts.deactivate_user(s, user.id, password),
        )
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        code = dialog.result_value if accepted else None
        dialog.deleteLater()
        if not isinstance(code, str):
            return
        # The open store now uses the new key; pages that show key state refresh.
        self._context.session_changed.emit()
        self.reload(select_user_id=user.id)
        session = self._context.session
        if session is not None:
            show_card(self, self._context, code, center.get_center(session))

    def reactivate_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        (
            Operation(
                self._context,
                self,
                lambda s: accounts.reactivate_user(s, user.id),
                lambda password: self._after_temporary(user, password),
            )
            .titled(self.tr("Users"))
            .busy(self._acting(self.tr("Reactivating the account…")))
            .run()
        )

    def _after_temporary(self, user: UserInfo, password: str) -> None:
        self.reload(select_user_id=user.id)
        self._show_temporary(user, password)
