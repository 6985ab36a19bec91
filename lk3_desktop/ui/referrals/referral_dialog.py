"""The referral form: partner, reason, services, urgency, what the client agreed to share,
attachments, copies and the follow-up date. Read-only, it also shows the history and reply."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import EditConflict, ValidationError
from lk3_desktop.core.referrals import (
    DEFAULT_CONSENTED,
    EDITABLE,
    LETTER_SUBJECT_MAX,
    LETTER_SUBJECTS,
    ReferralStatus,
)
from lk3_desktop.services import cases, clients, partners, referrals
from lk3_desktop.services.attachments import enclosures
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.partners import PartnerInfo
from lk3_desktop.services.referrals import ReferralInfo, ReferralInput
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.edit_conflict import save_mine_over_theirs
from lk3_desktop.ui.field_feedback import FieldMessage, StatusMessage
from lk3_desktop.ui.forms import column, form_layout
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.referrals.common import lines_of, show_failure, text_field
from lk3_desktop.ui.referrals.labels import (
    consent_field_labels,
    consent_giver_labels,
    from_qdate,
    status_label,
    to_qdate,
    urgency_labels,
)
from lk3_desktop.ui.style import set_flag, set_role


@dataclass(frozen=True)
class ReferralFormContext:
    """What the form needs besides the referral: partners and the client's consent defaults."""

    case_id: int
    client_id: int
    registration_number: str
    client_name: str
    guardian_name: str
    is_minor: bool
    presenting_problem: str
    partners: tuple[PartnerInfo, ...]


def load_form_context(session: UserSession, case_id: int) -> ReferralFormContext:
    """Runs on the lane before the form opens."""
    case = cases.get_case(session, case_id)
    client = clients.get_client(session, case.client_id)
    return ReferralFormContext(
        case_id=case_id,
        client_id=case.client_id,
        registration_number=case.registration_number,
        client_name=client.data.full_name,
        guardian_name=client.data.guardian_name,
        is_minor=client.is_minor,
        presenting_problem=case.presenting_problem or "",
        partners=tuple(partners.list_partners(session)),
    )


class ReferralDialog(QDialog):
    """New or existing referral. ``read_only`` shows it without editing (signed ones)."""

    saved = Signal(object)  # ReferralInfo

    def __init__(
        self,
        context: AppContext,
        form: ReferralFormContext,
        info: ReferralInfo | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._form = form
        self._info = info
        self._read_only = read_only or (info is not None and info.status not in EDITABLE)
        self._submitting = False  # the last save also submitted
        self.setObjectName("referralDialog")
        if info is None:
            title = self.tr("New referral")
        elif self._read_only:
            title = self.tr("Referral")
        else:
            title = self.tr("Edit referral")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.messages: dict[str, FieldMessage] = {}

        outer = QVBoxLayout(self)
        heading = QLabel(
            self.tr("%1 · case %2").replace("%1", form.client_name)
            .replace("%2", form.registration_number),
            self,
        )  # fmt: skip
        heading.setObjectName("referralDialogHeading")
        heading.setWordWrap(True)
        set_role(heading, "heading")
        outer.addWidget(heading)
        if info is not None:
            state = QLabel(self._state_text(info), self)
            state.setObjectName("referralStateLabel")
            state.setWordWrap(True)
            set_role(state, "muted")
            outer.addWidget(state)

        scroll = QScrollArea(self)
        scroll.setObjectName("referralFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        self._build_form(body, layout)
        if info is not None and self._read_only:
            self._build_history(body, layout, info)
        layout.addStretch(1)

        self.form_message = StatusMessage("referralFormMessage", self.tr("Form message"), self)
        outer.addWidget(self.form_message)
        outer.addLayout(self._build_buttons())
        self.resize(760, 680)
        if info is not None:
            self._fill(info)
        else:
            self._defaults()
        self._set_editable(not self._read_only)

    # -- building --------------------------------------------------------------------------

    def _field(self, form: Any, label: str, widget: QWidget, key: str | None = None) -> None:
        holder = widget.parentWidget() or self
        text = QLabel(label, holder)
        text.setBuddy(widget)
        if key is None:
            form.addRow(text, widget)
            return
        message = FieldMessage(f"referral_{key}_message", label, holder)
        self.messages[key] = message
        form.addRow(text, column(holder, widget, message))

    def _build_form(self, body: QWidget, layout: QVBoxLayout) -> None:
        form = form_layout()
        self.partner_combo = ComboBox(body)
        self.partner_combo.setObjectName("referralPartnerCombo")
        self.partner_combo.setAccessibleName(self.tr("Partner institution"))
        for p in self._form.partners:
            self.partner_combo.addItem(f"{p.name} — {p.type_name}", p.id)
        self._field(form, self.tr("Refer to *"), self.partner_combo, "partner_id")
        self._build_referral_subject_combo(body, form)
        self._build_consent_field_(body, form, layout)

    def _build_referral_subject_combo(self, body: QWidget, form: QFormLayout) -> None:
        # The letter's "Hal": one of the usual ones, or typed for this letter.
        self.subject_combo = ComboBox(body)
        self.subject_combo.setObjectName("referralSubjectCombo")
        self.subject_combo.setAccessibleName(self.tr("Subject of the letter"))
        self.subject_combo.setEditable(True)
        self.subject_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.subject_combo.addItems(list(LETTER_SUBJECTS))
        line = self.subject_combo.lineEdit()
        if line is not None:
            line.setMaxLength(LETTER_SUBJECT_MAX)
        self._field(form, self.tr("Subject (Hal) *"), self.subject_combo, "letter_subject")
        self.reason_field = text_field(body, "referralReasonField", self.tr("Reason for referral"))
        self._field(form, self.tr("Reason *"), self.reason_field, "reason")
        self.services_field = text_field(
            body, "referralServicesField", self.tr("Services requested"), 2
        )
        self._field(form, self.tr("Services requested"), self.services_field)
        self.urgency_combo = ComboBox(body)
        self.urgency_combo.setObjectName("referralUrgencyCombo")
        self.urgency_combo.setAccessibleName(self.tr("Urgency"))
        for code, label in urgency_labels().items():
            self.urgency_combo.addItem(label, code)
        self._field(form, self.tr("Urgency"), self.urgency_combo, "urgency")
        self.family_field = text_field(
            body, "referralFamilySummaryField", self.tr("Family situation"), 2
        )
        self._field(form, self.tr("Family situation"), self.family_field)
        self.problem_field = text_field(
            body, "referralProblemSummaryField", self.tr("Presenting problem summary"), 2
        )
        self._field(form, self.tr("Problem summary"), self.problem_field)
        self.assessment_field = text_field(
            body, "referralAssessmentSummaryField", self.tr("Assessment summary"), 2
        )
        self._field(form, self.tr("Assessment summary"), self.assessment_field)
        self.attachments_field = text_field(
            body, "referralAttachmentsField", self.tr("Attachments, one per line"), 2
        )
        # The letter numbers each line as one attachment: the label and the example say so.
        self.attachments_field.setPlaceholderText(
            self.tr("One per line, e.g.\nCopy of the KTP\nCopy of the family card")
        )
        self.attachments_field.setToolTip(
            self.tr(
                "Documents kept in the app are chosen with “Documents for the letter…” and "
                "listed after these lines: type here only what goes on paper alone."
            )
        )
        self._field(
            form, self.tr("Attachments (one per line)"), self.attachments_field, "attachments"
        )
        self.copies_field = text_field(
            body, "referralCopiesField", self.tr("Copies to, one per line"), 2
        )
        self.copies_field.setPlaceholderText(
            self.tr("One per line, e.g.\nKepala Dinas Sosial Kota Serang")
        )
        self._field(form, self.tr("Copies to (one per line)"), self.copies_field, "copies_to")
        follow = QWidget(body)
        follow_layout = QHBoxLayout(follow)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        self.follow_up_check = QCheckBox(self.tr("Check on"), follow)
        self.follow_up_check.setObjectName("referralFollowUpCheck")
        self.follow_up_check.setAccessibleName(self.tr("Set a follow-up date"))
        self.follow_up_date = DateEdit(follow)
        self.follow_up_date.setObjectName("referralFollowUpDate")
        self.follow_up_date.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setMinimumDate(to_qdate(datetime.date.today()))
        self.follow_up_check.toggled.connect(self.follow_up_date.setEnabled)
        follow_layout.addWidget(self.follow_up_check)
        follow_layout.addWidget(self.follow_up_date)
        follow_layout.addStretch(1)
        self._field(form, self.tr("Follow-up"), follow, "follow_up_on")

    def _build_consent_field_(self, body: QWidget, form: QFormLayout, layout: QVBoxLayout) -> None:
        # What the letter may disclose, after the texts it concerns.
        consent_title = QLabel(self.tr("Consent to share"), body)
        set_role(consent_title, "heading")
        form.addRow(consent_title)
        hint = QLabel(
            self.tr(
                "Only the information the client (or a parent or guardian) agreed to share is "
                "printed on the letter. Record who agreed."
            ),
            body,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        form.addRow(hint)
        checks = QWidget(body)
        grid = QGridLayout(checks)
        grid.setContentsMargins(0, 0, 0, 0)
        self.consent_checks: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(consent_field_labels().items()):
            check = QCheckBox(label, checks)
            check.setObjectName(f"consentField_{code}")
            check.setAccessibleName(self.tr("Share: %1").replace("%1", label))
            self.consent_checks[code] = check
            grid.addWidget(check, i // 2, i % 2)
        self.messages["consent"] = FieldMessage(
            "referral_consent_message", self.tr("Consent"), body
        )
        self._field(form, self.tr("May be shared"), checks)
        form.addRow("", self.messages["consent"])
        giver_row = QWidget(body)
        giver_layout = QHBoxLayout(giver_row)
        giver_layout.setContentsMargins(0, 0, 0, 0)
        self.giver_combo = ComboBox(giver_row)
        self.giver_combo.setObjectName("referralConsentGiverCombo")
        self.giver_combo.setAccessibleName(self.tr("Consent given by"))
        for code, label in consent_giver_labels().items():
            self.giver_combo.addItem(label, code)
        self.giver_name = QLineEdit(giver_row)
        self.giver_name.setObjectName("referralConsentNameField")
        self.giver_name.setAccessibleName(self.tr("Name of the person who consented"))
        self.giver_date = DateEdit(giver_row)
        self.giver_date.setObjectName("referralConsentDateField")
        self.giver_date.setAccessibleName(self.tr("Date of consent"))
        self.giver_date.setCalendarPopup(True)
        self.giver_date.setMaximumDate(to_qdate(datetime.date.today()))
        giver_layout.addWidget(self.giver_combo)
        giver_layout.addWidget(self.giver_name, 1)
        giver_layout.addWidget(self.giver_date)
        self._field(form, self.tr("Consent given by *"), giver_row, "consent_given_by")
        self.messages["consent_given_by_name"] = self.messages["consent_given_by"]
        self.messages["consent_date"] = self.messages["consent_given_by"]
        layout.addLayout(form)

    def _build_history(self, body: QWidget, layout: QVBoxLayout, info: ReferralInfo) -> None:
        title = QLabel(self.tr("History"), body)
        set_role(title, "heading")
        layout.addWidget(title)
        history = QListWidget(body)
        history.setObjectName("referralHistoryList")
        history.setAccessibleName(self.tr("Status history"))
        for change in info.history:
            line = self.tr("%1 · %2 · by %3")
            line = (
                line.replace("%1", date_text(change.changed_on))
                .replace("%2", status_label(change.to_status))
                .replace("%3", change.changed_by or "-")
            )
            if change.note:
                line += f" — {change.note}"
            history.addItem(line)
        history.setMaximumHeight(150)
        layout.addWidget(history)
        if info.reply_text:
            reply_title = QLabel(
                self.tr("Partner's reply (%1)").replace("%1", date_text(info.reply_on)), body
            )
            set_role(reply_title, "heading")
            layout.addWidget(reply_title)
            reply = QLabel(info.reply_text, body)
            reply.setObjectName("referralReplyView")
            reply.setAccessibleName(self.tr("Partner's reply"))
            reply.setWordWrap(True)
            reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(reply)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save draft"), self)
        self.save_button.setObjectName("saveReferralButton")
        self.save_button.setAccessibleName(self.tr("Save the referral"))
        self.submit_button = QPushButton(self.tr("Save and submit"), self)
        self.submit_button.setObjectName("submitReferralButton")
        self.submit_button.setAccessibleName(
            self.tr("Save the referral and submit it for the head's signature")
        )
        set_flag(self.submit_button, "prominent", True)
        self.close_button = QPushButton(
            self.tr("Close") if self._read_only else self.tr("Cancel"), self
        )
        self.close_button.setObjectName("closeReferralButton")
        self.close_button.setAccessibleName(self.close_button.text())
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.close_button.clicked.connect(self.reject)
        self._build_document_buttons(row)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.submit_button)
        row.addWidget(self.close_button)
        status = self._info.status if self._info else ReferralStatus.DRAF
        self.save_button.setVisible(not self._read_only)
        self.submit_button.setVisible(not self._read_only and status is ReferralStatus.DRAF)
        if status is ReferralStatus.DIAJUKAN:
            self.save_button.setText(self.tr("Save"))
        return row

    def _build_document_buttons(self, row: QHBoxLayout) -> None:
        """The documents to enclose with the letter (chosen with a new referral, saved with
        it; changed until the letter is issued), and the referral's own (a partner's written
        reply, a scanned form)."""
        from lk3_desktop.ui.attachments import attachments_button

        info = self._info
        self._chosen_enclosures: list[int] = []  # for a new referral, until it is saved
        self.enclose_button = QPushButton(self.tr("Documents for the letter…"), self)
        self.enclose_button.setObjectName("chooseEnclosuresButton")
        self.enclose_button.setAccessibleName(self.tr("Choose documents to go with the letter"))
        self.enclose_button.setVisible(
            not self._read_only and (info is None or info.letter is None)
        )
        self.enclose_button.clicked.connect(lambda _c=False: self.choose_enclosures())
        row.addWidget(self.enclose_button)
        row.addWidget(
            attachments_button(
                self._context, self, info.client_id if info else None, "referral",
                info.id if info else None, self.tr("Attachments of the referral"),
            )
        )  # fmt: skip

    def choose_enclosures(self) -> None:
        """A saved referral's choice is saved at once; a new one's goes with its first save."""
        from lk3_desktop.ui.attachments.enclosures import choose_enclosures

        info = self._info
        if info is not None:
            choose_enclosures(self._context, self, info.client_id, info.case_id, info.id)
            return
        choose_enclosures(
            self._context, self, self._form.client_id, self._form.case_id, None,
            picked=self._chosen_enclosures, on_chosen=self._enclosures_chosen,
        )  # fmt: skip

    def _enclosures_chosen(self, ids: list[int]) -> None:
        self._chosen_enclosures = ids
        text = self.tr("Documents for the letter…")
        if ids:
            text = self.tr("Documents for the letter (%1)…").replace("%1", str(len(ids)))
        self.enclose_button.setText(text)

    # -- values ---------------------------------------------------------------------------------

    def _state_text(self, info: ReferralInfo) -> str:
        text = self.tr("Status: %1").replace("%1", status_label(info.status))
        if info.letter is not None:
            text += " · " + self.tr("Letter %1 of %2").replace("%1", info.letter.number).replace(
                "%2", date_text(info.letter.letter_date)
            )
        if info.drafted_by:
            text += " · " + self.tr("Drafted by %1").replace("%1", info.drafted_by)
        return text

    def _defaults(self) -> None:
        for code in DEFAULT_CONSENTED:
            self.consent_checks[code].setChecked(True)
        if self._form.is_minor and self._form.guardian_name:
            self.giver_combo.setCurrentIndex(self.giver_combo.findData("orang_tua"))
            self.giver_name.setText(self._form.guardian_name)
        else:
            self.giver_name.setText(self._form.client_name)
        self.giver_date.setDate(to_qdate(datetime.date.today()))
        self.problem_field.setPlainText(self._form.presenting_problem)
        self.follow_up_date.setDate(to_qdate(datetime.date.today() + datetime.timedelta(days=14)))
        self.follow_up_check.setChecked(True)

    def _fill(self, info: ReferralInfo) -> None:
        index = self.partner_combo.findData(info.partner_id)
        if index < 0:  # a partner retired since: still shown for this referral
            self.partner_combo.addItem(info.partner_name, info.partner_id)
            index = self.partner_combo.count() - 1
        self.partner_combo.setCurrentIndex(index)
        self.reason_field.setPlainText(info.reason)
        self.services_field.setPlainText(info.services_requested)
        self.urgency_combo.setCurrentIndex(max(0, self.urgency_combo.findData(info.urgency)))
        self.subject_combo.setCurrentText(info.letter_subject)
        for code, check in self.consent_checks.items():
            check.setChecked(code in info.consented_fields)
        if info.consent is not None:
            self.giver_combo.setCurrentIndex(
                max(0, self.giver_combo.findData(info.consent.given_by))
            )
            self.giver_name.setText(info.consent.given_by_name)
            self.giver_date.setDate(to_qdate(info.consent.given_on))
        self.family_field.setPlainText(info.family_summary)
        self.problem_field.setPlainText(info.problem_summary)
        self.assessment_field.setPlainText(info.assessment_summary)
        self.attachments_field.setPlainText("\n".join(info.attachments))
        self.copies_field.setPlainText("\n".join(info.copies_to))
        self.follow_up_check.setChecked(info.follow_up_on is not None)
        self.follow_up_date.setEnabled(info.follow_up_on is not None)
        if info.follow_up_on is not None:
            self.follow_up_date.setMinimumDate(
                to_qdate(min(info.follow_up_on, datetime.date.today()))
            )
            self.follow_up_date.setDate(to_qdate(info.follow_up_on))

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.partner_combo, self.subject_combo, self.urgency_combo, self.giver_combo,
            self.giver_date,
            self.follow_up_check, self.follow_up_date, *self.consent_checks.values(),
        ):  # fmt: skip
            widget.setEnabled(editable)
        if editable:
            self.follow_up_date.setEnabled(self.follow_up_check.isChecked())
        for field in (
            self.reason_field, self.services_field, self.family_field, self.problem_field,
            self.assessment_field, self.attachments_field, self.copies_field,
        ):  # fmt: skip
            field.setReadOnly(not editable)
        self.giver_name.setReadOnly(not editable)

    def data(self) -> ReferralInput:
        partner = self.partner_combo.currentData()
        return ReferralInput(
            partner_id=int(partner) if partner is not None else 0,
            reason=self.reason_field.toPlainText(),
            services_requested=self.services_field.toPlainText(),
            urgency=str(self.urgency_combo.currentData()),
            letter_subject=self.subject_combo.currentText(),
            consented_fields=tuple(
                c for c, check in self.consent_checks.items() if check.isChecked()
            ),
            consent_given_by=str(self.giver_combo.currentData()),
            consent_given_by_name=self.giver_name.text(),
            consent_date=from_qdate(self.giver_date.date()),
            family_summary=self.family_field.toPlainText(),
            problem_summary=self.problem_field.toPlainText(),
            assessment_summary=self.assessment_field.toPlainText(),
            attachments=lines_of(self.attachments_field),
            copies_to=lines_of(self.copies_field),
            follow_up_on=from_qdate(self.follow_up_date.date())
            if self.follow_up_check.isChecked()
            else None,
        )

    # -- saving ---------------------------------------------------------------------------------

    def save(self, submit: bool) -> None:
        if self._read_only:
            return
        for message in {id(m): m for m in self.messages.values()}.values():
            message.clear_message()
        self.form_message.clear_message()
        data = self.data()
        case_id = self._form.case_id
        self._submitting = submit  # asked again after a conflict, the same way
        existing = self._info.id if self._info else None
        version = self._info.version if self._info else None
        chosen = list(self._chosen_enclosures)

        def call(session: UserSession) -> ReferralInfo:
            if existing is None:
                info = referrals.create_referral(session, case_id, data)
                if chosen:
                    enclosures.set_enclosures(session, info.id, chosen)
            else:
                info = referrals.update_referral(session, existing, data, expected_version=version)
            self._info = info  # a failed submit must not create the draft a second time
            if submit:
                info = referrals.submit_referral(session, info.id)
            return info

        self.save_button.setEnabled(False)
        self.submit_button.setEnabled(False)
        Operation(self._context, self, call, self._saved).failure(self._failed).run()

    def _saved(self, info: ReferralInfo) -> None:
        self._info = info
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.submit_button.setEnabled(True)
        if isinstance(exc, EditConflict) and isinstance(exc.theirs, ReferralInfo):
            self._conflict(exc, exc.theirs)
            return
        if isinstance(exc, ValidationError):
            target = self.messages.get(exc.field or "", self.form_message)
            target.show_error(message_for(exc))
            created = self._info is not None and self._info.status is ReferralStatus.DRAF
            if created and target is not self.form_message:
                self.form_message.show_hint(
                    self.tr("The draft is saved. Complete it, then submit again.")
                )
            return
        show_failure(self, exc)

    def _conflict(self, conflict: EditConflict, theirs: ReferralInfo) -> None:
        """Saved at another desk meanwhile (the counselor or the head): what was typed stays
        in the form; it replaces the newer version only when the person says so."""
        self.form_message.show_error(message_for(conflict))
        labels = {
            "partner_id": self.tr("Refer to *"),
            "letter_subject": self.tr("Subject (Hal) *"),
            "reason": self.tr("Reason *"),
            "services_requested": self.tr("Services requested"),
            "urgency": self.tr("Urgency"),
            "family_summary": self.tr("Family situation"),
            "problem_summary": self.tr("Problem summary"),
            "assessment_summary": self.tr("Assessment summary"),
            "copies_to": self.tr("Copies to (one per line)"),
            "follow_up_on": self.tr("Follow-up"),
            "consented_fields": self.tr("May be shared"),
        }
        mine, saved = self.data(), theirs.as_input()
        differences: list[tuple[str, object, object]] = []
        for item in dataclasses.fields(mine):
            typed, kept = getattr(mine, item.name), getattr(saved, item.name)
            if typed == kept:
                continue
            if item.name == "partner_id":
                typed, kept = self.partner_combo.currentText(), theirs.partner_name
            label = labels.get(item.name, self.tr("Consent given by *"))
            differences.append((label.removesuffix(" *"), typed, kept))
        if save_mine_over_theirs(self, conflict, differences):
            self._info = theirs  # the version saved over, knowingly
            self.save(submit=self._submitting)

    @property
    def referral(self) -> ReferralInfo | None:
        """The referral as last saved (also after a save whose submit step failed)."""
        return self._info
