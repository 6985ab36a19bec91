"""Jadwal > Kegiatan: the register of activities outside casework, for every role.

A period (from, to), the list for it with its totals, and buttons to record, correct and
remove activities; the list and the partner directory load on the lane.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services import activities, partners
from lk3_desktop.services.activities import ActivityInfo
from lk3_desktop.services.partners import PartnerInfo
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.activities.dialog import ActivityDialog, RemoveActivityDialog
from lk3_desktop.ui.activities.labels import kind_label
from lk3_desktop.ui.clients.form_parts import long_date
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import set_role
from lk3_desktop.ui.table_columns import fit_columns


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _date_edit(name: str, accessible: str, parent: QWidget, value: datetime.date) -> QDateEdit:
    edit = DateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDate(QDate(value.year, value.month, value.day))
    edit.setMinimumWidth(130)
    return edit


def _py(edit: QDateEdit) -> datetime.date:
    d = edit.date()
    return datetime.date(d.year(), d.month(), d.day())


class ActivitiesPage(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesPage")
        self.setAccessibleName(self.tr("Activities outside casework"))
        self._context = context
        self._partners: list[PartnerInfo] = []
        today = datetime.date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        self._build_intro(layout)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From"), self))
        self.start = _date_edit(
            "activitiesFrom", self.tr("From"), self, today.replace(day=1, month=1)
        )
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to"), self))
        self.end = _date_edit("activitiesTo", self.tr("To"), self, today)
        bar.addWidget(self.end)
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("Record an activity…"), self)
        self.add_button.setObjectName("activityAdd")
        self.edit_button = QPushButton(self.tr("Correct…"), self)
        self.edit_button.setObjectName("activityEdit")
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setObjectName("activityRemove")
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAccessibleName(button.text().rstrip("…"))
            bar.addWidget(button)
        layout.addLayout(bar)

        self._build_activities_table(context, layout)

    def _build_intro(self, layout: QVBoxLayout) -> None:
        intro = QLabel(
            self.tr(
                "Sosialisasi, penyuluhan, visits to institutions, coordination meetings and "
                "training: recorded here, counted in the report for the Dinas Sosial."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        layout.addWidget(intro)

    def _build_activities_table(self, context: AppContext, layout: QVBoxLayout) -> None:
        self.model: RecordsModel[ActivityInfo] = RecordsModel(
            [
                Column(self.tr("Date"), lambda a: long_date(a.data.activity_date)),
                Column(self.tr("Kind"), lambda a: kind_label(a.data.kind)),
                Column(self.tr("Activity"), lambda a: a.data.title, tooltip=lambda a: a.data.title),
                Column(self.tr("Venue"), lambda a: a.data.place, tooltip=lambda a: a.data.place),
                Column(self.tr("Partner"), lambda a: a.partner_label),
                Column(self.tr("Male"), lambda a: _number(a.data.participants_male)),
                Column(self.tr("Female"), lambda a: _number(a.data.participants_female)),
                Column(self.tr("Total"), lambda a: _number(a.participants)),
                Column(self.tr("Recorded by"), lambda a: a.created_by),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("activitiesTable")
        self.table.setAccessibleName(self.tr("Activities"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        fit_columns(self.table, 2)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("activitiesSummary")
        layout.addWidget(self.summary)

        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.add_button.clicked.connect(self.record)
        self.edit_button.clicked.connect(self.correct)
        self.remove_button.clicked.connect(self.remove)
        self.table.doubleClicked.connect(lambda _i: self.correct())
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        context.session_changed.connect(self.refresh)
        self._selection_changed()
        self.refresh()

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        start, end = _py(self.start), _py(self.end)

        def load(session: object) -> tuple[list[ActivityInfo], list[PartnerInfo]]:
            found = activities.list_activities(session, start, end)  # type: ignore[arg-type]
            return found, partners.list_partners(session)  # type: ignore[arg-type]

        if start > end:
            self.model.set_records([])
            self.summary.setText(self.tr("The start of the period is after its end."))
            return
        Operation(self._context, self, load, self._loaded).run()

    def _loaded(self, result: tuple[list[ActivityInfo], list[PartnerInfo]]) -> None:
        found, directory = result
        self._partners = directory
        self.model.set_records(found)
        male = sum(a.data.participants_male for a in found)
        female = sum(a.data.participants_female for a in found)
        self.summary.setText(
            self.tr("%n activities · %1 participants (male %2, female %3)", "", len(found))
            .replace("%1", _number(male + female))
            .replace("%2", _number(male))
            .replace("%3", _number(female))
        )
        self._selection_changed()
        self.loaded.emit()

    def selected(self) -> ActivityInfo | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        may = chosen is not None and chosen.may_change
        self.edit_button.setEnabled(may)
        self.remove_button.setEnabled(may)

    # -- actions --------------------------------------------------------------------------

    def record(self) -> None:
        dialog = ActivityDialog(self._context, self._partners, None, self)
        if dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()

    def correct(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.may_change:
            return
        dialog = ActivityDialog(self._context, self._partners, chosen, self)
        if dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.may_change:
            return
        dialog = RemoveActivityDialog(self._context, chosen, self)
        if dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
