"""Signing in: wrong passwords, throttling, a missing device key, the recovery card, and a
temporary password that must be replaced first."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD, MemoryKeyring, init_database, login
from ui_helpers import ModalLog

from lk3_desktop.core.roles import Role
from lk3_desktop.services import accounts
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.login_window import LoginWindow

W = TypeVar("W", bound=QWidget)
NEW_PASSWORD = "Kopi-Tubruk-Pagi-77"
WRONG = "Nama pengguna atau kata sandi salah."
DEVICE_KEY = (
    "Komputer ini tidak menyimpan kunci perangkat untuk basis data ini (komputer baru atau "
    "sistem dipasang ulang). Masalahnya bukan kata sandi Anda: gunakan kartu pemulihan."
)


@pytest.fixture
def init_result(ui_context: AppContext) -> accounts.InitResult:
    result = init_database(ui_context.data_dir, ui_context.credential_store)
    result.session.store.close()
    return result


@pytest.fixture
def recovery_code(init_result: accounts.InitResult) -> str:
    return init_result.recovery_code


@pytest.fixture
def window(
    qtbot: QtBot, ui_context: AppContext, recovery_code: str, indonesian: None
) -> LoginWindow:
    window = LoginWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def child(window: LoginWindow, kind: type[W], name: str) -> W:
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def sign_in(qtbot: QtBot, window: LoginWindow, username: str, password: str) -> None:
    user = child(window, QLineEdit, "usernameField")
    pw = child(window, QLineEdit, "passwordField")
    user.clear()
    pw.clear()
    qtbot.keyClicks(user, username)
    qtbot.keyClicks(pw, password)
    child(window, QPushButton, "loginButton").click()


def wait_idle(qtbot: QtBot, window: LoginWindow) -> None:
    qtbot.waitUntil(lambda: not window._busy, timeout=10_000)


def test_texts_are_indonesian(window: LoginWindow) -> None:
    assert child(window, QPushButton, "loginButton").text() == "Masuk"
    assert child(window, QLineEdit, "usernameField").accessibleName() == "Nama pengguna"
    assert child(window, QLineEdit, "passwordField").accessibleName() == "Kata sandi"
    assert not child(window, QPushButton, "recoveryButton").isVisible()


def test_wrong_password_keeps_the_username(
    qtbot: QtBot, window: LoginWindow, ui_context: AppContext
) -> None:
    sign_in(qtbot, window, "kepala", "salah-sekali-123")
    busy = child(window, QLabel, "loginError")
    wait_idle(qtbot, window)
    assert busy.isVisible()
    assert busy.text() == WRONG
    assert child(window, QLineEdit, "usernameField").text() == "kepala"
    assert child(window, QLineEdit, "passwordField").text() == ""
    assert not child(window, QPushButton, "recoveryButton").isVisible()
    assert ui_context.session is None


def test_right_password_signs_in(qtbot: QtBot, window: LoginWindow, ui_context: AppContext) -> None:
    with qtbot.waitSignal(window.signed_in, timeout=10_000):
        sign_in(qtbot, window, "kepala", HEAD_PASSWORD)
    assert ui_context.session is not None
    assert ui_context.session.actor.full_name == "Siti Rahmawati"
    assert child(window, QLineEdit, "passwordField").text() == ""


def test_repeated_failures_disable_the_button_with_a_countdown(
    qtbot: QtBot, window: LoginWindow
) -> None:
    for _ in range(3):
        sign_in(qtbot, window, "kepala", "salah-sekali-123")
        wait_idle(qtbot, window)
    sign_in(qtbot, window, "kepala", HEAD_PASSWORD)
    wait_idle(qtbot, window)
    button = child(window, QPushButton, "loginButton")
    error = child(window, QLabel, "loginError")
    assert not button.isEnabled()
    assert button.text().startswith("Masuk (")
    assert error.text().startswith("Terlalu banyak percobaan gagal. Coba lagi dalam")
    assert child(window, QLineEdit, "usernameField").text() == "kepala"
    qtbot.waitUntil(button.isEnabled, timeout=5_000)
    assert button.text() == "Masuk"


def test_missing_device_key_offers_the_recovery_card(
    qtbot: QtBot, window: LoginWindow, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries.clear()  # new computer / reinstalled system
    sign_in(qtbot, window, "kepala", HEAD_PASSWORD)
    wait_idle(qtbot, window)
    error = child(window, QLabel, "loginError")
    assert error.text() == DEVICE_KEY
    assert error.text() != WRONG
    recovery = child(window, QPushButton, "recoveryButton")
    assert recovery.isVisible()
    assert recovery.text() == "Gunakan kartu pemulihan"
    assert child(window, QLineEdit, "usernameField").text() == "kepala"


def test_recovery_card_signs_in_with_a_new_password(
    qtbot: QtBot,
    window: LoginWindow,
    ui_context: AppContext,
    memory_keyring: MemoryKeyring,
    recovery_code: str,
    init_result: accounts.InitResult,
) -> None:
    memory_keyring.entries.clear()
    sign_in(qtbot, window, "kepala", HEAD_PASSWORD)
    wait_idle(qtbot, window)
    child(window, QPushButton, "recoveryButton").click()
    assert window.stack.currentIndex() == LoginWindow.RECOVERY_CODE

    code_field = child(window, QLineEdit, "recoveryCodeField")
    wrong = recovery_code[:-1] + ("A" if recovery_code[-1] != "A" else "B")
    qtbot.keyClicks(code_field, wrong)
    child(window, QPushButton, "recoveryOpenButton").click()
    wait_idle(qtbot, window)
    code_error = child(window, QLabel, "recoveryCodeError")
    assert code_error.isVisible()
    assert code_error.text() == "Kode pemulihan salah. Periksa setiap kelompok empat karakter."
    assert code_field.text() == wrong  # kept, to be corrected

    code_field.clear()
    typed = "  " + recovery_code.lower().replace("-", " ") + " "  # any spacing, any case
    qtbot.keyClicks(code_field, typed)
    # The card's second code: the office recovery key certifies the head's new keys.
    qtbot.keyClicks(
        child(window, QLineEdit, "recoveryOfficeCodeField"), init_result.recovery_key_code
    )
    child(window, QPushButton, "recoveryOpenButton").click()
    wait_idle(qtbot, window)
    assert window.stack.currentIndex() == LoginWindow.RECOVERY_PASSWORD
    heads = child(window, QComboBox, "recoveryHeadCombo")
    assert heads.count() == 1 and heads.currentText() == "Siti Rahmawati (kepala)"

    new = child(window, QLineEdit, "recoveryNewPasswordField")
    repeat = child(window, QLineEdit, "recoveryRepeatPasswordField")
    qtbot.keyClicks(new, "rahasia")
    strength = child(window, QLabel, "recoveryStrengthMessage")
    qtbot.waitUntil(lambda: "Kata sandi minimal 10 karakter." in strength.text())
    child(window, QPushButton, "recoverySaveButton").click()
    assert window.stack.currentIndex() == LoginWindow.RECOVERY_PASSWORD
    assert new.text() == "rahasia"

    new.clear()
    qtbot.keyClicks(new, NEW_PASSWORD)
    qtbot.keyClicks(repeat, NEW_PASSWORD)
    qtbot.waitUntil(
        lambda: (
            strength.text()
            in {"Kata sandi kuat.", "Cukup kuat. Yang lebih panjang lebih baik lagi."}
        )
    )
    with qtbot.waitSignal(window.signed_in, timeout=10_000):
        child(window, QPushButton, "recoverySaveButton").click()
    session = ui_context.session
    assert session is not None and session.actor.username == "kepala"
    session.store.close()
    ui_context.session = None
    login(ui_context.data_dir, ui_context.credential_store, "kepala", NEW_PASSWORD).store.close()


def test_cancelling_recovery_closes_the_database(
    qtbot: QtBot, window: LoginWindow, ui_context: AppContext, recovery_code: str
) -> None:
    window.show_recovery()
    qtbot.keyClicks(child(window, QLineEdit, "recoveryCodeField"), recovery_code)
    child(window, QPushButton, "recoveryOpenButton").click()
    wait_idle(qtbot, window)
    recovered = window._recovered
    assert recovered is not None and recovered.store.is_open
    child(window, QPushButton, "recoveryCancelButton").click()
    ui_context.lane.wait()
    qtbot.waitUntil(lambda: not recovered.store.is_open)
    assert window.stack.currentIndex() == LoginWindow.SIGN_IN


def test_temporary_password_must_be_replaced_first(
    qtbot: QtBot,
    window: LoginWindow,
    ui_context: AppContext,
    modal_log: ModalLog,
) -> None:
    head = login(ui_context.data_dir, ui_context.credential_store, "kepala", HEAD_PASSWORD)
    _info, temp = accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR)
    head.store.close()

    def change(dialog: QDialog) -> int:
        assert dialog.objectName() == "changePasswordDialog"
        # the temporary password was just typed to sign in: it is not asked for again
        old = dialog.findChild(QLineEdit, "oldPasswordField")
        assert old is not None and not old.isVisibleTo(dialog)
        visible = [e for e in dialog.findChildren(QLineEdit) if e.isVisibleTo(dialog)]
        assert [e.objectName() for e in visible] == ["newPasswordField", "repeatPasswordField"]
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPasswordField"), NEW_PASSWORD)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "repeatPasswordField"), NEW_PASSWORD)
        dialog.findChild(QPushButton, "changePasswordOk").click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
        return dialog.result()

    modal_log.respond = change
    with qtbot.waitSignal(window.signed_in, timeout=10_000):
        sign_in(qtbot, window, "budi", temp)
    assert modal_log.names() == ["changePasswordDialog"]
    session = ui_context.session
    assert session is not None and not session.actor.must_change_password
    session.store.close()
    ui_context.session = None
    login(ui_context.data_dir, ui_context.credential_store, "budi", NEW_PASSWORD).store.close()


def test_declining_the_new_password_signs_out(
    qtbot: QtBot,
    window: LoginWindow,
    ui_context: AppContext,
    modal_log: ModalLog,
    data_dir: Path,
) -> None:
    head = login(ui_context.data_dir, ui_context.credential_store, "kepala", HEAD_PASSWORD)
    _info, temp = accounts.create_user(head, "sari", "Sari Dewi", Role.STAF)
    head.store.close()
    modal_log.respond = lambda dialog: 2  # ChangePasswordDialog.SIGN_OUT
    sign_in(qtbot, window, "sari", temp)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: modal_log.names() == ["changePasswordDialog"])
    ui_context.lane.wait()
    assert ui_context.session is None
    error = child(window, QLabel, "loginError")
    assert error.isVisible() and "kata sandi Anda sendiri" in error.text()
    assert child(window, QLineEdit, "usernameField").text() == "sari"


def test_head_prints_the_card_a_key_change_left_unprinted_first(
    qtbot: QtBot,
    window: LoginWindow,
    ui_context: AppContext,
    modal_log: ModalLog,
    tmp_path: Path,
) -> None:
    """Issue 11 item 2: the key was changed and its card never kept (the app was closed, or
    killed, before printing): the head's next sign-in shows that card before anything else,
    saying why; saving it ends the reminder."""
    from lk3_desktop.services import recovery_card
    from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog

    folder, store = ui_context.data_dir, ui_context.credential_store
    head = login(folder, store, "kepala", HEAD_PASSWORD)
    new_code = accounts.rotate_database_key(head, HEAD_PASSWORD)
    head.store.close()

    shown: list[tuple[str, str]] = []

    def keep_card(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryCardDialog)
        notice = dialog.findChild(QLabel, "recoveryCardNotice")
        assert notice is not None
        shown.append((dialog.code, notice.text()))
        dialog.ask_save_path = lambda _parent, name: tmp_path / name
        assert dialog.save_pdf()
        dialog.accept()
        return int(dialog.result())

    modal_log.respond = keep_card
    signed: list[bool] = []
    window.signed_in.connect(lambda: signed.append(True))
    sign_in(qtbot, window, "kepala", HEAD_PASSWORD)
    qtbot.waitUntil(lambda: bool(signed), timeout=10_000)
    assert modal_log.names() == ["recoveryCardDialog"]
    assert shown[0][0] == new_code
    assert shown[0][1].startswith("Kunci basis data telah diganti")
    ui_context.lane.wait()
    session = ui_context.require_session()
    assert not recovery_card.card_pending(session)


def test_a_counselor_is_not_shown_the_card(
    qtbot: QtBot, window: LoginWindow, ui_context: AppContext, modal_log: ModalLog
) -> None:
    folder, store = ui_context.data_dir, ui_context.credential_store
    head = login(folder, store, "kepala", HEAD_PASSWORD)
    accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR, password=NEW_PASSWORD)
    accounts.rotate_database_key(head, HEAD_PASSWORD)
    head.store.close()
    signed: list[bool] = []
    window.signed_in.connect(lambda: signed.append(True))
    sign_in(qtbot, window, "budi", NEW_PASSWORD)
    qtbot.waitUntil(lambda: bool(signed), timeout=10_000)
    assert modal_log.names() == []
