"""Other workstations' committed changes, heard while signed in to an office server.

A daemon worker thread keeps one listening connection (``db/server/changes.ChangeFeed``) and
hands each batch to the UI thread as :attr:`OfficeChanges.changed`; the window refreshes what
shows (the client list, Beranda, the open client, the schedule, the referrals). When the
connection is lost the thread tries again
by itself, says so through :attr:`OfficeChanges.reachable`, and after it is back announces
'everything' once, since what was committed meanwhile was not heard. On one computer nothing
starts: only this app writes the file.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from lk3_desktop.core.errors import KnownError, ServerUnreachable
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.server_banner import ServerBanner

if TYPE_CHECKING:
    from lk3_desktop.services.office_changes import ChangeFeed

# Seconds between attempts to listen again after the server went away (doubling up to MAX).
RETRY_FIRST_S = 1.0
RETRY_MAX_S = 8.0


class _Relay(QObject):
    """Carries what the listening thread found to the UI thread (queued signals)."""

    heard = Signal(object)  # Changes
    reachable = Signal(bool)
    failed = Signal(object)  # a bug: the exception


class _FeedThread:
    """The listening loop in a daemon thread: nothing waits for it when the app quits (a
    connection attempt to a server beyond a cut cable may take seconds), and whatever it
    still finds after :meth:`stop` is dropped."""

    def __init__(self, feed: ChangeFeed) -> None:
        self.relay = _Relay()
        self._feed = feed
        self._stop = threading.Event()
        self._check = threading.Event()
        self._wake = threading.Event()  # ends a wait between two attempts early
        self._thread = threading.Thread(target=self._run, name="lk3-changes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def join(self, timeout_s: float) -> None:
        self._thread.join(timeout_s)

    def check(self) -> None:
        """Ask whether the server answers now; the answer comes as ``reachable``."""
        self._check.set()
        self._wake.set()

    def _emit(self, signal: Any, value: object) -> None:
        if not self._stop.is_set():
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                signal.emit(value)

    def _run(self) -> None:
        try:
            self._listen()
        except KnownError:
            pass  # signed out, locked or no longer allowed in: the session says why
        except Exception as exc:  # a bug: to the crash handler on the UI thread
            self._emit(self.relay.failed, exc)
        finally:
            self._feed.close()

    def _listen(self) -> None:
        from lk3_desktop.services.office_changes import Changes

        delay = RETRY_FIRST_S
        lost = missed = False
        while not self._stop.is_set():
            if not self._feed.connected:
                try:
                    self._feed.connect()
                except ServerUnreachable:
                    if not lost:
                        lost = True
                        self._emit(self.relay.reachable, False)
                    self._wake.wait(delay)
                    self._wake.clear()
                    delay = min(delay * 2, RETRY_MAX_S)
                    continue
                delay = RETRY_FIRST_S
                if lost or missed:
                    lost = False
                    self._emit(self.relay.reachable, True)
                if missed:  # committed while nobody listened: refresh everything once
                    missed = False
                    self._emit(self.relay.heard, Changes.all())
            try:
                if self._check.is_set():
                    self._check.clear()
                    self._feed.ping()
                    self._emit(self.relay.reachable, True)  # a call failed, yet it answers now
                changes = self._feed.wait()
            except ServerUnreachable:
                missed = True
                continue
            if changes:
                self._emit(self.relay.heard, changes)


class OfficeChanges(QObject):
    """Starts and stops the listening thread with the signed-in session, and shows the
    window's banner while the server does not answer (sending the note drafts kept on this
    computer meanwhile once it answers again)."""

    changed = Signal(object)  # Changes committed by another workstation
    reachable = Signal(bool)  # False: the server stopped answering; True: it is back

    def __init__(
        self, context: AppContext, banner: ServerBanner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._banner = banner
        self._thread: _FeedThread | None = None
        self._stopped: _FeedThread | None = None
        self.reachable.connect(self._reachable)
        context.server_unreachable.connect(self._away)
        banner.retry_requested.connect(self.check)

    def _on_server(self) -> bool:
        session = self._context.session
        return session is not None and session.store.on_server

    def _away(self) -> None:
        """A call found the office server away: the banner, and the listening thread is
        asked whether it answers (it says so through ``reachable``)."""
        if self._thread is None or not self._on_server():
            return
        self._banner.show()
        self.check()

    def _reachable(self, answering: bool) -> None:
        if self._thread is None or not self._on_server():
            return
        self._banner.setVisible(not answering)
        if answering:
            self.send_waiting_drafts()

    def send_waiting_drafts(self, then: Callable[[], None] | None = None) -> None:
        """Note drafts kept on this computer while the server was away go to the server,
        then ``then`` runs; on one computer nothing waits."""
        from lk3_desktop.services import sessions

        def after(_sent: object) -> None:
            if then is not None:
                then()

        if not self._on_server():
            after(None)
            return

        def failed(exc: BaseException) -> None:
            pass_to_crash_handler(exc)  # the server away shows in the banner
            after(None)

        Operation(self._context, self, sessions.send_waiting_drafts, after).failure(failed).run()

    @property
    def listening(self) -> bool:
        return self._thread is not None

    def start(self, session: UserSession) -> None:
        """Listen as the person of ``session``; nothing on one computer."""
        from lk3_desktop.services.office_changes import change_feed

        self.stop()
        feed = change_feed(session)
        if feed is None:
            return
        thread = _FeedThread(feed)
        thread.relay.heard.connect(self.changed)
        thread.relay.reachable.connect(self.reachable)
        thread.relay.failed.connect(pass_to_crash_handler)
        self._thread = thread
        thread.start()

    def check(self) -> None:
        """A call found the server away: ask the listening thread whether it answers now
        (``reachable`` says; when it does not, the thread keeps trying by itself)."""
        if self._thread is not None:
            self._thread.check()

    def stop(self) -> None:
        """Stop listening (locking, signing out). The thread ends within a moment by itself
        (whatever it still hears is dropped); nobody waits for it here."""
        self._banner.hide()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
            self._stopped = thread

    def wait_stopped(self, timeout_s: float = 1.0) -> None:
        """Stop, and give the thread a moment to close its connection (closing the window;
        a daemon thread never holds the app open)."""
        self.stop()
        if self._stopped is not None:
            self._stopped.join(timeout_s)
