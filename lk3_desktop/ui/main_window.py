"""The main window: navigation on the left, pages in the middle, who and how in the status bar.

While locked the central area shows only the lock page; the data pages are destroyed (and built
again after unlocking), the window title is generic and the status bar names nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import KnownError, SessionRevoked
from lk3_desktop.services import accounts, center, settings, system
from lk3_desktop.services.accounts import LockedSession
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs, icons
from lk3_desktop.ui.auto_backup import run_auto_backup
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.labels import protection_short, role_label
from lk3_desktop.ui.lock_screen import (
    DEFAULT_AUTO_LOCK_MINUTES,
    IdleWatcher,
    LockPage,
    close_modal_dialogs,
    lock_session,
)
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.nav_badges import NavBadges
from lk3_desktop.ui.office_changes import OfficeChanges
from lk3_desktop.ui.operations import Operation, ignore, show_failure
from lk3_desktop.ui.pages.beranda import BerandaPage, Overview
from lk3_desktop.ui.preload import forget_module_sources
from lk3_desktop.ui.server_banner import ServerBanner
from lk3_desktop.ui.style import set_role

if TYPE_CHECKING:
    from lk3_desktop.services.office_changes import Changes

APP_TITLE = "LK3 Desktop"
NAV_KEYS = ("beranda", "klien", "jadwal", "rujukan", "laporan", "pengaturan")
SEARCH_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down, Qt.Key.Key_PageDown)


def load_overview(session: UserSession) -> Overview:
    """Everything the window shows about the session (runs on the lane)."""
    info = center.get_center(session)
    minutes = settings.get_setting(session, settings.AUTO_LOCK_MINUTES)
    actor = session.actor
    return Overview(
        full_name=actor.full_name,
        username=actor.username,
        role=actor.role,
        center_name=info.name,
        center_code=info.center_code,
        is_demo=info.is_demo,
        workstation_secret=accounts.protection_mode(session).workstation_secret,
        auto_lock_minutes=int(minutes or DEFAULT_AUTO_LOCK_MINUTES),
        cipher_version=system.cipher_version(session),
        on_server=session.store.on_server,
    )


def _logout(session: UserSession) -> None:
    """Audit the sign-out; the database is closed even when that fails."""
    try:
        accounts.logout(session)
    finally:
        session.store.close()


class MainWindow(QMainWindow):
    signed_out = Signal()  # the person signed out; the app shows the sign-in window

    def __init__(
        self,
        context: AppContext,
        *,
        idle_interval_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_TITLE)
        self.setAccessibleName(APP_TITLE)
        self._context = context
        self._fixed_idle_ms = idle_interval_ms
        self._locked = False
        self._closing = False
        self._backing_up = False  # the automatic backup of closing or signing out is running
        self.overview: Overview | None = None
        self._pages: dict[str, QWidget] = {}
        # Pages other than Beranda are built the first time they are shown (or asked for):
        # building all six at sign-in took most of its time (benchmarks: sign_in).
        self._unbuilt: dict[str, Callable[[], None]] = {}

        self._build_menus()
        self._build_central()
        self._build_status_bar()

        self.idle = IdleWatcher(self._idle_ms(DEFAULT_AUTO_LOCK_MINUTES), self)
        self.idle.idle.connect(lambda: self.lock("idle"))

        context.session_changed.connect(self._on_session_changed)
        context.session_revoked.connect(self._session_revoked)
        context.lane.after_failed.connect(self._written_through_failed)
        context.center_changed.connect(self._reload_overview)
        self._beranda_timer = QTimer(self)
        self._beranda_timer.setSingleShot(True)
        self._beranda_timer.setInterval(250)
        self._beranda_timer.timeout.connect(self._refresh_beranda)
        context.audited.connect(self._audited)
        # Office server: what other workstations commit refreshes what shows here.
        self.office_changes = OfficeChanges(context, self.server_banner, self)
        self.office_changes.changed.connect(self._changed_elsewhere)
        self._fit_to_screen()
        if context.session is not None:
            self._open_session()

    # -- building ---------------------------------------------------------------------------

    def _nav_titles(self) -> dict[str, str]:
        return {
            "beranda": self.tr("Home"),
            "klien": self.tr("Clients"),
            "jadwal": self.tr("Schedule"),
            "rujukan": self.tr("Referrals"),
            "laporan": self.tr("Reports"),
            "pengaturan": self.tr("Settings"),
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self.tr("&Quit application"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.help_menu = help_menu
        self.help_action = QAction(self.tr("&Help for this page"), self)
        self.help_action.setObjectName("helpAction")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&About LK3 Desktop"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        self.central_stack = QStackedWidget(self)
        self.central_stack.setObjectName("centralStack")
        self.setCentralWidget(self.central_stack)

        self.workspace = QWidget(self.central_stack)
        self.workspace.setObjectName("workspace")
        outer = QVBoxLayout(self.workspace)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._build_search_header(outer)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.nav = QListWidget(self.workspace)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        titles = self._nav_titles()
        self.nav_actions: list[QAction] = []
        for index, key in enumerate(NAV_KEYS):
            item = QListWidgetItem(icons.icon(key), titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, titles[key])
            item.setToolTip(f"{titles[key]} (Ctrl+{index + 1})")
            self.nav.addItem(item)
            action = QAction(titles[key], self)
            action.setObjectName(f"navAction{index + 1}")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.addAction(action)
            self.nav_actions.append(action)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav_badges = NavBadges(self.nav)
        body.addWidget(self.nav)

        self.pages = QStackedWidget(self.workspace)
        self.pages.setObjectName("pages")
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)

        self.lock_page = LockPage(self._context, self.central_stack)
        self.lock_page.unlocked.connect(self._unlocked)
        self.lock_page.sign_out_requested.connect(self._signed_out)
        self.central_stack.addWidget(self.workspace)
        self.central_stack.addWidget(self.lock_page)

        self.search_action = QAction(self.tr("Search clients"), self)
        self.search_action.setObjectName("searchAction")
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)
        # the pages and the search in a menu, so their shortcuts can be seen there too
        go_menu = QMenu(self.tr("&Pages"), self)
        go_menu.setObjectName("pagesMenu")
        go_menu.addActions(self.nav_actions)
        go_menu.addSeparator()
        go_menu.addAction(self.search_action)
        self.menuBar().insertMenu(self.help_menu.menuAction(), go_menu)

    def _build_search_header(self, outer: QVBoxLayout) -> None:
        """The office server's banner (hidden until the server stops answering) above the
        global search."""
        self.server_banner = ServerBanner(self.workspace)
        outer.addWidget(self.server_banner)

        header = QWidget(self.workspace)
        header.setObjectName("searchHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(12, 8, 12, 8)
        self.search = QLineEdit(header)
        self.search.setObjectName("globalSearch")
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setPlaceholderText(
            self.tr("Search clients by name, NIK, phone or case number (Ctrl+K)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(640)
        # one search: typing here is typing into the client list's own field
        self.search.textEdited.connect(self._search_clients)
        self.search.installEventFilter(self)
        header_row.addWidget(self.search, 1)
        header_row.addStretch(0)
        outer.addWidget(header)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.user_status = QLabel(bar)
        self.user_status.setObjectName("userStatus")
        self.user_status.setAccessibleName(self.tr("Signed-in user"))
        self.protection_status = QLabel(bar)
        self.protection_status.setObjectName("protectionStatus")
        self.protection_status.setAccessibleName(self.tr("Data protection"))
        self.demo_badge = QLabel(self.tr("DEMO DATA"), bar)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setAccessibleName(self.tr("Demo database"))
        set_role(self.demo_badge, "badge-demo")
        self.demo_badge.hide()
        bar.addPermanentWidget(self.demo_badge)
        bar.addPermanentWidget(self.user_status)
        bar.addPermanentWidget(self.protection_status)

    def _fit_to_screen(self) -> None:
        """A comfortable size that never exceeds the screen (1366x768 laptops)."""
        screen = self.screen()
        if screen is None:
            self.resize(1240, 720)
            return
        area = screen.availableGeometry()
        width, height = min(1280, area.width()), min(800, area.height())
        frame = self.frameGeometry().size() - self.geometry().size()
        self.resize(width - frame.width(), height - max(frame.height(), 32))

    # -- pages ------------------------------------------------------------------------------

    def _make_pages(self) -> None:
        titles = self._nav_titles()
        self.beranda = self._beranda()
        # Beranda grows with today's appointments: it scrolls rather than stretch the window
        # beyond a 1366x768 screen.
        beranda = QScrollArea(self.pages)
        beranda.setObjectName("berandaScroll")
        beranda.setWidgetResizable(True)
        beranda.setFrameShape(QFrame.Shape.NoFrame)
        beranda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        beranda.setWidget(self.beranda)
        self._pages = {
            "beranda": beranda,
            "klien": self._padded("klien", "klienPage", titles["klien"], self._clients_page),
            "jadwal": self._padded("jadwal", "jadwalPage", titles["jadwal"], self._schedule_page),
            "rujukan": self._padded(
                "rujukan", "rujukanPage", titles["rujukan"], self._referrals_page
            ),
            "laporan": self._padded(
                "laporan", "laporanPage", titles["laporan"], self._reports_page
            ),
            "pengaturan": self._settings_page(),
        }
        for key in NAV_KEYS:
            self.pages.addWidget(self._pages[key])
        row = max(self.nav.currentRow(), 0)
        self.nav.setCurrentRow(row)
        self.pages.setCurrentIndex(row)

    def _padded(
        self, key: str, name: str, title: str, build: Callable[[QWidget], QWidget]
    ) -> QWidget:
        """A holder with the margins every page shares; the page inside it is built when it
        is first shown (:meth:`_build_page`)."""
        holder = QWidget(self.pages)
        holder.setObjectName(name)
        holder.setAccessibleName(title)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(24, 16, 24, 12)
        self._unbuilt[key] = lambda: layout.addWidget(build(holder))
        return holder

    def _build_page(self, key: str) -> None:
        """Build the page behind ``key`` now if it is not built yet."""
        build = self._unbuilt.pop(key, None)
        if build is not None:
            build()
            forget_module_sources()  # the page's modules were just imported

    def _built(self, key: str, attribute: str) -> Any:
        self._build_page(key)
        return self.__dict__[attribute]

    @property
    def clients_page(self) -> Any:
        return self._built("klien", "_clients_widget")

    @property
    def schedule_page(self) -> Any:
        return self._built("jadwal", "_schedule_widget")

    @property
    def activities_page(self) -> Any:
        return self._built("jadwal", "_activities_widget")

    @property
    def referrals_page(self) -> Any:
        return self._built("rujukan", "_referrals_widget")

    @property
    def settings_page(self) -> QWidget:
        return self._built("pengaturan", "_settings_widget")  # type: ignore[no-any-return]

    def _beranda(self) -> BerandaPage:
        from lk3_desktop.ui.pages.backup_reminder import BackupReminder
        from lk3_desktop.ui.pages.inbox import InboxPanel
        from lk3_desktop.ui.pages.inbox_routing import open_inbox_item, open_inbox_list
        from lk3_desktop.ui.pages.integrity_banner import IntegrityBanner
        from lk3_desktop.ui.sessions import TodayAppointmentsWidget

        beranda = BerandaPage(self.pages)
        self.inbox = InboxPanel(self._context, beranda)
        self.inbox.openItem.connect(lambda item: open_inbox_item(self, item))
        self.inbox.openList.connect(lambda kind: open_inbox_list(self, kind))
        self.inbox.loaded.connect(self.nav_badges.show_inbox)
        beranda.add_section(self.inbox)
        today = TodayAppointmentsWidget(self._context, beranda)
        today.openClient.connect(self.open_client)
        today.openSchedule.connect(lambda: self.show_page_key("jadwal"))
        beranda.add_section(today)
        reminder = BackupReminder(self._context, beranda)
        beranda.add_section(reminder)
        # The head's red banner (issue 14), above what waits.
        integrity = IntegrityBanner(self._context, beranda)
        beranda.add_banner(integrity)
        self._beranda_sections: list[Any] = [integrity, self.inbox, today, reminder]
        for section in (integrity, self.inbox, reminder):  # today's asked when it was made
            section.reload()
        return beranda

    def open_client(self, client_id: int) -> None:
        """Show one client's page (from Beranda, the schedule or a search)."""
        if self._locked or "klien" not in self._pages:
            return
        self.show_page(NAV_KEYS.index("klien"))
        self.clients_page.open_client(client_id)

    def _refresh_beranda(self) -> None:
        """Beranda and the counts in the navigation read again (after a change, on a visit)."""
        if not self._locked and "beranda" in self._pages:
            for section in self._beranda_sections:
                section.reload()

    def _audited(self, action: str) -> None:
        from lk3_desktop.services.inbox import changes_inbox

        if changes_inbox(action):
            self._beranda_timer.start()  # one reload for the several rows one change writes

    def _changed_elsewhere(self, changes: Changes) -> None:
        """Another workstation committed: Beranda, the client list, the open client, the
        schedule and the referrals read again (each only what concerns it)."""
        if self._locked or not self._pages:
            return
        self._beranda_timer.start()
        if "klien" not in self._unbuilt:
            self.clients_page.changed_elsewhere(changes)
        tables = None if changes.everything else changes.tables
        if "jadwal" not in self._unbuilt:
            if tables is None or tables & {"appointments", "rooms"}:
                self.schedule_page.reload()
            if tables is None or "activities" in tables:
                self.activities_page.refresh()
        if "rujukan" not in self._unbuilt:
            self.referrals_page.changed_elsewhere(tables)

    def _schedule_page(self, parent: QWidget) -> QWidget:
        from lk3_desktop.ui.activities import ActivitiesPage
        from lk3_desktop.ui.sessions import SchedulePage

        # Appointments, and the activities outside casework (counted in the report): both
        # are dated events of the office, planned and recorded by every role.
        tabs = QTabWidget(parent)
        tabs.setObjectName("jadwalTabs")
        tabs.setDocumentMode(True)
        self._schedule_widget = SchedulePage(self._context, tabs)
        self._schedule_widget.openClient.connect(self.open_client)
        tabs.addTab(self._schedule_widget, self.tr("Appointments"))
        self._activities_widget = ActivitiesPage(self._context, tabs)
        tabs.addTab(self._activities_widget, self.tr("Activities outside casework"))
        return tabs

    def _clients_page(self, parent: QWidget) -> QWidget:
        from lk3_desktop.ui.clients import ClientsPage

        self._clients_widget = ClientsPage(self._context, parent)
        self._clients_widget.list_panel.query_edited.connect(self.search.setText)
        return self._clients_widget

    def _referrals_page(self, parent: QWidget) -> QWidget:
        from lk3_desktop.ui.referrals import ReferralsPage

        self._referrals_widget = ReferralsPage(self._context, parent)
        return self._referrals_widget

    def _reports_page(self, parent: QWidget) -> QWidget:
        from lk3_desktop.ui.pages.reports import ReportsPage

        page = ReportsPage(self._context, parent)
        page.open_activities.connect(self.show_activities)
        return page

    def show_activities(self) -> None:
        """Jadwal > Kegiatan di luar kasus (the report counts what is recorded there)."""
        self.show_page(NAV_KEYS.index("jadwal"))
        tabs = self.activities_page.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is not None:
            tabs.setCurrentWidget(self.activities_page)

    def _settings_page(self) -> QWidget:
        def build(parent: QWidget) -> QWidget:
            from lk3_desktop.ui.settings import SettingsPage

            self._settings_widget: QWidget = SettingsPage(self._context, parent)
            return self._settings_widget

        title = self._nav_titles()["pengaturan"]
        return self._padded("pengaturan", "pengaturanPage", title, build)

    def _drop_pages(self) -> None:
        """Destroy every data page (they are built again after unlocking)."""
        for page in self._pages.values():
            self.pages.removeWidget(page)
            page.hide()
            page.deleteLater()
        self._pages = {}
        self._unbuilt = {}

    def page(self, key: str) -> QWidget | None:
        """The holder of the page behind ``key`` (built now if it was not), or None."""
        if key in self._pages:
            self._build_page(key)
        return self._pages.get(key)

    def show_page(self, index: int) -> None:
        if self._locked or not 0 <= index < len(NAV_KEYS):
            return
        self.nav.setCurrentRow(index)

    def show_page_key(self, key: str) -> None:
        self.show_page(NAV_KEYS.index(key))

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self._build_page(NAV_KEYS[row])
            leaving = NAV_KEYS[self.pages.currentIndex()] if self.pages.currentIndex() >= 0 else ""
            self.pages.setCurrentIndex(row)
            if leaving == "pengaturan":
                self._reload_overview()  # the profile or the auto-lock time may have changed
            if NAV_KEYS[row] == "beranda" and leaving not in ("", "beranda"):
                self._refresh_beranda()

    def focus_search(self) -> None:
        if self._locked:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_clients(self, text: str) -> None:
        """Typing in the global search: the client list shows the matches as they come."""
        if self._locked or "klien" not in self._pages:
            return
        self.show_page(NAV_KEYS.index("klien"))
        self.clients_page.search_live(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in SEARCH_KEYS
            and not self._locked
            and "klien" in self._pages
        ):
            self.show_page(NAV_KEYS.index("klien"))
            if self.clients_page.search_key(event.key(), self.search.text()):
                return True  # Enter opens the only match, Down moves into the list
        return super().eventFilter(watched, event)

    # -- session ----------------------------------------------------------------------------

    def _idle_ms(self, minutes: int) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return max(int(minutes), 1) * 60_000

    def _open_session(self) -> None:
        self._locked = False
        self.central_stack.setCurrentWidget(self.workspace)
        self.lock_action.setEnabled(True)
        # First on the lane: who is signed in and where (title, status bar) comes before
        # Beranda's lists, which are many and slower.
        self._reload_overview()
        if not self._pages:
            self._make_pages()
            # notes typed before a crash or power cut are offered again at once (and
            # those kept here while the office server was away are sent first)
            from lk3_desktop.ui.sessions import offer_pending_drafts

            self.office_changes.send_waiting_drafts(
                lambda: offer_pending_drafts(self._context, self)
            )
        session = self._context.session
        if session is not None and not self.office_changes.listening:
            self.office_changes.start(session)
        self.idle.start()

    def _on_session_changed(self) -> None:
        if self._context.session is not None and not self._locked and not self._closing:
            if not self._pages:
                self._open_session()
            else:
                self._reload_overview()

    def _reload_overview(self) -> None:
        if self._locked:
            return
        Operation(self._context, self, load_overview, self._show_overview).failure(
            self._failed
        ).run()

    def _show_overview(self, overview: Overview) -> None:
        if self._locked or self._context.session is None:
            return
        self.overview = overview
        self.setWindowTitle(f"{APP_TITLE} — {overview.center_name}")
        self.user_status.setText(f"{overview.full_name} · {role_label(overview.role)}")
        self.protection_status.setText(
            protection_short(overview.workstation_secret, on_server=overview.on_server)
        )
        self.demo_badge.setVisible(overview.is_demo)
        if "beranda" in self._pages:
            self.beranda.show_overview(overview)
        self.idle.set_interval_ms(self._idle_ms(overview.auto_lock_minutes))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        if isinstance(exc, SessionRevoked):
            return  # _session_revoked has said so and signed out
        dialogs.warn(self, APP_TITLE, message_for(exc))

    # -- locking ----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self, reason: str = "manual") -> None:
        """Hide everything now; forget the key on the lane; ask for the password."""
        session = self._context.session
        if session is None or self._locked:
            return
        if not close_modal_dialogs():
            self.idle.start()  # a busy dialog must finish first; try again after idle time
            return
        self._locked = True
        self.idle.stop()
        self._hide_data()
        self.central_stack.setCurrentWidget(self.lock_page)
        self.lock_page.begin()
        self._context.set_session(None)
        self._context.locked.emit()
        # sessionless: the session is closing; this call forgets its key
        (
            Operation.sessionless(
                self._context, self, lambda: lock_session(session, reason), self._lock_done
            )
            .failure(self._lock_failed(session))
            .run()
        )

    def _hide_data(self) -> None:
        self.setWindowTitle(APP_TITLE)
        self.user_status.clear()
        self.demo_badge.hide()
        self.search.clear()
        self.overview = None
        self.lock_action.setEnabled(False)
        self.nav_badges.clear()
        self.office_changes.stop()
        self._drop_pages()

    def _lock_done(self, locked: LockedSession) -> None:
        self.lock_page.set_locked(locked)

    def _lock_failed(self, session: UserSession) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            # The store is closed either way (lock_session); unlocking still works.
            self.lock_page.set_locked(
                LockedSession(session.store.folder, session.store.vault, session.actor)
            )
            if not isinstance(exc, KnownError):
                raise exc
            self.lock_page.show_error(message_for(exc))

        return failed

    def _unlocked(self, session: UserSession) -> None:
        self._locked = False
        self._context.set_session(session)  # builds the pages again (_on_session_changed)
        self._context.unlocked.emit()

    # -- leaving ----------------------------------------------------------------------------

    def sign_out(self) -> None:
        if self._backing_up:
            return  # signing out or closing already waits for the automatic backup
        session = self._context.session
        if session is None:
            self._signed_out()
            return
        self.idle.stop()
        close_modal_dialogs()
        self._auto_backup(session)
        self._locked = True  # nothing may reload while signing out
        self._hide_data()
        self._context.set_session(None)
        (
            Operation.sessionless(
                self._context, self, lambda: _logout(session), lambda _r: self._signed_out()
            )
            .failure(self._logout_failed)
            .run()
        )

    def _written_through_failed(self, exc: BaseException) -> None:
        """A view's record, already committed and shown, did not reach the disk (a disk
        error, the folder gone read-only): say so, as for any write that failed."""
        show_failure(self, APP_TITLE, exc)

    def _session_revoked(self, exc: SessionRevoked) -> None:
        """A call found the account deactivated (or its password reset) since sign-in: hide
        everything, sign out (audited) and say why. No automatic backup: the account may
        no longer make one."""
        session = self._context.session
        if session is None or self._locked or self._closing:
            return
        self.idle.stop()
        close_modal_dialogs()
        self._locked = True  # nothing may reload while signing out
        self._hide_data()
        self._context.set_session(None)
        Operation.sessionless(self._context, self, lambda: _logout(session), ignore).failure(
            ignore
        ).run()
        dialogs.warn(self, APP_TITLE, message_for(exc))
        self._signed_out()

    def _auto_backup(self, session: UserSession) -> None:
        """The head's automatic backup, if on, before the database closes (never raises)."""
        self._backing_up = True
        try:
            run_auto_backup(self, self._context, session)
        finally:
            self._backing_up = False

    def _logout_failed(self, exc: BaseException) -> None:
        self._signed_out()
        if not isinstance(exc, KnownError):
            raise exc

    def _signed_out(self) -> None:
        self.idle.stop()
        self._hide_data()
        self.signed_out.emit()

    def help_topic(self) -> str:
        """The guide F1 opens: the page at hand (on Klien, the list, the form or the tab)."""
        index = self.pages.currentIndex()
        key = NAV_KEYS[index] if 0 <= index < len(NAV_KEYS) else "beranda"
        if key == "klien" and "klien" in self._pages:
            return str(self.clients_page.help_topic())
        return key

    def show_help(self) -> None:
        from lk3_desktop.ui.help import HelpDialog

        dialog = HelpDialog(self.help_topic(), self)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        from lk3_desktop.ui.help import ShortcutsDialog

        for key in NAV_KEYS:  # pages are built when first shown: their shortcuts count too
            self._build_page(key)
        dialog = ShortcutsDialog(self)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def show_about(self) -> None:
        from lk3_desktop.ui.about_dialog import AboutDialog

        dialogs.exec_dialog(AboutDialog(self, self.overview))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window signs out (audited) and closes the database."""
        if self._backing_up:
            event.ignore()  # closing already waits for the automatic backup
            return
        self._closing = True
        self.idle.stop()
        self.office_changes.wait_stopped()
        session = self._context.session
        if session is not None:
            self._auto_backup(session)
            self._context.set_session(None)
            Operation.sessionless(self._context, self, lambda: _logout(session), ignore).failure(
                ignore
            ).run()
            self._context.lane.wait(10_000)
        super().closeEvent(event)
