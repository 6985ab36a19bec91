"""What signing in needs, imported on the lane while the sign-in window waits for a password.

The sign-in window appears before the database stack and the main window's modules are
imported (that is what makes it appear fast); a person then takes a few seconds to type. In
those seconds the lane imports what comes after Enter: the main window with Beranda and the
services they call (the schema check of a file at the head revision needs no Alembic). A
sign-in typed faster simply finds its job queued behind this one on the same lane, so nothing
is imported twice or concurrently with the database work. Only modules are imported here
(classes defined, nothing constructed), so no widget is made off the UI thread.
"""

from __future__ import annotations

import importlib
import linecache
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SIGNED_IN_MODULES = (
    "lk3_desktop.services.accounts",  # what Enter calls first (SQLAlchemy, the models)
    "lk3_desktop.ui.main_window",
    "lk3_desktop.ui.pages.inbox",
    "lk3_desktop.ui.pages.inbox_routing",
    "lk3_desktop.ui.pages.backup_reminder",
    "lk3_desktop.ui.sessions",
)


def preload_signed_in_modules() -> None:
    """Import :data:`SIGNED_IN_MODULES` and configure the models' mappers (on the lane; the
    result is not used)."""
    for name in SIGNED_IN_MODULES:
        importlib.import_module(name)
    from lk3_desktop.services import sign_in

    sign_in.prepare()


def forget_module_sources() -> None:
    """Drop the source lines Python keeps of imported modules.

    PySide6's import hook reads the source of every module imported after it (looking for
    the word "PySide6", for its ``__feature__`` switches), and that text stays in
    :mod:`linecache`: some 8 MB as lists of lines once SQLAlchemy and the main window are
    in (benchmarks: peak_rss). A traceback reads a file again when it needs it.
    """
    linecache.clearcache()


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)  # once this paint is done and the loop is free
            watched.removeEventFilter(self)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``widget`` has been painted for the first time.

    The preload waits for the sign-in window to be on screen: importing on the lane while
    the window is still being laid out and painted holds the interpreter that the painting
    needs (benchmarks: cold_start).
    """
    widget.installEventFilter(_AfterFirstPaint(widget, callback))
