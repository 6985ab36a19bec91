"""The composition root: which window shows when, and what a crash leaves behind."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD, init_database, make_vault
from ui_helpers import ModalLog

from lk3_desktop.app import AppController
from lk3_desktop.core.errors import WrongPassword
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.paths import PROJECT_ROOT
from lk3_desktop.ui import crash, dialogs
from lk3_desktop.ui.login_window import LoginWindow
from lk3_desktop.ui.main_window import MainWindow
from lk3_desktop.ui.setup_wizard import SetupWizard

SECRET_NAME = "Siti Rahmawati"
SECRET_NIK = "3374015505800002"


@pytest.fixture
def controller(
    qapp: QApplication, data_dir: Path, cred_store: KeyringStore, indonesian: None
) -> Iterator[AppController]:
    app = AppController(data_dir, detect=lambda: cred_store, vault_factory=make_vault)
    yield app
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    if app.context is not None:
        app.context.lane.wait()
        QCoreApplication.processEvents()
    app.shutdown()


def test_empty_folder_starts_the_setup_wizard(qtbot: QtBot, controller: AppController) -> None:
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.window, SetupWizard))
    assert controller.window is not None and controller.window.isVisible()


def test_sign_in_then_main_window_then_sign_out(
    qtbot: QtBot, controller: AppController, data_dir: Path, cred_store: KeyringStore
) -> None:
    init_database(data_dir, cred_store).session.store.close()
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow))
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.keyClicks(login.findChild(QLineEdit, "usernameField"), "kepala")
    qtbot.keyClicks(login.findChild(QLineEdit, "passwordField"), HEAD_PASSWORD)
    login.findChild(QPushButton, "loginButton").click()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    main = controller.window
    assert isinstance(main, MainWindow)
    qtbot.waitUntil(lambda: main.overview is not None)
    assert not shiboken6.isValid(login)  # the sign-in window closed and was deleted
    main.sign_out_action.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=10_000)
    assert controller.context is not None and controller.context.session is None


def test_the_sign_in_window_shows_before_the_credential_store_is_looked_for(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, cred_store: KeyringStore, indonesian: None
) -> None:
    """Finding the system's store (keyring and its backends, the system's answer) waits
    until the sign-in window is painted, on the lane; signing in uses the store found."""
    import threading

    init_database(data_dir, cred_store).session.store.close()
    asked: list[tuple[bool, bool]] = []
    controller: AppController | None = None

    def detect() -> KeyringStore:
        window = controller.window if controller is not None else None
        on_screen = isinstance(window, LoginWindow) and window.isVisible()
        asked.append((on_screen, threading.current_thread() is threading.main_thread()))
        return cred_store

    controller = AppController(data_dir, detect=detect, vault_factory=make_vault)
    try:
        controller.start()
        assert isinstance(controller.window, LoginWindow)
        assert asked == []  # not before the window
        qtbot.waitUntil(lambda: asked != [])
        assert asked == [(True, False)]  # once the window showed, off the UI thread
        login = controller.window
        qtbot.keyClicks(login.findChild(QLineEdit, "usernameField"), "kepala")
        qtbot.keyClicks(login.findChild(QLineEdit, "passwordField"), HEAD_PASSWORD)
        login.findChild(QPushButton, "loginButton").click()
        qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
        assert len(asked) == 1  # found once
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        if controller.context is not None:
            controller.context.lane.wait()
            QCoreApplication.processEvents()
        controller.shutdown()


def test_a_store_lookup_that_fails_with_a_bug_goes_on_without_a_store() -> None:
    """A bug in finding the store is kept for the crash dialog; the app goes on in
    password-only mode (as the sign-in window says when the secret is needed)."""
    from lk3_desktop.db.workstation import DeferredStore, NoCredentialStore

    calls: list[int] = []

    def broken() -> KeyringStore:
        calls.append(1)
        raise RuntimeError("backend exploded")

    store = DeferredStore(broken)
    assert store.get("workstation-secret:x") is None
    assert not store.available()
    assert isinstance(store.resolve(), NoCredentialStore)
    assert isinstance(store.failure, RuntimeError)
    assert calls == [1]  # asked once


def raise_with_personal_data() -> None:
    nik = SECRET_NIK  # a local variable holding personal data
    try:
        int(nik + "x")
    except ValueError as exc:
        raise RuntimeError(f"could not save the note of {SECRET_NAME}, NIK {nik}") from exc


def test_crash_report_holds_no_personal_data() -> None:
    try:
        raise_with_personal_data()
    except RuntimeError as exc:
        text = crash.report_text(type(exc), exc, exc.__traceback__)
    assert SECRET_NAME not in text and SECRET_NIK not in text
    assert "exception: RuntimeError" in text
    assert "caused by: ValueError" in text
    assert "tests/ui/test_app.py:" in text and "in raise_with_personal_data" in text
    assert str(Path.home()) not in text and str(PROJECT_ROOT) not in text


def test_a_bug_writes_a_crash_file_and_shows_the_crash_dialog(
    tmp_path: Path,
    modal_log: ModalLog,
    indonesian: None,
) -> None:
    crash._state["data_dir"] = tmp_path / "data"
    try:
        try:
            raise_with_personal_data()
        except RuntimeError as exc:
            crash.handle_exception(type(exc), exc, exc.__traceback__)
    finally:
        crash._state["data_dir"] = None
    files = list((tmp_path / "data" / "crash").glob("crash-*.txt"))
    assert len(files) == 1
    content = files[0].read_text("utf-8")
    assert SECRET_NAME not in content and SECRET_NIK not in content
    assert modal_log.names() == ["errorDialog"]
    assert "Terjadi kesalahan di dalam LK3 Desktop" in modal_log.texts[0]
    assert str(files[0]) in modal_log.texts[0]


def test_a_known_error_is_one_sentence_and_no_crash_file(
    tmp_path: Path,
    modal_log: ModalLog,
    indonesian: None,
) -> None:
    crash._state["data_dir"] = tmp_path / "data"
    try:
        error = WrongPassword()
        crash.handle_exception(type(error), error, None)
    finally:
        crash._state["data_dir"] = None
    assert not (tmp_path / "data" / "crash").exists()
    assert modal_log.names() == ["warningDialog"]
    assert modal_log.texts == ["Nama pengguna atau kata sandi salah."]


CRASHING_APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from lk3_desktop.ui import crash, dialogs

app = QApplication([])
crash.install(Path(sys.argv[1]))
shown = []
dialogs.set_runner(lambda dialog: shown.append(dialog.objectName()) or 0)

def slot():
    patient = "Siti Rahmawati"
    raise ValueError("note of " + patient)

QTimer.singleShot(0, slot)
QTimer.singleShot(300, app.quit)
app.exec()
print("shown:", ",".join(shown))
"""


def test_an_exception_in_a_qt_slot_reaches_the_crash_handler(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASHING_APP), str(tmp_path)],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "shown: errorDialog" in result.stdout
    files = list((tmp_path / "crash").glob("crash-*.txt"))
    assert len(files) == 1
    content = files[0].read_text("utf-8")
    assert "exception: ValueError" in content and "in slot" in content
    assert SECRET_NAME not in content and SECRET_NAME not in result.stderr


SECOND_INSTANCE = """
import sys
from pathlib import Path
from lk3_desktop.app import create_application, run_gui
from lk3_desktop.ui import dialogs

app = create_application()
shown = []
dialogs.set_runner(lambda dialog: shown.append(dialog.text()) or 0)
code = run_gui(Path(sys.argv[1]))
print("exit", code)
print("shown:", shown)
"""


def test_a_second_instance_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    from lk3_desktop.db.instance_lock import DataFolderLock

    folder = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    with DataFolderLock(folder):
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(SECOND_INSTANCE), str(folder)],
            env=env,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr
    assert "exit 1" in result.stdout
    assert "LK3 Desktop sudah terbuka dengan folder data ini." in result.stdout


def test_unfinished_setup_is_said_and_started_again(
    qtbot: QtBot,
    controller: AppController,
    data_dir: Path,
    cred_store: KeyringStore,
    modal_log: ModalLog,
) -> None:
    """Issue 11 item 1: a folder whose setup was interrupted is named as such (never "wrong
    password") and, when the person agrees, cleared and handed to the setup wizard."""
    from lk3_desktop.db.store import FolderState, begin_setup, folder_state

    data_dir.mkdir()
    begin_setup(data_dir, "abc123", "setup")
    (data_dir / "lk3.db").write_bytes(b"\0" * 4096)  # what the killed setup had written
    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.window, SetupWizard), timeout=10_000)
    assert modal_log.texts == [
        "Penyiapan folder data ini terhenti sebelum selesai, jadi belum berisi data. Mulai "
        "penyiapan lagi (buka LK3 Desktop, atau jalankan lk3-desktop init)."
    ]
    assert folder_state(data_dir) is FolderState.EMPTY
    assert not (data_dir / "lk3.db").exists()


def test_unfinished_setup_declined_closes_without_touching_it(
    qtbot: QtBot, controller: AppController, data_dir: Path, modal_log: ModalLog
) -> None:
    from lk3_desktop.db.store import FolderState, begin_setup, folder_state

    data_dir.mkdir()
    begin_setup(data_dir, "abc123", "setup")
    quits: list[bool] = []
    controller._quit = lambda: quits.append(True)  # type: ignore[method-assign]
    controller.start()
    qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
    assert modal_log.seen_names == ["confirmDialog"]
    assert controller.window is None
    assert folder_state(data_dir) is FolderState.SETUP_UNFINISHED


def test_a_restore_cut_short_is_completed_instead_of_opening_the_wizard(
    qtbot: QtBot, controller: AppController, data_dir: Path, modal_log: ModalLog
) -> None:
    """Issue 11 item 3: killed after the folder was moved aside (it held only lk3.lock), the
    app completes the restore, says so, and shows the sign-in window."""
    from support.pause_kill import kill_cli_at

    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import backup

    head = init_database(data_dir, NoCredentialStore()).session
    path = backup.back_up(head, data_dir.parent / "stick" / "b.lk3backup").path
    head.store.close()
    kill_cli_at(
        "restore.moved_aside",
        "restore", "--data-dir", str(data_dir), "--from", str(path),
        "--username", "kepala", "--password-stdin",
        stdin=HEAD_PASSWORD + "\n",
    )  # fmt: skip
    assert [p.name for p in data_dir.iterdir()] == ["lk3.lock"]
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=10_000)
    assert modal_log.names() == ["informDialog"]
    assert "data.before-restore-" in modal_log.texts[0]
    assert sorted(p.name for p in data_dir.parent.iterdir() if p.name.startswith(".")) == []
