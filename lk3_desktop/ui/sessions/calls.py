"""Service calls of the session pages on the lane, and how their failures are told."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.sessions.labels import failure_text

T = TypeVar("T")


def tell_failure(owner: QWidget | None, exc: BaseException) -> None:
    """One sentence in a dialog for a known error; a bug also goes to the crash handler."""
    dialogs.warn(
        owner, QCoreApplication.translate("SessionCalls", "LK3 Desktop"), failure_text(exc)
    )
    pass_to_crash_handler(exc)


def run(
    context: AppContext,
    owner: QWidget,
    fn: Callable[[UserSession], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
) -> bool:
    """Run ``fn(session)`` on the lane; ``done``/``failed`` run on the UI thread while the
    owner lives and someone is signed in. False (nothing runs) while locked or signed out."""
    session = context.session
    if session is None:
        return False

    def on_done(result: Any) -> None:
        if context.session is not None:
            done(result)

    def on_error(exc: BaseException) -> None:
        if context.session is None:
            return
        if failed is not None:
            failed(exc)
        else:
            tell_failure(owner, exc)

    context.lane.run(owner, lambda: fn(session), on_done, on_error)
    return True
