"""Step 1 of the import wizard: the register file, its sheet, and whether cases are opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lk3_desktop.services import register_import as ri
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.settings.register_import.work import ImportState, WorkPanel


class FilePage(QWizardPage):
    def __init__(self, context: AppContext, state: ImportState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importFilePage")
        self._context = context
        self._state = state
        self._read_for: tuple[Path, str] | None = None  # what the table in state was read from
        self.setTitle(self.tr("Register file"))
        self.setSubTitle(
            self.tr(
                "Choose the office's Excel workbook (.xlsx) or CSV file. Nothing is saved until "
                "the last step."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("Register file"))
        self.path_edit.setPlaceholderText(self.tr("e.g. Buku register 2024.xlsx"))
        self.path_edit.editingFinished.connect(self._path_changed)
        self.browse_button = QPushButton(self.tr("Choose a file…"), self)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.setAccessibleName(self.tr("Choose the register file"))
        self.browse_button.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File"), row)
        self.sheet_combo = ComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        layout.addLayout(form)
        self.open_cases = QCheckBox(self.tr("Open a case (intake) for every client"), self)
        self.open_cases.setObjectName("importOpenCases")
        self.open_cases.setAccessibleName(self.tr("Open a case for every client"))
        layout.addWidget(self.open_cases)
        cases_note = QLabel(
            self.tr(
                "With cases, the register's date of first visit, counselor and referral source "
                "are used, and its problem text becomes the presenting problem; problem areas "
                "and PPKS categories are read from that text."
            ),
            self,
        )
        cases_note.setWordWrap(True)
        layout.addWidget(cases_note)
        privacy = QLabel(
            self.tr(
                "The register file itself is not encrypted. After the import, keep it in a "
                "locked place or delete it."
            ),
            self,
        )
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        layout.addStretch(1)
        self.work = WorkPanel("importRead", self)
        layout.addWidget(self.work)

    def _browse(self) -> None:
        chosen = dialogs.choose_open_file(
            self,
            self.tr("Choose the register"),
            self.tr("Registers (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._path_changed()

    def _path_changed(self) -> None:
        text = self.path_edit.text().strip()
        self.sheet_combo.clear()
        self.completeChanged.emit()
        if not text:
            return
        path = Path(text)
        op: Operation[tuple[str, ...]] = Operation(
            self._context, self, lambda _s: ri.list_sheets(path), self._show_sheets
        )
        self.work.run(op, self.tr("Opening the file…"))

    def _show_sheets(self, sheets: tuple[str, ...]) -> None:
        self.sheet_combo.clear()
        for name in sheets:
            self.sheet_combo.addItem(name or self.tr("(CSV: one table)"), name)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.sheet_combo.count() > 0

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        sheet = str(self.sheet_combo.currentData() or "")
        self._state.open_cases = self.open_cases.isChecked()
        if self._read_for == (path, sheet) and self._state.table is not None:
            return True
        if self.work.running():
            return False
        emit = self.work.relay.changed.emit
        op: Operation[ri.SourceTable] = Operation(
            self._context,
            self,
            lambda _s: ri.read_table(path, sheet, emit, op.cancelled),
            lambda table: self._read(path, sheet, table),
        )
        self.work.run(op, self.tr("Reading the register…"))
        return False

    def _read(self, path: Path, sheet: str, table: ri.SourceTable) -> None:
        self._state.path, self._state.sheet, self._state.table = path, sheet, table
        self._state.columns = list(ri.suggested(table.keys).columns)
        self._state.plan = None
        self._read_for = (path, sheet)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()
