"""The setup wizard that makes a new office's data folder, page after page."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from lk3_desktop.services.accounts import InitResult
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.setup_wizard.account_page import AccountPage
from lk3_desktop.ui.setup_wizard.center_page import CenterPage
from lk3_desktop.ui.setup_wizard.finish_page import FinishPage


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
        buttons = QWizard.WizardButton
        self.setButtonLayout(
            [
                buttons.CustomButton1,
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
        self.addPage(self.center_page)
        self.addPage(self.account_page)
        self.addPage(self.finish_page)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self._advance)
        shortcut.setWhatsThis(self.tr("Go on to the next step of the setup"))
        self.setMinimumSize(760, 640)

    def _page_changed(self, _page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(
            self.currentPage() is self.center_page
        )

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.join_server()

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
        result = self.finish_page.result
        if result is None or not self.finish_page.isComplete():
            return
        self._context.set_session(result.session)
        super().accept()

    def reject(self) -> None:
        finish = self.finish_page
        if finish.busy_running:
            return
        if finish.result is not None:
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
        if self.finish_page.busy_running:
            event.ignore()
            return
        super().closeEvent(event)
