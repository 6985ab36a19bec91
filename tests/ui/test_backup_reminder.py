"""Beranda's backup reminder: shown when no backup was made within the head's interval."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from lk3_desktop.services import backup
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.pages.backup_reminder import BackupReminder, load_backup_state


def test_reminds_until_a_backup_is_made(context: AppContext, tmp_path: Path, qtbot: QtBot) -> None:
    reminder = BackupReminder(context)
    qtbot.addWidget(reminder)
    reminder.reload()
    qtbot.waitUntil(lambda: not reminder.isHidden(), timeout=30_000)
    assert reminder.text.text().startswith("No backup of this database has been made yet.")

    session = context.require_session()
    backup.back_up(session, tmp_path)
    reminder.reload()
    qtbot.waitUntil(reminder.isHidden, timeout=30_000)

    last = backup.last_backup_at(session)
    assert last is not None
    later = load_backup_state(session, last + timedelta(days=9))
    assert later.overdue and later.days_since == 9 and later.reminder_days == 7
    reminder._show(later)
    assert "9 day" in reminder.text.text() and not reminder.isHidden()


def test_hidden_without_a_session(context: AppContext, qtbot: QtBot) -> None:
    reminder = BackupReminder(context)
    qtbot.addWidget(reminder)
    context.set_session(None)
    reminder.reload()
    assert reminder.isHidden()
