"""Beranda's inbox: what waits for the signed-in person, one click from each record.

The lists come from :func:`lk3_desktop.services.inbox.load_inbox` (on the lane). Each list has
a heading with its count; an item opens its record (``openItem`` carries the
:class:`~lk3_desktop.services.inbox.InboxItem`); a list longer than what is shown ends with a
line that asks for all of them (``openList`` carries the kind). ``loaded`` hands the whole inbox
to whoever shows counts (the navigation).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import KnownError
from lk3_desktop.core.roles import Role
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.inbox import Inbox, InboxItem, InboxList, Kind, Record, load_inbox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.forms import relayout
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import RISK, set_role

ITEM_ROLE = Qt.ItemDataRole.UserRole
MORE_ROLE = Qt.ItemDataRole.UserRole + 1

# Where the whole list of a kind lives (a navigation key of the main window).
PAGE_OF_KIND: dict[Kind, str] = {
    Kind.RISK: "klien",
    Kind.LETTER: "rujukan",
    Kind.COSIGN: "klien",
    Kind.UNSIGNED_NOTE: "klien",
    Kind.ASSESSMENT_DRAFT: "klien",
    Kind.FOLLOW_UP: "rujukan",
    Kind.NO_SHOW: "jadwal",
    Kind.NO_CONSENT: "klien",
    Kind.RETENTION: "pengaturan",
}


def page_counts(inbox: Inbox) -> dict[str, int]:
    """How much waits on each page of the navigation (today's appointments on Jadwal)."""
    counts: dict[str, int] = {"jadwal": inbox.appointments_today}
    for entry in inbox.lists:
        page = PAGE_OF_KIND[entry.kind]
        counts[page] = counts.get(page, 0) + entry.total
    return counts


def heading_text(kind: Kind, total: int) -> str:
    headings = {
        Kind.RISK: QCoreApplication.translate("Inbox", "Open risk flags"),
        Kind.LETTER: QCoreApplication.translate("Inbox", "Letters waiting for your signature"),
        Kind.COSIGN: QCoreApplication.translate("Inbox", "Notes waiting for your co-signature"),
        Kind.UNSIGNED_NOTE: QCoreApplication.translate("Inbox", "Session notes not signed yet"),
        Kind.ASSESSMENT_DRAFT: QCoreApplication.translate("Inbox", "Assessments not signed yet"),
        Kind.FOLLOW_UP: QCoreApplication.translate("Inbox", "Referral follow-ups due"),
        Kind.NO_SHOW: QCoreApplication.translate("Inbox", "No-shows to reschedule"),
        Kind.NO_CONSENT: QCoreApplication.translate("Inbox", "Clients without recorded consent"),
        Kind.RETENTION: QCoreApplication.translate("Inbox", "Retention period ended"),
    }
    return f"{headings[kind]} ({total})"


def item_text(item: InboxItem, own: bool = False) -> str:
    """One line: who, what, when (no clinical text beyond a risk flag's label); ``own``: the
    reader wrote it, so the author is not named."""
    day = format_date_id(item.on)
    kind = item.kind
    if kind is Kind.RISK:
        where = item.source + (
            QCoreApplication.translate("Inbox", " item %1").replace("%1", str(item.item))
            if item.item
            else ""
        )
        what = f"{item.label} ({where})"
    elif kind is Kind.LETTER:
        what = (
            QCoreApplication.translate("Inbox", "to %1, drafted by %2")
            .replace("%1", item.label)
            .replace("%2", item.person)
        )
    elif kind is Kind.COSIGN:
        what = (
            QCoreApplication.translate("Inbox", "session of %1, signed by %2")
            .replace("%1", day)
            .replace("%2", item.person)
        )
        return f"{item.client_name} \u00b7 {what}"
    elif kind is Kind.UNSIGNED_NOTE:
        if item.record is Record.NOTE_DRAFT:
            what = QCoreApplication.translate("Inbox", "note typed but not saved yet")
        else:
            days = item.days
            if days > 0:
                what = QCoreApplication.translate(
                    "Inbox", "session of %1, unsigned for %n day(s)", None, days
                ).replace("%1", day)
            else:
                what = QCoreApplication.translate("Inbox", "session of %1, not signed yet")
                what = what.replace("%1", day)
            if item.person and not own:
                what += " \u00b7 " + item.person
            return f"{item.client_name} \u00b7 {what}"
    elif kind is Kind.ASSESSMENT_DRAFT:
        if item.record is Record.SAFETY_PLAN:
            what = QCoreApplication.translate("Inbox", "client safety plan")
        else:
            what = item.source or QCoreApplication.translate("Inbox", "psychosocial assessment")
        what = QCoreApplication.translate("Inbox", "%1 (draft)").replace("%1", what)
    elif kind is Kind.FOLLOW_UP:
        what = QCoreApplication.translate("Inbox", "referral to %1: follow-up due").replace(
            "%1", item.label
        )
    elif kind is Kind.NO_SHOW:
        what = QCoreApplication.translate("Inbox", "did not come (counselor %1)").replace(
            "%1", item.person
        )
    elif kind is Kind.NO_CONSENT:
        what = QCoreApplication.translate("Inbox", "registered, no consent recorded")
    else:
        what = QCoreApplication.translate("Inbox", "may be anonymised (tab Documents)")
    return f"{item.client_name} \u00b7 {what} \u00b7 {day}"


def load(session: UserSession) -> Inbox:
    return load_inbox(session)


class InboxTree(QTreeWidget):
    """Headings and their items; one click (or Enter) on an item opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxList")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMouseTracking(True)

    def fit_height(self) -> None:
        """As high as its rows: Beranda scrolls, the list itself never does."""
        rows = 0
        last: QTreeWidgetItem | None = None
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is None:
                continue
            rows += 1 + top.childCount()
            last = top.child(top.childCount() - 1) if top.childCount() else top
        self.doItemsLayout()
        bottom = self.visualItemRect(last).bottom() if last is not None else -1
        if bottom <= 0:  # not laid out yet: the first row's height for every row
            bottom = rows * max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.setFixedHeight(bottom + 2 * self.frameWidth() + 6)


class InboxPanel(QFrame):
    openItem = Signal(object)  # InboxItem
    openList = Signal(object)  # Kind: show all of that kind (the page that holds them)
    loaded = Signal(object)  # Inbox

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPanel")
        self.setAccessibleName(self.tr("Waiting for you"))
        set_role(self, "card")
        self._context = context
        self._generation = 0
        self.inbox: Inbox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Waiting for you"), self)
        self.heading.setObjectName("inboxHeading")
        set_role(self.heading, "heading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("inboxSummary")
        set_role(self.summary, "muted")
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.tree = InboxTree(self)
        self.tree.setAccessibleName(self.tr("What waits for you; click an item to open it"))
        self.tree.itemClicked.connect(lambda item, _col: self._open(item))
        self.tree.itemActivated.connect(lambda item, _col: self._open(item))
        layout.addWidget(self.tree)
        self.empty = QLabel(self.tr("Nothing waits for you now."), self)
        self.empty.setObjectName("inboxEmpty")
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        self.tree.hide()

    def reload(self) -> None:
        """Ask again (on the lane); the lists change when the answer comes."""
        if self._context.session is None:
            return
        self._generation += 1
        generation = self._generation

        def done(inbox: Inbox) -> None:
            if generation == self._generation:
                self._show(inbox)

        Operation(self._context, self, load, done).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if self._context.session is None:
            return
        if not isinstance(exc, KnownError):
            raise exc

    def _show(self, inbox: Inbox) -> None:
        self.inbox = inbox
        self.tree.clear()
        for entry in inbox.lists:
            if entry.total:
                # a counselor's unsigned notes are their own: the author is not named
                self._add_list(entry, own=inbox.role is Role.KONSELOR)
        self.tree.expandAll()
        waiting = inbox.waiting
        self.summary.setText(self.tr("%n item(s) waiting", "", waiting) if waiting else "")
        self.tree.setVisible(waiting > 0)
        self.empty.setVisible(waiting == 0)
        if waiting:
            self.tree.fit_height()
        relayout(self)  # Beranda's layouts keep the old height of this card otherwise
        self.loaded.emit(inbox)

    def _add_list(self, entry: InboxList, own: bool) -> None:
        heading = QTreeWidgetItem(self.tree, [heading_text(entry.kind, entry.total)])
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.tree.font())
        font.setBold(True)
        heading.setFont(0, font)
        if entry.kind is Kind.RISK:
            heading.setForeground(0, QColor(RISK))
        for item in entry.items:
            text = item_text(item, own=own)
            line = QTreeWidgetItem(heading, [text])
            line.setData(0, ITEM_ROLE, item)
            line.setToolTip(0, text)
            if entry.kind is Kind.RISK:
                line.setForeground(0, QColor(RISK))
        hidden = entry.total - len(entry.items)
        if hidden > 0:
            more = QTreeWidgetItem(heading, [self.tr("%n more…", "", hidden)])
            more.setData(0, MORE_ROLE, entry.kind.value)  # Qt keeps a str, not the enum
            italic = QFont(self.tree.font())
            italic.setItalic(True)
            more.setFont(0, italic)

    def items(self) -> list[InboxItem]:
        """Every item shown, in order (for tests and screen readers)."""
        found: list[InboxItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                value = child.data(0, ITEM_ROLE) if child is not None else None
                if isinstance(value, InboxItem):
                    found.append(value)
        return found

    def _open(self, tree_item: QTreeWidgetItem) -> None:
        value = tree_item.data(0, ITEM_ROLE)
        if isinstance(value, InboxItem):
            self.openItem.emit(value)
            return
        kind = tree_item.data(0, MORE_ROLE)
        if isinstance(kind, str):
            self.openList.emit(Kind(kind))
