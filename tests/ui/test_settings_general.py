"""The General tab: the language preference stays on this computer (and holds nothing
personal); the automatic lock is the head's to change, for everyone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD
from support.factories import login
from support.ui_settings import make_context, temp_ui_settings

from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, settings
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage, general_tab


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> SettingsPage:
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    return widget


def test_language_is_saved_for_the_next_start_without_personal_data(
    page: SettingsPage, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    tab = page.general_tab
    assert tab.language.currentData() == "id"
    assert tab.language_note.text()
    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert general_tab.ui_settings().value("ui/language") == "en"
    stored = (tmp_path / "ui.ini").read_text("utf-8")
    assert "kepala" not in stored and "Siti" not in stored
    again = SettingsPage(context)
    qtbot.addWidget(again)
    assert again.general_tab.language.currentData() == "en"


def test_head_changes_the_automatic_lock(page: SettingsPage, context: AppContext) -> None:
    tab = page.general_tab
    assert tab.auto_lock.value() == 10
    assert not tab.auto_lock.isReadOnly()
    assert not tab.auto_lock_save.isEnabled()
    tab.auto_lock.setValue(25)
    assert tab.auto_lock_save.isEnabled()
    tab.auto_lock_save.click()
    session = context.require_session()
    assert settings.get_setting(session, settings.AUTO_LOCK_MINUTES) == 25
    assert tab.auto_lock_status.isVisibleTo(tab)
    assert not tab.auto_lock_save.isEnabled()


def test_others_see_the_automatic_lock_read_only(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    accounts.create_user(
        initialized.session, "dani", "Dani Pratama", Role.STAF, password=COUNSELOR_PASSWORD
    )
    staf = login(data_dir, cred_store, "dani", COUNSELOR_PASSWORD)
    context = make_context(data_dir, cred_store, staf)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        tab = page.general_tab
        assert tab.auto_lock.isReadOnly()
        assert not tab.auto_lock_save.isVisibleTo(tab)
        assert tab.language.isEnabled()  # the language is each computer's own choice
    finally:
        context.lane.wait()
        staf.store.close()
