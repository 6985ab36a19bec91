"""Pengaturan: the settings page, one tab per area.

Refreshes whenever the session changes (sign-in, unlock, password change, key rotation) and
shows nothing at all while locked or signed out.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings.audit_tab import AuditTab
from lk3_desktop.ui.settings.backup_tab import BackupTab
from lk3_desktop.ui.settings.checks_tab import ChecksTab
from lk3_desktop.ui.settings.documents_tab import DocumentsTab
from lk3_desktop.ui.settings.general_tab import GeneralTab
from lk3_desktop.ui.settings.lists_tab import ListsTab
from lk3_desktop.ui.settings.profile_tab import ProfileTab
from lk3_desktop.ui.settings.register_import import ImportTab
from lk3_desktop.ui.settings.security_tab import SecurityTab
from lk3_desktop.ui.settings.users_tab import UsersTab


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.setAccessibleName(self.tr("Settings"))
        self._context = context

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        self.empty = QLabel(self)  # while locked: nothing to see
        self.empty.setObjectName("settingsEmpty")
        self.stack.addWidget(self.empty)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.setDocumentMode(True)
        self.general_tab = GeneralTab(context, self.tabs)
        self.security_tab = SecurityTab(context, self.tabs)
        self.users_tab = UsersTab(context, self.tabs)
        self.profile_tab = ProfileTab(context, self.tabs)
        self.tabs.addTab(self.general_tab, self.tr("General"))
        self.tabs.addTab(self.security_tab, self.tr("Security"))
        self.tabs.addTab(self.users_tab, self.tr("Users"))
        self.tabs.addTab(self.profile_tab, self.tr("LK3 profile"))
        self.lists_tab = ListsTab(context, self.tabs)
        self.tabs.addTab(self.lists_tab, self.tr("Lists and letters"))
        self.documents_tab = DocumentsTab(context, self.tabs)
        self.tabs.addTab(self.documents_tab, self.tr("Official documents"))
        self.backup_tab = BackupTab(context, self.tabs)
        self.checks_tab = ChecksTab(context, self.tabs)
        self.tabs.addTab(self.backup_tab, self.tr("Backup"))
        self.tabs.addTab(self.checks_tab, self.tr("Checks"))
        self.import_tab = ImportTab(context, self.tabs)
        self.tabs.addTab(self.import_tab, self.tr("Import"))
        self.audit_tab = AuditTab(context, self.tabs)
        self.tabs.addTab(self.audit_tab, self.tr("Audit trail"))
        self.stack.addWidget(self.tabs)

        context.session_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        session = self._context.session
        users_index = self.tabs.indexOf(self.users_tab)
        audit_index = self.tabs.indexOf(self.audit_tab)
        reads_audit = session is not None and allowed(session.actor.role, Permission.READ_AUDIT)
        if not reads_audit and self.tabs.currentWidget() is self.audit_tab:
            self.tabs.setCurrentWidget(self.general_tab)
        self.tabs.setTabVisible(audit_index, reads_audit)
        self.tabs.setTabEnabled(audit_index, reads_audit)
        if session is None:
            self.stack.setCurrentWidget(self.empty)
            self.tabs.setTabVisible(users_index, False)
        else:
            manages_users = allowed(session.actor.role, Permission.MANAGE_USERS)
            if not manages_users and self.tabs.currentWidget() is self.users_tab:
                self.tabs.setCurrentWidget(self.general_tab)
            self.tabs.setTabVisible(users_index, manages_users)
            self.tabs.setTabEnabled(users_index, manages_users)
            self.stack.setCurrentWidget(self.tabs)
        self.general_tab.session_changed(session)
        self.security_tab.session_changed(session)
        self.profile_tab.session_changed(session)
        self.lists_tab.session_changed(session)
        self.documents_tab.session_changed(session)
        self.backup_tab.session_changed(session)
        self.checks_tab.session_changed(session)
        imports = session is not None and allowed(session.actor.role, Permission.IMPORT_REGISTER)
        if not imports and self.tabs.currentWidget() is self.import_tab:
            self.tabs.setCurrentWidget(self.general_tab)
        import_index = self.tabs.indexOf(self.import_tab)
        self.tabs.setTabVisible(import_index, imports)
        self.tabs.setTabEnabled(import_index, imports)
        self.import_tab.session_changed(session if imports else None)
        self.audit_tab.session_changed(session if reads_audit else None)
        if session is None or allowed(session.actor.role, Permission.MANAGE_USERS):
            self.users_tab.session_changed(session)
        else:
            self.users_tab.session_changed(None)
