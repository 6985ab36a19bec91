"""Small pieces the referral widgets share: service calls on the lane, failures, text fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lk3_desktop.core.errors import KnownError
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs, service_calls
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.messages import message_for


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """A known error as one sentence in a dialog; anything else goes to the crash handler."""
    if isinstance(exc, KnownError):
        dialogs.warn(parent, QCoreApplication.translate("Referrals", "Referrals"), message_for(exc))
    else:
        pass_to_crash_handler(exc)


def run_service(
    context: AppContext,
    owner: QObject,
    call: Callable[[UserSession], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``call(session)`` on the lane with the current session (nothing while locked)."""
    service_calls.call(context, owner, call, on_done, on_error)


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
