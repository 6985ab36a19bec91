"""The client page's Rujukan tab: one case's referrals, a new referral, and the actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.services import referrals
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals import ReferralRow
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.referrals.actions import ReferralActions
from lk3_desktop.ui.referrals.common import show_failure
from lk3_desktop.ui.referrals.models import COL_CLIENT, COL_COUNSELOR, ReferralTableModel
from lk3_desktop.ui.referrals.referral_dialog import (
    ReferralDialog,
    ReferralFormContext,
    load_form_context,
)
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns


def configure_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.horizontalHeader().setHighlightSections(False)


class CaseReferralsPanel(QWidget):
    """Mounted by the client page for one case. Staff see a notice instead (clinical content)."""

    loaded = Signal()  # the list was (re)loaded
    dialog_opened = Signal(object)  # a dialog about to run (tests, screenshots)

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        self.setObjectName("caseReferralsPanel")
        self.setAccessibleName(self.tr("Referrals of this case"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)

        top = QHBoxLayout()
        title = QLabel(self.tr("Referrals"), self)
        set_role(title, "heading")
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New referral…"), self)
        self.new_button.setObjectName("newReferralButton")
        self.new_button.setAccessibleName(self.tr("Draft a new referral for this case"))
        set_flag(self.new_button, "prominent", True)
        self.new_button.clicked.connect(self.new_referral)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.notice = QLabel(
            self.tr(
                "Referrals hold clinical content; they are shown to the head and the counselor "
                "of the case only."
            ),
            self,
        )
        self.notice.setObjectName("caseReferralsNotice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "muted")
        layout.addWidget(self.notice)

        self.model = ReferralTableModel(self, show_client=False)
        self.table = QTableView(self)
        self.table.setObjectName("caseReferralsTable")
        self.table.setAccessibleName(self.tr("Referrals of this case"))
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setColumnHidden(COL_CLIENT, True)
        self.table.setColumnHidden(COL_COUNSELOR, True)
        fit_columns(self.table, 2)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No referrals for this case yet."), self)
        self.empty.setObjectName("caseReferralsEmpty")
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)

        self.referral_actions = ReferralActions(context, self)
        self.table.doubleClicked.connect(lambda _index: self.referral_actions.open_referral())
        self.referral_actions.changed.connect(self._changed)
        self.referral_actions.opened.connect(self.dialog_opened.emit)
        layout.addWidget(self.referral_actions)
        self._apply_role()
        self.reload()

    def _role(self) -> Role | None:
        session = self._context.session
        return session.actor.role if session else None

    def _apply_role(self) -> None:
        role = self._role()
        clinical = role is not None and allowed(role, Permission.DRAFT_REFERRALS)
        self.notice.setVisible(not clinical)
        for widget in (self.new_button, self.table, self.referral_actions, self.empty):
            widget.setVisible(clinical)

    def reload(self, select_id: int | None = None) -> None:
        role = self._role()
        if role is None or not allowed(role, Permission.DRAFT_REFERRALS):
            self.loaded.emit()
            return
        case_id = self._case_id

        def load(session: UserSession) -> tuple[list[ReferralRow], bool]:
            return referrals.list_case_referrals(session, case_id), referrals.may_sign(session)

        def show(loaded: tuple[list[ReferralRow], bool]) -> None:
            rows, can_sign = loaded
            self.model.set_rows(rows)
            self.empty.setVisible(not rows)
            self.referral_actions.set_can_sign(can_sign)
            row = self.model.row_of(select_id) if select_id is not None else -1
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.referral_actions.set_current(None)
            self.loaded.emit()

        Operation(self._context, self, load, show).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, exc)
        self.loaded.emit()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.referral_actions.set_current(self.model.row_at(rows[0].row()) if rows else None)

    def _changed(self, referral_id: int) -> None:
        self.reload(select_id=referral_id)

    def select_referral(self, referral_id: int) -> bool:
        row = self.model.row_of(referral_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def new_referral(self) -> None:
        case_id = self._case_id

        def show(form: ReferralFormContext) -> None:
            if not form.partners:
                dialogs.inform(
                    self,
                    self.tr("New referral"),
                    self.tr(
                        "Add the partner institution first (Referrals page, Partner "
                        "institutions tab)."
                    ),
                )
                return
            dialog = ReferralDialog(self._context, form, parent=self)
            dialog.saved.connect(lambda info: self.reload(select_id=info.id))
            self.dialog_opened.emit(dialog)
            dialogs.exec_dialog(dialog)
            dialog.deleteLater()

        (
            Operation(
                self._context, self, lambda session: load_form_context(session, case_id), show
            )
            .failure(self._failed)
            .run()
        )
