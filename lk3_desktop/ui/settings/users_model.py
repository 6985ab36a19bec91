"""The accounts table of the Users tab: a small list, loaded on demand from the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lk3_desktop.services.accounts import UserInfo
from lk3_desktop.ui.dates import datetime_text
from lk3_desktop.ui.labels import role_label

ModelIndex = QModelIndex | QPersistentModelIndex

COL_FULL_NAME, COL_USERNAME, COL_ROLE, COL_STATUS, COL_LAST_LOGIN = range(5)
USER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_INACTIVE = QColor("#7b8794")


def status_label(user: UserInfo) -> str:
    if not user.active:
        return QCoreApplication.translate("UsersModel", "Inactive")
    if user.must_change_password:
        return QCoreApplication.translate("UsersModel", "Active, must change password")
    return QCoreApplication.translate("UsersModel", "Active")


def last_login_label(when: datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("UsersModel", "Never")
    return datetime_text(when)


class UsersModel(QAbstractTableModel):
    """Rows of :class:`UserInfo`; ``reload()`` asks the loader (a service call) again."""

    def __init__(self, loader: Callable[[], list[UserInfo]] | None = None, parent: Any = None):
        super().__init__(parent)
        self._loader = loader
        self._users: list[UserInfo] = []

    # -- loading --------------------------------------------------------------------------

    def set_loader(self, loader: Callable[[], list[UserInfo]] | None) -> None:
        """Change where rows come from; ``None`` empties the model (locked, signed out)."""
        self._loader = loader
        self.reload()

    def reload(self) -> None:
        users = self._loader() if self._loader is not None else []
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self._users) if u.id == user_id), -1)

    # -- model API --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._users):
            return None
        user = self._users[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_FULL_NAME:
                return user.full_name
            if column == COL_USERNAME:
                return user.username
            if column == COL_ROLE:
                return role_label(user.role)
            if column == COL_STATUS:
                return status_label(user)
            if column == COL_LAST_LOGIN:
                return last_login_label(user.last_login_at)
            return None
        if role == USER_ID_ROLE:
            return user.id
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(_INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_USERNAME and user.nip:
            return QCoreApplication.translate("UsersModel", "NIP %1").replace("%1", user.nip)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            QCoreApplication.translate("UsersModel", "Full name"),
            QCoreApplication.translate("UsersModel", "Username"),
            QCoreApplication.translate("UsersModel", "Role"),
            QCoreApplication.translate("UsersModel", "Status"),
            QCoreApplication.translate("UsersModel", "Last sign-in"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
