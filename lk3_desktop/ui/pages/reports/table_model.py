"""One table of the report in a view: No., the row label, its counts, and the total row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from lk3_desktop.services.reports import PeriodicReport, ReportRow, ReportTable

ModelIndex = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> ReportTable | None:
        return self._table

    def _has_total(self) -> bool:
        return self._table is not None and self._table.totals is not None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows) + (1 if self._has_total() else 0)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return 2 + len(self._table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        table = self._table
        if table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return "No."
        if section == 1:
            return table.row_header
        return table.columns[section - 2]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        total = row == len(table.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                assert table.totals is not None
                if column == 0:
                    return ""
                if column == 1:
                    return "Jumlah"
                return QLocale().toString(table.totals[column - 2])
            if column == 0:
                return f"{row + 1}."
            if column == 1:
                return table.rows[row].label
            return QLocale().toString(table.rows[row].values[column - 2])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and not total:
            return table.rows[row].label
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def summary_table(report: PeriodicReport) -> ReportTable:
    """The summary figures as a table of one column (no total: they count different things)."""
    return ReportTable(
        "summary",
        "Ringkasan",
        "Uraian",
        ("Jumlah",),
        tuple(ReportRow(label, (n,)) for label, n in report.summary),
    )
