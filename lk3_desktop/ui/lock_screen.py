"""Locking: after idle time or on Ctrl+L every record is hidden and the key is forgotten.

:class:`IdleWatcher` sees every keyboard, mouse and touch event of the application (an
application-wide event filter) and says when none came for the configured time.
:class:`LockPage` replaces the window's content while locked: it shows no record, only asks the
same person's password and runs ``accounts.unlock`` on the lane.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import KnownError, LoginThrottled, UnknownUser, WrongPassword
from lk3_desktop.services import accounts
from lk3_desktop.services.accounts import LockedSession
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import icons
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.countdown import ButtonCountdown
from lk3_desktop.ui.field_feedback import BusyIndicator, StatusMessage
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import set_flag, set_role

DEFAULT_AUTO_LOCK_MINUTES = 10

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`idle` once no input event arrived for ``interval_ms`` while running."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(interval_ms, 1))
        self._timer.timeout.connect(self.idle)
        self._restart_queued = False
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("IdleWatcher needs a running application")
        self._app = app

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(max(interval_ms, 1))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        # Every event of the application passes through this filter, a Python call each: it
        # is there only while the watch runs (not while the main window and its pages are
        # built, some two thousand events at sign-in; benchmarks: sign_in).
        self._app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS and self._timer.isActive():
            self._timer.start()  # restart: the idle time counts from the last input
            if not self._restart_queued:
                # and again once the input is handled: a key that builds a page the first
                # time it is shown can take a moment, and that moment is not idle time
                self._restart_queued = True
                QTimer.singleShot(0, self, self._restart_after_input)
        return False

    def _restart_after_input(self) -> None:
        self._restart_queued = False
        if self._timer.isActive():
            self._timer.start()


def close_modal_dialogs() -> bool:
    """Close every open modal dialog (a lock must not leave records on screen in one).

    Returns False when a dialog refuses to close (it is busy, e.g. changing the database key,
    and closing it would lose its result); the caller then tries again later.
    """
    for _ in range(20):  # nested dialogs close from the top down
        widget = QApplication.activeModalWidget()
        if widget is None:
            return True
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        if widget.isVisible():
            return False
    return QApplication.activeModalWidget() is None


def lock_session(session: UserSession, reason: str) -> LockedSession:
    """``accounts.lock``; should writing the audit row fail, the key is still forgotten."""
    try:
        return accounts.lock(session, reason)
    except BaseException:
        session.store.close()
        raise


class LockPage(QWidget):
    """Shown instead of the window's pages while locked."""

    unlocked = Signal(object)  # the new UserSession
    sign_out_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAccessibleName(self.tr("Locked"))
        self._context = context
        self._locked: LockedSession | None = None
        self._busy = False

        self._build_lock_panel()
        submit = QShortcut(QKeySequence("Ctrl+S"), self)
        submit.activated.connect(self.submit)
        submit.setWhatsThis(self.tr("Unlock"))

    def _build_lock_panel(self) -> None:
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        set_role(panel, "card")
        panel.setFixedWidth(460)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        lock_icon = QLabel(panel)
        lock_icon.setObjectName("lockIcon")
        lock_icon.setPixmap(icons.icon("kunci").pixmap(QSize(32, 32)))
        title = QLabel(self.tr("LK3 Desktop is locked"), panel)
        title.setObjectName("lockTitle")
        set_role(title, "heading")
        title_row.addWidget(lock_icon)
        title_row.addWidget(title, 1)
        layout.addLayout(title_row)
        explain = QLabel(
            self.tr("Every record is hidden and the database is closed until it is unlocked."),
            panel,
        )
        explain.setObjectName("lockExplanation")
        explain.setWordWrap(True)
        set_role(explain, "muted")
        layout.addWidget(explain)

        self.prompt = QLabel(panel)
        self.prompt.setObjectName("lockPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.password = QLineEdit(panel)
        self.password.setObjectName("unlockPasswordField")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        layout.addWidget(self.password)
        self.error = StatusMessage("unlockError", self.tr("Unlock error"), panel)
        self.password.textChanged.connect(lambda _t: self.error.clear_message())
        layout.addWidget(self.error)
        self.busy = BusyIndicator("unlockBusy", panel)
        layout.addWidget(self.busy)

        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton(self.tr("Sign out"), panel)
        self.sign_out_button.setObjectName("lockSignOutButton")
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self._sign_out)
        self.unlock_button = QPushButton(self.tr("Unlock"), panel)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        set_flag(self.unlock_button, "prominent", True)
        self.unlock_button.clicked.connect(self.submit)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self._countdown = ButtonCountdown(self.unlock_button, self._ready)

    # -- state ------------------------------------------------------------------------------

    def begin(self) -> None:
        """The window is locking: the key is being forgotten on the lane."""
        self._locked = None
        self.password.clear()
        self.error.clear_message()
        self.prompt.setText(self.tr("Locking…"))
        self.unlock_button.setEnabled(False)
        self.password.setEnabled(False)

    def set_locked(self, locked: LockedSession) -> None:
        """The database is closed; only ``locked.actor`` may unlock."""
        self._locked = locked
        self.prompt.setText(
            self.tr("Enter the password of the account “{username}” to unlock.").format(
                username=locked.actor.username
            )
        )
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(not self._countdown.running)
        if self.isVisible():
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error.show_error(text)

    def _ready(self) -> None:
        self.error.clear_message()
        self.unlock_button.setEnabled(self._locked is not None and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self._countdown.running)
        self.sign_out_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Opening the database…"))
        else:
            self.busy.stop()

    # -- acts -------------------------------------------------------------------------------

    def submit(self) -> None:
        locked = self._locked
        if locked is None or self._busy or self._countdown.running:
            return
        password = self.password.text()
        if not password:
            self.error.show_error(self.tr("Enter your password."))
            return
        self.error.clear_message()
        # sessionless: nobody is signed in while the window is locked
        (
            Operation.sessionless(
                self._context, self, lambda: accounts.unlock(locked, password), self._done
            )
            .busy(self._set_busy)
            .failure(self._failed)
            .run()
        )

    def _done(self, session: UserSession) -> None:
        self.password.clear()
        self._locked = None
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(exc, WrongPassword | UnknownUser):
            self.error.show_error(self.tr("The password is wrong."))
        else:
            self.error.show_error(message_for(exc))
        if isinstance(exc, LoginThrottled):
            self._countdown.start(exc.retry_after)

    def _sign_out(self) -> None:
        if self._busy:
            return
        self._locked = None
        self.password.clear()
        self.sign_out_requested.emit()
