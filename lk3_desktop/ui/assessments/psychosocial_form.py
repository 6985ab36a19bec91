"""The narrative psychosocial assessment (asesmen psikososial) of a case.

Labels on the left, fields aligned; needs are written per domain in a two-column table; the
overall risk level is one of three; a safety plan table (who, what, when) is required before
signing when the level is high, and the form says so under the table as soon as "High" is
chosen. A draft saves as it is; a signed assessment is read-only and takes addenda.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.psychosocial import (
    ASSESSMENT_KINDS,
    HIGH_RISK,
    NEED_DOMAINS,
    RISK_LEVELS,
    SafetyPlanRow,
    safety_plan_problems,
)
from lk3_desktop.services import assessments
from lk3_desktop.services.assessments import PsychosocialInfo, PsychosocialInput
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.assessments.common import (
    addenda_view,
    sign_assessment,
)
from lk3_desktop.ui.assessments.draft_form import DraftRecordForm
from lk3_desktop.ui.attachments import attachments_button
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.field_feedback import FieldMessage, StatusMessage
from lk3_desktop.ui.forms import column, form_layout, relayout
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import show_failure
from lk3_desktop.ui.pdf_export import save_pdf
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.validation_texts import sentence_text

TEXT_FIELDS = (
    "presenting_problem",
    "history",
    "family_relations",
    "genogram_notes",
    "strengths",
    "risk_factors",
    "conclusion",
)


class PsychosocialForm(DraftRecordForm):
    """New (``existing`` None), draft, or signed psychosocial assessment of a case; ``saved``
    carries a PsychosocialInfo."""

    draftSaved = Signal(object)  # PsychosocialInfo saved while the form stays open
    _existing: PsychosocialInfo | None

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        registration_number: str,
        existing: PsychosocialInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, case_id, existing, parent)
        self.setObjectName("psychosocialForm")
        self.setAccessibleName(self.tr("Psychosocial assessment form"))
        data = existing.data if existing else PsychosocialInput(assessed_on=datetime.date.today())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("Psychosocial assessment"), self)
        set_role(title, "heading")
        outer.addWidget(title)
        self.status_label = QLabel(labels.record_status(registration_number, existing), self)
        self.status_label.setObjectName("psychosocialStatus")
        set_role(self.status_label, "muted")
        outer.addWidget(self.status_label)

        scroll = QScrollArea(self)
        scroll.setObjectName("psychosocialScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        holder.setMaximumWidth(1040)
        form = form_layout()
        holder.setLayout(form)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)

        self._build_date_and_kind(data, form, holder)
        self._build_texts_and_needs(data, form, holder)
        self._build_risk_level(data, form, holder)
        self._build_safety_plan(data, existing, form, holder)
        self._build_buttons(existing, outer)

    def _build_date_and_kind(
        self, data: PsychosocialInput, form: QFormLayout, holder: QWidget
    ) -> None:
        # date and kind
        top = QWidget(holder)
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateEdit(top)
        self.date_edit.setObjectName("psychosocialDate")
        self.date_edit.setAccessibleName(self.tr("Date of the assessment"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        day = data.assessed_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        top_row.addWidget(self.date_edit)
        kind_label = QLabel(self.tr("Kind"), top)
        top_row.addSpacing(16)
        top_row.addWidget(kind_label)
        self.kind_combo = ComboBox(top)
        self.kind_combo.setObjectName("psychosocialKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of assessment"))
        for code, _ in ASSESSMENT_KINDS:
            self.kind_combo.addItem(labels.kind_label(code), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        kind_label.setBuddy(self.kind_combo)
        top_row.addWidget(self.kind_combo)
        top_row.addStretch(1)
        self.date_error = FieldMessage("psychosocialDateError", self.tr("Date error"), holder)
        form.addRow(self.tr("Date"), column(holder, top, self.date_error))

    def _build_texts_and_needs(
        self, data: PsychosocialInput, form: QFormLayout, holder: QWidget
    ) -> None:
        captions = {
            "presenting_problem": self.tr("Presenting problem"),
            "history": self.tr("History"),
            "family_relations": self.tr("Family relations"),
            "genogram_notes": self.tr("Genogram notes"),
            "strengths": self.tr("Strengths and protective factors"),
            "risk_factors": self.tr("Risk factors"),
            "conclusion": self.tr("Counselor's conclusion"),
        }
        self._field_labels.update(
            captions,
            assessed_on=self.tr("Date"),
            kind=self.tr("Kind"),
            needs=self.tr("Needs by domain"),
            risk_level=self.tr("Overall risk level"),
            safety_plan=self.tr("Safety plan"),
        )
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            if name == "conclusion":
                continue
            self.text_edits[name] = self._text_field(
                holder, name, captions[name], getattr(data, name)
            )
            form.addRow(captions[name], self.text_edits[name])

        # needs by domain
        self.needs_table = QTableWidget(len(NEED_DOMAINS), 2, holder)
        self.needs_table.setObjectName("needsTable")
        self.needs_table.setAccessibleName(self.tr("Needs by domain"))
        self.needs_table.setHorizontalHeaderLabels([self.tr("Domain"), self.tr("Needs")])
        self.needs_table.verticalHeader().hide()
        self.needs_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.needs_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.needs_table.setTabKeyNavigation(False)
        for row, (code, _label) in enumerate(NEED_DOMAINS):
            domain = QTableWidgetItem(labels.domain_label(code))
            domain.setFlags(Qt.ItemFlag.ItemIsEnabled)
            domain.setData(Qt.ItemDataRole.UserRole, code)
            self.needs_table.setItem(row, 0, domain)
            need = QTableWidgetItem(data.needs.get(code, ""))
            if self._read_only:
                need.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.needs_table.setItem(row, 1, need)
        self.needs_table.setFixedHeight(
            self.needs_table.horizontalHeader().sizeHint().height()
            + sum(self.needs_table.rowHeight(r) for r in range(len(NEED_DOMAINS)))
            + 4
        )
        self.needs_table.itemChanged.connect(self._mark_dirty)
        form.addRow(self.tr("Needs by domain"), self.needs_table)

        self.text_edits["conclusion"] = self._text_field(
            holder, "conclusion", captions["conclusion"], data.conclusion
        )
        self.conclusion_error = FieldMessage("conclusionError", self.tr("Conclusion error"), holder)
        form.addRow(
            captions["conclusion"],
            column(holder, self.text_edits["conclusion"], self.conclusion_error),
        )

    def _build_risk_level(
        self, data: PsychosocialInput, form: QFormLayout, holder: QWidget
    ) -> None:
        # risk level
        risk_box = QWidget(holder)
        risk_row = QHBoxLayout(risk_box)
        risk_row.setContentsMargins(0, 0, 0, 0)
        self.risk_group = QButtonGroup(self)
        self.risk_buttons: dict[str, QRadioButton] = {}
        for code, _ in RISK_LEVELS:
            radio = QRadioButton(labels.risk_level_label(code), risk_box)
            radio.setObjectName(f"riskLevel_{code}")
            radio.setAccessibleName(labels.risk_level_label(code))
            radio.setChecked(code == data.risk_level)
            radio.setEnabled(not self._read_only)
            radio.toggled.connect(self._risk_level_changed)
            self.risk_group.addButton(radio)
            self.risk_buttons[code] = radio
            risk_row.addWidget(radio)
        risk_row.addStretch(1)
        self.risk_error = FieldMessage("riskLevelError", self.tr("Risk level error"), holder)
        form.addRow(self.tr("Overall risk level"), column(holder, risk_box, self.risk_error))

    def _build_safety_plan(
        self,
        data: PsychosocialInput,
        existing: PsychosocialInfo | None,
        form: QFormLayout,
        holder: QWidget,
    ) -> None:
        # safety plan
        plan_box = QWidget(holder)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_table = QTableWidget(0, 3, plan_box)
        self.plan_table.setObjectName("safetyPlanTable")
        self.plan_table.setAccessibleName(self.tr("Safety plan"))
        self.plan_table.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("What"), self.tr("When")]
        )
        self.plan_table.verticalHeader().hide()
        head = self.plan_table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.plan_table.setColumnWidth(0, 180)
        self.plan_table.setColumnWidth(2, 160)
        self.plan_table.setMinimumHeight(120)
        self.plan_table.setMaximumHeight(180)
        self.plan_table.setTabKeyNavigation(True)
        if self._read_only:
            self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for plan_row in data.safety_plan:
            self._append_plan_row(plan_row)
        self.plan_table.itemChanged.connect(self._plan_changed)
        plan_layout.addWidget(self.plan_table)
        plan_buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add row"), plan_box)
        self.add_row_button.setObjectName("safetyPlanAddRow")
        self.add_row_button.setAccessibleName(self.tr("Add a safety plan row"))
        self.add_row_button.clicked.connect(self._add_plan_row)
        self.remove_row_button = QPushButton(self.tr("Remove row"), plan_box)
        self.remove_row_button.setObjectName("safetyPlanRemoveRow")
        self.remove_row_button.setAccessibleName(self.tr("Remove the selected safety plan row"))
        self.remove_row_button.clicked.connect(self._remove_plan_row)
        for button in (self.add_row_button, self.remove_row_button):
            button.setVisible(not self._read_only)
            plan_buttons.addWidget(button)
        plan_buttons.addStretch(1)
        plan_layout.addLayout(plan_buttons)
        self.plan_message = StatusMessage(
            "safetyPlanMessage", self.tr("Safety plan message"), plan_box
        )
        plan_layout.addWidget(self.plan_message)
        self.plan_label = QLabel(self.tr("Safety plan"), holder)
        form.addRow(self.plan_label, plan_box)

        self.addenda = addenda_view("psychosocialAddenda", holder, self._read_only)
        self.addenda.show_addenda(existing.addenda if existing else (), True)
        self.addenda.add_requested.connect(self._add_addendum)
        form.addRow(self.addenda)

        self.date_edit.setReadOnly(self._read_only)
        self.kind_combo.setEnabled(not self._read_only)
        self.date_edit.dateChanged.connect(self._mark_dirty)
        self.kind_combo.currentIndexChanged.connect(self._mark_dirty)

    def _build_buttons(self, existing: PsychosocialInfo | None, outer: QVBoxLayout) -> None:
        # buttons
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("psychosocialBack")
        self.back_button.setAccessibleName(self.tr("Back to the assessments"))
        self.back_button.clicked.connect(self.request_close)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete draft"), self)
        self.delete_button.setObjectName("psychosocialDelete")
        self.delete_button.setAccessibleName(self.tr("Delete draft"))
        set_flag(self.delete_button, "destructive", True)
        self.delete_button.setVisible(existing is not None and not self._read_only)
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.delete_button)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("psychosocialPdf")
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.setVisible(existing is not None)
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(
            attachments_button(
                self._context, self, existing.client_id if existing else None, "psychosocial",
                existing.id if existing else None, self.tr("Attachments of the assessment"),
            )
        )  # fmt: skip
        self._add_save_buttons(buttons, "psychosocial", self.tr("Save the psychosocial assessment"))
        outer.addLayout(buttons)
        self._show_plan_requirement()
        self._dirty = False

    # -- fields --------------------------------------------------------------------------

    def _text_field(self, parent: QWidget, name: str, caption: str, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(f"psychosocial_{name}")
        edit.setAccessibleName(caption)
        edit.setTabChangesFocus(True)
        edit.setPlainText(value)
        edit.setReadOnly(self._read_only)
        edit.setFixedHeight(64)
        edit.textChanged.connect(self._mark_dirty)
        return edit

    def _append_plan_row(self, row: SafetyPlanRow) -> None:
        index = self.plan_table.rowCount()
        self.plan_table.insertRow(index)
        for col, value in enumerate((row.who, row.action, row.timing)):
            self.plan_table.setItem(index, col, QTableWidgetItem(value))

    def _add_plan_row(self) -> None:
        self._append_plan_row(SafetyPlanRow("", "", ""))
        row = self.plan_table.rowCount() - 1
        self.plan_table.setCurrentCell(row, 0)
        first = self.plan_table.item(row, 0)
        if first is not None:
            self.plan_table.editItem(first)
        self._plan_changed()

    def _remove_plan_row(self) -> None:
        row = self.plan_table.currentRow()
        if row >= 0:
            self.plan_table.removeRow(row)
            self._plan_changed()

    def _plan_changed(self) -> None:
        self._mark_dirty()
        self._show_plan_requirement()

    def _risk_level(self) -> str | None:
        for code, radio in self.risk_buttons.items():
            if radio.isChecked():
                return code
        return None

    def _risk_level_changed(self) -> None:
        self._mark_dirty()
        self.risk_error.clear_message()
        if (
            self._risk_level() == HIGH_RISK
            and not self._read_only
            and self.plan_table.rowCount() == 0
        ):
            self._append_plan_row(SafetyPlanRow("", "", ""))
        self._show_plan_requirement()

    def plan_rows(self) -> tuple[SafetyPlanRow, ...]:
        rows = []
        for r in range(self.plan_table.rowCount()):
            cells = [self.plan_table.item(r, c) for c in range(3)]
            who, what, when = (c.text() if c is not None else "" for c in cells)
            rows.append(SafetyPlanRow(who, what, when))
        return tuple(rows)

    def _show_plan_requirement(self) -> None:
        high = self._risk_level() == HIGH_RISK
        self.plan_label.setText(self.tr("Safety plan *") if high else self.tr("Safety plan"))
        if self._read_only:
            self.plan_message.clear_message()
            return
        if not high:
            self.plan_message.show_hint(
                self.tr(
                    "Needed when the risk level is high: who does what, and when. The plan "
                    "the client takes home is a client safety plan (New safety plan)."
                )
            )
        elif safety_plan_problems(HIGH_RISK, self.plan_rows()):
            self.plan_message.show_error(
                self.tr(
                    "High risk: before signing, write at least one complete row saying who "
                    "does what, and when."
                )
            )
        else:
            self.plan_message.clear_message()
        relayout(self.plan_message)

    def value(self) -> PsychosocialInput:
        d = self.date_edit.date()
        needs = {}
        for row in range(self.needs_table.rowCount()):
            domain = self.needs_table.item(row, 0)
            if domain is None:
                continue
            code = domain.data(Qt.ItemDataRole.UserRole)
            cell = self.needs_table.item(row, 1)
            if cell is not None and cell.text().strip():
                needs[code] = cell.text()
        texts = {name: edit.toPlainText() for name, edit in self.text_edits.items()}
        return PsychosocialInput(
            assessed_on=datetime.date(d.year(), d.month(), d.day()),
            kind=self.kind_combo.currentData(),
            needs=needs,
            risk_level=self._risk_level(),
            safety_plan=self.plan_rows(),
            **texts,
        )

    # -- actions -------------------------------------------------------------------------

    def save(self, then_sign: bool = False) -> bool:
        if self._read_only or self._busy:
            return False
        data = self.value()
        existing = self._existing
        case_id = self._case_id
        self.date_error.clear_message()
        self.risk_error.clear_message()
        self.conclusion_error.clear_message()

        def work(session: UserSession) -> PsychosocialInfo:
            if existing is None:
                return assessments.create_psychosocial(session, case_id, data)
            return assessments.update_psychosocial(
                session, existing.id, data, expected_version=existing.version
            )

        return self._saving(work, then_sign).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            if exc.field == "assessed_on":
                self.date_error.show_error(message_for(exc))
                return
            if exc.field == "risk_level":
                self.risk_error.show_error(message_for(exc))
                return
            if exc.field == "safety_plan":
                self.plan_message.show_error(message_for(exc))
                return
            if exc.field == "conclusion":
                self.conclusion_error.show_error(message_for(exc))
                return
        show_failure(self, self.tr("The assessment was not saved"), exc)

    def _sign(self, info: PsychosocialInfo) -> None:
        problems = assessments.signing_problems_of(info.data)
        if problems:
            field, message = problems[0]
            messages = {
                "risk_level": self.risk_error,
                "conclusion": self.conclusion_error,
                "safety_plan": self.plan_message,
            }
            messages.get(field, self.plan_message).show_error(sentence_text(message))
            relayout(self.plan_message)
            self.delete_button.setVisible(True)
            self.pdf_button.setVisible(True)
            self.draftSaved.emit(info)  # a high risk level raised its flag already
            return  # the draft is saved; the form stays open to complete it
        signed = sign_assessment(
            self._context,
            self,
            lambda session, password: assessments.sign_psychosocial(session, info.id, password),
        )
        self.saved.emit(signed if isinstance(signed, PsychosocialInfo) else info)

    def _add_addendum(self, text: str) -> None:
        self._add_addendum_with(
            text, assessments.add_psychosocial_addendum, assessments.get_psychosocial
        )

    def _save_pdf(self) -> None:
        existing = self._existing
        if existing is None or self._busy:
            return
        if self._dirty:
            # The PDF is made from the saved record; unsaved typing would silently be missing.
            dialogs.inform(
                self,
                self.tr("Save PDF"),
                self.tr("Save the draft first: the PDF shows the assessment as it was saved."),
            )
            return
        number = existing.registration_number.replace("/", "-")
        assessment_id = existing.id
        save_pdf(
            self._context,
            self,
            self.tr("Save assessment as PDF"),
            f"asesmen-psikososial-{number}-{existing.data.assessed_on.isoformat()}.pdf",
            lambda session: assessments.psychosocial_report(session, assessment_id),
        )

    def _delete(self) -> None:
        self._delete_draft(
            self.tr("Delete this draft assessment? What was written will be gone."),
            assessments.delete_psychosocial,
        )

    def request_close(self) -> None:
        self._close_asking(self.tr("The assessment has unsaved changes. Discard them?"))
