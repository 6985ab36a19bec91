"""A client-page tab whose content belongs to one case: a case picker above the panel."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lk3_desktop.core.case_stages import STAGE_LABELS_ID
from lk3_desktop.services.cases import CaseInfo
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.style import set_role

PanelFactory = Callable[[int, QWidget], QWidget]


class CaseScopedTab(QWidget):
    """Shows ``factory(case_id, parent)`` for the case chosen above it (newest first)."""

    def __init__(self, name: str, factory: PanelFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._factory = factory
        self._case_ids: list[int] = []
        self.panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Case"), self)
        self.case_combo = ComboBox(self)
        self.case_combo.setObjectName(f"{name}CaseCombo")
        self.case_combo.setAccessibleName(self.tr("Case shown"))
        label.setBuddy(self.case_combo)
        self.case_combo.currentIndexChanged.connect(self._case_chosen)
        row.addWidget(label)
        row.addWidget(self.case_combo, 1)
        row.addStretch(2)
        layout.addLayout(row)
        self.empty = QLabel(
            self.tr("This client has no case yet. Open a case first (tab Cases)."), self
        )
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "subtitle")
        layout.addWidget(self.empty)
        self._body = QVBoxLayout()
        layout.addLayout(self._body, 1)

    @property
    def case_id(self) -> int | None:
        index = self.case_combo.currentIndex()
        return self._case_ids[index] if 0 <= index < len(self._case_ids) else None

    def set_cases(self, cases: Sequence[CaseInfo]) -> None:
        """Offer ``cases`` (newest first); keep the chosen case when it is still there."""
        keep = self.case_id
        ids = [c.id for c in cases]
        if ids == self._case_ids and self.panel is not None:
            return
        self._case_ids = ids
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for case in cases:
            stage = STAGE_LABELS_ID[case.stage]
            self.case_combo.addItem(f"{case.registration_number} · {stage}")
        self.case_combo.setCurrentIndex(ids.index(keep) if keep in ids else 0)
        self.case_combo.blockSignals(False)
        self.empty.setVisible(not ids)
        self.case_combo.setEnabled(bool(ids))
        self._case_chosen()

    def _case_chosen(self) -> None:
        if self.panel is not None:
            self._body.removeWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        case_id = self.case_id
        if case_id is not None:
            self.panel = self._factory(case_id, self)
            self._body.addWidget(self.panel, 1)
