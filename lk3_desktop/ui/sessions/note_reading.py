"""A session note to read (signed, or written by someone else) and the addenda under a signed
note, with the field to add one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lk3_desktop.core.session_notes import NOTE_SECTIONS, NoteFormat
from lk3_desktop.services.sessions import NoteChoices, NoteInput, SessionNote
from lk3_desktop.ui.sessions.labels import (
    date_text,
    datetime_text,
    goal_status_label,
    modality_label,
    section_label,
    service_label,
    stage_label,
    time_text,
)
from lk3_desktop.ui.sessions.note_widgets import text_box
from lk3_desktop.ui.style import MUTED, set_role


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


class AddendaView(QWidget):
    """The addenda under a signed note, oldest first, and a field to add one."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendaView")
        self.setAccessibleName(self.tr("Addenda"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(self.tr("Addenda"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        explain = QLabel(
            self.tr(
                "A signed note is never changed. Corrections and additions are written "
                "here, each with its own author and time."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "muted")
        layout.addWidget(explain)
        self.items = QVBoxLayout()
        self.items.setSpacing(6)
        layout.addLayout(self.items)
        self.empty = QLabel(self.tr("No addenda yet."), self)
        self.empty.setObjectName("addendaEmpty")
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        self.new_text = text_box(self, "addendumText", self.tr("New addendum"), lines=3)
        self.new_text.setPlaceholderText(self.tr("Write an addendum…"))
        layout.addWidget(self.new_text)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add addendum"), self)
        self.add_button.setObjectName("addAddendumButton")
        self.add_button.setAccessibleName(self.tr("Add addendum"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        self.new_text.textChanged.connect(
            lambda: self.add_button.setEnabled(bool(self.new_text.toPlainText().strip()))
        )
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._cards: list[QWidget] = []

    def show_addenda(self, note: SessionNote, may_add: bool) -> None:
        for card in self._cards:
            card.deleteLater()
        self._cards = []
        for addendum in note.addenda:
            card = QFrame(self)
            card.setObjectName(f"addendum_{addendum.id}")
            set_role(card, "card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(12, 8, 12, 8)
            who = QLabel(
                self.tr("%1 · %2")
                .replace("%1", addendum.author_name)
                .replace("%2", datetime_text(addendum.written_at)),
                card,
            )
            set_role(who, "muted")
            text = QLabel(addendum.text, card)
            text.setObjectName("addendumBody")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner.addWidget(who)
            inner.addWidget(text)
            card.setAccessibleName(self.tr("Addendum by %1").replace("%1", addendum.author_name))
            self.items.addWidget(card)
            self._cards.append(card)
        self.empty.setVisible(not note.addenda)
        self.new_text.setVisible(may_add)
        self.add_button.setVisible(may_add)

    def clear_input(self) -> None:
        self.new_text.clear()

    def _add(self) -> None:
        text = self.new_text.toPlainText().strip()
        if text:
            self.add_button.setEnabled(False)
            self.add_requested.emit(text)
