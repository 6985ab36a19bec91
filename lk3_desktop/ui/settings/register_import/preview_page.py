"""Step 4: what will happen (ready, not ready, duplicates) and the rows that will not be
imported, with their reasons and a workbook to fix them in; then the import itself. Step 5 says
what was imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lk3_desktop.services import register_import as ri
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.import_reasons import indonesian_reason, reason_text
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.settings.register_import.work import ImportState, WorkPanel
from lk3_desktop.ui.table_columns import fit_columns

Index = QModelIndex | QPersistentModelIndex


class FailedRowsModel(QAbstractTableModel):
    """The rows that will not be imported: the row's number in the file and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ri.FailedRow] = []
        self._said: dict[int, str] = {}  # worded when first shown

    def reload(self, plan: ri.ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.failed) if plan else []
        self._said = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Row"), self.tr("Why it is not imported")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return str(row.number)
        if row.number not in self._said:
            self._said[row.number] = " ".join(reason_text(r) for r in row.reasons)
        return self._said[row.number]


class PreviewPage(QWizardPage):
    def __init__(self, context: AppContext, state: ImportState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreviewPage")
        self._context = context
        self._state = state
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Nothing has been saved yet. The ready rows are imported together, in one step: "
                "all of them or, if anything goes wrong, none."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = FailedRowsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("importFailedRows")
        self.view.setAccessibleName(self.tr("Rows that will not be imported"))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        fit_columns(self.view, 1)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the rows not imported…"), self)
        self.save_button.setObjectName("importSaveFailed")
        self.save_button.setAccessibleName(self.tr("Save the rows not imported as a workbook"))
        self.save_button.clicked.connect(self.save_failed_rows)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved = StatusMessage("importSaved", self.tr("Workbook saved"), self)
        layout.addWidget(self.saved)
        self.work = WorkPanel("importRun", self)
        self.work.running_changed.connect(lambda _running: self.completeChanged.emit())
        layout.addWidget(self.work)

    def initializePage(self) -> None:
        plan = self._state.plan
        self.model.reload(plan)
        self.saved.clear_message()
        if plan is None:
            return
        self.save_button.setEnabled(bool(plan.failed))
        text = self.tr("%1 clients are ready to import.").replace("%1", str(len(plan.ready)))
        if self._state.open_cases:
            text += " " + self.tr("%1 of them with a new case.").replace("%1", str(plan.cases))
        if plan.failed:
            text += " " + self.tr(
                "%1 rows will not be imported (%2 of them may be people already registered or "
                "rows repeated in the file; they are never merged). Save them as a workbook, fix "
                "them and import that workbook later."
            ).replace("%1", str(len(plan.failed))).replace("%2", str(plan.duplicates))
        self.summary.setText(text)

    def isComplete(self) -> bool:
        plan = self._state.plan
        return plan is not None and bool(plan.ready) and not self.work.running()

    def save_failed_rows(self) -> None:
        self.save_failed_to(self.saved)

    def save_failed_to(self, line: StatusMessage) -> None:
        """Ask where, then write the rows not imported there; ``line`` says how it went."""
        plan = self._state.plan
        if plan is None or not plan.failed:
            return
        stem = self._state.path.stem if self._state.path else "register"
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Save the rows not imported"),
            f"{stem}-baris-gagal.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
        )
        if not chosen:
            return
        path = Path(chosen)
        Operation(
            self._context,
            self,
            lambda s: ri.save_error_workbook(s, plan, path, indonesian_reason),
            lambda count: line.show_good(
                self.tr("%1 rows saved in %2.").replace("%1", str(count)).replace("%2", path.name)
            ),
        ).failure_in(line).run()

    def validatePage(self) -> bool:
        if self._state.result is not None:
            return True
        plan = self._state.plan
        if plan is None or self.work.running():
            return False
        emit = self.work.relay.changed.emit
        op: Operation[ri.ImportResult] = Operation(
            self._context,
            self,
            lambda s: ri.commit_import(s, plan, emit, op.cancelled),
            self._imported,
        )
        self.work.run(op, self.tr("Importing…"))
        return False

    def _imported(self, result: ri.ImportResult) -> None:
        self._state.result = result
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()


class DonePage(QWizardPage):
    def __init__(self, state: ImportState, preview: PreviewPage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDonePage")
        self._state = state
        self.setTitle(self.tr("Imported"))
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("importResult")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the rows not imported…"), self)
        self.save_button.setObjectName("importDoneSaveFailed")
        self.save_button.setAccessibleName(self.tr("Save the rows not imported as a workbook"))
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved = StatusMessage("importDoneSaved", self.tr("Workbook saved"), self)
        layout.addWidget(self.saved)
        self.save_button.clicked.connect(lambda: preview.save_failed_to(self.saved))
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._state.result
        if result is None:
            return
        text = (
            self.tr("%1 clients and %2 cases were imported.")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.cases))
        )
        if result.failed:
            text += " " + self.tr(
                "%1 rows were not imported: fix them in the workbook of the rows not imported "
                "and import it."
            ).replace("%1", str(result.failed))
        text += " " + self.tr(
            "The import is in the audit trail. Keep the register file in a locked place, or "
            "delete it: it is not encrypted."
        )
        self.text.setText(text)
