"""Jadwal: appointments per counselor (or room) for a day, or per day for a week; booking
with the clash warning before saving; no-shows; starting a session from an appointment."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.core.session_notes import AppointmentStatus
from lk3_desktop.services import cases, schedule
from lk3_desktop.services.cases import CounselorChoice
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.schedule import (
    AppointmentInfo,
    ClientChoice,
    RoomInfo,
)
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text, long_date_text, short_day_text
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.sessions.appointment_details import AppointmentDetails
from lk3_desktop.ui.sessions.appointment_dialog import (
    AppointmentDialog,
)
from lk3_desktop.ui.sessions.labels import failure_text, span_text
from lk3_desktop.ui.sessions.note_window import NoteEditorWindow
from lk3_desktop.ui.sessions.rooms_dialog import RoomsDialog
from lk3_desktop.ui.sessions.schedule_grid import Column, ScheduleGrid
from lk3_desktop.ui.style import set_flag, set_role

ALL = -1


@dataclass(frozen=True)
class ScheduleData:
    counselors: list[CounselorChoice]
    rooms: list[RoomInfo]
    appointments: list[AppointmentInfo]


def load_schedule(
    session: UserSession, start: datetime.date, days: int, counselor_id: int | None
) -> ScheduleData:
    """Everything one view of the schedule shows (runs on the lane)."""
    return ScheduleData(
        cases.list_counselors(session),
        schedule.list_rooms(session, include_inactive=True),
        schedule.list_appointments(session, start, days, counselor_id=counselor_id),
    )


class SchedulePage(QWidget):
    """The "Jadwal" page of the main window."""

    sessionSaved = Signal(int)
    openClient = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedulePage")
        self.setAccessibleName(self.tr("Schedule"))
        self._context = context
        self._view = "day"
        self._date = datetime.date.today()
        self._data: ScheduleData | None = None
        self._windows: list[NoteEditorWindow] = []
        self._select_after_load = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Schedule"), self)
        set_role(heading, "title")
        top.addWidget(heading)
        top.addSpacing(16)
        self.day_button = self._toggle("dayViewButton", self.tr("Day"), top)
        self.week_button = self._toggle("weekViewButton", self.tr("Week"), top)
        self.view_group = QButtonGroup(self)
        self.view_group.addButton(self.day_button)
        self.view_group.addButton(self.week_button)
        self.day_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self.set_view("day"))
        self.week_button.clicked.connect(lambda: self.set_view("week"))
        top.addSpacing(12)
        self.prev_button = self._plain("schedulePrevious", "‹", self.tr("Previous"), top)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.today_button = self._plain("scheduleToday", self.tr("Today"), self.tr("Today"), top)
        self.today_button.clicked.connect(lambda: self.set_date(datetime.date.today()))
        self.next_button = self._plain("scheduleNext", "›", self.tr("Next"), top)
        self.next_button.clicked.connect(lambda: self._step(1))
        self.date_label = QLabel(self)
        self.date_label.setObjectName("scheduleDate")
        set_role(self.date_label, "heading")
        top.addSpacing(8)
        top.addWidget(self.date_label)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New appointment"), self)
        self.new_button.setObjectName("newAppointmentButton")
        self.new_button.setAccessibleName(self.tr("New appointment"))
        set_flag(self.new_button, "prominent", True)
        self.new_button.clicked.connect(lambda: self.new_appointment())
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self._build_schedule_counselor(layout)

    def _build_schedule_counselor(self, layout: QVBoxLayout) -> None:
        filters = QHBoxLayout()
        counselor_label = QLabel(self.tr("Counselor"), self)
        self.counselor_combo = ComboBox(self)
        self.counselor_combo.setObjectName("scheduleCounselor")
        self.counselor_combo.setAccessibleName(self.tr("Counselor"))
        self.counselor_combo.setMinimumWidth(220)
        counselor_label.setBuddy(self.counselor_combo)
        self.counselor_combo.addItem(self.tr("All counselors"), ALL)
        self.counselor_combo.currentIndexChanged.connect(lambda _i: self._render())
        self.group_label = QLabel(self.tr("Columns"), self)
        self.group_combo = ComboBox(self)
        self.group_combo.setObjectName("scheduleColumns")
        self.group_combo.setAccessibleName(self.tr("Columns of the day view"))
        self.group_combo.addItem(self.tr("One per counselor"), "counselor")
        self.group_combo.addItem(self.tr("One per room"), "room")
        self.group_label.setBuddy(self.group_combo)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._render())
        filters.addWidget(counselor_label)
        filters.addWidget(self.counselor_combo)
        filters.addSpacing(16)
        filters.addWidget(self.group_label)
        filters.addWidget(self.group_combo)
        filters.addStretch(1)
        self.rooms_button = QPushButton(self.tr("Rooms…"), self)
        self.rooms_button.setObjectName("roomsButton")
        self.rooms_button.setAccessibleName(self.tr("Rooms"))
        self.rooms_button.clicked.connect(self._edit_rooms)
        filters.addWidget(self.rooms_button)
        layout.addLayout(filters)

        body = QHBoxLayout()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("scheduleScroll")
        self.scroll_area.setWidgetResizable(True)
        self.grid = ScheduleGrid(self.scroll_area)
        self.scroll_area.setWidget(self.grid)
        self.grid.appointment_selected.connect(self._selected)
        self.grid.appointment_activated.connect(self._activated)
        self.grid.slot_activated.connect(self._slot_activated)
        body.addWidget(self.scroll_area, 1)
        self.details = AppointmentDetails(self)
        body.addWidget(self.details)
        layout.addLayout(body, 1)

        d = self.details
        d.start_button.clicked.connect(self.start_session)
        d.open_session_button.clicked.connect(self._open_session)
        d.no_show_button.clicked.connect(lambda: self._set_status(schedule.mark_no_show))
        d.done_button.clicked.connect(lambda: self._set_status(schedule.mark_done))
        d.restore_button.clicked.connect(lambda: self._set_status(schedule.restore))
        d.cancel_button.clicked.connect(self._cancel)
        d.edit_button.clicked.connect(self._edit)
        d.client_button.clicked.connect(self._open_client)
        self._update_header()
        self.reload()

    # -- controls ------------------------------------------------------------------------------

    def _toggle(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setCheckable(True)
        row.addWidget(button)
        return button

    def _plain(self, name: str, text: str, accessible: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        if len(text) == 1:
            button.setFixedWidth(32)
        row.addWidget(button)
        return button

    @property
    def view(self) -> str:
        return self._view

    @property
    def date(self) -> datetime.date:
        return self._date

    def set_view(self, view: str) -> None:
        self._view = view
        self.day_button.setChecked(view == "day")
        self.week_button.setChecked(view == "week")
        self._update_header()
        self.reload()

    def show_appointment_on(self, day: datetime.date, appointment_id: int) -> None:
        """The day of an appointment with it selected (a no-show from Beranda)."""
        self._select_after_load = appointment_id
        self.counselor_combo.setCurrentIndex(0)  # everyone's: the appointment is in view
        if self._view != "day":
            self._view = "day"
            self.day_button.setChecked(True)
            self.week_button.setChecked(False)
        self.set_date(day)

    def set_date(self, day: datetime.date) -> None:
        self._date = day
        self._update_header()
        self.reload()

    def _step(self, direction: int) -> None:
        days = 1 if self._view == "day" else 7
        self.set_date(self._date + datetime.timedelta(days=days * direction))

    def _range(self) -> tuple[datetime.date, int]:
        if self._view == "day":
            return self._date, 1
        monday = self._date - datetime.timedelta(days=self._date.weekday())
        return monday, 7

    def _update_header(self) -> None:
        start, days = self._range()
        if days == 1:
            self.date_label.setText(long_date_text(start))
        else:
            end = start + datetime.timedelta(days=6)
            self.date_label.setText(f"{date_text(start)} – {date_text(end)}")
        self.group_label.setVisible(self._view == "day")
        self.group_combo.setVisible(self._view == "day")

    # -- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        start, days = self._range()
        counselor_id = None  # everyone's: the counselor filter works on what was loaded
        session = self._context.session
        if session is not None:
            self.rooms_button.setVisible(allowed(session.actor.role, Permission.CHANGE_SETTINGS))
            self.new_button.setVisible(allowed(session.actor.role, Permission.BOOK_APPOINTMENTS))
        (
            Operation(
                self._context,
                self,
                lambda s: load_schedule(s, start, days, counselor_id),
                # A load overtaken by one for another range (a day asked for while the page's
                # first load, of today, was still running) is dropped, with what it would select.
                lambda data: self._loaded(data) if self._range() == (start, days) else None,
            )
            .worded(failure_text)
            .run()
        )

    def _loaded(self, data: ScheduleData) -> None:
        first_load = self._data is None
        self._data = data
        current = self.counselor_combo.currentData()
        session = self._context.session
        if first_load and session is not None and session.actor.role is Role.KONSELOR:
            current = session.actor.user_id  # a counselor starts with their own schedule
        self.counselor_combo.blockSignals(True)
        self.counselor_combo.clear()
        self.counselor_combo.addItem(self.tr("All counselors"), ALL)
        for counselor in data.counselors:
            self.counselor_combo.addItem(counselor.full_name, counselor.id)
        self.counselor_combo.setCurrentIndex(max(0, self.counselor_combo.findData(current)))
        self.counselor_combo.blockSignals(False)
        self._render()

    def _render(self) -> None:
        data = self._data
        if data is None:
            return
        start, days = self._range()
        counselor = self.counselor_combo.currentData()
        shown = [
            a for a in data.appointments if counselor in (None, ALL) or a.counselor_id == counselor
        ]
        locale_days = [start + datetime.timedelta(days=i) for i in range(days)]
        if self._view == "week":
            sunday = locale_days[-1]
            if not any(a.starts_at.date() == sunday for a in shown):
                locale_days = locale_days[:-1]  # offices rarely open on Sunday
            columns = [Column(day, _short_day(day)) for day in locale_days]
            detail = "counselor" if counselor == ALL else "room"
            self.grid.set_content(columns, "day", shown, detail)
        else:
            by = str(self.group_combo.currentData())
            if by == "room":
                rooms = [r for r in data.rooms if r.active] + [
                    r for r in data.rooms if not r.active and any(a.room_id == r.id for a in shown)
                ]
                columns = [Column(r.id, r.name) for r in rooms]
                if any(a.room_id is None for a in shown):
                    columns.append(Column(None, self.tr("No room")))
                self.grid.set_content(columns, "room", shown, "counselor", start)
            else:
                chosen = [c for c in data.counselors if counselor == ALL or c.id == counselor]
                columns = [Column(c.id, c.full_name) for c in chosen]
                self.grid.set_content(columns, "counselor", shown, "room", start)
        if self._select_after_load:
            self.grid.select(self._select_after_load)
            self._select_after_load = 0
        self._selected(self.grid.selected_id)

    def current(self) -> AppointmentInfo | None:
        wanted = self.grid.selected_id
        return next((a for a in self.grid.appointments() if a.id == wanted), None)

    def _selected(self, _appointment_id: int) -> None:
        session = self._context.session
        may_book = session is not None and allowed(session.actor.role, Permission.BOOK_APPOINTMENTS)
        self.details.show_appointment(self.current(), may_book)

    # -- acts ----------------------------------------------------------------------------------

    def new_appointment(
        self,
        start: datetime.datetime | None = None,
        counselor_id: int | None = None,
        room_id: int | None = None,
        client: ClientChoice | None = None,
    ) -> AppointmentDialog | None:
        """Open the booking dialog; returns it after it closed (None before data loaded)."""
        data = self._data
        if data is None:
            return None
        if start is None and self._date != datetime.date.today():
            start = datetime.datetime.combine(self._date, datetime.time(9))
        dialog = AppointmentDialog(
            self._context,
            data.counselors,
            data.rooms,
            start=start,
            counselor_id=counselor_id,
            room_id=room_id,
            client=client,
            parent=self,
        )
        if dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.result_info:
            booked = dialog.result_info
            self._select_after_load = booked.id
            if self._view == "day":
                self.set_date(booked.starts_at.date())
            else:
                self.reload()
        dialog.deleteLater()
        return dialog

    def _slot_activated(self, key: object, moment: object) -> None:
        assert isinstance(moment, datetime.datetime)
        by = "day" if self._view == "week" else str(self.group_combo.currentData())
        counselor_id = key if by == "counselor" and isinstance(key, int) else None
        room_id = key if by == "room" and isinstance(key, int) else None
        if counselor_id is None and self.counselor_combo.currentData() not in (None, ALL):
            counselor_id = int(self.counselor_combo.currentData())
        self.new_appointment(moment, counselor_id, room_id)

    def _activated(self, appointment_id: int) -> None:
        info = self.current()
        if info is None or info.id != appointment_id:
            return
        if info.may_write_session and info.session_id is not None:
            self._open_session()
        elif info.may_write_session and info.status is AppointmentStatus.TERJADWAL:
            self.start_session()

    def _edit(self) -> None:
        info, data = self.current(), self._data
        if info is None or data is None:
            return
        dialog = AppointmentDialog(
            self._context, data.counselors, data.rooms, existing=info, parent=self
        )
        if dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def _set_status(self, act: object) -> None:
        info = self.current()
        if info is None or not callable(act):
            return
        appointment_id = info.id
        (
            Operation(
                self._context, self, lambda s: act(s, appointment_id), lambda _r: self.reload()
            )
            .worded(failure_text)
            .run()
        )

    def mark_no_show(self) -> None:
        self._set_status(schedule.mark_no_show)

    def _cancel(self) -> None:
        info = self.current()
        if info is None:
            return
        if dialogs.confirm(
            self,
            self.tr("Cancel appointment"),
            self.tr("Cancel the appointment of %1 at %2?")
            .replace("%1", info.client_name)
            .replace("%2", span_text(info.starts_at, info.ends_at)),
            ok_text=self.tr("Cancel appointment"),
            cancel_text=self.tr("Keep it"),
            destructive=True,
        ):
            self._set_status(schedule.cancel)

    def start_session(self) -> NoteEditorWindow | None:
        """Open a new session note prefilled from the selected appointment."""
        info = self.current()
        if info is None:
            return None
        window = self._window()
        window.start_from_appointment(info.id)
        return window

    def _open_session(self) -> None:
        info = self.current()
        if info is None or info.session_id is None:
            return
        self._window().open_session(info.session_id)

    def _window(self) -> NoteEditorWindow:
        window = NoteEditorWindow(self._context, self)
        window.saved.connect(self._session_saved)
        window.finished.connect(lambda _r: self._forget(window))
        self._windows.append(window)
        return window

    def _forget(self, window: NoteEditorWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)
        window.deleteLater()

    def _session_saved(self, session_id: int) -> None:
        self.sessionSaved.emit(session_id)
        self.reload()

    def _open_client(self) -> None:
        info = self.current()
        if info is not None:
            self.openClient.emit(info.client_id)

    def _edit_rooms(self) -> None:
        dialog = RoomsDialog(self._context, self)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()
        self.reload()


def _short_day(day: datetime.date) -> str:
    return short_day_text(day)
