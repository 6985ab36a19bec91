"""Jadwal: appointments per counselor (or room) for a day, or per day for a week; booking
with the clash warning before saving; no-shows; starting a session from an appointment."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core import working_hours
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.core.session_notes import AppointmentStatus
from lk3_desktop.services import cases, schedule
from lk3_desktop.services.cases import CounselorChoice
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.schedule import (
    AppointmentConflict,
    AppointmentInfo,
    AppointmentInput,
    ClientChoice,
    Conflict,
    RoomInfo,
)
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.field_feedback import FieldMessage, StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.forms import form_layout, link_labels
from lk3_desktop.ui.operations import DEFAULT_TITLE, Operation, show_failure
from lk3_desktop.ui.sessions.labels import (
    appointment_status_label,
    conflict_line,
    date_text,
    failure_text,
    long_date_text,
    span_text,
)
from lk3_desktop.ui.sessions.note_widgets import from_qdate, from_qtime, to_qdate, to_qtime
from lk3_desktop.ui.sessions.note_window import NoteEditorWindow
from lk3_desktop.ui.sessions.schedule_grid import Column, ScheduleGrid
from lk3_desktop.ui.style import set_flag, set_role

SEARCH_DELAY_MS = 250
CLASH_DELAY_MS = 300
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


class AppointmentDialog(QDialog):
    """Book (or change) an appointment. A clash is shown while choosing, and once more as a
    question before anything is saved."""

    def __init__(
        self,
        context: AppContext,
        counselors: list[CounselorChoice],
        rooms: list[RoomInfo],
        *,
        start: datetime.datetime | None = None,
        counselor_id: int | None = None,
        room_id: int | None = None,
        client: ClientChoice | None = None,
        existing: AppointmentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        title = self.tr("New appointment") if existing is None else self.tr("Change appointment")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._context = context
        self._existing = existing
        self._client: ClientChoice | None = client
        self.result_info: AppointmentInfo | None = None

        layout = QVBoxLayout(self)
        form = form_layout()
        client_box = QWidget(self)
        client_col = QVBoxLayout(client_box)
        client_col.setContentsMargins(0, 0, 0, 0)
        self.client_name = QLabel(self)
        self.client_name.setObjectName("appointmentClientName")
        self.client_name.setAccessibleName(self.tr("Client"))
        self.client_search = QLineEdit(self)
        self.client_search.setObjectName("appointmentClientSearch")
        self.client_search.setAccessibleName(self.tr("Find the client by name"))
        self.client_search.setPlaceholderText(self.tr("Type part of the client's name"))
        self.client_results = QListWidget(self)
        self.client_results.setObjectName("appointmentClientResults")
        self.client_results.setAccessibleName(self.tr("Clients found"))
        self.client_results.setMaximumHeight(110)
        self.client_results.hide()
        client_col.addWidget(self.client_name)
        client_col.addWidget(self.client_search)
        client_col.addWidget(self.client_results)
        form.addRow(self.tr("Client"), client_box)

        self.case_combo = QComboBox(self)
        self.case_combo.setObjectName("appointmentCase")
        self.case_combo.setAccessibleName(self.tr("Case"))
        form.addRow(self.tr("Case"), self.case_combo)

        self.counselor_combo = QComboBox(self)
        self.counselor_combo.setObjectName("appointmentCounselor")
        self.counselor_combo.setAccessibleName(self.tr("Counselor"))
        for counselor in counselors:
            self.counselor_combo.addItem(counselor.full_name, counselor.id)
        form.addRow(self.tr("Counselor"), self.counselor_combo)

        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("appointmentRoom")
        self.room_combo.setAccessibleName(self.tr("Room"))
        self.room_combo.addItem(self.tr("No room (home visit, telephone)"), None)
        for room in rooms:
            if room.active or (existing is not None and existing.room_id == room.id):
                self.room_combo.addItem(room.name, room.id)
        form.addRow(self.tr("Room"), self.room_combo)

        when = QWidget(self)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("appointmentDate")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.start_edit = QTimeEdit(self)
        self.start_edit.setObjectName("appointmentStart")
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.start_edit.setDisplayFormat("HH.mm")
        self.end_edit = QTimeEdit(self)
        self.end_edit.setObjectName("appointmentEnd")
        self.end_edit.setAccessibleName(self.tr("End time"))
        self.end_edit.setDisplayFormat("HH.mm")
        when_row.addWidget(self.date_edit)
        when_row.addSpacing(8)
        when_row.addWidget(QLabel(self.tr("from"), when))
        when_row.addWidget(self.start_edit)
        when_row.addWidget(QLabel(self.tr("to"), when))
        when_row.addWidget(self.end_edit)
        when_row.addStretch(1)
        self.clash = FieldMessage("appointmentClash", self.tr("Schedule clash"), self, lines=2)
        when_box = QWidget(self)
        when_col = QVBoxLayout(when_box)
        when_col.setContentsMargins(0, 0, 0, 0)
        when_col.addWidget(when)
        when_col.addWidget(self.clash)
        form.addRow(self.tr("When"), when_box)

        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("appointmentNote")
        self.note_edit.setAccessibleName(self.tr("Administrative note"))
        self.note_edit.setPlaceholderText(
            self.tr("e.g. bring the family card (no clinical content)")
        )
        self.note_edit.setMaxLength(schedule.MAX_NOTE)
        form.addRow(self.tr("Note"), self.note_edit)
        link_labels(form)
        layout.addLayout(form)

        self.error = StatusMessage("appointmentError", self.tr("Appointment error"), self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        ok_text = self.tr("Book") if existing is None else self.tr("Save changes")
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("appointmentSave")
        self.ok_button.setAccessibleName(ok_text)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("appointmentCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        # initial values: a time the person chose, or the first working hour from now (made
        # more precise below: the first one when the counselor and the room are free)
        self._counselor_fixed = counselor_id is not None or existing is not None
        self._time_fixed = start is not None or existing is not None
        self._setting_time = False
        first = start or working_hours.next_free_start(
            datetime.datetime.now(), datetime.timedelta(hours=1)
        )
        if existing is not None:
            first = existing.starts_at
            counselor_id, room_id = existing.counselor_id, existing.room_id
        end = existing.ends_at if existing is not None else first + datetime.timedelta(hours=1)
        self._duration = end - first
        self._set_when(first)
        self.end_edit.setTime(to_qtime(end.time()))
        if counselor_id is not None and self.counselor_combo.findData(counselor_id) >= 0:
            self.counselor_combo.setCurrentIndex(self.counselor_combo.findData(counselor_id))
        else:
            session = context.session
            mine = self.counselor_combo.findData(session.actor.user_id) if session else -1
            if mine >= 0:
                self.counselor_combo.setCurrentIndex(mine)
        if room_id is not None and self.room_combo.findData(room_id) >= 0:
            self.room_combo.setCurrentIndex(self.room_combo.findData(room_id))
        if existing is not None:
            self.note_edit.setText(existing.note or "")
            self._client = ClientChoice(existing.client_id, existing.client_name, ())
            if existing.case_id is not None:
                self._client = ClientChoice(
                    existing.client_id,
                    existing.client_name,
                    ((existing.case_id, existing.registration_number),),
                )
        self._show_client(self._client, existing.case_id if existing else None)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.client_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.client_results.itemActivated.connect(self._pick)
        self.client_results.itemClicked.connect(self._pick)
        self._clash_timer = QTimer(self)
        self._clash_timer.setSingleShot(True)
        self._clash_timer.setInterval(CLASH_DELAY_MS)
        self._clash_timer.timeout.connect(self._check_clash)
        self.start_edit.timeChanged.connect(self._start_moved)
        self.date_edit.dateChanged.connect(self._time_chosen)
        # a counselor chosen by hand stays; otherwise the case's counselor is proposed
        self.counselor_combo.activated.connect(self._counselor_chosen)
        self.room_combo.activated.connect(lambda _i: self._propose_time())
        self.case_combo.currentIndexChanged.connect(lambda _i: self._case_chosen())
        self._case_chosen()
        for signal in (
            self.end_edit.timeChanged,
            self.date_edit.dateChanged,
            self.counselor_combo.currentIndexChanged,
            self.room_combo.currentIndexChanged,
        ):
            signal.connect(lambda *_a: self._clash_timer.start())
        self._clash_timer.start()

    # -- client ----------------------------------------------------------------------------

    def _show_client(self, client: ClientChoice | None, case_id: int | None = None) -> None:
        self._client = client
        fixed = client is not None and (
            self._existing is not None or not self.client_search.isVisible()
        )
        self.client_name.setText(client.full_name if client else "")
        self.client_name.setVisible(client is not None)
        self.client_search.setVisible(self._existing is None and not fixed)
        self.case_combo.clear()
        self.case_combo.addItem(self.tr("No case (first meeting)"), None)
        for cid, number in client.cases if client else ():
            self.case_combo.addItem(number, cid)
        if client is not None and client.cases:
            wanted = case_id if case_id is not None else client.cases[0][0]
            self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(wanted)))

    def _search(self) -> None:
        text = self.client_search.text()
        if len(text.strip()) < 2:
            self.client_results.clear()
            self.client_results.hide()
            return

        def done(found: list[ClientChoice]) -> None:
            if self.client_search.text() != text:
                return  # overtaken by newer typing
            self.client_results.clear()
            for choice in found:
                item = QListWidgetItem(choice.full_name)
                item.setData(Qt.ItemDataRole.UserRole, choice)
                self.client_results.addItem(item)
            if not found:
                empty = QListWidgetItem(self.tr("No client with this name"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.client_results.addItem(empty)
            self.client_results.show()

        (
            Operation(self._context, self, lambda s: schedule.find_clients(s, text), done)
            .worded(failure_text)
            .run()
        )

    def _pick(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(choice, ClientChoice):
            self._show_client(choice)
            self.client_results.hide()
            self.client_name.setText(choice.full_name)
            self.client_name.show()
            self.error.clear_message()

    def choose_client(self, choice: ClientChoice) -> None:
        """Set the client as if picked from the search results."""
        self._show_client(choice)
        self.client_results.hide()

    # -- counselor and time proposed ----------------------------------------------------

    def _case_chosen(self) -> None:
        """A case brings its own counselor (unless one was given or chosen by hand)."""
        if not self._counselor_fixed and self._client is not None:
            counselor = self._client.counselor_of(self.case_combo.currentData())
            index = self.counselor_combo.findData(counselor) if counselor is not None else -1
            if index >= 0:
                self.counselor_combo.setCurrentIndex(index)
        self._propose_time()

    def _counselor_chosen(self, _index: int) -> None:
        self._counselor_fixed = True
        self._propose_time()

    def _propose_time(self) -> None:
        """The first time in working hours when the counselor and the room are free, unless
        a time was given or typed."""
        if self._time_fixed:
            return
        counselor = self.counselor_combo.currentData()
        room = self.room_combo.currentData()
        duration = self._duration

        def done(start: datetime.datetime) -> None:
            if not self._time_fixed and counselor == self.counselor_combo.currentData():
                self._set_when(start)

        (
            Operation(
                self._context,
                self,
                lambda s: schedule.next_free_slot(s, counselor, duration, room),
                done,
            )
            .failure(pass_to_crash_handler)
            .run()
        )

    def _set_when(self, start: datetime.datetime) -> None:
        self._setting_time = True
        try:
            self.date_edit.setDate(to_qdate(start.date()))
            self.start_edit.setTime(to_qtime(start.time()))
        finally:
            self._setting_time = False

    def _time_chosen(self, *_args: object) -> None:
        if not self._setting_time:
            self._time_fixed = True  # typed or picked: no longer proposed

    # -- times and clashes -----------------------------------------------------------------

    def _start_moved(self, _time: object) -> None:
        self._time_chosen()
        start = self._start()
        end = start + self._duration
        self.end_edit.blockSignals(True)
        self.end_edit.setTime(to_qtime(end.time()))
        self.end_edit.blockSignals(False)
        self._clash_timer.start()

    def _start(self) -> datetime.datetime:
        return datetime.datetime.combine(
            from_qdate(self.date_edit.date()), from_qtime(self.start_edit.time())
        )

    def data(self) -> AppointmentInput | None:
        client = self._client
        if client is None:
            return None
        start = self._start()
        end = datetime.datetime.combine(start.date(), from_qtime(self.end_edit.time()))
        self._duration = end - start if end > start else self._duration
        counselor = self.counselor_combo.currentData()
        return AppointmentInput(
            counselor_id=int(counselor) if counselor is not None else 0,
            client_id=client.id,
            starts_at=start,
            ends_at=end,
            room_id=self.room_combo.currentData(),
            case_id=self.case_combo.currentData(),
            note=self.note_edit.text(),
        )

    def _check_clash(self) -> None:
        data = self.data()
        if data is None or data.ends_at <= data.starts_at:
            self.clash.clear_message()
            return
        exclude = self._existing.id if self._existing else None

        def done(found: list[Conflict]) -> None:
            if found:
                self.clash.show_error(
                    "\n".join(
                        [self.tr("Clash with another appointment:")]
                        + [f"• {conflict_line(c)}" for c in found]
                    )
                )
            else:
                self.clash.clear_message()

        (
            Operation(
                self._context, self, lambda s: schedule.find_conflicts(s, data, exclude), done
            )
            .failure(lambda _exc: self.clash.clear_message())
            .run()
        )

    # -- saving ----------------------------------------------------------------------------

    def save(self, allow_conflicts: bool = False) -> None:
        data = self.data()
        if data is None:
            self.error.show_error(self.tr("Choose the client first."))
            self.client_search.setFocus()
            return
        existing = self._existing
        self.ok_button.setEnabled(False)
        self.error.clear_message()

        def act(s: UserSession) -> AppointmentInfo:
            if existing is None:
                return schedule.book(s, data, allow_conflicts=allow_conflicts)
            return schedule.reschedule(s, existing.id, data, allow_conflicts=allow_conflicts)

        def done(info: AppointmentInfo) -> None:
            self.result_info = info
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            if isinstance(exc, AppointmentConflict):
                text = "\n".join(
                    [self.tr("This appointment clashes with another one:")]
                    + [f"• {conflict_line(c)}" for c in exc.conflicts]
                    + ["", self.tr("Book it anyway?")]
                )
                if dialogs.confirm(
                    self,
                    self.tr("Schedule clash"),
                    text,
                    ok_text=self.tr("Book anyway"),
                    cancel_text=self.tr("Change the time"),
                ):
                    self.save(allow_conflicts=True)
                return
            if isinstance(exc, ValidationError):
                self.error.show_error(exc.message)
                return
            show_failure(self, DEFAULT_TITLE, exc, failure_text)

        Operation(self._context, self, act, done).failure(failed).run()


class RoomsDialog(QDialog):
    """The head keeps the list of rooms: add, rename, retire."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomsDialog")
        self.setWindowTitle(self.tr("Rooms"))
        self.setAccessibleName(self.tr("Rooms"))
        self._context = context
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("roomList")
        self.list.setAccessibleName(self.tr("Rooms"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("roomName")
        self.name.setAccessibleName(self.tr("Room name"))
        self.name.setPlaceholderText(self.tr("Name of a new room"))
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("roomAdd")
        add.setAccessibleName(self.tr("Add room"))
        add.clicked.connect(self._add)
        self.toggle = QPushButton(self.tr("Retire / bring back"), self)
        self.toggle.setObjectName("roomToggle")
        self.toggle.setAccessibleName(self.tr("Retire or bring back the room"))
        self.toggle.clicked.connect(self._toggle)
        row.addWidget(self.name, 1)
        row.addWidget(add)
        row.addWidget(self.toggle)
        layout.addLayout(row)
        self.error = FieldMessage("roomError", self.tr("Room error"), self)
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.setMinimumWidth(460)
        self._reload()

    def _reload(self) -> None:
        def done(rooms: list[RoomInfo]) -> None:
            self.list.clear()
            for room in rooms:
                text = (
                    room.name if room.active else self.tr("%1 (retired)").replace("%1", room.name)
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, room)
                self.list.addItem(item)

        (
            Operation(self._context, self, lambda s: schedule.list_rooms(s, True), done)
            .worded(failure_text)
            .run()
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error.show_error(exc.message)
        else:
            show_failure(self, DEFAULT_TITLE, exc, failure_text)

    def _add(self) -> None:
        name = self.name.text()
        self.error.clear_message()

        def done(_room: RoomInfo) -> None:
            self.name.clear()
            self._reload()

        (
            Operation(self._context, self, lambda s: schedule.add_room(s, name), done)
            .failure(self._failed)
            .run()
        )

    def _toggle(self) -> None:
        item = self.list.currentItem()
        room = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not isinstance(room, RoomInfo):
            return
        (
            Operation(
                self._context,
                self,
                lambda s: schedule.update_room(s, room.id, room.name, not room.active),
                lambda _r: self._reload(),
            )
            .failure(self._failed)
            .run()
        )


class AppointmentDetails(QFrame):
    """What the selected appointment is, and what can be done with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDetails")
        self.setAccessibleName(self.tr("Selected appointment"))
        set_role(self, "card")
        self.setFixedWidth(290)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.title = QLabel(self.tr("No appointment selected"), self)
        self.title.setObjectName("appointmentTitle")
        self.title.setWordWrap(True)
        set_role(self.title, "heading")
        layout.addWidget(self.title)
        self.body = QLabel(self)
        self.body.setObjectName("appointmentBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)
        self.no_shows = QLabel(self)
        self.no_shows.setObjectName("appointmentNoShows")
        self.no_shows.setWordWrap(True)
        set_role(self.no_shows, "warning")
        layout.addWidget(self.no_shows)
        layout.addSpacing(6)
        self.start_button = self._button(
            "startSessionButton", self.tr("Start session note"), layout
        )
        set_flag(self.start_button, "prominent", True)
        self.open_session_button = self._button(
            "openSessionButton", self.tr("Open session note"), layout
        )
        self.no_show_button = self._button("markNoShowButton", self.tr("Mark as no-show"), layout)
        self.done_button = self._button("markDoneButton", self.tr("Mark as done"), layout)
        self.edit_button = self._button("editAppointmentButton", self.tr("Change…"), layout)
        self.cancel_button = self._button(
            "cancelAppointmentButton", self.tr("Cancel appointment…"), layout
        )
        set_flag(self.cancel_button, "destructive", True)
        self.restore_button = self._button(
            "restoreAppointmentButton", self.tr("Back to scheduled"), layout
        )
        self.client_button = self._button("openClientButton", self.tr("Open client"), layout)
        layout.addStretch(1)
        self.show_appointment(None, False)

    def _button(self, name: str, text: str, layout: QVBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        layout.addWidget(button)
        return button

    def show_appointment(self, info: AppointmentInfo | None, may_book: bool) -> None:
        buttons = (
            self.start_button,
            self.open_session_button,
            self.no_show_button,
            self.done_button,
            self.edit_button,
            self.cancel_button,
            self.restore_button,
            self.client_button,
        )
        if info is None:
            self.title.setText(self.tr("No appointment selected"))
            self.body.setText(
                self.tr("Click an appointment to see it here. Double-click an empty time to book.")
            )
            self.no_shows.hide()
            for button in buttons:
                button.hide()
            return
        self.title.setText(info.client_name)
        lines = [
            long_date_text(info.starts_at.date()),
            span_text(info.starts_at, info.ends_at),
            self.tr("Counselor: %1").replace("%1", info.counselor_name),
            self.tr("Room: %1").replace("%1", info.room_name or self.tr("none")),
        ]
        if info.registration_number:
            lines.append(self.tr("Case: %1").replace("%1", info.registration_number))
        lines.append(self.tr("Status: %1").replace("%1", appointment_status_label(info.status)))
        if info.note:
            lines.append(self.tr("Note: %1").replace("%1", info.note))
        self.body.setText("\n".join(lines))
        self.no_shows.setText(self.tr("Missed %n appointment(s) so far.", "", info.client_no_shows))
        self.no_shows.setVisible(info.client_no_shows > 0)
        scheduled = info.status is AppointmentStatus.TERJADWAL
        due = info.starts_at <= datetime.datetime.now()
        self.start_button.setVisible(
            info.may_write_session and scheduled and info.session_id is None
        )
        self.open_session_button.setVisible(info.may_write_session and info.session_id is not None)
        self.no_show_button.setVisible(may_book and scheduled and due)
        self.done_button.setVisible(may_book and scheduled and due and info.session_id is None)
        self.edit_button.setVisible(may_book and scheduled)
        self.cancel_button.setVisible(may_book and scheduled)
        self.restore_button.setVisible(may_book and not scheduled and info.session_id is None)
        self.client_button.show()


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

        filters = QHBoxLayout()
        counselor_label = QLabel(self.tr("Counselor"), self)
        self.counselor_combo = QComboBox(self)
        self.counselor_combo.setObjectName("scheduleCounselor")
        self.counselor_combo.setAccessibleName(self.tr("Counselor"))
        self.counselor_combo.setMinimumWidth(220)
        counselor_label.setBuddy(self.counselor_combo)
        self.counselor_combo.addItem(self.tr("All counselors"), ALL)
        self.counselor_combo.currentIndexChanged.connect(lambda _i: self._render())
        self.group_label = QLabel(self.tr("Columns"), self)
        self.group_combo = QComboBox(self)
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
                self._loaded,
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
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
