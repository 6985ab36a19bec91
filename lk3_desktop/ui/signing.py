"""The signed-record rule on screen, written once for the session note editor and both
assessment forms: the password prompt that signs or co-signs a record, and the addenda under a
signed record with the field to add one (``services/signing.py`` holds the rule itself).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services.context import UserSession
from lk3_desktop.services.signing import AddendumInfo
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import datetime_text
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import DEFAULT_TITLE, Describe, Operation, show_failure
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.style import set_role

T = TypeVar("T")


def ask_signature(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    ok_text: str,
    busy_text: str,
    action: Callable[[UserSession, str], T],
    object_name: str | None = None,
) -> T | None:
    """Password re-entry, then ``action(session, password)`` on the lane (sign or co-sign);
    what it returned, or None when the person cancelled."""
    dialog = PasswordPromptDialog(
        context,
        parent,
        title=title,
        text=text,
        ok_text=ok_text,
        busy_text=busy_text,
        action=action,
    )
    if object_name is not None:
        dialog.setObjectName(object_name)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        result: T | None = dialog.result_value
        return result
    finally:
        dialog.deleteLater()


class AddendaView(QWidget):
    """The addenda under a signed record, oldest first, each with its author and time, and a
    field to add one (shown only to those who may)."""

    add_requested = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, object_name: str = "addendaView", explanation: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Addenda"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(self.tr("Addenda"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        explain = QLabel(explanation, self)
        explain.setWordWrap(True)
        set_role(explain, "muted")
        layout.addWidget(explain)
        self.items = QVBoxLayout()
        self.items.setSpacing(6)
        layout.addLayout(self.items)
        self.empty = QLabel(self.tr("No addenda yet."), self)
        self.empty.setObjectName("addendaEmpty")
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        self.new_text = QPlainTextEdit(self)
        self.new_text.setObjectName("addendumText")
        self.new_text.setAccessibleName(self.tr("New addendum"))
        self.new_text.setTabChangesFocus(True)
        self.new_text.setFixedHeight(self.new_text.fontMetrics().lineSpacing() * 3 + 14)
        self.new_text.setPlaceholderText(self.tr("Write an addendum…"))
        layout.addWidget(self.new_text)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add addendum"), self)
        self.add_button.setObjectName("addAddendumButton")
        self.add_button.setAccessibleName(self.tr("Add addendum"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        self.new_text.textChanged.connect(
            lambda: self.add_button.setEnabled(bool(self.new_text.toPlainText().strip()))
        )
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._cards: list[QWidget] = []

    def show_addenda(self, addenda: Sequence[AddendumInfo], may_add: bool) -> None:
        for card in self._cards:
            card.deleteLater()
        self._cards = []
        for addendum in addenda:
            self._cards.append(self._card(addendum))
        self.empty.setVisible(not addenda)
        self.new_text.setVisible(may_add)
        self.add_button.setVisible(may_add)

    def _card(self, addendum: AddendumInfo) -> QFrame:
        card = QFrame(self)
        card.setObjectName(f"addendum_{addendum.id}")
        set_role(card, "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(12, 8, 12, 8)
        who = QLabel(
            self.tr("%1 · %2")
            .replace("%1", addendum.author_name)
            .replace("%2", datetime_text(addendum.written_at)),
            card,
        )
        set_role(who, "muted")
        text = QLabel(addendum.text, card)
        text.setObjectName("addendumBody")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(who)
        inner.addWidget(text)
        card.setAccessibleName(self.tr("Addendum by %1").replace("%1", addendum.author_name))
        self.items.addWidget(card)
        return card

    def add_with(
        self,
        context: AppContext,
        call: Callable[[UserSession], T],
        done: Callable[[T], None],
        describe: Describe = message_for,
    ) -> None:
        """Run the service ``call`` that adds the addendum typed here: the field empties once
        it is added; on a failure what was typed stays and the reason is said."""

        def added(result: T) -> None:
            self.new_text.clear()
            done(result)

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(bool(self.new_text.toPlainText().strip()))
            show_failure(self, DEFAULT_TITLE, exc, describe)

        Operation(context, self, call, added).failure(failed).run()

    def _add(self) -> None:
        text = self.new_text.toPlainText().strip()
        if text:
            self.add_button.setEnabled(False)
            self.add_requested.emit(text)
