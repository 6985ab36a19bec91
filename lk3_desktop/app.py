"""Composition root: the QApplication, the credential store, and which window shows when.

``run_gui(data_dir)`` is what ``lk3-desktop`` (without a subcommand) runs: one instance per data
folder; the setup wizard when the folder holds no database, else the sign-in window; the main
window once signed in, and the sign-in window again after signing out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from lk3_desktop import __version__
from lk3_desktop.core.errors import KnownError
from lk3_desktop.paths import APP_ID, APP_NAME, ORGANIZATION
from lk3_desktop.qt_imports import quiet_pyside_import_hook

quiet_pyside_import_hook()  # before the windows import what they need (benchmarks: peak_rss)

if TYPE_CHECKING:  # the database stack loads after the first window shows
    from lk3_desktop.db.vault import Vault
    from lk3_desktop.db.workstation import CredentialStore, DeferredStore
    from lk3_desktop.ui.context import AppContext

STORE_TIMEOUT_S = 10.0

StoreDetector = Callable[[], "CredentialStore"]
VaultFactory = Callable[[Path, "CredentialStore"], "Vault"]


def _detect_store() -> CredentialStore:
    from lk3_desktop.db.workstation import detect_store

    return detect_store(timeout=STORE_TIMEOUT_S)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, high-DPI policy, style and translations (idempotent)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from lk3_desktop.ui.i18n import install_translators
    from lk3_desktop.ui.icons import app_icon
    from lk3_desktop.ui.style import apply_style

    app.setWindowIcon(app_icon())
    apply_style(app)
    install_translators()
    return app


def center_on_screen(widget: QWidget) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = widget.frameGeometry()
    frame.moveCenter(area.center())
    widget.move(frame.topLeft())


class AppController(QObject):
    """Decides which window shows: setup, sign-in, main; and back to sign-in after sign-out."""

    def __init__(
        self,
        data_dir: Path,
        *,
        detect: StoreDetector | None = None,
        vault_factory: VaultFactory | None = None,
        idle_interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._detect = detect or _detect_store
        self._vault_factory = vault_factory
        self._idle_interval_ms = idle_interval_ms
        self.context: AppContext | None = None
        self.window: QWidget | None = None
        self._store: DeferredStore | None = None

    def start(self) -> None:
        """Show the first window: the setup wizard, or the sign-in window.

        The system's credential store is found on the lane once that window is painted
        (importing keyring and asking the system took some 100 ms before the first window;
        benchmarks: cold_start); whatever needs it earlier finds it then, on the lane."""
        from lk3_desktop.db.workstation import DeferredStore
        from lk3_desktop.ui.context import AppContext

        self._store = DeferredStore(self._detect)
        self.context = AppContext(self.data_dir, self._store, vault_factory=self._vault_factory)
        self.context.setParent(self)
        from lk3_desktop.db.folder_state import FolderState, folder_state, is_initialized

        if not self._finish_interrupted_restore():
            self._quit()
            return
        if folder_state(self.data_dir) is FolderState.SETUP_UNFINISHED:
            self.offer_setup_again()
            return
        if is_initialized(self.data_dir):
            self.show_login()
        else:
            self.show_wizard()

    def _find_store(self) -> None:
        """Find the credential store on the lane (before anything queued after it)."""
        from lk3_desktop.ui.operations import Operation, ignore

        store, context = self._store, self.context
        assert store is not None and context is not None
        Operation.sessionless(context, self, store.resolve, self._store_found).failure(ignore).run()

    def _store_found(self, _store: object) -> None:
        store = self._store
        if store is not None and store.failure is not None:
            # a bug: the crash dialog says so; the app goes on in password-only mode
            failure, store.failure = store.failure, None
            raise failure

    def _finish_interrupted_restore(self) -> bool:
        """A restore cut short (the computer stopped mid-way) is completed before anything
        looks at the folder, so the setup wizard never opens over it; False when the folder
        cannot be put in order (said in one sentence)."""
        from lk3_desktop.db.restore_swap import finish_interrupted_swap
        from lk3_desktop.ui import dialogs
        from lk3_desktop.ui.messages import message_for

        try:
            finished = finish_interrupted_swap(self.data_dir)
        except KnownError as exc:
            dialogs.warn(None, APP_NAME, message_for(exc))
            return False
        if finished.completed is not None:
            dialogs.inform(
                None,
                self.tr("Restore completed"),
                self.tr(
                    "Restoring a backup was interrupted (the computer stopped or the app was "
                    "closed) and has now been completed. The data that was here before is kept "
                    "in the folder %1."
                ).replace("%1", finished.completed.name),
            )
        return True

    def offer_setup_again(self) -> None:
        """An interrupted setup (no data in it) is said as such, never as a wrong password;
        starting again removes it and opens the setup wizard."""
        from lk3_desktop.core.errors import SetupUnfinished
        from lk3_desktop.db.store import discard_unfinished_setup, unfinished_setup_is_demo
        from lk3_desktop.ui import dialogs
        from lk3_desktop.ui.messages import message_for
        from lk3_desktop.ui.operations import Operation

        context = self.context
        assert context is not None
        folder = self.data_dir
        error = SetupUnfinished(demo=unfinished_setup_is_demo(folder))
        if not dialogs.confirm(
            None,
            self.tr("Setup not finished"),
            message_for(error),
            ok_text=self.tr("Start the setup again"),
            cancel_text=self.tr("Close"),
        ):
            self._quit()
            return
        store = context.credential_store
        (
            Operation.sessionless(
                context,
                self,
                lambda: discard_unfinished_setup(folder, store),
                lambda _done: self.show_wizard(),
            )
            .failure(self._setup_again_failed)
            .run()
        )

    def _setup_again_failed(self, exc: BaseException) -> None:
        from lk3_desktop.ui import dialogs
        from lk3_desktop.ui.messages import message_for

        if not isinstance(exc, KnownError):
            raise exc
        dialogs.warn(None, APP_NAME, message_for(exc))
        self._quit()

    def _swap(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.show()
        if old is not None:
            old.close()

    def show_wizard(self) -> None:
        from lk3_desktop.ui.setup_wizard import SetupWizard

        assert self.context is not None
        wizard = SetupWizard(self.context)
        # Enrolled with an office server, the person signs in there; else the new office opens.
        wizard.accepted.connect(
            lambda: self.show_login() if wizard.joined_server else self.show_main()
        )
        wizard.rejected.connect(self._quit)
        wizard.resize(820, 680)
        self._swap(wizard)
        center_on_screen(wizard)
        from lk3_desktop.ui.preload import after_first_paint

        after_first_paint(wizard, self._find_store)

    def show_login(self) -> None:
        from lk3_desktop.ui.login_window import LoginWindow

        assert self.context is not None
        login = LoginWindow(self.context)
        login.signed_in.connect(self.show_main)
        self._swap(login)
        center_on_screen(login)
        login.username.setFocus()
        from lk3_desktop.ui.preload import after_first_paint

        after_first_paint(login, self._preload)

    def _preload(self) -> None:
        """While the password is typed, the lane finds the credential store and imports
        what comes after Enter."""
        from lk3_desktop.ui.operations import Operation, ignore
        from lk3_desktop.ui.preload import preload_signed_in_modules

        assert self.context is not None
        self._find_store()
        # A failure is not worth a word here: the same import fails again, and is reported,
        # where the main window needs it.
        Operation.sessionless(
            self.context, self, preload_signed_in_modules, self._preloaded
        ).failure(ignore).run()

    def _preloaded(self, _result: object) -> None:
        from lk3_desktop.ui.garbage import GarbageCollector
        from lk3_desktop.ui.preload import forget_module_sources

        forget_module_sources()
        app = QApplication.instance()
        collector = app.findChild(GarbageCollector) if app is not None else None
        if collector is not None:  # the app's own (run_gui), not a test's
            collector.set_aside_long_lived()

    def show_main(self) -> None:
        from lk3_desktop.ui.main_window import MainWindow

        assert self.context is not None
        apply_office_words(self.context)
        main = MainWindow(self.context, idle_interval_ms=self._idle_interval_ms)
        main.signed_out.connect(self.show_login)
        old, self.window = self.window, main
        main.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        main.showMaximized()
        if old is not None:
            old.close()  # the wizard or the sign-in window, once the main window shows

    def _quit(self) -> None:
        QTimer.singleShot(0, QApplication.quit)

    def shutdown(self) -> None:
        """Wait for service calls still running and close an open database."""
        context = self.context
        if context is None:
            return
        context.lane.wait(15_000)
        session = context.session
        if session is not None:
            session.store.close()
            context.session = None


def apply_office_words(context: AppContext) -> None:
    """Name the head as this office does ("Kepala" or "Ketua") in the screens about to be
    built; a quick read of one setting, so it stays on the UI thread."""
    from lk3_desktop.core.vocabulary import head_title
    from lk3_desktop.services.document_settings import document_settings
    from lk3_desktop.ui.i18n import set_head_title

    if context.session is not None:
        set_head_title(head_title(document_settings(context.session).head_title))


def run_gui(data_dir: Path) -> int:
    """Run the desktop application on ``data_dir``; returns the exit code."""
    app = create_application()
    from lk3_desktop.db.instance_lock import DataFolderLock
    from lk3_desktop.ui import crash, dialogs
    from lk3_desktop.ui.messages import message_for

    data_dir = data_dir.expanduser().absolute()
    crash.install(data_dir)
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
    except KnownError as exc:
        dialogs.warn(None, APP_NAME, message_for(exc))
        return 1
    from lk3_desktop.ui.garbage import GarbageCollector

    collector = GarbageCollector(app)
    collector.start()
    try:
        controller = AppController(data_dir)
        controller.start()
        code = app.exec()
        controller.shutdown()
        return int(code)
    finally:
        collector.stop()
        lock.release()
