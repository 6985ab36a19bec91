"""Saving and printing a PDF that a service makes (a record of a client): where to save it,
making it on the lane, writing it readable by the owner only, and printing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation


def save_pdf(
    context: AppContext,
    parent: QWidget,
    title: str,
    suggested_name: str,
    make_pdf: Callable[[UserSession], bytes],
) -> bool:
    """Ask where to save, then make the PDF with ``make_pdf(session)`` on the lane and write it
    readable by the owner only; a notice when it is written, a warning when it is not (a
    "jangan diungkap" record, a full disk). False when the person cancelled."""
    target = dialogs.ask_pdf_path(parent, title, suggested_name)
    if target is None:
        return False
    return write_pdf(context, parent, target, make_pdf)


def write_pdf(
    context: AppContext,
    parent: QWidget,
    target: Path,
    make_pdf: Callable[[UserSession], bytes],
) -> bool:
    """Make the PDF on the lane and write it to ``target`` readable by the owner only."""
    # Imported here: pdf_printing loads QtPdf and QtPrintSupport, which the forms need only now.
    from lk3_desktop.ui.pdf_printing import write_private_file

    def write(session: UserSession) -> Path:
        write_private_file(target, make_pdf(session))
        return target

    return (
        Operation(
            context,
            parent,
            write,
            lambda _path: dialogs.inform(
                parent,
                QCoreApplication.translate("PdfExport", "PDF saved"),
                QCoreApplication.translate("PdfExport", "The PDF was saved."),
            ),
        )
        .titled(QCoreApplication.translate("PdfExport", "The PDF was not saved"))
        .run()
    )


def print_pdf_on_printer(
    context: AppContext,
    parent: QWidget,
    title: str,
    doc_name: str,
    make_pdf: Callable[[UserSession], bytes],
) -> bool:
    """Let the person choose a printer, make the PDF on the lane and print every page of it;
    a notice when it went to the printer. False when the person cancelled."""
    from lk3_desktop.ui import pdf_printing

    printer = pdf_printing.ask_printer(parent, doc_name, title, "recordPrintDialog")
    if printer is None:
        return False

    def printed(pdf: bytes) -> None:
        try:
            pages = pdf_printing.print_pdf(pdf, printer)
        except OSError:
            dialogs.warn(
                parent,
                title,
                QCoreApplication.translate(
                    "PdfExport", "The document could not be printed. Check the printer."
                ),
            )
            return
        dialogs.inform(
            parent,
            title,
            QCoreApplication.translate("PdfExport", "Sent to the printer (%n page(s)).", "", pages),
        )

    return (
        Operation(context, parent, make_pdf, printed)
        .titled(QCoreApplication.translate("PdfExport", "The document was not printed"))
        .run()
    )
