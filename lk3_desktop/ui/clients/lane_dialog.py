"""A dialog whose OK button runs one service call on the lane.

While the call runs the dialog stays open and busy; a ValidationError is shown under the field
it names (everything typed stays), any other known error under the form; when the call
succeeds the dialog closes as Accepted with ``result_value`` holding what the service returned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.clients.form_parts import field_label, stack
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dialogs import ACCEPT_BUTTON, REJECT_BUTTON
from lk3_desktop.ui.field_feedback import (
    BusyIndicator,
    FieldMessage,
    StatusMessage,
    pass_to_crash_handler,
)
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation


class LaneDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self.errors: dict[str, FieldMessage] = {}
        self.result_value: Any = None

    def _finish_layout(self, layout: QVBoxLayout, ok_text: str) -> None:
        """Add the general message line, the busy line and the buttons under the form."""
        layout.addStretch(1)
        self.error = StatusMessage(f"{self.objectName()}Error", ok_text, self)
        layout.addWidget(self.error)
        self.busy = BusyIndicator(f"{self.objectName()}Busy", self)
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName(ACCEPT_BUTTON)
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName(REJECT_BUTTON)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _field(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: QWidget,
        required: bool = False,
        *,
        shown: QWidget | None = None,
    ) -> FieldMessage:
        """Add a labelled row for ``widget`` (``shown`` wraps it when given) with a message
        under it for errors of the service field ``name``."""
        message = FieldMessage(f"{widget.objectName()}Error", label, self)
        self.errors[name] = message
        form.addRow(field_label(label, widget, required), stack(self, shown or widget, message))
        return message

    def _submit(self, fn: Callable[[UserSession], Any]) -> None:
        """Run the dialog's service call; the dialog stays open and busy until it answers."""
        if self._busy:
            return
        for message in self.errors.values():
            message.clear_message()
        self.error.clear_message()
        Operation(self._context, self, fn, self._done).busy(self._set_busy).failure(
            self._failed
        ).run()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        if busy:
            self.busy.start(QCoreApplication.translate("LaneDialog", "Saving…"))
        else:
            self.busy.stop()

    def _done(self, value: Any) -> None:
        self.result_value = value
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and (exc.field or "") in self.errors:
            self.errors[exc.field or ""].show_error(message_for(exc))
        else:
            self.error.show_error(message_for(exc))
            pass_to_crash_handler(exc)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
