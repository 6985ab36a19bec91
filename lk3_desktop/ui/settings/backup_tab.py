"""The Backup tab (Cadangan): back up now, the last backup time, the reminder interval (head),
and restore (head). Long work runs on the lane; nothing here reads a file itself.

A restore is checked completely (seal, hashes, key, integrity) while the head is still signed
in; only then is the session signed out and the data folder's contents moved aside. The app
must be started again afterwards, and the tab says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import accounts
from lk3_desktop.services import backup as backups
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage, capped_body, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.style import set_flag


def _quit_application() -> None:
    QTimer.singleShot(0, QApplication.quit)


def _local_time(when: datetime) -> str:
    """This computer's local time, written the same way in every language."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class BackupTab(QWidget):
    progress_changed = Signal(int, int)  # emitted on the lane, delivered on the UI thread

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupTab")
        self._context = context
        self._can_change = False
        self._stored_days: int | None = None
        self._stored_auto: backups.AutoBackupSettings | None = None
        # Called after a restore (the app must start again); tests replace it.
        self.quit_app: Callable[[], None] = _quit_application
        layout = capped_body(self)

        backup_box = QGroupBox(self.tr("Back up"), self)
        backup_layout = QVBoxLayout(backup_box)
        intro = QLabel(
            self.tr(
                "A backup holds the whole encrypted database and its key slots in one file. "
                "Keep it on a separate drive, locked away: it cannot be opened without a "
                "password or the recovery card."
            ),
            backup_box,
        )
        intro.setWordWrap(True)
        backup_layout.addWidget(intro)
        self.last_backup = QLabel(backup_box)
        self.last_backup.setObjectName("lastBackupValue")
        self.last_backup.setAccessibleName(self.tr("Last backup"))
        self.last_backup.setWordWrap(True)
        backup_layout.addWidget(self.last_backup)
        self.backup_button = QPushButton(self.tr("Back up now…"), backup_box)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        backup_layout.addLayout(_left(self.backup_button))
        self.progress = QProgressBar(backup_box)
        self.progress.setObjectName("backupProgress")
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.setRange(0, 4)
        self.progress.hide()
        backup_layout.addWidget(self.progress)
        self.status = FieldMessage("backupStatus", self.tr("Backup status"), backup_box)
        backup_layout.addWidget(self.status)
        layout.addWidget(backup_box)

        reminder_box = QGroupBox(self.tr("Reminder"), self)
        reminder_form = QFormLayout(reminder_box)
        row = QHBoxLayout()
        self.reminder = QSpinBox(reminder_box)
        self.reminder.setObjectName("backupReminderDays")
        self.reminder.setAccessibleName(
            self.tr("Remind on Home when the last backup is older than this many days")
        )
        self.reminder.setRange(1, 90)
        self.reminder.setSuffix(self.tr(" days"))
        self.reminder.setMinimumWidth(110)
        row.addWidget(self.reminder)
        self.reminder_save = QPushButton(self.tr("Save"), reminder_box)
        self.reminder_save.setObjectName("backupReminderSave")
        self.reminder_save.setAccessibleName(self.tr("Save the backup reminder"))
        self.reminder_save.setEnabled(False)
        row.addWidget(self.reminder_save)
        row.addStretch(1)
        reminder_form.addRow(self.tr("Remind after"), row)
        self.reminder_status = FieldMessage(
            "backupReminderStatus", self.tr("Backup reminder status"), reminder_box
        )
        reminder_form.addRow(self.reminder_status)
        layout.addWidget(reminder_box)

        auto_box = QGroupBox(self.tr("Back up automatically when LK3 Desktop closes"), self)
        auto_box.setObjectName("autoBackupBox")
        auto_form = QFormLayout(auto_box)
        folder_row = QHBoxLayout()
        self.auto_folder = QLineEdit(auto_box)
        self.auto_folder.setObjectName("autoBackupFolder")
        self.auto_folder.setAccessibleName(self.tr("Folder for automatic backups"))
        self.auto_folder.setReadOnly(True)
        self.auto_folder.setPlaceholderText(self.tr("Off"))
        folder_row.addWidget(self.auto_folder, 1)
        self.auto_choose = QPushButton(self.tr("Choose folder…"), auto_box)
        self.auto_choose.setObjectName("autoBackupChoose")
        self.auto_choose.setAccessibleName(self.tr("Choose the folder for automatic backups"))
        folder_row.addWidget(self.auto_choose)
        self.auto_off = QPushButton(self.tr("Turn off"), auto_box)
        self.auto_off.setObjectName("autoBackupOff")
        self.auto_off.setAccessibleName(self.tr("Turn off the automatic backup"))
        folder_row.addWidget(self.auto_off)
        auto_form.addRow(self.tr("Folder"), folder_row)
        keep_row = QHBoxLayout()
        self.auto_keep = QSpinBox(auto_box)
        self.auto_keep.setObjectName("autoBackupKeep")
        self.auto_keep.setAccessibleName(self.tr("Number of automatic backups kept"))
        self.auto_keep.setRange(1, backups.MAX_AUTO_KEEP)
        self.auto_keep.setValue(backups.DEFAULT_AUTO_KEEP)
        self.auto_keep.setMinimumWidth(110)
        keep_row.addWidget(self.auto_keep)
        self.auto_save = QPushButton(self.tr("Save"), auto_box)
        self.auto_save.setObjectName("autoBackupSave")
        self.auto_save.setAccessibleName(self.tr("Save the automatic backup settings"))
        self.auto_save.setEnabled(False)
        keep_row.addWidget(self.auto_save)
        keep_row.addStretch(1)
        auto_form.addRow(self.tr("Keep the newest"), keep_row)
        self.auto_note = QLabel(
            self.tr(
                "Older automatic backups in this folder are deleted; other files are never touched."
            ),
            auto_box,
        )
        self.auto_note.setObjectName("autoBackupNote")
        self.auto_note.setWordWrap(True)
        auto_form.addRow(self.auto_note)
        self.auto_status = FieldMessage(
            "autoBackupStatus", self.tr("Automatic backup status"), auto_box
        )
        auto_form.addRow(self.auto_status)
        layout.addWidget(auto_box)

        self.restore_box = QGroupBox(self.tr("Restore"), self)
        self.restore_box.setObjectName("restoreBox")
        restore_layout = QVBoxLayout(self.restore_box)
        restore_text = QLabel(
            self.tr(
                "Restoring replaces all data in this data folder with the contents of a "
                "backup. The current data is not deleted: it is moved to a folder beside it. "
                "Afterwards LK3 Desktop must be started again."
            ),
            self.restore_box,
        )
        restore_text.setWordWrap(True)
        restore_layout.addWidget(restore_text)
        self.restore_button = QPushButton(self.tr("Restore…"), self.restore_box)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        set_flag(self.restore_button, "destructive", True)
        self.restore_button.clicked.connect(self.restore)
        restore_layout.addLayout(_left(self.restore_button))
        layout.addWidget(self.restore_box)
        layout.addStretch(1)

        self.progress_changed.connect(self._show_progress)
        self.reminder.valueChanged.connect(self._days_edited)
        self.reminder_save.clicked.connect(self.save_reminder)
        self.auto_choose.clicked.connect(self.choose_auto_folder)
        self.auto_off.clicked.connect(self._auto_turned_off)
        self.auto_keep.valueChanged.connect(lambda _v: self._auto_edited())
        self.auto_save.clicked.connect(self.save_auto)

    # -- session ----------------------------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        self.status.clear_message()
        self.reminder_status.clear_message()
        self.auto_status.clear_message()
        if session is None:
            self._stored_auto = None
            self.auto_folder.clear()
            self.last_backup.clear()
            self._stored_days = None
            self.restore_box.setVisible(False)
            return
        self._can_change = allowed(session.actor.role, Permission.CHANGE_SETTINGS)
        self._show_last(backups.last_backup_at(session))
        days = backups.reminder_days(session)
        self._stored_days = days
        self.reminder.blockSignals(True)
        self.reminder.setValue(days)
        self.reminder.blockSignals(False)
        self.reminder.setReadOnly(not self._can_change)
        self.reminder.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if self._can_change
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        self.reminder_save.setVisible(self._can_change)
        self.reminder_save.setEnabled(False)
        self.restore_box.setVisible(allowed(session.actor.role, Permission.MANAGE_USERS))
        self._load_auto(session)

    def _show_last(self, when: datetime | None) -> None:
        if when is None:
            self.last_backup.setText(self.tr("No backup has been made yet."))
            return
        text = _local_time(when)
        self.last_backup.setText(self.tr("Last backup: %1").replace("%1", text))

    # -- backing up -------------------------------------------------------------------------

    def back_up(self) -> None:
        session = self._context.session
        if session is None:
            return
        suggested = str(Path.home() / backups.suggested_filename())
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Back up"),
            suggested,
            self.tr("LK3 backup (*.lk3backup)"),
            backups.SUFFIX.lstrip("."),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix != backups.SUFFIX:
            target = target.with_name(target.name + backups.SUFFIX)
        self.status.clear_message()
        self.backup_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        emit = self.progress_changed.emit
        self._context.lane.run(
            self,
            lambda: backups.back_up(session, target, emit),
            self._backed_up,
            self._backup_failed,
        )

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _backed_up(self, info: backups.BackupInfo) -> None:
        self.progress.hide()
        self.backup_button.setEnabled(True)
        self._show_last(info.created_at)
        self.status.show_good(
            self.tr("Backup written and verified: %1. Write this on its label: %2")
            .replace("%1", info.path.name)
            .replace("%2", info.audit_head)
        )

    def _backup_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.backup_button.setEnabled(True)
        self.status.show_error(message_for(exc))
        pass_to_crash_handler(exc)

    # -- reminder ---------------------------------------------------------------------------

    def _days_edited(self, value: int) -> None:
        self.reminder_status.clear_message()
        self.reminder_save.setEnabled(self._can_change and value != self._stored_days)

    def save_reminder(self) -> None:
        session = self._context.session
        if session is None or not self._can_change:
            return
        value = self.reminder.value()
        try:
            backups.set_reminder_days(session, value)
        except Exception as exc:
            self.reminder_status.show_error(message_for(exc))
            pass_to_crash_handler(exc)
            return
        self._stored_days = value
        self.reminder_save.setEnabled(False)
        self.reminder_status.show_good(self.tr("Saved."))

    # -- restoring --------------------------------------------------------------------------

    def restore(self) -> None:
        if self._context.session is None:
            return
        chosen = dialogs.choose_open_file(
            self, self.tr("Restore from a backup"), self.tr("LK3 backup (*.lk3backup)")
        )
        if not chosen:
            return
        path = Path(chosen)
        self.restore_button.setEnabled(False)
        self._context.lane.run(
            self,
            lambda: backups.describe_backup(path),
            self._confirm_restore,
            self._restore_failed,
        )

    def _confirm_restore(self, info: backups.BackupInfo) -> None:
        self.restore_button.setEnabled(True)
        session = self._context.session
        if session is None:
            return
        made = _local_time(info.created_at)
        text = (
            self.tr(
                "Backup made on %1 at %2 (schema version %3).\n\nRestoring replaces ALL data "
                "in this data folder with this backup: whatever was entered after %1 will no "
                "longer be in the database (it stays in the folder kept aside). You will be "
                "signed out, and LK3 Desktop must be started again afterwards."
            )
            .replace("%1", made)
            .replace("%2", info.center_name)
            .replace("%3", info.schema_revision or "?")
        )
        if not dialogs.confirm(
            self,
            self.tr("Restore from a backup"),
            text,
            ok_text=self.tr("Restore and sign out"),
            destructive=True,
        ):
            return
        context = self._context
        dialog = PasswordPromptDialog(
            context,
            self,
            title=self.tr("Restore from a backup"),
            text=self.tr("Enter your password as it was when the backup was made."),
            ok_text=self.tr("Restore"),
            busy_text=self.tr("Checking the backup…"),
            action=lambda s, password: backups.prepare_restore_with_password(
                info.path, s.folder, context.credential_store, s.actor.username, password
            ),
        )
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        staged = dialog.result_value if accepted else None
        dialog.deleteLater()
        if not isinstance(staged, backups.StagedRestore):
            return
        self._commit(session, staged)

    def _commit(self, session: UserSession, staged: backups.StagedRestore) -> None:
        self._context.set_session(None)  # pages stop; the database closes on the lane

        def work() -> backups.RestoreResult:
            try:
                accounts.logout(session)
            except BaseException:
                staged.discard()
                raise
            return staged.commit()

        self._context.lane.run(self, work, self._restored, self._commit_failed)

    def _restored(self, result: backups.RestoreResult) -> None:
        text = self.tr(
            "The backup was restored. The previous data is kept in %1. LK3 Desktop will now "
            "close: start it again and sign in."
        ).replace("%1", str(result.moved_aside or "-"))
        dialogs.inform(self, self.tr("Backup restored"), text)
        self.quit_app()

    def _commit_failed(self, exc: BaseException) -> None:
        dialogs.error(
            self,
            self.tr("Restore from a backup"),
            message_for(exc)
            + " "
            + self.tr("LK3 Desktop will now close: start it again and sign in."),
        )
        pass_to_crash_handler(exc)
        self.quit_app()

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        dialogs.warn(self, self.tr("Restore from a backup"), message_for(exc))
        pass_to_crash_handler(exc)

    # -- automatic backup on closing --------------------------------------------------------

    def _load_auto(self, session: UserSession) -> None:
        chosen = backups.auto_backup_settings(session)
        self._stored_auto = chosen
        self.auto_folder.setText(chosen.folder)
        self.auto_keep.blockSignals(True)
        self.auto_keep.setValue(chosen.keep)
        self.auto_keep.blockSignals(False)
        self.auto_keep.setReadOnly(not self._can_change)
        self.auto_keep.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if self._can_change
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        for button in (self.auto_choose, self.auto_off, self.auto_save):
            button.setVisible(self._can_change)
        self.auto_save.setEnabled(False)

    def _auto_edited(self) -> None:
        self.auto_status.clear_message()
        stored = self._stored_auto
        current = backups.AutoBackupSettings(self.auto_folder.text(), self.auto_keep.value())
        self.auto_save.setEnabled(self._can_change and current != stored)

    def choose_auto_folder(self) -> None:
        if not self._can_change:
            return
        chosen = dialogs.choose_folder(
            self, self.tr("Folder for automatic backups"), self.auto_folder.text()
        )
        if chosen:
            self.auto_folder.setText(str(Path(chosen)))
            self._auto_edited()

    def _auto_turned_off(self) -> None:
        self.auto_folder.clear()
        self._auto_edited()

    def save_auto(self) -> None:
        session = self._context.session
        if session is None or not self._can_change:
            return
        chosen = backups.AutoBackupSettings(self.auto_folder.text(), self.auto_keep.value())
        try:
            backups.set_auto_backup(session, chosen.folder, chosen.keep)
        except Exception as exc:
            self.auto_status.show_error(message_for(exc))
            pass_to_crash_handler(exc)
            return
        self._stored_auto = chosen
        self.auto_save.setEnabled(False)
        self.auto_status.show_good(self.tr("Saved."))
