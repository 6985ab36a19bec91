"""Bantuan: a short guide for the page at hand (F1), and every keyboard shortcut.

The guides are files in ``resources/help`` (``<topic>.id.md`` and ``<topic>.en.md``), so they
can be read and corrected without touching code. The shortcut list is collected from the
actions and shortcuts the open windows hold, never kept by hand: a shortcut added anywhere
shows up, with the words it was given (``QShortcut.whatsThis``, an action's text).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.paths import RESOURCES
from lk3_desktop.ui.i18n import preferred_language
from lk3_desktop.ui.table_columns import fit_columns

HELP_FOLDER = RESOURCES / "help"
DEFAULT_TOPIC = "beranda"


def help_text(topic: str, language: str | None = None) -> str:
    """The guide of ``topic`` (Markdown) in ``language`` (default: the interface's);
    Indonesian when no English one exists; the home guide for an unknown topic."""
    language = language or preferred_language()
    for name in (f"{topic}.{language}.md", f"{topic}.id.md", f"{DEFAULT_TOPIC}.{language}.md"):
        path = HELP_FOLDER / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def topics() -> list[str]:
    """Every topic a guide exists for."""
    return sorted({path.name.split(".")[0] for path in HELP_FOLDER.glob("*.md")})


class HelpDialog(QDialog):
    """The guide of one page, readable at 1366x768."""

    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.topic = topic
        title = self.tr("Help")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(self.tr("Help for this page"))
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(help_text(topic))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeHelpButton")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(620, 520)


@dataclass(frozen=True)
class ShortcutInfo:
    keys: str  # as the keyboard shows it, e.g. "Ctrl+K"
    what: str
    where: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def collect_shortcuts(windows: list[QWidget] | None = None) -> list[ShortcutInfo]:
    """Every shortcut the open windows hold (their actions and shortcuts), once each, in
    the order of their keys."""
    found: dict[tuple[str, str], ShortcutInfo] = {}
    for window in windows if windows is not None else QApplication.topLevelWidgets():
        where = _plain(window.windowTitle()) or window.objectName()
        for action in window.findChildren(QAction):
            for sequence in action.shortcuts():
                keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                what = _plain(action.toolTip() if not action.text() else action.text())
                if keys and what:
                    found.setdefault((keys, what), ShortcutInfo(keys, what, where))
        for shortcut in window.findChildren(QShortcut):
            keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            what = _plain(shortcut.whatsThis())
            if keys and what:
                found.setdefault((keys, what), ShortcutInfo(keys, what, where))
    return sorted(found.values(), key=lambda s: (len(s.keys), s.keys, s.what))


def undescribed_shortcuts(window: QWidget) -> list[str]:
    """Shortcuts of ``window`` that the list could not name (for tests)."""
    return [
        shortcut.key().toString()
        for shortcut in window.findChildren(QShortcut)
        if not shortcut.whatsThis().strip()
    ]


class ShortcutsDialog(QDialog):
    """Pintasan keyboard: every shortcut of the open windows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        title = self.tr("Keyboard shortcuts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(title)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.shortcuts = collect_shortcuts()
        for info in self.shortcuts:
            item = QTreeWidgetItem([info.keys, info.what])
            item.setToolTip(1, info.where)
            self.tree.addTopLevelItem(item)
        fit_columns(self.tree, 1)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeShortcutsButton")
        close.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def keys(self) -> list[str]:
        return [info.keys for info in self.shortcuts]


def describe(shortcut: QShortcut, what: str) -> QShortcut:
    """Give ``shortcut`` the words the shortcut list shows for it."""
    shortcut.setWhatsThis(what)
    return shortcut


def with_keys(text: str, sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A tooltip that names its shortcut: "Simpan (Ctrl+S)"."""
    keys = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
    return QCoreApplication.translate("Help", "%1 (%2)").replace("%1", text).replace("%2", keys)


__all__ = [
    "HelpDialog",
    "ShortcutInfo",
    "ShortcutsDialog",
    "collect_shortcuts",
    "describe",
    "help_text",
    "topics",
    "with_keys",
]
