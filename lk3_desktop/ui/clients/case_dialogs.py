"""Dialogs of the Kasus tab: a new case (intake), a stage change, reassignment, clinical data.

Each runs its service call on the lane; the services refuse what a role may not do, and the
dialogs only leave out what would be refused (staf: no clinical fields, no counselor).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.case_stages import (
    CLOSING_OUTCOMES,
    OTHER_OUTCOME,
    STAGE_LABELS_ID,
    Stage,
    allowed_next,
)
from lk3_desktop.core.errors import EditConflict
from lk3_desktop.core.roles import Role
from lk3_desktop.core.vocabulary import REFERRAL_SOURCES, URGENCIES
from lk3_desktop.services import cases
from lk3_desktop.services.cases import CaseInfo, CaseInput, CounselorChoice, ProblemAreaChoice
from lk3_desktop.services.families import FamilyInfo
from lk3_desktop.ui.clients.consent_section import date_edit, py_date
from lk3_desktop.ui.clients.form_parts import form_layout, row
from lk3_desktop.ui.clients.lane_dialog import LaneDialog
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.edit_conflict import save_mine_over_theirs
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.style import set_role

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _text_box(parent: QWidget, name: str, accessible: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _combo(
    parent: QWidget, name: str, accessible: str, items: Iterable[tuple[str, object]]
) -> QComboBox:
    combo = ComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class ProblemAreaList(QListWidget):
    """The presenting problem areas, ticked."""

    def __init__(
        self,
        areas: Sequence[ProblemAreaChoice],
        checked: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemAreaList")
        self.setUniformItemSizes(True)
        chosen = set(checked)
        for area in areas:
            item = QListWidgetItem(area.name)
            item.setData(CODE_ROLE, area.code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
            item.setCheckState(
                Qt.CheckState.Checked if area.code in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.setFixedHeight(self.fontMetrics().height() * 7 + 12)

    def checked_codes(self) -> tuple[str, ...]:
        return tuple(
            sorted(
                str(self.item(i).data(CODE_ROLE))
                for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked
            )
        )

    def check(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class NewCaseDialog(LaneDialog):
    """Penerimaan (intake): opens a case with the next registration number."""

    def __init__(
        self,
        context: AppContext,
        client_id: int,
        found_families: Sequence[FamilyInfo],
        counselors: Sequence[CounselorChoice],
        problem_areas: Sequence[ProblemAreaChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("New case (intake)"))
        self.setAccessibleName(self.tr("New case (intake)"))
        self._client_id = client_id
        session = context.require_session()
        role = session.actor.role
        self._clinical = role is not Role.STAF
        layout = QVBoxLayout(self)
        form = form_layout()

        self._build_referral_detail(form)

        self.counselor = ComboBox(self)
        self.counselor.setObjectName("caseCounselor")
        self.counselor.setAccessibleName(self.tr("Counselor"))
        self.counselor.addItem(self.tr("Not assigned yet"), None)
        if role is Role.KEPALA:
            for choice in counselors:
                self.counselor.addItem(choice.full_name, choice.id)
        elif role is Role.KONSELOR:
            self.counselor.addItem(session.actor.full_name, session.actor.user_id)
            self.counselor.setCurrentIndex(1)
        if role is Role.STAF:
            note = QLabel(self.tr("The head of the center assigns the counselor."), self)
            note.setObjectName("counselorNote")
            set_role(note, "muted")
            form.addRow(self.tr("Counselor"), note)
            self.counselor.hide()
        else:
            self._field(
                form,
                "counselor_id",
                self.tr("Counselor"),
                self.counselor,
                shown=row(self, self.counselor),
            )

        self._build_case_family(form, found_families)

        self.presenting = _text_box(self, "presentingProblem", self.tr("Presenting problem"), 4)
        self.areas = ProblemAreaList(problem_areas, (), self)
        self.areas.setAccessibleName(self.tr("Problem areas"))
        if self._clinical:
            self._field(form, "presenting_problem", self.tr("Presenting problem"), self.presenting)
            self._field(form, "problem_areas", self.tr("Problem areas"), self.areas)
        else:
            self.presenting.hide()
            self.areas.hide()
            note = QLabel(
                self.tr(
                    "The presenting problem is clinical content: the counselor records it "
                    "after the case is opened."
                ),
                self,
            )
            note.setObjectName("clinicalNote")
            note.setWordWrap(True)
            set_role(note, "muted")
            layout.addWidget(note)
        layout.insertLayout(0, form)
        self._finish_layout(layout, self.tr("Open case"))
        self._source_changed()
        self.setMinimumWidth(600)

    def _build_referral_detail(self, form: QFormLayout) -> None:
        self.intake_date = date_edit(
            "intakeDate", self.tr("Intake date"), self, datetime.date.today()
        )
        self._field(
            form,
            "intake_date",
            self.tr("Intake date"),
            self.intake_date,
            True,
            shown=row(self, self.intake_date),
        )
        self.referral_source = _combo(
            self,
            "referralSource",
            self.tr("Referral source"),
            [(label, code) for code, label in REFERRAL_SOURCES.items()],
        )
        self.referral_source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self._field(
            form,
            "referral_source",
            self.tr("Referral source"),
            self.referral_source,
            True,
            shown=row(self, self.referral_source),
        )
        self.referral_detail = QLineEdit(self)
        self.referral_detail.setObjectName("referralDetail")
        self.referral_detail.setAccessibleName(self.tr("Referring institution"))
        self.referral_detail.setPlaceholderText(
            self.tr("e.g. UPTD PPA Kota Serang, Puskesmas Cipocok")
        )
        self._field(
            form, "referral_source_detail", self.tr("Referring institution"), self.referral_detail
        )
        self.urgency = _combo(
            self, "urgency", self.tr("Urgency"), [(v, k) for k, v in URGENCIES.items()]
        )
        self._field(
            form, "urgency", self.tr("Urgency"), self.urgency, True, shown=row(self, self.urgency)
        )

    def _build_case_family(self, form: QFormLayout, found_families: Sequence[FamilyInfo]) -> None:
        self.family = ComboBox(self)
        self.family.setObjectName("caseFamily")
        self.family.setAccessibleName(self.tr("Family"))
        self.family.addItem(self.tr("No family"), None)
        for family in found_families:
            self.family.addItem(family.name, family.id)
        if found_families:
            self.family.setCurrentIndex(1)
        self._field(form, "family_id", self.tr("Family"), self.family, shown=row(self, self.family))

    def _source_changed(self) -> None:
        institution = self.referral_source.currentData() == "rujukan_lembaga"
        self.referral_detail.setEnabled(institution)
        self.referral_detail.setPlaceholderText(
            self.tr("e.g. UPTD PPA Kota Serang, Puskesmas Cipocok")
            if institution
            else self.tr("Only for a referral from an institution")
        )
        if not institution:
            self.referral_detail.clear()

    def case_input(self) -> CaseInput:
        return CaseInput(
            intake_date=py_date(self.intake_date),
            referral_source=str(self.referral_source.currentData()),
            referral_source_detail=self.referral_detail.text(),
            presenting_problem=self.presenting.toPlainText() if self._clinical else "",
            urgency=str(self.urgency.currentData()),
            counselor_id=self.counselor.currentData(),
            family_id=self.family.currentData(),
            problem_area_codes=self.areas.checked_codes() if self._clinical else (),
        )

    def accept(self) -> None:
        data, client_id = self.case_input(), self._client_id
        self._submit(lambda s: cases.open_case(s, client_id, data))


class StageDialog(LaneDialog):
    """Move a case to one of the stages allowed from where it is, dated, with a note."""

    def __init__(self, context: AppContext, case: CaseInfo, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("stageDialog")
        self.setWindowTitle(self.tr("Change stage"))
        self.setAccessibleName(self.tr("Change stage"))
        self._case = case
        layout = QVBoxLayout(self)
        current = QLabel(
            self.tr("Case %1 is now at: %2")
            .replace("%2", STAGE_LABELS_ID[case.stage])
            .replace("%1", case.registration_number),
            self,
        )
        current.setWordWrap(True)
        layout.addWidget(current)
        form = form_layout()
        self.stage = _combo(
            self,
            "nextStage",
            self.tr("New stage"),
            [(STAGE_LABELS_ID[s], s.value) for s in allowed_next(case.stage)],
        )
        self.stage.currentIndexChanged.connect(lambda _i: self._stage_changed())
        self._field(
            form, "stage", self.tr("New stage"), self.stage, True, shown=row(self, self.stage)
        )
        self.date = date_edit("stageDate", self.tr("Date"), self, datetime.date.today())
        self.date.setMinimumDate(
            QDate(case.intake_date.year, case.intake_date.month, case.intake_date.day)
        )
        self._field(form, "date", self.tr("Date"), self.date, True, shown=row(self, self.date))
        self.note = _text_box(self, "stageNote", self.tr("Note"), 2)
        self._field(form, "note", self.tr("Note"), self.note)
        # The outcome is what the Dinas Sosial report counts; the note says it in words.
        self.outcome = _combo(
            self,
            "closingOutcome",
            self.tr("Outcome of the termination"),
            [("", None), *((label, code) for code, label in CLOSING_OUTCOMES.items())],
        )
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self._field(
            form,
            "closing_code",
            self.tr("Outcome"),
            self.outcome,
            True,
            shown=row(self, self.outcome),
        )
        self.closing_reason = _text_box(
            self, "closingReason", self.tr("Note on the termination"), 2
        )
        self.closing_reason.setPlaceholderText(
            self.tr("Optional; required when the outcome is “Other”")
        )
        self._field(form, "closing_reason", self.tr("Note on the termination"), self.closing_reason)
        layout.addLayout(form)
        self._form = form
        self._finish_layout(layout, self.tr("Change stage"))
        self._stage_changed()
        self.setMinimumWidth(520)

    def _stage_changed(self) -> None:
        closing = self.stage.currentData() == Stage.TERMINASI.value
        for widget in (self.outcome, self.closing_reason):
            holder = widget.parentWidget()
            if widget is self.outcome and holder is not None:
                holder = holder.parentWidget()  # the row that keeps the combo narrow
            if holder is not None:
                self._form.setRowVisible(holder, closing)
        if self.isVisible():
            self.adjustSize()

    def _outcome_changed(self) -> None:
        other = self.outcome.currentData() == OTHER_OUTCOME
        self.closing_reason.setPlaceholderText(
            self.tr("Say what happened (required for “Other”)")
            if other
            else self.tr("Optional; required when the outcome is “Other”")
        )

    def accept(self) -> None:
        case_id = self._case.id
        target = Stage(str(self.stage.currentData()))
        on, note = py_date(self.date), self.note.toPlainText()
        closing = target is Stage.TERMINASI
        reason = self.closing_reason.toPlainText() if closing else ""
        code = self.outcome.currentData() if closing else None
        if closing and code is None:
            self.errors["closing_code"].show_error(self.tr("Choose the outcome."))
            self.outcome.setFocus()
            return
        self._submit(lambda s: cases.change_stage(s, case_id, target, on, note, reason, code))


class ReassignDialog(LaneDialog):
    """The head gives the case to another counselor."""

    def __init__(
        self,
        context: AppContext,
        case: CaseInfo,
        counselors: Sequence[CounselorChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reassign counselor"))
        self.setAccessibleName(self.tr("Reassign counselor"))
        self._case = case
        layout = QVBoxLayout(self)
        now = QLabel(
            self.tr("Counselor now: %1").replace(
                "%1", case.counselor_name or self.tr("not assigned")
            ),
            self,
        )
        layout.addWidget(now)
        form = form_layout()
        self.counselor = _combo(
            self,
            "reassignCounselor",
            self.tr("New counselor"),
            [(c.full_name, c.id) for c in counselors if c.id != case.counselor_id],
        )
        self._field(
            form,
            "counselor_id",
            self.tr("New counselor"),
            self.counselor,
            True,
            shown=row(self, self.counselor),
        )
        self.reason = _text_box(self, "reassignReason", self.tr("Reason"), 2)
        self._field(form, "reason", self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self._finish_layout(layout, self.tr("Reassign"))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        counselor = self.counselor.currentData()
        if counselor is None:
            self.errors["counselor_id"].show_error(self.tr("Choose a counselor."))
            return
        case_id, reason = self._case.id, self.reason.toPlainText()
        self._submit(lambda s: cases.reassign(s, case_id, int(counselor), reason))


class ClinicalDialog(LaneDialog):
    """The assigned counselor (or the head) edits the case's clinical intake fields."""

    def __init__(
        self,
        context: AppContext,
        case: CaseInfo,
        problem_areas: Sequence[ProblemAreaChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("clinicalDialog")
        self.setWindowTitle(self.tr("Change clinical data"))
        self.setAccessibleName(self.tr("Change clinical data"))
        self._case = case
        layout = QVBoxLayout(self)
        form = form_layout()
        self.presenting = _text_box(self, "clinicalPresenting", self.tr("Presenting problem"), 5)
        self.presenting.setPlainText(case.presenting_problem or "")
        self._field(form, "presenting_problem", self.tr("Presenting problem"), self.presenting)
        self.areas = ProblemAreaList(problem_areas, case.problem_areas or (), self)
        self.areas.setAccessibleName(self.tr("Problem areas"))
        self._field(form, "problem_areas", self.tr("Problem areas"), self.areas)
        self.urgency = _combo(
            self, "clinicalUrgency", self.tr("Urgency"), [(v, k) for k, v in URGENCIES.items()]
        )
        self.urgency.setCurrentIndex(max(self.urgency.findData(case.urgency), 0))
        self._field(
            form, "urgency", self.tr("Urgency"), self.urgency, True, shown=row(self, self.urgency)
        )
        layout.addLayout(form)
        self._finish_layout(layout, self.tr("Save"))
        self.setMinimumWidth(560)

    def accept(self) -> None:
        case_id, version = self._case.id, self._case.version
        text, codes = self.presenting.toPlainText(), self.areas.checked_codes()
        urgency = str(self.urgency.currentData())
        self._submit(
            lambda s: cases.update_clinical(
                s, case_id, text, codes, urgency, expected_version=version
            )
        )

    def _failed(self, exc: BaseException) -> None:
        theirs = exc.theirs if isinstance(exc, EditConflict) else None
        if not isinstance(exc, EditConflict) or not isinstance(theirs, CaseInfo):
            super()._failed(exc)
            return
        # Saved meanwhile at another desk (the head or the case's counselor): what was
        # typed stays in the dialog; saved over theirs only when asked.
        self.error.show_error(message_for(exc))
        urgency = str(self.urgency.currentData())
        pairs = [
            (
                self.tr("Presenting problem"),
                self.presenting.toPlainText().strip(),
                (theirs.presenting_problem or "").strip(),
            ),
            (
                self.tr("Problem areas"),
                tuple(sorted(self.areas.checked_codes())),
                tuple(sorted(theirs.problem_areas or ())),
            ),
            (
                self.tr("Urgency"),
                URGENCIES.get(urgency, urgency),
                URGENCIES.get(theirs.urgency, theirs.urgency),
            ),
        ]
        differences = [pair for pair in pairs if pair[1] != pair[2]]
        if save_mine_over_theirs(self, exc, differences):
            self._case = theirs
            self.accept()
