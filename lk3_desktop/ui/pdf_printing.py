"""Printing a finished PDF on any installed printer, and saving one privately.

The PDF is rendered page by page with QtPdf at the printer's resolution (capped at
``MAX_PRINT_DPI``) and painted onto the QPrinter, so what comes out of the printer is the
document the application archived, not a re-layout of it. Choosing a printer goes through
:mod:`lk3_desktop.ui.dialogs`, which tests replace.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from lk3_desktop.ui import dialogs

# Pages are rendered to an image for the printer; above this the image only grows, not the print.
MAX_PRINT_DPI = 300


def a4_printer(doc_name: str) -> QPrinter:
    """A high-resolution printer set to A4 (the default printer until the person chooses)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(doc_name)
    return printer


def ask_printer(
    parent: QWidget | None, doc_name: str, title: str, object_name: str
) -> QPrinter | None:
    """Let the person choose a printer in QPrintDialog; None when they cancel."""
    printer = a4_printer(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName(object_name)
    dialog.setWindowTitle(title)
    accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading ``pdf`` from memory (keep the buffer alive with the document).

    Raises OSError when the bytes are not a readable PDF.
    """
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        document.close()
        buffer.close()
        raise OSError(errno.EINVAL, "the PDF could not be read")
    return document, buffer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``, each fitted to the paper; returns pages.

    Raises OSError when the document cannot be read or the printer cannot be started.
    """
    document, buffer = load_pdf(pdf)
    printer.setFullPage(True)  # the documents carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        buffer.close()
        raise OSError(errno.EIO, "the printer could not be started")
    pages = 0
    try:
        resolution = printer.resolution()
        dpi = min(resolution, MAX_PRINT_DPI)
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise OSError(errno.EIO, "the printer refused a new page")
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            paper = printer.pageLayout().fullRectPixels(resolution)
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            width, height = round(points.width() * scale), round(points.height() * scale)
            target = QRect(
                (paper.width() - width) // 2, (paper.height() - height) // 2, width, height
            )
            painter.drawImage(target, image)
            pages += 1
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by the owner only where possible."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
