"""The case plan (rencana intervensi) on the case page: goals with target dates and status,
and the sessions that reviewed each goal."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.session_notes import GoalStatus
from lk3_desktop.services import case_plan
from lk3_desktop.services.case_plan import GoalInfo, GoalInput
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.forms import form_layout, link_labels
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import DEFAULT_TITLE, Operation, show_failure
from lk3_desktop.ui.sessions.labels import failure_text, goal_status_label, note_status_label
from lk3_desktop.ui.sessions.note_widgets import from_qdate, to_qdate
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns


class GoalDialog(QDialog):
    """Add or edit one goal; saved on the lane, errors under the fields."""

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        goal: GoalInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        title = self.tr("New goal") if goal is None else self.tr("Edit goal")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._context = context
        self._case_id = case_id
        self._goal = goal
        self.result_goal: GoalInfo | None = None
        layout = QVBoxLayout(self)
        form = form_layout()
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("goalDescription")
        self.description.setAccessibleName(self.tr("Goal"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.description.setPlaceholderText(
            self.tr("What should change, stated so that it can be checked.")
        )
        self.description_error = FieldMessage("goalDescriptionError", self.tr("Goal error"), self)
        holder = QWidget(self)
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.description)
        col.addWidget(self.description_error)
        form.addRow(self.tr("Goal"), holder)
        self.has_target = QCheckBox(self.tr("Target date"), self)
        self.has_target.setObjectName("goalHasTarget")
        self.target = DateEdit(self)
        self.target.setObjectName("goalTarget")
        self.target.setAccessibleName(self.tr("Target date"))
        self.target.setCalendarPopup(True)
        self.target.setDate(to_qdate(datetime.date.today() + datetime.timedelta(days=30)))
        self.has_target.toggled.connect(self.target.setEnabled)
        row = QWidget(self)
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.has_target)
        rl.addWidget(self.target)
        rl.addStretch(1)
        form.addRow(self.tr("Target"), row)
        self.status = ComboBox(self)
        self.status.setObjectName("goalStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for status in GoalStatus:
            self.status.addItem(goal_status_label(status), status.value)
        form.addRow(self.tr("Status"), self.status)
        link_labels(form)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("goalSave")
        self.ok_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("goalCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if goal is not None:
            self.description.setPlainText(goal.description)
            self.has_target.setChecked(goal.target_date is not None)
            if goal.target_date is not None:
                self.target.setDate(to_qdate(goal.target_date))
            self.status.setCurrentIndex(self.status.findData(goal.status.value))
        self.target.setEnabled(self.has_target.isChecked())

    def data(self) -> GoalInput:
        return GoalInput(
            self.description.toPlainText(),
            from_qdate(self.target.date()) if self.has_target.isChecked() else None,
            str(self.status.currentData()),
        )

    def _save(self) -> None:
        data = self.data()
        goal, case_id = self._goal, self._case_id
        self.ok_button.setEnabled(False)

        def done(info: GoalInfo) -> None:
            self.result_goal = info
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.description_error.show_error(message_for(exc))
                return
            show_failure(self, DEFAULT_TITLE, exc, failure_text)

        if goal is None:
            (
                Operation(self._context, self, lambda s: case_plan.add_goal(s, case_id, data), done)
                .failure(failed)
                .run()
            )
        else:
            goal_id = goal.id
            (
                Operation(
                    self._context, self, lambda s: case_plan.update_goal(s, goal_id, data), done
                )
                .failure(failed)
                .run()
            )


class CasePlanPanel(QWidget):
    """Goals of one case's plan, in order, with their reviews in sessions."""

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePlanPanel")
        self.setAccessibleName(self.tr("Case plan"))
        self._context = context
        self._case_id = case_id
        self._goals: list[GoalInfo] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Case plan (intervention plan)"), self)
        set_role(heading, "heading")
        top.addWidget(heading)
        top.addStretch(1)
        self.add_button = self._button("addGoalButton", self.tr("Add goal"), top)
        set_flag(self.add_button, "prominent", True)
        self.add_button.clicked.connect(self.add_goal)
        layout.addLayout(top)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("goalList")
        self.tree.setAccessibleName(self.tr("Goals of the case plan"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Goal"), self.tr("Target date"), self.tr("Status"), self.tr("Last review")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        fit_columns(self.tree, 0)
        self.tree.currentItemChanged.connect(lambda *_a: self._selection_changed())
        self.tree.itemActivated.connect(lambda *_a: self.edit_goal())
        layout.addWidget(self.tree, 1)

        row = QHBoxLayout()
        self.edit_button = self._button("editGoalButton", self.tr("Edit…"), row)
        self.edit_button.clicked.connect(self.edit_goal)
        self.up_button = self._button("goalUpButton", self.tr("Move up"), row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = self._button("goalDownButton", self.tr("Move down"), row)
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button = self._button("deleteGoalButton", self.tr("Delete…"), row)
        set_flag(self.delete_button, "destructive", True)
        self.delete_button.clicked.connect(self.delete_goal)
        row.addStretch(1)
        layout.addLayout(row)

        self.reviews = QLabel(self)
        self.reviews.setObjectName("goalReviews")
        self.reviews.setWordWrap(True)
        self.reviews.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.reviews, "muted")
        layout.addWidget(self.reviews)
        self.empty = QLabel(
            self.tr("No goals yet. Add the goals agreed with the family, with a target date."),
            self,
        )
        self.empty.setObjectName("goalsEmpty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        self._selection_changed()
        self.reload()

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        row.addWidget(button)
        return button

    def reload(self) -> None:
        case_id = self._case_id
        (
            Operation(self._context, self, lambda s: case_plan.list_goals(s, case_id), self._show)
            .worded(failure_text)
            .run()
        )

    def _show(self, goals: list[GoalInfo]) -> None:
        current = self.current_goal()
        self._goals = goals
        self.tree.clear()
        for goal in goals:
            last = goal.reviews[0] if goal.reviews else None
            item = QTreeWidgetItem(
                [
                    goal.description,
                    date_text(goal.target_date) if goal.target_date else "–",
                    goal_status_label(goal.status),
                    date_text(last.session_date) if last else self.tr("not yet"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
            if goal.overdue:
                item.setToolTip(1, self.tr("The target date has passed."))
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            self.tree.addTopLevelItem(item)
            if current is not None and goal.id == current.id:
                self.tree.setCurrentItem(item)
        self.empty.setVisible(not goals)
        self._selection_changed()

    def current_goal(self) -> GoalInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        goal_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((g for g in self._goals if g.id == goal_id), None)

    def _selection_changed(self) -> None:
        goal = self.current_goal()
        for button in (self.edit_button, self.up_button, self.down_button, self.delete_button):
            button.setEnabled(goal is not None)
        if goal is not None:
            self.delete_button.setEnabled(not goal.locked)
            self.delete_button.setToolTip(
                self.tr("Reviewed in a signed note: set its status to Dropped instead.")
                if goal.locked
                else ""
            )
        if goal is None or not goal.reviews:
            self.reviews.setText("")
            self.reviews.setVisible(False)
            return
        lines = [self.tr("Reviewed in sessions:")]
        for review in goal.reviews:
            line = (
                self.tr("%1: %2 (%3)")
                .replace("%1", date_text(review.session_date))
                .replace("%2", goal_status_label(review.status))
                .replace("%3", note_status_label(review.signed))
            )
            if review.note:
                line += " – " + review.note
            lines.append(line)
        self.reviews.setText("\n".join(lines))
        self.reviews.setVisible(True)

    def add_goal(self) -> None:
        dialog = GoalDialog(self._context, self._case_id, None, self)
        if dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def edit_goal(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        dialog = GoalDialog(self._context, self._case_id, goal, self)
        if dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def delete_goal(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete goal"),
            self.tr(
                "Delete this goal from the case plan? Use this only for a goal added by mistake."
            ),
            ok_text=self.tr("Delete"),
            destructive=True,
        ):
            return
        goal_id = goal.id
        (
            Operation(
                self._context,
                self,
                lambda s: case_plan.delete_goal(s, goal_id),
                lambda _r: self.reload(),
            )
            .worded(failure_text)
            .run()
        )

    def _move(self, offset: int) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        goal_id = goal.id
        (
            Operation(
                self._context, self, lambda s: case_plan.move_goal(s, goal_id, offset), self._show
            )
            .worded(failure_text)
            .run()
        )
