"""Follow-up of a signed referral: change its status, record the partner's reply, or cancel."""

from __future__ import annotations

import datetime
from enum import StrEnum

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.referrals import ReferralStatus, follow_up_moves
from lk3_desktop.services import referrals
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals import ReferralInfo
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.field_feedback import StatusMessage, grow_to_fit
from lk3_desktop.ui.forms import column, form_layout
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.referrals.common import show_failure, text_field
from lk3_desktop.ui.referrals.labels import from_qdate, status_label, to_qdate
from lk3_desktop.ui.style import set_flag, set_role


class Mode(StrEnum):
    STATUS = "status"
    REPLY = "reply"
    CANCEL = "cancel"


class ReferralStatusDialog(QDialog):
    saved = Signal(object)  # ReferralInfo

    def __init__(
        self,
        context: AppContext,
        info: ReferralInfo,
        mode: Mode,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._info = info
        self._mode = mode
        self.setObjectName(f"referral{mode.value.title()}Dialog")
        titles = {
            Mode.STATUS: self.tr("Update referral status"),
            Mode.REPLY: self.tr("Partner's reply"),
            Mode.CANCEL: self.tr("Cancel referral"),
        }
        self.setWindowTitle(titles[mode])
        self.setAccessibleName(titles[mode])
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("%1 to %2 · now: %3")
            .replace("%1", info.client_name)
            .replace("%2", info.partner_name)
            .replace("%3", status_label(info.status)),
            self,
        )
        heading.setWordWrap(True)
        set_role(heading, "muted")
        layout.addWidget(heading)
        form = form_layout()
        self.message = StatusMessage("referralStatusMessage", self.tr("Message"), self)
        today = to_qdate(datetime.date.today())
        earliest = to_qdate(info.letter.letter_date) if info.letter else today

        self.target_combo = ComboBox(self)
        self.target_combo.setObjectName("statusTargetCombo")
        self.target_combo.setAccessibleName(self.tr("New status"))
        self.date_field = DateEdit(self)
        self.date_field.setObjectName("statusDateField")
        self.date_field.setAccessibleName(self.tr("Date"))
        self.date_field.setCalendarPopup(True)
        self.date_field.setDateRange(earliest, today)
        self.date_field.setDate(today)
        self.text_field = text_field(self, "statusTextField", self.tr("Note"), 3)
        self.follow_up_check = QCheckBox(self.tr("Next check on"), self)
        self.follow_up_check.setObjectName("statusFollowUpCheck")
        self.follow_up_check.setAccessibleName(self.tr("Set the next follow-up date"))
        self.follow_up_date = DateEdit(self)
        self.follow_up_date.setObjectName("statusFollowUpDate")
        self.follow_up_date.setAccessibleName(self.tr("Next follow-up date"))
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setMinimumDate(today)
        self.follow_up_check.toggled.connect(self.follow_up_date.setEnabled)
        self.follow_up_check.setChecked(info.follow_up_on is not None)
        self.follow_up_date.setEnabled(info.follow_up_on is not None)
        self.follow_up_date.setDate(
            to_qdate(max(info.follow_up_on, datetime.date.today()))
            if info.follow_up_on
            else to_qdate(datetime.date.today() + datetime.timedelta(days=14))
        )
        follow = QWidget(self)
        follow_row = QHBoxLayout(follow)
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.follow_up_check)
        follow_row.addWidget(self.follow_up_date)
        follow_row.addStretch(1)

        moves = follow_up_moves(info.status)
        if mode is Mode.STATUS:
            for status in moves:
                self.target_combo.addItem(status_label(status), status.value)
            form.addRow(self.tr("New status"), self.target_combo)
            form.addRow(self.tr("Date"), self.date_field)
            form.addRow(self.tr("Note"), self.text_field)
            form.addRow(self.tr("Follow-up"), follow)
        elif mode is Mode.REPLY:
            self.target_combo.addItem(self.tr("Keep the status"), "")
            for status in moves:
                self.target_combo.addItem(status_label(status), status.value)
            self.date_field.setDateRange(earliest, today)
            self.text_field.setAccessibleName(self.tr("Summary of the partner's reply"))
            self.text_field.setPlainText(info.reply_text)
            form.addRow(self.tr("Reply received on"), self.date_field)
            form.addRow(self.tr("Reply *"), column(self, self.text_field))
            form.addRow(self.tr("Reply letter"), self._reply_letter_button(info))
            form.addRow(self.tr("New status"), self.target_combo)
            follow.hide()
        else:
            self.text_field.setAccessibleName(self.tr("Reason for cancelling"))
            if info.letter is not None:
                warning = QLabel(
                    self.tr(
                        "Letter %1 keeps its number and stays in the archive, marked as "
                        "cancelled. It can no longer be printed."
                    ).replace("%1", info.letter.number),
                    self,
                )
                warning.setWordWrap(True)
                set_role(warning, "warning")
                layout.addWidget(warning)
            form.addRow(self.tr("Reason *"), self.text_field)
            follow.hide()
            self.target_combo.hide()
            self.date_field.hide()
        layout.addLayout(form)
        layout.addWidget(self.message)

        self._build_save_status_button(layout, mode)

    def _reply_letter_button(self, info: ReferralInfo) -> QWidget:
        """The partner's written reply, scanned: kept with the referral's attachments."""
        from lk3_desktop.ui.attachments import attachments_button

        button = attachments_button(
            self._context, self, info.client_id, "referral", info.id,
            self.tr("Documents of the referral to %1").replace("%1", info.partner_name),
        )  # fmt: skip
        button.setText(self.tr("Attach or open the scanned reply…"))
        button.setObjectName("replyLetterButton")
        button.setAccessibleName(self.tr("The partner's written reply"))
        self.reply_letter_button = button
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button)
        row.addStretch(1)
        return holder

    def _build_save_status_button(self, layout: QVBoxLayout, mode: Mode) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        ok_text = {
            Mode.STATUS: self.tr("Save status"),
            Mode.REPLY: self.tr("Save reply"),
            Mode.CANCEL: self.tr("Cancel referral"),
        }[mode]
        self.ok_button = QPushButton(ok_text, self)
        self.ok_button.setObjectName("saveStatusButton")
        self.ok_button.setAccessibleName(ok_text)
        set_flag(self.ok_button, "destructive" if mode is Mode.CANCEL else "prominent", True)
        close = QPushButton(self.tr("Back") if mode is Mode.CANCEL else self.tr("Cancel"), self)
        close.setObjectName("closeStatusButton")
        close.setAccessibleName(close.text())
        self.ok_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Wrapped warnings need more height than Qt gives a new dialog.
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def save(self) -> None:
        self.message.clear_message()
        rid = self._info.id
        day = from_qdate(self.date_field.date())
        text = self.text_field.toPlainText()
        target = str(self.target_combo.currentData() or "")
        follow = (
            from_qdate(self.follow_up_date.date()) if self.follow_up_check.isChecked() else None
        )
        old_follow = self._info.follow_up_on
        mode = self._mode

        def call(session: UserSession) -> ReferralInfo:
            if mode is Mode.CANCEL:
                return referrals.cancel_referral(session, rid, text)
            if mode is Mode.REPLY:
                to = ReferralStatus(target) if target else None
                return referrals.record_reply(session, rid, day, text, to)
            info = referrals.change_status(session, rid, ReferralStatus(target), day, text)
            if follow != old_follow:
                info = referrals.set_follow_up(session, rid, follow)
            return info

        self.ok_button.setEnabled(False)
        Operation(self._context, self, call, self._saved).failure(self._failed).run()

    def _saved(self, info: ReferralInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.message.show_error(message_for(exc))
            return
        show_failure(self, exc)
