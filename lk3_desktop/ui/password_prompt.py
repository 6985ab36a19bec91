"""Password re-entry before a sensitive act, which then runs on the lane.

The act itself (``action(session, password)``) proves the password, so a wrong one is reported
under the field and the dialog stays open. While the act runs the dialog cannot be closed: a
key rotation's new recovery code must never be lost with a closed window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import UnknownUser, WrongPassword
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import BusyIndicator, StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation


class PasswordPromptDialog(QDialog):
    """Asks for the signed-in person's password, then runs ``action`` with it off the UI thread.

    After ``Accepted``, :attr:`result_value` holds what the action returned.
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        title: str,
        text: str,
        ok_text: str,
        busy_text: str,
        action: Callable[[UserSession, str], Any],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPromptDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._context = context
        self._action = action
        self._busy_text = busy_text
        self._busy = False
        self.result_value: Any = None

        layout = QVBoxLayout(self)
        explanation = QLabel(text, self)
        explanation.setObjectName("passwordPromptText")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        label = QLabel(self.tr("Your password"), self)
        layout.addWidget(label)
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordPromptField")
        self.password.setAccessibleName(self.tr("Your password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.password)
        layout.addWidget(self.password)
        self.error = StatusMessage("passwordPromptError", self.tr("Password error"), self)
        layout.addWidget(self.error)

        self.busy = BusyIndicator("passwordPromptBusy", self)
        layout.addWidget(self.busy)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("passwordPromptOk")
        self.ok_button.setAccessibleName(ok_text)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("passwordPromptCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t)))
        self.setMinimumWidth(440)

    @property
    def busy_running(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password.setEnabled(not busy)
        self.ok_button.setEnabled(not busy and bool(self.password.text()))
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy.start(self._busy_text)
        else:
            self.busy.stop()

    def _submit(self) -> None:
        if self._busy or not self.password.text():
            return
        password = self.password.text()
        action = self._action
        self.error.clear_message()
        started = (
            Operation(self._context, self, lambda s: action(s, password), self._done)
            .busy(self._set_busy)
            .failure(self._failed)
            .run()
        )
        if not started:
            super().reject()

    def _done(self, result: Any) -> None:
        self.password.clear()
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassword | UnknownUser):
            self.password.clear()  # only a wrong password is cleared; anything else stays
        self.error.show_error(message_for(exc))
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        pass_to_crash_handler(exc)

    def reject(self) -> None:
        if self._busy:
            return
        self.password.clear()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
