"""Someone else saved the record being edited here (core.errors.EditConflict, issue 19): one
question lists what differs, typed beside saved, and saves what was typed over the newer
version only when the person says so. Whatever the answer, the form keeps what was typed.

Used by the client's Identitas form, the session note editor, the case's intake fields and
the draft assessment forms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lk3_desktop.core.errors import EditConflict
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.messages import message_for

# A long text (a note's section) is shown by its beginning: the question must fit a screen.
SHOWN_CHARS = 160


def shown(value: object) -> str:
    """A value as the question shows it ("–" for nothing; long texts shortened)."""
    if value is None or value == "" or value == ():
        return "–"
    if isinstance(value, Mapping):
        value = [f"{k}: {v}" for k, v in value.items() if v]
    text = ", ".join(_part(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1].rstrip() + "…"


def _part(item: object) -> str:
    """One item of a list: a row of a table (a contact, a plan row) as its filled cells."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return " ".join(str(v) for v in dataclasses.astuple(item) if v)
    return str(item)


def save_mine_over_theirs(
    parent: QWidget | None,
    conflict: EditConflict,
    differences: Iterable[tuple[str, object, object]],
    also: Iterable[str] = (),
) -> bool:
    """Ask whether to save what was typed over the version ``conflict`` carries.
    ``differences``: (label, typed, saved) of every part that differs; ``also``: sentences
    about what differs beside them."""
    lines = [
        QCoreApplication.translate("EditConflict", "%1: yours “%2”, saved “%3”")
        .replace("%1", label)
        .replace("%2", shown(mine))
        .replace("%3", shown(saved))
        for label, mine, saved in differences
    ]
    lines.extend(also)
    text = message_for(conflict) + ("\n\n" + "\n".join(lines) if lines else "")
    return dialogs.confirm(
        parent,
        QCoreApplication.translate("EditConflict", "Saved by someone else meanwhile"),
        text,
        ok_text=QCoreApplication.translate("EditConflict", "Save my version"),
        cancel_text=QCoreApplication.translate("EditConflict", "Keep editing"),
    )
