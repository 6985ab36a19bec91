"""The Backup tab (Cadangan): back up now, the last backup time, the reminder interval (head),
and restore (head). Long work runs on the lane; nothing here reads a file itself.

A running backup can be cancelled: the writer notices between pages and steps, removes its
temporary files and leaves nothing at the chosen name. A finished backup can be given its
label (a PDF with the audit chain head at backup time), printed or saved.

A restore is checked completely (seal, hashes, key, integrity) while the head is still signed
in; only then is the session signed out and the data folder's contents moved aside. The app
must be started again afterwards, and the tab says so. :func:`confirm_restore` names the
backup before anything is restored; the sign-in window's restore of a damaged database asks
with it too.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
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

from lk3_desktop.core.errors import DiskFull, OperationCancelled
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.documents.recovery_card import short_database_id
from lk3_desktop.services import accounts
from lk3_desktop.services import backup as backups
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs, pdf_printing
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import datetime_text
from lk3_desktop.ui.field_feedback import StatusMessage, capped_body, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, ignore
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.style import set_flag


def _quit_application() -> None:
    QTimer.singleShot(0, QApplication.quit)


def _local_time(when: datetime) -> str:
    """This computer's local time, as every date and time is written for people."""
    return datetime_text(when)


def _left(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def restore_summary(info: backups.BackupInfo) -> str:
    """What a backup is, in lines a person compares with its label: center, date, schema,
    database id, file and the audit chain head at backup time."""
    return (
        QCoreApplication.translate(
            "BackupTab",
            "Center: %1\nBackup made on: %2\nSchema version: %3\nDatabase id: %4\nFile: %5\n"
            "Audit chain head: %6",
        )
        .replace("%1", info.center_name or "-")
        .replace("%2", _local_time(info.created_at))
        .replace("%3", info.schema_revision or "?")
        .replace("%4", short_database_id(info.database_id) or "-")
        .replace("%5", info.path.name)
        .replace("%6", info.audit_head or "-")
    )


def other_database_warning(info: backups.BackupInfo) -> str:
    return (
        QCoreApplication.translate(
            "BackupTab",
            "This backup is of ANOTHER database (%1, database id %2), not of the one in this "
            "data folder. Restoring it replaces this office's data with that one's.",
        )
        .replace("%1", info.center_name or "-")
        .replace("%2", short_database_id(info.database_id) or "-")
    )


def confirm_restore(
    parent: QWidget | None,
    info: backups.BackupInfo,
    consequence: str,
    ok_text: str,
    *,
    other_database: bool = False,
) -> bool:
    """Name the backup (:func:`restore_summary`: read once it is unlocked, so the center is
    known) and what restoring it does, before anything is restored; a backup of another
    database says so first. True only when the person chose to restore. ``consequence`` may
    use %1 for the backup's date."""
    text = restore_summary(info) + "\n\n" + consequence.replace("%1", _local_time(info.created_at))
    if other_database:
        text = other_database_warning(info) + "\n\n" + text
    return dialogs.confirm(
        parent,
        QCoreApplication.translate("BackupTab", "Restore from a backup"),
        text,
        ok_text=ok_text,
        destructive=True,
    )


def ask_label_printer(parent: QWidget | None) -> QPrinter | None:
    """Let the person choose a printer for a backup label; None when they cancel."""
    return pdf_printing.ask_printer(
        parent,
        QCoreApplication.translate("BackupTab", "Backup label"),
        QCoreApplication.translate("BackupTab", "Print backup label"),
        "backupLabelPrintDialog",
    )


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
        self.ask_printer: Callable[[QWidget | None], QPrinter | None] = ask_label_printer
        self._backup_op: Operation[backups.BackupInfo] | None = None  # while a backup runs
        self._last_backup: Path | None = None  # made in this session: the label's default
        layout = capped_body(self)

        backup_box = QGroupBox(self.tr("Back up"), self)
        self.backup_box = backup_box
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
        self.label_print_button = QPushButton(self.tr("Print label…"), backup_box)
        self.label_print_button.setObjectName("backupLabelPrintButton")
        self.label_print_button.setAccessibleName(self.tr("Print the backup label"))
        self.label_print_button.clicked.connect(self.print_label)
        self.label_save_button = QPushButton(self.tr("Save label as PDF…"), backup_box)
        self.label_save_button.setObjectName("backupLabelSaveButton")
        self.label_save_button.setAccessibleName(self.tr("Save the backup label as PDF"))
        self.label_save_button.clicked.connect(self.save_label)
        backup_layout.addLayout(
            _left(self.backup_button, self.label_print_button, self.label_save_button)
        )
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(backup_box)
        self.progress.setObjectName("backupProgress")
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.setRange(0, 4)
        self.progress.hide()
        progress_row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), backup_box)
        self.cancel_button.setObjectName("backupCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel the backup"))
        self.cancel_button.clicked.connect(self.cancel_backup)
        self.cancel_button.hide()
        progress_row.addWidget(self.cancel_button)
        backup_layout.addLayout(progress_row)
        self.status = StatusMessage("backupStatus", self.tr("Backup status"), backup_box)
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
        self.reminder_status = StatusMessage(
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
        self.auto_status = StatusMessage(
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

        self._connect_signals()

    def _connect_signals(self) -> None:
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
            self._last_backup = None
            self._stored_auto = None
            self.auto_folder.clear()
            self.last_backup.clear()
            self._stored_days = None
            self.restore_box.setVisible(False)
            return
        # Backups are the head's: the service refuses anyone else (issue 11 item 17).
        self.backup_box.setVisible(allowed(session.actor.role, Permission.MAKE_BACKUP))
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
        suggested = str(dialogs.default_folder() / backups.suggested_filename())
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
        self._label_busy(True)  # a label waits for the backup it would describe
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        emit = self.progress_changed.emit
        op: Operation[backups.BackupInfo] = Operation(
            self._context,
            self,
            lambda s: backups.back_up(s, target, emit, op.cancelled),
            self._backed_up,
        ).failure(self._backup_failed)
        self._backup_op = op
        op.run()

    def cancel_backup(self) -> None:
        """Ask the running backup to stop; it says so when it has cleaned up."""
        if self._backup_op is None:
            return
        self._backup_op.cancel()
        self.cancel_button.setEnabled(False)
        self.status.show_hint(self.tr("Cancelling the backup…"))

    def _backup_ended(self) -> None:
        self._backup_op = None
        self.progress.hide()
        self.cancel_button.hide()
        self.backup_button.setEnabled(True)
        self._label_busy(False)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _backed_up(self, info: backups.BackupInfo) -> None:
        self._backup_ended()
        self._last_backup = info.path
        self._show_last(info.created_at)
        self.status.show_good(
            self.tr(
                "Backup written and verified: %1. Audit chain head for its label: %2. "
                "Print the label or save it as PDF and keep it with the backup."
            )
            .replace("%1", info.path.name)
            .replace("%2", info.audit_head or "-")
        )

    def _backup_failed(self, exc: BaseException) -> None:
        self._backup_ended()
        if isinstance(exc, OperationCancelled):
            # Asked for, not a failure: nothing was written, nothing to report.
            self.status.show_hint(self.tr("Backup cancelled."))
            return
        self.status.show_error(message_for(exc))
        pass_to_crash_handler(exc)

    # -- the backup label -------------------------------------------------------------------

    def _label_source(self) -> Path | None:
        """The backup made in this session, else one the person chooses."""
        if self._last_backup is not None and self._last_backup.is_file():
            return self._last_backup
        chosen = dialogs.choose_open_file(
            self, self.tr("Backup label"), self.tr("LK3 backup (*.lk3backup)")
        )
        return Path(chosen) if chosen else None

    def _label_busy(self, busy: bool) -> None:
        self.label_print_button.setEnabled(not busy)
        self.label_save_button.setEnabled(not busy)

    def save_label(self) -> None:
        """Write the label of a backup as an A4 PDF where the person chooses."""
        source = self._label_source()
        if source is None:
            return
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Save backup label"),
            str(source.with_name(backups.label_filename(source))),
            self.tr("PDF documents (*.pdf)"),
            "pdf",
        )
        if not chosen:
            return
        target = dialogs.with_pdf_suffix(Path(chosen))

        def work(session: UserSession) -> Path:
            pdf_printing.write_private_file(target, backups.backup_label_pdf(session, source))
            return target

        self.status.clear_message()
        Operation(self._context, self, work, self._label_saved).busy(self._label_busy).failure(
            self._label_failed
        ).run()

    def _label_saved(self, path: Path) -> None:
        self.status.show_good(self.tr("Label saved as %1.").replace("%1", path.name))

    def print_label(self) -> None:
        """Print the label of a backup on a printer the person chooses."""
        source = self._label_source()
        if source is None:
            return
        self.status.clear_message()
        (
            Operation(
                self._context,
                self,
                lambda s: backups.backup_label_pdf(s, source),
                self._print_rendered,
            )
            .busy(self._label_busy)
            .failure(self._label_failed)
            .run()
        )

    def _print_rendered(self, pdf: bytes) -> None:
        printer = self.ask_printer(self)
        if printer is None:
            return
        try:
            pdf_printing.print_pdf(pdf, printer)
        except OSError:
            self.status.show_error(
                self.tr("The label could not be printed. Check the printer and try again.")
            )
            return
        self.status.show_good(self.tr("The label was sent to the printer."))

    def _label_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
            self.status.show_error(
                message_for(DiskFull())
                if full
                else self.tr("The label could not be saved there. Choose another folder.")
            )
            return
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
        (
            Operation.sessionless(
                self._context, self, lambda: backups.describe_backup(path), self._confirm_restore
            )
            .busy(lambda busy: self.restore_button.setEnabled(not busy))
            .failure(self._restore_failed)
            .run()
        )

    def _confirm_restore(self, info: backups.BackupInfo) -> None:
        """The file's seal held: unlock it with the head's password (the slot inside the
        backup), then name it, center included, and ask."""
        session = self._context.session
        if session is None:
            return
        context = self._context
        dialog = PasswordPromptDialog(
            context,
            self,
            title=self.tr("Restore from a backup"),
            text=self.tr("Enter your password as it was when the backup was made."),
            ok_text=self.tr("Check the backup"),
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
        consequence = self.tr(
            "Restoring replaces ALL data in this data folder with this backup: whatever was "
            "entered after %1 will no longer be in the database (it stays in the folder kept "
            "aside). You will be signed out, and LK3 Desktop must be started again afterwards."
        )
        if not confirm_restore(
            self,
            staged.info,
            consequence,
            self.tr("Restore and sign out"),
            other_database=staged.other_database,
        ):
            Operation.sessionless(context, self, staged.discard, ignore).failure(ignore).run()
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
            return staged.commit(accept_other_database=True)  # named and agreed to above

        # sessionless: the session was closed just above; ``work`` signs it out
        Operation.sessionless(self._context, self, work, self._restored).failure(
            self._commit_failed
        ).run()

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
