"""The Security tab: how the database is protected, one's own password, and (for the head)
the recovery card and the database key.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import accounts, center
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.change_password_dialog import ChangePasswordDialog
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import capped_body
from lk3_desktop.ui.labels import protection_short
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.recovery_card_flow import show_card
from lk3_desktop.ui.style import set_flag, set_role


class SecurityTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityTab")
        self._context = context
        layout = capped_body(self)

        protection_box = QGroupBox(self.tr("Protection of this database"), self)
        protection_layout = QVBoxLayout(protection_box)
        self.protection_title = QLabel(protection_box)
        self.protection_title.setObjectName("protectionModeTitle")
        set_role(self.protection_title, "heading")
        protection_layout.addWidget(self.protection_title)
        self.protection_text = QLabel(protection_box)
        self.protection_text.setObjectName("protectionModeText")
        self.protection_text.setWordWrap(True)
        protection_layout.addWidget(self.protection_text)
        layout.addWidget(protection_box)

        password_box = QGroupBox(self.tr("Your password"), self)
        password_layout = QVBoxLayout(password_box)
        password_text = QLabel(
            self.tr(
                "Use a long password that only you know: three or four unrelated words are "
                "easy to remember and hard to guess."
            ),
            password_box,
        )
        password_text.setWordWrap(True)
        password_layout.addWidget(password_text)
        self.change_password_button = QPushButton(self.tr("Change password…"), password_box)
        self.change_password_button.setObjectName("changePasswordButton")
        self.change_password_button.setAccessibleName(self.tr("Change password"))
        self.change_password_button.clicked.connect(self.change_password)
        password_layout.addLayout(self._left(self.change_password_button))
        layout.addWidget(password_box)

        self.key_box = QGroupBox(self.tr("Recovery card and database key"), self)
        self.key_box.setObjectName("recoveryKeyBox")
        key_layout = QVBoxLayout(self.key_box)
        card_text = QLabel(
            self.tr(
                "The recovery card opens the database when every password is lost or this "
                "computer is replaced. Print it again if the old one is damaged."
            ),
            self.key_box,
        )
        card_text.setWordWrap(True)
        key_layout.addWidget(card_text)
        self.reprint_button = QPushButton(self.tr("Print recovery card again…"), self.key_box)
        self.reprint_button.setObjectName("reprintRecoveryCardButton")
        self.reprint_button.setAccessibleName(self.tr("Print recovery card again"))
        self.reprint_button.clicked.connect(self.reprint_card)
        key_layout.addLayout(self._left(self.reprint_button))
        rotate_text = QLabel(
            self.tr(
                "If the card may have been seen or copied by someone else, change the database "
                "key. The old card then stops working and a new card must be printed at once."
            ),
            self.key_box,
        )
        rotate_text.setWordWrap(True)
        key_layout.addWidget(rotate_text)
        self.rotate_button = QPushButton(self.tr("Change database key…"), self.key_box)
        self.rotate_button.setObjectName("rotateDatabaseKeyButton")
        self.rotate_button.setAccessibleName(self.tr("Change database key"))
        self.rotate_button.clicked.connect(self.rotate_key)
        set_flag(self.rotate_button, "destructive", True)
        key_layout.addLayout(self._left(self.rotate_button))
        layout.addWidget(self.key_box)
        layout.addStretch(1)

    @staticmethod
    def _left(widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- session ----------------------------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        if session is None:
            self.protection_title.clear()
            self.protection_text.clear()
            self.key_box.setVisible(False)
            return
        mode = accounts.protection_mode(session)
        if session.store.on_server:
            self.protection_title.setText(self.tr("Office server"))
            self.protection_text.setText(
                self.tr(
                    "The record is on the office server; nothing of it is kept on this computer. "
                    "Each person signs in with their own login on the server, over a connection "
                    "verified against the office's certificate. Notes, assessments and letters "
                    "are sealed under their case's key before they leave this computer."
                )
            )
        elif mode.workstation_secret:
            self.protection_title.setText(protection_short(True))
            self.protection_text.setText(
                self.tr(
                    "The database is encrypted. Its key is locked with each user's password "
                    "together with a device key kept in this computer's system credential store. "
                    "A copy of the data folder alone cannot be opened, not even by guessing "
                    "passwords. On another computer, the recovery card is needed."
                )
            )
        else:
            self.protection_title.setText(protection_short(False))
            self.protection_text.setText(
                self.tr(
                    "This computer has no system credential store, so the database is protected "
                    "by passwords only. Anyone who copies the data folder (for example from a "
                    "lost backup drive) can try to guess the passwords as often as they like. "
                    "Use long passwords that are hard to guess, and keep backups locked away."
                )
            )
        head = allowed(session.actor.role, Permission.ROTATE_DATABASE_KEY)
        self.key_box.setVisible(head)

    # -- acts -------------------------------------------------------------------------------

    def change_password(self) -> None:
        if self._context.session is None:
            return
        dialog = ChangePasswordDialog(self._context, self, forced=False)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def _ask_password(
        self, *, title: str, text: str, ok_text: str, busy_text: str, rotate: bool
    ) -> str | None:
        action = accounts.rotate_database_key if rotate else accounts.recovery_code
        dialog = PasswordPromptDialog(
            self._context,
            self,
            title=title,
            text=text,
            ok_text=ok_text,
            busy_text=busy_text,
            action=action,
        )
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        code = dialog.result_value if accepted else None
        dialog.deleteLater()
        return code if isinstance(code, str) else None

    def reprint_card(self) -> None:
        code = self._ask_password(
            title=self.tr("Print recovery card again"),
            text=self.tr("Enter your password to show the recovery code."),
            ok_text=self.tr("Show the card"),
            busy_text=self.tr("Checking the password…"),
            rotate=False,
        )
        if code is not None:
            self._show_card(code)

    def rotate_key(self) -> None:
        session = self._context.session
        on_server = session is not None and session.store.on_server
        if on_server:
            what = self.tr(
                "A new database key is given to every active person, and the recovery card's "
                "sign-in on the office server changes with it. The recovery card you have now "
                "stops working at once: print the new card right after the change and destroy "
                "the old one. Everyone's password keeps working."
            )
            busy = self.tr("Changing the database key… Do not close LK3 Desktop.")
        else:
            what = self.tr(
                "The whole database will be encrypted again under a new key. The recovery card "
                "you have now stops working at once: print the new card right after the change "
                "and destroy the old one. Everyone's password keeps working. With many records "
                "this can take a few minutes."
            )
            busy = self.tr("Encrypting the database under the new key… Do not close LK3 Desktop.")
        if not dialogs.confirm(
            self,
            self.tr("Change database key"),
            what,
            ok_text=self.tr("Change the key"),
            destructive=True,
        ):
            return
        code = self._ask_password(
            title=self.tr("Change database key"),
            text=self.tr("Enter your password to change the database key."),
            ok_text=self.tr("Change the key"),
            busy_text=busy,
            rotate=True,
        )
        if code is None:
            return
        # The open store now uses the new key in place; pages that show key state refresh.
        self._context.session_changed.emit()
        self._show_card(code)

    def _show_card(self, code: str) -> None:
        session = self._context.session
        if session is None:
            return
        show_card(self, self._context, code, center.get_center(session))
