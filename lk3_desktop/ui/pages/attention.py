"""Beranda's "needs attention" list: overdue referral follow-ups, unsigned session notes and,
for the head, clients whose retention period has ended.

Staf see nothing here (the lists hold clinical context); a counselor sees their own, the head
everything. Each line opens the client.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import KnownError
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.services import anonymise, referrals, sessions
from lk3_desktop.services.anonymise import DueClient
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals import ReferralRow
from lk3_desktop.services.sessions import UnsignedNote
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.style import set_role

CLIENT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Attention:
    overdue: list[ReferralRow]
    unsigned: list[UnsignedNote]
    due: list[DueClient]


# A long list of clients due for anonymisation helps no one on Beranda; Settings lists all.
MAX_DUE_SHOWN = 5


def load_attention(session: UserSession) -> Attention:
    """What needs attention for the signed-in person (runs on the lane)."""
    if session.actor.role is Role.STAF:
        return Attention([], [], [])
    due: list[DueClient] = []
    if allowed(session.actor.role, Permission.MANAGE_PERSONAL_DATA):
        due = anonymise.due_clients(session)
    return Attention(referrals.overdue_referrals(session), sessions.unsigned_notes(session), due)


class AttentionPanel(QFrame):
    openClient = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self.setAccessibleName(self.tr("Needs attention"))
        set_role(self, "card")
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        heading = QLabel(self.tr("Needs attention"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        self.items = QListWidget(self)
        self.items.setObjectName("attentionList")
        self.items.setAccessibleName(self.tr("Follow-ups and notes that need attention"))
        self.items.itemActivated.connect(self._activated)
        layout.addWidget(self.items)
        self.empty = QLabel(self.tr("Nothing is overdue."), self)
        self.empty.setObjectName("attentionEmpty")
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        self.setMaximumWidth(820)
        self.hide()

    def reload(self) -> None:
        session = self._context.session
        if session is None or session.actor.role is Role.STAF:
            self.hide()
            return
        self._context.lane.run(self, lambda: load_attention(session), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.hide()

    def _show(self, found: Attention) -> None:
        self.items.clear()
        for row in found.overdue:
            text = self.tr("Referral of %1 to %2: follow-up was due %3").replace(
                "%1", row.client_name
            )
            text = text.replace("%2", row.partner_name)
            text = text.replace("%3", format_date_id(row.follow_up_on) if row.follow_up_on else "")
            self._add(text, row.client_id)
        for note in found.unsigned:
            text = (
                self.tr("Session note of %1 (%2) is not signed after %n day(s)", "", note.days_old)
                .replace("%1", note.client_name)
                .replace("%2", format_date_id(note.session_date))
            )
            self._add(text, note.client_id)
        for client in found.due[:MAX_DUE_SHOWN]:
            text = (
                self.tr("Retention period of %1 ended %2: the data may be anonymised (Documents)")
                .replace("%1", client.full_name)
                .replace("%2", format_date_id(client.eligible_from))
            )
            self._add(text, client.client_id)
        hidden = len(found.due) - MAX_DUE_SHOWN
        if hidden > 0:
            more = self.tr(
                "%n more client(s) past the retention period: Settings > General", "", hidden
            )
            self._add(more, 0)
        self.items.setVisible(self.items.count() > 0)
        self.empty.setVisible(self.items.count() == 0)
        self.items.setFixedHeight(min(self.items.count(), 6) * 26 + 6)
        self.show()

    def _add(self, text: str, client_id: int) -> None:
        item = QListWidgetItem(text, self.items)
        item.setData(CLIENT_ROLE, client_id)

    def _activated(self, item: QListWidgetItem) -> None:
        client_id = int(item.data(CLIENT_ROLE))
        if client_id:
            self.openClient.emit(client_id)
