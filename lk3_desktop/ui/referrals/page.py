"""The Rujukan page: referrals (overdue follow-ups first, then by status), the partner
directory, and "Verifikasi surat" where the head checks a paper letter against the archive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.referrals import STATUS_ORDER, ReferralStatus
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import partners, referrals
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.partners import PartnerInfo, PartnerTypeInfo
from lk3_desktop.services.referrals import ReferralInfo, ReferralRow, VerifiedLetter
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.referrals.actions import ReferralActions
from lk3_desktop.ui.referrals.case_panel import configure_table
from lk3_desktop.ui.referrals.common import show_failure
from lk3_desktop.ui.referrals.labels import status_label
from lk3_desktop.ui.referrals.models import PartnerTableModel, ReferralTableModel
from lk3_desktop.ui.referrals.partner_dialog import PartnerDialog
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns


class ReferralsPage(QWidget):
    referrals_loaded = Signal()
    partners_loaded = Signal()
    verified = Signal(object)  # VerifiedLetter or None
    dialog_opened = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._can_sign = False
        self.setObjectName("rujukanPage")
        self.setAccessibleName(self.tr("Referrals"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        title = QLabel(self.tr("Referrals"), self)
        set_role(title, "title")
        top.addWidget(title)
        top.addStretch(1)
        self.verify_box = QWidget(self)
        verify_layout = QVBoxLayout(self.verify_box)
        verify_layout.setContentsMargins(0, 0, 0, 0)
        verify_layout.setSpacing(2)
        verify_row = QHBoxLayout()
        self.verify_field = QLineEdit(self.verify_box)
        self.verify_field.setObjectName("verifyCodeField")
        self.verify_field.setAccessibleName(self.tr("Verification code of a letter"))
        self.verify_field.setPlaceholderText(self.tr("Verification code, e.g. 7K3QD-XM2PA"))
        self.verify_field.setMinimumWidth(270)
        self.verify_field.returnPressed.connect(self.verify)
        self.verify_button = QPushButton(self.tr("Verify letter"), self.verify_box)
        self.verify_button.setObjectName("verifyLetterButton")
        self.verify_button.setAccessibleName(
            self.tr("Find the archived letter with this verification code")
        )
        self.verify_button.clicked.connect(self.verify)
        verify_row.addWidget(self.verify_field)
        verify_row.addWidget(self.verify_button)
        verify_layout.addLayout(verify_row)
        self.verify_message = StatusMessage(
            "verifyCodeMessage", self.tr("Verification result"), self.verify_box
        )
        verify_layout.addWidget(self.verify_message)
        self.verify_box.hide()
        top.addWidget(self.verify_box)
        layout.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("referralTabs")
        self.tabs.setAccessibleName(self.tr("Referrals and partner institutions"))
        self.tabs.addTab(self._build_referrals_tab(), self.tr("Referrals"))
        self.tabs.addTab(self._build_partners_tab(), self.tr("Partner institutions"))
        layout.addWidget(self.tabs, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload_referrals)
        self._partner_timer = QTimer(self)
        self._partner_timer.setSingleShot(True)
        self._partner_timer.setInterval(250)
        self._partner_timer.timeout.connect(self.reload_partners)
        context.session_changed.connect(self.reload)
        self.reload()

    # -- building -------------------------------------------------------------------------------

    def _build_referrals_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.status_filter = ComboBox(tab)
        self.status_filter.setObjectName("referralStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show referrals with status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload_referrals())
        self.search_field = QLineEdit(tab)
        self.search_field.setObjectName("referralSearchField")
        self.search_field.setAccessibleName(self.tr("Search referrals"))
        self.search_field.setPlaceholderText(
            self.tr("Client, partner, registration or letter number")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        filters.addWidget(QLabel(self.tr("Status"), tab))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search_field, 1)
        layout.addLayout(filters)
        self.overdue_label = QLabel(tab)
        self.overdue_label.setObjectName("overdueReferralsLabel")
        self.overdue_label.setAccessibleName(self.tr("Overdue follow-ups"))
        self.overdue_label.setWordWrap(True)
        set_role(self.overdue_label, "warning")
        self.overdue_label.hide()
        layout.addWidget(self.overdue_label)
        self.notice = QLabel(
            self.tr(
                "Referrals hold clinical content; they are shown to the head and to counselors "
                "for their own cases. The partner directory is open to everyone."
            ),
            tab,
        )
        self.notice.setObjectName("referralsNotice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "muted")
        layout.addWidget(self.notice)
        self.model = ReferralTableModel(self)
        self.table = QTableView(tab)
        self.table.setObjectName("referralsTable")
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setModel(self.model)
        configure_table(self.table)
        fit_columns(self.table, 0)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.referral_actions = ReferralActions(self._context, tab)
        self.table.doubleClicked.connect(lambda _index: self.referral_actions.open_referral())
        self.referral_actions.changed.connect(lambda rid: self.reload_referrals(select_id=rid))
        self.referral_actions.opened.connect(self.dialog_opened.emit)
        layout.addWidget(self.referral_actions)
        return tab

    def _build_partners_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.partner_search = QLineEdit(tab)
        self.partner_search.setObjectName("partnerSearchField")
        self.partner_search.setAccessibleName(self.tr("Search partner institutions"))
        self.partner_search.setPlaceholderText(self.tr("Name, service, address or contact"))
        self.partner_search.setClearButtonEnabled(True)
        self.partner_search.textChanged.connect(lambda _t: self._partner_timer.start())
        self.show_inactive = QCheckBox(self.tr("Show inactive"), tab)
        self.show_inactive.setObjectName("showInactivePartners")
        self.show_inactive.setAccessibleName(self.tr("Show inactive partner institutions"))
        self.show_inactive.toggled.connect(lambda _c: self.reload_partners())
        self.add_partner_button = QPushButton(self.tr("Add partner…"), tab)
        self.add_partner_button.setObjectName("addPartnerButton")
        self.add_partner_button.setAccessibleName(self.tr("Add a partner institution"))
        set_flag(self.add_partner_button, "prominent", True)
        self.add_partner_button.clicked.connect(lambda: self.edit_partner(None))
        self.edit_partner_button = QPushButton(self.tr("Edit…"), tab)
        self.edit_partner_button.setObjectName("editPartnerButton")
        self.edit_partner_button.setAccessibleName(self.tr("Edit the partner institution"))
        self.edit_partner_button.clicked.connect(self._edit_selected_partner)
        self.edit_partner_button.setEnabled(False)
        row.addWidget(self.partner_search, 1)
        row.addWidget(self.show_inactive)
        row.addWidget(self.add_partner_button)
        row.addWidget(self.edit_partner_button)
        layout.addLayout(row)
        self.partner_model = PartnerTableModel(self)
        self.partner_table = QTableView(tab)
        self.partner_table.setObjectName("partnersTable")
        self.partner_table.setAccessibleName(self.tr("Partner institutions"))
        self.partner_table.setModel(self.partner_model)
        configure_table(self.partner_table)
        fit_columns(self.partner_table, 0)
        self.partner_table.selectionModel().selectionChanged.connect(
            lambda *_: self.edit_partner_button.setEnabled(self._selected_partner() is not None)
        )
        self.partner_table.doubleClicked.connect(lambda _i: self._edit_selected_partner())
        layout.addWidget(self.partner_table, 1)
        return tab

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        session = self._context.session
        if session is None:
            self.model.set_rows([])
            self.partner_model.set_rows([])
            return
        role = session.actor.role
        clinical = allowed(role, Permission.DRAFT_REFERRALS)
        editor = allowed(role, Permission.EDIT_PARTNERS)
        self.notice.setVisible(not clinical)
        for widget in (self.table, self.referral_actions, self.status_filter, self.search_field):
            widget.setVisible(clinical)
        self.add_partner_button.setVisible(editor)
        self.edit_partner_button.setVisible(editor)
        self.reload_referrals()
        self.reload_partners()

    def show_referral(self, referral_id: int) -> None:
        """Every referral listed again, with ``referral_id`` selected (from Beranda)."""
        self.tabs.setCurrentIndex(0)
        for field in (self.status_filter, self.search_field):
            field.blockSignals(True)  # one reload, the one that selects
        self.status_filter.setCurrentIndex(0)
        self.search_field.clear()
        for field in (self.status_filter, self.search_field):
            field.blockSignals(False)
        self.reload_referrals(select_id=referral_id)

    def reload_referrals(self, select_id: int | None = None) -> None:
        session = self._context.session
        if session is None:
            return
        if not allowed(session.actor.role, Permission.DRAFT_REFERRALS):
            self.referrals_loaded.emit()
            return
        code = str(self.status_filter.currentData() or "")
        status = ReferralStatus(code) if code else None
        query = self.search_field.text()

        def load(s: UserSession) -> tuple[list[ReferralRow], list[ReferralRow], bool]:
            rows = referrals.list_referrals(s, status, query)
            return rows, referrals.overdue_referrals(s), referrals.may_sign(s)

        def show(loaded: tuple[list[ReferralRow], list[ReferralRow], bool]) -> None:
            rows, overdue, can_sign = loaded
            self._can_sign = can_sign
            self.verify_box.setVisible(can_sign)
            self.model.set_rows(rows)
            self.referral_actions.set_can_sign(can_sign)
            if overdue:
                self.overdue_label.setText(
                    self.tr(
                        "%n referral(s) past the follow-up date: check that the family arrived.",
                        "",
                        len(overdue),
                    )
                )
            self.overdue_label.setVisible(bool(overdue))
            row = self.model.row_of(select_id) if select_id is not None else -1
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.referral_actions.set_current(None)
            self.referrals_loaded.emit()

        (
            Operation(self._context, self, load, show)
            .failure(self._failed(self.referrals_loaded))
            .run()
        )

    def reload_partners(self) -> None:
        query = self.partner_search.text()
        inactive = self.show_inactive.isChecked()

        def load(s: UserSession) -> list[PartnerInfo]:
            return partners.list_partners(s, query, include_inactive=inactive)

        def show(rows: list[PartnerInfo]) -> None:
            self.partner_model.set_rows(rows)
            self.edit_partner_button.setEnabled(False)
            self.partners_loaded.emit()

        (
            Operation(self._context, self, load, show)
            .failure(self._failed(self.partners_loaded))
            .run()
        )

    def _failed(self, signal: SignalInstance) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            show_failure(self, exc)
            signal.emit()

        return failed

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.referral_actions.set_current(self.model.row_at(rows[0].row()) if rows else None)

    def changed_elsewhere(self, tables: frozenset[str] | None) -> None:
        """Another workstation committed rows of ``tables`` (None: anything): the referrals
        read again with the selected one still selected, the partners too when they changed."""
        if tables is None or any(t.startswith("referral") for t in tables):
            rows = self.table.selectionModel().selectedRows()
            current = self.model.row_at(rows[0].row()) if rows else None
            self.reload_referrals(select_id=current.id if current is not None else None)
        if tables is None or tables & {"partners", "partner_types"}:
            self.reload_partners()

    def select_referral(self, referral_id: int) -> bool:
        row = self.model.row_of(referral_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    # -- partners ----------------------------------------------------------------------------

    def _selected_partner(self) -> PartnerInfo | None:
        rows = self.partner_table.selectionModel().selectedRows()
        return self.partner_model.row_at(rows[0].row()) if rows else None

    def _edit_selected_partner(self) -> None:
        partner = self._selected_partner()
        if partner is not None and self.edit_partner_button.isVisible():
            self.edit_partner(partner)

    def edit_partner(self, partner: PartnerInfo | None) -> None:
        def show(types: list[PartnerTypeInfo]) -> None:
            dialog = PartnerDialog(self._context, types, partner, self)
            dialog.saved.connect(lambda _info: self.reload_partners())
            self.dialog_opened.emit(dialog)
            dialogs.exec_dialog(dialog)
            dialog.deleteLater()

        (
            Operation(self._context, self, lambda s: partners.list_partner_types(s), show)
            .failure(lambda exc: show_failure(self, exc))
            .run()
        )

    # -- verification ---------------------------------------------------------------------------

    def verify(self) -> None:
        code = self.verify_field.text()
        self.verify_message.clear_message()
        if not code.strip():
            self.verify_message.show_error(self.tr("Type the code printed in the letter's footer."))
            return

        def load(s: UserSession) -> tuple[VerifiedLetter | None, ReferralInfo | None]:
            found = referrals.verify_letter(s, code)
            info = referrals.get_referral(s, found.referral_id) if found else None
            return found, info

        def show(loaded: tuple[VerifiedLetter | None, ReferralInfo | None]) -> None:
            found, info = loaded
            self.verified.emit(found)
            if found is None or info is None:
                self.verify_message.show_error(
                    self.tr(
                        "No letter in the archive has this code. The letter may not come from "
                        "this office."
                    )
                )
                return
            if found.erased:
                self.verify_message.show_error(
                    self.tr(
                        "Letter %1 is registered, but its file was erased when the client's "
                        "data was anonymised."
                    ).replace("%1", found.letter.number)
                )
                return
            if not found.intact:
                self.verify_message.show_error(
                    self.tr(
                        "Letter %1 is in the archive, but its stored file was altered."
                    ).replace("%1", found.letter.number)
                )
            else:
                text = self.tr("Letter %1 is in the archive. Compare it with the paper.")
                self.verify_message.show_good(text.replace("%1", found.letter.number))
            self.referral_actions.show_preview(found.pdf, info, can_print=False)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.verify_message.show_error(message_for(exc))
                self.verified.emit(None)
                return
            show_failure(self, exc)

        Operation(self._context, self, load, show).failure(failed).run()
