"""Klien: the client list, a client's page, and the registration form, one at a time.

The main window's global search calls :meth:`ClientsPage.focus_search` (Enter: the list
filtered, or the single match opened) and :meth:`ClientsPage.open_client`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services import center, clients, office_changes
from lk3_desktop.services.clients import Category
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.office_changes import Changes
from lk3_desktop.ui.clients.client_editor import ClientEditor
from lk3_desktop.ui.clients.client_page import TAB_IDENTITAS, ClientPage
from lk3_desktop.ui.clients.list_panel import DEFAULT_PROVINCE, ClientListPanel
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.operations import Operation, ignore
from lk3_desktop.ui.style import set_role


def registration_defaults(session: UserSession) -> tuple[list[Category], str]:
    """The PMKS list and the province a new client's address starts in (on the lane)."""
    province = center.get_center(session).province_code or DEFAULT_PROVINCE
    return clients.list_pmks(session), province


def warm_regions() -> None:
    """Load the Kemendagri region tables once, off the UI thread (the first client's address
    lists then fill without reading them; core.regions keeps them small)."""
    from lk3_desktop.ui.region_combo import regions

    regions(None)
    for regency_code, _name in regions(DEFAULT_PROVINCE)[:1]:
        for district_code, _n in regions(regency_code)[:1]:
            regions(district_code)


class RegistrationPage(QWidget):
    """ "New client": a title, the way back, and the editor in registration mode."""

    back_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationPage")
        self.setAccessibleName(self.tr("New client"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(20, 10, 20, 0)
        self.back_button = QPushButton(self.tr("‹ Client list"), self)
        self.back_button.setObjectName("registrationBackButton")
        self.back_button.setAccessibleName(self.tr("Back to the client list"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(lambda _c=False: self.back_requested.emit())
        title = QLabel(self.tr("New client"), self)
        title.setObjectName("registrationTitle")
        set_role(title, "title")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(title)
        hint = QLabel(
            self.tr(
                "Register the client first; the family, a case and the consent are added on "
                "the client's page right after saving."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        column.addWidget(hint)
        top.addLayout(column, 1)
        layout.addLayout(top)
        self.editor = ClientEditor(context, self)
        layout.addWidget(self.editor, 1)


class ClientsPage(QStackedWidget):
    """The Klien page of the main window."""

    client_opened = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("klienPage")
        self.setAccessibleName(self.tr("Clients"))
        self._context = context
        self._list_stale = False

        self.list_panel = ClientListPanel(context, self)
        self.client_page = ClientPage(context, self)
        self.registration = RegistrationPage(context, self)
        self.addWidget(self.list_panel)
        self.addWidget(self.client_page)
        self.addWidget(self.registration)

        self.list_panel.open_requested.connect(self.open_client)
        self.list_panel.new_requested.connect(self.new_client)
        self.client_page.back_requested.connect(self.show_list)
        self.client_page.open_client_requested.connect(self.open_client)
        self.client_page.changed.connect(self._mark_list_stale)
        editor = self.registration.editor
        editor.created.connect(self._created)
        editor.open_requested.connect(self.open_client)
        editor.discarded.connect(self.show_list)
        self.registration.back_requested.connect(self.show_list)

        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.new_shortcut.activated.connect(self.new_client)
        self.new_shortcut.setWhatsThis(self.tr("Register a new client"))
        context.session_changed.connect(self._session_changed)
        if context.session is not None:
            Operation.sessionless(context, self, warm_regions, ignore).failure(ignore).run()

    # -- public -----------------------------------------------------------------------------

    @property
    def editor_in_view(self) -> ClientEditor | None:
        if self.currentWidget() is self.registration:
            return self.registration.editor
        if self.currentWidget() is self.client_page:
            return self.client_page.editor
        return None

    def can_leave(self) -> bool:
        """True when nothing unsaved would be lost (asks the person otherwise)."""
        editor = self.editor_in_view
        return editor is None or editor.confirm_discard()

    def open_client(self, client_id: int, record: tuple[str, int] | None = None) -> None:
        """Show the page of ``client_id`` (asks first when a form has unsaved changes), and
        then ``record`` (kind and id, see :meth:`ClientPage.open_record`) if given."""
        if self._context.session is None:
            return
        same = self.currentWidget() is self.client_page and self.client_page.client_id == client_id
        if not same and not self.can_leave():
            return
        if self.currentWidget() is self.registration:
            self.registration.editor.revert()
        self.setCurrentWidget(self.client_page)
        self.client_page.load(client_id, None if same else TAB_IDENTITAS, record)
        self.client_opened.emit(client_id)

    def show_high_risk(self) -> None:
        """The list of clients with an open high-risk flag (Beranda's "more…")."""
        if self.currentWidget() is not self.list_panel and not self.can_leave():
            return
        self.show_list()
        self.list_panel.show_high_risk()

    def focus_search(self, text: str = "", open_single: bool = True) -> None:
        """Show the list with the search field focused; with ``text`` search for it, and
        open the client right away when exactly one matches (``open_single``)."""
        if self.currentWidget() is not self.list_panel and not self.can_leave():
            return
        self.show_list()
        if text.strip():
            self.list_panel.search(text, open_single=open_single)
        self.list_panel.focus_search()

    def help_topic(self) -> str:
        """The guide of what shows: the list, the registration form, or the client page."""
        if self.currentWidget() is self.registration:
            return "klien-baru"
        if self.currentWidget() is self.client_page:
            return self.client_page.help_topic()
        return "klien"

    def search_live(self, text: str) -> None:
        """The global search as it is typed: the list shows the matches at once. A form with
        unsaved changes stays (Enter then asks before leaving it)."""
        if self.currentWidget() is not self.list_panel:
            editor = self.editor_in_view
            if editor is not None and editor.is_dirty():
                return
            self.show_list(focus=False)
        self.list_panel.set_query(text)

    def search_key(self, key: int, text: str) -> bool:
        """Enter or Down in the global search: as in the list's own search field."""
        if self.currentWidget() is not self.list_panel:
            if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return False
            self.focus_search(text)  # asks first when a form has unsaved changes
            return True
        self.list_panel.set_query(text)
        return self.list_panel.search_key(key)

    def new_client(self) -> None:
        if self._context.session is None or self.currentWidget() is self.registration:
            return
        if not self.can_leave():
            return
        (
            Operation(self._context, self, registration_defaults, self._start_registration)
            .titled(self.tr("New client"))
            .run()
        )

    def show_list(self, focus: bool = True) -> None:
        if self.currentWidget() is self.registration and self.registration.editor.is_dirty():
            if not self.registration.editor.confirm_discard():
                return
        elif self.currentWidget() is self.client_page and not self.client_page.can_leave():
            return
        if self.currentWidget() is self.client_page:
            self.client_page.editor.revert()
        shown = self.client_page.client_id
        self.setCurrentWidget(self.list_panel)
        if self._list_stale:
            self._list_stale = False
            self.list_panel.refresh()
        if not focus:
            return
        if shown is not None:
            self.list_panel.show_client(shown)
        else:
            self.list_panel.focus_search()

    # -- internals --------------------------------------------------------------------------

    def _start_registration(self, defaults: tuple[list[Category], str]) -> None:
        categories, province = defaults
        self.registration.editor.start_new(categories, province)
        self.setCurrentWidget(self.registration)
        self.registration.editor.form.focus_first()

    def _created(self, client_id: int) -> None:
        self._list_stale = True
        self.setCurrentWidget(self.client_page)
        self.client_page.load(client_id, TAB_IDENTITAS)
        self.client_opened.emit(client_id)

    def changed_elsewhere(self, changes: Changes) -> None:
        """Another workstation committed ``changes``: the list shown reads again in place
        (a hidden one when next shown), and the open client when the changes concern it."""
        if self._context.session is None or not office_changes.touches_clients(changes):
            return
        if self.currentWidget() is self.list_panel and self.list_panel.isVisible():
            self.list_panel.refresh_in_place()
        else:
            self._list_stale = True
        shown = self.client_page.client_id
        if self.currentWidget() is not self.client_page or shown is None:
            return

        def reload_if_touched(touched: frozenset[int] | None) -> None:
            if (
                self.currentWidget() is self.client_page
                and self.client_page.client_id == shown
                and (touched is None or shown in touched)
            ):
                self.client_page.reload()

        (
            Operation(
                self._context,
                self,
                lambda s: office_changes.clients_touched(s, changes),
                reload_if_touched,
            )
            .failure(pass_to_crash_handler)  # a server away says so in its banner
            .run()
        )

    def _mark_list_stale(self) -> None:
        self._list_stale = True

    def _session_changed(self) -> None:
        if self._context.session is None:
            self.setCurrentWidget(self.list_panel)
        self.list_panel.session_changed()
