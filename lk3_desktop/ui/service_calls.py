"""Service calls of the pages, run on the lane with the signed-in session.

A widget asks :func:`call` to run ``fn(session)`` off the UI thread; ``done`` gets the result
on the UI thread. A failure goes to ``failed`` when given, otherwise it is shown as one
sentence (known errors) or handed to the crash handler (bugs).

The lane's relay is owned by the long-lived context, not by the widget: a page that is
destroyed while its call is still running (the window locks, a dialog closes) must not pull the
relay away from the worker thread. The callbacks check that the widget still exists instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.messages import message_for

T = TypeVar("T")


def show_failure(
    owner: QWidget | None,
    title: str,
    exc: BaseException,
    describe: Callable[[BaseException], str] = message_for,
) -> None:
    """One sentence for a known error; a bug goes on to the crash handler as well."""
    dialogs.warn(owner, title, describe(exc))
    pass_to_crash_handler(exc)


def run_for(
    context: AppContext,
    owner: QObject,
    job: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """``context.lane.run`` whose callbacks are skipped once ``owner`` is destroyed."""

    def done(result: Any) -> None:
        if isValid(owner):
            on_done(result)

    def failed(exc: BaseException) -> None:
        if isValid(owner):
            on_error(exc)

    context.lane.run(context, job, done, failed)


def call(
    context: AppContext,
    owner: QObject,
    fn: Callable[[UserSession], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
    *,
    title: str = "LK3 Desktop",
) -> bool:
    """Run ``fn(session)`` on the lane. False (and nothing runs) while locked or signed out."""
    session = context.session
    if session is None:
        return False

    def on_error(exc: BaseException) -> None:
        if context.session is None:
            return  # locked meanwhile: the store is closed, nothing to tell
        if failed is not None:
            failed(exc)
        else:
            show_failure(owner if isinstance(owner, QWidget) else None, title, exc)

    def on_done(result: Any) -> None:
        if context.session is not None:
            done(result)

    run_for(context, owner, lambda: fn(session), on_done, on_error)
    return True
