"""Counseling sessions, the schedule, case plans and case timelines (issue 5).

Widgets other pages mount (each has ``reload()``):

- :class:`SessionsPanel` (client page, "Sesi" tab) and its :class:`NoteEditor`;
- :class:`TimelinePanel` (client page, "Riwayat" tab; signal ``openRecord(kind, id)``);
- :class:`CasePlanPanel` (case page);
- :class:`SchedulePage` (the "Jadwal" navigation page);
- :class:`TodayAppointmentsWidget` (Beranda);
- :func:`offer_pending_drafts` (the main window calls it after sign-in) and
  :class:`DraftRecoveryDialog`.
"""

from lk3_desktop.ui.sessions.case_plan_panel import CasePlanPanel
from lk3_desktop.ui.sessions.draft_recovery import DraftRecoveryDialog, offer_pending_drafts
from lk3_desktop.ui.sessions.note_editor import NoteEditor
from lk3_desktop.ui.sessions.note_window import NoteEditorWindow
from lk3_desktop.ui.sessions.schedule_page import SchedulePage
from lk3_desktop.ui.sessions.sessions_panel import SessionsPanel
from lk3_desktop.ui.sessions.timeline_panel import TimelinePanel
from lk3_desktop.ui.sessions.today_widget import TodayAppointmentsWidget

__all__ = [
    "CasePlanPanel",
    "DraftRecoveryDialog",
    "NoteEditor",
    "NoteEditorWindow",
    "SchedulePage",
    "SessionsPanel",
    "TimelinePanel",
    "TodayAppointmentsWidget",
    "offer_pending_drafts",
]
