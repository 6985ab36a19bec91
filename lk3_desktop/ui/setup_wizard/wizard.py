"""The setup wizard that makes a new office's data folder, page after page."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from lk3_desktop.services import office_server
from lk3_desktop.services.accounts import InitResult
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.setup_wizard.account_page import AccountPage
from lk3_desktop.ui.setup_wizard.center_page import CenterPage
from lk3_desktop.ui.setup_wizard.finish_page import FinishPage
from lk3_desktop.ui.setup_wizard.server_page import ServerPage


class SetupWizard(QWizard):
    """On Finish, ``context.session`` holds the signed-in head."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up LK3 Desktop"))
        self.setAccessibleName(self.tr("Set up LK3 Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create database"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for which, name in (
            (QWizard.WizardButton.BackButton, "wizardBackButton"),
            (QWizard.WizardButton.NextButton, "wizardNextButton"),
            (QWizard.WizardButton.CommitButton, "wizardCommitButton"),
            (QWizard.WizardButton.FinishButton, "wizardFinishButton"),
            (QWizard.WizardButton.CancelButton, "wizardCancelButton"),
        ):
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(self.buttonText(which).replace("&", ""))
        self._context = context
        self.joined_server = False  # this folder became a workstation of an office server
        self.server_mode = False  # the office's data goes on a server this wizard makes
        self._to_server = False
        self._add_server_buttons()
        buttons = QWizard.WizardButton
        self.setButtonLayout(
            [
                buttons.CustomButton1,
                buttons.CustomButton2,
                buttons.Stretch,
                buttons.BackButton,
                buttons.NextButton,
                buttons.CommitButton,
                buttons.FinishButton,
                buttons.CancelButton,
            ]
        )
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.center_page = CenterPage(context, self)
        self.account_page = AccountPage(self.center_page, self)
        self.finish_page = FinishPage(context, self.center_page, self.account_page, self)
        self.finish_page.created.connect(self._created)
        self.server_page = ServerPage(context, self.center_page, self.account_page, self)
        self.finish_page.server_made = self._server_made
        self.addPage(self.center_page)
        self.addPage(self.account_page)
        self.addPage(self.finish_page)
        self.addPage(self.server_page)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self._advance)
        shortcut.setWhatsThis(self.tr("Go on to the next step of the setup"))
        self.setMinimumSize(760, 640)

    def _add_server_buttons(self) -> None:
        # The other way in, on the first page: this computer joins the office server.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Join an office server…"))
        join = self.button(QWizard.WizardButton.CustomButton1)
        join.setObjectName("joinServerButton")
        join.setAccessibleName(self.tr("Join an office server"))
        join.setToolTip(
            self.tr(
                "Several computers on one record: enroll this computer with the office "
                "server, from the enrollment file the head made"
            )
        )
        # ... or makes the office server (lk3-desktop server init) and joins it.
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("Create an office server…"))
        create = self.button(QWizard.WizardButton.CustomButton2)
        create.setObjectName("createServerButton")
        create.setAccessibleName(self.tr("Create an office server"))
        create.setToolTip(
            self.tr(
                "Several computers on one record: make the office's database on a PostgreSQL "
                "server (after the center's profile and the head's account), and enroll this "
                "computer with it"
            )
        )

    def _page_changed(self, _page_id: int) -> None:
        on_first = self.currentPage() is self.center_page
        self.button(QWizard.WizardButton.CustomButton1).setVisible(on_first)
        self.button(QWizard.WizardButton.CustomButton2).setVisible(on_first)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.join_server()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.create_server()

    def create_server(self) -> None:
        """From the first page: the office's data goes on a PostgreSQL server; the server's
        page follows the head's account, and the head's account is not the last step."""
        self._to_server = True
        try:
            self.next()
        finally:
            self._to_server = False

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.center_page:
            # Leaving the first page chooses: Next is one computer, the button a server.
            self.server_mode = self._to_server
            self.account_page.setCommitPage(not self._to_server)
        return super().validateCurrentPage()

    def _server_made(self) -> office_server.ServerInitResult | None:
        return self.server_page.result if self.server_mode else None

    def nextId(self) -> int:
        current = self.currentPage()
        if current is self.account_page and self.server_mode:
            return self.pageIds()[3]
        if current is self.server_page:
            return self.pageIds()[2]
        if current is self.finish_page:
            return -1
        return super().nextId()

    def join_server(self) -> None:
        """Enroll this data folder with the office server; the sign-in window follows."""
        from lk3_desktop.ui.setup_wizard.join_server import JoinServerDialog

        dialog = JoinServerDialog(self._context, self._context.data_dir, self)
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted.value:
            return
        self.joined_server = True
        QDialog.done(self, QDialog.DialogCode.Accepted.value)

    @property
    def result_value(self) -> InitResult | None:
        return self.finish_page.result

    def _created(self) -> None:
        # From here on there is nothing to cancel: only the card step is left.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def _advance(self) -> None:
        if self.currentPage() is self.finish_page:
            if self.finish_page.isComplete():
                self.accept()
        else:
            self.next()

    def accept(self) -> None:
        if self.finish_page.server_result is not None:
            if self.finish_page.isComplete():
                # This computer is enrolled: the head signs in to the server next.
                self.joined_server = True
                QDialog.done(self, QDialog.DialogCode.Accepted.value)
            return
        result = self.finish_page.result
        if result is None or not self.finish_page.isComplete():
            return
        self._context.set_session(result.session)
        super().accept()

    def reject(self) -> None:
        finish = self.finish_page
        if finish.busy_running or self.server_page.busy_running:
            return
        if finish.result is not None or finish.server_result is not None:
            if finish.saved_check.isChecked():
                self.accept()
                return
            dialogs.warn(
                self,
                self.tr("Recovery card"),
                self.tr(
                    "The database is created. Save or print the recovery card, then tick the "
                    "box to confirm it is in a safe place."
                ),
            )
            return
        if self.center_page.typed_anything() and not dialogs.confirm(
            self,
            self.tr("Stop the setup"),
            self.tr("Stop setting up LK3 Desktop? What you typed will be discarded."),
            ok_text=self.tr("Stop setup"),
            cancel_text=self.tr("Continue setup"),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finish_page.busy_running or self.server_page.busy_running:
            event.ignore()
            return
        super().closeEvent(event)
