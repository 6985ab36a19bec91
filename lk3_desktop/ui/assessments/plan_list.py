"""One step of the client's safety plan as a small editable table: one column of lines
(warning signs, what to do alone, making the surroundings safe) or two (a person, place or
service and its phone number), with buttons to add and remove a row. A row is an item: no
field asks for "one item per line"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.client_safety_plan import MAX_ITEMS, Contact

EDIT_ROWS = 3  # rows a step shows while written (more scroll in it)
MOST_ROWS = 8


class PlanList(QWidget):
    """Rows of one step; ``headers`` has one title (lines) or two (name, phone)."""

    changed = Signal()

    def __init__(
        self,
        object_name: str,
        accessible_name: str,
        headers: Sequence[str],
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._read_only = read_only
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"{object_name}Table")
        self.table.setAccessibleName(accessible_name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        if len(headers) == 1:
            self.table.horizontalHeader().hide()  # one column: the step's label says it
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if len(headers) == 2:
            head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(1, 220)
        self._header_height = head.sizeHint().height() if len(headers) > 1 else 0
        self._fit_height()
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._item_changed)
        if not read_only:
            self.table.installEventFilter(self)
        layout.addWidget(self.table)

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.setObjectName(f"{object_name}Add")
        self.add_button.setAccessibleName(self.tr("Add a row to %1").replace("%1", accessible_name))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.setObjectName(f"{object_name}Remove")
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected row of %1").replace("%1", accessible_name)
        )
        self.remove_button.clicked.connect(self.remove_row)
        for button in (self.add_button, self.remove_button):
            button.setVisible(not read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _fit_height(self) -> None:
        """As many rows as it holds (at least three while written, one when read), so a
        signed plan shows whole; past eight rows it scrolls."""
        least = 1 if self._read_only else EDIT_ROWS
        rows = min(max(self.table.rowCount(), least), MOST_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self._header_height + rows * row_height + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the last row, once its text is in (the first Enter ends the typing), starts
        # the next item: a list is typed without reaching for the mouse.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.state() != QAbstractItemView.State.EditingState
            and self.table.currentRow() == self.table.rowCount() - 1
            and self._cell(self.table.currentRow(), 0).strip()
        ):
            self.add_row()
            return True
        return super().eventFilter(watched, event)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        item.setToolTip(item.text())  # a long name, cut in its cell, reads whole
        self.changed.emit()

    # -- values ----------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[str]) -> None:
        self._fill([(line,) for line in lines])

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        self._fill([(c.name, c.phone) for c in contacts])

    def _fill(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self._append(values)
        if not rows and not self._read_only:
            self._append(("",) * self.table.columnCount())  # a row ready to type into
        self.table.blockSignals(False)
        self._fit_height()

    def _append(self, values: Sequence[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.table.setItem(row, column, item)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def lines(self) -> tuple[str, ...]:
        return tuple(
            text for r in range(self.table.rowCount()) if (text := self._cell(r, 0)).strip()
        )

    def contacts(self) -> tuple[Contact, ...]:
        rows = (Contact(self._cell(r, 0), self._cell(r, 1)) for r in range(self.table.rowCount()))
        return tuple(c for c in rows if not c.is_blank)

    # -- rows ------------------------------------------------------------------------------

    def add_row(self) -> None:
        if self._read_only or self.table.rowCount() >= MAX_ITEMS:
            return
        self._append(("",) * self.table.columnCount())
        self._fit_height()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if self._read_only or row < 0:
            return
        self.table.removeRow(row)
        self._fit_height()
        self.changed.emit()

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)
