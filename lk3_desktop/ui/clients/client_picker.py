"""Pick a registered client by typing part of a name, a NIK or a phone (search as you type).

Used for adding a family member who is a client, and for choosing the record to merge.
The search and the first rows run on the lane; an answer to an older query is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services import client_list
from lk3_desktop.services.client_list import ClientFilter, ClientRow
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.clients.client_list_model import short_regency
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dialogs import ACCEPT_BUTTON, REJECT_BUTTON
from lk3_desktop.ui.field_feedback import StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import set_role
from lk3_desktop.ui.table_columns import fit_columns

PICKER_LIMIT = 50
PICKER_DELAY_MS = 150


def find_clients(session: UserSession, query: str, exclude_id: int | None) -> list[ClientRow]:
    """The first matching clients, ranked (runs on the lane)."""
    ids = client_list.search_ids(session, ClientFilter(query=query))
    ids = [i for i in ids if i != exclude_id][:PICKER_LIMIT]
    rows = client_list.fetch_rows(session, ids)
    return [rows[i] for i in ids if i in rows]


def _sex_age(row: ClientRow) -> str:
    return f"{row.sex} · {row.age}" if row.age is not None else row.sex


class ClientPicker(QWidget):
    picked = Signal(int)  # Enter or double-click on a result
    current_changed = Signal()

    def __init__(
        self, context: AppContext, exclude_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self._context = context
        self._exclude_id = exclude_id
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PICKER_DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setObjectName("clientPickerSearch")
        self.search.setAccessibleName(self.tr("Search for a registered client"))
        self.search.setPlaceholderText(self.tr("Type a name, NIK or phone number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.model: RecordsModel[ClientRow] = RecordsModel(
            [
                Column(self.tr("Name"), lambda r: r.full_name),
                Column(self.tr("Sex/Age"), _sex_age),
                Column(self.tr("NIK"), lambda r: r.nik or ""),
                Column(self.tr("Regency/City"), lambda r: short_regency(r.regency)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("clientPickerResults")
        self.table.setAccessibleName(self.tr("Matching clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        fit_columns(self.table, 0)
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        self.table.doubleClicked.connect(lambda _i: self._pick_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.current_changed.emit())
        layout.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setObjectName("clientPickerNote")
        set_role(self.note, "muted")
        layout.addWidget(self.note)
        self.error = StatusMessage("clientPickerError", self.tr("Search message"), self)
        layout.addWidget(self.error)
        self._timer.timeout.connect(self.run_search)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self.model.set_records([])
            self.note.setText("")
            return
        exclude = self._exclude_id

        def done(rows: list[ClientRow]) -> None:
            if generation != self._generation:
                return
            self.model.set_records(rows)
            if rows:
                self.note.setText(
                    self.tr("Showing the first %1.").replace("%1", str(PICKER_LIMIT))
                    if len(rows) >= PICKER_LIMIT
                    else ""
                )
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                self.note.setText(self.tr("No registered client matches."))
            self.current_changed.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.error.show_error(message_for(exc))
                pass_to_crash_handler(exc)

        (
            Operation(self._context, self, lambda s: find_clients(s, query, exclude), done)
            .failure(failed)
            .run()
        )

    def current(self) -> ClientRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _pick_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.picked.emit(chosen.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.table.currentIndex().row()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(row + step, 0), self.model.rowCount() - 1)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return super().eventFilter(watched, event)


class ClientPickerDialog(QDialog):
    """Choose one registered client; ``chosen`` holds the row after Accepted."""

    def __init__(
        self,
        context: AppContext,
        title: str,
        intro: str,
        ok_text: str,
        exclude_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientPickerDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.chosen: ClientRow | None = None
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.picker = ClientPicker(context, exclude_id, self)
        self.picker.picked.connect(lambda _id: self.accept())
        self.picker.current_changed.connect(self._update)
        layout.addWidget(self.picker, 1)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName(ACCEPT_BUTTON)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(REJECT_BUTTON)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.picker.current() is not None)

    def accept(self) -> None:
        chosen = self.picker.current()
        if chosen is None:
            return
        self.chosen = chosen
        super().accept()
