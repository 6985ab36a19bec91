"""The issued letter on screen (QtPdf), with Print… and Save PDF… for the head and delegates.

The preview shows the archived bytes; printing and saving fetch them again through the
service, which checks the permission and writes the audit row (``referral.printed``,
``referral.exported``), so a reprint is the identical letter.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lk3_desktop.services import referrals
from lk3_desktop.ui import dialogs, pdf_printing
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.referrals.common import show_failure
from lk3_desktop.ui.style import set_flag, set_role


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    return pdf_printing.ask_printer(
        parent,
        QCoreApplication.translate("LetterPreviewDialog", "Referral letter"),
        QCoreApplication.translate("LetterPreviewDialog", "Print referral letter"),
        "referralPrintDialog",
    )


def ask_save_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    return dialogs.ask_pdf_path(
        parent,
        QCoreApplication.translate("LetterPreviewDialog", "Save referral letter"),
        suggested_name,
        QCoreApplication.translate("LetterPreviewDialog", "PDF documents (*.pdf)"),
    )


class LetterPreviewDialog(QDialog):
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(object)  # Path

    def __init__(
        self,
        context: AppContext,
        referral_id: int,
        pdf: bytes,
        number: str,
        heading: str,
        can_print: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._referral_id = referral_id
        self._number = number
        self.setObjectName("letterPreviewDialog")
        title = self.tr("Referral letter %1").replace("%1", number)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        # Replaceable by tests: (parent) -> printer, and (parent, suggested name) -> path.
        self.ask_printer: Callable[[QWidget | None], QPrinter | None] = ask_printer
        self.ask_save_path: Callable[[QWidget | None, str], Path | None] = ask_save_path

        layout = QVBoxLayout(self)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("letterPreviewHeading")
        self.heading.setWordWrap(True)
        set_role(self.heading, "muted")
        layout.addWidget(self.heading)

        self.document, self._buffer = pdf_printing.load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("letterPdfView")
        self.view.setAccessibleName(self.tr("Letter preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)

        self.status = StatusMessage("letterPreviewStatus", self.tr("Letter status"), self)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printLetterButton")
        self.print_button.setAccessibleName(self.tr("Print the referral letter"))
        set_flag(self.print_button, "prominent", True)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.setObjectName("saveLetterPdfButton")
        self.save_button.setAccessibleName(self.tr("Save the referral letter as PDF"))
        self.package_button = QPushButton(self.tr("Save package…"), self)
        self.package_button.setObjectName("saveLetterPackageButton")
        self.package_button.setAccessibleName(
            self.tr("Save the letter and its enclosed documents as one PDF")
        )
        self.package_button.setToolTip(
            self.tr("The letter followed by the documents listed as its enclosures, in one PDF")
        )
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeLetterPreviewButton")
        close.setAccessibleName(self.tr("Close"))
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_pdf)
        self.package_button.clicked.connect(self.save_package)
        close.clicked.connect(self.reject)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.package_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.print_button.setVisible(can_print)
        self.save_button.setVisible(can_print)
        self.package_button.setVisible(can_print)
        if can_print:
            self.print_button.setDefault(True)
            self._ask_for_enclosures()
        self.resize(760, 720)

    def _ask_for_enclosures(self) -> None:
        """A package is the letter with its documents: offered when documents were chosen."""
        from lk3_desktop.services.attachments.enclosures import list_enclosures

        rid = self._referral_id
        Operation(
            self._context, self, lambda s: len(list_enclosures(s, rid)), self._enclosures_known
        ).failure(lambda _exc: None).run()

    def _enclosures_known(self, count: int) -> None:
        self.package_button.setEnabled(count > 0)
        if count == 0:
            self.package_button.setToolTip(
                self.tr(
                    "No documents were chosen to go with this letter; “Save PDF” saves the "
                    "letter alone. Documents are chosen in the referral form before signing."
                )
            )

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def print_letter(self) -> None:
        printer = self.ask_printer(self)
        if printer is None:
            return
        rid = self._referral_id
        self.print_button.setEnabled(False)

        def done(pdf: bytes) -> None:
            self.print_button.setEnabled(True)
            try:
                pages = pdf_printing.print_pdf(pdf, printer)
            except OSError:
                self.status.show_error(
                    self.tr("The letter could not be printed. Check the printer and try again.")
                )
                return
            self.status.show_good(
                self.tr("The letter was sent to the printer (%n page(s)).", "", pages)
            )
            self.printed.emit(pages)

        (
            Operation(
                self._context, self, lambda session: referrals.print_letter(session, rid), done
            )
            .failure(self._failed)
            .run()
        )

    def save_package(self) -> None:
        """The letter and the documents chosen to go with it, as one PDF (signer; audited)."""
        from lk3_desktop.services.referrals.package import PackageInfo, save_package

        safe = self._number.replace("/", "-")
        path = self.ask_save_path(self, f"Paket-Surat-Rujukan-{safe}.pdf")
        if path is None:
            return
        target = dialogs.with_pdf_suffix(path)
        rid = self._referral_id

        def done(info: PackageInfo) -> None:
            text = self.tr("Saved as %1: the letter and %2 enclosed document(s), %3 pages.")
            text = (
                text.replace("%1", target.name)
                .replace("%2", str(info.enclosed))
                .replace("%3", str(info.pages))
            )
            if info.left_out:
                text += " " + self.tr(
                    "%1 enclosure(s) marked “jangan diungkap” since were left out."
                ).replace("%1", str(info.left_out))
            self.status.show_good(text)
            self.saved.emit(target)

        (
            Operation(self._context, self, lambda s: save_package(s, rid, target), done)
            .failure(self._failed)
            .run()
        )

    def save_pdf(self) -> None:
        safe = self._number.replace("/", "-")
        path = self.ask_save_path(self, f"Surat-Rujukan-{safe}.pdf")
        if path is None:
            return
        path = dialogs.with_pdf_suffix(path)
        rid = self._referral_id

        def done(pdf: bytes) -> None:
            try:
                pdf_printing.write_private_file(path, pdf)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    text = self.tr("The disk is full. Choose another place to save the letter.")
                else:
                    text = self.tr("The letter could not be saved there. Choose another folder.")
                self.status.show_error(text)
                return
            self.status.show_good(self.tr("Saved as %1.").replace("%1", path.name))
            self.saved.emit(path)

        (
            Operation(
                self._context, self, lambda session: referrals.export_letter(session, rid), done
            )
            .failure(self._failed)
            .run()
        )

    def _failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_failure(self, exc)
