"""Setup for an office server (issue 19 item 2): the same as ``lk3-desktop server init``,
from the wizard. After the center's profile and the head's account, this page asks where the
PostgreSQL server is and for its superuser; "Buat server kantor" makes the office's database
there on the lane (a step line says which part runs), writes the enrollment file for the other
computers and enrolls this one. A failure is one sentence under the fields, which keep what
was typed."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lk3_desktop.core.errors import KnownError, ServerUnreachable, WrongPassword
from lk3_desktop.services import office_server
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import BusyIndicator, FieldMessage, StatusMessage
from lk3_desktop.ui.forms import column, form_layout, relayout
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.setup_wizard.account_page import AccountPage
from lk3_desktop.ui.setup_wizard.center_page import CenterPage
from lk3_desktop.ui.setup_wizard.fields import _line, _relayouts, _required
from lk3_desktop.ui.style import set_role

DATABASE_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DEFAULT_PORT = 5432


class _Steps(QObject):
    """Carries init_server's steps from the lane to the page (a queued signal)."""

    step = Signal(str)


class ServerPage(QWizardPage):
    def __init__(
        self,
        context: AppContext,
        center_page: CenterPage,
        account_page: AccountPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverPage")
        self.setTitle(self.tr("The office server"))
        self.setSubTitle(
            self.tr(
                "The record of the whole office is kept in a PostgreSQL database on the office "
                "server. Fields marked * are required."
            )
        )
        self._context = context
        self._center = center_page
        self._account = account_page
        self.result: office_server.ServerInitResult | None = None
        self.busy_running = False
        self._steps = _Steps(self)
        self._steps.step.connect(self._show_step)

        outer = QVBoxLayout(self)
        outer.addLayout(self._build_form())

        note = QLabel(
            self.tr(
                "The superuser's password is used only now and is not kept. Names and "
                "identifiers stay searchable on the server: keep its data on an encrypted "
                "volume (LUKS, BitLocker)."
            ),
            self,
        )
        note.setObjectName("serverNote")
        note.setWordWrap(True)
        set_role(note, "muted")
        outer.addWidget(note)
        self.busy = BusyIndicator("serverBusy", self)
        outer.addWidget(self.busy)
        self.error = StatusMessage("serverError", self.tr("Office server error"), self)
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the office server"))

    def _build_form(self) -> QFormLayout:
        form = form_layout()
        self.host = _line(self, "serverHostField", self.tr("Server address"))
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.host_error = FieldMessage(
            "serverHostError", self.tr("Server address error"), self, lines=2
        )
        form.addRow(_required(self.tr("Server address")), column(self, self.host, self.host_error))
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPortField")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(120)
        form.addRow(_required(self.tr("Port")), self.port)
        self.database = _line(self, "serverDatabaseField", self.tr("Database name"))
        self.database.setText("lk3_kantor")
        self.database.setMaximumWidth(300)
        self.database_error = FieldMessage(
            "serverDatabaseError", self.tr("Database name error"), self
        )
        form.addRow(
            _required(self.tr("Database name")),
            column(self, self.database, self.database_error),
        )
        self.superuser = _line(self, "serverSuperuserField", self.tr("Server superuser"))
        self.superuser.setText("postgres")
        self.superuser.setMaximumWidth(300)
        form.addRow(_required(self.tr("Server superuser")), self.superuser)
        self.password = _line(
            self, "serverPasswordField", self.tr("Password of the server superuser")
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(300)
        self.password_error = FieldMessage(
            "serverPasswordError", self.tr("Superuser password error"), self, lines=2
        )
        form.addRow(
            _required(self.tr("Superuser password")),
            column(self, self.password, self.password_error),
        )
        self._build_enrollment_row(form)
        return form

    def _build_enrollment_row(self, form: QFormLayout) -> None:
        row = QHBoxLayout()
        self.enrollment_path = _line(self, "serverEnrollmentField", self.tr("Enrollment file"))
        self.enrollment_path.setText(str(Path.home() / "kantor.lk3server"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("serverEnrollmentBrowse")
        browse.setAccessibleName(self.tr("Choose where to save the enrollment file"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.enrollment_path, 1)
        row.addWidget(browse)
        holder = QWidget(self)
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr("Every other computer of the office joins the server with this file."),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        form.addRow(_required(self.tr("Enrollment file")), column(self, holder, hint))

    def _browse(self) -> None:
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Enrollment file"),
            self.enrollment_path.text(),
            self.tr("LK3 enrollment (*.lk3server)"),
            "lk3server",
        )
        if chosen:
            self.enrollment_path.setText(chosen)

    # -- checks -------------------------------------------------------------------------------

    @_relayouts
    def _check_fields(self) -> bool:
        ok = True
        self.host_error.clear_message()
        self.database_error.clear_message()
        self.password_error.clear_message()
        self.error.clear_message()
        if not self.host.text().strip():
            self.host_error.show_error(self.tr("Type the server's address."))
            ok = False
        if not DATABASE_RE.match(self.database.text().strip()):
            self.database_error.show_error(
                self.tr("Lower-case letters, digits and _ only, starting with a letter.")
            )
            ok = False
        if not self.password.text():
            self.password_error.show_error(self.tr("Type the superuser's password."))
            ok = False
        if not self.superuser.text().strip() or not self.enrollment_path.text().strip():
            self.error.show_error(self.tr("Fill in every field marked *."))
            ok = False
        return ok

    def target(self) -> office_server.ServerTarget:
        return office_server.ServerTarget(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            superuser=self.superuser.text().strip(),
            password=self.password.text(),
        )

    # -- creating -------------------------------------------------------------------------------

    def validatePage(self) -> bool:
        """Leaving the page is making the server: on the lane; the page moves on when done."""
        if self.result is not None:
            return True
        if self.busy_running or not self._check_fields():
            return False
        self.start()
        return False

    def start(self) -> None:
        context = self._context
        target = self.target()
        center = self._center.center_input()
        head = self._account.new_account()
        folder, store = context.data_dir, context.credential_store
        out = Path(self.enrollment_path.text().strip()).expanduser()
        steps = self._steps.step
        (
            Operation.sessionless(
                context,
                self,
                lambda: office_server.init_and_enroll(
                    target, center, head, folder, out, store, progress=steps.emit
                ),
                self._created,
            )
            .busy(self._set_busy)
            .failure(self._failed)
            .run()
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy_running = busy
        for field in (self.host, self.port, self.database, self.superuser, self.password):
            field.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton):
                wizard.button(which).setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Connecting to the office server…"))
        else:
            self.busy.stop()

    def _show_step(self, name: str) -> None:
        if not self.busy_running:
            return
        texts = {
            office_server.STEP_SERVER: self.tr(
                "Checking the server, making the office's certificates and turning on TLS…"
            ),
            office_server.STEP_SCHEMA: self.tr(
                "Making the database: every table, the roles and row security…"
            ),
            office_server.STEP_OFFICE: self.tr("Making the office and the head's account…"),
        }
        self.busy.start(texts.get(name, ""))

    def _created(self, result: office_server.ServerInitResult) -> None:
        self.result = result
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        target = self.target()
        if isinstance(exc, WrongPassword):
            self.password_error.show_error(
                self.tr("The server refused this superuser and password. Check both and try again.")
            )
            self.password.setFocus()
        elif isinstance(exc, ServerUnreachable):
            self.host_error.show_error(
                self.tr(
                    "No PostgreSQL server answers at %1, port %2. Check the address and the "
                    "port, and that the server is running."
                )
                .replace("%1", target.host)
                .replace("%2", str(target.port))
            )
            self.host.setFocus()
        elif getattr(exc, "code", "") == "server.database_exists":
            self.database_error.show_error(message_for(exc))
            self.database.setFocus()
        else:
            self.error.show_error(message_for(exc))
        relayout(self)
