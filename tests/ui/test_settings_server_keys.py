"""Pengaturan on an office server (issue 19): the Security tab says where the record is, and
changing the database key and deactivating an account work through the dialogs a head sees,
against the session's PostgreSQL cluster: the card shown is the key now in use, the old card
no longer signs in, and the deactivated counselor's password no longer signs in either."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD, login, make_vault
from support.ui_settings import (
    DialogScript,
    Handler,
    expect,
    make_context,
    read_card,
    temp_ui_settings,
    type_password,
)
from test_settings_users import add_konselor, status_of, usernames, wait_idle

from lk3_desktop.core.errors import WrongPassword, WrongRecoveryCode
from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.db.server.enrollment import read_enrollment
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog
from lk3_desktop.ui.settings import SettingsPage, general_tab

pytestmark = pytest.mark.postgres


@pytest.fixture
def storage_kind() -> str:
    return "postgres"


@pytest.fixture
def page(
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: KeyringStore,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    indonesian: None,
) -> Iterator[SettingsPage]:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))
    context = make_context(data_dir, cred_store, initialized.session)
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    yield widget
    context.lane.wait()


def _context(page: SettingsPage) -> AppContext:
    return page.security_tab._context


def _confirm_noting(seen: list[str]) -> Handler:
    """Accept the confirmation, keeping what it said."""

    def handler(dialog: QDialog) -> int:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        return dialogs.answer(dialog, True)

    return expect("confirmDialog", handler)


def _read_server_card(into: list[str]) -> Handler:
    """The card's code, checking that it names the office server it opens."""

    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryCardDialog)
        enrollment = read_enrollment(dialog.parent()._context.data_dir)  # type: ignore[union-attr]
        assert dialog._data.server == f"127.0.0.1:{enrollment.port}/{enrollment.database}"
        assert dialog._data.office_code  # both codes: the server needs them together
        into.append(dialog.code)
        return dialogs.answer(dialog, True)

    return expect("recoveryCardDialog", handler)


def test_the_security_tab_changes_the_key_of_a_server_office(
    page: SettingsPage,
    initialized: accounts.InitResult,
    qtbot: QtBot,
    data_dir: Path,
    cred_store: KeyringStore,
) -> None:
    tab = page.security_tab
    assert tab.protection_title.text() == "Server kantor"
    assert "server kantor" in tab.protection_text.text()
    said: list[str] = []
    codes: list[str] = []
    script = DialogScript(
        _confirm_noting(said), type_password(qtbot, HEAD_PASSWORD), _read_server_card(codes)
    )
    with script.installed():
        tab.rotate_button.click()
    assert script.done
    assert "server kantor" in said[0] and "dienkripsi ulang" not in said[0]
    session = _context(page).require_session()
    assert decode_recovery_code(codes[0]) == session.store.key()
    assert accounts.list_users(session)  # the open store goes on
    with pytest.raises(WrongRecoveryCode):  # the old card no longer signs in
        accounts.recovery_unlock(
            data_dir,
            cred_store,
            initialized.recovery_code,
            vault=make_vault(data_dir, cred_store),
            office_code=initialized.recovery_key_code,
        )
    accounts.recovery_unlock(
        data_dir,
        cred_store,
        codes[0],
        vault=make_vault(data_dir, cred_store),
        office_code=initialized.recovery_key_code,
    ).store.close()


def test_deactivating_on_a_server_stops_the_counselors_sign_in(
    page: SettingsPage, qtbot: QtBot, data_dir: Path, cred_store: KeyringStore
) -> None:
    tab = page.users_tab
    tab.reload()
    temp = add_konselor(tab, qtbot)
    login(data_dir, cred_store, "rina", temp).store.close()
    codes: list[str] = []
    script = DialogScript(
        expect("confirmDialog", lambda d: dialogs.answer(d, True)),
        type_password(qtbot, HEAD_PASSWORD),
        read_card(codes),
    )
    with script.installed():
        tab.deactivate_button.click()
        qtbot.waitUntil(lambda: script.done, timeout=30_000)
    wait_idle(tab, qtbot)
    qtbot.waitUntil(
        lambda: "rina" in usernames(tab.model) and status_of(tab.model, "rina") == "Nonaktif",
        timeout=20_000,
    )
    with pytest.raises(WrongPassword):  # her login role is stopped on the server
        login(data_dir, cred_store, "rina", temp)
    session = _context(page).require_session()
    assert decode_recovery_code(codes[0]) == session.store.key()
