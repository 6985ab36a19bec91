"""Sign-in: username and password, or the recovery card when this computer cannot open the key.

Everything slow (key derivation, opening and upgrading the database) runs on the lane; the
window shows that it is busy. A failure keeps what was typed in the username field and clears
only the password. When this computer lacks its device key (new computer, reinstalled system)
or the system credential store refuses, the window says so and offers the recovery card.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import (
    CredentialStoreUnavailable,
    DatabaseCorrupt,
    KeyFileDamaged,
    KnownError,
    LoginThrottled,
    NotAnLk3Database,
    WorkstationSecretMissing,
)
from lk3_desktop.core.roles import Role
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.countdown import ButtonCountdown
from lk3_desktop.ui.dates import datetime_text
from lk3_desktop.ui.field_feedback import BusyIndicator, FieldMessage, StatusMessage
from lk3_desktop.ui.forms import column, form_layout, link_labels
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, ignore
from lk3_desktop.ui.password_strength import PasswordStrength
from lk3_desktop.ui.sealing_progress import SealingWatch
from lk3_desktop.ui.style import set_flag, set_role

if TYPE_CHECKING:
    # The services (and with them SQLAlchemy and the models) are imported where they are
    # called, on the lane after the window is up, or by the preload while a person types:
    # the window shows before the database stack loads (benchmarks: cold_start).
    from lk3_desktop.services import backup as backups
    from lk3_desktop.services.accounts import RecoveredStore
    from lk3_desktop.services.context import UserSession
    from lk3_desktop.ui.recovery_card_flow import PendingCard

APP_TITLE = "LK3 Desktop"


def _accounts() -> Any:
    from lk3_desktop.services import accounts

    return accounts


def _backups() -> Any:
    from lk3_desktop.services import backup

    return backup


def _card_flow() -> Any:
    from lk3_desktop.ui import recovery_card_flow

    return recovery_card_flow


def _holds_database(folder: Path) -> bool:
    from lk3_desktop.services.data_folder import holds_database

    return holds_database(folder)


def _close_quietly(recovered: RecoveredStore) -> None:
    recovered.store.close()


class LoginWindow(QWidget):
    """The first window of a set-up data folder."""

    signed_in = Signal()  # context.session holds the signed-in session

    SIGN_IN, RECOVERY_CODE, RECOVERY_PASSWORD = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowTitle(APP_TITLE)
        self.setAccessibleName(self.tr("Sign in to LK3 Desktop"))
        self._context = context
        self._busy = False
        self._recovered: RecoveredStore | None = None
        self.sealing = SealingWatch(self)  # a head's first sign-in after an upgrade

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.setSpacing(6)
        title = QLabel(APP_TITLE, self)
        title.setObjectName("loginTitle")
        set_role(title, "title")
        subtitle = QLabel(self.tr("Encrypted case record of the LK3 family counseling center"))
        subtitle.setObjectName("loginSubtitle")
        subtitle.setWordWrap(True)
        set_role(subtitle, "subtitle")
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(14)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("loginStack")
        self.stack.addWidget(self._build_sign_in())
        self.stack.addWidget(self._build_recovery_code())
        self.stack.addWidget(self._build_recovery_password())
        layout.addWidget(self.stack, 1)

        self.busy = BusyIndicator("loginBusy", self)
        layout.addWidget(self.busy)

        save = QShortcut(QKeySequence("Ctrl+S"), self)
        save.activated.connect(self._submit_current)
        save.setWhatsThis(self.tr("Sign in, or go on with the step at hand"))
        self.setMinimumWidth(600)
        self.resize(660, 440)

    # -- building ---------------------------------------------------------------------------

    def _line(self, name: str, accessible: str, parent: QWidget) -> QLineEdit:
        field = QLineEdit(parent)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        return field

    def _build_sign_in(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("signInPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = form_layout()
        self.username = self._line("usernameField", self.tr("Username"), page)
        self.username.setMaxLength(64)
        self.password = self._line("passwordField", self.tr("Password"), page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        link_labels(form)
        layout.addLayout(form)

        self.error = StatusMessage("loginError", self.tr("Sign-in error"), page)
        layout.addWidget(self.error)

        row = QHBoxLayout()
        self.forgot_button = QPushButton(self.tr("Forgot your password?"), page)
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setAccessibleName(self.tr("Forgot your password?"))
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_role(self.forgot_button, "link")
        self.forgot_button.clicked.connect(self._show_forgot_help)
        self.login_button = QPushButton(self.tr("Sign in"), page)
        self.login_button.setObjectName("loginButton")
        self.login_button.setAccessibleName(self.tr("Sign in"))
        self.login_button.setDefault(True)
        self.login_button.setMinimumWidth(120)
        set_flag(self.login_button, "prominent", True)
        self.login_button.clicked.connect(self.submit_login)
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.login_button)
        layout.addLayout(row)
        layout.addSpacing(10)

        self.forgot_help = QLabel(
            self.tr(
                "Counselors and staff: ask the head of the center to set a new password for "
                "you. The head of the center: use the recovery card."
            ),
            page,
        )
        self.forgot_help.setObjectName("forgotHelp")
        self.forgot_help.setWordWrap(True)
        set_role(self.forgot_help, "muted")
        self.forgot_help.hide()
        layout.addWidget(self.forgot_help)

        self.recovery_button = QPushButton(self.tr("Use the recovery card"), page)
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setAccessibleName(self.tr("Use the recovery card"))
        self.recovery_button.clicked.connect(self.show_recovery)
        self.recovery_button.hide()
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._login_countdown = ButtonCountdown(self.login_button, self.error.clear_message)

        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit_login)
        self.password.textChanged.connect(lambda _t: self._clear_login_error())
        self.username.textChanged.connect(lambda _t: self._clear_login_error())
        return page

    def _build_recovery_code(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("recoveryCodePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        heading = QLabel(self.tr("Open with the recovery card"), page)
        set_role(heading, "heading")
        layout.addWidget(heading)
        text = QLabel(
            self.tr(
                "Type the code printed on the recovery card. Spaces, dashes and small or "
                "capital letters do not matter."
            ),
            page,
        )
        text.setWordWrap(True)
        set_role(text, "muted")
        layout.addWidget(text)
        self.code_field = self._line("recoveryCodeField", self.tr("Recovery code"), page)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(self.font().pointSizeF(), 10.0))
        self.code_field.setFont(mono)
        self.code_field.setPlaceholderText("ABCD-EFGH-…")
        self.code_field.returnPressed.connect(self.submit_code)
        layout.addWidget(self.code_field)
        office_label = QLabel(
            self.tr(
                "Second code on the card (office recovery key): it opens the sealed clinical "
                "records and certifies the head's new keys."
            ),
            page,
        )
        office_label.setWordWrap(True)
        set_role(office_label, "muted")
        layout.addWidget(office_label)
        self.office_code_field = self._line(
            "recoveryOfficeCodeField", self.tr("Office recovery key code"), page
        )
        self.office_code_field.setFont(mono)
        self.office_code_field.setPlaceholderText("ABCD-EFGH-…")
        self.office_code_field.returnPressed.connect(self.submit_code)
        layout.addWidget(self.office_code_field)
        self.code_error = FieldMessage("recoveryCodeError", self.tr("Recovery code error"), page)
        self.code_field.textChanged.connect(lambda _t: self.code_error.clear_message())
        self.office_code_field.textChanged.connect(lambda _t: self.code_error.clear_message())
        layout.addWidget(self.code_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.code_back = QPushButton(self.tr("Back"), page)
        self.code_back.setObjectName("recoveryBackButton")
        self.code_back.setAccessibleName(self.tr("Back"))
        self.code_back.clicked.connect(self.show_sign_in)
        self.code_button = QPushButton(self.tr("Open with the card"), page)
        self.code_button.setObjectName("recoveryOpenButton")
        self.code_button.setAccessibleName(self.tr("Open with the card"))
        set_flag(self.code_button, "prominent", True)
        self.code_button.clicked.connect(self.submit_code)
        row.addWidget(self.code_back)
        row.addStretch(1)
        row.addWidget(self.code_button)
        layout.addLayout(row)
        return page

    def _build_recovery_password(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("recoveryPasswordPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        heading = QLabel(self.tr("Set a new password"), page)
        set_role(heading, "heading")
        layout.addWidget(heading)
        text = QLabel(
            self.tr(
                "The recovery card opened the database. Choose the head of the center's account "
                "and give it a new password. Afterwards, other users may need a new password "
                "from the head of the center."
            ),
            page,
        )
        text.setWordWrap(True)
        set_role(text, "muted")
        layout.addWidget(text)

        form = form_layout()
        self.head_combo = ComboBox(page)
        self.head_combo.setObjectName("recoveryHeadCombo")
        self.head_combo.setAccessibleName(self.tr("Head of the center's account"))
        self.new_password = self._line("recoveryNewPasswordField", self.tr("New password"), page)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = PasswordStrength(
            self.new_password,
            self._recovery_user_inputs,
            object_name="recoveryStrength",
            parent=page,
        )
        self.repeat_password = self._line(
            "recoveryRepeatPasswordField", self.tr("Repeat the new password"), page
        )
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_error = FieldMessage("recoveryRepeatError", self.tr("Repeat error"), page)
        form.addRow(self.tr("Account"), self.head_combo)
        form.addRow(self.tr("New password"), column(page, self.new_password, self.strength))
        form.addRow(
            self.tr("Repeat password"), column(page, self.repeat_password, self.repeat_error)
        )
        link_labels(form)
        layout.addLayout(form)
        self.recovery_error = StatusMessage("recoveryError", self.tr("Recovery error"), page)
        layout.addWidget(self.recovery_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.recovery_cancel = QPushButton(self.tr("Cancel"), page)
        self.recovery_cancel.setObjectName("recoveryCancelButton")
        self.recovery_cancel.setAccessibleName(self.tr("Cancel"))
        self.recovery_cancel.clicked.connect(self._cancel_recovery)
        self.recovery_submit = QPushButton(self.tr("Save and sign in"), page)
        self.recovery_submit.setObjectName("recoverySaveButton")
        self.recovery_submit.setAccessibleName(self.tr("Save and sign in"))
        set_flag(self.recovery_submit, "prominent", True)
        self.recovery_submit.clicked.connect(self.submit_new_password)
        row.addWidget(self.recovery_cancel)
        row.addStretch(1)
        row.addWidget(self.recovery_submit)
        layout.addLayout(row)

        self.new_password.textChanged.connect(lambda _t: self._check_repeat())
        self.repeat_password.textChanged.connect(lambda _t: self._check_repeat())
        self.repeat_password.returnPressed.connect(self.submit_new_password)
        self.head_combo.currentIndexChanged.connect(lambda _i: self.strength.refresh_now())
        return page

    # -- navigation -------------------------------------------------------------------------

    def show_sign_in(self) -> None:
        if self._busy:
            return
        self.stack.setCurrentIndex(self.SIGN_IN)
        (self.password if self.username.text() else self.username).setFocus()

    def show_recovery(self) -> None:
        if self._busy:
            return
        self.code_error.clear_message()
        self.stack.setCurrentIndex(self.RECOVERY_CODE)
        self.code_field.setFocus()

    def _show_forgot_help(self) -> None:
        self.forgot_help.show()
        self.recovery_button.show()

    def _submit_current(self) -> None:
        page = self.stack.currentIndex()
        if page == self.SIGN_IN:
            self.submit_login()
        elif page == self.RECOVERY_CODE:
            self.submit_code()
        else:
            self.submit_new_password()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._busy:
            page = self.stack.currentIndex()
            if page == self.RECOVERY_CODE:
                self.show_sign_in()
                return
            if page == self.RECOVERY_PASSWORD:
                self._cancel_recovery()
                return
        super().keyPressEvent(event)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.stack.setEnabled(not busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()

    def _busy_with(self, text: str) -> Callable[[bool], None]:
        """The window held still, saying ``text``, while a call runs."""
        return lambda busy: self._set_busy(busy, text)

    # -- signing in -------------------------------------------------------------------------

    def _clear_login_error(self) -> None:
        if not self._login_countdown.running:
            self.error.clear_message()

    def submit_login(self) -> None:
        if self._busy or self._login_countdown.running:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self.error.show_error(self.tr("Enter your username."))
            self.username.setFocus()
            return
        if not password:
            self.error.show_error(self.tr("Enter your password."))
            self.password.setFocus()
            return
        context = self._context
        folder, store = context.data_dir, context.credential_store
        vault = context.make_vault()
        self.error.clear_message()
        progress = self.sealing.report
        self.sealing.start()
        (
            Operation.sessionless(
                context,
                self,
                lambda: _accounts().login(
                    folder, store, username, password, vault=vault, progress=progress
                ),
                lambda session: self._login_done(session, password),
            )
            .busy(self._busy_with(self.tr("Opening the database…")))
            .failure(lambda exc: self._login_failed(exc, username, password))
            .run()
        )

    def _login_done(self, session: UserSession, password: str = "") -> None:
        self.sealing.finish()
        self.password.clear()
        self._finish_sign_in(session, password)

    def _login_failed(self, exc: BaseException, username: str = "", password: str = "") -> None:
        self.sealing.finish()
        if not isinstance(exc, KnownError):
            raise exc
        self.password.clear()  # the username stays as typed
        self.error.show_error(message_for(exc))
        damaged = isinstance(exc, DatabaseCorrupt | NotAnLk3Database)
        if (
            damaged
            and not isinstance(exc, KeyFileDamaged)
            and password
            and _holds_database(self._context.data_dir)
        ):
            # The password opened its key slot, so the database file itself is damaged.
            self.offer_restore(username, password)
            return
        if isinstance(exc, WorkstationSecretMissing | CredentialStoreUnavailable | KeyFileDamaged):
            self.recovery_button.show()
            set_flag(self.recovery_button, "prominent", True)
            self.recovery_button.setFocus()
            return
        if isinstance(exc, LoginThrottled):
            self._login_countdown.start(exc.retry_after)
        self.password.setFocus()

    def _finish_sign_in(self, session: UserSession, password: str = "") -> None:
        """Signed in: a temporary password must be replaced before anything else (the one
        just typed is not asked for again)."""
        self._context.set_session(session)
        if session.actor.must_change_password:
            from lk3_desktop.ui.change_password_dialog import ChangePasswordDialog

            dialog = ChangePasswordDialog(
                self._context, self, forced=True, current_password=password
            )
            result = dialogs.exec_dialog(dialog)
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted or self._context.session is None:
                current = self._context.session or session
                self._context.set_session(None)
                (
                    Operation.sessionless(self._context, self, lambda: _logout(current), ignore)
                    .failure(ignore)
                    .run()
                )
                self.show_sign_in()
                self.error.show_hint(
                    self.tr("Choose your own password to continue. Sign in again when ready.")
                )
                return
        self.recovery_button.hide()
        self.forgot_help.hide()
        self.error.clear_message()
        if session.actor.role is not Role.KEPALA:
            self.signed_in.emit()
            return
        # A head first prints the recovery card a key change left unprinted, if any.
        (
            Operation.sessionless(
                self._context,
                self,
                lambda: _card_flow().pending_card(session),
                self._pending_card_ready,
            )
            .busy(self._busy_with(self.tr("Opening the database…")))
            .failure(self._pending_card_failed)
            .run()
        )

    def _pending_card_ready(self, card: PendingCard | None) -> None:
        if card is not None and self._context.session is not None:
            flow = _card_flow()
            flow.show_card(self, self._context, card.code, card.center, flow.pending_notice())
        self.signed_in.emit()

    def _pending_card_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.signed_in.emit()  # the reminder comes again at the next sign-in

    # -- a damaged database ----------------------------------------------------------------

    def offer_restore(self, username: str, password: str) -> None:
        """Say the database file is damaged; offer to restore a backup with this password."""
        if not dialogs.confirm(
            self,
            self.tr("The database is damaged"),
            self.tr(
                "The database file in this data folder is damaged and cannot be opened. You "
                "can restore it from a backup: the damaged file is kept in a folder beside "
                "the data folder, not deleted."
            ),
            ok_text=self.tr("Restore from a backup…"),
        ):
            return
        chosen = dialogs.choose_open_file(
            self, self.tr("Restore from a backup"), self.tr("LK3 backup (*.lk3backup)")
        )
        if not chosen:
            return
        path = Path(chosen)
        (
            Operation.sessionless(
                self._context,
                self,
                lambda: _backups().describe_backup(path),  # a damaged file is refused before asking
                lambda info: self._confirm_restore(info, username, password),
            )
            .busy(self._busy_with(self.tr("Checking the backup…")))
            .failure(self._restore_failed)
            .run()
        )

    def _confirm_restore(self, info: backups.BackupInfo, username: str, password: str) -> None:
        """The file's seal held: unlock it with the password just typed, then name it
        (date, center, schema, database, file; another database said first) before it
        replaces anything; the same confirmation as the Backup tab's restore."""
        context = self._context
        folder, store, factory = context.data_dir, context.credential_store, context.vault_factory
        path = info.path
        (
            Operation.sessionless(
                context,
                self,
                lambda: _backups().prepare_restore_with_password(
                    path, folder, store, username, password, vault_factory=factory
                ),
                lambda staged: self._ask_restore(staged, username, password),
            )
            .busy(self._busy_with(self.tr("Checking the backup…")))
            .failure(self._restore_failed)
            .run()
        )

    def _ask_restore(self, staged: backups.StagedRestore, username: str, password: str) -> None:
        from lk3_desktop.ui.settings.backup_tab import confirm_restore

        consequence = self.tr(
            "The damaged database is replaced by this backup: whatever was entered after %1 is "
            "not in it. The damaged files are kept in a folder beside the data folder. You are "
            "then signed in."
        )
        if not confirm_restore(
            self,
            staged.info,
            consequence,
            self.tr("Restore and sign in"),
            other_database=staged.other_database,
        ):
            Operation.sessionless(self._context, self, staged.discard, ignore).failure(ignore).run()
            self.password.setFocus()  # the damaged-database sentence stays
            return
        context = self._context
        folder, store, factory = context.data_dir, context.credential_store, context.vault_factory

        progress = self.sealing.report  # a backup from before an upgrade is sealed at once

        def restore_and_sign_in() -> tuple[UserSession, backups.RestoreResult]:
            restored = staged.commit(accept_other_database=True)  # agreed to above
            vault = factory(folder, store)
            session = _accounts().login(
                folder, store, username, password, vault=vault, progress=progress
            )
            return session, restored

        self.error.clear_message()
        self.sealing.start()
        (
            Operation.sessionless(context, self, restore_and_sign_in, self._restored)
            .busy(self._busy_with(self.tr("Restoring the backup…")))
            .failure(self._restore_failed)
            .run()
        )

    def _restored(self, result: tuple[UserSession, backups.RestoreResult]) -> None:
        self.sealing.finish()
        session, restored = result
        self.password.clear()
        made = datetime_text(restored.info.created_at)
        aside = restored.moved_aside.name if restored.moved_aside else ""
        dialogs.inform(
            self,
            self.tr("Restored from a backup"),
            self.tr(
                "The backup of %1 was restored. Whatever was entered after that is not in the "
                "database; the damaged files are kept in the folder %2."
            )
            .replace("%1", made)
            .replace("%2", aside),
        )
        self._finish_sign_in(session)

    def _restore_failed(self, exc: BaseException) -> None:
        self.sealing.finish()
        if not isinstance(exc, KnownError):
            raise exc
        self.password.clear()
        self.error.show_error(message_for(exc))
        self.password.setFocus()

    # -- recovery card ----------------------------------------------------------------------

    def submit_code(self) -> None:
        if self._busy:
            return
        code = self.code_field.text()
        office_code = self.office_code_field.text().strip() or None
        if not code.strip():
            self.code_error.show_error(self.tr("Type the code from the recovery card."))
            return
        context = self._context
        folder, store = context.data_dir, context.credential_store
        vault = context.make_vault()
        (
            Operation.sessionless(
                context,
                self,
                lambda: _accounts().recovery_unlock(
                    folder, store, code, vault=vault, office_code=office_code
                ),
                self._code_done,
            )
            .busy(self._busy_with(self.tr("Opening the database with the recovery card…")))
            .failure(self._code_failed)
            .run()
        )

    def _code_done(self, recovered: RecoveredStore) -> None:
        self.code_field.clear()
        self.office_code_field.clear()
        if not recovered.heads:
            (
                Operation.sessionless(
                    self._context, self, lambda: _close_quietly(recovered), ignore
                )
                .failure(ignore)
                .run()
            )
            self.code_error.show_error(
                self.tr("The database has no active head of the center account to recover.")
            )
            return
        self._recovered = recovered
        self.head_combo.clear()
        for head in recovered.heads:
            self.head_combo.addItem(f"{head.full_name} ({head.username})", head.id)
        self.new_password.clear()
        self.repeat_password.clear()
        self.recovery_error.clear_message()
        self.stack.setCurrentIndex(self.RECOVERY_PASSWORD)
        self.new_password.setFocus()

    def _code_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.code_error.show_error(message_for(exc))  # the code stays, to be corrected
        self.code_field.setFocus()

    def _recovery_user_inputs(self) -> list[str]:
        recovered = self._recovered
        if recovered is None:
            return []
        user_id = self.head_combo.currentData()
        for head in recovered.heads:
            if head.id == user_id:
                return [head.username, head.full_name, *recovered.office_words]
        return list(recovered.office_words)

    def _check_repeat(self) -> bool:
        new, repeat = self.new_password.text(), self.repeat_password.text()
        if repeat and repeat != new and not new.startswith(repeat):
            self.repeat_error.show_error(self.tr("The two passwords are not the same."))
            return False
        self.repeat_error.clear_message()
        return bool(repeat) and repeat == new

    def submit_new_password(self) -> None:
        recovered = self._recovered
        if self._busy or recovered is None:
            return
        verdict = self.strength.refresh_now()
        same = self._check_repeat()
        if verdict is None or not verdict.acceptable:
            self.new_password.setFocus()
            return
        if not same:
            self.repeat_error.show_error(self.tr("The two passwords are not the same."))
            self.repeat_password.setFocus()
            return
        user_id = int(self.head_combo.currentData())
        password = self.new_password.text()
        (
            Operation.sessionless(
                self._context,
                self,
                lambda: _accounts().complete_recovery(recovered, user_id, password),
                self._recovery_done,
            )
            .busy(self._busy_with(self.tr("Saving the new password…")))
            .failure(self._recovery_failed)
            .run()
        )

    def _recovery_done(self, session: UserSession) -> None:
        self._recovered = None
        self.new_password.clear()
        self.repeat_password.clear()
        self.head_combo.clear()
        self.stack.setCurrentIndex(self.SIGN_IN)
        self._finish_sign_in(session)

    def _recovery_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.recovery_error.show_error(message_for(exc))

    def _cancel_recovery(self) -> None:
        if self._busy:
            return
        typed = bool(self.new_password.text() or self.repeat_password.text())
        if typed and not dialogs.confirm(
            self,
            self.tr("Cancel recovery"),
            self.tr("Discard the new password you typed and go back to signing in?"),
            ok_text=self.tr("Discard"),
            cancel_text=self.tr("Keep typing"),
        ):
            return
        self._release_recovered()
        self.new_password.clear()
        self.repeat_password.clear()
        self.show_sign_in()

    def _release_recovered(self) -> None:
        recovered, self._recovered = self._recovered, None
        if recovered is not None:
            (
                Operation.sessionless(
                    self._context, self, lambda: _close_quietly(recovered), ignore
                )
                .failure(ignore)
                .run()
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        self._release_recovered()
        super().closeEvent(event)


def _logout(session: UserSession) -> None:
    try:
        _accounts().logout(session)
    finally:
        session.store.close()
