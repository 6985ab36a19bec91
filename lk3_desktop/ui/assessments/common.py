"""Pieces shared by the assessment forms: signing and the addenda (``ui/signing.py`` worded for
assessments), a red warning panel, saving a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QWidget,
)

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.signing import AddendaView, ask_signature
from lk3_desktop.ui.style import RISK

RISK_PANEL_STYLE = (
    f"QFrame#%s {{ background: #fdecea; border: 2px solid {RISK}; border-radius: 6px; }}"
    f"QFrame#%s > QLabel {{ color: {RISK}; background: transparent; border: none; }}"
)


def risk_panel(object_name: str, accessible_name: str, parent: QWidget) -> QFrame:
    """A pale red framed panel for risk warnings (red is for risk only)."""
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setAccessibleName(accessible_name)
    frame.setStyleSheet(RISK_PANEL_STYLE % (object_name, object_name))
    return frame


def sign_assessment(
    context: AppContext, parent: QWidget, action: Callable[[UserSession, str], Any]
) -> Any | None:
    """Password re-entry, then ``action(session, password)`` on the lane; its result, or None
    when cancelled."""
    return ask_signature(
        context,
        parent,
        title=QCoreApplication.translate("Assessments", "Sign assessment"),
        text=QCoreApplication.translate(
            "Assessments",
            "Signing locks this assessment: afterwards nothing in it can be changed, only "
            "addenda can be added. Enter your password to sign.",
        ),
        ok_text=QCoreApplication.translate("Assessments", "Sign"),
        busy_text=QCoreApplication.translate("Assessments", "Signing…"),
        action=action,
    )


def addenda_view(object_name: str, parent: QWidget, signed: bool) -> AddendaView:
    """The addenda under a signed assessment with the field to add one; hidden on a draft."""
    view = AddendaView(
        parent,
        object_name=object_name,
        explanation=QCoreApplication.translate(
            "Assessments",
            "A signed assessment is never changed. Corrections and additions are written "
            "here, each with its own author and time.",
        ),
    )
    view.setVisible(signed)
    return view


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
                QCoreApplication.translate("Assessments", "PDF saved"),
                QCoreApplication.translate("Assessments", "The PDF was saved."),
            ),
        )
        .titled(QCoreApplication.translate("Assessments", "The PDF was not saved"))
        .run()
    )
