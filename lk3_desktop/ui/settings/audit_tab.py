"""The Audit trail tab (head only): filter the log, read it page by page, see and verify the
chain head (optionally against a head printed earlier), and export the filtered rows to CSV.

Rows name records by id; the acting user's name and the readable details (a correction's old
values) are for the screen only. The CSV holds ids and codes, never names or old values.
Verifying and exporting are audited by the service.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import audit_log
from lk3_desktop.services.audit_log import AuditFilter, AuditRow
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.dates import datetime_text
from lk3_desktop.ui.field_feedback import StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.table_columns import fit_columns

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Matching audit rows, newest first, fetched a page at a time as the view scrolls."""

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: UserSession | None = None
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._total = 0

    def load(self, session: UserSession | None, f: AuditFilter) -> None:
        self.beginResetModel()
        self._session = session
        self._filter = f
        self._rows = []
        self._total = audit_log.count(session, f) if session is not None else 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._session is not None and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent) or self._session is None:
            return
        more = audit_log.rows(self._session, self._filter, len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Details"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return row.detail_text or None  # the whole text where the column cuts it
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(row.id)
        if column == 1:
            return datetime_text(row.at, seconds=True)
        if column == 2:
            if row.actor_id is None:
                return self.tr("(system)")
            return f"{row.actor_name or '?'} (#{row.actor_id})"
        if column == 3:
            return row.action
        if column == 5:
            return row.detail_text
        if row.entity_type is None:
            return ""
        return f"{row.entity_type} #{row.entity_id}" if row.entity_id else row.entity_type


def _left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class AuditTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self._context = context
        self._stale = True
        layout = QVBoxLayout(self)

        self._build_audit_user_filter(layout)
        self._build_the_chosen_entry(layout)

    def _build_audit_user_filter(self, layout: QVBoxLayout) -> None:
        filter_box = QGroupBox(self.tr("Filter"), self)
        form = QFormLayout(filter_box)
        self.user_combo = ComboBox(filter_box)
        self.user_combo.setObjectName("auditUserFilter")
        self.user_combo.setAccessibleName(self.tr("User"))
        form.addRow(self.tr("User"), self.user_combo)
        self.action_combo = ComboBox(filter_box)
        self.action_combo.setObjectName("auditActionFilter")
        self.action_combo.setAccessibleName(self.tr("Action"))
        form.addRow(self.tr("Action"), self.action_combo)
        record_row = QHBoxLayout()
        self.entity_combo = ComboBox(filter_box)
        self.entity_combo.setObjectName("auditEntityTypeFilter")
        self.entity_combo.setAccessibleName(self.tr("Record type"))
        record_row.addWidget(self.entity_combo)
        self.entity_id = QLineEdit(filter_box)
        self.entity_id.setObjectName("auditEntityIdFilter")
        self.entity_id.setAccessibleName(self.tr("Record number"))
        self.entity_id.setPlaceholderText(self.tr("Number, e.g. a client's id"))
        record_row.addWidget(self.entity_id, 1)
        form.addRow(self.tr("Record"), record_row)
        date_row = QHBoxLayout()
        self.date_from = self._date_edit("auditDateFrom", self.tr("From date"))
        self.date_to = self._date_edit("auditDateTo", self.tr("To date"))
        date_row.addWidget(self.date_from)
        date_row.addWidget(QLabel("–", filter_box))
        date_row.addWidget(self.date_to)
        date_row.addStretch(1)
        form.addRow(self.tr("Dates"), date_row)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Show"), filter_box)
        self.apply_button.setObjectName("auditApplyFilter")
        self.apply_button.setAccessibleName(self.tr("Show matching entries"))
        self.apply_button.clicked.connect(self.apply_filter)
        buttons.addWidget(self.apply_button)
        self.export_button = QPushButton(self.tr("Export to CSV…"), filter_box)
        self.export_button.setObjectName("auditExportButton")
        self.export_button.setAccessibleName(self.tr("Export the matching entries to CSV"))
        self.export_button.clicked.connect(self.export_csv)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.count_label = QLabel(filter_box)
        self.count_label.setObjectName("auditCount")
        buttons.addWidget(self.count_label)
        form.addRow(buttons)
        self.export_status = StatusMessage("auditExportStatus", self.tr("Export status"))
        form.addRow(self.export_status)
        layout.addWidget(filter_box)

        self.model = AuditTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # the rows in view are measured, never all of a growing table
        fit_columns(self.table, 5)
        layout.addWidget(self.table, 1)

    def _build_the_chosen_entry(self, layout: QVBoxLayout) -> None:
        # the chosen entry's details in full: the column cuts long ones
        self.row_detail = QLabel(self)
        self.row_detail.setObjectName("auditRowDetail")
        self.row_detail.setAccessibleName(self.tr("Details of the selected entry"))
        self.row_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_detail.hide()
        layout.addWidget(self.row_detail)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_row_detail())
        self.model.modelReset.connect(self._show_row_detail)

        chain_box = QGroupBox(self.tr("Audit chain"), self)
        chain_layout = QVBoxLayout(chain_box)
        chain_text = QLabel(
            self.tr(
                "Every entry holds the fingerprint of the one before it. The current head is "
                "printed on reports and backup labels; enter a head printed earlier to check "
                "that the log has not been rebuilt or cut back since."
            ),
            chain_box,
        )
        chain_text.setWordWrap(True)
        chain_layout.addWidget(chain_text)
        self.head_label = QLabel(chain_box)
        self.head_label.setObjectName("chainHeadValue")
        self.head_label.setAccessibleName(self.tr("Current chain head"))
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chain_layout.addWidget(self.head_label)
        verify_row = QHBoxLayout()
        self.expected_head = QLineEdit(chain_box)
        self.expected_head.setObjectName("expectedChainHead")
        self.expected_head.setAccessibleName(self.tr("Chain head printed earlier (optional)"))
        self.expected_head.setPlaceholderText(self.tr("Head printed earlier (optional)"))
        verify_row.addWidget(self.expected_head, 1)
        self.verify_button = QPushButton(self.tr("Verify chain"), chain_box)
        self.verify_button.setObjectName("verifyChainButton")
        self.verify_button.setAccessibleName(self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify_chain)
        verify_row.addWidget(self.verify_button)
        chain_layout.addLayout(verify_row)
        self.verify_result = StatusMessage("chainVerifyResult", self.tr("Verification result"))
        chain_layout.addWidget(self.verify_result)
        layout.addWidget(chain_box)

    def _show_row_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.row_at(rows[0].row()) if rows else None
        if entry is None or not entry.detail_text:
            self.row_detail.clear()
            self.row_detail.hide()
            return
        self.row_detail.setText(f"{entry.id} · {entry.action} · {entry.detail_text}")
        self.row_detail.show()

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = DateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("any"))  # shown at the minimum: no limit
        edit.setDate(edit.minimumDate())
        return edit

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        if edit.date() == edit.minimumDate():
            return None
        value = edit.date().toPython()
        assert isinstance(value, date)
        return value

    # -- session ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def session_changed(self, session: UserSession | None) -> None:
        """Forget what is shown; read the log again only when the tab is on screen."""
        self._stale = True
        if self.isVisible() or session is None:
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        session = self._context.session
        self.export_status.clear_message()
        self.verify_result.clear_message()
        if session is None or not allowed(session.actor.role, Permission.READ_AUDIT):
            self.model.load(None, AuditFilter())
            self.head_label.clear()
            self.count_label.clear()
            for combo in (self.user_combo, self.action_combo, self.entity_combo):
                combo.clear()
            return
        choices = audit_log.choices(session)
        self._fill(self.user_combo, [(name, uid) for uid, name in choices.users])
        self._fill(self.action_combo, [(a, a) for a in choices.actions])
        self._fill(self.entity_combo, [(t, t) for t in choices.entity_types])
        self.apply_filter()

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            actor_id=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            entity_type=self.entity_combo.currentData(),
            entity_id=self.entity_id.text().strip() or None,
            date_from=self._date_of(self.date_from),
            date_to=self._date_of(self.date_to),
        )

    def apply_filter(self) -> None:
        session = self._context.session
        if session is None:
            return
        try:
            self.model.load(session, self.current_filter())
            head = audit_log.chain_head(session)
        except Exception as exc:
            dialogs.warn(self, self.tr("Audit trail"), message_for(exc))
            pass_to_crash_handler(exc)
            return
        self.count_label.setText(self.tr("%n entries", None, self.model.total))
        self.head_label.setText(self.tr("Current chain head: %1").replace("%1", head))

    # -- verify and export ------------------------------------------------------------------

    def verify_chain(self) -> None:
        session = self._context.session
        if session is None:
            return
        expected = self.expected_head.text().strip() or None
        self.verify_result.clear_message()
        (
            Operation(
                self._context, self, lambda s: audit_log.verify_chain(s, expected), self._verified
            )
            .busy(lambda on: self.verify_button.setEnabled(not on))
            .failure_in(self.verify_result)
            .run()
        )

    def _verified(self, report: Any) -> None:
        if report.ok:
            text = self.tr("The chain is intact: %1 entries, head %2.")
            self.verify_result.show_good(
                text.replace("%1", str(report.count)).replace("%2", report.short_head)
            )
        elif report.problem == "anchor_not_found":
            self.verify_result.show_error(
                self.tr(
                    "The head printed earlier is not in the chain: the log was rebuilt or cut "
                    "back since it was printed."
                )
            )
        else:
            self.verify_result.show_error(
                self.tr(
                    "The chain is broken at entry %1: entries were changed or removed."
                ).replace("%1", str(report.first_bad_id))
            )
        if self._context.session is not None:
            self.head_label.setText(
                self.tr("Current chain head: %1").replace(
                    "%1", audit_log.chain_head(self._context.session)
                )
            )

    def export_csv(self) -> None:
        session = self._context.session
        if session is None:
            return
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Export audit trail"),
            str(Path.home() / f"audit-lk3-{date.today().isoformat()}.csv"),
            self.tr("CSV file (*.csv)"),
            "csv",
        )
        if not chosen:
            return
        f = self.current_filter()
        self.export_status.clear_message()
        (
            Operation(
                self._context,
                self,
                lambda s: audit_log.export_csv(s, f, Path(chosen)),
                self._exported,
            )
            .busy(lambda on: self.export_button.setEnabled(not on))
            .failure_in(self.export_status)
            .run()
        )

    def _exported(self, n: int) -> None:
        self.export_status.show_good(self.tr("%n entries exported (ids only, no names).", None, n))
