"""Step 2: which field each column of the register is, suggested from its header."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lk3_desktop.core.register_cells import cell_text
from lk3_desktop.core.register_columns import FIELDS, IGNORED
from lk3_desktop.services import register_import as ri
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.settings.register_import.work import ImportState, WorkPanel
from lk3_desktop.ui.table_columns import fit_columns

Index = QModelIndex | QPersistentModelIndex
SAMPLES = 3
FIELD_COLUMN = 2
CHOICE_MARK = "\u25be"  # a small down arrow: the cell opens a drop-down list


def _samples(table: ri.SourceTable, column: int) -> str:
    found: list[str] = []
    for row in table.rows:
        text = cell_text(row.cells[column]) if column < len(row.cells) else ""
        if text:
            found.append(text)
        if len(found) == SAMPLES:
            break
    return " · ".join(found)


class ColumnsModel(QAbstractTableModel):
    """One row per column of the register: its header, a few values, and the field."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._samples: list[str] = []

    def reload(self) -> None:
        self.beginResetModel()
        table = self._state.table
        self._samples = [_samples(table, i) for i in range(len(table.headers))] if table else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._samples)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Column in the file"), self.tr("Examples"), self.tr("Imported as")][
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        table = self._state.table
        assert table is not None
        row, column = index.row(), index.column()
        if column == 0:
            return table.headers[row]
        if column == 1:
            return self._samples[row]
        key = self._state.columns[row]
        if role == Qt.ItemDataRole.EditRole:
            return key
        shown = field_label(key) if key else self.tr("(not imported)")
        return f"{shown} {CHOICE_MARK}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD_COLUMN else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != FIELD_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        key = str(value or "")
        columns = self._state.columns
        for other, taken in enumerate(columns):
            if key and taken == key and other != index.row():  # a field comes from one column
                columns[other] = IGNORED
                cell = self.index(other, FIELD_COLUMN)
                self.dataChanged.emit(cell, cell)
        columns[index.row()] = key
        self._state.plan = None
        self.dataChanged.emit(index, index)
        return True


def field_label(key: str) -> str:
    return next((f.label for f in FIELDS if f.key == key), key)


class FieldDelegate(QStyledItemDelegate):
    """The field of a column, chosen from a drop-down list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = ComboBox(parent)
        combo.setObjectName("importFieldChoice")
        combo.setAccessibleName(self.tr("Imported as"))
        combo.addItem(self.tr("(not imported)"), IGNORED)
        for f in FIELDS:
            combo.addItem(f.label, f.key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, ComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ColumnsPage(QWizardPage):
    def __init__(self, context: AppContext, state: ImportState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importColumnsPage")
        self._context = context
        self._state = state
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Each column was matched to a field by its header. Check the examples and change "
                "what is wrong; a column set to “(not imported)” is left out."
            )
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("importTableSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ColumnsModel(state, self)
        self.view = QTableView(self)
        self.view.setObjectName("importColumns")
        self.view.setAccessibleName(self.tr("Columns of the register"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(FIELD_COLUMN, FieldDelegate(self.view))
        self.view.setEditTriggers(
            QTableView.EditTrigger.CurrentChanged
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.DoubleClicked
        )
        self.view.verticalHeader().hide()
        fit_columns(self.view, 1)
        layout.addWidget(self.view, 1)
        self.work = WorkPanel("importCheck", self)
        layout.addWidget(self.work)

    def initializePage(self) -> None:
        table = self._state.table
        self.model.reload()
        if table is None:
            return
        rows = "–".join(str(n) for n in sorted({table.header_rows[0], table.header_rows[-1]}))
        self.summary.setText(
            self.tr(
                "%1 data rows; header in row %2; %3 blank rows and %4 repeated headers skipped."
            )
            .replace("%1", str(len(table.rows)))
            .replace("%2", rows)
            .replace("%3", str(table.blank_rows))
            .replace("%4", str(table.repeated_headers))
        )

    def validatePage(self) -> bool:
        if self._state.plan is not None:
            return True
        if self.work.running() or self._state.table is None:
            return False
        table, mapping = self._state.table, self._state.mapping()
        emit = self.work.relay.changed.emit
        op: Operation[ri.ImportPlan] = Operation(
            self._context,
            self,
            lambda s: ri.plan_import(s, table, mapping, emit, op.cancelled),
            self._planned,
        )
        self.work.run(op, self.tr("Checking every row…"))
        return False

    def _planned(self, plan: ri.ImportPlan) -> None:
        self._state.plan = plan
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()
