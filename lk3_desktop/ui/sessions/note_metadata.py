"""The first rows of a session note: when it took place, which service, the case stage, who was
present (family members of the case and others) and the note's structure (DAP, SOAP, free)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.session_notes import MODALITIES, SERVICE_TYPES, NoteFormat
from lk3_desktop.services.sessions import NoteChoices, NoteInput
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.forms import form_layout
from lk3_desktop.ui.sessions.labels import format_label, modality_label, service_label
from lk3_desktop.ui.sessions.note_widgets import (
    field_label,
    from_qdate,
    from_qtime,
    to_qdate,
    to_qtime,
)


class NoteMetadataFields(QWidget):
    """Date and time, service and modality, case stage, attendees and the note structure.

    ``watch`` is called with every field made, so the editor can save its draft when the
    focus leaves one. ``changed`` is any edit; ``format_chosen`` is a new structure picked.
    """

    changed = Signal()
    format_chosen = Signal()

    def __init__(self, watch: Callable[[QWidget], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = form_layout()
        form.setContentsMargins(0, 0, 0, 0)
        self.setLayout(form)
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("sessionDate")
        self.date_edit.setAccessibleName(self.tr("Session date"))
        self.date_edit.setCalendarPopup(True)
        self.start_edit = QTimeEdit(self)
        self.start_edit.setObjectName("sessionStart")
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.start_edit.setDisplayFormat("HH.mm")
        self.end_edit = QTimeEdit(self)
        self.end_edit.setObjectName("sessionEnd")
        self.end_edit.setAccessibleName(self.tr("End time"))
        self.end_edit.setDisplayFormat("HH.mm")
        when = QWidget(self)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.date_edit)
        when_row.addSpacing(12)
        when_row.addWidget(QLabel(self.tr("from"), when))
        when_row.addWidget(self.start_edit)
        when_row.addWidget(QLabel(self.tr("to"), when))
        when_row.addWidget(self.end_edit)
        when_row.addStretch(1)
        form.addRow(field_label(self.tr("Date and time"), self), when)

        self._build_session_modality(form, watch)

    def _build_session_modality(self, form: QFormLayout, watch: Callable[[QWidget], None]) -> None:
        self.modality_combo = ComboBox(self)
        self.modality_combo.setObjectName("sessionModality")
        self.modality_combo.setAccessibleName(self.tr("Modality"))
        for code in MODALITIES:
            self.modality_combo.addItem(modality_label(code), code)
        self.service_combo = ComboBox(self)
        self.service_combo.setObjectName("sessionServiceType")
        self.service_combo.setAccessibleName(self.tr("Service type"))
        for code in SERVICE_TYPES:
            self.service_combo.addItem(service_label(code), code)
        kind = QWidget(self)
        kind_row = QHBoxLayout(kind)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.service_combo, 1)
        kind_row.addWidget(self.modality_combo, 1)
        form.addRow(field_label(self.tr("Service"), self), kind)

        self.stage_combo = ComboBox(self)
        self.stage_combo.setObjectName("sessionStage")
        self.stage_combo.setAccessibleName(self.tr("Case stage"))
        for stage in Stage:
            self.stage_combo.addItem(STAGE_LABELS_ID[stage], stage.value)
        form.addRow(field_label(self.tr("Case stage"), self), self.stage_combo)

        self.attendee_list = QListWidget(self)
        self.attendee_list.setObjectName("attendeeList")
        self.attendee_list.setAccessibleName(self.tr("Family members present"))
        self.attendee_list.setFlow(QListWidget.Flow.LeftToRight)
        self.attendee_list.setWrapping(True)
        self.attendee_list.setSpacing(2)
        self.attendee_list.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.others_edit = QLineEdit(self)
        self.others_edit.setObjectName("otherAttendees")
        self.others_edit.setAccessibleName(self.tr("Others present"))
        self.others_edit.setPlaceholderText(self.tr("Others present, separated by commas"))
        who = QWidget(self)
        who_col = QVBoxLayout(who)
        who_col.setContentsMargins(0, 0, 0, 0)
        who_col.setSpacing(4)
        who_col.addWidget(self.attendee_list)
        who_col.addWidget(self.others_edit)
        form.addRow(field_label(self.tr("Present"), self), who)

        self.format_combo = ComboBox(self)
        self.format_combo.setObjectName("noteFormat")
        self.format_combo.setAccessibleName(self.tr("Note structure"))
        for note_format in NoteFormat:
            self.format_combo.addItem(format_label(note_format), note_format.value)
        form.addRow(field_label(self.tr("Note structure"), self), self.format_combo)

        self.others_edit.textChanged.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.start_edit.timeChanged.connect(self.changed)
        self.end_edit.timeChanged.connect(self.changed)
        self.modality_combo.currentIndexChanged.connect(self.changed)
        self.service_combo.currentIndexChanged.connect(self.changed)
        self.stage_combo.currentIndexChanged.connect(self.changed)
        self.attendee_list.itemChanged.connect(self.changed)
        self.format_combo.currentIndexChanged.connect(self.format_chosen)
        for field in self._fields():
            watch(field)

    def _fields(self) -> list[QWidget]:
        return [
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.modality_combo,
            self.service_combo,
            self.stage_combo,
            self.attendee_list,
            self.others_edit,
            self.format_combo,
        ]

    def fill(self, choices: NoteChoices, data: NoteInput, note_format: NoteFormat) -> None:
        self.date_edit.setMaximumDate(to_qdate(datetime.date.today()))
        self.date_edit.setMinimumDate(to_qdate(choices.intake_date))
        self.date_edit.setDate(to_qdate(data.session_date))
        self.start_edit.setTime(to_qtime(data.start_time or datetime.time(9, 0)))
        self.end_edit.setTime(to_qtime(data.end_time or datetime.time(10, 0)))
        select(self.modality_combo, data.modality)
        select(self.service_combo, data.service_type)
        select(self.stage_combo, data.case_stage or choices.stage.value)
        self.attendee_list.clear()
        for member in choices.members:
            item = QListWidgetItem(
                self.tr("%1 (%2)")
                .replace("%1", member.name)
                .replace("%2", _relationship(member.relationship))
            )
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member.id in data.attendee_member_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.attendee_list.addItem(item)
        self.others_edit.setText(", ".join(data.other_attendees))
        select(self.format_combo, note_format.value)

    def chosen_format(self) -> NoteFormat:
        return NoteFormat(str(self.format_combo.currentData()))

    def collect(self, case_id: int) -> NoteInput:
        """A note of ``case_id`` holding what these fields hold (the rest left at defaults)."""
        members = []
        for i in range(self.attendee_list.count()):
            item = self.attendee_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                members.append(int(item.data(Qt.ItemDataRole.UserRole)))
        others = tuple(n.strip() for n in self.others_edit.text().split(",") if n.strip())
        return NoteInput(
            case_id=case_id,
            session_date=from_qdate(self.date_edit.date()),
            start_time=from_qtime(self.start_edit.time()),
            end_time=from_qtime(self.end_edit.time()),
            modality=str(self.modality_combo.currentData()),
            service_type=str(self.service_combo.currentData()),
            case_stage=str(self.stage_combo.currentData()),
            attendee_member_ids=tuple(members),
            other_attendees=others,
        )

    def set_read_only(self, read_only: bool) -> None:
        self.others_edit.setReadOnly(read_only)
        for widget in (
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.modality_combo,
            self.service_combo,
            self.stage_combo,
            self.format_combo,
        ):
            widget.setEnabled(not read_only)
        for i in range(self.attendee_list.count()):
            item = self.attendee_list.item(i)
            flags = item.flags()
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)

    def field_widget(self, field: str) -> QWidget | None:
        """The input a service's error about ``field`` points at, if it is one of these."""
        widgets: dict[str, QWidget] = {
            "session_date": self.date_edit,
            "end_time": self.end_edit,
            "modality": self.modality_combo,
            "service_type": self.service_combo,
            "case_stage": self.stage_combo,
            "attendees": self.others_edit,
        }
        return widgets.get(field)


def select(combo: QComboBox, value: str) -> None:
    """Choose the item whose data is ``value`` (the first item when none is)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _relationship(code: str) -> str:
    from lk3_desktop.core.vocabulary import FAMILY_RELATIONSHIPS

    return FAMILY_RELATIONSHIPS.get(code, code)
