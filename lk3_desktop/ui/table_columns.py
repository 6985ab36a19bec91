"""Column widths of the app's tables and trees: each column as wide as what it shows, one
column (usually the name) taking the room that is left.

Fixed widths guessed from sample texts cut names ("Nurhayati bin…") next to wide empty
columns. Here widths follow the texts of the header and of the rows in view, again whenever
the rows or the view's width change; when everything does not fit, the other columns give up
room (down to their header) before the main column is cut. A cell that is still cut shows
its whole text as a tooltip. A column the person resized by hand keeps its width.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QTreeView

CELL_PADDING = 18  # the cell's margins and the grid line
HEADER_PADDING = 26  # room for the sort arrow
MAX_COLUMN = 360  # a column grows no wider than this for one long text
MAX_MAIN = 520  # nor the main column
SAMPLE_ROWS = 120  # rows measured: those in view, and a few more
SHORT_TEXT = 12  # "17 Agu 2026", "09.00–10.00": kept whole like a single word


class ColumnFitter(QObject):
    """Keeps the columns of ``view`` fitted (see the module). Made by :func:`fit_columns`."""

    def __init__(self, view: QTableView | QTreeView, main_column: int) -> None:
        super().__init__(view)
        self._view = view
        self._main = main_column
        self._fitting = False
        self._dragging = False  # a person is dragging a column edge in the header
        self._by_hand: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        self._watched: object = None
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        self._header = header
        self._viewport = view.viewport()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized_by_hand)
        header.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self._watch_model()

    def header(self) -> QHeaderView:
        return self._header

    def _watch_model(self) -> None:
        model = self._view.model()
        if model is None or model is self._watched:
            return
        self._watched = model
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def _resized_by_hand(self, column: int, _old: int, _new: int) -> None:
        if self._dragging and not self._fitting:
            self._by_hand.add(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # compared by identity only: while the view is being destroyed nothing may be asked
        if watched is self._header:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._dragging = True
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._dragging = False
        elif watched is self._viewport:
            if event.type() == QEvent.Type.Resize:
                self.schedule()
            elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                return self._tooltip(event)
        return super().eventFilter(watched, event)

    # -- measuring ------------------------------------------------------------------------------

    def _rows(self) -> range:
        model = self._view.model()
        if model is None:
            return range(0)
        top = self._view.indexAt(self._view.viewport().rect().topLeft()).row()
        first = max(top, 0)
        return range(first, min(model.rowCount(), first + SAMPLE_ROWS))

    def _text_width(self, index: QModelIndex) -> int:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or text == "":
            return 0
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self._view.fontMetrics()
        width = max(metrics.horizontalAdvance(line) for line in str(text).split("\n"))
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width += self._view.iconSize().width() + 6
        return width + CELL_PADDING

    def wanted(self) -> dict[int, tuple[int, int]]:
        """Per shown column: (the width it may shrink to, the width its texts need). A column
        of single words (a NIK, a phone, a number, a code) or of short texts (a date, a time)
        never shrinks below its texts: cut, they would be useless. Columns of longer texts
        may, down to their header."""
        model = self._view.model()
        header = self.header()
        if model is None:
            return {}
        metrics = header.fontMetrics()
        rows = self._rows()
        result: dict[int, tuple[int, int]] = {}
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            need_header = metrics.horizontalAdvance(str(title or "")) + HEADER_PADDING
            texts = [model.index(row, column) for row in rows]
            need = max([need_header] + [self._text_width(index) for index in texts])
            limit = MAX_MAIN if column == self._main else MAX_COLUMN
            values = [str(index.data() or "").strip() for index in texts]
            whole = all(" " not in v or len(v) <= SHORT_TEXT for v in values)
            low = need if whole else need_header
            result[column] = (min(low, limit), min(need, limit))
        if isinstance(self._view, QTreeView) and 0 in result:
            indent = self._view.indentation() if self._view.rootIsDecorated() else 0
            low, need = result[0]
            result[0] = (low, need + indent)
        return result

    # -- fitting --------------------------------------------------------------------------------

    def refit(self) -> None:
        self._watch_model()  # the view may have been given its model after fitting began
        wanted = self.wanted()
        if not wanted:
            return
        header = self.header()
        room = self._view.viewport().width()
        smallest = header.minimumSectionSize()
        wanted = {c: (max(low, smallest), max(need, smallest)) for c, (low, need) in wanted.items()}
        widths = {c: need for c, (_low, need) in wanted.items()}
        for column in self._by_hand & widths.keys():
            widths[column] = header.sectionSize(column)
        main = self._main if self._main in widths else max(widths)
        others = sum(w for c, w in widths.items() if c != main)
        spare = room - others
        if spare < widths[main]:
            # the other columns give up room, down to their header, before the main one
            deficit = widths[main] - max(spare, 0)
            give = {
                c: widths[c] - wanted[c][0]
                for c in widths
                if c != main and c not in self._by_hand and widths[c] > wanted[c][0]
            }
            total = sum(give.values())
            if total > 0:
                share = min(1.0, deficit / total)
                for column, slack in give.items():
                    widths[column] -= min(slack, math.ceil(slack * share))
            others = sum(w for c, w in widths.items() if c != main)
        if main not in self._by_hand:
            widths[main] = max(room - others, wanted[main][0])
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _tooltip(self, event: QHelpEvent) -> bool:
        """The whole text of a cut cell (unless the model gives a tooltip of its own)."""
        index = self._view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        width = self.header().sectionSize(index.column())
        if self._text_width(index) <= width:
            return False
        QToolTip.showText(event.globalPos(), str(index.data()), self._view)
        return True

    def is_cut(self, index: QModelIndex) -> bool:
        """True when the cell's text needs more room than its column has (for tests)."""
        return self._text_width(index) > self.header().sectionSize(index.column())


def fit_columns(view: QAbstractItemView, main_column: int = 0) -> ColumnFitter:
    """Fit the columns of ``view`` to what they show, ``main_column`` (-1: the last one)
    taking what is left."""
    assert isinstance(view, QTableView | QTreeView)
    fitter = ColumnFitter(view, main_column)
    view.setProperty("columnFitter", True)
    fitter.schedule()
    return fitter
