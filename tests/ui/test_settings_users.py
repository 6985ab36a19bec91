"""The Users tab: the head adds, resets, deactivates and reactivates accounts through the UI;
what the dialogs show works with the services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, login
from support.ui_settings import (
    DialogScript,
    Handler,
    accept,
    expect,
    make_context,
    read_card,
    temp_ui_settings,
    type_password,
)

from lk3_desktop.core.errors import PermissionDenied, UnknownUser, WrongPassword
from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage, general_tab
from lk3_desktop.ui.settings.users_model import COL_STATUS, COL_USERNAME, UsersModel
from lk3_desktop.ui.settings.users_tab import AddUserDialog, TemporaryPasswordDialog, UsersTab


@pytest.fixture
def context(
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: KeyringStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[AppContext]:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))
    ctx = make_context(data_dir, cred_store, initialized.session)
    yield ctx
    ctx.lane.wait()


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> SettingsPage:
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


@pytest.fixture
def tab(page: SettingsPage) -> UsersTab:
    page.users_tab.reload()
    return page.users_tab


def fill_new_user(qtbot: QtBot, full_name: str, username: str, role: Role) -> Handler:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, AddUserDialog)
        qtbot.keyClicks(dialog.full_name, full_name)
        qtbot.keyClicks(dialog.username, username)
        dialog.role.setCurrentIndex(dialog.role.findData(role.value))
        with qtbot.waitSignal(dialog.finished, timeout=20_000):
            dialog.ok_button.click()
        return dialog.result()

    return handler


def read_temporary(into: list[str]) -> Handler:
    """Answer the temporary-password dialog, noting the password it shows."""

    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, TemporaryPasswordDialog)
        assert dialog.password_label.isVisibleTo(dialog)
        into.append(dialog.password)
        return accept(dialog)

    return expect("temporaryPasswordDialog", handler)


def usernames(model: UsersModel) -> list[str]:
    return [model.index(r, COL_USERNAME).data() for r in range(model.rowCount())]


def status_of(model: UsersModel, username: str) -> str:
    row = usernames(model).index(username)
    return str(model.index(row, COL_STATUS).data())


def add_konselor(tab: UsersTab, qtbot: QtBot) -> str:
    shown: list[str] = []
    script = DialogScript(
        fill_new_user(qtbot, "Rina Wulandari", "rina", Role.KONSELOR), read_temporary(shown)
    )
    with script.installed():
        tab.add_button.click()
        qtbot.waitUntil(lambda: script.done, timeout=20_000)
    return shown[0]


def wait_idle(tab: UsersTab, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: tab.add_button.isEnabled(), timeout=20_000)


def test_head_adds_a_konselor_whose_temporary_password_signs_in(
    tab: UsersTab, qtbot: QtBot, data_dir: Path, cred_store: KeyringStore
) -> None:
    assert usernames(tab.model) == ["kepala"]
    temp = add_konselor(tab, qtbot)

    assert "rina" in usernames(tab.model)
    assert tab.selected_user() is not None and tab.selected_user().username == "rina"
    assert "must change password" in status_of(tab.model, "rina")
    session = login(data_dir, cred_store, "rina", temp)
    try:
        assert session.actor.role is Role.KONSELOR
        assert session.actor.must_change_password
    finally:
        session.store.close()


def test_validation_message_sits_under_the_field_and_keeps_the_input(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = AddUserDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.full_name, "Budi Santoso")
    qtbot.keyClicks(dialog.username, "B")  # too short
    dialog.ok_button.click()
    assert dialog.username_error.isVisibleTo(dialog)
    assert "A username has" in dialog.username_error.text()
    assert dialog.username.text() == "B"
    assert dialog.full_name.text() == "Budi Santoso"
    assert dialog.result() == 0


def test_taken_username_is_reported_by_the_service_under_the_field(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = AddUserDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.full_name, "Kepala Kedua")
    qtbot.keyClicks(dialog.username, "kepala")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.username_error.isVisibleTo(dialog), timeout=20_000)
    assert dialog.username_error.text() == "This username is already taken."
    assert dialog.username.text() == "kepala"
    assert dialog.ok_button.isEnabled()


def test_reset_password_through_the_ui(
    tab: UsersTab, qtbot: QtBot, data_dir: Path, cred_store: KeyringStore
) -> None:
    first = add_konselor(tab, qtbot)
    shown: list[str] = []
    script = DialogScript(expect("confirmDialog", accept), read_temporary(shown))
    with script.installed():
        tab.reset_button.click()
        qtbot.waitUntil(lambda: script.done, timeout=20_000)
    wait_idle(tab, qtbot)
    second = shown[0]
    assert second != first
    with pytest.raises(WrongPassword):
        login(data_dir, cred_store, "rina", first)
    login(data_dir, cred_store, "rina", second).store.close()


def test_deactivate_then_reactivate_through_the_ui(
    tab: UsersTab, qtbot: QtBot, data_dir: Path, cred_store: KeyringStore
) -> None:
    temp = add_konselor(tab, qtbot)
    assert tab.deactivate_button.isEnabled()

    codes: list[str] = []
    script = DialogScript(
        expect("confirmDialog", accept), type_password(qtbot, HEAD_PASSWORD), read_card(codes)
    )
    with script.installed():
        tab.deactivate_button.click()
        qtbot.waitUntil(lambda: script.done, timeout=20_000)
    wait_idle(tab, qtbot)
    qtbot.waitUntil(
        lambda: "rina" in usernames(tab.model) and status_of(tab.model, "rina") == "Inactive",
        timeout=20_000,
    )
    with pytest.raises(UnknownUser):  # the key slot is gone
        login(data_dir, cred_store, "rina", temp)
    # The database key changed with it: the card shown is the key now in use.
    session = tab._context.require_session()
    assert decode_recovery_code(codes[0]) == session.store.key()
    assert accounts.list_users(session)  # the open store works under the new key
    assert not tab.deactivate_button.isEnabled()
    assert tab.reactivate_button.isEnabled()

    shown: list[str] = []
    script = DialogScript(read_temporary(shown))
    with script.installed():
        tab.reactivate_button.click()
        qtbot.waitUntil(lambda: script.done, timeout=20_000)
    wait_idle(tab, qtbot)
    assert "must change password" in status_of(tab.model, "rina")
    login(data_dir, cred_store, "rina", shown[0]).store.close()


def test_cancelled_deactivation_changes_nothing(tab: UsersTab, qtbot: QtBot) -> None:
    add_konselor(tab, qtbot)
    script = DialogScript(expect("confirmDialog", lambda d: 0))
    with script.installed():
        tab.deactivate_button.click()
    assert script.done
    assert tab.add_button.isEnabled()
    assert "must change password" in status_of(tab.model, "rina")


def test_head_cannot_deactivate_themself(tab: UsersTab) -> None:
    tab.select_user(tab.model.user_at(0).id)
    assert tab.selected_user().username == "kepala"
    assert not tab.deactivate_button.isEnabled()
    assert tab.reset_button.isEnabled()


def test_users_model_passes_the_model_tester(
    tab: UsersTab, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    add_konselor(tab, qtbot)
    qtmodeltester.check(tab.model, force_py=True)
    assert tab.model.rowCount() == 2
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Full name"


def test_konselor_sees_no_users_tab_and_the_service_refuses(
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: KeyringStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))
    accounts.create_user(
        initialized.session, "rina", "Rina Wulandari", Role.KONSELOR, password=COUNSELOR_PASSWORD
    )
    konselor = login(data_dir, cred_store, "rina", COUNSELOR_PASSWORD)
    context = make_context(data_dir, cred_store, konselor)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        index = page.tabs.indexOf(page.users_tab)
        assert not page.tabs.isTabVisible(index)
        assert page.users_tab.model.rowCount() == 0
        with pytest.raises(PermissionDenied):
            accounts.list_users(konselor)
    finally:
        context.lane.wait()
        konselor.store.close()


def test_locking_empties_the_page(page: SettingsPage, tab: UsersTab, context: AppContext) -> None:
    assert tab.model.rowCount() == 1
    session = context.session
    context.set_session(None)
    assert page.stack.currentWidget() is page.empty
    assert tab.model.rowCount() == 0
    assert page.profile_tab.name.text() == ""
    context.set_session(session)
    assert page.stack.currentWidget() is page.tabs
    assert page.profile_tab.name.text()
