"""The one way a widget calls a service: an :class:`Operation` on the lane.

A widget says what to run, what to do with the result, how a failure is worded and what shows
that it is busy; the operation runs the call on the lane (the one worker thread, see
``ui/worker.py``) and comes back on the UI thread::

    Operation(context, self, lambda s: clients.load_client(s, client_id), self._show)
        .busy(self.busy, self.tr("Loading…"))
        .failure_in(self.status)
        .run()

``Operation`` hands the call the signed-in session (nothing runs while the window is locked
or signed out, and nothing comes back once it is); :meth:`Operation.sessionless` runs work
that needs no session (opening a database, signing in or out, a restore before sign-in).

What comes back is dropped once the owner is destroyed (a page closed, the window locked):
the lane's relay belongs to the long-lived context, never to the widget, so a widget that
goes away while its call runs cannot pull the relay away from the worker thread.

A failure is, unless the widget says otherwise, one sentence in a dialog for a known error and
the crash handler for a bug (``ui/messages.py`` words the sentence).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import BusyIndicator, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for

if TYPE_CHECKING:  # the services load after the sign-in window shows (cold_start)
    from lk3_desktop.services.context import UserSession

T = TypeVar("T")

Describe = Callable[[BaseException], str]
DEFAULT_TITLE = "LK3 Desktop"


class ShowsError(Protocol):
    """Anything with ``show_error(text)``: a StatusMessage or FieldMessage under a form."""

    def show_error(self, text: str) -> None: ...


def show_failure(
    owner: QWidget | None,
    title: str,
    exc: BaseException,
    describe: Describe = message_for,
) -> None:
    """One sentence in a dialog for a known error; a bug goes on to the crash handler too."""
    dialogs.warn(owner, title, describe(exc))
    pass_to_crash_handler(exc)


class Operation(Generic[T]):
    """One service call from a widget: what runs, what follows, how failure and busy show.

    Build it, chain what it needs, then :meth:`run` it once.
    """

    def __init__(
        self,
        context: AppContext,
        owner: QObject,
        call: Callable[[UserSession], T],
        success: Callable[[T], None] | None = None,
    ) -> None:
        self._context = context
        self._owner = owner
        self._needs_session = True
        self._bind: Callable[[], Callable[[], T] | None] = lambda: _bound(call, context.session)
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._title = DEFAULT_TITLE
        self._describe: Describe = message_for
        self._show_busy: Callable[[bool], None] | None = None
        self._cancel = threading.Event()

    @classmethod
    def sessionless(
        cls,
        context: AppContext,
        owner: QObject,
        work: Callable[[], T],
        success: Callable[[T], None] | None = None,
    ) -> Operation[T]:
        """Work that needs nobody signed in (open a database, sign in or out, restore)."""
        op: Operation[T] = cls(context, owner, _no_session_call, success)
        op._needs_session = False
        op._bind = lambda: work
        return op

    # -- what the widget chains -------------------------------------------------------------

    def failure(self, handler: Callable[[BaseException], None]) -> Operation[T]:
        """``handler(exc)`` takes every failure (known errors and bugs) instead of the dialog."""
        self._failure = handler
        return self

    def failure_in(self, line: ShowsError, describe: Describe | None = None) -> Operation[T]:
        """A failure is worded in ``line`` (its ``show_error``) under the part that asked; a
        bug also goes to the crash handler."""

        def shown(exc: BaseException) -> None:
            line.show_error((describe or self._describe)(exc))
            pass_to_crash_handler(exc)

        return self.failure(shown)

    def titled(self, title: str, describe: Describe | None = None) -> Operation[T]:
        """The failure dialog's title (and, given, how the sentence is worded)."""
        self._title = title
        if describe is not None:
            self._describe = describe
        return self

    def worded(self, describe: Describe) -> Operation[T]:
        """How a failure is worded (default ``ui.messages.message_for``), in the dialog or in
        the line of :meth:`failure_in` chained after it."""
        self._describe = describe
        return self

    def busy(self, show: BusyIndicator | Callable[[bool], None], text: str = "") -> Operation[T]:
        """What shows busy while the call runs: a BusyIndicator with ``text``, or a function
        called with True when the call starts and False when it ends (before what follows)."""
        if isinstance(show, BusyIndicator):
            indicator = show

            def switch(on: bool) -> None:
                if on:
                    indicator.start(text)
                else:
                    indicator.stop()

            self._show_busy = switch
        else:
            self._show_busy = show
        return self

    # -- running ----------------------------------------------------------------------------

    def run(self) -> bool:
        """Start the call; False (and nothing runs) when it needs a session and none is open."""
        work = self._bind()
        if work is None:
            return False
        if self._show_busy is not None:
            self._show_busy(True)
        session = self._context.session if self._needs_session else None
        lane = self._context.lane
        self._context.lane.run(
            self._context,
            work,
            self._finished,
            self._failed,
            # views recorded without waiting for the disk reach it while the result shows,
            # on a thread of their own: the lane's next read does not wait for the disk
            after=(
                (lambda: session.write_through_soon(lane.after_failed.emit))
                if session is not None
                else None
            ),
        )
        return True

    def cancel(self) -> None:
        """Ask the running work to stop: it polls :meth:`cancelled` (e.g. as a backup's
        ``should_stop``) and ends as it sees fit; what follows still comes back."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called (safe to call from the worker thread)."""
        return self._cancel.is_set()

    def _still_wanted(self) -> bool:
        if not isValid(self._owner):
            return False  # the widget is gone
        # locked or signed out meanwhile: the store is closed, nothing to tell
        return not self._needs_session or self._context.session is not None

    def _finished(self, result: Any) -> None:
        if not self._still_wanted():
            return
        if self._show_busy is not None:
            self._show_busy(False)
        if self._success is not None:
            self._success(result)

    def _failed(self, exc: BaseException) -> None:
        if not self._still_wanted():
            return
        if self._show_busy is not None:
            self._show_busy(False)
        if self._failure is not None:
            self._failure(exc)
        else:
            owner = self._owner if isinstance(self._owner, QWidget) else None
            show_failure(owner, self._title, exc, self._describe)


def _bound(call: Callable[[UserSession], T], session: UserSession | None) -> Callable[[], T] | None:
    """``call`` with the session it will run with; None while locked or signed out."""
    if session is None:
        return None
    return lambda: call(session)


def _no_session_call(_session: UserSession) -> Any:
    raise AssertionError("a sessionless operation has no session call")


def ignore(_value: object) -> None:
    """A result or failure nobody needs (signing out while closing)."""
