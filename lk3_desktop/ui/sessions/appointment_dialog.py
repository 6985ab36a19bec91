"""Booking or changing one appointment: the client (searched as typed), case, counselor, room and
time, with the first free half hour proposed and clashes shown before saving.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core import working_hours
from lk3_desktop.core.errors import EditConflict, ValidationError
from lk3_desktop.services import schedule
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
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.dates import date_text, time_text
from lk3_desktop.ui.edit_conflict import save_mine_over_theirs
from lk3_desktop.ui.field_feedback import FieldMessage, StatusMessage, pass_to_crash_handler
from lk3_desktop.ui.forms import form_layout, link_labels
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import DEFAULT_TITLE, Operation, show_failure
from lk3_desktop.ui.sessions.labels import (
    conflict_line,
    failure_text,
)
from lk3_desktop.ui.sessions.note_widgets import from_qdate, from_qtime, to_qdate, to_qtime
from lk3_desktop.ui.style import set_role

SEARCH_DELAY_MS = 250


CLASH_DELAY_MS = 300


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
        # the results list and the chosen client's line keep their room while a name is
        # typed, so the fields below never move as results come and go
        self.client_results.setFixedHeight(110)
        self.client_name.setMinimumHeight(self.fontMetrics().height() + 4)
        client_col.addWidget(self.client_search)
        client_col.addWidget(self.client_results)
        client_col.addWidget(self.client_name)
        form.addRow(self.tr("Client"), client_box)

        self._build_appointment_case(counselors, existing, form, layout, rooms)
        self._build_appointment_save(context, counselor_id, existing, layout, room_id, start)
        self._build_a_counselor_chosen_by_hand_sta()

    def _build_appointment_case(
        self,
        counselors: list[CounselorChoice],
        existing: AppointmentInfo | None,
        form: QFormLayout,
        layout: QVBoxLayout,
        rooms: list[RoomInfo],
    ) -> None:
        self.case_combo = ComboBox(self)
        self.case_combo.setObjectName("appointmentCase")
        self.case_combo.setAccessibleName(self.tr("Case"))
        form.addRow(self.tr("Case"), self.case_combo)

        self.counselor_combo = ComboBox(self)
        self.counselor_combo.setObjectName("appointmentCounselor")
        self.counselor_combo.setAccessibleName(self.tr("Counselor"))
        for counselor in counselors:
            self.counselor_combo.addItem(counselor.full_name, counselor.id)
        form.addRow(self.tr("Counselor"), self.counselor_combo)

        self.room_combo = ComboBox(self)
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

    def _build_appointment_save(
        self,
        context: AppContext,
        counselor_id: int | None,
        existing: AppointmentInfo | None,
        layout: QVBoxLayout,
        room_id: int | None,
        start: datetime.datetime | None,
    ) -> None:
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

    def _build_a_counselor_chosen_by_hand_sta(self) -> None:
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
        choosing = self._existing is None and not fixed
        self.client_search.setVisible(choosing)
        self.client_results.setVisible(choosing)
        if client is None:
            self.client_name.setText(self.tr("No client chosen yet"))
        elif choosing:
            self.client_name.setText(self.tr("Chosen: %1").replace("%1", client.full_name))
        else:
            self.client_name.setText(client.full_name)
        set_role(self.client_name, "muted" if client is None else "")
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

        (
            Operation(self._context, self, lambda s: schedule.find_clients(s, text), done)
            .worded(failure_text)
            .run()
        )

    def _pick(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(choice, ClientChoice):
            self._show_client(choice)
            self.error.clear_message()

    def choose_client(self, choice: ClientChoice) -> None:
        """Set the client as if picked from the search results."""
        self._show_client(choice)

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
            return schedule.reschedule(
                s,
                existing.id,
                data,
                allow_conflicts=allow_conflicts,
                expected_version=existing.version,
            )

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
            if isinstance(exc, EditConflict) and isinstance(exc.theirs, AppointmentInfo):
                self._conflict(exc, exc.theirs, data, allow_conflicts)
                return
            if isinstance(exc, ValidationError):
                self.error.show_error(message_for(exc))
                return
            show_failure(self, DEFAULT_TITLE, exc, failure_text)

        Operation(self._context, self, act, done).failure(failed).run()

    def _conflict(
        self,
        conflict: EditConflict,
        theirs: AppointmentInfo,
        data: AppointmentInput,
        allow_conflicts: bool,
    ) -> None:
        """Moved at another desk meanwhile: what was chosen here stays in the dialog; it
        replaces the newer version only when the person says so."""
        self.error.show_error(message_for(conflict))
        no_room = self.tr("No room (home visit, telephone)")
        pairs = [
            (
                self.tr("When"),
                _when(data.starts_at, data.ends_at),
                _when(theirs.starts_at, theirs.ends_at),
            ),
            (self.tr("Counselor"), self.counselor_combo.currentText(), theirs.counselor_name),
            (self.tr("Room"), self.room_combo.currentText(), theirs.room_name or no_room),
        ]
        if theirs.note is not None:
            pairs.append((self.tr("Note"), data.note.strip(), theirs.note.strip()))
        differences = [pair for pair in pairs if pair[1] != pair[2]]
        if save_mine_over_theirs(self, conflict, differences):
            self._existing = theirs
            self.save(allow_conflicts)


def _when(starts: datetime.datetime, ends: datetime.datetime) -> str:
    return f"{date_text(starts.date())} {time_text(starts.time())}–{time_text(ends.time())}"
