"""Service calls off the UI thread, one lane: results come back through a signal.

Key derivation (about 0.5 s), opening and migrating a database must never freeze the
window. Widgets are touched only in the callbacks, which run on the UI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from lk3_desktop.core.errors import ServerUnreachable, SessionClosed, SessionRevoked


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[[], Any],
        relay: _Relay,
        after: Callable[[], None] | None,
        after_failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._after = after
        self._after_failed = after_failed

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure goes back to the UI thread
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.done, result)
        if self._after is not None:
            # Still on the lane, while the interface shows the result: the next job waits.
            try:
                self._after()
            except BaseException as exc:
                self._after_failed(exc)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        # RuntimeError: the owner (and its relay) was destroyed while the call ran, e.g. a
        # page closed or the window locked; nobody is waiting for this result any more.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Lane(QObject):
    """One worker thread: service calls never run concurrently against the database."""

    # A call found that the signed-in account may no longer act (deactivated, password
    # reset): emitted before the call's own error callback, so the window signs out first.
    session_revoked = Signal(object)
    # A call found the office server not answering (emitted before the call's own error
    # callback): the window shows its banner at once.
    server_unreachable = Signal()
    # What a job's ``after`` raised (writing a view's record through to the disk failed):
    # the call's own callbacks have run by then, so the window says it instead.
    after_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def run(
        self,
        owner: QObject,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        after: Callable[[], None] | None = None,
    ) -> None:
        """Run ``fn`` on the lane; call ``on_done(result)`` or ``on_error(exc)`` later.

        ``after()`` runs on the lane once the result is on its way to the interface (before
        the next job); what it raises is emitted as :attr:`after_failed`. The relay is
        parented to ``owner`` so callbacks stop when the owner is destroyed.
        """
        relay = _Relay(owner)

        def _finish_ok(result: object) -> None:
            relay.deleteLater()
            on_done(result)

        def _finish_error(exc: object) -> None:
            relay.deleteLater()
            assert isinstance(exc, BaseException)
            if isinstance(exc, SessionClosed):
                return  # locked or signed out meanwhile: nobody waits for this any more
            if isinstance(exc, SessionRevoked):
                self.session_revoked.emit(exc)
            if isinstance(exc, ServerUnreachable):
                self.server_unreachable.emit()
            on_error(exc)

        relay.done.connect(_finish_ok)
        relay.failed.connect(_finish_error)
        self._pool.start(_Job(fn, relay, after, self.after_failed.emit))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until queued jobs finished (for shutdown and tests)."""
        return self._pool.waitForDone(timeout_ms)
