"""Small pieces the referral widgets share: how a failure is told, text fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lk3_desktop.core.errors import KnownError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.messages import message_for


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """A known error as one sentence in a dialog; anything else goes to the crash handler."""
    if isinstance(exc, KnownError):
        dialogs.warn(parent, QCoreApplication.translate("Referrals", "Referrals"), message_for(exc))
    else:
        pass_to_crash_handler(exc)


def text_field(parent: QWidget, name: str, accessible: str, lines: int = 3) -> QPlainTextEdit:
    """A plain multi-line field a few lines tall; Tab moves focus instead of typing a tab."""
    field = QPlainTextEdit(parent)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 14)
    return field


def lines_of(field: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in field.toPlainText().splitlines() if line.strip())
