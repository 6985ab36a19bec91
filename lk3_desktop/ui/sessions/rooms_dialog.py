"""The rooms appointments can be booked in: add one, retire one (its history stays)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import schedule
from lk3_desktop.services.schedule import (
    RoomInfo,
)
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import DEFAULT_TITLE, Operation, show_failure
from lk3_desktop.ui.sessions.labels import (
    failure_text,
)


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
            self.error.show_error(message_for(exc))
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
