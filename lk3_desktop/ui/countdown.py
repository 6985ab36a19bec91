"""A button that waits out a sign-in delay (LoginThrottled), showing the seconds left."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton


class ButtonCountdown(QObject):
    """Disables ``button`` for ``seconds``; its text shows the time left, then comes back."""

    def __init__(self, button: QPushButton, on_finished: Callable[[], None] | None = None) -> None:
        super().__init__(button)
        self._button = button
        self._text = button.text()
        self._until = 0.0
        self._on_finished = on_finished
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, seconds: float) -> None:
        if not self.running:
            self._text = self._button.text()
        self._until = time.monotonic() + max(seconds, 0.0)
        self._button.setEnabled(False)
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        if self.running:
            self._timer.stop()
            self._button.setText(self._text)
            self._button.setEnabled(True)

    def _tick(self) -> None:
        left = self._until - time.monotonic()
        if left <= 0:
            self.stop()
            if self._on_finished is not None:
                self._on_finished()
            return
        self._button.setText(f"{self._text} ({math.ceil(left)})")
