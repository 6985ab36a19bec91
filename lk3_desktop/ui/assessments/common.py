"""Pieces shared by the assessment forms: the addendum dialog, signing, a red warning panel,
saving a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services.assessments import AddendumInfo
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.style import RISK

RISK_PANEL_STYLE = (
    f"QFrame#%s {{ background: #fdecea; border: 2px solid {RISK}; border-radius: 6px; }}"
    f"QFrame#%s > QLabel {{ color: {RISK}; background: transparent; border: none; }}"
)


def risk_panel(object_name: str, accessible_name: str, parent: QWidget) -> QFrame:
    """A pale red framed panel for risk warnings (red is for risk only)."""
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setAccessibleName(accessible_name)
    frame.setStyleSheet(RISK_PANEL_STYLE % (object_name, object_name))
    return frame


class AddendumDialog(QDialog):
    """Asks for the text of an addendum to a signed record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendumDialog")
        self.setWindowTitle(self.tr("Add addendum"))
        self.setAccessibleName(self.tr("Add addendum"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The signed record stays as it is. The addendum is added below it with your "
                "name and today's date and time."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("Addendum"), self)
        layout.addWidget(label)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("addendumText")
        self.text.setAccessibleName(self.tr("Addendum"))
        self.text.setTabChangesFocus(True)
        label.setBuddy(self.text)
        layout.addWidget(self.text)
        self.error = StatusMessage("addendumError", self.tr("Addendum error"), self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("Add addendum"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName(dialogs.ACCEPT_BUTTON)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(dialogs.REJECT_BUTTON)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.show_error(self.tr("Write the addendum first."))
            return
        super().accept()

    def value(self) -> str:
        return self.text.toPlainText().strip()


def ask_addendum(parent: QWidget) -> str | None:
    """The addendum text, or None when cancelled."""
    dialog = AddendumDialog(parent)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
    finally:
        dialog.deleteLater()


def sign_with_password(
    context: AppContext, parent: QWidget, action: Callable[[UserSession, str], Any]
) -> Any | None:
    """Password re-entry, then ``action(session, password)`` on the lane; its result, or None
    when cancelled."""
    dialog = PasswordPromptDialog(
        context,
        parent,
        title=QCoreApplication.translate("Assessments", "Sign assessment"),
        text=QCoreApplication.translate(
            "Assessments",
            "Signing locks this assessment: afterwards nothing in it can be changed, only "
            "addenda can be added. Enter your password to sign.",
        ),
        ok_text=QCoreApplication.translate("Assessments", "Sign"),
        busy_text=QCoreApplication.translate("Assessments", "Signing…"),
        action=action,
    )
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value
    finally:
        dialog.deleteLater()


def save_pdf(
    context: AppContext,
    parent: QWidget,
    title: str,
    suggested_name: str,
    make_pdf: Callable[[UserSession], bytes],
) -> bool:
    """Ask where to save, then make the PDF with ``make_pdf(session)`` on the lane and write it
    readable by the owner only; a notice when it is written, a warning when it is not (a
    "jangan diungkap" record, a full disk). False when the person cancelled."""
    target = dialogs.ask_pdf_path(parent, title, suggested_name)
    if target is None:
        return False
    return write_pdf(context, parent, target, make_pdf)


def write_pdf(
    context: AppContext,
    parent: QWidget,
    target: Path,
    make_pdf: Callable[[UserSession], bytes],
) -> bool:
    """Make the PDF on the lane and write it to ``target`` readable by the owner only."""
    # Imported here: pdf_printing loads QtPdf and QtPrintSupport, which the forms need only now.
    from lk3_desktop.ui.pdf_printing import write_private_file

    def write(session: UserSession) -> Path:
        write_private_file(target, make_pdf(session))
        return target

    return (
        Operation(
            context,
            parent,
            write,
            lambda _path: dialogs.inform(
                parent,
                QCoreApplication.translate("Assessments", "PDF saved"),
                QCoreApplication.translate("Assessments", "The PDF was saved."),
            ),
        )
        .titled(QCoreApplication.translate("Assessments", "The PDF was not saved"))
        .run()
    )


class AddendaList(QListWidget):
    """The addenda of a signed record, oldest first, each with author and time."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(QCoreApplication.translate("Assessments", "Addenda"))
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumHeight(110)

    def set_addenda(self, addenda: tuple[AddendumInfo, ...]) -> None:
        self.clear()
        for addendum in addenda:
            item = QListWidgetItem(
                f"{labels.datetime_text(addendum.created_at)} \u2014 {addendum.author_name}: "
                f"{addendum.text}"
            )
            self.addItem(item)
        self.setVisible(bool(addenda))
