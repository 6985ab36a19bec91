"""Locking hides every record and forgets the key; unlocking needs the same person's password."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from support.factories import CENTER_NAME, HEAD_PASSWORD
from ui_helpers import visible_texts

from lk3_desktop.core.errors import SessionClosed
from lk3_desktop.services import settings
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import MainWindow

HEAD_NAME = "Siti Rahmawati"


def open_window(qtbot: QtBot, context: AppContext, idle_ms: int | None = None) -> MainWindow:
    window = MainWindow(context, idle_interval_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview is not None)
    return window


@pytest.fixture
def window(qtbot: QtBot, signed_in: AppContext, indonesian: None) -> MainWindow:
    return open_window(qtbot, signed_in)


def lock_with_ctrl_l(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    session = context.session
    assert session is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not session.store.is_open)
    unlock = window.findChild(QPushButton, "unlockButton")
    assert unlock is not None
    qtbot.waitUntil(unlock.isEnabled)


def test_ctrl_l_hides_all_data_and_forgets_the_key(
    qtbot: QtBot, window: MainWindow, signed_in: AppContext
) -> None:
    session = signed_in.session
    assert session is not None
    texts_before = " ".join(visible_texts(window))
    assert CENTER_NAME in texts_before and HEAD_NAME in texts_before
    with qtbot.waitSignal(signed_in.locked):
        lock_with_ctrl_l(qtbot, window, signed_in)

    assert signed_in.session is None
    assert not session.store.is_open
    with pytest.raises(SessionClosed):
        session.store.key()
    assert window.is_locked
    assert window.windowTitle() == "LK3 Desktop"
    assert window.central_stack.currentWidget() is window.lock_page
    for text in visible_texts(window):
        assert CENTER_NAME not in text, text
        assert HEAD_NAME not in text, text
    prompt = window.findChild(QLabel, "lockPrompt")
    assert prompt is not None and prompt.isVisible()
    assert prompt.text() == "Masukkan kata sandi akun “kepala” untuk membuka kunci."
    assert window.page("beranda") is None  # the data pages are gone, not just hidden
    assert not window.lock_action.isEnabled()


def test_unlock_with_the_right_password_restores_the_pages(
    qtbot: QtBot, window: MainWindow, signed_in: AppContext
) -> None:
    lock_with_ctrl_l(qtbot, window, signed_in)
    field = window.findChild(QLineEdit, "unlockPasswordField")
    button = window.findChild(QPushButton, "unlockButton")
    assert field is not None and button is not None
    qtbot.keyClicks(field, "salah-sekali-123")
    button.click()
    error = window.findChild(QLabel, "unlockError")
    assert error is not None
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Kata sandi salah."
    assert field.text() == ""
    assert signed_in.session is None

    qtbot.keyClicks(field, HEAD_PASSWORD)
    with qtbot.waitSignal(signed_in.unlocked, timeout=10_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.overview is not None)
    assert signed_in.session is not None and signed_in.session.store.is_open
    assert not window.is_locked
    assert window.central_stack.currentWidget() is window.workspace
    assert window.pages.count() == 6
    assert window.windowTitle() == f"LK3 Desktop — {CENTER_NAME}"
    welcome = window.findChild(QLabel, "welcomeLabel")
    assert welcome is not None and welcome.text() == f"Selamat datang, {HEAD_NAME}"
    assert HEAD_NAME in " ".join(visible_texts(window))


def test_idle_time_locks(qtbot: QtBot, signed_in: AppContext) -> None:
    # Timed from before the window opens: its idle timer starts while it opens, which takes
    # a while on a loaded machine, so a start taken after it would see the lock come early.
    started = time.monotonic()
    window = open_window(qtbot, signed_in, idle_ms=200)
    session = signed_in.session
    assert session is not None
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)
    assert time.monotonic() - started >= 0.2
    qtbot.waitUntil(lambda: not session.store.is_open)
    assert signed_in.session is None
    for text in visible_texts(window):
        assert CENTER_NAME not in text and HEAD_NAME not in text


def test_input_postpones_the_idle_lock(qtbot: QtBot, signed_in: AppContext) -> None:
    window = open_window(qtbot, signed_in, idle_ms=600)
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        qtbot.mouseMove(window.nav, QPoint(20 + int(time.monotonic() * 10) % 40, 30))
        qtbot.keyClick(window.search, Qt.Key.Key_A)
        qtbot.wait(60)
        assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)


def test_idle_time_comes_from_the_setting(qtbot: QtBot, signed_in: AppContext) -> None:
    session = signed_in.session
    assert session is not None
    assert settings.get_setting(session, settings.AUTO_LOCK_MINUTES) == 10
    window = open_window(qtbot, signed_in)
    assert window.idle.interval_ms == 10 * 60_000
    window.close()
    signed_in.lane.wait()

    from support.factories import login

    again = login(signed_in.data_dir, signed_in.credential_store, "kepala", HEAD_PASSWORD)
    settings.set_setting(again, settings.AUTO_LOCK_MINUTES, 3)
    signed_in.set_session(again)
    window = open_window(qtbot, signed_in)
    assert window.idle.interval_ms == 3 * 60_000
    assert window.idle.running


def test_sign_out_from_the_lock_page(
    qtbot: QtBot, window: MainWindow, signed_in: AppContext
) -> None:
    lock_with_ctrl_l(qtbot, window, signed_in)
    button = window.findChild(QPushButton, "lockSignOutButton")
    assert button is not None and button.text() == "Keluar akun"
    with qtbot.waitSignal(window.signed_out):
        button.click()
    assert signed_in.session is None


def test_idle_lock_closes_open_dialogs(qtbot: QtBot, signed_in: AppContext) -> None:
    window = open_window(qtbot, signed_in, idle_ms=200)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)
    assert not dialog.isVisible()


class BusyDialog(QDialog):
    """Like a dialog in the middle of changing the database key: it refuses to close."""

    def reject(self) -> None:
        return None


def test_a_busy_dialog_postpones_the_idle_lock(qtbot: QtBot, signed_in: AppContext) -> None:
    window = open_window(qtbot, signed_in, idle_ms=200)
    busy = BusyDialog(window)
    busy.setModal(True)
    busy.show()
    qtbot.wait(700)
    assert not window.is_locked and busy.isVisible()
    assert signed_in.session is not None
    busy.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)


def test_a_new_auto_lock_time_applies_after_leaving_settings(
    qtbot: QtBot, window: MainWindow, signed_in: AppContext
) -> None:
    session = signed_in.session
    assert session is not None
    window.show_page(5)  # Pengaturan, where the head changes the time
    settings.set_setting(session, settings.AUTO_LOCK_MINUTES, 25)
    window.show_page(0)
    qtbot.waitUntil(lambda: window.idle.interval_ms == 25 * 60_000)


def test_the_idle_watch_sees_the_applications_events_only_while_it_runs(qtbot: QtBot) -> None:
    """Every event of the application passes through the idle watch's filter (a Python call
    each): it is installed when the watch starts and removed when it stops, so building the
    main window's pages at sign-in runs without it (benchmarks: sign_in)."""
    from PySide6.QtCore import QEvent, QObject

    from lk3_desktop.ui.lock_screen import IdleWatcher

    class Counting(IdleWatcher):
        seen = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            self.seen += 1
            return super().eventFilter(watched, event)

    label = QLabel("Beranda")
    qtbot.addWidget(label)
    watch = Counting(60_000)
    label.show()
    label.setText("Klien")
    qtbot.wait(20)
    assert watch.seen == 0 and not watch.running
    watch.start()
    label.setText("Jadwal")
    qtbot.keyClick(label, Qt.Key.Key_A)
    qtbot.wait(20)
    assert watch.seen > 0 and watch.running
    watch.stop()
    seen = watch.seen
    label.setText("Rujukan")
    qtbot.keyClick(label, Qt.Key.Key_B)
    qtbot.wait(20)
    assert watch.seen == seen and not watch.running
    watch.deleteLater()
