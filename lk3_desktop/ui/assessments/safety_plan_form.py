"""The client's safety plan (rencana keselamatan klien) of a case, written with the client.

Seven steps in the order a crisis is met (core/client_safety_plan.py): lists of lines and
tables of people, places and services with their numbers, each with what it is for under it
(an error takes that kept line, so nothing moves). A new plan proposes this LK3 and the
national crisis services (SAPA 129, 112, 119, 110). A draft saves as it is; signing asks for
the password like every clinical record, and a signed plan is read-only, takes addenda, and
is printed or saved as PDF for the client.
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.client_safety_plan import CONTACT_STEPS, SafetyPlanInput
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import assessments
from lk3_desktop.services.assessments import SafetyPlanInfo
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.assessments.draft_form import DraftRecordForm
from lk3_desktop.ui.assessments.plan_list import PlanList
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.forms import column, form_layout
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import show_failure
from lk3_desktop.ui.pdf_export import print_pdf_on_printer, save_pdf
from lk3_desktop.ui.signing import AddendaView, ask_signature
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.validation_texts import sentence_text

LIST_STEPS = ("warning_signs", "coping", "distractions", "helpers", "professionals", "environment")


class SafetyPlanForm(DraftRecordForm):
    """New (``existing`` None, starting from ``proposed``), draft, or signed plan of a case;
    ``saved`` carries a SafetyPlanInfo."""

    draftSaved = Signal(object)  # SafetyPlanInfo saved while the form stays open
    _existing: SafetyPlanInfo | None

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        registration_number: str,
        existing: SafetyPlanInfo | None = None,
        proposed: SafetyPlanInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, case_id, existing, parent)
        self.setObjectName("safetyPlanForm")
        self.setAccessibleName(self.tr("Client safety plan form"))
        data = (
            existing.data
            if existing is not None
            else proposed or SafetyPlanInput(made_on=datetime.date.today())
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("Client safety plan"), self)
        set_role(title, "heading")
        outer.addWidget(title)
        self.status_label = QLabel(self._status_text(registration_number), self)
        self.status_label.setObjectName("safetyPlanStatus")
        self.status_label.setWordWrap(True)
        set_role(self.status_label, "muted")
        outer.addWidget(self.status_label)
        self._registration_number = registration_number

        scroll = QScrollArea(self)
        scroll.setObjectName("safetyPlanScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        holder.setMaximumWidth(1040)
        form = form_layout()
        holder.setLayout(form)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)

        self._build_date(data, form, holder)
        self._build_steps(data, form, holder)
        self.addenda = AddendaView(
            holder,
            object_name="safetyPlanAddenda",
            explanation=self.tr(
                "A signed plan is never changed. Corrections and additions (a new number, "
                "another person to call) are written here, each with its own author and time."
            ),
        )
        self.addenda.setVisible(self._read_only)
        self.addenda.show_addenda(existing.addenda if existing else (), True)
        self.addenda.add_requested.connect(self._add_addendum)
        form.addRow(self.addenda)
        self._build_buttons(outer)
        self._dirty = False

    def _status_text(self, registration_number: str) -> str:
        status = labels.record_status(registration_number, self._existing)
        if not self._read_only:
            status += " \u00b7 " + self.tr(
                "Write it with the client, in the client's words; it is printed for them."
            )
        return status

    def _build_date(self, data: SafetyPlanInput, form: QFormLayout, holder: QWidget) -> None:
        self.date_edit = DateEdit(holder)
        self.date_edit.setObjectName("safetyPlanDate")
        self.date_edit.setAccessibleName(self.tr("Date of the plan"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        day = data.made_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.setReadOnly(self._read_only)
        self.date_edit.dateChanged.connect(self._mark_dirty)
        row = QWidget(holder)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.date_edit)
        row_layout.addStretch(1)
        self.date_error = FieldMessage("safetyPlanDateError", self.tr("Date error"), holder)
        form.addRow(self.tr("Date"), column(holder, row, self.date_error))

    def _build_steps(self, data: SafetyPlanInput, form: QFormLayout, holder: QWidget) -> None:
        titles = {
            "warning_signs": self.tr("1. Warning signs"),
            "coping": self.tr("2. Calming down alone"),
            "distractions": self.tr("3. People and places that distract"),
            "helpers": self.tr("4. People to ask for help"),
            "professionals": self.tr("5. Professionals and crisis services"),
            "environment": self.tr("6. Making the surroundings safe"),
            "reasons": self.tr("7. What matters most"),
        }
        self._field_labels.update(titles, made_on=self.tr("Date"))
        self._hints = {
            "warning_signs": self.tr(
                "Thoughts, feelings or situations that show a crisis is coming."
            ),
            "coping": self.tr("What the client can do alone to calm down: pray, breathe, walk…"),
            "distractions": self.tr(
                "People and places that take the client's mind off it; a number if there is one."
            ),
            "helpers": self.tr("Family or friends the client can call for help, with a number."),
            "professionals": self.tr(
                "This LK3 and the national crisis services are proposed; keep, change or remove."
            ),
            "environment": self.tr(
                "Medicines, sharp objects or other means kept away or locked up."
            ),
            "reasons": self.tr("In the client's words: what matters most, a reason to stay safe."),
        }
        headers_line = [self.tr("What")]
        headers_contact = {
            "distractions": [self.tr("Person or place"), self.tr("Phone number")],
            "helpers": [self.tr("Name"), self.tr("Phone number")],
            "professionals": [self.tr("Professional or service"), self.tr("Phone number")],
        }
        self.lists: dict[str, PlanList] = {}
        self.messages: dict[str, FieldMessage] = {}
        for step in LIST_STEPS:
            name = "safetyPlan_" + step
            plan_list = PlanList(
                name,
                titles[step].split(" ", 1)[1],
                headers_contact.get(step, headers_line),
                self._read_only,
                holder,
            )
            if step in CONTACT_STEPS:
                plan_list.set_contacts(getattr(data, step))
            else:
                plan_list.set_lines(getattr(data, step))
            plan_list.changed.connect(lambda s=step: self._step_changed(s))
            self.lists[step] = plan_list
            message = FieldMessage(f"{name}Message", titles[step], holder)
            self.messages[step] = message
            form.addRow(titles[step], column(holder, plan_list, message))
        self.reasons_edit = QPlainTextEdit(holder)
        self.reasons_edit.setObjectName("safetyPlan_reasons")
        self.reasons_edit.setAccessibleName(titles["reasons"].split(" ", 1)[1])
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setPlainText(data.reasons)
        self.reasons_edit.setReadOnly(self._read_only)
        self.reasons_edit.setFixedHeight(64)
        self.reasons_edit.textChanged.connect(lambda: self._step_changed("reasons"))
        reasons_message = FieldMessage("safetyPlan_reasonsMessage", titles["reasons"], holder)
        self.messages["reasons"] = reasons_message
        form.addRow(titles["reasons"], column(holder, self.reasons_edit, reasons_message))
        for step in self.messages:
            self._show_hint(step)

    def _build_buttons(self, outer: QVBoxLayout) -> None:
        existing = self._existing
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("safetyPlanBack")
        self.back_button.setAccessibleName(self.tr("Back to the assessments"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.request_close)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete draft"), self)
        self.delete_button.setObjectName("safetyPlanDelete")
        self.delete_button.setAccessibleName(self.tr("Delete draft"))
        set_flag(self.delete_button, "destructive", True)
        self.delete_button.setVisible(existing is not None and not self._read_only)
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.delete_button)
        self.print_button = QPushButton(self.tr("Print for the client…"), self)
        self.print_button.setObjectName("safetyPlanPrint")
        self.print_button.setAccessibleName(self.tr("Print the plan for the client"))
        self.print_button.setVisible(self._read_only)
        self.print_button.clicked.connect(self._print)
        buttons.addWidget(self.print_button)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("safetyPlanPdf")
        self.pdf_button.setAccessibleName(self.tr("Save the plan as PDF"))
        self.pdf_button.setVisible(self._read_only)
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.addWidget(self.pdf_button)
        self._add_save_buttons(buttons, "safetyPlan", self.tr("Save the client safety plan"))
        outer.addLayout(buttons)

    # -- fields --------------------------------------------------------------------------

    def _show_hint(self, step: str) -> None:
        if self._read_only:
            self.messages[step].clear_message()
        else:
            self.messages[step].show_hint(self._hints[step])

    def _step_changed(self, step: str) -> None:
        self._mark_dirty()
        self._show_hint(step)

    @property
    def is_new(self) -> bool:
        """Not saved yet (not even as a draft)."""
        return self._existing is None

    @property
    def case_id(self) -> int:
        return self._case_id

    def value(self) -> SafetyPlanInput:
        d = self.date_edit.date()
        steps: dict[str, Any] = {
            step: (
                self.lists[step].contacts() if step in CONTACT_STEPS else self.lists[step].lines()
            )
            for step in LIST_STEPS
        }
        return SafetyPlanInput(
            made_on=datetime.date(d.year(), d.month(), d.day()),
            reasons=self.reasons_edit.toPlainText(),
            **steps,
        )

    # -- actions -------------------------------------------------------------------------

    def save(self, then_sign: bool = False) -> bool:
        if self._read_only or self._busy:
            return False
        data = self.value()
        existing = self._existing
        case_id = self._case_id
        self.date_error.clear_message()
        for step in self.messages:
            self._show_hint(step)

        def work(session: UserSession) -> SafetyPlanInfo:
            if existing is None:
                return assessments.create_safety_plan(session, case_id, data)
            return assessments.update_safety_plan(
                session, existing.id, data, expected_version=existing.version
            )

        return self._saving(work, then_sign).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            if exc.field == "made_on":
                self.date_error.show_error(message_for(exc))
                return
            if exc.field in self.messages:
                self.messages[exc.field].show_error(message_for(exc))
                return
        show_failure(self, self.tr("The safety plan was not saved"), exc)

    def _sign(self, info: SafetyPlanInfo) -> None:
        problems = assessments.safety_plan_problems_of(info.data)
        if problems:
            for step, sentence in problems:
                if self.messages[step].text() in ("", self._hints[step]):
                    self.messages[step].show_error(sentence_text(sentence))
            first = problems[0][0]
            if first in self.lists:
                self.lists[first].focus_first()
            self.delete_button.setVisible(True)
            self.draftSaved.emit(info)
            return  # the draft is saved; the form stays open to complete it
        signed = ask_signature(
            self._context,
            self,
            title=self.tr("Sign the safety plan"),
            text=self.tr(
                "Signing locks this plan: afterwards nothing in it can be changed, only addenda "
                "can be added, and it can be printed for the client. Enter your password to sign."
            ),
            ok_text=self.tr("Sign"),
            busy_text=self.tr("Signing…"),
            action=lambda session, password: assessments.sign_safety_plan(
                session, info.id, password
            ),
        )
        self.saved.emit(signed if isinstance(signed, SafetyPlanInfo) else info)

    def _add_addendum(self, text: str) -> None:
        self._add_addendum_with(
            text, assessments.add_safety_plan_addendum, assessments.get_safety_plan
        )

    def _pdf_name(self) -> str:
        existing = self._existing
        assert existing is not None
        number = existing.registration_number.replace("/", "-")
        return f"rencana-keselamatan-{number}-{existing.data.made_on.isoformat()}.pdf"

    def _save_pdf(self) -> None:
        existing = self._existing
        if existing is None or not existing.is_signed:
            return
        plan_id = existing.id
        save_pdf(
            self._context,
            self,
            self.tr("Save safety plan as PDF"),
            self._pdf_name(),
            lambda session: assessments.safety_plan_pdf(session, plan_id),
        )

    def _print(self) -> None:
        existing = self._existing
        if existing is None or not existing.is_signed:
            return
        plan_id = existing.id
        print_pdf_on_printer(
            self._context,
            self,
            self.tr("Print safety plan"),
            self._pdf_name().removesuffix(".pdf"),
            lambda session: assessments.safety_plan_pdf(session, plan_id),
        )

    def _delete(self) -> None:
        self._delete_draft(
            self.tr("Delete this draft safety plan? What was written will be gone."),
            assessments.delete_safety_plan,
        )

    def request_close(self) -> None:
        self._close_asking(self.tr("The safety plan has unsaved changes. Discard them?"))
