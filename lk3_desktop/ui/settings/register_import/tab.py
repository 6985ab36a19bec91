"""Pengaturan > Impor (head only): bring the office's existing client register in."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import capped_body
from lk3_desktop.ui.settings.register_import.wizard import ImportWizard


class ImportTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importTab")
        self._context = context
        layout = capped_body(self)
        box = QGroupBox(self.tr("Client register"), self)
        box_layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Bring the clients the office already serves from its Excel or CSV register "
                "(buku register) into LK3 Desktop, once, instead of typing them again. Every "
                "row is checked with the same rules as the client form; rows that do not pass "
                "are listed with the reason and can be saved as a workbook to fix and import "
                "later. People who may already be registered are shown, never merged."
            ),
            box,
        )
        intro.setWordWrap(True)
        box_layout.addWidget(intro)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Import a register…"), box)
        self.start_button.setObjectName("importStart")
        self.start_button.setAccessibleName(self.tr("Import a client register"))
        self.start_button.clicked.connect(self.open_wizard)
        row.addWidget(self.start_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        layout.addWidget(box)
        layout.addStretch(1)

    def session_changed(self, session: UserSession | None) -> None:
        self.start_button.setEnabled(session is not None)

    def open_wizard(self) -> None:
        wizard = ImportWizard(self._context, self)
        dialogs.exec_dialog(wizard)
        wizard.deleteLater()
