"""The General tab: interface language (this computer), automatic lock, screen privacy and the
retention period of closed cases (the whole office).

The language lives in QSettings, which must never hold personal data; the office settings live
in the encrypted database and only the head changes them. The head also sees which clients are
due for anonymisation (their last case closed longer ago than the retention period).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import anonymise
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services.anonymise import DueClient
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs, i18n
from lk3_desktop.ui.clients.form_parts import long_date
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage, capped_body, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, show_failure
from lk3_desktop.ui.table_columns import fit_columns

# Each language is named in itself, so anyone can find their own: never translated.
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (("id", "Bahasa Indonesia"), ("en", "English"))


def ui_settings() -> QSettings:
    """This computer's interface preferences (tests point this at a temporary file)."""
    return QSettings()


class GeneralTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalTab")
        self._context = context
        self._stored_minutes: int | None = None
        self._can_change = False

        layout = capped_body(self)

        language_box = QGroupBox(self.tr("Language"), self)
        language_form = QFormLayout(language_box)
        self.language = ComboBox(language_box)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        language_form.addRow(self.tr("Interface language"), self.language)
        self.language_note = QLabel(
            self.tr(
                "The new language is used after LK3 Desktop is restarted. Official documents "
                "are always in Indonesian."
            ),
            language_box,
        )
        self.language_note.setObjectName("languageRestartNote")
        self.language_note.setWordWrap(True)
        language_form.addRow(self.language_note)
        layout.addWidget(language_box)

        lock_box = QGroupBox(self.tr("Automatic lock"), self)
        lock_form = QFormLayout(lock_box)
        row = QHBoxLayout()
        self.auto_lock = QSpinBox(lock_box)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setMinimumWidth(130)
        row.addWidget(self.auto_lock)
        self.auto_lock_save = QPushButton(self.tr("Save"), lock_box)
        self.auto_lock_save.setObjectName("autoLockSave")
        self.auto_lock_save.setAccessibleName(self.tr("Save the automatic lock time"))
        self.auto_lock_save.setEnabled(False)
        row.addWidget(self.auto_lock_save)
        row.addStretch(1)
        lock_form.addRow(self.tr("Lock after"), row)
        self.auto_lock_note = QLabel(lock_box)
        self.auto_lock_note.setObjectName("autoLockNote")
        self.auto_lock_note.setWordWrap(True)
        lock_form.addRow(self.auto_lock_note)
        self.auto_lock_status = StatusMessage("autoLockStatus", self.tr("Automatic lock status"))
        lock_form.addRow(self.auto_lock_status)
        layout.addWidget(lock_box)

        privacy_box = QGroupBox(self.tr("Screen privacy"), self)
        privacy_form = QFormLayout(privacy_box)
        self.hide_names = QCheckBox(
            self.tr("Hide client names in lists until a row is selected"), privacy_box
        )
        self.hide_names.setObjectName("hideNamesCheck")
        self.hide_names.setAccessibleName(
            self.tr("Hide client names in lists until a row is selected")
        )
        privacy_form.addRow(self.hide_names)
        self.hide_names_note = QLabel(
            self.tr(
                "For offices where clients sit facing the screen: the client list shows "
                "initials only, and the full name of the selected client."
            ),
            privacy_box,
        )
        self.hide_names_note.setObjectName("hideNamesNote")
        self.hide_names_note.setWordWrap(True)
        privacy_form.addRow(self.hide_names_note)
        self.hide_names_status = StatusMessage("hideNamesStatus", self.tr("Screen privacy status"))
        privacy_form.addRow(self.hide_names_status)
        layout.addWidget(privacy_box)
        layout.addWidget(self._build_retention_box())
        layout.addStretch(1)

        self._load_and_connect()

    def _load_and_connect(self) -> None:
        self._load_language()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.auto_lock.valueChanged.connect(self._minutes_edited)
        self.auto_lock_save.clicked.connect(self.save_auto_lock)
        self.hide_names.toggled.connect(self.save_hide_names)
        self.retention.valueChanged.connect(self._years_edited)
        self.retention_save.clicked.connect(self.save_retention)

    def _build_retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Retention of closed cases"), self)
        box.setObjectName("retentionBox")
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.retention = QSpinBox(box)
        self.retention.setObjectName("retentionYears")
        self.retention.setAccessibleName(self.tr("Retention period for closed cases, in years"))
        self.retention.setRange(anonymise.RETENTION_MIN_YEARS, anonymise.RETENTION_MAX_YEARS)
        self._years_suffix(self.retention.value())
        self.retention.setMinimumWidth(130)
        row.addWidget(self.retention)
        self.retention_save = QPushButton(self.tr("Save"), box)
        self.retention_save.setObjectName("retentionSave")
        self.retention_save.setAccessibleName(self.tr("Save the retention period"))
        self.retention_save.setEnabled(False)
        row.addWidget(self.retention_save)
        row.addStretch(1)
        form.addRow(self.tr("Retention period"), row)
        self.retention_note = QLabel(
            self.tr(
                "When a client's last case has been closed this long, the head of the center "
                "may anonymise the client on the client page (Documents tab)."
            ),
            box,
        )
        self.retention_note.setObjectName("retentionNote")
        self.retention_note.setWordWrap(True)
        form.addRow(self.retention_note)
        self.retention_status = StatusMessage("retentionStatus", self.tr("Retention status"))
        form.addRow(self.retention_status)
        self.due_label = QLabel(box)
        self.due_label.setObjectName("dueClientsCount")
        self.due_label.setWordWrap(True)
        form.addRow(self.due_label)
        self.due_model: RecordsModel[DueClient] = RecordsModel(
            [
                Column(self.tr("No."), lambda d: str(d.client_id)),
                Column(self.tr("Client"), lambda d: d.full_name, tooltip=lambda d: d.full_name),
                Column(self.tr("Last case closed"), lambda d: long_date(d.last_closed_on)),
                Column(self.tr("Due since"), lambda d: long_date(d.eligible_from)),
            ],
            self,
        )
        self.due_table = QTableView(box)
        self.due_table.setObjectName("dueClientsTable")
        self.due_table.setAccessibleName(self.tr("Clients due for anonymisation"))
        self.due_table.setModel(self.due_model)
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.setWordWrap(False)
        self.due_table.verticalHeader().hide()
        fit_columns(self.due_table, 1)
        self._fit_due(1)
        self.due_table.hide()
        form.addRow(self.due_table)
        self._stored_years: int | None = None
        self._due_stale = True
        return box

    # -- language (this computer) -----------------------------------------------------------

    def _load_language(self) -> None:
        index = self.language.findData(i18n.preferred_language(ui_settings()))
        self.language.setCurrentIndex(index if index >= 0 else 0)

    def _language_chosen(self, _index: int) -> None:
        i18n.set_preferred_language(str(self.language.currentData()), ui_settings())

    # -- automatic lock (the office) --------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        self.auto_lock_status.clear_message()
        self.retention_status.clear_message()
        self.due_model.set_records([])
        self.due_label.clear()
        self.due_table.hide()
        if session is None:
            self._stored_minutes = None
            self._stored_years = None
            self.auto_lock.setValue(self.auto_lock.minimum())
            self.hide_names_status.clear_message()
            return
        self._can_change = allowed(session.actor.role, Permission.CHANGE_SETTINGS)
        minutes = int(office_settings.get_setting(session, office_settings.AUTO_LOCK_MINUTES))
        self._stored_minutes = minutes
        self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(minutes)
        self.auto_lock.blockSignals(False)
        hide = bool(office_settings.get_setting(session, office_settings.HIDE_NAMES))
        self.hide_names.blockSignals(True)
        self.hide_names.setChecked(hide)
        self.hide_names.blockSignals(False)
        self.hide_names.setEnabled(self._can_change)
        self.hide_names_status.clear_message()
        self.auto_lock.setReadOnly(not self._can_change)
        self.auto_lock.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if self._can_change
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        self.auto_lock_save.setVisible(self._can_change)
        self.auto_lock_save.setEnabled(False)
        self.auto_lock_note.setText(
            self.tr(
                "LK3 Desktop locks itself when nobody has used it for this long. This applies "
                "to everyone on this database."
            )
            if self._can_change
            else self.tr("Set by the head of the center for everyone on this database.")
        )
        self._load_retention(session)

    def _minutes_edited(self, value: int) -> None:
        self.auto_lock_status.clear_message()
        self.auto_lock_save.setEnabled(self._can_change and value != self._stored_minutes)

    def save_auto_lock(self) -> None:
        session = self._context.session
        if session is None or not self._can_change:
            return
        value = self.auto_lock.value()
        try:
            office_settings.set_setting(session, office_settings.AUTO_LOCK_MINUTES, value)
        except Exception as exc:
            dialogs.warn(self, self.tr("Automatic lock"), message_for(exc))
            pass_to_crash_handler(exc)
            return
        self._stored_minutes = value
        self.auto_lock_save.setEnabled(False)
        self.auto_lock_status.show_good(self.tr("Saved."))

    # -- screen privacy (the office) --------------------------------------------------------

    def save_hide_names(self, checked: bool) -> None:
        session = self._context.session
        if session is None or not self._can_change:
            return
        try:
            office_settings.set_setting(session, office_settings.HIDE_NAMES, checked)
        except Exception as exc:
            self.hide_names.blockSignals(True)
            self.hide_names.setChecked(not checked)
            self.hide_names.blockSignals(False)
            dialogs.warn(self, self.tr("Screen privacy"), message_for(exc))
            pass_to_crash_handler(exc)
            return
        self.hide_names_status.show_good(self.tr("Saved."))
        self._context.settings_changed.emit(office_settings.HIDE_NAMES)

    # -- retention of closed cases (the office) --------------------------------------------

    def _load_retention(self, session: UserSession) -> None:
        years = anonymise.retention_years(session)
        self._stored_years = years
        self.retention.blockSignals(True)
        self.retention.setValue(years)
        self.retention.blockSignals(False)
        self._years_suffix(years)
        self.retention.setReadOnly(not self._can_change)
        self.retention.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if self._can_change
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        self.retention_save.setVisible(self._can_change)
        self.retention_save.setEnabled(False)
        # who is due names clients: only the head, who decides on anonymising, sees the list
        heads = allowed(session.actor.role, Permission.MANAGE_PERSONAL_DATA)
        self.due_label.setVisible(heads)
        self._due_stale = heads
        if heads and self.isVisible():
            self.load_due_clients()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._due_stale:
            self.load_due_clients()

    def load_due_clients(self) -> None:
        """Read the clients due for anonymisation on the lane (the list grows with the data)."""
        session = self._context.session
        if session is None or not allowed(session.actor.role, Permission.MANAGE_PERSONAL_DATA):
            return
        self._due_stale = False
        self.due_label.setText(self.tr("Looking for clients due for anonymisation…"))

        def done(due: list[DueClient]) -> None:
            self.due_model.set_records(due)
            self._fit_due(len(due))
            self.due_table.setVisible(bool(due))
            if len(due) == 1:
                self.due_label.setText(self.tr("One client is due for anonymisation:"))
            elif due:
                self.due_label.setText(
                    self.tr("%1 clients are due for anonymisation:").replace("%1", str(len(due)))
                )
            else:
                self.due_label.setText(self.tr("No client is due for anonymisation."))

        def failed(exc: BaseException) -> None:
            self.due_label.clear()
            show_failure(self, self.tr("Retention of closed cases"), exc)

        Operation(self._context, self, anonymise.due_clients, done).failure(failed).run()

    def _fit_due(self, rows: int) -> None:
        """As tall as its rows, up to five; more scroll inside the table."""
        self.due_table.setFixedHeight(
            self.due_table.horizontalHeader().sizeHint().height()
            + min(max(rows, 1), 5) * self.due_table.verticalHeader().defaultSectionSize()
            + 2 * self.due_table.frameWidth()
        )

    def _years_suffix(self, value: int) -> None:
        self.retention.setSuffix(self.tr(" year") if value == 1 else self.tr(" years"))

    def _years_edited(self, value: int) -> None:
        self._years_suffix(value)
        self.retention_status.clear_message()
        self.retention_save.setEnabled(self._can_change and value != self._stored_years)

    def save_retention(self) -> None:
        session = self._context.session
        if session is None or not self._can_change:
            return
        value = self.retention.value()
        try:
            anonymise.set_retention_years(session, value)
        except Exception as exc:
            dialogs.warn(self, self.tr("Retention of closed cases"), message_for(exc))
            pass_to_crash_handler(exc)
            return
        self._stored_years = value
        self.retention_save.setEnabled(False)
        self.retention_status.show_good(self.tr("Saved."))
        self.load_due_clients()  # a new period changes who is due
