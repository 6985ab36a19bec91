"""Step 3 (only when needed): names in the register that matched nothing for certain, a
misspelt kecamatan or "Pak Joko" as counselor, each answered by a choice. Nothing is guessed:
a row whose question stays open is not imported and is listed with its reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lk3_desktop.core.region_names import LEVEL_WORDS
from lk3_desktop.services import register_import as ri
from lk3_desktop.services.register_import.mapping import COUNSELOR_LEVEL
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.settings.register_import.columns_page import CHOICE_MARK
from lk3_desktop.ui.settings.register_import.work import ImportState, WorkPanel
from lk3_desktop.ui.table_columns import fit_columns

Index = QModelIndex | QPersistentModelIndex
ANSWER_COLUMN = 4
UNANSWERED = None  # the row waits: not imported
EMPTY = ""  # leave the region (or the counselor) empty


class QuestionsModel(QAbstractTableModel):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.questions: list[ri.OpenQuestion] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.questions = list(self._state.plan.questions) if self._state.plan else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("What"),
                self.tr("Written"),
                self.tr("Rows"),
                self.tr("Perhaps"),
                self.tr("Answer"),
            ][section]
        return None

    def answers_of(self, q: ri.Question) -> dict[str, str]:
        return self._state.counselors if q.level == COUNSELOR_LEVEL else self._state.regions

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        open_q = self.questions[index.row()]
        q = open_q.question
        if role == Qt.ItemDataRole.EditRole and index.column() == ANSWER_COLUMN:
            return self.answers_of(q).get(q.key, UNANSWERED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return LEVEL_WORDS.get(q.level, self.tr("Counselor"))
        if column == 1:
            return q.written
        if column == 2:
            return str(open_q.rows)
        if column == 3:
            return "; ".join(name for _code, name in q.candidates) or self.tr("(no similar name)")
        answer = self.answers_of(q).get(q.key, UNANSWERED)
        if answer is UNANSWERED:
            shown = self.tr("(choose)")
        else:
            shown = dict(q.candidates).get(answer, self.tr("(leave empty)"))
        return f"{shown} {CHOICE_MARK}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == ANSWER_COLUMN else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != ANSWER_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        q = self.questions[index.row()].question
        answers = self.answers_of(q)
        if value is UNANSWERED:
            answers.pop(q.key, None)
        else:
            answers[q.key] = str(value)
        self._state.plan = None  # to be checked again with this answer
        self.dataChanged.emit(index, index)
        return True


class AnswerDelegate(QStyledItemDelegate):
    def __init__(self, model: QuestionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        q = self._model.questions[index.row()].question
        combo = ComboBox(parent)
        combo.setObjectName("importAnswer")
        combo.setAccessibleName(self.tr("Answer"))
        combo.addItem(self.tr("(choose)"), UNANSWERED)
        for code, name in q.candidates:
            shown = name if q.level == COUNSELOR_LEVEL else f"{name} ({code})"
            combo.addItem(shown, code)
        empty = self.tr("No counselor") if q.level == COUNSELOR_LEVEL else self.tr("Leave empty")
        combo.addItem(empty, EMPTY)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, ComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class QuestionsPage(QWizardPage):
    def __init__(self, context: AppContext, state: ImportState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importQuestionsPage")
        self._context = context
        self._state = state
        self._answered: ri.ImportPlan | None = None
        self.setTitle(self.tr("Names to confirm"))
        self.setSubTitle(
            self.tr(
                "These names match no region or account for certain. Choose the right one; a "
                "row whose name stays unanswered is not imported and is listed with the reason."
            )
        )
        layout = QVBoxLayout(self)
        self.model = QuestionsModel(state, self)
        self.view = QTableView(self)
        self.view.setObjectName("importQuestions")
        self.view.setAccessibleName(self.tr("Names to confirm"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ANSWER_COLUMN, AnswerDelegate(self.model, self.view))
        self.view.setEditTriggers(
            QTableView.EditTrigger.CurrentChanged
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.DoubleClicked
        )
        self.view.verticalHeader().hide()
        fit_columns(self.view, 3)
        layout.addWidget(self.view, 1)
        self.work = WorkPanel("importAnswer", self)
        layout.addWidget(self.work)

    def initializePage(self) -> None:
        self.model.reload()
        self._answered = None

    def validatePage(self) -> bool:
        if self._answered is not None and self._answered is self._state.plan:
            return True
        if self.work.running() or self._state.table is None:
            return False
        table, mapping = self._state.table, self._state.mapping()
        emit = self.work.relay.changed.emit
        op: Operation[ri.ImportPlan] = Operation(
            self._context,
            self,
            lambda s: ri.plan_import(s, table, mapping, emit, op.cancelled),
            self._planned,
        )
        self.work.run(op, self.tr("Checking every row with the answers…"))
        return False

    def _planned(self, plan: ri.ImportPlan) -> None:
        self._state.plan = self._answered = plan
        asked = {open_q.question.key for open_q in self.model.questions}
        new = [q for q in plan.questions if q.question.key not in asked]
        if new:  # an answer led to names below it (the villages of a district now known)
            self.initializePage()
            self._answered = plan
            self.work.message.show_hint(
                self.tr("%1 more name(s) to confirm came up with your answers.").replace(
                    "%1", str(len(new))
                )
            )
            return
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()
