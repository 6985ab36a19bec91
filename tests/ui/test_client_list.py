"""The client list on a demo database: the lazy model (qtmodeltester, paging, a bounded cache),
search as you type, sorting and filters in SQL, keyboard navigation and opening a client."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.factories import login, make_vault

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import client_list, demo
from lk3_desktop.services.client_list import ClientFilter, ClientRow
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.clients import ClientsPage
from lk3_desktop.ui.clients.client_list_model import (
    CLIENT_ID_ROLE,
    COL_CONSENT,
    COL_NAME,
    COL_REGISTRATION,
    COL_STAGE,
    ClientListModel,
)
from lk3_desktop.ui.clients.list_panel import ClientListPanel, load_filter_choices
from lk3_desktop.ui.context import AppContext

PASSWORD = "Demo-Kantor-LK3-2026"
CLIENTS = 500
WAIT = 20_000


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("klien") / "data"
    store = NoCredentialStore()
    demo.generate(folder, store, PASSWORD, CLIENTS, seed=3, vault=make_vault(folder, store))
    return folder


@pytest.fixture
def session(demo_dir: Path) -> Iterator[UserSession]:
    signed = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    yield signed
    signed.store.close()


@pytest.fixture
def context(demo_dir: Path, session: UserSession, qapp: object) -> Iterator[AppContext]:
    ctx = AppContext(demo_dir, NoCredentialStore(), vault_factory=make_vault)
    ctx.set_session(session)
    yield ctx
    ctx.lane.wait()


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> Iterator[ClientsPage]:
    widget = ClientsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.list_panel.model.rowCount() == CLIENTS, timeout=WAIT)
    yield widget
    context.lane.wait()


def settled(panel: ClientListPanel) -> bool:
    return not panel._debounce.isActive() and not panel.model.is_searching


def wait_settled(qtbot: QtBot, panel: ClientListPanel) -> None:
    qtbot.waitUntil(lambda: settled(panel), timeout=WAIT)


def sync_model(session: UserSession, **kwargs: int) -> ClientListModel:
    return ClientListModel(
        lambda flt, key, desc: client_list.search_ids(session, flt, key, desc),
        lambda ids: client_list.fetch_rows(session, ids),
        **kwargs,
    )


# -- the model ------------------------------------------------------------------------------


def test_model_passes_qtmodeltester(session: UserSession, qtmodeltester: ModelTester) -> None:
    model = sync_model(session)
    model.set_filter(ClientFilter())
    assert model.rowCount() == CLIENTS
    qtmodeltester.check(model, force_py=True)
    model.set_filter(ClientFilter(query="zzzz-nobody"))
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_by_page_and_the_cache_stays_bounded(session: UserSession) -> None:
    fetched: list[int] = []

    def fetch(ids: Sequence[int]) -> dict[int, ClientRow]:
        fetched.append(len(ids))
        return client_list.fetch_rows(session, ids)

    model = ClientListModel(
        lambda flt, key, desc: client_list.search_ids(session, flt, key, desc),
        fetch,
        page_size=50,
        max_cached_rows=120,
    )
    model.set_filter(ClientFilter())
    assert fetched == []  # only ids so far
    first = model.data(model.index(0, COL_NAME))
    assert isinstance(first, str) and first and fetched == [50]
    for row in range(0, 30):
        model.data(model.index(row, COL_STAGE))
    assert fetched == [50]  # same page, from the cache
    model.data(model.index(300, COL_NAME))
    assert fetched == [50, 50]
    model.data(model.index(450, COL_NAME))
    model.data(model.index(200, COL_NAME))
    assert len(model._rows) <= 120
    assert model.data(model.index(450, COL_NAME), CLIENT_ID_ROLE) == model.ids[450]


def test_consent_column_marks_missing_consent(session: UserSession) -> None:
    model = sync_model(session)
    model.set_filter(ClientFilter())
    marks = {
        model.row_data(row).has_consent: model.data(model.index(row, COL_CONSENT))  # type: ignore[union-attr]
        for row in range(CLIENTS)
    }
    assert marks == {True: "Yes", False: "None"}
    row = next(r for r in range(CLIENTS) if not model.row_data(r).has_consent)  # type: ignore[union-attr]
    tooltip = model.data(model.index(row, COL_CONSENT), Qt.ItemDataRole.ToolTipRole)
    assert "No consent" in tooltip


def test_stale_search_results_are_dropped(session: UserSession) -> None:
    pending: list[tuple[object, object]] = []

    def later(job: object, done: object, _failed: object) -> None:
        pending.append((job, done))

    model = ClientListModel(
        lambda flt, key, desc: client_list.search_ids(session, flt, key, desc),
        lambda ids: client_list.fetch_rows(session, ids),
        later,  # type: ignore[arg-type]
    )
    model.set_filter(ClientFilter(query="zzzz-nobody"))
    model.set_filter(ClientFilter())
    (old_job, old_done), (new_job, new_done) = pending
    new_done(new_job())  # type: ignore[operator]
    old_done(old_job())  # type: ignore[operator]  # the older answer arrives last
    assert model.rowCount() == CLIENTS


# -- the list page --------------------------------------------------------------------------


def test_search_as_you_type_finds_by_name_nik_and_phone(
    page: ClientsPage, qtbot: QtBot, session: UserSession
) -> None:
    panel = page.list_panel
    row = client_list.fetch_rows(session, [panel.model.ids[123]])[panel.model.ids[123]]
    qtbot.keyClicks(panel.search_field, row.full_name.split()[-1][:4].lower())
    wait_settled(qtbot, panel)
    assert row.id in panel.model.ids and panel.model.rowCount() < CLIENTS
    assert "found" in panel.count_label.text()
    if row.nik:
        panel.search_field.setText(row.nik)
        wait_settled(qtbot, panel)
        assert panel.model.ids == [row.id]
    phones = [
        r for r in client_list.fetch_rows(session, list(range(1, CLIENTS + 1))).values() if r.phone
    ]
    target = phones[0]
    for typed in (target.phone, "+62" + target.phone[1:].replace("-", " ")):
        panel.search_field.setText(typed)
        wait_settled(qtbot, panel)
        assert target.id in panel.model.ids, typed
    panel.search_field.setText("zzzz-nobody")
    wait_settled(qtbot, panel)
    assert panel.model.rowCount() == 0 and not panel.empty_note.isHidden()


def test_sorting_changes_the_rows_in_sql(page: ClientsPage, qtbot: QtBot) -> None:
    panel = page.list_panel
    model = panel.model
    header = panel.table.horizontalHeader()
    names = [model.data(model.index(r, COL_NAME)) for r in range(5)]
    header.setSortIndicator(COL_NAME, Qt.SortOrder.DescendingOrder)
    wait_settled(qtbot, panel)
    descending = [model.data(model.index(r, COL_NAME)) for r in range(5)]
    assert descending != names
    assert descending == sorted(descending, key=str.casefold, reverse=True)
    header.setSortIndicator(COL_REGISTRATION, Qt.SortOrder.AscendingOrder)
    wait_settled(qtbot, panel)
    numbers = [model.data(model.index(r, COL_REGISTRATION)) for r in range(model.rowCount())]
    numbers = [n for n in numbers if n]
    assert numbers == sorted(numbers)
    # a column SQL cannot order keeps the order in effect, and the indicator says so
    before = list(model.ids)
    header.setSortIndicator(COL_CONSENT, Qt.SortOrder.AscendingOrder)
    wait_settled(qtbot, panel)
    assert model.ids == before and header.sortIndicatorSection() == COL_REGISTRATION


def test_filters_change_the_rows(page: ClientsPage, qtbot: QtBot, session: UserSession) -> None:
    panel = page.list_panel
    model = panel.model
    qtbot.waitUntil(lambda: panel.counselor_filter.count() > 1, timeout=WAIT)
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData(Stage.ASESMEN.value))
    wait_settled(qtbot, panel)
    assert 0 < model.rowCount() < CLIENTS
    stages = {model.data(model.index(r, COL_STAGE)) for r in range(model.rowCount())}
    assert stages == {STAGE_LABELS_ID[Stage.ASESMEN]}

    panel.reset_filters()
    wait_settled(qtbot, panel)
    assert model.rowCount() == CLIENTS
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("no_case"))
    wait_settled(qtbot, panel)
    assert 0 < model.rowCount() < CLIENTS
    assert all(not model.data(model.index(r, COL_REGISTRATION)) for r in range(model.rowCount()))

    panel.reset_filters()
    choices = load_filter_choices(session)
    regency = choices.regencies[0][0]
    assert {code for code, _ in choices.regencies} >= set(client_list.regency_codes_in_use(session))
    panel.regency_filter.setCurrentIndex(panel.regency_filter.findData(regency))
    wait_settled(qtbot, panel)
    expected = client_list.search_ids(session, ClientFilter(regency_code=regency), "name")
    assert model.ids == expected

    panel.reset_filters()
    pmks = choices.pmks[24].code  # Keluarga Bermasalah Sosial Psikologis
    panel.pmks_filter.setCurrentIndex(panel.pmks_filter.findData(pmks))
    wait_settled(qtbot, panel)
    assert model.ids == client_list.search_ids(session, ClientFilter(pmks_code=pmks), "name")

    panel.reset_filters()
    counselor = choices.counselors[0].id
    panel.counselor_filter.setCurrentIndex(panel.counselor_filter.findData(counselor))
    wait_settled(qtbot, panel)
    assert model.ids == client_list.search_ids(
        session, ClientFilter(counselor_id=counselor), "name"
    )


def test_keyboard_enter_and_double_click_open_the_client(
    page: ClientsPage, qtbot: QtBot, modal_log: Any
) -> None:
    assert modal_log.names() == []
    panel = page.list_panel
    panel.search_field.setFocus()
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    assert panel.table.hasFocus() or panel.table.currentIndex().isValid()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    chosen = panel.model.client_id(panel.table.currentIndex().row())
    assert chosen == panel.model.ids[2]
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.client_page.bundle is not None, timeout=WAIT)
    assert page.currentWidget() is page.client_page
    assert page.client_page.client_id == chosen

    page.show_list()
    assert page.currentWidget() is page.list_panel
    assert panel.table.currentIndex().row() == 2  # back where the person was
    index = panel.model.index(7, COL_NAME, QModelIndex())
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.client_page.client_id == panel.model.ids[7], timeout=WAIT)
    assert modal_log.names() == []  # nothing was typed: leaving a client page asks nothing


def test_global_search_opens_a_single_match_or_shows_the_list(
    page: ClientsPage, qtbot: QtBot, session: UserSession
) -> None:
    rows = client_list.fetch_rows(session, page.list_panel.model.ids[:60])
    some_id, nik = next((r.id, r.nik) for r in rows.values() if r.nik)
    page.focus_search(nik)
    qtbot.waitUntil(lambda: page.client_page.client_id == some_id, timeout=WAIT)
    assert page.currentWidget() is page.client_page
    page.focus_search("an")  # many matches: the filtered list, search field focused
    wait_settled(qtbot, page.list_panel)
    assert page.currentWidget() is page.list_panel
    assert page.list_panel.model.rowCount() > 1
    assert page.list_panel.search_field.text() == "an"


def test_big_list_view_settings(page: ClientsPage) -> None:
    table = page.list_panel.table
    from PySide6.QtWidgets import QHeaderView

    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    header = table.horizontalHeader()
    modes = {header.sectionResizeMode(i) for i in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert table.isSortingEnabled()


def test_a_pasted_nul_half_character_or_thousand_words_search_without_a_crash(
    page: ClientsPage, qtbot: QtBot, session: UserSession, modal_log: Any
) -> None:
    """Issue 11, item 11: what a paste can put into the search field finds what it can."""
    panel = page.list_panel
    row = client_list.fetch_rows(session, [panel.model.ids[7]])[panel.model.ids[7]]
    surname = row.full_name.split()[-1]
    for typed in (f"{surname}\x00", f"{surname} \ud83d", "\x00", " ".join([surname] * 1000)):
        panel.search_field.setText(typed)
        wait_settled(qtbot, panel)
        if typed != "\x00":
            assert row.id in panel.model.ids, typed[:20]
    assert "errorDialog" not in modal_log.names() and "warningDialog" not in modal_log.names()


def test_names_and_identifiers_are_whole_at_1366(page: ClientsPage, qtbot: QtBot) -> None:
    """Names were cut ("Nurhayati bin…") next to wide empty columns: now the name, the NIK
    and the registration number of every row in view are whole; what gives way ends in "…"."""
    from lk3_desktop.ui.clients.client_list_model import COL_NIK
    from lk3_desktop.ui.table_columns import ColumnFitter

    table = page.list_panel.table
    fitter = table.findChild(ColumnFitter)
    assert fitter is not None
    qtbot.waitUntil(lambda: bool(table.model().index(0, COL_NAME).data()), timeout=WAIT)
    fitter.refit()
    model = table.model()
    last = table.rowAt(table.viewport().height() - 1)
    rows = range(0, last if last > 0 else model.rowCount())
    for column in (COL_NAME, COL_NIK, COL_REGISTRATION):
        cut = [model.index(r, column).data() for r in rows if fitter.is_cut(model.index(r, column))]
        assert not cut, cut
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(model.columnCount())) <= (
        table.viewport().width()
    )
