"""The client list: search as you type, filters, a count, and a table that opens a client.

Every search runs ``search_ids`` on the lane (a search overtaken by a newer one is dropped);
the rows of the visible page are fetched when the table paints them (``fetch_rows``, one page
of ids at a time; `python -m benchmarks` measures the page and the paint after a jump).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.roles import Role
from lk3_desktop.services import center, client_list
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services.cases import CounselorChoice, list_counselors
from lk3_desktop.services.client_list import ClientFilter, ClientRow, Risk, SortKey, Status
from lk3_desktop.services.clients import Category, list_pmks
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.clients.client_list_model import (
    COL_NAME,
    SORT_KEYS,
    ClientListModel,
    Runner,
    short_regency,
)
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, show_failure
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns

SEARCH_DELAY_MS = 150
DEFAULT_PROVINCE = "36"  # Banten, when the center profile names no province


# The look-back periods the risk filter offers, in months.
RISK_MONTHS = (3, 6, 12)


@dataclass(frozen=True)
class FilterChoices:
    counselors: list[CounselorChoice]
    pmks: list[Category]
    regencies: list[tuple[str, str]]  # (code, name)


def load_filter_choices(session: UserSession) -> FilterChoices:
    """What the filter lists offer (runs on the lane): counselors, PMKS categories, and the
    regencies of the center's province plus every regency clients live in."""
    from lk3_desktop.core import regions

    province = center.get_center(session).province_code or DEFAULT_PROVINCE
    names = dict(regions.children(province))
    for code in client_list.regency_codes_in_use(session):
        if code not in names:
            names[code] = regions.name(code) or code
    regencies = sorted(names.items(), key=lambda item: item[1])
    return FilterChoices(list_counselors(session), list_pmks(session), regencies)


class ClientTable(QTableView):
    """The list's table: Enter opens the current client, on every platform."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            model = self.model()
            if index.isValid() and isinstance(model, ClientListModel):
                client_id = model.client_id(index.row())
                if client_id is not None:
                    self.open_requested.emit(client_id)
                    event.accept()
                    return
        super().keyPressEvent(event)


class ClientListPanel(QWidget):
    open_requested = Signal(int)  # client id
    new_requested = Signal()
    query_edited = Signal(str)  # the person typed into the list's own search field

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientListPanel")
        self.setAccessibleName(self.tr("Client list"))
        self._context = context
        self._choices_loaded = False
        self._open_single_pending = False
        # The current client and scroll kept across a refresh for another desk's change.
        self._keep_place: tuple[int | None, int] | None = None
        self._last_query = ""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)

        self._build_client_list_title(layout)
        self._build_reset_filters_button(layout)
        self._build_client_table(context, layout)

    def _build_client_list_title(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        title = QLabel(self.tr("Clients"), self)
        title.setObjectName("clientListTitle")
        set_role(title, "title")
        top.addWidget(title)
        top.addSpacing(12)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("clientCount")
        self.count_label.setAccessibleName(self.tr("Number of clients found"))
        set_role(self.count_label, "muted")
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        # Risk is clinical: the head and counselors filter by it (their own cases), staf never.
        self.risk_filter = self._combo("riskFilter", self.tr("High risk"), self.tr("Any risk"))
        self.risk_filter.addItem(self.tr("High risk: flag open"), ("open", 0))
        for months in RISK_MONTHS:
            self.risk_filter.addItem(
                self.tr("High risk in the last %n month(s)", "", months), ("recent", months)
            )
        self.risk_filter.hide()
        top.addWidget(self.risk_filter)
        top.addSpacing(8)
        self.new_button = QPushButton(self.tr("New client"), self)
        self.new_button.setObjectName("newClientButton")
        self.new_button.setAccessibleName(self.tr("New client"))
        self.new_button.setToolTip(self.tr("Register a new client (Ctrl+N)"))
        set_flag(self.new_button, "prominent", True)
        self.new_button.clicked.connect(lambda _c=False: self.new_requested.emit())
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("clientSearch")
        self.search_field.setAccessibleName(self.tr("Search clients"))
        self.search_field.setPlaceholderText(
            self.tr("Search by name, NIK, phone, KK, registration number or address")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._query_edited)
        self.search_field.textEdited.connect(self.query_edited.emit)
        self.search_field.installEventFilter(self)
        layout.addWidget(self.search_field)

    def _build_reset_filters_button(self, layout: QVBoxLayout) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.stage_filter = self._combo("stageFilter", self.tr("Stage"), self.tr("All stages"))
        for stage, label in STAGE_LABELS_ID.items():
            self.stage_filter.addItem(label, stage.value)
        self.counselor_filter = self._combo(
            "counselorFilter", self.tr("Counselor"), self.tr("All counselors")
        )
        self.pmks_filter = self._combo(
            "pmksFilter", self.tr("PPKS category (formerly PMKS)"), self.tr("All PPKS")
        )
        self.pmks_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pmks_filter.setMinimumContentsLength(16)
        self.regency_filter = self._combo(
            "regencyFilter", self.tr("Regency/City"), self.tr("All regencies/cities")
        )
        self.status_filter = self._combo("statusFilter", self.tr("Case status"), "")
        self.status_filter.clear()
        for status, text in (
            ("all", self.tr("All clients")),
            ("active", self.tr("Case active")),
            ("closed", self.tr("Case closed")),
            ("no_case", self.tr("No case yet")),
        ):
            self.status_filter.addItem(text, status)
        for combo in (
            self.stage_filter,
            self.counselor_filter,
            self.pmks_filter,
            self.regency_filter,
            self.status_filter,
        ):
            filters.addWidget(combo)
        self.reset_filters_button = QPushButton(self.tr("Reset filters"), self)
        self.reset_filters_button.setObjectName("resetFiltersButton")
        self.reset_filters_button.setAccessibleName(self.tr("Reset filters"))
        self.reset_filters_button.clicked.connect(lambda _c=False: self.reset_filters())
        filters.addWidget(self.reset_filters_button)
        filters.addStretch(1)
        layout.addLayout(filters)

    def _build_client_table(self, context: AppContext, layout: QVBoxLayout) -> None:
        self.model = ClientListModel(self._search, self._fetch, self._runner(), parent=self)
        self.table = ClientTable(self)
        self.table.setObjectName("clientTable")
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, COL_NAME)
        header.setMinimumSectionSize(40)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self.open_requested.emit)
        layout.addWidget(self.table, 1)

        self.empty_note = QLabel(self)
        self.empty_note.setObjectName("clientListEmpty")
        self.empty_note.setWordWrap(True)
        set_role(self.empty_note, "muted")
        self.empty_note.hide()
        layout.addWidget(self.empty_note)
        self.error = StatusMessage("clientListError", self.tr("Client list error"), self)
        layout.addWidget(self.error)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._reveal_selected())
        context.settings_changed.connect(self._setting_changed)

        self.model.search_finished.connect(self._search_finished)
        self.model.search_failed.connect(self._search_failed)
        self.model.fetch_failed.connect(self._fetch_failed)

    # -- building ---------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str, all_text: str) -> QComboBox:
        combo = ComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.addItem(all_text, None)
        combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        return combo

    def _filter_changed(self) -> None:
        if self.isVisible():
            self.apply_filter()

    def _runner(self) -> Runner:
        def run(job, on_done, on_error) -> None:  # type: ignore[no-untyped-def]
            if self._context.session is None:
                return
            Operation.sessionless(self._context, self, job, on_done).failure(on_error).run()

        return run

    def _search(self, flt: ClientFilter, key: SortKey, descending: bool) -> list[int]:
        return client_list.search_ids(self._context.require_session(), flt, key, descending)

    def _fetch(self, ids: Sequence[int]) -> dict[int, ClientRow]:
        return client_list.fetch_rows(self._context.require_session(), ids)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._choices_loaded and self._context.session is not None:
            self.load_privacy()
            self.load_choices()
            self.apply_filter()

    def load_choices(self) -> None:
        self._show_risk_filter()
        self._choices_loaded = (
            Operation(self._context, self, load_filter_choices, self._fill_choices)
            .failure(self._choices_failed)
            .run()
        )

    def _choices_failed(self, exc: BaseException) -> None:
        self._choices_loaded = False
        show_failure(self, self.tr("Clients"), exc)

    def _fill_choices(self, choices: FilterChoices) -> None:
        self._refill(self.counselor_filter, [(c.full_name, c.id) for c in choices.counselors])
        self._refill(self.pmks_filter, [(f"{c.code} {c.name}", c.code) for c in choices.pmks])
        for i in range(1, self.pmks_filter.count()):
            self.pmks_filter.setItemData(
                i, self.pmks_filter.itemText(i), Qt.ItemDataRole.ToolTipRole
            )
        self._refill(
            self.regency_filter, [(short_regency(name), code) for code, name in choices.regencies]
        )

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def session_changed(self) -> None:
        if self._context.session is None:
            self._debounce.stop()
            self.model.clear()
            self._choices_loaded = False
        else:
            self.load_privacy()
            if self.isVisible():
                self.load_choices()
                self.apply_filter()

    def load_privacy(self) -> None:
        """Hide names or not, as the head set it for this database."""
        # On the lane ahead of any search, so no list is painted before the choice is known.
        (
            Operation(
                self._context,
                self,
                lambda signed: office_settings.get_setting(signed, office_settings.HIDE_NAMES),
                lambda hide: self.model.set_hide_names(bool(hide)),
            )
            .titled(self.tr("Clients"))
            .run()
        )

    def _reveal_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.model.reveal_row(rows[0].row() if rows else -1)

    def _setting_changed(self, key: str) -> None:
        if key == office_settings.HIDE_NAMES:
            self.load_privacy()

    # -- searching --------------------------------------------------------------------------

    def current_filter(self) -> ClientFilter:
        stage = self.stage_filter.currentData()
        status: Status = self.status_filter.currentData() or "all"
        risk: Risk = "any"
        months = 6
        chosen = self.risk_filter.currentData()
        if isinstance(chosen, tuple):
            risk, months = chosen
        return ClientFilter(
            query=self.search_field.text().strip(),
            stage=Stage(stage) if stage else None,
            counselor_id=self.counselor_filter.currentData(),
            pmks_code=self.pmks_filter.currentData(),
            regency_code=self.regency_filter.currentData(),
            status=status,
            risk=risk,
            risk_months=months or 6,
        )

    def show_high_risk(self) -> None:
        """Only the clients with an open high-risk flag (from Beranda), other filters reset."""
        self._show_risk_filter()
        self.risk_filter.blockSignals(True)
        self.risk_filter.setCurrentIndex(self.risk_filter.findData(("open", 0)))
        self.risk_filter.blockSignals(False)
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self._last_query = ""
        self.reset_filters(keep_risk=True)

    def _show_risk_filter(self) -> None:
        session = self._context.session
        clinical = session is not None and session.actor.role is not Role.STAF
        self.risk_filter.setVisible(clinical)
        if not clinical and self.risk_filter.currentIndex() != 0:
            self.risk_filter.setCurrentIndex(0)

    def _query_edited(self, text: str) -> None:
        if text.strip() and not self._last_query:
            # a new search starts ranked by relevance, whatever column was sorted before
            self.model.sort_by_relevance()
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        self._last_query = text.strip()
        self._open_single_pending = False
        self._debounce.start()

    def apply_filter(self) -> None:
        self._debounce.stop()
        if self._context.session is None:
            return
        self.error.clear_message()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Ask again with the same filter (after a client was saved or merged)."""
        self.model.forget_all()
        if self._context.session is not None:
            self.model.requery()

    def refresh_in_place(self) -> None:
        """Ask again because another workstation changed something: the person's place (the
        current client, the scroll) stays, and nothing is asked while they are typing a
        search (its answer comes anyway)."""
        if self._context.session is None or self._debounce.isActive():
            return
        if self.model.is_searching:
            return
        current = self.model.client_id(self.table.currentIndex().row())
        self._keep_place = (current, self.table.verticalScrollBar().value())
        self.model.forget_all()
        self.model.requery(in_place=True)

    def reset_filters(self, keep_risk: bool = False) -> None:
        combos = [
            self.stage_filter,
            self.counselor_filter,
            self.pmks_filter,
            self.regency_filter,
            self.status_filter,
        ]
        if not keep_risk:
            combos.append(self.risk_filter)
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filter()

    def search(self, text: str, open_single: bool = False) -> None:
        """Search for ``text`` now (the global search); with ``open_single`` a lone match is
        opened as soon as the result arrives."""
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)
        self._query_edited(text)
        self._open_single_pending = open_single and bool(text.strip())
        self.apply_filter()

    def set_query(self, text: str) -> None:
        """Search for ``text`` as if it were typed here (the global search, live): the same
        field, the same pause before asking, the same order."""
        if text != self.search_field.text():
            self.search_field.setText(text)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_finished(self, count: int) -> None:
        locale = QLocale()
        filtered = self.model.client_filter != ClientFilter()
        if filtered:
            text = self.tr("%1 found").replace("%1", locale.toString(count))
        else:
            text = self.tr("%1 clients").replace("%1", locale.toString(count))
        self.count_label.setText(text)
        if count == 0:
            self.empty_note.setText(
                self.tr(
                    "No client matches. Check the spelling or the filters, or register a new "
                    "client (Ctrl+N)."
                )
                if filtered
                else self.tr("No client is registered yet. Register the first one (Ctrl+N).")
            )
        self.empty_note.setVisible(count == 0)
        kept, self._keep_place = self._keep_place, None
        if kept is not None and kept[0] is not None and not self.table.currentIndex().isValid():
            row = self.model.row_of(kept[0])
            if row >= 0:  # the client the person was on, after another desk's change
                self._select_row(row, focus=False, select=not self.model.hides_names)
                self.table.verticalScrollBar().setValue(kept[1])
        if count and not self.table.currentIndex().isValid():
            # With names hidden the first row only becomes current: selecting it would show
            # a name nobody asked to see.
            self._select_row(0, focus=False, select=not self.model.hides_names)
        if self._open_single_pending:
            self._open_single_pending = False
            if count == 1:
                client_id = self.model.client_id(0)
                if client_id is not None:
                    self.open_requested.emit(client_id)

    def _search_failed(self, exc: BaseException) -> None:
        self.error.show_error(message_for(exc))
        pass_to_crash_handler(exc)

    def _fetch_failed(self, exc: BaseException) -> None:
        if self._context.session is None:
            return
        self._search_failed(exc)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column in SORT_KEYS or column < 0:
            return
        # This column cannot be ordered in SQL: show the order that is really in effect.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        current = self.model.sort_column
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicator(current if current is not None else -1, order)
        header.blockSignals(False)

    # -- keyboard and opening ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.search_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def search_key(self, key: int) -> bool:
        """What Enter and Down do in a search field (this list's or the global one): Enter
        opens the only match or moves to the first row, Down moves into the list. True when
        the key was used."""
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
            self._select_row(max(self.table.currentIndex().row(), 0), focus=True)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter_in_search()
            return True
        return False

    def _enter_in_search(self) -> None:
        if self._debounce.isActive() or self.model.is_searching:
            self._open_single_pending = True
            if self._debounce.isActive():
                self.apply_filter()
            return
        if self.model.rowCount() == 1:
            client_id = self.model.client_id(0)
            if client_id is not None:
                self.open_requested.emit(client_id)
        elif self.model.rowCount():
            self._select_row(0, focus=True)

    def _select_row(self, row: int, focus: bool, select: bool = True) -> None:
        index = self.model.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
            if select
            else QItemSelectionModel.SelectionFlag.NoUpdate,
        )
        self.table.scrollTo(index)
        if focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_index(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.open_requested.emit(client_id)

    def show_client(self, client_id: int) -> None:
        """Select ``client_id`` when it is in the list (coming back from its page)."""
        row = self.model.row_of(client_id)
        if row >= 0:
            self._select_row(row, focus=True)
