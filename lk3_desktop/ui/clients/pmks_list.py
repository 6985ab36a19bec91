"""The PMKS categories of a client: a checkable list of the 26 (and office-added) categories."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lk3_desktop.core.ppks_fit import misfit
from lk3_desktop.services.clients import Category
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.style import set_role

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class PmksChecklist(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pmksSection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QLabel(self.tr("PPKS categories (formerly PMKS)"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        note = QLabel(
            self.tr("Permensos 08/2012. Tick every category that applies to the client."), self
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        layout.addWidget(note)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("pmksFilterField")
        self.filter.setAccessibleName(self.tr("Find a PPKS category"))
        self.filter.setPlaceholderText(self.tr("Type to find a category"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setObjectName("pmksList")
        self.list.setAccessibleName(self.tr("PPKS categories (formerly PMKS)"))
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(self.fontMetrics().height() * 9)
        self.list.itemChanged.connect(lambda _item: self._check_fit())
        layout.addWidget(self.list, 1)
        # a category that does not fit the client (a child category for an adult): said
        # under the list, in its kept line, without refusing it
        self.warning = FieldMessage("pmksFitWarning", self.tr("PPKS category warning"), self)
        layout.addWidget(self.warning)
        self._categories: list[Category] = []
        self._age: int | None = None
        self._sex: str | None = None

    def set_categories(self, categories: Sequence[Category], checked: Iterable[str] = ()) -> None:
        chosen = set(checked)
        self._categories = list(categories)
        self.list.blockSignals(True)
        self.list.clear()
        known = {c.code for c in categories}
        for category in categories:
            self._add(category.code, category.name, category.code in chosen)
        for code in sorted(chosen - known):  # a category made inactive since
            self._add(code, code, True)
        self.list.blockSignals(False)
        self._filter(self.filter.text())
        self._update_warning()

    def set_client(self, age: int | None, sex: str | None) -> None:
        """The client's age and sex as the form holds them now (for the fit warning)."""
        if (age, sex) != (self._age, self._sex):
            self._age, self._sex = age, sex
            self._update_warning()

    def _check_fit(self) -> None:
        self._update_warning()
        self.changed.emit()

    def _update_warning(self) -> None:
        problems = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                reason = misfit(str(item.data(CODE_ROLE)), self._age, self._sex)
                if reason:
                    problems.append(self._misfit_text(reason, item.toolTip()))
        if problems:
            self.warning.show_error(" ".join(problems))
        else:
            self.warning.clear_message()

    def _misfit_text(self, reason: str, name: str) -> str:
        age = self._age if self._age is not None else 0
        texts = {
            "under5": self.tr("“%1” is for children under 5; the client is %2.").replace(
                "%2", self._age_text(age)
            ),
            "under18": self.tr("“%1” is for children under 18; the client is %2.").replace(
                "%2", self._age_text(age)
            ),
            "from60": self.tr("“%1” is for people aged 60 or older; the client is %2.").replace(
                "%2", self._age_text(age)
            ),
            "from18": self.tr("“%1” is for adults; the client is %2.").replace(
                "%2", self._age_text(age)
            ),
            "women": self.tr("“%1” is for women only."),
        }
        return texts[reason].replace("%1", name)

    def _age_text(self, age: int) -> str:
        return self.tr("%1 years old").replace("%1", str(age))

    def _add(self, code: str, name: str, checked: bool) -> None:
        item = QListWidgetItem(f"{code.removeprefix('PMKS-')}. {name}" if code != name else code)
        item.setData(CODE_ROLE, code)
        item.setToolTip(name)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def set_checked(self, codes: Iterable[str]) -> None:
        chosen = set(codes)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(CODE_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_warning()

    def checked_codes(self) -> tuple[str, ...]:
        return tuple(
            sorted(
                str(self.list.item(i).data(CODE_ROLE))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked
            )
        )

    def names_of(self, codes: Iterable[str]) -> list[tuple[str, str]]:
        """(code, name) of ``codes`` in list order."""
        names = {c.code: c.name for c in self._categories}
        return [(code, names.get(code, code)) for code in codes]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
