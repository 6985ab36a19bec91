"""The written part of a session note: the sections of its structure (DAP, SOAP or free text),
then plan, interventions, homework and the next appointment.

Changing the structure keeps what was typed: the texts move to the new sections
(:func:`lk3_desktop.core.session_notes.convert_sections`).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.session_notes import ALL_SECTIONS, NOTE_SECTIONS, NoteFormat, convert_sections
from lk3_desktop.services.sessions import NoteInput
from lk3_desktop.ui.date_edit import DateTimeEdit
from lk3_desktop.ui.forms import form_layout
from lk3_desktop.ui.sessions.labels import section_hint, section_label
from lk3_desktop.ui.sessions.note_widgets import (
    TEXT_LINES,
    field_label,
    from_qdate,
    from_qtime,
    text_box,
    to_qdate,
    to_qtime,
)


class NoteTextFields(QWidget):
    """The note's sections and what follows them.

    ``watch`` is called with every field made (sections are made again when the structure
    changes), so the editor can save its draft when the focus leaves one.
    """

    changed = Signal()

    def __init__(self, watch: Callable[[QWidget], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self._read_only = False
        self._format = NoteFormat.DAP
        self._section_edits: dict[str, QPlainTextEdit] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)

        self.sections_holder = QWidget(self)
        self.sections_holder.setObjectName("noteSections")
        self.sections_form = form_layout()
        self.sections_form.setContentsMargins(0, 0, 0, 0)
        self.sections_holder.setLayout(self.sections_form)
        column.addWidget(self.sections_holder)

        rest = form_layout()
        self.plan_edit = text_box(self, "notePlan", self.tr("Plan"), lines=3)
        self.plan_edit.setPlaceholderText(self.tr("What happens next, and who does it."))
        rest.addRow(field_label(self.tr("Plan"), self), self.plan_edit)
        self.interventions_edit = text_box(self, "noteInterventions", self.tr("Interventions"), 2)
        self.interventions_edit.setPlaceholderText(
            self.tr("e.g. psychoeducation, problem solving, family mediation")
        )
        rest.addRow(field_label(self.tr("Interventions used"), self), self.interventions_edit)
        self.homework_edit = text_box(self, "noteHomework", self.tr("Homework and agreements"), 2)
        rest.addRow(field_label(self.tr("Homework / agreements"), self), self.homework_edit)
        self.next_check = QCheckBox(self.tr("Planned"), self)
        self.next_check.setObjectName("nextAppointmentSet")
        self.next_check.setAccessibleName(self.tr("Next appointment planned"))
        self.next_edit = DateTimeEdit(self)
        self.next_edit.setObjectName("nextAppointment")
        self.next_edit.setAccessibleName(self.tr("Next appointment"))
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setEnabled(False)
        self.next_check.toggled.connect(self._next_toggled)
        nxt = QWidget(self)
        nxt_row = QHBoxLayout(nxt)
        nxt_row.setContentsMargins(0, 0, 0, 0)
        nxt_row.addWidget(self.next_check)
        nxt_row.addWidget(self.next_edit)
        nxt_row.addStretch(1)
        rest.addRow(field_label(self.tr("Next appointment"), self), nxt)
        column.addLayout(rest)

        for edit in (self.plan_edit, self.interventions_edit, self.homework_edit):
            edit.textChanged.connect(self.changed)
        self.next_edit.dateTimeChanged.connect(self.changed)
        self.next_check.toggled.connect(self.changed)
        for field in (
            self.plan_edit,
            self.interventions_edit,
            self.homework_edit,
            self.next_check,
            self.next_edit,
        ):
            watch(field)

    @property
    def note_format(self) -> NoteFormat:
        return self._format

    def section_edit(self, name: str) -> QPlainTextEdit | None:
        return self._section_edits.get(name)

    def _build_sections(self, note_format: NoteFormat, texts: dict[str, str]) -> None:
        while self.sections_form.rowCount():
            self.sections_form.removeRow(0)
        self._section_edits = {}
        for name in NOTE_SECTIONS[note_format]:
            edit = text_box(
                self.sections_holder,
                f"noteSection_{name}",
                section_label(name),
                lines=8 if name in ("free", "data", "subjective") else TEXT_LINES,
            )
            edit.setPlaceholderText(section_hint(name))
            edit.setPlainText(texts.get(name, ""))
            edit.setReadOnly(self._read_only)
            edit.textChanged.connect(self.changed)
            self._watch(edit)
            self._section_edits[name] = edit
            self.sections_form.addRow(field_label(section_label(name), self.sections_holder), edit)
        self._format = note_format

    def convert_to(self, target: NoteFormat) -> bool:
        """Rebuild the sections for ``target``, moving the texts; False when already there."""
        if target is self._format:
            return False
        texts = {name: edit.toPlainText() for name, edit in self._section_edits.items()}
        headings = {name: section_label(name) for name in ALL_SECTIONS}
        self._build_sections(target, convert_sections(target, texts, headings))
        return True

    def fill(self, data: NoteInput, note_format: NoteFormat) -> None:
        self._build_sections(note_format, dict(data.sections))
        self.plan_edit.setPlainText(data.plan)
        self.interventions_edit.setPlainText(data.interventions)
        self.homework_edit.setPlainText(data.homework)
        self.next_check.setChecked(data.next_appointment_at is not None)
        moment = data.next_appointment_at or datetime.datetime.combine(
            data.session_date + datetime.timedelta(days=7), data.start_time or datetime.time(9)
        )
        self.next_edit.setDateTime(QDateTime(to_qdate(moment.date()), to_qtime(moment.time())))

    def collect(self, data: NoteInput) -> NoteInput:
        """``data`` with what these fields hold."""
        next_at: datetime.datetime | None = None
        if self.next_check.isChecked():
            value = self.next_edit.dateTime()
            next_at = datetime.datetime.combine(from_qdate(value.date()), from_qtime(value.time()))
        return dataclasses.replace(
            data,
            note_format=self._format.value,
            sections={name: edit.toPlainText() for name, edit in self._section_edits.items()},
            interventions=self.interventions_edit.toPlainText(),
            homework=self.homework_edit.toPlainText(),
            plan=self.plan_edit.toPlainText(),
            next_appointment_at=next_at,
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in (
            self.plan_edit,
            self.interventions_edit,
            self.homework_edit,
            *self._section_edits.values(),
        ):
            edit.setReadOnly(read_only)
        self.next_check.setEnabled(not read_only)
        self.next_edit.setEnabled(not read_only and self.next_check.isChecked())

    def _next_toggled(self, on: bool) -> None:
        self.next_edit.setEnabled(on and not self._read_only)

    def field_widget(self, field: str) -> QWidget | None:
        """The input a service's error about ``field`` points at, if it is one of these."""
        widgets: dict[str, QWidget] = {
            "next_appointment": self.next_edit,
            "plan": self.plan_edit,
            "interventions": self.interventions_edit,
            "homework": self.homework_edit,
        }
        return widgets.get(field) or self._section_edits.get(field)
