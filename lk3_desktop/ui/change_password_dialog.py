"""Change one's own password, with live strength feedback in plain words.

``forced=True`` is the first sign-in with a temporary password: the dialog cannot be cancelled,
only left by signing out, which it reports as :attr:`ChangePasswordDialog.SIGN_OUT`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import (
    LoginThrottled,
    UnknownUser,
    ValidationError,
    WrongPassword,
)
from lk3_desktop.services import accounts, password_words
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import (
    BusyIndicator,
    FieldMessage,
    StatusMessage,
    pass_to_crash_handler,
)
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.password_strength import PasswordStrength
from lk3_desktop.ui.style import set_flag


class ChangePasswordDialog(QDialog):
    """Old password, new password twice; the change runs on the lane."""

    SIGN_OUT = 2  # result code: the person chose to sign out instead (forced mode only)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        forced: bool,
        current_password: str = "",
    ) -> None:
        """``current_password``: the temporary password just typed at sign-in; given, the
        dialog does not ask for it again."""
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setAccessibleName(self.tr("Change password"))
        self._context = context
        self._forced = forced
        self._busy = False
        session = context.require_session()
        self._user_inputs = [session.actor.username, session.actor.full_name]
        # the center's name, regions and the year come from the database, as the service
        # checks them; until they arrive the strength is judged on the person's own names
        Operation(context, self, password_words.password_words, self._got_words).failure(
            pass_to_crash_handler
        ).run()

        layout = QVBoxLayout(self)
        if forced:
            intro = QLabel(
                self.tr(
                    "You signed in with a temporary password. Choose your own password to "
                    "continue; only you should know it."
                ),
                self,
            )
        else:
            intro = QLabel(
                self.tr(
                    "Your records stay as they are; only the password that opens them changes."
                ),
                self,
            )
        intro.setObjectName("changePasswordIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self._build_change_password_ok(current_password, forced, layout)

    def _build_change_password_ok(
        self, current_password: str, forced: bool, layout: QVBoxLayout
    ) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        old_label = self.tr("Temporary password") if forced else self.tr("Current password")
        self.old_password = self._password_field("oldPasswordField", old_label)
        self.old_error = FieldMessage("oldPasswordError", self.tr("Current password error"), self)
        self._old_known = forced and bool(current_password)
        if self._old_known:
            self.old_password.setText(current_password)
            self.old_password.hide()
            self.old_error.hide()
        else:
            form.addRow(old_label, self._stack(self.old_password, self.old_error))

        self.new_password = self._password_field("newPasswordField", self.tr("New password"))
        self.strength = PasswordStrength(
            self.new_password,
            lambda: self._user_inputs,
            object_name="passwordStrength",
            parent=self,
        )
        form.addRow(self.tr("New password"), self._stack(self.new_password, self.strength))

        self.repeat_password = self._password_field(
            "repeatPasswordField", self.tr("Repeat the new password")
        )
        self.repeat_error = FieldMessage("repeatPasswordError", self.tr("Repeat error"), self)
        form.addRow(
            self.tr("Repeat the new password"),
            self._stack(self.repeat_password, self.repeat_error),
        )
        layout.addLayout(form)

        self.error = StatusMessage("changePasswordError", self.tr("Error"), self)
        layout.addWidget(self.error)
        self.busy = BusyIndicator("changePasswordBusy", self)
        layout.addWidget(self.busy)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("changePasswordOk")
        self.ok_button.setAccessibleName(self.tr("Change password"))
        self.ok_button.setDefault(True)
        set_flag(self.ok_button, "prominent", True)
        if forced:
            self.cancel_button = self.buttons.addButton(
                self.tr("Sign out"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.cancel_button.setObjectName("changePasswordSignOut")
            self.cancel_button.setAccessibleName(self.tr("Sign out"))
            self.cancel_button.clicked.connect(self.sign_out)
        else:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setObjectName("changePasswordCancel")
            self.cancel_button.setAccessibleName(self.tr("Cancel"))
            self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)
        layout.addWidget(self.buttons)

        self.new_password.textChanged.connect(self._update_repeat)
        self.repeat_password.textChanged.connect(self._update_repeat)
        self.old_password.textChanged.connect(lambda _t: self.old_error.clear_message())
        self.setMinimumWidth(560)

    # -- building ---------------------------------------------------------------------------

    def _password_field(self, object_name: str, accessible_name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(object_name)
        field.setAccessibleName(accessible_name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _stack(self, *widgets: QWidget) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widget in widgets:
            column.addWidget(widget)
        return holder

    # -- live feedback ----------------------------------------------------------------------

    def _got_words(self, words: list[str]) -> None:
        self._user_inputs = words
        if self.new_password.text():
            self.strength.refresh_now()

    def _update_repeat(self) -> None:
        repeat = self.repeat_password.text()
        if repeat and repeat != self.new_password.text():
            if self.new_password.text().startswith(repeat):
                self.repeat_error.clear_message()  # still typing
            else:
                self.repeat_error.show_error(self.tr("The two new passwords are not the same."))
        else:
            self.repeat_error.clear_message()

    # -- submitting ---------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.old_password, self.new_password, self.repeat_password):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Changing the password…"))
        else:
            self.busy.stop()

    def submit(self) -> None:
        if self._busy:
            return
        old = self.old_password.text()
        new = self.new_password.text()
        self.error.clear_message()
        problems = False
        if not old:
            self.old_error.show_error(self.tr("Enter your current password."))
            problems = True
        verdict = self.strength.refresh_now()
        if verdict is None or not verdict.acceptable:
            problems = True
        if new != self.repeat_password.text():
            self.repeat_error.show_error(self.tr("The two new passwords are not the same."))
            problems = True
        if problems:
            return
        started = (
            Operation(
                self._context, self, lambda s: accounts.change_password(s, old, new), self._done
            )
            .busy(self._set_busy)
            .failure(self._failed)
            .run()
        )
        if not started:
            super().reject()

    def _done(self, new_session: UserSession) -> None:
        for field in (self.old_password, self.new_password, self.repeat_password):
            field.clear()
        self._context.set_session(new_session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        message = message_for(exc)
        if isinstance(exc, WrongPassword | UnknownUser) and self._old_known:
            self.error.show_error(message)  # nothing to correct here: sign in again
        elif isinstance(exc, WrongPassword | UnknownUser):
            self.old_password.clear()  # the only thing cleared: the wrong old password
            self.old_password.setFocus(Qt.FocusReason.OtherFocusReason)
            self.old_error.show_error(
                self.tr("The current password is wrong.")
                if not self._forced
                else self.tr("The temporary password is wrong.")
            )
        elif isinstance(exc, LoginThrottled):
            (self.error if self._old_known else self.old_error).show_error(message)
        elif isinstance(exc, ValidationError) and exc.field == "password":
            self.strength.message.show_error(message)
            self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.error.show_error(message)
        pass_to_crash_handler(exc)

    # -- leaving ------------------------------------------------------------------------------

    def sign_out(self) -> None:
        if self._busy:
            return
        self.done(self.SIGN_OUT)

    def reject(self) -> None:
        if self._busy:
            return
        if self._forced:
            self.done(self.SIGN_OUT)
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (self._busy or self._forced):
            event.ignore()  # Escape never signs out by accident
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
