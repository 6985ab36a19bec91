"""The banner across the top of the window while the office server does not answer (issue 19).

It says what still works: what is typed stays on the screen, a note being written is kept on
this computer (sealed) and sent when the server is back, and the app reconnects by itself.
'Coba sekarang' asks at once instead of waiting for the next attempt. The main window shows
it when a call or the listening connection finds the server away, and hides it when the
server answers again; on one computer it never shows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from lk3_desktop.ui.style import WARNING_INK

BANNER_STYLE = f"""
QFrame#serverBanner {{ background: #fdf1dc; border-bottom: 1px solid #f0c987; }}
QFrame#serverBanner QLabel {{ color: {WARNING_INK}; background: transparent; }}
"""


class ServerBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.setAccessibleName(self.tr("Office server not answering"))
        self.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        self.text = QLabel(
            self.tr(
                "The office server is not answering. What you type stays on the screen and a "
                "note being written is kept on this computer until the server is back; LK3 "
                "Desktop reconnects by itself."
            ),
            self,
        )
        self.text.setObjectName("serverBannerText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.retry = QPushButton(self.tr("Try now"), self)
        self.retry.setObjectName("serverRetryButton")
        self.retry.setAccessibleName(self.tr("Try to reach the office server now"))
        self.retry.clicked.connect(self.retry_requested)
        row.addWidget(self.retry)
        self.hide()
