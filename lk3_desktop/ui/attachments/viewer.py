"""An attached document shown inside the app: a PDF in QPdfView, a picture scaled to the
window; the bytes stay in memory (nothing is written to disk to show them). Saving a copy and
printing are explicit buttons, each audited by its service call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.attachments import MIME_PDF, safe_file_name
from lk3_desktop.services import attachments
from lk3_desktop.ui import dialogs, pdf_printing
from lk3_desktop.ui.attachments.labels import kind_label, record_label, size_text
from lk3_desktop.ui.attachments.thumbnails import upright_image
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.operations import Operation


def ask_printer(parent: QWidget | None, doc_name: str) -> QPrinter | None:
    return pdf_printing.ask_printer(
        parent,
        doc_name,
        QCoreApplication.translate("AttachmentViewer", "Print the document"),
        "attachmentPrintDialog",
    )


class AttachmentViewer(QDialog):
    def __init__(
        self,
        context: AppContext,
        opened: attachments.OpenedAttachment,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self._context = context
        self._opened = opened
        # Replaced by tests with a printer writing a PDF file.
        self.ask_printer: Callable[[QWidget | None, str], QPrinter | None] = ask_printer
        info = opened.info
        self.setWindowTitle(f"{kind_label(info.kind)} · {info.file_name}")
        layout = QVBoxLayout(self)
        layout.addWidget(self._facts())
        self.pdf_view: QWidget | None = None
        self.picture: QLabel | None = None
        self._image = QImage()
        if info.mime == MIME_PDF:
            layout.addWidget(self._pdf(opened.data), 1)
        else:
            layout.addWidget(self._picture(opened.data), 1)
        self.message = StatusMessage("attachmentViewerMessage", self.tr("Viewer message"), self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_button.setObjectName("attachmentSaveCopy")
        self.save_button.setAccessibleName(self.tr("Save an unencrypted copy"))
        self.save_button.clicked.connect(self.save_copy)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("attachmentPrint")
        self.print_button.setAccessibleName(self.tr("Print the document"))
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("attachmentViewerClose")
        close.clicked.connect(self.accept)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(900, 680)

    def _facts(self) -> QLabel:
        info = self._opened.info
        parts = [
            kind_label(info.kind),
            record_label(info.record_type),
            date_text(info.document_date) if info.document_date else "",
            size_text(info.size),
            f"SHA-256 {info.sha256[:16]}…",
        ]
        text = " · ".join(p for p in parts if p)
        if info.downscaled:
            text += "\n" + self.tr(
                "Made smaller when attached; the original (%1) had SHA-256 %2."
            ).replace("%1", size_text(info.original_size)).replace(
                "%2", info.original_sha256[:16] + "…"
            )
        if info.note:
            text += "\n" + info.note
        label = QLabel(text, self)
        label.setObjectName("attachmentFacts")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _pdf(self, data: bytes) -> QWidget:
        from PySide6.QtPdfWidgets import QPdfView

        from lk3_desktop.ui.pdf_printing import load_pdf

        self._document, self._buffer = load_pdf(data, self)
        view = QPdfView(self)
        view.setObjectName("attachmentPdfView")
        view.setAccessibleName(self.tr("The document"))
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self._document)
        self.pdf_view = view
        return view

    def _picture(self, data: bytes) -> QWidget:
        self._image = upright_image(data)
        scroll = QScrollArea(self)
        scroll.setObjectName("attachmentPictureScroll")
        scroll.setWidgetResizable(True)
        # the picture is fitted to the room, never larger: scroll bars would only fight it
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QLabel(scroll)
        self.picture.setObjectName("attachmentPicture")
        self.picture.setAccessibleName(self.tr("The picture"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll.setWidget(self.picture)
        self._scroll = scroll
        # The picture fits the room it gets once laid out: the viewport's own resizes, not the
        # dialog's (whose children are not laid out yet when it hears of its new size).
        scroll.viewport().installEventFilter(self)
        return scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._scroll.viewport():
            self._fit_picture()
        return super().eventFilter(watched, event)

    def _fit_picture(self) -> None:
        if self.picture is None or self._image.isNull():
            return
        room = self._scroll.viewport().size()
        self.picture.setPixmap(
            QPixmap.fromImage(self._image).scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def save_copy(self) -> None:
        info = self._opened.info
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Save a copy of the document"),
            safe_file_name(info.file_name, info.mime),
            self.tr("Documents (*.pdf *.jpg *.png)"),
            Path(safe_file_name(info.file_name, info.mime)).suffix.lstrip("."),
        )
        if not chosen:
            return
        target = Path(chosen)
        Operation(
            self._context,
            self,
            lambda s: attachments.save_copy(s, info.id, target),
            lambda path: self.message.show_good(
                self.tr("A copy was saved as %1. It is not encrypted: keep it safe.").replace(
                    "%1", path.name
                )
            ),
        ).failure_in(self.message).run()

    def print_document(self) -> None:
        """Ask for a printer, then print what the service hands over (audited there)."""
        info = self._opened.info
        printer = self.ask_printer(self, info.file_name)
        if printer is None:
            return

        def send(pdf: bytes) -> None:
            try:
                pages = pdf_printing.print_pdf(pdf, printer)
            except OSError:
                self.message.show_error(
                    self.tr("The document could not be printed. Check the printer.")
                )
                return
            self.message.show_good(
                self.tr("Sent to the printer (%1 page(s)).").replace("%1", str(pages))
            )

        Operation(
            self._context, self, lambda s: attachments.printable(s, info.id), send
        ).failure_in(self.message).run()
