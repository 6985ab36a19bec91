"""UI fixtures: no modal ever blocks, an AppContext on real files, the Indonesian catalogue."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog
from support import office_snapshot
from support.factories import MemoryKeyring, init_database, make_vault
from support.office import Office, build_office
from ui_helpers import ModalLog

from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.i18n import install_translators, remove_translators

# Qt's offscreen platform (the test screen) cannot resize windows to their size hints, raise
# windows or grab the keyboard for a popup (a completer's list), and says so each time; that is
# the platform, not a bug of ours.
OFFSCREEN_NOISE = (
    r"This plugin does not support "
    r"(propagateSizeHints\(\)|raise\(\)|grabbing the keyboard|grabbing the mouse)"
)
UI_TESTS = Path(__file__).parent
SCREEN_PEOPLE = ("rina", "tuti")  # who the office fixture's office has besides the head


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def long_lived_set_aside() -> None:
    """What exists before the first UI test (the modules, their classes and functions, the
    session's fixtures: a quarter of a million objects) is collected once and then left out
    of later collections with :func:`gc.freeze`, as the app sets aside what signing in
    imported (ui/garbage.py): each collection between tests then walks only what the tests
    made since, 3 ms instead of 100-160 ms (a third of the UI tests' time). An object set
    aside is still freed when nothing refers to it any more; only cyclic garbage among the
    set-aside objects would stay, and they are the process's own for as long as it lives."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def garbage_between_tests(long_lived_set_aside: None) -> Iterator[None]:
    """Cyclic garbage is collected between tests, never while Qt dispatches an event (as the
    app's ui/garbage.py collects it between events): a collection inside a nested event loop
    once crashed a worker, and pytest-xdist then waited for it for ever."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


@pytest.fixture(autouse=True)
def modal_log() -> Iterator[ModalLog]:
    log = ModalLog()
    with dialogs.replaced_runner(log.run):
        yield log
        # A window whose close asked a question the log declined (the setup wizard's "stop
        # setup?") stayed open past pytest-qt's teardown; closed later, inside another test,
        # its question reached that test's own answers. Close such windows here, agreeing.
        log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and isinstance(widget, QDialog):
                widget.close()


@pytest.fixture
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings() writes to an ini file under tmp_path, never the real user settings."""
    folder = tmp_path / "settings"
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("LK3-test")
    QCoreApplication.setApplicationName("LK3 Desktop test")
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    """The app's Indonesian catalogue installed, as at start-up."""
    locale = QLocale()
    installed = install_translators("id")
    assert installed, "lk3_id.qm did not load"
    yield
    remove_translators()
    QLocale.setDefault(locale)


def close_windows(context: AppContext) -> None:
    """Close every window (so their close handlers run), then finish the lane's work."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    context.lane.wait()
    QCoreApplication.processEvents()
    context.lane.wait()


@pytest.fixture
def ui_context(
    qapp: QApplication, data_dir: Path, cred_store: KeyringStore
) -> Iterator[AppContext]:
    context = AppContext(data_dir, cred_store, vault_factory=make_vault)
    yield context
    close_windows(context)
    if context.session is not None:
        context.session.store.close()
        context.session = None


@pytest.fixture
def signed_in(ui_context: AppContext) -> AppContext:
    """A new database whose head (Siti Rahmawati, 'kepala') is signed in on ``ui_context``."""
    result = init_database(ui_context.data_dir, ui_context.credential_store)
    ui_context.set_session(result.session)
    return ui_context


@pytest.fixture(scope="session")
def usual_screen_office(
    tmp_path_factory: pytest.TempPathFactory, schema_template: bytes
) -> office_snapshot.Snapshot:
    """The office of the ``office`` fixture, made once per worker (support/office_snapshot)."""
    folder = tmp_path_factory.mktemp("usual-screen-office") / "data"
    return office_snapshot.make(folder, people=SCREEN_PEOPLE)


@pytest.fixture
def office(
    ui_context: AppContext, memory_keyring: MemoryKeyring, request: pytest.FixtureRequest
) -> Iterator[Office]:
    """The usual office of support/office.py for a screen: Rina (konselor, signed in on
    ``ui_context``), Tuti (staf) and the Hidayat household whose case Rina holds; a copy of
    the one made for this worker unless LK3_TEST_NO_OFFICE_SNAPSHOT is set."""
    folder, store = ui_context.data_dir, ui_context.credential_store
    assert isinstance(store, KeyringStore)
    if os.environ.get("LK3_TEST_NO_OFFICE_SNAPSHOT"):
        head = init_database(folder, store).session
        built = build_office(head, folder, store, people=SCREEN_PEOPLE)
    else:
        snapshot: office_snapshot.Snapshot = request.getfixturevalue("usual_screen_office")
        head = office_snapshot.copy(snapshot, folder, memory_keyring, store).session
        built = office_snapshot.office_from(snapshot, head, folder, store)
    built.hand_to(ui_context, "rina")
    yield built
    for _ in range(3):  # calls queued by callbacks of calls still use these sessions
        ui_context.lane.wait()
        QCoreApplication.processEvents()
    ui_context.set_session(built.rina)  # ui_context closes Rina's store
    built.close()
    head.store.close()
