"""Beranda: who is signed in, banners that must be seen first, what waits for the person (the
inbox and today's appointments, added as sections), then the center and how the data is
protected."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from lk3_desktop.core.roles import Role
from lk3_desktop.ui.field_feedback import capped_body
from lk3_desktop.ui.labels import protection_explained, protection_short, role_label
from lk3_desktop.ui.style import set_role


@dataclass(frozen=True)
class Overview:
    """What the window shows about the session; loaded on the lane after sign-in."""

    full_name: str
    username: str
    role: Role
    center_name: str
    center_code: str
    is_demo: bool
    workstation_secret: bool
    auto_lock_minutes: int
    cipher_version: str
    on_server: bool = False  # an office server's record (the protection lines say so)


BODY_WIDTH = 1000


class BerandaPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("berandaPage")
        self.setAccessibleName(self.tr("Home"))
        # One column of at most BODY_WIDTH for everything: wrapped text is measured at the
        # width it gets (blocks capped one by one were measured wider, and cut off below).
        layout = capped_body(self, BODY_WIDTH)
        outer = self.layout()
        assert outer is not None
        outer.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        self._column = layout

        self.welcome = QLabel(self)
        self.welcome.setObjectName("welcomeLabel")
        self.welcome.setAccessibleName(self.tr("Welcome"))
        self.welcome.setWordWrap(True)
        set_role(self.welcome, "title")
        self.role_line = QLabel(self)
        self.role_line.setObjectName("welcomeRoleLabel")
        self.role_line.setAccessibleName(self.tr("Your role"))
        self.role_line.setWordWrap(True)
        set_role(self.role_line, "subtitle")
        layout.addWidget(self.welcome)
        layout.addWidget(self.role_line)
        # Banners that must be seen first (an office-wide warning) go here, above the inbox.
        self._banners = layout.count()
        self.demo_note = QLabel(
            self.tr(
                "This is a DEMO database: every name and record in it is made up. "
                "Do not enter real clients here."
            ),
            self,
        )
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        set_role(self.demo_note, "warning")
        self.demo_note.hide()
        layout.addWidget(self.demo_note)
        self._sections = layout.count()  # what waits (the inbox), today: added here

        card = QFrame(self)
        card.setObjectName("berandaCard")
        set_role(card, "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.center_value = self._row(grid, 0, self.tr("Center"), "centerNameValue")
        self.protection_value = self._row(grid, 1, self.tr("Data protection"), "protectionValue")
        self.protection_detail = QLabel(card)
        self.protection_detail.setObjectName("protectionDetail")
        self.protection_detail.setWordWrap(True)
        set_role(self.protection_detail, "muted")
        grid.addWidget(self.protection_detail, 2, 1)
        layout.addWidget(card)

        self.next_steps = QLabel(
            self.tr(
                "Use the menu on the left to move between pages. Lock the screen with Ctrl+L "
                "whenever you step away from the computer."
            ),
            self,
        )
        self.next_steps.setObjectName("berandaHint")
        self.next_steps.setWordWrap(True)
        set_role(self.next_steps, "muted")
        layout.addWidget(self.next_steps)
        layout.addStretch(1)

    def add_banner(self, widget: QWidget) -> None:
        """Add a banner at the top, above what waits (shown and hidden by its owner)."""
        self._column.insertWidget(self._banners, widget)
        self._banners += 1
        self._sections += 1

    def add_section(self, widget: QWidget) -> None:
        """Add a block (what waits, today's appointments) below the banners, in order."""
        self._column.insertWidget(self._sections, widget)
        self._sections += 1

    def _row(self, grid: QGridLayout, row: int, title: str, object_name: str) -> QLabel:
        label = QLabel(title, grid.parentWidget())
        set_role(label, "muted")
        value = QLabel(grid.parentWidget())
        value.setObjectName(object_name)
        value.setAccessibleName(title)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        return value

    def show_overview(self, overview: Overview) -> None:
        self.welcome.setText(self.tr("Welcome, {name}").format(name=overview.full_name))
        self.role_line.setText(
            self.tr("You are signed in as {role}.").format(role=role_label(overview.role))
        )
        self.center_value.setText(overview.center_name)
        server = overview.on_server
        self.protection_value.setText(
            protection_short(overview.workstation_secret, on_server=server)
        )
        self.protection_detail.setText(
            protection_explained(overview.workstation_secret, on_server=server)
        )
        self.demo_note.setVisible(overview.is_demo)
