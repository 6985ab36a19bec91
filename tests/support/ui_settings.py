"""Helpers for widget tests of the settings area: a context on a real database, and a
scripted answerer for every blocking dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from lk3_desktop.db.workstation import CredentialStore
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from support.factories import make_vault

Handler = Callable[[QDialog], int]


def make_context(
    data_dir: Path, cred_store: CredentialStore, session: UserSession | None
) -> AppContext:
    """An AppContext whose vaults use the cheap test key derivation, signed in as ``session``."""
    context = AppContext(data_dir, cred_store, vault_factory=make_vault)
    context.set_session(session)
    return context


def temp_ui_settings(folder: Path) -> Callable[[], QSettings]:
    """A QSettings factory writing to an ini file in ``folder`` (never the real profile)."""
    path = str(folder / "ui.ini")
    return lambda: QSettings(path, QSettings.Format.IniFormat)


class DialogScript:
    """Answers blocking dialogs in order; each handler gets the dialog and returns its result.

    ``seen`` keeps every dialog that was asked, for assertions after the fact.
    """

    def __init__(self, *handlers: Handler) -> None:
        self._handlers = list(handlers)
        self.seen: list[QDialog] = []

    def add(self, *handlers: Handler) -> None:
        self._handlers.extend(handlers)

    def __call__(self, dialog: QDialog) -> int:
        self.seen.append(dialog)
        if not self._handlers:
            raise AssertionError(f"unexpected dialog {dialog.objectName()!r}")
        return self._handlers.pop(0)(dialog)

    @property
    def done(self) -> bool:
        return not self._handlers

    @contextmanager
    def installed(self) -> Iterator[DialogScript]:
        with dialogs.replaced_runner(self):
            yield self


def accept(dialog: QDialog) -> int:
    return dialogs.answer(dialog, True)


def reject(dialog: QDialog) -> int:
    return dialogs.answer(dialog, False)


def expect(name: str, then: Handler) -> Handler:
    """A handler that first checks the dialog's objectName."""

    def handler(dialog: QDialog) -> int:
        assert dialog.objectName() == name, dialog.objectName()
        return then(dialog)

    return handler


def record(into: list[Any], then: Handler = accept) -> Handler:
    def handler(dialog: QDialog) -> int:
        into.append(dialog)
        return then(dialog)

    return handler


def type_password(qtbot: Any, password: str) -> Handler:
    """Types ``password`` into the password prompt and waits for its action to finish."""

    def handler(dialog: QDialog) -> int:
        from lk3_desktop.ui.password_prompt import PasswordPromptDialog

        assert isinstance(dialog, PasswordPromptDialog)
        qtbot.keyClicks(dialog.password, password)
        with qtbot.waitSignal(dialog.finished, timeout=120_000):
            dialog.ok_button.click()
        return dialog.result()

    return expect("passwordPromptDialog", handler)


def save_as(target: Path) -> Handler:
    """Chooses ``target`` in the file dialog and says yes to whatever else is asked (the
    "PDF saved" message)."""

    def handler(dialog: QDialog) -> int:
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(target))
            return int(QDialog.DialogCode.Accepted)
        return dialogs.answer(dialog, accept=True)

    return handler


def read_card(into: list[str]) -> Handler:
    """Keeps the code the recovery card dialog shows, then closes it."""

    def handler(dialog: QDialog) -> int:
        from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog

        assert isinstance(dialog, RecoveryCardDialog)
        into.append(dialog.code)
        return accept(dialog)

    return expect("recoveryCardDialog", handler)
