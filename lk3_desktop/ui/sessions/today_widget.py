"""Today's appointments, for Beranda: a counselor's own, everyone's for the head and staff."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.session_notes import AppointmentStatus
from lk3_desktop.services import schedule
from lk3_desktop.services.schedule import AppointmentInfo
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.sessions.labels import appointment_status_label, failure_text, span_text
from lk3_desktop.ui.style import set_role
from lk3_desktop.ui.table_columns import fit_columns


class TodayAppointmentsWidget(QFrame):
    """A card listing today's appointments by time; a row opens its client."""

    openClient = Signal(int)
    openSchedule = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayAppointments")
        self.setAccessibleName(self.tr("Today's appointments"))
        set_role(self, "card")
        self._context = context
        self._items: list[AppointmentInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Today's appointments"), self)
        self.heading.setObjectName("todayHeading")
        set_role(self.heading, "heading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.schedule_button = QPushButton(self.tr("Open schedule"), self)
        self.schedule_button.setObjectName("todayOpenSchedule")
        self.schedule_button.setAccessibleName(self.tr("Open schedule"))
        self.schedule_button.setProperty("role", "link")
        self.schedule_button.clicked.connect(self.openSchedule)
        top.addWidget(self.schedule_button)
        layout.addLayout(top)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("todayList")
        self.tree.setAccessibleName(self.tr("Today's appointments by time"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Client"),
                self.tr("Counselor"),
                self.tr("Room"),
                self.tr("Status"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        fit_columns(self.tree, 1)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)  # one click opens, as on the inbox
        layout.addWidget(self.tree)
        self.empty = QLabel(self.tr("No appointments today."), self)
        self.empty.setObjectName("todayEmpty")
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.tree.hide()
        self.reload()

    def reload(self) -> None:
        (
            Operation(self._context, self, schedule.today_appointments, self._show)
            .worded(failure_text)
            .run()
        )

    def appointments(self) -> list[AppointmentInfo]:
        return list(self._items)

    def _show(self, items: list[AppointmentInfo]) -> None:
        self._items = items
        self.tree.clear()
        for info in items:
            row = QTreeWidgetItem(
                [
                    span_text(info.starts_at, info.ends_at),
                    info.client_name,
                    info.counselor_name,
                    info.room_name or "–",
                    appointment_status_label(info.status),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, info.client_id)
            if info.status is AppointmentStatus.TERJADWAL:
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            self.tree.addTopLevelItem(row)
        count = len(items)
        self.heading.setText(
            self.tr("Today's appointments (%n)", "", count)
            if count
            else self.tr("Today's appointments")
        )
        self.tree.setVisible(bool(items))
        self.empty.setVisible(not items)
        rows = min(max(count, 1), 8)
        self.tree.setFixedHeight(
            self.tree.header().sizeHint().height() + rows * (self.fontMetrics().height() + 8) + 6
        )

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.openClient.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))
