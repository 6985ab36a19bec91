"""A day or week of appointments drawn as blocks on a time grid (columns: counselors, rooms or
days). Overlapping appointments of one column share its width side by side, so a clash the
person chose to keep stays visible."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from lk3_desktop.core.session_notes import AppointmentStatus
from lk3_desktop.services.schedule import AppointmentInfo
from lk3_desktop.ui.dates import time_text
from lk3_desktop.ui.sessions.labels import appointment_status_label, span_text
from lk3_desktop.ui.style import ACCENT, ACCENT_DARK, INK, LINE, MUTED, PANEL, WARNING_INK

HOUR_PX = 48
GUTTER_PX = 52
HEADER_PX = 30
DAY_START, DAY_END = 7, 18  # widened to fit any appointment outside these hours

STATUS_COLORS: dict[AppointmentStatus, tuple[str, str]] = {  # fill, border
    AppointmentStatus.TERJADWAL: ("#dde8f3", ACCENT),
    AppointmentStatus.SELESAI: ("#e3f1e8", "#1f6f43"),
    AppointmentStatus.TIDAK_HADIR: ("#fdf1dc", WARNING_INK),
    AppointmentStatus.BATAL: ("#eef0f3", "#9aa5b1"),
}


@dataclass(frozen=True)
class Column:
    key: object  # counselor id, room id, or a date
    title: str
    subtitle: str = ""


@dataclass
class _Placed:
    info: AppointmentInfo
    column: int
    lane: int
    lanes: int


def column_of(appointment: AppointmentInfo, by: str) -> object:
    if by == "room":
        return appointment.room_id
    if by == "day":
        return appointment.starts_at.date()
    return appointment.counselor_id


class ScheduleGrid(QWidget):
    """The time grid. ``by`` says what a column is: "counselor", "room" or "day"."""

    appointment_selected = Signal(int)  # 0: nothing selected
    appointment_activated = Signal(int)
    slot_activated = Signal(object, object)  # column key, datetime

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(False)
        self._columns: list[Column] = []
        self._by = "counselor"
        self._placed: list[_Placed] = []
        self._selected = 0
        self._start_hour, self._end_hour = DAY_START, DAY_END
        self._detail = "room"  # what the third line of a block names: room or counselor
        self._today = datetime.date.today()
        self._day: datetime.date | None = None

    # -- data ----------------------------------------------------------------------------------

    def set_content(
        self,
        columns: list[Column],
        by: str,
        appointments: list[AppointmentInfo],
        detail: str = "room",
        day: datetime.date | None = None,
    ) -> None:
        """Show ``appointments`` in ``columns``; ``day`` is the date of a one-day grid."""
        self._columns = columns
        self._day = day
        self._by = by
        self._detail = detail
        self._today = datetime.date.today()
        keys = [c.key for c in columns]
        start, end = DAY_START, DAY_END
        for a in appointments:
            start = min(start, a.starts_at.hour)
            end = max(end, a.ends_at.hour + (1 if a.ends_at.minute else 0))
        self._start_hour, self._end_hour = start, min(end, 24)
        placed: list[_Placed] = []
        for index, key in enumerate(keys):
            mine = sorted(
                (a for a in appointments if column_of(a, by) == key),
                key=lambda a: (a.starts_at, a.ends_at, a.id),
            )
            placed.extend(_lanes(mine, index))
        self._placed = placed
        if self._selected not in {p.info.id for p in placed}:
            self._selected = 0
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName(self.tr("Schedule: %n appointment(s)", "", len(appointments)))
        self.update()

    def appointments(self) -> list[AppointmentInfo]:
        return [p.info for p in sorted(self._placed, key=lambda p: (p.info.starts_at, p.column))]

    @property
    def selected_id(self) -> int:
        return self._selected

    def select(self, appointment_id: int) -> None:
        if appointment_id and appointment_id not in {p.info.id for p in self._placed}:
            appointment_id = 0
        if appointment_id != self._selected:
            self._selected = appointment_id
            self.update()
        self.appointment_selected.emit(appointment_id)

    # -- geometry ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        hours = self._end_hour - self._start_hour
        return QSize(GUTTER_PX + 120 * max(1, len(self._columns)), HEADER_PX + hours * HOUR_PX + 8)

    def _column_width(self) -> float:
        return max(40.0, (self.width() - GUTTER_PX - 2) / max(1, len(self._columns)))

    def _y(self, moment: datetime.datetime) -> float:
        hours = moment.hour + moment.minute / 60 - self._start_hour
        return HEADER_PX + hours * HOUR_PX

    def _rect(self, placed: _Placed) -> QRectF:
        width = self._column_width()
        lane_width = (width - 6) / placed.lanes
        x = GUTTER_PX + placed.column * width + 3 + placed.lane * lane_width
        top = self._y(placed.info.starts_at)
        bottom = self._y(placed.info.ends_at)
        if placed.info.ends_at.date() > placed.info.starts_at.date():
            bottom = HEADER_PX + (self._end_hour - self._start_hour) * HOUR_PX
        return QRectF(x, top + 1, lane_width - 2, max(18.0, bottom - top - 2))

    def _at(self, point: QPoint) -> _Placed | None:
        for placed in reversed(self._placed):
            if self._rect(placed).contains(point.toPointF()):
                return placed
        return None

    def _slot(self, point: QPoint) -> tuple[object, datetime.datetime] | None:
        if point.x() < GUTTER_PX or point.y() < HEADER_PX or not self._columns:
            return None
        index = int((point.x() - GUTTER_PX) // self._column_width())
        if not 0 <= index < len(self._columns):
            return None
        minutes = int((point.y() - HEADER_PX) / HOUR_PX * 60) // 30 * 30
        hour = self._start_hour + minutes // 60
        if hour >= 24:
            return None
        column = self._columns[index]
        day = column.key if isinstance(column.key, datetime.date) else (self._day or self._today)
        return column.key, datetime.datetime.combine(day, datetime.time(hour, minutes % 60))

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(PANEL))
        width = self._column_width()
        hours = self._end_hour - self._start_hour
        bottom = HEADER_PX + hours * HOUR_PX
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
        bold = QFont(small)
        bold.setBold(True)
        # hour lines and labels
        painter.setFont(small)
        for i in range(hours + 1):
            y = HEADER_PX + i * HOUR_PX
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(GUTTER_PX, y, self.width(), y)
            if i < hours:
                painter.setPen(QPen(QColor("#eef0f3"), 1, Qt.PenStyle.DashLine))
                painter.drawLine(GUTTER_PX, y + HOUR_PX // 2, self.width(), y + HOUR_PX // 2)
                painter.setPen(QColor(MUTED))
                painter.drawText(
                    QRectF(0, y + 2, GUTTER_PX - 8, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{self._start_hour + i:02d}.00",
                )
        # columns and their titles
        for index, column in enumerate(self._columns):
            x = GUTTER_PX + index * width
            is_today = column.key == self._today
            if is_today:
                painter.fillRect(QRectF(x, 0, width, bottom), QColor("#f5f8fc"))
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(int(x), 0, int(x), bottom)
            painter.setFont(bold if is_today else small)
            painter.setPen(QColor(ACCENT if is_today else INK))
            title = QFontMetrics(painter.font()).elidedText(
                column.title, Qt.TextElideMode.ElideRight, int(width) - 8
            )
            painter.drawText(
                QRectF(x + 4, 2, width - 8, HEADER_PX - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawLine(GUTTER_PX, HEADER_PX, self.width(), HEADER_PX)
        # the present moment
        now = datetime.datetime.now()
        if self._start_hour <= now.hour < self._end_hour:
            y = int(self._y(now))
            painter.setPen(QPen(QColor(ACCENT_DARK), 2))
            for index, column in enumerate(self._columns):
                if column.key == now.date() or (self._by != "day" and self._day == now.date()):
                    x0 = int(GUTTER_PX + index * width)
                    painter.drawLine(x0, y, int(x0 + width), y)
        # appointments
        for placed in self._placed:
            self._paint_block(painter, placed, small, bold)
        painter.end()

    def _paint_block(self, painter: QPainter, placed: _Placed, small: QFont, bold: QFont) -> None:
        info = placed.info
        rect = self._rect(placed)
        fill, border = STATUS_COLORS[info.status]
        selected = info.id == self._selected
        painter.setPen(QPen(QColor(border), 2.5 if selected else 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.x(), rect.y(), 4, rect.height()), QColor(border))
        inner = rect.adjusted(8, 2, -4, -2)
        narrow = inner.width() < 90
        scheduled = info.status is AppointmentStatus.TERJADWAL
        status = "" if scheduled else appointment_status_label(info.status)
        if narrow:  # side-by-side clashes in a week column: start time and first name
            first_name = (info.client_name.split() or [""])[0]
            lines = [(bold, time_text(info.starts_at)), (small, first_name)]
        else:
            lines = [(bold, span_text(info.starts_at, info.ends_at)), (small, info.client_name)]
        third = info.room_name if self._detail == "room" else info.counselor_name
        if status:  # what happened matters more than the room once it is over
            lines.append((bold, status))
        elif third and not narrow:
            lines.append((small, third))
        y = inner.y()
        for font, text in lines:
            metrics = QFontMetrics(font)
            if y + metrics.height() > inner.bottom() + 2:
                break
            painter.setFont(font)
            painter.setPen(QColor(INK if info.status is not AppointmentStatus.BATAL else MUTED))
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            font_copy = QFont(font)
            if info.status is AppointmentStatus.BATAL:
                font_copy.setStrikeOut(True)
                painter.setFont(font_copy)
            painter.drawText(QRectF(inner.x(), y, inner.width(), metrics.height()), elided)
            y += metrics.height()

    # -- input ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        placed = self._at(event.position().toPoint())
        self.select(placed.info.id if placed else 0)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        placed = self._at(point)
        if placed is not None:
            self.appointment_activated.emit(placed.info.id)
            return
        slot = self._slot(point)
        if slot is not None:
            self.slot_activated.emit(slot[0], slot[1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ordered = self.appointments()
        ids = [a.id for a in ordered]
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and ids:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            index = ids.index(self._selected) + step if self._selected in ids else 0
            self.select(ids[max(0, min(len(ids) - 1, index))])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.appointment_activated.emit(self._selected)
            event.accept()
            return
        super().keyPressEvent(event)


def _lanes(appointments: list[AppointmentInfo], column: int) -> list[_Placed]:
    """Side-by-side lanes for overlapping appointments of one column."""
    result: list[_Placed] = []
    group: list[_Placed] = []
    group_end: datetime.datetime | None = None
    lane_ends: list[datetime.datetime] = []

    def close_group() -> None:
        lanes = max((p.lane for p in group), default=0) + 1
        for p in group:
            p.lanes = lanes
        result.extend(group)

    for a in appointments:
        if group_end is not None and a.starts_at >= group_end:
            close_group()
            group, lane_ends, group_end = [], [], None
        lane = next((i for i, end in enumerate(lane_ends) if end <= a.starts_at), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(a.ends_at)
        else:
            lane_ends[lane] = a.ends_at
        group.append(_Placed(a, column, lane, 1))
        group_end = a.ends_at if group_end is None else max(group_end, a.ends_at)
    if group:
        close_group()
    return result
