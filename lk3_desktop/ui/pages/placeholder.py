"""A page that is not built yet says plainly what it will hold (no made-up data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lk3_desktop.ui.style import set_role


class PlaceholderPage(QWidget):
    def __init__(
        self, object_name: str, title: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName(f"{object_name}Title")
        set_role(self.title_label, "title")
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName(f"{object_name}Text")
        self.text_label.setAccessibleName(title)
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(720)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        set_role(self.text_label, "subtitle")
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addStretch(1)
