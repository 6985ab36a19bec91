"""The Checks tab (Pemeriksaan): what ``lk3-desktop check`` runs, for the open database, on
the lane, one line per check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.check_text import detail_text
from lk3_desktop.services import integrity
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import (
    BusyIndicator,
    StatusMessage,
    capped_body,
)
from lk3_desktop.ui.operations import Operation


class ChecksTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksTab")
        self._context = context
        layout = capped_body(self)

        box = QGroupBox(self.tr("Checks"), self)
        box_layout = QVBoxLayout(box)
        self.intro = QLabel(self._intro_text(on_server=False), box)
        self.intro.setObjectName("checksIntro")
        self.intro.setWordWrap(True)
        box_layout.addWidget(self.intro)
        self.run_button = QPushButton(self.tr("Run checks"), box)
        self.run_button.setObjectName("runChecksButton")
        self.run_button.setAccessibleName(self.tr("Run checks"))
        self.run_button.clicked.connect(self.run_checks)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.busy = BusyIndicator("checksBusy", box)
        box_layout.addWidget(self.busy)
        self.results = QListWidget(box)
        self.results.setObjectName("checkResults")
        self.results.setAccessibleName(self.tr("Check results"))
        # A detail is a sentence or two: wrapped to the width, never a sideways scroll.
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box_layout.addWidget(self.results)
        self.summary = StatusMessage("checksSummary", self.tr("Check summary"), box)
        box_layout.addWidget(self.summary)
        layout.addWidget(box)
        layout.addStretch(1)

    def _labels(self) -> dict[str, str]:
        return {
            "key": self.tr("Database key"),
            "cipher_integrity": self.tr("Encrypted pages"),
            "integrity": self.tr("Database structure"),
            "schema": self.tr("Schema version"),
            "audit_chain": self.tr("Audit chain"),
            "certificates": self.tr("Role certificates"),
            "attachments": self.tr("Attached documents"),
            "key_rotation": self.tr("Change of the database key"),
            "recovery_card": self.tr("Recovery card"),
            "content_sealing": self.tr("Sealing of clinical text"),
            "server": self.tr("Office server"),
            "row_security": self.tr("Row security"),
            "recovery_login": self.tr("Recovery card on the server"),
        }

    def _intro_text(self, *, on_server: bool) -> str:
        if on_server:
            return self.tr(
                "Runs the same checks as “lk3-desktop check” on the office server: its TLS "
                "certificate, the schema version, the audit chain, the attached documents, "
                "the row security and the recovery card's login."
            )
        return self.tr(
            "Runs the same checks as “lk3-desktop check”: the key, the encryption of "
            "every page, the structure of the database, the schema version and the "
            "audit chain."
        )

    def session_changed(self, session: UserSession | None) -> None:
        on_server = session is not None and session.store.on_server
        self.intro.setText(self._intro_text(on_server=on_server))
        self.results.clear()
        self.summary.clear_message()
        self.busy.stop()
        self.run_button.setEnabled(session is not None)

    def run_checks(self) -> None:
        if self._context.session is None:
            return
        self.results.clear()
        self.summary.clear_message()
        (
            Operation(self._context, self, integrity.checks_for, self._show)
            .busy(self._set_checking)
            .failure_in(self.summary)
            .run()
        )

    def _set_checking(self, checking: bool) -> None:
        self.run_button.setEnabled(not checking and self._context.session is not None)
        if checking:
            self.busy.start(self.tr("Checking the database…"))
        else:
            self.busy.stop()

    def _show(self, lines: list[integrity.CheckLine]) -> None:
        labels = self._labels()
        for line in lines:
            verdict = self.tr("OK") if line.ok else self.tr("PROBLEM")
            name = labels.get(line.name, line.name)
            self.results.addItem(f"{verdict} · {name} · {detail_text(line)}")
        failed = {line.name for line in lines if not line.ok}
        if not failed:
            self.summary.show_good(self.tr("Every check passed."))
        elif failed == {"recovery_card"}:
            # Nothing is wrong with the data: the advice to stop and restore would be false.
            self.summary.show_error(
                self.tr(
                    "The database is sound, but its new recovery card has not been printed or "
                    "saved yet: print it now with Security > Print recovery card again."
                )
            )
        else:
            self.summary.show_error(
                self.tr(
                    "Some checks failed. Make no further changes; restore the newest backup "
                    "or ask for help."
                )
            )
