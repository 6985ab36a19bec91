"""Where a Beranda item leads: the record itself, one click away.

A risk flag opens the client's Asesmen tab (the red banner there records the action), a
screening, psychosocial or client safety plan draft opens its form, a note opens in the Sesi
tab, a letter or a follow-up is selected on the Rujukan page, a no-show on its day in the
schedule, a client without consent opens on Identitas (the consent section), retention on
Dokumen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from lk3_desktop.services.inbox import InboxItem, Kind, Record
from lk3_desktop.ui.pages.inbox import PAGE_OF_KIND

if TYPE_CHECKING:
    from lk3_desktop.ui.main_window import MainWindow

_CLIENT_RECORD: dict[Record, str] = {
    Record.RISK_FLAG: "risk_flag",
    Record.SESSION: "session",
    Record.NOTE_DRAFT: "note_draft",
    Record.ADMINISTRATION: "administration",
    Record.PSYCHOSOCIAL: "psychosocial",
    Record.SAFETY_PLAN: "safety_plan",
}


def open_inbox_item(window: MainWindow, item: InboxItem) -> None:
    """Show the record ``item`` stands for."""
    if item.record is Record.REFERRAL:
        window.show_page_key("rujukan")
        window.referrals_page.show_referral(item.record_id)
    elif item.record is Record.APPOINTMENT:
        window.show_page_key("jadwal")
        _bring_forward(window.schedule_page)
        window.schedule_page.show_appointment_on(item.on, item.record_id)
    else:
        if item.record is Record.CLIENT:
            where = "personal_data" if item.kind is Kind.RETENTION else "consent"
            record = (where, item.client_id)
        else:
            record = (_CLIENT_RECORD[item.record], item.record_id)
        window.show_page_key("klien")
        window.clients_page.open_client(item.client_id, record)


def _bring_forward(page: QWidget) -> None:
    """Make ``page`` the current tab of the tab widget that holds it (if any)."""
    holder = page.parentWidget()
    while holder is not None and not isinstance(holder, QTabWidget):
        holder = holder.parentWidget()
    if holder is not None:
        holder.setCurrentWidget(page)


def open_inbox_list(window: MainWindow, kind: Kind) -> None:
    """Show where all items of ``kind`` are (the list of clients at risk for risk flags)."""
    if kind is Kind.RISK:
        window.show_page_key("klien")
        window.clients_page.show_high_risk()
        return
    window.show_page_key(PAGE_OF_KIND[kind])
