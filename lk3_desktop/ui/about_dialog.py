"""About LK3 Desktop: versions of the app and its parts, and how the data is protected."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.build_info import BuildInfo, BuildKind, current_build
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.labels import protection_explained, protection_short
from lk3_desktop.ui.pages.beranda import Overview
from lk3_desktop.ui.style import set_role


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, overview: Overview | None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About LK3 Desktop"))
        self.setAccessibleName(self.tr("About LK3 Desktop"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        title = QLabel("LK3 Desktop", self)
        title.setObjectName("aboutTitle")
        set_role(title, "title")
        layout.addWidget(title)
        purpose = QLabel(
            self.tr(
                "The encrypted case record of an LK3 family counseling center (Lembaga "
                "Konsultasi Kesejahteraan Keluarga). It works offline; the data stays on this "
                "computer."
            ),
            self,
        )
        purpose.setWordWrap(True)
        set_role(purpose, "muted")
        layout.addWidget(purpose)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        unknown = self.tr("(shown after signing in)")
        build = current_build()
        rows = [
            ("appVersion", self.tr("Version"), build.version),
            ("buildInfo", self.tr("Build"), self._build_text(build)),
            (
                "cipherVersion",
                self.tr("Office server") if overview and overview.on_server else "SQLCipher",
                overview.cipher_version if overview and overview.cipher_version else unknown,
            ),
            ("qtVersion", self.tr("Qt"), qVersion()),
            ("pysideVersion", self.tr("PySide6"), PySide6.__version__),
            ("pythonVersion", self.tr("Python"), platform.python_version()),
            (
                "protectionMode",
                self.tr("Data protection"),
                (
                    protection_short(overview.workstation_secret, on_server=overview.on_server)
                    if overview
                    else unknown
                ),
            ),
        ]
        for name, label, value in rows:
            field = QLabel(value, self)
            field.setObjectName(name)
            field.setAccessibleName(label)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)  # the build line is long in Indonesian
            form.addRow(label, field)
            self.values[name] = field
        layout.addLayout(form)
        if overview is not None:
            detail = QLabel(
                protection_explained(overview.workstation_secret, on_server=overview.on_server),
                self,
            )
            detail.setObjectName("protectionDetail")
            detail.setWordWrap(True)
            set_role(detail, "muted")
            layout.addWidget(detail)

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("aboutCloseButton")
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _build_text(self, build: BuildInfo) -> str:
        kind = {
            BuildKind.BUNDLE: self.tr("application bundle"),
            BuildKind.PACKAGE: self.tr("installed package"),
            BuildKind.SOURCE: self.tr("source code"),
        }[build.kind]
        if build.built_at is None:
            return kind
        date = date_text(build.built_at.date())
        text = self.tr("{kind}, built {date}").format(kind=kind, date=date)
        return f"{text} ({build.commit})" if build.commit else text
