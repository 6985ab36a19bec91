"""The client list as a lazy table model: it holds the ordered ids, rows are fetched when painted.

Searching, filtering and sorting happen in SQL (``services.client_list.search_ids``), which
returns every matching id in display order. ``data()`` asks for the rows of one page of ids
around the row it needs (``fetch_rows``) and keeps a bounded number of rows, least recently
used first out. Nothing here knows about threads: the page hands in a ``runner`` that runs the
id search on the lane, and results of a search that was overtaken by a newer one are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from lk3_desktop.core.vocabulary import SEXES
from lk3_desktop.services.client_list import ClientFilter, ClientRow, SortKey
from lk3_desktop.ui.style import MUTED, RISK, WARNING_INK

ModelIndex = QModelIndex | QPersistentModelIndex

Searcher = Callable[[ClientFilter, SortKey, bool], list[int]]
Fetcher = Callable[[Sequence[int]], dict[int, ClientRow]]
# runner(job, on_done, on_error): run ``job`` somewhere and call back on the UI thread.
Runner = Callable[
    [Callable[[], list[int]], Callable[[list[int]], None], Callable[[BaseException], None]],
    None,
]

(
    COL_NAME,
    COL_SEX_AGE,
    COL_NIK,
    COL_PHONE,
    COL_REGENCY,
    COL_REGISTRATION,
    COL_STAGE,
    COL_COUNSELOR,
    COL_CONSENT,
) = range(9)
COLUMN_COUNT = 9

CLIENT_ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1

# Columns the SQL can order by; the others keep the current order when clicked.
SORT_KEYS: dict[int, SortKey] = {
    COL_NAME: "name",
    COL_REGENCY: "regency",
    COL_REGISTRATION: "registration",
    COL_STAGE: "stage",
    COL_COUNSELOR: "counselor",
}

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_HANDLED_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, _ACCESSIBLE, _FOREGROUND, _FONT, _ALIGN, CLIENT_ID_ROLE}
)

PAGE_SIZE = 100
MAX_CACHED_ROWS = PAGE_SIZE * 50


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("ClientListModel", "Name"),
        QCoreApplication.translate("ClientListModel", "Sex/Age"),
        QCoreApplication.translate("ClientListModel", "NIK"),
        QCoreApplication.translate("ClientListModel", "Phone"),
        QCoreApplication.translate("ClientListModel", "Regency/City"),
        QCoreApplication.translate("ClientListModel", "Reg. number"),
        QCoreApplication.translate("ClientListModel", "Stage"),
        QCoreApplication.translate("ClientListModel", "Counselor"),
        QCoreApplication.translate("ClientListModel", "Consent"),
    ]


def masked_name(full_name: str) -> str:
    """Initials only ("S. N. R." for "Siti Nur Rahma"): enough to tell rows apart, not enough
    for someone facing the screen to read who the client is."""
    return " ".join(f"{part[0].upper()}." for part in full_name.split() if part[:1].isalnum())


def short_regency(name: str) -> str:
    """ "Kab. Tangerang" for "Kabupaten Tangerang": the list has little room, and the short
    form is how offices write it."""
    return "Kab. " + name[len("Kabupaten ") :] if name.startswith("Kabupaten ") else name


class _Shown:
    """A fetched row with the texts of its cells, made once when the row arrives (a page of
    them while the table paints: only what a cell shows is made here, the longer texts of
    tooltips and screen readers when asked)."""

    __slots__ = ("row", "texts")

    def __init__(self, row: ClientRow, consent: tuple[str, str], regency: str) -> None:
        self.row = row
        self.texts = (
            f"\u26a0 {row.full_name}" if row.high_risk else row.full_name,
            f"{row.sex} · {row.age}" if row.age is not None else row.sex,
            row.nik or "",
            row.phone,
            regency,
            row.registration_number,
            row.stage,
            row.counselor,
            consent[0] if row.has_consent else consent[1],
        )

    @property
    def long_sex_age(self) -> str:
        sex = SEXES.get(self.row.sex, self.row.sex)
        if self.row.age is None:
            return sex
        age = QCoreApplication.translate("ClientListModel", "age %1")
        return f"{sex}, {age.replace('%1', str(self.row.age))}"


def run_now(
    job: Callable[[], list[int]],
    on_done: Callable[[list[int]], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """A runner that searches on the calling thread (tests, small databases)."""
    try:
        result = job()
    except Exception as exc:
        on_error(exc)
    else:
        on_done(result)


class ClientListModel(QAbstractTableModel):
    """Rows of the client list. ``set_filter`` and ``sort`` ask the searcher again."""

    search_started = Signal()
    search_finished = Signal(int)  # how many clients match
    search_failed = Signal(object)  # the exception
    fetch_failed = Signal(object)

    def __init__(
        self,
        searcher: Searcher,
        fetcher: Fetcher,
        runner: Runner = run_now,
        *,
        page_size: int = PAGE_SIZE,
        max_cached_rows: int = MAX_CACHED_ROWS,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._searcher = searcher
        self._fetcher = fetcher
        self._runner = runner
        self._page_size = max(1, page_size)
        self._max_rows = max(self._page_size, max_cached_rows)
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._rows: OrderedDict[int, _Shown] = OrderedDict()
        self._short_regencies: dict[str, str] = {}  # a few dozen names, shortened once
        self._brushes = (QBrush(QColor(MUTED)), QBrush(QColor(WARNING_INK)))
        self._risk_brush = QBrush(QColor(RISK))
        self._bold = QFont()
        self._bold.setBold(True)
        self._center = int(Qt.AlignmentFlag.AlignCenter.value)
        self._filter = ClientFilter()
        self._sort_column: int | None = None  # None: by relevance when searching, else name
        self._descending = False
        self._generation = 0
        self._searching = False
        self._fetch_error_pending = False
        self._hide_names = False
        self._revealed: int | None = None  # the client id whose name is shown while hiding
        self.fetch_count = 0  # how many times rows were fetched (for tests and benchmarks)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def client_filter(self) -> ClientFilter:
        return self._filter

    @property
    def ids(self) -> list[int]:
        return self._ids

    @property
    def is_searching(self) -> bool:
        return self._searching

    @property
    def sort_column(self) -> int | None:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    def sort_key(self) -> SortKey:
        if self._sort_column is not None:
            return SORT_KEYS[self._sort_column]
        return "relevance" if self._filter.query.strip() else "name"

    def set_filter(self, flt: ClientFilter) -> None:
        self._filter = flt
        self.requery()

    def requery(self, in_place: bool = False) -> None:
        """Ask for the ids again (after a filter, a sort or a saved change). ``in_place``:
        the same ids in the same order keep the view as it is (no reset, so the current
        row and the scroll stay), only the rows are read again."""
        self._generation += 1
        generation = self._generation
        flt, key, descending = self._filter, self.sort_key(), self._descending
        self._searching = True
        self.search_started.emit()

        def done(ids: list[int]) -> None:
            if generation == self._generation:
                self._searching = False
                if not (in_place and ids == self._ids):
                    self.set_ids(ids)
                self.search_finished.emit(len(ids))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._searching = False
                self.search_failed.emit(exc)

        self._runner(lambda: self._searcher(flt, key, descending), done, failed)

    def set_ids(self, ids: list[int]) -> None:
        """Show ``ids`` in this order. Cached rows stay: they are keyed by client id."""
        self.beginResetModel()
        self._ids = list(ids)
        self._positions = None
        self.endResetModel()

    def clear(self) -> None:
        self._generation += 1
        self._searching = False
        self.beginResetModel()
        self._ids = []
        self._positions = None
        self._revealed = None
        self._rows.clear()
        self.endResetModel()

    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int:
        """The row showing ``client_id``, or -1."""
        if self._positions is None:
            self._positions = {cid: i for i, cid in enumerate(self._ids)}
        return self._positions.get(client_id, -1)

    def row_data(self, row: int) -> ClientRow | None:
        """The fetched row (fetching its page when needed)."""
        if not 0 <= row < len(self._ids):
            return None
        shown = self.row_texts(row)
        return shown.row if shown is not None else None

    def forget(self, client_id: int) -> None:
        """Drop one client's cached row (it changed) and repaint it if shown."""
        self._rows.pop(client_id, None)
        row = self.row_of(client_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def forget_all(self) -> None:
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1)
            )

    # -- screen privacy ---------------------------------------------------------------------

    @property
    def hides_names(self) -> bool:
        return self._hide_names

    def set_hide_names(self, hide: bool) -> None:
        """Show names as initials (except the revealed row) or in full; repaints the names."""
        if hide == self._hide_names:
            return
        self._hide_names = hide
        if self._ids:
            last = self.index(len(self._ids) - 1, COL_NAME)
            self.dataChanged.emit(self.index(0, COL_NAME), last)

    def reveal_row(self, row: int) -> None:
        """The selected row: its name is shown in full while names are hidden. Only the
        rows whose name changes are repainted."""
        client_id = self.client_id(row)
        previous = self._revealed
        if client_id == previous:
            return
        self._revealed = client_id
        if not self._hide_names:
            return
        for cid in (previous, client_id):
            at = self.row_of(cid) if cid is not None else -1
            if at >= 0:
                name = self.index(at, COL_NAME)
                self.dataChanged.emit(name, name)

    def _name_hidden(self, row: int) -> bool:
        return self._hide_names and self._ids[row] != self._revealed

    # -- fetching ---------------------------------------------------------------------------

    def _fetch_around(self, row: int) -> None:
        """Fetch the missing rows of a page starting a little above ``row``: scrolling down
        (the usual direction) then finds the next rows already there."""
        start = max(0, min(row - self._page_size // 4, len(self._ids) - self._page_size))
        page = self._ids[start : start + self._page_size]
        wanted = [cid for cid in page if cid not in self._rows]
        if not wanted:
            return
        try:
            fetched = self._fetcher(wanted)
        except Exception as exc:
            # data() is called while painting: report once, after the paint.
            if not self._fetch_error_pending:
                self._fetch_error_pending = True
                error = exc
                QTimer.singleShot(0, self, lambda: self._report_fetch_error(error))
            return
        self.fetch_count += 1
        consent = (
            QCoreApplication.translate("ClientListModel", "Yes"),
            QCoreApplication.translate("ClientListModel", "None"),
        )
        regencies = self._short_regencies
        for cid in wanted:
            found = fetched.get(cid)
            if found is not None:
                regency = regencies.get(found.regency)
                if regency is None:
                    regency = regencies[found.regency] = short_regency(found.regency)
                self._rows[cid] = _Shown(found, consent, regency)
        # Rows of the page just painted are the most recently used; the oldest go first.
        for cid in page:
            if cid in self._rows:
                self._rows.move_to_end(cid)
        while len(self._rows) > self._max_rows:
            self._rows.popitem(last=False)

    def _report_fetch_error(self, exc: BaseException) -> None:
        self._fetch_error_pending = False
        self.fetch_failed.emit(exc)

    # -- model API --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: the common path stays short.
        if role not in _HANDLED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        if role == CLIENT_ID_ROLE:
            return self._ids[row]
        shown = self.row_texts(row)
        column = index.column()
        if shown is None:
            return "…" if role == _DISPLAY and column == COL_NAME else None
        if column == COL_NAME and self._name_hidden(row):
            return self._hidden_name(shown, role)
        if role == _DISPLAY:
            return shown.texts[column]
        if role == _FOREGROUND:
            if column == COL_NAME:
                return self._risk_brush if shown.row.high_risk else None
            if column != COL_CONSENT:
                return None
            return self._brushes[0] if shown.row.has_consent else self._brushes[1]
        if role == _FONT:
            if column == COL_NAME:
                return self._bold if shown.row.high_risk else None
            return self._bold if column == COL_CONSENT and not shown.row.has_consent else None
        if role == _ALIGN:
            return self._center if column in (COL_SEX_AGE, COL_CONSENT) else None
        if role == _ACCESSIBLE:
            if column == COL_CONSENT:
                return (
                    QCoreApplication.translate("ClientListModel", "Consent recorded")
                    if shown.row.has_consent
                    else QCoreApplication.translate("ClientListModel", "No consent")
                )
            return shown.long_sex_age if column == COL_SEX_AGE else shown.texts[column]
        return self._tooltip(shown, column)

    def row_texts(self, row: int) -> _Shown | None:
        cid = self._ids[row]
        shown = self._rows.get(cid)
        if shown is None:
            self._fetch_around(row)
            shown = self._rows.get(cid)
        return shown

    def _hidden_name(self, shown: _Shown, role: int) -> Any:
        if role in (_DISPLAY, _ACCESSIBLE):
            initials = masked_name(shown.row.full_name)
            return f"\u26a0 {initials}" if role == _DISPLAY and shown.row.high_risk else initials
        if role == _TOOLTIP:
            return QCoreApplication.translate(
                "ClientListModel", "Names are hidden on this screen. Select the row to see it."
            )
        if role == _FOREGROUND:
            return self._risk_brush if shown.row.high_risk else None
        if role == _FONT:
            return self._bold if shown.row.high_risk else None
        return None

    @staticmethod
    def _tooltip(shown: _Shown, column: int) -> str | None:
        row = shown.row
        if column == COL_NAME and row.high_risk:
            return QCoreApplication.translate(
                "ClientListModel", "High risk: no action recorded yet for an open risk flag."
            )
        if column == COL_NAME and row.nickname:
            return (
                QCoreApplication.translate("ClientListModel", "%1 (called %2)")
                .replace("%2", row.nickname)
                .replace("%1", row.full_name)
            )
        if column == COL_SEX_AGE:
            return shown.long_sex_age
        if column == COL_REGENCY and row.regency:
            return row.regency
        if column == COL_COUNSELOR and row.counselor:
            return row.counselor
        if column == COL_CONSENT and not row.has_consent:
            return QCoreApplication.translate(
                "ClientListModel", "No consent to services is recorded for this client."
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in SORT_KEYS:
            return QCoreApplication.translate("ClientListModel", "Click to sort by this column")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order in SQL by the column's key; columns without one leave the order as it is."""
        if column not in SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._sort_column and descending == self._descending:
            return
        self._sort_column = column
        self._descending = descending
        self.requery()

    def sort_by_relevance(self) -> None:
        """Back to the default order (relevance while searching, otherwise by name)."""
        self._sort_column = None
        self._descending = False
