"""The red risk banner of a client page, and recording the action taken on a risk flag.

Shown while the client has an unresolved high-risk flag that the signed-in person may see (the
head, or the counselor of the case); hidden otherwise, also for staf, who never see clinical
content. "Record action…" asks what was done and resolves the flag; the banner then reloads and
emits ``riskChanged`` so the page can refresh what else shows risk. "Safety plan…" asks the
page to start a client safety plan for the case of the newest flag.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.roles import Role
from lk3_desktop.services import assessments
from lk3_desktop.services.assessments import FlagInfo
from lk3_desktop.ui import dates, dialogs
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.operations import Operation, show_failure
from lk3_desktop.ui.style import RISK

BANNER_STYLE = f"""
QFrame#riskBanner {{ background: {RISK}; border-radius: 6px; }}
QFrame#riskBanner > QLabel {{ color: white; background: transparent; }}
QFrame#riskBanner > QPushButton {{
    background: white; color: {RISK}; border: 1px solid white; border-radius: 4px;
    padding: 5px 14px; font-weight: 600;
}}
QFrame#riskBanner > QPushButton:hover {{ background: #fdecea; }}
"""


def describe_flag(flag: FlagInfo) -> str:
    """'Suicide risk … (PHQ-9, item 9) · 28 Nov 2026'."""
    return (
        f"{labels.flag_label(flag)} ({labels.flag_source(flag)}) \u00b7 "
        f"{dates.date_text(flag.raised_at.date())}"
    )


class ResolveFlagDialog(QDialog):
    """Which open flag, and what was done about it (required)."""

    def __init__(self, flags: Sequence[FlagInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolveFlagDialog")
        self.setWindowTitle(self.tr("Record the action taken"))
        self.setAccessibleName(self.tr("Record the action taken"))
        self._flags = list(flags)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Write what was done about this risk: for example the safety plan agreed, who "
                "was contacted, or where the client was referred. The flag is then closed and "
                "stays in the record."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        flag_label = QLabel(self.tr("Risk flag"), self)
        layout.addWidget(flag_label)
        self.choice = ComboBox(self)
        self.choice.setObjectName("resolveFlagChoice")
        self.choice.setAccessibleName(self.tr("Risk flag"))
        for flag in self._flags:
            self.choice.addItem(describe_flag(flag), flag.id)
        flag_label.setBuddy(self.choice)
        layout.addWidget(self.choice)
        action_label = QLabel(self.tr("Action taken"), self)
        layout.addWidget(action_label)
        self.action = QPlainTextEdit(self)
        self.action.setObjectName("resolveFlagAction")
        self.action.setAccessibleName(self.tr("Action taken"))
        self.action.setTabChangesFocus(True)
        action_label.setBuddy(self.action)
        layout.addWidget(self.action)
        self.error = StatusMessage("resolveFlagError", self.tr("Action error"), self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("Save action"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName(dialogs.ACCEPT_BUTTON)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(dialogs.REJECT_BUTTON)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def accept(self) -> None:
        if not self.action.toPlainText().strip():
            self.error.show_error(self.tr("Write the action taken first."))
            return
        super().accept()

    def flag_id(self) -> int:
        return int(self.choice.currentData())

    def action_text(self) -> str:
        return self.action.toPlainText().strip()


class RiskBanner(QFrame):
    """Red banner while ``client_id`` has an open high-risk flag the actor may see."""

    riskChanged = Signal()  # a flag was resolved here
    safetyPlanRequested = Signal(int)  # the case of the newest open flag

    def __init__(self, context: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskBanner")
        self.setAccessibleName(self.tr("Risk warning"))
        self.setStyleSheet(BANNER_STYLE)
        self._context = context
        self._client_id = client_id
        self._flags: list[FlagInfo] = []
        self._generation = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        icon = QLabel("\u26a0", self)
        icon.setObjectName("riskBannerIcon")
        icon.setAccessibleName(self.tr("Warning"))
        font = icon.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        icon.setFont(font)
        row.addWidget(icon)
        self.text = QLabel(self)
        self.text.setObjectName("riskBannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.text.font()
        bold.setBold(True)
        self.text.setFont(bold)
        row.addWidget(self.text, 1)
        self.resolve_button = QPushButton(self.tr("Record action…"), self)
        self.resolve_button.setObjectName("riskBannerResolve")
        self.resolve_button.setAccessibleName(self.tr("Record the action taken"))
        self.resolve_button.clicked.connect(self.resolve)
        # The plan made with the client is often the action to record: one click away.
        self.plan_button = QPushButton(self.tr("Safety plan…"), self)
        self.plan_button.setObjectName("riskBannerSafetyPlan")
        self.plan_button.setAccessibleName(self.tr("Write a safety plan with the client"))
        self.plan_button.setToolTip(
            self.tr(
                "A new client safety plan for the case of this risk: warning signs, what "
                "helps, people and services to call (SAPA 129), printed for the client."
            )
        )
        self.plan_button.clicked.connect(self._request_plan)
        row.addWidget(self.plan_button)
        row.addWidget(self.resolve_button)
        self.hide()

    @property
    def client_id(self) -> int:
        return self._client_id

    @property
    def flags(self) -> list[FlagInfo]:
        """The open flags shown (empty while hidden)."""
        return list(self._flags)

    def set_client(self, client_id: int) -> None:
        self._client_id = client_id
        self.reload()

    def show_for(self, client_id: int, flags: Sequence[FlagInfo]) -> None:
        """Show the flags the client page's opening read brought (an answer to an earlier
        :meth:`reload` still on its way is dropped)."""
        self._client_id = client_id
        self._generation += 1
        self._show(list(flags))

    def reload(self) -> None:
        """Ask again which flags are open (on the lane); show or hide accordingly."""
        session = self._context.session
        if session is None or session.actor.role is Role.STAF:
            self._show([])
            return
        self._generation += 1
        generation = self._generation
        client_id = self._client_id

        def done(flags: list[FlagInfo]) -> None:
            if generation == self._generation:
                self._show(flags)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._show([])
            if not isinstance(exc, PermissionDenied):
                pass_to_crash_handler(exc)

        (
            Operation(
                self._context, self, lambda s: assessments.open_risk_flags(s, client_id), done
            )
            .failure(failed)
            .run()
        )

    def _show(self, flags: list[FlagInfo]) -> None:
        self._flags = list(flags)
        if not flags:
            self.text.clear()
            self.hide()
            return
        first = flags[0]
        text = self.tr("High risk: %1. No action recorded yet.").replace("%1", describe_flag(first))
        if len(flags) > 1:
            text += " " + self.tr("(%1 open risk flags)").replace("%1", str(len(flags)))
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def _request_plan(self) -> None:
        if self._flags:
            self.safetyPlanRequested.emit(self._flags[0].case_id)

    def resolve(self) -> None:
        """Ask for the action taken on one of the open flags and record it."""
        if not self._flags:
            return
        dialog = ResolveFlagDialog(self._flags, self.window())
        try:
            if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            flag_id, action = dialog.flag_id(), dialog.action_text()
        finally:
            dialog.deleteLater()

        def done(_flag: FlagInfo) -> None:
            self.reload()
            self.riskChanged.emit()

        def failed(exc: BaseException) -> None:
            show_failure(self, self.tr("The action was not recorded"), exc)
            self.reload()

        (
            Operation(
                self._context, self, lambda s: assessments.resolve_flag(s, flag_id, action), done
            )
            .failure(failed)
            .run()
        )


class RiskChip(QLabel):
    """A lasting mark in the client header: the date of the client's newest high-risk result,
    shown also after the action is recorded (the banner goes, the history stays in view).
    Hidden for staf and for clients never at risk."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskChip")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            f"QLabel#riskChip {{ border: 1px solid {RISK}; border-radius: 9px;"
            f" padding: 1px 8px; background: #fdecea; color: {RISK}; font-weight: 600; }}"
        )
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._context = context
        self._client_id = 0
        self._generation = 0
        self.last: datetime.date | None = None
        self.hide()

    def set_client(self, client_id: int) -> None:
        self._client_id = client_id
        self._show(None)
        self.reload()

    def show_for(self, client_id: int, day: datetime.date | None) -> None:
        """Show what the client page's opening read brought (an answer to an earlier
        :meth:`reload` still on its way is dropped)."""
        self._client_id = client_id
        self._generation += 1
        self._show(day)

    def reload(self) -> None:
        session = self._context.session
        if session is None or session.actor.role is Role.STAF or not self._client_id:
            self._show(None)
            return
        self._generation += 1
        generation, client_id = self._generation, self._client_id

        def done(day: datetime.date | None) -> None:
            if generation == self._generation:
                self._show(day)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show(None)
                if not isinstance(exc, PermissionDenied):
                    pass_to_crash_handler(exc)

        (
            Operation(self._context, self, lambda s: assessments.last_high_risk(s, client_id), done)
            .failure(failed)
            .run()
        )

    def _show(self, day: datetime.date | None) -> None:
        self.last = day
        if day is None:
            self.clear()
            self.hide()
            return
        text = self.tr("High risk, last on %1").replace("%1", dates.date_text(day))
        self.setText("\u26a0 " + text)
        self.setAccessibleName(text)
        self.setToolTip(
            self.tr(
                "The newest high-risk result of this client. It stays here after the action "
                "is recorded; the Assessment tab lists every result."
            )
        )
        self.show()
