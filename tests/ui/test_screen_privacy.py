"""Screen privacy: with the head's setting on, the client list shows initials only, and the
full name of the selected row; selecting repaints just the rows that change (no reset), and
turning the setting off in Settings > General shows every name again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from support.factories import login, make_vault
from support.ui_settings import temp_ui_settings

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import client_list, demo, settings
from lk3_desktop.services.client_list import ClientFilter
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.clients import ClientsPage
from lk3_desktop.ui.clients.client_list_model import COL_NAME, ClientListModel, masked_name
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage, general_tab

PASSWORD = "Demo-Kantor-LK3-2026"
CLIENTS = 40
WAIT = 20_000


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("privasi") / "data"
    store = NoCredentialStore()
    demo.generate(folder, store, PASSWORD, CLIENTS, seed=5, vault=make_vault(folder, store))
    return folder


@pytest.fixture
def session(demo_dir: Path) -> Iterator[UserSession]:
    signed = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    yield signed
    settings.set_setting(signed, settings.HIDE_NAMES, False)
    signed.store.close()


@pytest.fixture
def context(demo_dir: Path, session: UserSession, qapp: object) -> Iterator[AppContext]:
    ctx = AppContext(demo_dir, NoCredentialStore(), vault_factory=make_vault)
    ctx.set_session(session)
    yield ctx
    ctx.lane.wait()


def _model(session: UserSession) -> ClientListModel:
    model = ClientListModel(
        lambda flt, key, desc: client_list.search_ids(session, flt, key, desc),
        lambda ids: client_list.fetch_rows(session, ids),
    )
    model.set_filter(ClientFilter())
    return model


def _full_name(model: ClientListModel, row: int) -> str:
    found = model.row_data(row)
    assert found is not None
    return found.full_name


def test_initials_hide_the_name() -> None:
    assert masked_name("Siti Nur Rahma") == "S. N. R."
    assert masked_name("  ahmad   fauzi ") == "A. F."


def test_the_setting_is_off_by_default_and_only_yes_or_no(session: UserSession) -> None:
    assert settings.get_setting(session, settings.HIDE_NAMES) is False
    with pytest.raises(ValidationError):
        settings.set_setting(session, settings.HIDE_NAMES, "ya")


def test_model_masks_names_except_the_selected_row(session: UserSession) -> None:
    model = _model(session)
    assert model.rowCount() == CLIENTS
    resets: list[bool] = []
    changed: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    model.set_hide_names(True)
    for row in range(CLIENTS):
        full = _full_name(model, row)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = model.data(model.index(row, COL_NAME), role)
            assert full not in shown and masked_name(full) in shown
        tip = model.data(model.index(row, COL_NAME), Qt.ItemDataRole.ToolTipRole)
        assert full not in tip
    changed.clear()
    model.reveal_row(3)
    assert _full_name(model, 3) in model.data(model.index(3, COL_NAME))
    assert full_not_shown(model, 4)
    assert changed == [(3, COL_NAME, 3, COL_NAME)]
    changed.clear()
    model.reveal_row(7)
    assert changed == [(3, COL_NAME, 3, COL_NAME), (7, COL_NAME, 7, COL_NAME)]
    assert full_not_shown(model, 3)
    assert _full_name(model, 7) in model.data(model.index(7, COL_NAME))
    model.set_hide_names(False)
    assert all(
        _full_name(model, row) in model.data(model.index(row, COL_NAME)) for row in range(CLIENTS)
    )
    assert resets == []


def full_not_shown(model: ClientListModel, row: int) -> bool:
    return _full_name(model, row) not in model.data(model.index(row, COL_NAME))


def test_page_follows_the_setting_and_the_selection(
    context: AppContext, session: UserSession, qtbot: QtBot
) -> None:
    settings.set_setting(session, settings.HIDE_NAMES, True)
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    panel = page.list_panel
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() == CLIENTS, timeout=WAIT)
    assert model.hides_names
    assert all(full_not_shown(model, row) for row in range(CLIENTS))
    assert panel.table.currentIndex().row() == 0  # current for the keyboard, not selected
    assert not panel.table.selectionModel().selectedRows()

    panel.table.selectionModel().setCurrentIndex(
        model.index(5, COL_NAME),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert _full_name(model, 5) in model.data(model.index(5, COL_NAME))
    assert full_not_shown(model, 6)

    settings_page = SettingsPage(context)
    qtbot.addWidget(settings_page)
    tab = settings_page.general_tab
    assert tab.hide_names.isChecked() and tab.hide_names.isEnabled()
    assert tab.hide_names.objectName() == "hideNamesCheck" and tab.hide_names.accessibleName()
    tab.hide_names.setChecked(False)
    assert settings.get_setting(session, settings.HIDE_NAMES) is False
    qtbot.waitUntil(lambda: not model.hides_names, timeout=WAIT)
    assert not any(full_not_shown(model, row) for row in range(CLIENTS))
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.DisplayRole) != "…"
