"""Table models for referral lists and the partner directory.

Both lists stay small (an office issues some hundreds of letters a year, and knows tens of
partners), so the models hold their rows; the service orders and filters them in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from lk3_desktop.core.referrals import ReferralStatus
from lk3_desktop.services.partners import PartnerInfo
from lk3_desktop.services.referrals import ReferralRow
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.referrals.labels import status_label, urgency_labels
from lk3_desktop.ui.style import MUTED, WARNING_INK

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

(
    COL_CLIENT,
    COL_REGISTRATION,
    COL_PARTNER,
    COL_STATUS,
    COL_FOLLOW_UP,
    COL_NUMBER,
    COL_COUNSELOR,
) = range(7)


class ReferralTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, show_client: bool = True) -> None:
        super().__init__(parent)
        self._rows: list[ReferralRow] = []
        self._show_client = show_client

    def set_rows(self, rows: Sequence[ReferralRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ReferralRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, referral_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == referral_id:
                return i
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            QCoreApplication.translate("ReferralTableModel", "Client"),
            QCoreApplication.translate("ReferralTableModel", "Registration number"),
            QCoreApplication.translate("ReferralTableModel", "Partner institution"),
            QCoreApplication.translate("ReferralTableModel", "Status"),
            QCoreApplication.translate("ReferralTableModel", "Follow-up"),
            QCoreApplication.translate("ReferralTableModel", "Letter number"),
            QCoreApplication.translate("ReferralTableModel", "Counselor"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_FOLLOW_UP and row.overdue:
            return QCoreApplication.translate(
                "ReferralTableModel",
                "The follow-up date has passed: check that the family arrived.",
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and column in (COL_FOLLOW_UP, COL_STATUS):
                return QBrush(QColor(WARNING_INK))
            if row.status is ReferralStatus.BATAL:
                return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == COL_FOLLOW_UP:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ReferralRow, column: int) -> str:
        if column == COL_CLIENT:
            return row.client_name
        if column == COL_REGISTRATION:
            return row.registration_number
        if column == COL_PARTNER:
            return row.partner_name
        if column == COL_STATUS:
            text = status_label(row.status)
            if row.urgency != "biasa" and row.status not in (
                ReferralStatus.SELESAI,
                ReferralStatus.BATAL,
            ):
                text += f" · {urgency_labels()[row.urgency]}"
            return text
        if column == COL_FOLLOW_UP:
            when = date_text(row.follow_up_on)
            return (
                QCoreApplication.translate("ReferralTableModel", "%1 (overdue)").replace("%1", when)
                if row.overdue
                else when
            )
        if column == COL_NUMBER:
            return row.letter_number or ""
        if column == COL_COUNSELOR:
            return row.counselor_name
        return ""


class PartnerTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnerInfo] = []

    def set_rows(self, rows: Sequence[PartnerInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PartnerInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            QCoreApplication.translate("ReferralTableModel", "Institution"),
            QCoreApplication.translate("ReferralTableModel", "Type"),
            QCoreApplication.translate("ReferralTableModel", "Contact"),
            QCoreApplication.translate("ReferralTableModel", "Phone"),
            QCoreApplication.translate("ReferralTableModel", "Services"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.row_at(index.row())
        if p is None:
            return None
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(QColor(MUTED))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return (
                p.name
                if p.active
                else QCoreApplication.translate("ReferralTableModel", "%1 (inactive)").replace(
                    "%1", p.name
                )
            )
        if column == 1:
            return p.type_name
        if column == 2:
            return ", ".join(x for x in (p.contact_person, p.contact_position) if x)
        if column == 3:
            return p.phone
        if column == 4:
            return " ".join(p.services.split())
        return None
