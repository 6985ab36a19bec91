"""The buttons under a referral list: open, submit, sign, letter, status, reply, cancel.

Which buttons are enabled follows the selected referral's status and the person's role; the
services check every action again (a widget only decides what to offer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from lk3_desktop.core.referrals import (
    CANCELLABLE,
    EDITABLE,
    ReferralStatus,
    follow_up_moves,
)
from lk3_desktop.core.roles import Role
from lk3_desktop.services import referrals
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals import ReferralInfo, ReferralRow
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.referrals.common import show_failure
from lk3_desktop.ui.referrals.labels import status_label
from lk3_desktop.ui.referrals.letter_preview import LetterPreviewDialog
from lk3_desktop.ui.referrals.referral_dialog import (
    ReferralDialog,
    ReferralFormContext,
    load_form_context,
)
from lk3_desktop.ui.referrals.sign_letter import SignLetterDialog
from lk3_desktop.ui.referrals.status_dialog import Mode, ReferralStatusDialog
from lk3_desktop.ui.style import set_flag


class ReferralActions(QWidget):
    """Acts on one referral at a time; ``changed`` carries the id of a changed referral."""

    changed = Signal(int)
    opened = Signal(object)  # the QDialog just built, before it runs (tests, screenshots)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._row: ReferralRow | None = None
        self._can_sign = False
        self.setObjectName("referralActions")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        def button(text: str, name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setAccessibleName(accessible)
            b.clicked.connect(slot)
            layout.addWidget(b)
            return b

        self.open_button = button(
            self.tr("Open…"), "openReferralButton", self.tr("Open the referral"), self.open_referral
        )
        self.submit_button = button(
            self.tr("Submit"),
            "submitSelectedReferralButton",
            self.tr("Submit the referral for signing"),
            self.submit,
        )
        self.sign_button = button(
            self.tr("Sign…"), "signReferralButton", self.tr("Sign and number the letter"), self.sign
        )
        set_flag(self.sign_button, "prominent", True)
        self.letter_button = button(
            self.tr("Letter…"), "showLetterButton", self.tr("Show the signed letter"), self.letter
        )
        self.status_button = button(
            self.tr("Update status…"),
            "updateReferralStatusButton",
            self.tr("Update the referral status"),
            lambda: self.follow_up(Mode.STATUS),
        )
        self.reply_button = button(
            self.tr("Partner reply…"),
            "recordReplyButton",
            self.tr("Record the partner's reply"),
            lambda: self.follow_up(Mode.REPLY),
        )
        self.cancel_button = button(
            self.tr("Cancel referral…"),
            "cancelReferralButton",
            self.tr("Cancel the referral"),
            lambda: self.follow_up(Mode.CANCEL),
        )
        layout.addStretch(1)
        self._refresh()

    # -- state ------------------------------------------------------------------------------

    def set_can_sign(self, can_sign: bool) -> None:
        self._can_sign = can_sign
        self._refresh()

    def set_current(self, row: ReferralRow | None) -> None:
        self._row = row
        self._refresh()

    def _is_worker(self, row: ReferralRow) -> bool:
        session = self._context.session
        if session is None:
            return False
        role = session.actor.role
        return role is Role.KEPALA or (
            role is Role.KONSELOR and row.counselor_id == session.actor.user_id
        )

    def _refresh(self) -> None:
        row = self._row
        buttons = (
            self.open_button, self.submit_button, self.sign_button, self.letter_button,
            self.status_button, self.reply_button, self.cancel_button,
        )  # fmt: skip
        if row is None:
            for b in buttons:
                b.setEnabled(False)
            self.sign_button.setVisible(self._can_sign)
            return
        worker = self._is_worker(row)
        involved = worker or self._can_sign
        has_letter = row.letter_number is not None
        self.open_button.setEnabled(True)
        self.submit_button.setEnabled(worker and row.status is ReferralStatus.DRAF)
        self.sign_button.setVisible(self._can_sign)
        self.sign_button.setEnabled(self._can_sign and row.status is ReferralStatus.DIAJUKAN)
        self.letter_button.setEnabled(has_letter and involved)
        self.status_button.setEnabled(involved and bool(follow_up_moves(row.status)))
        self.reply_button.setEnabled(
            involved and has_letter and row.status is not ReferralStatus.BATAL
        )
        cancellable = row.status in CANCELLABLE
        self.cancel_button.setEnabled(cancellable and (self._can_sign if has_letter else involved))

    # -- actions ----------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, exc)

    def _exec(self, dialog: QDialog) -> int:
        self.opened.emit(dialog)
        result = dialogs.exec_dialog(dialog)
        dialog.deleteLater()
        return result

    def open_referral(self) -> None:
        row = self._row
        if row is None:
            return

        def load(session: UserSession) -> tuple[ReferralFormContext, ReferralInfo]:
            return load_form_context(session, row.case_id), referrals.get_referral(session, row.id)

        def show(loaded: tuple[ReferralFormContext, ReferralInfo]) -> None:
            form, info = loaded
            editable = info.status in EDITABLE and self._is_worker(row)
            dialog = ReferralDialog(self._context, form, info, read_only=not editable, parent=self)
            dialog.saved.connect(lambda saved: self.changed.emit(saved.id))
            self._exec(dialog)

        Operation(self._context, self, load, show).failure(self._failed).run()

    def submit(self) -> None:
        row = self._row
        if row is None:
            return
        (
            Operation(
                self._context,
                self,
                lambda session: referrals.submit_referral(session, row.id),
                lambda info: self.changed.emit(info.id),
            )
            .failure(self._failed)
            .run()
        )

    def sign(self) -> None:
        """The letter as it will be issued, then the password (like signing a note)."""
        row = self._row
        if row is None:
            return
        heading = (
            self.tr("Sign the referral of %1 to %2")
            .replace("%1", row.client_name)
            .replace("%2", row.partner_name)
        )

        def show(preview: bytes) -> None:
            dialog = SignLetterDialog(self._context, row.id, preview, heading, self)
            try:
                if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                    return
                info = dialog.result_value
            finally:
                dialog.deleteLater()
            assert isinstance(info, ReferralInfo)
            self.changed.emit(info.id)
            self._show_letter(info.id)

        (
            Operation(
                self._context, self, lambda session: referrals.preview_letter(session, row.id), show
            )
            .failure(self._failed)
            .run()
        )

    def letter(self) -> None:
        if self._row is not None:
            self._show_letter(self._row.id)

    def _show_letter(self, referral_id: int) -> None:
        def load(session: UserSession) -> tuple[bytes, ReferralInfo, bool]:
            pdf = referrals.letter_pdf(session, referral_id)
            return pdf, referrals.get_referral(session, referral_id), referrals.may_sign(session)

        def show(loaded: tuple[bytes, ReferralInfo, bool]) -> None:
            pdf, info, can_sign = loaded
            assert info.letter is not None
            self.show_preview(pdf, info, can_sign and not info.letter.cancelled)

        Operation(self._context, self, load, show).failure(self._failed).run()

    def show_preview(self, pdf: bytes, info: ReferralInfo, can_print: bool) -> None:
        assert info.letter is not None
        heading = (
            self.tr("%1 to %2 · signed %3 by %4 · status: %5 · verification code %6")
            .replace("%1", info.client_name)
            .replace("%2", info.partner_name)
            .replace("%3", date_text(info.letter.letter_date))
            .replace("%4", info.letter.signed_by)
            .replace("%5", status_label(info.status))
            .replace("%6", info.letter.verification_code)
        )
        if info.letter.cancelled:
            heading += " · " + self.tr("CANCELLED: %1").replace("%1", info.letter.cancel_reason)
        dialog = LetterPreviewDialog(
            self._context, info.id, pdf, info.letter.number, heading, can_print, self
        )
        self._exec(dialog)

    def follow_up(self, mode: Mode) -> None:
        row = self._row
        if row is None:
            return

        def show(info: ReferralInfo) -> None:
            dialog = ReferralStatusDialog(self._context, info, mode, self)
            dialog.saved.connect(lambda saved: self.changed.emit(saved.id))
            self._exec(dialog)

        (
            Operation(
                self._context, self, lambda session: referrals.get_referral(session, row.id), show
            )
            .failure(self._failed)
            .run()
        )
