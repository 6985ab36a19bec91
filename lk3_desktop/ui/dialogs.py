"""The one place where a dialog blocks: every ``exec()`` and every message box goes through here.

Tests replace the runner (:func:`set_runner` / :func:`replaced_runner`) so no test ever waits
on a modal window; the replacement gets the fully built dialog and answers it, e.g. with
:func:`answer`. Message boxes get our own translated button texts, so they read correctly
even where Qt ships no translation of its own buttons (there is no ``qtbase_id``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

Runner = Callable[[QDialog], int]

ACCEPT_BUTTON = "dialogAcceptButton"
REJECT_BUTTON = "dialogRejectButton"


def _run_for_real(dialog: QDialog) -> int:
    return int(dialog.exec())


_runner: Runner = _run_for_real


def set_runner(runner: Runner | None) -> Runner:
    """Use ``runner`` for every blocking dialog from now on (None: really block). Returns the
    runner it replaces."""
    global _runner
    previous = _runner
    _runner = runner or _run_for_real
    return previous


@contextlib.contextmanager
def replaced_runner(runner: Runner) -> Iterator[None]:
    previous = set_runner(runner)
    try:
        yield
    finally:
        set_runner(previous)


def exec_dialog(dialog: QDialog) -> int:
    """Run ``dialog`` modally; returns its result (``QDialog.DialogCode`` for plain dialogs)."""
    return _runner(dialog)


def answer(dialog: QDialog, accept: bool) -> int:
    """Answer ``dialog`` as a person would (for test runners): press its accepting or
    rejecting button, or accept()/reject() a dialog without such buttons."""
    if isinstance(dialog, QMessageBox):
        name = ACCEPT_BUTTON if accept else REJECT_BUTTON
        for button in dialog.buttons():
            if button.objectName() == name:
                button.click()
                return int(dialog.result())
        roles = (
            {QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole}
            if accept
            else {QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole}
        )
        for button in dialog.buttons():
            if dialog.buttonRole(button) in roles:
                button.click()
                return int(dialog.result())
    if accept:
        dialog.accept()
    else:
        dialog.reject()
    return int(dialog.result())


# -- message boxes ----------------------------------------------------------------------------


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, name: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, name: str) -> None:
    box = _box(parent, icon, title, text, name)
    ok = box.addButton(
        QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    ok.setObjectName(ACCEPT_BUTTON)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    exec_dialog(box)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A calm notice with one OK button."""
    _tell(parent, QMessageBox.Icon.Information, title, text, "informDialog")


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something needs attention (a known error, a refused action)."""
    _tell(parent, QMessageBox.Icon.Warning, title, text, "warningDialog")


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Something failed. ``details`` (never personal data) is shown behind a button."""
    box = _box(parent, QMessageBox.Icon.Critical, title, text, "errorDialog")
    if details:
        box.setDetailedText(details)
    ok = box.addButton(
        QCoreApplication.translate("Dialogs", "Close"), QMessageBox.ButtonRole.AcceptRole
    )
    ok.setObjectName(ACCEPT_BUTTON)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    exec_dialog(box)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    ok_text: str,
    cancel_text: str = "",
    destructive: bool = False,
) -> bool:
    """Ask a question whose accepting button names the act; the safe answer is the default.

    Returns True only when the accepting button was pressed.
    """
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = _box(parent, icon, title, text, "confirmDialog")
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName(ACCEPT_BUTTON)
    cancel = box.addButton(
        cancel_text or QCoreApplication.translate("Dialogs", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    cancel.setObjectName(REJECT_BUTTON)
    if destructive:
        ok.setProperty("destructive", True)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    exec_dialog(box)
    return box.clickedButton() is ok


def confirm_discard(parent: QWidget | None, question: str) -> bool:
    """ "Discard changes": ``question``, answered Discard or Keep editing (the default)."""
    return confirm(
        parent,
        QCoreApplication.translate("Dialogs", "Discard changes"),
        question,
        ok_text=QCoreApplication.translate("Dialogs", "Discard"),
        cancel_text=QCoreApplication.translate("Dialogs", "Keep editing"),
        destructive=True,
    )


def confirm_delete_draft(parent: QWidget | None, question: str) -> bool:
    """ "Delete draft": ``question``, answered Delete draft or Cancel (the default)."""
    delete = QCoreApplication.translate("Dialogs", "Delete draft")
    return confirm(parent, delete, question, ok_text=delete, destructive=True)


# -- files ------------------------------------------------------------------------------------


def default_folder() -> Path:
    """Where file dialogs start: the person's documents folder when it exists, else their
    home folder. Nothing is created: a folder that is not there is never proposed."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _in_existing_folder(suggested_path: str) -> str:
    """``suggested_path`` when its folder exists; else its name in :func:`default_folder`."""
    path = Path(suggested_path)
    if path.is_absolute() and path.parent.is_dir():
        return str(path)
    return str(default_folder() / path.name)


def choose_open_file(parent: QWidget | None, title: str, name_filter: str) -> str | None:
    """Let the person pick an existing file; None when cancelled."""
    dialog = QFileDialog(parent, title, str(default_folder()))
    dialog.setObjectName("openFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setNameFilter(name_filter)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested_path: str, name_filter: str, suffix: str
) -> str | None:
    """Let the person choose where to save; None when cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    target = _in_existing_folder(suggested_path)
    dialog.setDirectory(str(Path(target).parent))
    dialog.selectFile(target)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """Let the person pick an existing folder; None when cancelled."""
    dialog = QFileDialog(parent, title, start if start and Path(start).is_dir() else "")
    if not (start and Path(start).is_dir()):
        dialog.setDirectory(str(default_folder()))
    dialog.setObjectName("folderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def ask_pdf_path(
    parent: QWidget | None, title: str, suggested_name: str, name_filter: str = ""
) -> Path | None:
    """Ask where to save a PDF, starting in :func:`default_folder`; the chosen name ends in
    ".pdf". None when the person cancelled."""
    name = choose_save_file(
        parent,
        title,
        str(default_folder() / suggested_name),
        name_filter or QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)"),
        "pdf",
    )
    return with_pdf_suffix(Path(name)) if name else None


def with_pdf_suffix(path: Path) -> Path:
    """``path`` ending in ".pdf" (added when the person typed another or none)."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
