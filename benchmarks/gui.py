"""Qt helpers of the measuring children: first paint, a quiet lane, a watchdog, a window.

"Painted" means: the widget's paint event ran and the event loop came round once more, so
the window is there and answers input. "Settled" means: the app's one worker lane has no
job running or queued and the results it sent have been delivered, twice in a row, then the
window is painted at once (``repaint``), so what the person waits for is on screen.

Waiting runs a real event loop (:func:`pump`), as the app's ``QApplication.exec()`` does,
never ``QTest.qWait``: PySide6's ``qWait`` keeps the GIL while it sleeps, so the lane could
only run between two polls and every figure that waits for it took five to ten times what
the app takes (opening a client's record: 30-70 ms against 6 ms).
"""

from __future__ import annotations

import faulthandler
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SCREEN = (1366, 768)
POLL_MS = 2


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._callback)  # after this paint, once the loop is free
        return False


def when_painted(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``widget`` has painted for the first time."""
    widget.installEventFilter(_FirstPaint(widget, callback))


def pump(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds, with the GIL free for the lane while idle."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def lane_pool(context: Any) -> QThreadPool:
    """The thread pool behind the app's lane (found as a child, so no private name is used)."""
    pool = context.lane.findChild(QThreadPool)
    assert isinstance(pool, QThreadPool), "the lane has no thread pool"
    return pool


def settle(context: Any, window: QWidget | None = None, timeout_s: float = 300.0) -> None:
    """Wait until the lane is idle and its results delivered (twice in a row), then paint."""
    pool = lane_pool(context)
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout_s
    quiet = 0
    while quiet < 2:
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not settle")
        pump(POLL_MS)
        app.processEvents()
        quiet = quiet + 1 if pool.activeThreadCount() == 0 else 0
    if window is not None:
        window.repaint()


def wait_for(condition: Callable[[], bool], timeout_s: float = 300.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("waited too long")
        pump(POLL_MS)


def watchdog(seconds: float = 600.0) -> None:
    """A probe that hangs (a modal dialog nobody answers) dumps its stacks and exits."""
    faulthandler.dump_traceback_later(seconds, exit=True, file=sys.stderr)


def screen_window(widget: QWidget) -> QWidget:
    """``widget`` shown in a top-level window of the size of the screen we design for."""
    window = QWidget()
    window.resize(*SCREEN)
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setParent(window)
    layout.addWidget(widget)
    window.show()
    return window


def signed_in_context(folder: str, username: str, password: str) -> Any:
    """An application, and a context signed in through the services (not measured)."""
    from pathlib import Path

    from lk3_desktop.app import create_application
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts
    from lk3_desktop.ui.context import AppContext

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application()
    store = NoCredentialStore()
    context = AppContext(Path(folder), store)
    context.set_session(accounts.login(Path(folder), store, username, password))
    return context
