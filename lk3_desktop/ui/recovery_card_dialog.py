"""Shows the recovery code once, and saves or prints the recovery card PDF.

The dialog touches no database: the caller's service call (which fetched or made the code) has
already written the audit row. Choosing a file and choosing a printer go through module-level
functions that tests replace.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.documents.recovery_card import (
    RecoveryCardData,
    render_recovery_card,
    short_database_id,
)
from lk3_desktop.ui import dialogs, i18n, pdf_printing
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.pdf_printing import print_pdf, write_private_file
from lk3_desktop.ui.style import set_flag, set_role

GROUPS_PER_LINE = 5


def ask_save_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """Ask where to save the card; None when the person cancels."""
    return dialogs.ask_pdf_path(
        parent,
        QCoreApplication.translate("RecoveryCardDialog", "Save recovery card"),
        suggested_name,
        QCoreApplication.translate("RecoveryCardDialog", "PDF documents (*.pdf)"),
    )


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """Let the person choose a printer; None when they cancel."""
    return pdf_printing.ask_printer(
        parent,
        QCoreApplication.translate("RecoveryCardDialog", "Recovery card"),
        QCoreApplication.translate("RecoveryCardDialog", "Print recovery card"),
        "recoveryCardPrintDialog",
    )


def grouped_lines(code: str, per_line: int = GROUPS_PER_LINE) -> list[str]:
    """The code's groups, ``per_line`` to a line, for reading aloud and copying by hand."""
    groups = [g for g in code.split("-") if g]
    return [" - ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]


class RecoveryCardDialog(QDialog):
    """The code in large type, the warnings, and Save PDF / Print / Close."""

    saved = Signal()  # the card was written to a file
    printed = Signal()  # the card was sent to a printer

    def __init__(
        self,
        parent: QWidget | None,
        *,
        center_name: str,
        code: str,
        database_id: str,
        head_name: str | None,
        notice: str = "",
        office_code: str | None = None,
        root_fingerprint: str | None = None,
        server: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCardDialog")
        self.setWindowTitle(self.tr("Recovery card"))
        self.setAccessibleName(self.tr("Recovery card"))
        self._data = RecoveryCardData(
            center_name=center_name,
            code=code,
            created=date.today(),
            database_id=database_id,
            head_name=head_name or None,
            head_title=i18n.head_title_word(),
            office_code=office_code or None,
            root_fingerprint=root_fingerprint or None,
            server=server or None,
        )
        self._pdf: bytes | None = None
        self._kept = False  # saved or printed at least once
        # Replaceable by tests: (parent, suggested file name) -> path, and (parent) -> printer.
        self.ask_save_path: Callable[[QWidget | None, str], Path | None] = ask_save_path
        self.ask_printer: Callable[[QWidget | None], QPrinter | None] = ask_printer

        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        self._build_recovery_card_notice(center_name, code, layout, notice)
        self._build_save_recovery_card_pdf(layout)

    def _build_recovery_card_notice(
        self, center_name: str, code: str, layout: QVBoxLayout, notice: str
    ) -> None:
        if notice:
            # Why the card shows now, before anything else (a key change left it unprinted).
            why = QLabel(notice, self)
            why.setObjectName("recoveryCardNotice")
            why.setWordWrap(True)
            set_role(why, "warning")
            layout.addWidget(why)

        heading = QLabel(self.tr("Recovery code for %1").replace("%1", center_name), self)
        heading.setObjectName("recoveryCardHeading")
        heading.setWordWrap(True)
        set_role(heading, "heading")
        layout.addWidget(heading)

        intro = QLabel(
            self.tr(
                "This code opens the database on any computer, without a password. "
                "Print the card or save it as a PDF now."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.code_label = QLabel("\n".join(grouped_lines(code)), self)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.code_label.setFont(mono)  # the app's stylesheet enlarges the "code" role
        set_role(self.code_label, "code")
        layout.addWidget(self.code_label)
        self._build_office_code(layout, mono)

        warning = QLabel(
            self.tr(
                "Keep the card in a safe place, locked away and separate from this computer "
                "and from any backup drive. Anyone holding both the card and a copy of the data "
                "can read every record."
            )
        )
        warning.setObjectName("recoveryCardWarning")
        warning.setWordWrap(True)
        set_role(warning, "warning")
        layout.addWidget(warning)
        newer = QLabel(
            self.tr(
                "A newer card makes this one invalid: when the database key is changed, print "
                "the new card and destroy the old one."
            )
        )
        newer.setObjectName("recoveryCardNewerNote")
        newer.setWordWrap(True)
        layout.addWidget(newer)

        self.status = StatusMessage("recoveryCardStatus", self.tr("Recovery card status"), self)
        layout.addWidget(self.status)

    def _build_office_code(self, layout: QVBoxLayout, mono: QFont) -> None:
        """The card's second code (keys per person): the office recovery key."""
        self.office_code_label: QLabel | None = None
        office_code = self._data.office_code
        if not office_code:
            return
        # Keys per person: the office recovery key opens the sealed cases after a recovery.
        second = QLabel(
            self.tr(
                "Second code: the office recovery key. With it, the head gets new keys and "
                "opens every case's sealed clinical records again after a recovery."
            ),
            self,
        )
        second.setObjectName("officeCodeCaption")
        second.setWordWrap(True)
        layout.addWidget(second)
        self.office_code_label = QLabel("\n".join(grouped_lines(office_code)), self)
        self.office_code_label.setObjectName("officeRecoveryCode")
        self.office_code_label.setAccessibleName(self.tr("Office recovery key code"))
        self.office_code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.office_code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.office_code_label.setFont(mono)
        set_role(self.office_code_label, "code")
        layout.addWidget(self.office_code_label)

    def _build_save_recovery_card_pdf(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.setObjectName("saveRecoveryCardPdf")
        self.save_button.setAccessibleName(self.tr("Save the recovery card as PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printRecoveryCard")
        self.print_button.setAccessibleName(self.tr("Print the recovery card"))
        self.print_button.clicked.connect(self.print_card)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeRecoveryCard")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.request_close)
        self.print_button.setDefault(True)
        set_flag(self.print_button, "prominent", True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    @property
    def code(self) -> str:
        return self._data.code

    @property
    def kept(self) -> bool:
        """Whether the card was saved or printed at least once."""
        return self._kept

    def suggested_file_name(self) -> str:
        short = short_database_id(self._data.database_id) or "LK3"
        return f"Kartu-Pemulihan-{short}-{self._data.created.isoformat()}.pdf"

    def pdf_bytes(self) -> bytes:
        if self._pdf is None:
            self._pdf = render_recovery_card(self._data)
        return self._pdf

    def save_pdf(self) -> bool:
        path = self.ask_save_path(self, self.suggested_file_name())
        if path is None:
            return False
        path = dialogs.with_pdf_suffix(path)
        try:
            write_private_file(path, self.pdf_bytes())
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                text = self.tr("The disk is full. Choose another place to save the card.")
            else:
                text = self.tr("The card could not be saved there. Choose another folder.")
            self.status.show_error(text)
            return False
        self._kept = True
        self.status.show_good(
            self.tr(
                "Saved as %1. Keep the file off this computer, like the card itself, and "
                "delete it here once it is printed."
            ).replace("%1", path.name)
        )
        self.saved.emit()
        return True

    def print_card(self) -> bool:
        printer = self.ask_printer(self)
        if printer is None:
            return False
        try:
            print_pdf(self.pdf_bytes(), printer)
        except OSError:
            self.status.show_error(
                self.tr("The card could not be printed. Check the printer and try again.")
            )
            return False
        self._kept = True
        self.status.show_good(self.tr("The card was sent to the printer."))
        self.printed.emit()
        return True

    def _may_close(self) -> bool:
        """Whether the person, asked if the card is not kept yet, still wants to close."""
        return self._kept or dialogs.confirm(
            self,
            self.tr("Recovery card"),
            self.tr(
                "The card has not been printed or saved yet. Without it, the database cannot be "
                "opened if every password is lost. Close anyway?"
            ),
            ok_text=self.tr("Close without the card"),
            destructive=True,
        )

    def request_close(self) -> None:
        """Close as the person asked (Close, Escape, the window's X): ask first if needed.

        A plain ``reject()`` (locking the app) closes at once, without asking.
        """
        if self._may_close():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.request_close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)
