"""The progress of sealing an office's older clinical text under its case keys.

A head's sign-in seals it once after an upgrade (services/content_sealing), a batch at a time,
on the lane: at 10,000 clients that takes minutes. The sign-in passes :meth:`SealingWatch.report`
as its ``progress``; the first step shows a small modal window with a bar (only an office
with something to seal ever sees it), and the window goes when the sign-in ends, whichever
way. An interrupted sealing goes on at the next sign-in; the window says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget


class SealingProgress(QDialog):
    """ "Sealing the clinical notes…" with a bar; it cannot be closed by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealingProgress")
        self.setWindowTitle(self.tr("Securing the case notes"))
        self.setAccessibleName(self.tr("Securing the case notes"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.label = QLabel(
            self.tr(
                "The clinical notes written so far are being sealed under the key of their "
                "case. This happens once and may take a few minutes; if it is interrupted, it "
                "goes on at the next sign-in."
            ),
            self,
        )
        self.label.setObjectName("sealingProgressText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("sealingProgressBar")
        self.bar.setAccessibleName(self.tr("Sealing progress"))
        self.bar.setRange(0, 0)  # busy until the first count arrives
        layout.addWidget(self.bar)

    def show_step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def reject(self) -> None:
        """Escape does not stop the sealing half way (nor would closing the window)."""


class SealingWatch(QObject):
    """Carries the sealing's steps from the lane to the UI thread and shows them."""

    step = Signal(int, int)  # emitted on the lane, delivered on the UI thread

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.dialog: SealingProgress | None = None
        self._watching = False
        self.step.connect(self._show)

    def start(self) -> None:
        """A sign-in begins: steps are shown from now until :meth:`finish`."""
        self._watching = True

    def report(self, done: int, total: int) -> None:
        """The ``progress`` a service calls (on the lane)."""
        self.step.emit(done, total)

    def _show(self, done: int, total: int) -> None:
        if not self._watching:
            return  # a step that arrived after the sign-in ended
        if self.dialog is None:
            self.dialog = SealingProgress(self._owner)
            self.dialog.show()
        self.dialog.show_step(done, total)

    def finish(self) -> None:
        """The sign-in ended (signed in or refused): the window goes."""
        self._watching = False
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
