"""The item list of a screening form: number, question and the answer given, risk items in red."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lk3_desktop.core.instruments import Instrument
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.style import RISK

COL_NUMBER, COL_TEXT, COL_ANSWER = range(3)


class ItemsTable(QTableWidget):
    """The item list; row heights follow the wrapped text whenever the width changes.

    ``headers`` are the three column titles (number, question, answer), already translated
    by the form that shows the table."""

    def __init__(
        self, instrument: Instrument, headers: list[str], accessible: str, parent: QWidget
    ) -> None:
        super().__init__(len(instrument.items), 3, parent)
        self.setObjectName("itemsTable")
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setMinimumHeight(200)
        self.setAlternatingRowColors(True)
        head = self.horizontalHeader()
        head.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.Fixed)
        head.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(COL_ANSWER, QHeaderView.ResizeMode.Fixed)
        number_width = self.fontMetrics().horizontalAdvance(headers[COL_NUMBER]) + 24
        self.setColumnWidth(COL_NUMBER, max(40, number_width))
        self.setColumnWidth(COL_ANSWER, 190)
        for row, item in enumerate(instrument.items):
            number = QTableWidgetItem(str(item.number))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QTableWidgetItem(labels.item_text(item))
            text.setToolTip(labels.item_text(item))
            self.setItem(row, COL_NUMBER, number)
            self.setItem(row, COL_TEXT, text)
            self.setItem(row, COL_ANSWER, QTableWidgetItem(""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.resizeRowsToContents)

    def show_answers(
        self,
        instrument: Instrument,
        answers: Sequence[int | None],
        flagged: set[int],
        text_brush: QBrush,
    ) -> None:
        """Each item's answer ("—" when open); items in ``flagged`` bold and red."""
        for row, item in enumerate(instrument.items):
            value = answers[row]
            cell = self.cell(row, COL_ANSWER)
            if value is None:
                cell.setText("\u2014")
            else:
                option = next(o for o in item.options if o.value == value)
                cell.setText(f"{value} \u2013 {labels.option_label(option)}")
            color = QColor(RISK) if item.number in flagged else QColor()
            for col in (COL_NUMBER, COL_TEXT, COL_ANSWER):
                cell_item = self.cell(row, col)
                cell_item.setForeground(color if color.isValid() else text_brush)
                font = cell_item.font()
                font.setBold(item.number in flagged)
                cell_item.setFont(font)
        self.resizeRowsToContents()

    def cell(self, row: int, col: int) -> QTableWidgetItem:
        cell = self.item(row, col)
        assert cell is not None
        return cell
