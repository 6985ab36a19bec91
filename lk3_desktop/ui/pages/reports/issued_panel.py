"""The reports issued so far: period, when and by whom, the chain code; each can be saved again
as it was sent (the stored PDF, or a spreadsheet of the stored counts)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.services.reports import IssuedReportInfo
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.table_columns import fit_columns


class IssuedReportsPanel(QWidget):
    save_requested = Signal(object, str)  # IssuedReportInfo, "pdf" | "xlsx" | "csv"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuedReportsPanel")
        layout = QVBoxLayout(self)
        self.model: RecordsModel[IssuedReportInfo] = RecordsModel(
            [
                Column(self.tr("Period"), lambda r: r.period.label),
                Column(self.tr("Issued on"), lambda r: format_date_id(r.issued_at.date())),
                Column(self.tr("Issued by"), lambda r: r.issued_by),
                Column(self.tr("Audit chain code"), lambda r: r.chain_head),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("issuedReportsTable")
        self.table.setAccessibleName(self.tr("Issued reports"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_columns(self.table, 0)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for fmt, text in (
            ("pdf", self.tr("Save the issued PDF…")),
            ("xlsx", self.tr("Save as XLSX…")),
            ("csv", self.tr("Save as CSV…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"issued{fmt.upper()}Button")
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(lambda _c=False, f=fmt: self._save(f))
            buttons.addWidget(button)
            self.buttons[fmt] = button
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        self._enable()

    def set_reports(self, issued: list[IssuedReportInfo]) -> None:
        self.model.set_records(issued)
        if issued:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> IssuedReportInfo | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)

    def _save(self, fmt: str) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.save_requested.emit(chosen, fmt)
