"""What every page of the import wizard shares: the decisions made so far, and the panel that
shows long work (reading, checking, importing) with its progress and a Cancel button."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from lk3_desktop.services import register_import as ri
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.operations import Operation


@dataclass
class ImportState:
    """The person's choices and what came of them, page by page."""

    path: Path | None = None
    sheet: str = ""
    open_cases: bool = False
    table: ri.SourceTable | None = None
    columns: list[str] = field(default_factory=list)
    regions: dict[str, str] = field(default_factory=dict)
    counselors: dict[str, str] = field(default_factory=dict)
    plan: ri.ImportPlan | None = None
    result: ri.ImportResult | None = None

    def mapping(self) -> ri.ImportMapping:
        return ri.ImportMapping(
            tuple(self.columns), self.open_cases, dict(self.regions), dict(self.counselors)
        )


class ProgressRelay(QObject):
    """Progress told on the lane, delivered on the UI thread."""

    changed = Signal(int, int)


class WorkPanel(QWidget):
    """A progress bar with what is happening, Cancel, and the line a failure is told in."""

    running_changed = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{name}Progress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the work"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.message = StatusMessage(f"{name}Message", self.tr("Import message"), self)
        layout.addWidget(self.message)
        self.relay = ProgressRelay(self)
        self.relay.changed.connect(self.show_progress)
        self._op: Operation[Any] | None = None
        self._set_running(False)

    def run(self, op: Operation[Any], text: str) -> None:
        """Start ``op`` with this panel showing it (its failure goes to the message line)."""
        self._op = op
        self.message.clear_message()
        self.label.setText(text)
        self.bar.setRange(0, 0)
        op.busy(self._set_running).failure_in(self.message)
        if not op.run():
            self._op = None

    def running(self) -> bool:
        return self._op is not None

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.cancel_button.setEnabled(False)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _set_running(self, running: bool) -> None:
        if not running:
            self._op = None
        for part in (self.label, self.bar, self.cancel_button):
            part.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.running_changed.emit(running)
