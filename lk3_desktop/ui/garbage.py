"""Python's cyclic garbage collection, on the UI thread between events only.

Left to itself, the collector runs wherever an allocation crosses its threshold: on the lane
(the worker thread) or in the middle of a Qt event being dispatched, where destroying a
Python-owned Qt object that is still on the call stack crashes the process (CI saw a
segmentation fault "Garbage-collecting" inside a nested event loop while the lane read a
workbook). As qutebrowser does, the app turns automatic collection off and collects from a
timer on the UI thread, generation by generation as the thresholds would have.

Once the sign-in window's preload has imported what signing in needs, what exists then (the
modules, their classes and functions: well over 100,000 objects that live as long as the
process) is set aside with :func:`gc.freeze`, so a later full collection walks only what the
session made: 60-140 ms on the UI thread otherwise, at whatever moment it falls due (in a
sign-in, benchmarks: sign_in).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    """Collects cyclic garbage from a UI-thread timer while automatic collection is off."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("garbageCollector")
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def set_aside_long_lived(self) -> None:
        """Leave every object that exists now out of later collections (:func:`gc.freeze`):
        called once the modules of signing in are imported. Not collected first (a full
        collection here would stop the window for as long): the few hundred objects of
        import-time garbage stay."""
        if self._timer.isActive():
            gc.freeze()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (none when the
        youngest has not); returns how many unreachable objects were found."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return 0
        generation = 0
        for older in (1, 2):
            if counts[older] > self._thresholds[older]:
                generation = older
        return gc.collect(generation)
