"""Pieces shared by the assessment forms: signing and the addenda (``ui/signing.py`` worded for
assessments), a red warning panel, saving a PDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QWidget,
)

from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
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
