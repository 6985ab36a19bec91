"""The case plan goals a session note reviews: one row per goal (reviewed or not, its status, a
remark) in a box that says when the case has no plan goals yet."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.session_notes import GoalStatus
from lk3_desktop.services import sessions
from lk3_desktop.services.sessions import GoalReviewInput
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.sessions.labels import goal_status_label
from lk3_desktop.ui.style import set_role


class GoalReviewRow(QWidget):
    """One goal of the case plan: reviewed in this session or not, its status, a remark."""

    changed = Signal()

    def __init__(self, goal: sessions.GoalChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id = goal.id
        self.setObjectName(f"goalReview_{goal.id}")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(goal.description, self)
        self.check.setObjectName(f"goalReviewCheck_{goal.id}")
        self.check.setAccessibleName(self.tr("Reviewed: %1").replace("%1", goal.description))
        self.status = ComboBox(self)
        self.status.setObjectName(f"goalReviewStatus_{goal.id}")
        self.status.setAccessibleName(self.tr("Status of %1").replace("%1", goal.description))
        for status in GoalStatus:
            self.status.addItem(goal_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(goal.status.value))
        self.note = QLineEdit(self)
        self.note.setObjectName(f"goalReviewNote_{goal.id}")
        self.note.setAccessibleName(self.tr("Remark on %1").replace("%1", goal.description))
        self.note.setPlaceholderText(self.tr("Remark (optional)"))
        layout.addWidget(self.check, 0, 0, 1, 2)
        layout.addWidget(self.status, 1, 0)
        layout.addWidget(self.note, 1, 1)
        layout.setColumnStretch(1, 1)
        layout.setContentsMargins(0, 0, 0, 6)
        self.check.toggled.connect(self._toggled)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.note.textChanged.connect(lambda _t: self.changed.emit())
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.status.setEnabled(on and self.check.isEnabled())
        self.note.setEnabled(on and self.check.isEnabled())

    def _toggled(self, on: bool) -> None:
        self._enable(on)
        self.changed.emit()

    def set_review(self, review: GoalReviewInput | None) -> None:
        self.check.setChecked(review is not None)
        if review is not None:
            index = self.status.findData(review.status)
            if index >= 0:
                self.status.setCurrentIndex(index)
            self.note.setText(review.note)
        self._enable(review is not None)

    def review(self) -> GoalReviewInput | None:
        if not self.check.isChecked():
            return None
        return GoalReviewInput(self.goal_id, str(self.status.currentData()), self.note.text())

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        self._enable(self.check.isChecked())


class GoalReviewsBox(QWidget):
    """Every goal of the case plan as a :class:`GoalReviewRow`; ``watch`` is called with each
    field made, so the editor can save its draft when the focus leaves one."""

    changed = Signal()

    def __init__(self, watch: Callable[[QWidget], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalReviews")
        self._watch = watch
        self._rows: list[GoalReviewRow] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        heading = QLabel(self.tr("Case plan goals reviewed in this session"), self)
        set_role(heading, "heading")
        column.addWidget(heading)
        self.rows = QVBoxLayout()
        column.addLayout(self.rows)
        self.empty = QLabel(self.tr("This case has no plan goals yet (Case plan)."), self)
        set_role(self.empty, "muted")
        column.addWidget(self.empty)

    def show_goals(
        self, goals: Sequence[sessions.GoalChoice], reviews: Sequence[GoalReviewInput]
    ) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        by_goal = {r.goal_id: r for r in reviews}
        for goal in goals:
            row = GoalReviewRow(goal, self)
            row.set_review(by_goal.get(goal.id))
            row.changed.connect(self.changed)
            for field in (row.check, row.status, row.note):
                self._watch(field)
            self.rows.addWidget(row)
            self._rows.append(row)
        self.empty.setVisible(not goals)

    def reviews(self) -> tuple[GoalReviewInput, ...]:
        return tuple(r for r in (row.review() for row in self._rows) if r is not None)

    def set_read_only(self, read_only: bool) -> None:
        for row in self._rows:
            row.set_read_only(read_only)
