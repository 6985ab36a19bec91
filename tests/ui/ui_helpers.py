"""Helpers for UI tests: what a person can read on screen, and walking a window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)

from lk3_desktop.ui import dialogs


def visible_texts(root: QWidget) -> list[str]:
    """Text of every visible label and text field under ``root`` (what a person can read)."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
    return texts


@dataclass
class ModalLog:
    """Every dialog that would have blocked, and how it was answered.

    ``respond`` decides the answer: by default a dialog is declined (Cancel, No, Close);
    a test sets it to accept, or to drive the dialog itself and return its result.
    """

    seen: list[QDialog] = field(default_factory=list)
    seen_names: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    respond: Callable[[QDialog], int] | None = None

    def run(self, dialog: QDialog) -> int:
        self.seen.append(dialog)
        self.seen_names.append(dialog.objectName())
        if isinstance(dialog, QMessageBox):
            self.texts.append(dialog.text())
        if self.respond is not None:
            return self.respond(dialog)
        return dialogs.answer(dialog, accept=False)

    def names(self) -> list[str]:
        """objectName of each dialog, recorded when it opened (it may be deleted since)."""
        return list(self.seen_names)
