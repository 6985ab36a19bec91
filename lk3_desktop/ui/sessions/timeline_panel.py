"""The client page's "Riwayat" tab: one chronological view per case, filtered by kind.

Each entry opens its record: the panel emits ``openRecord(kind, record_id)`` with the record
that holds the entry ("case", "session", "assessment", "instrument", "referral"); an
addendum opens its session. Whoever mounts the panel decides where the record is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services import timeline
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.timeline import CaseTimeline, TimelineCase, TimelineEntry
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text, time_text
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.sessions.labels import (
    entry_detail,
    entry_status,
    entry_title,
    failure_text,
    kind_label,
    stage_label,
)
from lk3_desktop.ui.style import set_role
from lk3_desktop.ui.table_columns import fit_columns

KIND_COLORS = {
    "intake": "#52606d",
    "stage": "#6b4fa0",
    "assessment": "#0f766e",
    "session": "#2f5d8a",
    "addendum": "#7aa0c4",
    "referral": "#8a4b08",
}
_ICONS: dict[str, QIcon] = {}


def _kind_icon(kind: str) -> QIcon:
    """A small coloured square telling kinds apart at a glance."""
    if kind not in _ICONS:
        pixmap = QPixmap(10, 10)
        pixmap.fill(QColor(KIND_COLORS.get(kind, "#9aa5b1")))
        _ICONS[kind] = QIcon(pixmap)
    return _ICONS[kind]


OPEN_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineTree(QTreeWidget):
    """Enter opens the current entry."""

    open_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.open_current.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TimelinePanel(QWidget):
    """The history of one client's cases, one case at a time, oldest first."""

    openRecord = Signal(str, int)  # kind, record id

    def __init__(self, context: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.setAccessibleName(self.tr("Case history"))
        self._context = context
        self._client_id = client_id
        self._cases: list[TimelineCase] = []
        self._result: CaseTimeline | None = None
        self._filters: dict[str, QToolButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        heading = QLabel(self.tr("History"), self)
        set_role(heading, "heading")
        top.addWidget(heading)
        top.addSpacing(16)
        case_label = QLabel(self.tr("Case"), self)
        top.addWidget(case_label)
        self.case_combo = ComboBox(self)
        self.case_combo.setObjectName("timelineCase")
        self.case_combo.setAccessibleName(self.tr("Case"))
        self.case_combo.setMinimumWidth(420)
        self.case_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        case_label.setBuddy(self.case_combo)
        self.case_combo.currentIndexChanged.connect(lambda _i: self._load())
        top.addWidget(self.case_combo)
        top.addStretch(1)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("timelineOpen")
        self.open_button.setAccessibleName(self.tr("Open the selected entry"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_current)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        self._build_timeline_notice(layout)

    def _build_timeline_notice(self, layout: QVBoxLayout) -> None:
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(4)
        show = QLabel(self.tr("Show:"), self)
        set_role(show, "muted")
        self.filter_row.addWidget(show)
        self.filter_row.addStretch(1)
        layout.addLayout(self.filter_row)

        self.notice = QLabel(self)
        self.notice.setObjectName("timelineNotice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "muted")
        self.notice.hide()
        layout.addWidget(self.notice)

        self.tree = TimelineTree(self)
        self.tree.setObjectName("timelineList")
        self.tree.setAccessibleName(self.tr("Events of the case, oldest first"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Details"),
                self.tr("By"),
                self.tr("Status"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        fit_columns(self.tree, 2)
        self.tree.itemActivated.connect(lambda _item, _c: self._open_current())
        self.tree.open_current.connect(self._open_current)
        self.tree.currentItemChanged.connect(
            lambda current, _previous: self.open_button.setEnabled(current is not None)
        )
        layout.addWidget(self.tree, 1)

        self.empty = QLabel(self)
        self.empty.setObjectName("timelineEmpty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.empty.hide()
        layout.addWidget(self.empty)
        self.reload()

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the client's cases and the chosen case's timeline again."""
        client_id = self._client_id
        (
            Operation(
                self._context,
                self,
                lambda s: timeline.timeline_cases(s, client_id),
                self._show_cases,
            )
            .worded(failure_text)
            .run()
        )

    def _show_cases(self, cases: list[TimelineCase]) -> None:
        current = self.case_combo.currentData()
        self._cases = cases
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for case in cases:
            self.case_combo.addItem(
                self.tr("%1 · %2 · since %3")
                .replace("%1", case.registration_number)
                .replace("%2", stage_label(case.stage.value))
                .replace("%3", date_text(case.intake_date)),
                case.id,
            )
        index = self.case_combo.findData(current) if current is not None else -1
        self.case_combo.setCurrentIndex(max(index, 0))
        self.case_combo.blockSignals(False)
        if not cases:
            self.tree.clear()
            self.empty.setText(self.tr("This client has no case yet."))
            self.empty.show()
            return
        self._load()

    def show_case(self, case_id: int) -> None:
        """Switch to one case's timeline."""
        index = self.case_combo.findData(case_id)
        if index >= 0:
            self.case_combo.setCurrentIndex(index)

    def _wanted_kinds(self) -> list[str] | None:
        if not self._filters:
            return None
        return [kind for kind, button in self._filters.items() if button.isChecked()]

    def _load(self) -> None:
        case_id = self.case_combo.currentData()
        if case_id is None:
            return
        kinds = self._wanted_kinds()

        def fetch(s: UserSession) -> CaseTimeline:
            return timeline.case_timeline(s, int(case_id), kinds)

        Operation(self._context, self, fetch, self._show).worded(failure_text).run()

    def _show(self, result: CaseTimeline) -> None:
        self._result = result
        self._ensure_filters(result.kinds)
        self.tree.clear()
        for entry in result.entries:
            self.tree.addTopLevelItem(self._item(entry))
        self.empty.setVisible(not result.entries)
        self.empty.setText(self.tr("Nothing to show with these filters."))
        if result.restricted:
            self.notice.setText(
                self.tr(
                    "Only intake and stage changes are shown. Sessions, assessments and "
                    "referrals are visible to the counselor assigned to the case and to the "
                    "head of the center."
                )
            )
        self.notice.setVisible(result.restricted)
        self.open_button.setEnabled(False)

    def _ensure_filters(self, kinds: tuple[str, ...]) -> None:
        if tuple(self._filters) == kinds:
            return
        for button in self._filters.values():
            button.deleteLater()
        self._filters = {}
        for kind in kinds:
            button = QToolButton(self)
            button.setText(kind_label(kind))
            button.setObjectName(f"timelineFilter_{kind}")
            button.setAccessibleName(self.tr("Show %1").replace("%1", kind_label(kind)))
            button.setCheckable(True)
            button.setChecked(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.toggled.connect(lambda _on: self._load())
            self.filter_row.insertWidget(self.filter_row.count() - 1, button)
            self._filters[kind] = button

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        """Show or hide one kind of entry (what the filter buttons do)."""
        button = self._filters.get(kind)
        if button is not None:
            button.setChecked(visible)

    def _item(self, entry: TimelineEntry) -> QTreeWidgetItem:
        when = date_text(entry.at.date())
        if entry.kind in ("session", "addendum") and (entry.at.hour or entry.at.minute):
            when += " " + time_text(entry.at)
        item = QTreeWidgetItem(
            [when, entry_title(entry), entry_detail(entry), entry.author, entry_status(entry)]
        )
        item.setData(0, OPEN_ROLE, entry.open_kind)
        item.setData(0, ID_ROLE, entry.open_id)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{when}, {entry_title(entry)}")
        item.setToolTip(1, kind_label(entry.kind))
        item.setIcon(1, _kind_icon(entry.kind))
        for column in range(5):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return item

    # -- opening -------------------------------------------------------------------------------

    def entries(self) -> tuple[TimelineEntry, ...]:
        return self._result.entries if self._result else ()

    def _open_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        self.openRecord.emit(str(item.data(0, OPEN_ROLE)), int(item.data(0, ID_ROLE)))
