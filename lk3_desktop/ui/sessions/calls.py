"""Service calls of the session pages on the lane, and how their failures are told."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import service_calls
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.sessions.labels import failure_text

T = TypeVar("T")


def tell_failure(owner: QWidget | None, exc: BaseException) -> None:
    """One sentence in a dialog for a known error; a bug also goes to the crash handler."""
    title = QCoreApplication.translate("SessionCalls", "LK3 Desktop")
    service_calls.show_failure(owner, title, exc, failure_text)


def run(
    context: AppContext,
    owner: QWidget,
    fn: Callable[[UserSession], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
) -> bool:
    """Run ``fn(session)`` on the lane; ``done``/``failed`` run on the UI thread while the
    owner lives and someone is signed in. False (nothing runs) while locked or signed out."""
    return service_calls.call(
        context, owner, fn, done, failed or (lambda exc: tell_failure(owner, exc))
    )
