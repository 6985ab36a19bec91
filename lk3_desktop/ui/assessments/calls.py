"""Assessment service calls on the lane with the signed-in session.

``call(context, owner, fn, done)`` runs ``fn(session)`` off the UI thread; ``done(result)``
runs on the UI thread. A failure goes to ``failed`` when given, otherwise a known error is
shown as one sentence and a bug goes on to the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.messages import message_for

T = TypeVar("T")


def show_failure(owner: QWidget, title: str, exc: BaseException) -> None:
    dialogs.warn(owner, title, message_for(exc))
    pass_to_crash_handler(exc)


def call(
    context: AppContext,
    owner: QWidget,
    fn: Callable[[UserSession], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
    *,
    title: str = "LK3 Desktop",
) -> bool:
    """Run ``fn(session)`` on the lane; False (nothing runs) while locked or signed out."""
    session = context.session
    if session is None:
        return False

    def on_error(exc: BaseException) -> None:
        if context.session is None:
            return  # locked meanwhile: nothing to tell
        if failed is not None:
            failed(exc)
        else:
            show_failure(owner, title, exc)

    def on_done(result: Any) -> None:
        if context.session is not None:
            done(result)

    context.lane.run(owner, lambda: fn(session), on_done, on_error)
    return True
