"""A session note to read (signed, or written by someone else); the addenda under it are
``ui.signing.AddendaView``."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from lk3_desktop.core.session_notes import NOTE_SECTIONS, NoteFormat
from lk3_desktop.services.sessions import NoteChoices, NoteInput, SessionNote
from lk3_desktop.ui.dates import date_text, datetime_text, time_text
from lk3_desktop.ui.sessions.labels import (
    goal_status_label,
    modality_label,
    section_label,
    service_label,
    stage_label,
)
from lk3_desktop.ui.style import MUTED


class NoteReadView(QLabel):
    """The note as a page: its facts in a small table, then each section under its heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteReadView")
        self.setAccessibleName(self.tr("Signed note"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_note(self, data: NoteInput, choices: NoteChoices, note: SessionNote | None) -> None:
        """Show ``data`` (a note of the case of ``choices``; ``note`` once it was saved)."""
        self.setText(self._render(data, choices, note))

    def _render(self, data: NoteInput, choices: NoteChoices, note: SessionNote | None) -> str:
        members = {m.id: m.name for m in choices.members}
        present = [members.get(i, "?") for i in data.attendee_member_ids]
        if note is not None:
            present = [a.name for a in note.attendees]
        else:
            present += list(data.other_attendees)
        when = date_text(data.session_date)
        if data.start_time and data.end_time:
            when += ", " + f"{time_text(data.start_time)}–{time_text(data.end_time)}"
        rows = [
            (self.tr("Date and time"), when),
            (
                self.tr("Service"),
                f"{service_label(data.service_type)} · {modality_label(data.modality)}",
            ),
            (self.tr("Case stage"), stage_label(data.case_stage)),
            (self.tr("Present"), ", ".join(present) or "–"),
        ]
        html = ["<table cellspacing='0' cellpadding='3'>"]
        for label, value in rows:
            html.append(
                f"<tr><td style='color:{MUTED}; padding-right:16px'>{escape(label)}</td>"
                f"<td>{escape(value)}</td></tr>"
            )
        html.append("</table>")
        try:
            note_format = NoteFormat(data.note_format)
        except ValueError:
            note_format = NoteFormat.FREE
        blocks = [(section_label(n), data.sections.get(n, "")) for n in NOTE_SECTIONS[note_format]]
        blocks += [
            (self.tr("Plan"), data.plan),
            (self.tr("Interventions used"), data.interventions),
            (self.tr("Homework / agreements"), data.homework),
        ]
        if data.next_appointment_at is not None:
            blocks.append((self.tr("Next appointment"), datetime_text(data.next_appointment_at)))
        for title, text in blocks:
            body = escape(text.strip()).replace("\n", "<br>") if text.strip() else "–"
            html.append(f"<h4 style='margin-top:14px; margin-bottom:2px'>{escape(title)}</h4>")
            html.append(f"<p style='margin-top:0'>{body}</p>")
        if note is not None and note.goal_reviews:
            html.append(
                "<h4 style='margin-top:14px; margin-bottom:2px'>"
                f"{escape(self.tr('Case plan goals reviewed in this session'))}</h4><ul>"
            )
            for review in note.goal_reviews:
                remark = f" – {escape(review.note)}" if review.note else ""
                html.append(
                    f"<li>{escape(review.description)}: "
                    f"<b>{escape(goal_status_label(review.status))}</b>{remark}</li>"
                )
            html.append("</ul>")
        return "".join(html)
