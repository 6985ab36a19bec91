"""The Security tab: protection mode in plain words, changing one's password, printing the
recovery card again and changing the database key, each through the dialogs a person sees."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, init_database, login
from support.ui_settings import (
    DialogScript,
    accept,
    expect,
    make_context,
    read_card,
    temp_ui_settings,
    type_password,
)

from lk3_desktop.core.errors import PermissionDenied, WrongPassword
from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore, NoCredentialStore
from lk3_desktop.services import accounts, center
from lk3_desktop.ui.change_password_dialog import ChangePasswordDialog
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.settings import SettingsPage, general_tab

NEW_PASSWORD = "Kopi-Tubruk-Pagi-77"


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> SettingsPage:
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    return widget


# -- protection mode -----------------------------------------------------------------------------


def test_keyring_mode_is_explained(page: SettingsPage) -> None:
    tab = page.security_tab
    assert tab.rotate_button.isVisibleTo(tab)  # the head sees the key controls
    assert tab.reprint_button.isVisibleTo(tab)
    assert tab.protection_title.text() == "Encrypted · device key"
    assert "device key" in tab.protection_text.text()
    assert "cannot be opened" in tab.protection_text.text()


def test_password_only_mode_says_so_plainly(
    tmp_path: Path, no_cred_store: NoCredentialStore, qtbot: QtBot
) -> None:
    folder = tmp_path / "tanpa-keyring"
    result = init_database(folder, no_cred_store)
    context = make_context(folder, no_cred_store, result.session)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        text = page.security_tab.protection_text.text()
        assert page.security_tab.protection_title.text() == "Encrypted · password only"
        assert "no system credential store" in text
        assert "passwords only" in text
        assert "guess" in text and "long passwords" in text
    finally:
        context.lane.wait()
        result.session.store.close()


# -- own password --------------------------------------------------------------------------------


def test_change_password_through_the_dialog(
    page: SettingsPage,
    context: AppContext,
    qtbot: QtBot,
    data_dir: Path,
    cred_store: KeyringStore,
) -> None:
    changes: list[None] = []
    context.session_changed.connect(lambda: changes.append(None))

    def change(dialog: QDialog) -> int:
        assert isinstance(dialog, ChangePasswordDialog)
        qtbot.keyClicks(dialog.old_password, HEAD_PASSWORD)
        qtbot.keyClicks(dialog.new_password, NEW_PASSWORD)
        qtbot.keyClicks(dialog.repeat_password, NEW_PASSWORD)
        with qtbot.waitSignal(dialog.finished, timeout=30_000):
            dialog.ok_button.click()
        return dialog.result()

    script = DialogScript(expect("changePasswordDialog", change))
    with script.installed():
        page.security_tab.change_password_button.click()
    assert script.done
    assert changes  # the new session was handed to the context

    with pytest.raises(WrongPassword):
        login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    login(data_dir, cred_store, "kepala", NEW_PASSWORD).store.close()


def test_wrong_old_password_clears_only_that_field(context: AppContext, qtbot: QtBot) -> None:
    dialog = ChangePasswordDialog(context, forced=False)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.old_password, "bukan-kata-sandi-lama")
    qtbot.keyClicks(dialog.new_password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeat_password, NEW_PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.old_error.isVisibleTo(dialog), timeout=30_000)
    assert dialog.old_password.text() == ""
    assert dialog.new_password.text() == NEW_PASSWORD
    assert dialog.repeat_password.text() == NEW_PASSWORD
    assert dialog.result() == 0
    assert dialog.ok_button.isEnabled()


def test_weak_new_password_is_explained_live(context: AppContext, qtbot: QtBot) -> None:
    dialog = ChangePasswordDialog(context, forced=False)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_password, "kepala123")
    message = dialog.strength.message
    qtbot.waitUntil(lambda: "at least 10 characters" in message.text(), timeout=5_000)
    qtbot.keyClicks(dialog.repeat_password, "kepala12x")
    assert dialog.repeat_error.isVisibleTo(dialog)


def test_forced_change_cannot_be_cancelled_only_left_by_signing_out(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = ChangePasswordDialog(context, forced=True)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.ok_button), "changePasswordCancel") is None
    dialog.reject()  # window closed
    assert dialog.result() == ChangePasswordDialog.SIGN_OUT
    other = ChangePasswordDialog(context, forced=True)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.finished) as finished:
        other.cancel_button.click()
    assert finished.args == [ChangePasswordDialog.SIGN_OUT]


# -- recovery card and database key -----------------------------------------------------------


def test_print_card_again_after_password_reentry(
    page: SettingsPage, initialized: accounts.InitResult, qtbot: QtBot
) -> None:
    def wrong_then_right(dialog: QDialog) -> int:
        assert isinstance(dialog, PasswordPromptDialog)
        qtbot.keyClicks(dialog.password, "salah-sekali-123")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30_000)
        assert dialog.password.text() == ""  # a wrong password is cleared
        qtbot.keyClicks(dialog.password, HEAD_PASSWORD)
        with qtbot.waitSignal(dialog.finished, timeout=30_000):
            dialog.ok_button.click()
        return dialog.result()

    codes: list[str] = []
    script = DialogScript(expect("passwordPromptDialog", wrong_then_right), read_card(codes))
    with script.installed():
        page.security_tab.reprint_button.click()
    assert codes == [initialized.recovery_code]


def test_rotate_key_shows_a_new_card_for_the_key_now_in_use(
    page: SettingsPage,
    context: AppContext,
    initialized: accounts.InitResult,
    qtbot: QtBot,
    data_dir: Path,
    cred_store: KeyringStore,
) -> None:
    changes: list[None] = []
    context.session_changed.connect(lambda: changes.append(None))
    codes: list[str] = []
    script = DialogScript(
        expect("confirmDialog", accept), type_password(qtbot, HEAD_PASSWORD), read_card(codes)
    )
    with script.installed():
        page.security_tab.rotate_button.click()
    assert script.done

    assert len(codes) == 1
    new_code = codes[0]
    assert new_code != initialized.recovery_code
    session = context.require_session()
    assert decode_recovery_code(new_code) == session.store.key()
    assert changes
    assert center.get_center(session).name  # the open store works under the new key
    again = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)  # passwords keep working
    try:
        assert again.store.key() == decode_recovery_code(new_code)
    finally:
        again.store.close()


def test_declined_rotation_asks_nothing_more(
    page: SettingsPage, context: AppContext, initialized: accounts.InitResult
) -> None:
    before = context.require_session().store.key()
    script = DialogScript(expect("confirmDialog", lambda d: 0))
    with script.installed():
        page.security_tab.rotate_button.click()
    assert script.done
    assert context.require_session().store.key() == before


def test_konselor_has_no_rotate_button_and_the_service_refuses(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    accounts.create_user(
        initialized.session, "rina", "Rina Wulandari", Role.KONSELOR, password=COUNSELOR_PASSWORD
    )
    konselor = login(data_dir, cred_store, "rina", COUNSELOR_PASSWORD)
    context = make_context(data_dir, cred_store, konselor)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        tab = page.security_tab
        assert not tab.rotate_button.isVisibleTo(tab)
        assert not tab.reprint_button.isVisibleTo(tab)
        assert tab.change_password_button.isVisibleTo(tab)
        with pytest.raises(PermissionDenied):
            accounts.rotate_database_key(konselor, COUNSELOR_PASSWORD)
        with pytest.raises(PermissionDenied):
            accounts.recovery_code(konselor, COUNSELOR_PASSWORD)
    finally:
        context.lane.wait()
        konselor.store.close()


def test_the_strength_meter_knows_the_year_as_the_service_does(
    context: AppContext, qtbot: QtBot
) -> None:
    """The dialog judges with the words the service checks with (center, region, year)."""
    dialog = ChangePasswordDialog(context, forced=False)
    qtbot.addWidget(dialog)
    year = datetime.date.today().year
    qtbot.keyClicks(dialog.new_password, f"jerapah{year}")  # strong without the year
    message = dialog.strength.message
    qtbot.waitUntil(lambda: "year" in message.toolTip() + message.text(), timeout=10_000)
    assert not dialog.strength.acceptable
