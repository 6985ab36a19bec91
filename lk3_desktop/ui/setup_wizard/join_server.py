"""Setup, the other way: this computer joins the office server (DESIGN.md "Office server
mode"). The head made the server once (``lk3-desktop server init``) and hands every
workstation the enrollment file it wrote; choosing it here makes this data folder the
workstation's profile, and the sign-in window follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import KnownError
from lk3_desktop.services import office_server
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.style import set_role


class JoinServerDialog(QDialog):
    """Choose the enrollment file; Daftarkan makes the data folder this workstation's."""

    def __init__(self, context: AppContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinServerDialog")
        self.setWindowTitle(self.tr("Join the office server"))
        self.setAccessibleName(self.tr("Join the office server"))
        self._context = context
        self._folder = folder
        self.enrollment: office_server.Enrollment | None = None

        layout = QVBoxLayout(self)
        lead = QLabel(
            self.tr(
                "In an office where several computers work on one record, the head sets up "
                "the office server once (lk3-desktop server init) and gives every computer "
                "its enrollment file (.lk3server). Choose that file: this computer then signs "
                "in to the office server, and nothing of the record is kept on it."
            ),
            self,
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("enrollmentPathField")
        self.path.setAccessibleName(self.tr("Enrollment file"))
        self.path.setPlaceholderText(self.tr("The enrollment file from the head (.lk3server)"))
        self.path.textChanged.connect(lambda _t: self._read())
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.setObjectName("enrollmentBrowseButton")
        browse.setAccessibleName(self.tr("Choose the enrollment file"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.server_line = QLabel(self)
        self.server_line.setObjectName("enrollmentServerLine")
        set_role(self.server_line, "muted")
        self.server_line.setWordWrap(True)
        layout.addWidget(self.server_line)
        self.message = FieldMessage(
            "enrollmentMessage", self.tr("Enrollment message"), self, lines=2
        )
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.join_button = buttons.addButton(
            self.tr("Enroll this computer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setObjectName("enrollButton")
        self.join_button.setAccessibleName(self.tr("Enroll this computer"))
        self.join_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("enrollCancelButton")
        buttons.accepted.connect(self._join)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def _browse(self) -> None:
        chosen = dialogs.choose_open_file(
            self,
            self.tr("Enrollment file"),
            self.tr("LK3 enrollment (*.lk3server);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _read(self) -> None:
        self.enrollment = None
        self.join_button.setEnabled(False)
        self.server_line.clear()
        self.message.clear_message()
        typed = self.path.text().strip()
        if not typed:
            return
        try:
            enrollment = office_server.read_enrollment_file(Path(typed))
        except KnownError:
            self.message.show_error(
                self.tr("This is not an LK3 enrollment file. Choose the file the head gave.")
            )
            return
        self.enrollment = enrollment
        self.server_line.setText(
            self.tr("Office server %1, port %2, database %3; TLS verified against its CA.")
            .replace("%1", enrollment.host)
            .replace("%2", str(enrollment.port))
            .replace("%3", enrollment.database)
        )
        self.join_button.setEnabled(True)

    def _join(self) -> None:
        if self.enrollment is None:
            return
        try:
            # Two small files written: no need for the lane.
            office_server.enroll(self._folder, self.enrollment, self._context.credential_store)
        except KnownError as exc:
            self.message.show_error(message_for(exc))
            return
        self.accept()
