"""Kasus: the client's cases (newest first) and the chosen case in detail.

Clinical fields come from the service only where the signed-in person may see them
(``CaseInfo.clinical_visible``); otherwise the tab says who may. Buttons that the service would
refuse are hidden or disabled, but the service is what refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.case_stages import CLOSING_OUTCOMES, STAGE_LABELS_ID, Stage
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.core.vocabulary import REFERRAL_SOURCES, URGENCIES
from lk3_desktop.services import case_summary, cases
from lk3_desktop.services.cases import (
    AssignmentInfo,
    CaseInfo,
    CounselorChoice,
    ProblemAreaChoice,
    StageChangeInfo,
)
from lk3_desktop.services.families import FamilyInfo
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients.case_dialogs import (
    ClinicalDialog,
    NewCaseDialog,
    ReassignDialog,
    StageDialog,
)
from lk3_desktop.ui.clients.form_parts import long_date
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.pdf_printing import write_private_file
from lk3_desktop.ui.sessions import CasePlanPanel
from lk3_desktop.ui.style import RISK, WARNING_INK, set_role
from lk3_desktop.ui.table_columns import fit_columns


def stage_label(value: str | None) -> str:
    return STAGE_LABELS_ID[Stage(value)] if value else ""


def _urgency_color(case: CaseInfo) -> str | None:
    return {"darurat": RISK, "segera": WARNING_INK}.get(case.urgency)


def _table(parent: QWidget, name: str, accessible: str, main_column: int = -1) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    fit_columns(table, main_column)
    return table


def _fit_rows(table: QTableView, rows: int) -> None:
    table.setFixedHeight(
        table.horizontalHeader().sizeHint().height()
        + max(rows, 1) * table.verticalHeader().defaultSectionSize()
        + 4
    )


class CaseTab(QWidget):
    changed = Signal()  # a case was opened or changed: the header shows the newest case

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseTab")
        self._context = context
        self._client_id: int | None = None
        self._families: list[FamilyInfo] = []
        self._counselors: list[CounselorChoice] = []
        self._areas: list[ProblemAreaChoice] = []
        self._area_names: dict[str, str] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(8)
        buttons = QHBoxLayout()
        self.new_button = self._button("newCaseButton", self.tr("New case…"), self.new_case)
        self.stage_button = self._button(
            "changeStageButton", self.tr("Change stage…"), self.change_stage
        )
        self.reassign_button = self._button(
            "reassignButton", self.tr("Reassign counselor…"), self.reassign
        )
        self.clinical_button = self._button(
            "editClinicalButton", self.tr("Change clinical data…"), self.edit_clinical
        )
        self.summary_button = self._button(
            "caseSummaryButton", self.tr("Record summary (PDF)…"), self.export_summary
        )
        for button in (
            self.new_button,
            self.stage_button,
            self.reassign_button,
            self.clinical_button,
            self.summary_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self._build_case_empty_note(outer)

    def _build_case_empty_note(self, outer: QVBoxLayout) -> None:
        self.empty_note = QLabel(
            self.tr("This client has no case yet. Open one with “New case…” at intake."), self
        )
        self.empty_note.setObjectName("caseEmptyNote")
        self.empty_note.setWordWrap(True)
        set_role(self.empty_note, "muted")
        outer.addWidget(self.empty_note)

        self.model: RecordsModel[CaseInfo] = RecordsModel(
            [
                Column(self.tr("Reg. number"), lambda c: c.registration_number),
                Column(self.tr("Intake"), lambda c: long_date(c.intake_date)),
                Column(self.tr("Stage"), lambda c: STAGE_LABELS_ID[c.stage]),
                Column(
                    self.tr("Counselor"),
                    lambda c: c.counselor_name or self.tr("Not assigned yet"),
                    tooltip=lambda c: c.counselor_name,
                ),
                Column(
                    self.tr("Urgency"),
                    lambda c: URGENCIES.get(c.urgency, c.urgency),
                    color=_urgency_color,
                ),
            ],
            self,
        )
        self.table = _table(self, "caseTable", self.tr("Cases"), main_column=3)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        outer.addWidget(self.table)

        detail_scroll = QScrollArea(self)
        detail_scroll.setObjectName("caseDetailScroll")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail = QWidget(detail_scroll)
        self.detail.setObjectName("caseDetail")
        detail_scroll.setWidget(self.detail)
        outer.addWidget(detail_scroll, 1)
        self.detail_scroll = detail_scroll
        self._build_detail()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build_detail(self) -> None:
        outer = QVBoxLayout(self.detail)
        outer.setContentsMargins(0, 6, 0, 0)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        outer.addLayout(columns)
        # the chosen case's intervention plan (rencana intervensi), under its facts
        self.plan_holder = QVBoxLayout()
        outer.addLayout(self.plan_holder)
        self.plan_panel: QWidget | None = None
        self._plan_case: int | None = None
        layout = QVBoxLayout()
        layout.setSpacing(8)
        history = QVBoxLayout()
        history.setSpacing(8)
        columns.addLayout(layout, 1)
        columns.addLayout(history, 1)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setObjectName("caseDetailTitle")
        set_role(self.detail_title, "heading")
        layout.addWidget(self.detail_title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        for index, (key, title) in enumerate(
            (
                ("intake", self.tr("Intake date")),
                ("source", self.tr("Referral source")),
                ("counselor", self.tr("Counselor")),
                ("family", self.tr("Family")),
                ("closed", self.tr("Closed on")),
            )
        ):
            label = QLabel(title, self.detail)
            set_role(label, "muted")
            value = QLabel(self.detail)
            value.setObjectName(f"case_{key}")
            value.setAccessibleName(title)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, index, 1)
            self.values[key] = value
            self.values[f"{key}_label"] = label
        layout.addLayout(grid)

        clinical_heading = QLabel(self.tr("Clinical data"), self.detail)
        set_role(clinical_heading, "heading")
        layout.addWidget(clinical_heading)
        self.clinical_hidden = QLabel(
            self.tr(
                "The clinical content of this case (presenting problem, problem areas, reason "
                "for termination) is visible only to the assigned counselor and the head of "
                "the center."
            ),
            self.detail,
        )
        self.clinical_hidden.setObjectName("clinicalHiddenNote")
        self.clinical_hidden.setWordWrap(True)
        set_role(self.clinical_hidden, "muted")
        layout.addWidget(self.clinical_hidden)
        self.clinical_box = QWidget(self.detail)
        self.clinical_box.setObjectName("clinicalBox")
        clinical = QGridLayout(self.clinical_box)
        clinical.setContentsMargins(0, 0, 0, 0)
        clinical.setHorizontalSpacing(14)
        clinical.setVerticalSpacing(4)
        clinical.setColumnStretch(1, 1)
        for index, (key, title) in enumerate(
            (
                ("presenting", self.tr("Presenting problem")),
                ("areas", self.tr("Problem areas")),
                ("closing", self.tr("Note on the termination")),
            )
        ):
            label = QLabel(title, self.clinical_box)
            set_role(label, "muted")
            value = QLabel(self.clinical_box)
            value.setObjectName(f"case_{key}")
            value.setAccessibleName(title)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            clinical.addWidget(label, index, 0, Qt.AlignmentFlag.AlignTop)
            clinical.addWidget(value, index, 1)
            self.values[key] = value
            self.values[f"{key}_label"] = label
        layout.addWidget(self.clinical_box)
        layout.addStretch(1)

        self._build_stage_history(history)

    def _build_stage_history(self, history: QVBoxLayout) -> None:
        stages_heading = QLabel(self.tr("Stage history"), self.detail)
        set_role(stages_heading, "heading")
        history.addWidget(stages_heading)
        self.stage_model: RecordsModel[StageChangeInfo] = RecordsModel(
            [
                Column(self.tr("Date"), lambda h: long_date(h.changed_on)),
                Column(
                    self.tr("Stage"),
                    lambda h: (
                        f"{stage_label(h.from_stage)} → {stage_label(h.to_stage)}"
                        if h.from_stage
                        else stage_label(h.to_stage)
                    ),
                ),
                Column(self.tr("By"), lambda h: h.changed_by, tooltip=lambda h: h.changed_by),
                Column(self.tr("Note"), lambda h: h.note, tooltip=lambda h: h.note),
            ],
            self,
        )
        self.stage_table = _table(self.detail, "stageHistoryTable", self.tr("Stage history"))
        self.stage_table.setModel(self.stage_model)
        history.addWidget(self.stage_table)

        assign_heading = QLabel(self.tr("Counselor assignments"), self.detail)
        set_role(assign_heading, "heading")
        history.addWidget(assign_heading)
        self.assign_model: RecordsModel[AssignmentInfo] = RecordsModel(
            [
                Column(self.tr("Date"), lambda a: long_date(a.assigned_at.date())),
                Column(self.tr("Counselor"), lambda a: a.counselor, tooltip=lambda a: a.counselor),
                Column(
                    self.tr("Assigned by"), lambda a: a.assigned_by, tooltip=lambda a: a.assigned_by
                ),
                Column(self.tr("Reason"), lambda a: a.reason, tooltip=lambda a: a.reason),
            ],
            self,
        )
        self.assign_table = _table(self.detail, "assignmentTable", self.tr("Counselor assignments"))
        self.assign_table.setModel(self.assign_model)
        history.addWidget(self.assign_table)
        history.addStretch(1)

    # -- data -------------------------------------------------------------------------------

    def set_data(
        self,
        client_id: int,
        found: Sequence[CaseInfo],
        found_families: Sequence[FamilyInfo],
        counselors: Sequence[CounselorChoice],
        problem_areas: Sequence[ProblemAreaChoice],
        select_case: int | None = None,
    ) -> None:
        self._client_id = client_id
        self._families = list(found_families)
        self._counselors = list(counselors)
        self._areas = list(problem_areas)
        self._area_names = {a.code: a.name for a in problem_areas}
        self.show_cases(found, select_case)

    def set_families(self, found_families: Sequence[FamilyInfo]) -> None:
        self._families = list(found_families)

    def show_cases(self, found: Sequence[CaseInfo], select_case: int | None = None) -> None:
        previous = select_case if select_case is not None else self._selected_id()
        self.model.set_records(found)
        self.empty_note.setVisible(not found)
        self.table.setVisible(bool(found))
        self.detail_scroll.setVisible(bool(found))
        _fit_rows(self.table, min(len(found), 4))
        row = next((i for i, c in enumerate(found) if c.id == previous), 0)
        if found:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._selection_changed()

    def selected(self) -> CaseInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected_id(self) -> int | None:
        case = self.selected()
        return case.id if case else None

    def _selection_changed(self) -> None:
        self._show_detail(self.selected())
        self._update_buttons()

    def _show_detail(self, case: CaseInfo | None) -> None:
        self.detail.setVisible(case is not None)
        if case is None:
            return
        self.detail_title.setText(f"{case.registration_number} · {STAGE_LABELS_ID[case.stage]}")
        source = REFERRAL_SOURCES.get(case.referral_source, case.referral_source)
        if case.referral_source_detail:
            source = f"{source}: {case.referral_source_detail}"
        family = next((f.name for f in self._families if f.id == case.family_id), "")
        self.values["intake"].setText(long_date(case.intake_date))
        self.values["source"].setText(source)
        self.values["counselor"].setText(case.counselor_name or self.tr("Not assigned yet"))
        self.values["family"].setText(family or self.tr("None"))
        closed = case.closed_on is not None
        closed_text = long_date(case.closed_on)
        if case.closing_code in CLOSING_OUTCOMES:
            closed_text += f" \u00b7 {CLOSING_OUTCOMES[case.closing_code]}"
        self.values["closed"].setText(closed_text)
        self.values["closed"].setVisible(closed)
        self.values["closed_label"].setVisible(closed)
        visible = case.clinical_visible
        self.clinical_hidden.setVisible(not visible)
        self.clinical_box.setVisible(visible)
        if visible:
            self.values["presenting"].setText(
                case.presenting_problem or self.tr("Not recorded yet")
            )
            areas = [self._area_names.get(code, code) for code in case.problem_areas or ()]
            self.values["areas"].setText(", ".join(areas) or self.tr("None chosen"))
            self.values["closing"].setText(case.closing_reason or "")
            self.values["closing"].setVisible(bool(case.closing_reason))
            self.values["closing_label"].setVisible(bool(case.closing_reason))
        else:
            for key in ("presenting", "areas", "closing"):
                self.values[key].setText("")
        self.stage_model.set_records(case.stage_history)
        _fit_rows(self.stage_table, len(case.stage_history))
        self.assign_model.set_records(case.assignments)
        _fit_rows(self.assign_table, len(case.assignments))
        self._show_plan(case if visible else None)

    def _show_plan(self, case: CaseInfo | None) -> None:
        """The plan of ``case`` (None: no plan shown, e.g. clinical content not visible)."""
        wanted = case.id if case is not None else None
        if wanted == self._plan_case and self.plan_panel is not None:
            return
        if self.plan_panel is not None:
            self.plan_holder.removeWidget(self.plan_panel)
            self.plan_panel.deleteLater()
            self.plan_panel = None
        self._plan_case = wanted
        if wanted is not None:
            panel = CasePlanPanel(self._context, wanted, self.detail)
            panel.setMinimumHeight(260)
            self.plan_panel = panel
            self.plan_holder.addWidget(panel)

    def _update_buttons(self) -> None:
        session = self._context.session
        case = self.selected()
        role = session.actor.role if session is not None else None
        can_register = role is not None and allowed(role, Permission.REGISTER_CLIENTS)
        self.new_button.setEnabled(self._client_id is not None and can_register)
        works_on = (
            session is not None
            and case is not None
            and cases.may_see_clinical(session, case.counselor_id)
        )
        self.stage_button.setEnabled(works_on and case is not None and case.is_open)
        self.stage_button.setVisible(role is not None and role is not Role.STAF)
        heads = role is not None and allowed(role, Permission.REASSIGN_CASES)
        self.reassign_button.setVisible(heads)
        self.reassign_button.setEnabled(heads and case is not None and case.is_open)
        self.clinical_button.setVisible(role is not None and role is not Role.STAF)
        self.clinical_button.setEnabled(works_on and case is not None and case.clinical_visible)
        self.summary_button.setVisible(role is not None and role is not Role.STAF)
        self.summary_button.setEnabled(works_on)

    # -- acts -------------------------------------------------------------------------------

    def reload(self, select_case: int | None = None) -> None:
        client_id = self._client_id
        if client_id is None:
            return

        def done(found: list[CaseInfo]) -> None:
            if client_id == self._client_id:
                self.show_cases(found, select_case)
                self.changed.emit()

        (
            Operation(self._context, self, lambda s: cases.list_cases(s, client_id), done)
            .titled(self.tr("Cases"))
            .run()
        )

    def _run_dialog(self, dialog: QDialog) -> None:
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        result = getattr(dialog, "result_value", None)
        dialog.deleteLater()
        if accepted and isinstance(result, CaseInfo):
            self.reload(select_case=result.id)

    def new_case(self) -> None:
        if self._client_id is None:
            return
        self._run_dialog(
            NewCaseDialog(
                self._context,
                self._client_id,
                self._families,
                self._counselors,
                self._areas,
                self,
            )
        )

    def change_stage(self) -> None:
        case = self.selected()
        if case is not None:
            self._run_dialog(StageDialog(self._context, case, self))

    def reassign(self) -> None:
        case = self.selected()
        if case is not None:
            self._run_dialog(ReassignDialog(self._context, case, self._counselors, self))

    def export_summary(self) -> None:
        """The case's record summary as PDF (supervision or a lawful request), saved where the
        person chooses. Only the head may include the text of session notes."""
        case = self.selected()
        session = self._context.session
        if case is None or session is None:
            return
        include_notes = session.actor.role is Role.KEPALA and dialogs.confirm(
            self,
            self.tr("Record summary"),
            self.tr(
                "Include the text of the session notes? Leave them out unless the purpose "
                "(for example a court order) requires them."
            ),
            ok_text=self.tr("Include session notes"),
            cancel_text=self.tr("Without session notes"),
        )
        case_id, number = case.id, case.registration_number

        def save(pdf: bytes) -> None:
            chosen = dialogs.choose_save_file(
                self,
                self.tr("Save the record summary"),
                f"Ringkasan-{number.replace('/', '-')}.pdf",
                self.tr("PDF documents (*.pdf)"),
                "pdf",
            )
            if chosen:
                write_private_file(Path(chosen), pdf)

        (
            Operation(
                self._context,
                self,
                lambda s: case_summary.case_summary_pdf(s, case_id, include_notes),
                save,
            )
            .titled(self.tr("Record summary"))
            .run()
        )

    def edit_clinical(self) -> None:
        case = self.selected()
        if case is not None:
            self._run_dialog(ClinicalDialog(self._context, case, self._areas, self))
