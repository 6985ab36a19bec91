"""The automatic backup when LK3 Desktop closes or the person signs out.

Runs on the lane while a small modal window shows its progress, *before* the database is
closed. It never stops the closing: a failure (disk full, the drive not plugged in) is told
in one sentence and the window closes anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from lk3_desktop.services import backup as backups
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation


class AutoBackupProgress(QDialog):
    """ "Making an automatic backup…" with a progress bar; it cannot be closed by hand."""

    progress_changed = Signal(int, int)  # emitted on the lane, delivered on the UI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoBackupProgress")
        self.setWindowTitle(self.tr("Automatic backup"))
        self.setAccessibleName(self.tr("Automatic backup"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Making an automatic backup…"), self)
        self.label.setObjectName("autoBackupProgressText")
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("autoBackupProgressBar")
        self.bar.setAccessibleName(self.tr("Automatic backup progress"))
        self.bar.setRange(0, 4)
        self.bar.setValue(0)
        layout.addWidget(self.bar)
        self.progress_changed.connect(self._show)

    def _show(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def reject(self) -> None:
        """Escape does not stop a backup half way."""


def _on_lane(context: AppContext, owner: QWidget, job: Callable[[], Any]) -> Any:
    """Run ``job`` on the lane and wait here (events keep flowing); its exception, if any,
    is returned rather than raised."""

    def guarded() -> Any:
        try:
            return job()
        except Exception as exc:
            return exc

    loop = QEventLoop()
    outcome: list[Any] = []

    def finished(value: Any) -> None:
        outcome.append(value)
        loop.quit()

    Operation.sessionless(context, owner, guarded, finished).failure(finished).run()
    if not outcome:
        loop.exec()
    return outcome[0]


def run_auto_backup(owner: QWidget, context: AppContext, session: UserSession) -> Path | None:
    """The automatic backup if the head switched it on; None when off or when it failed
    (the failure was told). Never raises."""
    chosen = _on_lane(context, owner, lambda: backups.auto_backup_settings(session))
    if isinstance(chosen, Exception) or not chosen.folder:
        return None
    progress = AutoBackupProgress(owner)
    progress.show()
    emit = progress.progress_changed.emit
    try:
        result = _on_lane(context, owner, lambda: backups.auto_backup(session, emit))
    finally:
        progress.hide()
        progress.deleteLater()
    if isinstance(result, Exception):
        dialogs.warn(
            owner,
            QCoreApplication.translate("AutoBackupProgress", "The automatic backup was not made"),
            message_for(result),
        )
        return None
    return result if isinstance(result, Path) else None
