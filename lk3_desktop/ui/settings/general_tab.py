"""The General tab: interface language (this computer) and automatic lock (the whole office).

The language lives in QSettings, which must never hold personal data; the lock delay lives in
the encrypted database and only the head changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs, i18n
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage, capped_body, pass_to_crash_handler
from lk3_desktop.ui.messages import message_for

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
        self.language = QComboBox(language_box)
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
        self.auto_lock_status = FieldMessage("autoLockStatus", self.tr("Automatic lock status"))
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
        self.hide_names_status = FieldMessage("hideNamesStatus", self.tr("Screen privacy status"))
        privacy_form.addRow(self.hide_names_status)
        layout.addWidget(privacy_box)
        layout.addStretch(1)

        self._load_language()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.auto_lock.valueChanged.connect(self._minutes_edited)
        self.auto_lock_save.clicked.connect(self.save_auto_lock)
        self.hide_names.toggled.connect(self.save_hide_names)

    # -- language (this computer) -----------------------------------------------------------

    def _load_language(self) -> None:
        index = self.language.findData(i18n.preferred_language(ui_settings()))
        self.language.setCurrentIndex(index if index >= 0 else 0)

    def _language_chosen(self, _index: int) -> None:
        i18n.set_preferred_language(str(self.language.currentData()), ui_settings())

    # -- automatic lock (the office) --------------------------------------------------------

    def session_changed(self, session: UserSession | None) -> None:
        self.auto_lock_status.clear_message()
        if session is None:
            self._stored_minutes = None
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
