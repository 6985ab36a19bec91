"""The panel beside the schedule: the selected appointment and what can be done with it."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.session_notes import AppointmentStatus
from lk3_desktop.services.schedule import (
    AppointmentInfo,
)
from lk3_desktop.ui.dates import long_date_text
from lk3_desktop.ui.sessions.labels import appointment_status_label, span_text
from lk3_desktop.ui.style import set_flag, set_role


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
