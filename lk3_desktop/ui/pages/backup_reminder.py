"""Beranda's backup reminder: shown when the last backup is older than the head's interval
(setting ``backup.reminder_days``, default 7) or when no backup was ever made.

A Beranda section like the others: build it, ``beranda.add_section(reminder)``, then
``reminder.reload()`` after each sign-in and after a backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lk3_desktop.core.errors import KnownError
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import backup
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import set_role


@dataclass(frozen=True)
class BackupState:
    overdue: bool
    days_since: int | None  # None: never backed up
    reminder_days: int


def load_backup_state(session: UserSession, now: datetime | None = None) -> BackupState:
    """Whether to remind, and what to say (runs on the lane)."""
    now = now or datetime.now(UTC)
    last = backup.last_backup_at(session)
    days = None if last is None else max(0, (now - last).days)
    return BackupState(backup.backup_overdue(session, now), days, backup.reminder_days(session))


class BackupReminder(QFrame):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupReminder")
        self.setAccessibleName(self.tr("Backup reminder"))
        set_role(self, "card")
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.text = QLabel(self)
        self.text.setObjectName("backupReminderText")
        self.text.setWordWrap(True)
        set_role(self.text, "warning")
        layout.addWidget(self.text)
        self.hide()

    def reload(self) -> None:
        session = self._context.session
        if session is None or not allowed(session.actor.role, Permission.MAKE_BACKUP):
            self.hide()  # only the head makes backups, so only the head is reminded
            return
        Operation(self._context, self, load_backup_state, self._show).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.hide()

    def _show(self, state: BackupState) -> None:
        if not state.overdue:
            self.hide()
            return
        if state.days_since is None:
            text = self.tr(
                "No backup of this database has been made yet. Make one now in Settings > "
                "Backup and keep it away from this computer."
            )
        else:
            text = self.tr(
                "The last backup is %n day(s) old. Make a new one in Settings > Backup.",
                "",
                state.days_since,
            )
        self.text.setText(text)
        self.show()
