"""Setup, last page: the database is made, the recovery card printed or saved, and the head
confirms it is kept safe.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from lk3_desktop.core.errors import KnownError
from lk3_desktop.services import accounts, office_server
from lk3_desktop.services.accounts import InitResult
from lk3_desktop.services.office_server import ServerInitResult
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import BusyIndicator, StatusMessage
from lk3_desktop.ui.labels import protection_explained, protection_short
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.setup_wizard.account_page import AccountPage
from lk3_desktop.ui.setup_wizard.center_page import CenterPage
from lk3_desktop.ui.style import set_flag, set_role


class FinishPage(QWizardPage):
    created = Signal()

    def __init__(
        self,
        context: AppContext,
        center_page: CenterPage,
        account_page: AccountPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("finishPage")
        self.setTitle(self.tr("Recovery card"))
        self.setSubTitle(self.tr("The encrypted database is being created on this computer."))
        self._context = context
        self._center = center_page
        self._account = account_page
        self.result: InitResult | None = None
        self.busy_running = False
        # An office server made on the page before (the wizard's server way), if so.
        self.server_made: Callable[[], ServerInitResult | None] = lambda: None
        self.server_result: ServerInitResult | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.busy = BusyIndicator("setupBusy", self)
        layout.addWidget(self.busy)
        self.error = StatusMessage("setupError", self.tr("Setup error"), self)
        layout.addWidget(self.error)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("setupRetryButton")
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)

        self._build_setup_done_box(layout)

    def _build_setup_done_box(self, layout: QVBoxLayout) -> None:
        self.done_box = QWidget(self)
        self.done_box.setObjectName("setupDoneBox")
        done = QVBoxLayout(self.done_box)
        done.setContentsMargins(0, 0, 0, 0)
        done.setSpacing(6)
        self.protection = QLabel(self.done_box)
        self.protection.setObjectName("protectionModeLabel")
        self.protection.setAccessibleName(self.tr("Data protection"))
        self.protection.setWordWrap(True)
        done.addWidget(self.protection)
        self.protection_detail = QLabel(self.done_box)
        self.protection_detail.setObjectName("protectionModeDetail")
        self.protection_detail.setWordWrap(True)
        set_role(self.protection_detail, "muted")
        done.addWidget(self.protection_detail)
        done.addSpacing(6)

        code_title = QLabel(self.tr("Recovery code"), self.done_box)
        set_role(code_title, "heading")
        done.addWidget(code_title)
        self.code_label = QLabel(self.done_box)
        self.code_label.setObjectName("recoveryCodeLabel")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code_label.setFont(mono)
        set_role(self.code_label, "code")
        done.addWidget(self.code_label)
        explain = QLabel(
            self.tr(
                "With this code the data opens on any computer, even when every password is "
                "forgotten. Print the card or save it as PDF, and keep it locked away from the "
                "computer: whoever holds the card can open the data."
            ),
            self.done_box,
        )
        explain.setWordWrap(True)
        done.addWidget(explain)
        warning = QLabel(
            self.tr(
                "If the card is lost and every password is forgotten, the data is lost for good. "
                "Nobody can open it then, not even the makers of LK3 Desktop."
            ),
            self.done_box,
        )
        warning.setObjectName("dataLossWarning")
        warning.setWordWrap(True)
        set_role(warning, "risk")
        done.addWidget(warning)
        self.card_button = QPushButton(self.tr("Save as PDF or print…"), self.done_box)
        self.card_button.setObjectName("recoveryCardButton")
        self.card_button.setAccessibleName(self.tr("Save or print the recovery card"))
        set_flag(self.card_button, "prominent", True)
        self.card_button.clicked.connect(self.open_card)
        done.addWidget(self.card_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved_check = QCheckBox(
            self.tr("I have saved/printed the recovery card and keep it in a safe place"),
            self.done_box,
        )
        self.saved_check.setObjectName("cardSavedCheck")
        self.saved_check.setAccessibleName(
            self.tr("I have saved/printed the recovery card and keep it in a safe place")
        )
        self.saved_check.toggled.connect(lambda _on: self.completeChanged.emit())
        done.addWidget(self.saved_check)
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        self.done_box.hide()

    def initializePage(self) -> None:
        made = self.server_made()
        if made is not None:
            self._server_created(made)
            return
        if self.result is None and not self.busy_running:
            self.start()

    def _server_created(self, made: ServerInitResult) -> None:
        self.server_result = made
        enrollment = made.enrollment
        self.setSubTitle(self.tr("The office server is ready. One step is left."))
        self.protection.setText(
            self.tr("The office's data: database %3 on the server %1, port %2.")
            .replace("%1", enrollment.host)
            .replace("%2", str(enrollment.port))
            .replace("%3", enrollment.database)
        )
        volume = (
            ""
            if made.volume.verified and made.volume.encrypted
            else " " + self.tr("Put the server's data on an encrypted volume (LUKS, BitLocker).")
        )
        self.protection_detail.setText(
            self.tr(
                "This computer is enrolled with it. Every other computer of the office joins "
                "with the enrollment file (Gabung ke server kantor…); it holds no password."
            )
            + volume
        )
        self.code_label.setText(self._code_lines(made.recovery_code))
        self.done_box.show()
        self.created.emit()
        self.completeChanged.emit()

    def start(self) -> None:
        if self.result is not None or self.busy_running:
            return
        context = self._context
        folder, store = context.data_dir, context.credential_store
        center = self._center.center_input()
        head = self._account.new_account()
        vault = context.make_vault()
        self.error.clear_message()
        self.retry_button.hide()
        (
            Operation.sessionless(
                context,
                self,
                lambda: accounts.initialize(folder, store, center, head, vault=vault),
                self._created,
            )
            .busy(self._set_creating)
            .failure(self._failed)
            .run()
        )

    def _set_creating(self, creating: bool) -> None:
        self.busy_running = creating
        if creating:
            self.busy.start(self.tr("Creating the encrypted database…"))
        else:
            self.busy.stop()

    def _created(self, result: InitResult) -> None:
        self.result = result
        mode = accounts.protection_mode(result.session)
        self.setSubTitle(self.tr("The database has been created. One step is left."))
        self.protection.setText(
            self.tr("Data protection: {mode}").format(
                mode=protection_short(mode.workstation_secret)
            )
        )
        self.protection_detail.setText(protection_explained(mode.workstation_secret))
        self.code_label.setText(self._code_lines(result.recovery_code))
        self.done_box.show()
        self.created.emit()
        self.completeChanged.emit()

    @staticmethod
    def _code_lines(code: str, per_line: int = 5) -> str:
        groups = code.split("-")
        return "\n".join(
            "-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)
        )

    def _failed(self, exc: BaseException) -> None:
        self.completeChanged.emit()
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(message_for(exc))
        self.retry_button.show()

    def open_card(self) -> None:
        from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog

        result, made = self.result, self.server_result
        server: str | None = None
        if result is not None:
            code, office_code = result.recovery_code, result.recovery_key_code
            database_id, root = result.session.store.database_id, result.root_fingerprint
        elif made is not None:
            code, office_code = made.recovery_code, made.recovery_key_code
            database_id, root = made.enrollment.database_id, made.root_fingerprint
            server = office_server.address(made.enrollment)
        else:
            return
        center = self._center.center_input()
        dialog = RecoveryCardDialog(
            self,
            center_name=center.name,
            code=code,
            database_id=database_id,
            head_name=center.head_name or None,
            office_code=office_code or None,
            root_fingerprint=root,
            server=server,
        )
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def isComplete(self) -> bool:
        made = self.result is not None or self.server_result is not None
        return made and self.saved_check.isChecked()
