"""Counts in the navigation: "Rujukan 2" as a small pill at the right of the item.

``NavBadges(nav)`` paints the counts of a navigation QListWidget whose items carry their page
key in ``UserRole``; ``set_counts({"rujukan": 2})`` changes them. The count is also in the
item's accessible text ("Rujukan, 2 menunggu"). A page whose count includes open
risk flags gets a red pill (red is for risk only).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from lk3_desktop.services.inbox import Inbox, Kind
from lk3_desktop.ui.style import ACCENT, RISK

KEY_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 10
URGENT_ROLE = Qt.ItemDataRole.UserRole + 11
TITLE_ROLE = Qt.ItemDataRole.UserRole + 12
MAX_SHOWN = 99


def badge_text(count: int) -> str:
    return f"{MAX_SHOWN}+" if count > MAX_SHOWN else str(count)


class _BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if not isinstance(count, int) or count <= 0:
            return
        text = badge_text(count)
        metrics = option.fontMetrics
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 12)
        rect = option.rect
        pill = QRect(rect.right() - width - 14, rect.center().y() - height // 2, width, height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        urgent = bool(index.data(URGENT_ROLE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        if selected:
            painter.setBrush(QColor("white"))
        else:
            painter.setBrush(QColor(RISK if urgent else ACCENT))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor((RISK if urgent else ACCENT) if selected else "white"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class NavBadges:
    """The counts shown on the items of ``nav``."""

    def __init__(self, nav: QListWidget) -> None:
        self._nav = nav
        self._delegate = _BadgeDelegate(nav)
        nav.setItemDelegate(self._delegate)
        for row in range(nav.count()):
            item = nav.item(row)
            if item is not None:
                item.setData(TITLE_ROLE, item.text())

    def set_counts(self, counts: Mapping[str, int], urgent: frozenset[str] = frozenset()) -> None:
        """Show ``counts`` by page key (a page missing from it shows none)."""
        for row in range(self._nav.count()):
            item = self._nav.item(row)
            if item is None:
                continue
            key = item.data(KEY_ROLE)
            count = int(counts.get(key, 0))
            title = str(item.data(TITLE_ROLE) or item.text())
            item.setData(COUNT_ROLE, count)
            item.setData(URGENT_ROLE, key in urgent and count > 0)
            spoken = title
            if count:
                spoken = QCoreApplication.translate("NavBadges", "%1, %2 waiting")
                spoken = spoken.replace("%1", title).replace("%2", badge_text(count))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self._nav.viewport().update()

    def show_inbox(self, inbox: Inbox) -> None:
        """The counts of what waits in ``inbox``; Klien's pill is red while a flag is open."""
        from lk3_desktop.ui.pages.inbox import page_counts

        urgent = frozenset({"klien"}) if inbox.total(Kind.RISK) else frozenset()
        self.set_counts(page_counts(inbox), urgent)

    def count(self, key: str) -> int:
        for row in range(self._nav.count()):
            item = self._nav.item(row)
            if item is not None and item.data(KEY_ROLE) == key:
                return int(item.data(COUNT_ROLE) or 0)
        return 0

    def clear(self) -> None:
        self.set_counts({})
