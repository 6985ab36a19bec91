"""A list of Kemendagri regions to choose from by typing part of a name, and the regions.

Used by the client form's address, the center profile and the activities' place; kept out
of the settings pages, so the client form does not import them (with printing and QtPdf:
benchmarks, peak_rss).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from lk3_desktop.ui.combo_box import ComboBox


@cache
def regions(parent_code: str | None = None) -> tuple[tuple[str, str], ...]:
    """(code, name) of the provinces, or of one region's children (regencies and cities,
    districts, villages)."""
    from lk3_desktop.core.regions import children  # the region tables load on first use

    return children(parent_code)


class RegionCombo(ComboBox):
    """A list of regions that finds an entry from any part of its name as one types."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        # Typing part of a name and leaving the field picks the one entry it names.
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self._pick_typed)
        self._items: tuple[tuple[str, str], ...] = ()

    def _pick_typed(self) -> None:
        try:
            code = self.chosen_code()
        except LookupError:
            return  # said under the field on saving
        index = self.findData(code) if code else -1
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

    def set_regions(self, items: tuple[tuple[str, str], ...], selected: str | None) -> None:
        """List ``items`` (code, name) with ``selected`` chosen; the same list as before
        is kept rather than filled again (a client's page fills four of them on opening)."""
        self.blockSignals(True)
        if items != self._items or self.count() != len(items):
            self.clear()
            for code, name in items:
                self.addItem(name, code)
            self._items = items
        index = self.findData(selected) if selected else -1
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index) if index >= 0 else "")
        self.blockSignals(False)

    def chosen_code(self) -> str | None:
        """The code of the entry the text names; raises LookupError when it names none.

        An exact name wins; otherwise a text found in exactly one name is that entry.
        """
        text = " ".join(self.currentText().split()).casefold()
        if not text:
            return None
        names = [(self.itemData(i), self.itemText(i).casefold()) for i in range(self.count())]
        exact = [code for code, name in names if name == text]
        if exact:
            return str(exact[0])
        partial = [code for code, name in names if text in name]
        if len(partial) == 1:
            return str(partial[0])
        raise LookupError(text)
