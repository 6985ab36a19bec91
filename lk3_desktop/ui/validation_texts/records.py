"""Sentences about assessments, reports, settings, backups, and the checks that return sentences
(numbers, safety plans, anonymisation). The English text of each ValidationError code (see the
package).
"""

from __future__ import annotations

from lk3_desktop.ui.validation_texts.marking import QT_TRANSLATE_NOOP

RECORDS: dict[str, str] = {
    # -- assessments, reports, settings, backup and the rest -------------------------------
    "report.period_end_before_start": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The end of the period cannot be before its start."
    ),
    "assessment.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The assessment was not found."),
    "report.issued_file_altered": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The file of this issued report does not match its fingerprint; do not send it. Run "
        "the integrity checks in Settings.",
    ),
    "withholding.record_withheld": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This record is marked do-not-disclose and cannot be exported."
    ),
    "withholding.record_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The record was not found for this client."
    ),
    "lookup.last_active": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A list must keep at least one active entry."
    ),
    "settings.signers_distinct": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The list of signers must hold different users."
    ),
    "assessment.open_flag": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This draft raised a risk flag that has not been handled. Record the action taken "
        "before deleting it.",
    ),
    "demo.folder_not_empty": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The demo's data folder must be empty or not exist yet."
    ),
    "settings.signer_not_counselor": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Only active counselors can be given this authority."
    ),
    "assessment.instrument_unknown": QT_TRANSLATE_NOOP("ValidationErrors", "Unknown instrument."),
    "lookup.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The list entry was not found."),
    "assessment.answer_all": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Answer every question before signing."
    ),
    "assessment.answer_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An answer does not fit the instrument's answer options."
    ),
    "backup.keep_range": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number of automatic backups must be between 1 and 100."
    ),
    "settings.auto_lock_range": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Automatic locking must be between 1 and 240 minutes."
    ),
    "report.issued_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The issued report was not found."
    ),
    "settings.retention_range": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The retention period must be between 1 and 50 years."
    ),
    "lookup.name_taken": QT_TRANSLATE_NOOP("ValidationErrors", "This name is already in the list."),
    "report.period_number_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The period number does not fit its kind of period."
    ),
    "backup.reminder_range": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The backup reminder must be between 1 and 90 days."
    ),
    "report.period_not_started": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This period has not started yet."
    ),
    "report.format_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the report's file format: PDF, XLSX or CSV."
    ),
    "withholding.record_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the record that must not be disclosed."
    ),
    "withholding.field_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the data that must not be disclosed."
    ),
    "backup.folder_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose a complete folder for the automatic backups."
    ),
    "assessment.kind_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the kind of assessment."
    ),
    "report.period_kind_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the kind of report period."
    ),
    "assessment.risk_level_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the risk level (low, medium or high)."
    ),
    "settings.hide_names_yes_no": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Hiding names is either yes or no."
    ),
    "export.client_merged": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This client's record was merged into another; export from the record that was kept.",
    ),
    "report.range_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A report covers at most five years."
    ),
    "report.year_invalid": QT_TRANSLATE_NOOP("ValidationErrors", "The report's year is not valid."),
    "withholding.mark_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The mark was not found or has already been lifted."
    ),
    "risk_flag.handled": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This risk flag has already been handled."
    ),
    "risk_flag.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The risk flag was not found."),
    "assessment.date_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of the assessment cannot be in the future."
    ),
    "number.template_exhausted": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The number template keeps producing numbers already used; change the template in "
        "Settings.",
    ),
    "withholding.reason_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Write why this data must not be disclosed."
    ),
    "risk_flag.action_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Write the action that was taken."
    ),
    "assessment.date_before_intake": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The date of the assessment cannot be before the case's intake date ({date}).",
    ),
    "assessment.need_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Unknown domain of needs: {code}."
    ),
    "lookup.name_too_short": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter a name of at least {min} letters."
    ),
    "report.narrative_obstacles_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The obstacles are at most {max} characters."
    ),
    "report.narrative_follow_up_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The follow-up is at most {max} characters."
    ),
    "report.narrative_recommendations_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The recommendations are at most {max} characters."
    ),
    # -- checks that return sentences: numbers, safety plans, anonymisation, office documents ---
    "document.head_title_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose how the head is named: Kepala or Ketua."
    ),
    "document.addressee_required": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Choose whom the report goes to: Dinas Sosial of the regency/city or of the province.",
    ),
    "document.parent_lines_not_text": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The parent agency's lines are lines of text."
    ),
    "document.parent_lines_too_many": QT_TRANSLATE_NOOP(
        "ValidationErrors", "At most {max} lines for the parent agency."
    ),
    "document.parent_line_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Each line of the parent agency is at most {max} characters."
    ),
    "document.copies_not_text": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The copies (tembusan) are lines of text."
    ),
    "document.copies_too_many": QT_TRANSLATE_NOOP(
        "ValidationErrors", "At most {max} copies (tembusan)."
    ),
    "document.copy_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Each line of the copies (tembusan) is at most {max} characters."
    ),
    "document.region_line_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The city line is at most {max} characters."
    ),
    "document.addressee_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The report's addressee is at most {max} characters."
    ),
    "number.template_braces": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number template is not valid: its braces do not pair up."
    ),
    "number.template_unknown_field": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number template holds an unknown field: {name}."
    ),
    "number.template_needs_seq": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number template must hold {token} (the sequence number)."
    ),
    "number.template_seq_twice": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number template may hold {token} only once."
    ),
    "number.template_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number template is not valid."
    ),
    "number.template_required": QT_TRANSLATE_NOOP("ValidationErrors", "Enter the number template."),
    "number.template_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A number template is at most {max} characters."
    ),
    "number.template_format": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number template is not valid: check the formats inside the braces."
    ),
    "number.template_needs_year": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number template must hold {token}."
    ),
    "number.template_number_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A number from this template can be longer than {max} characters; shorten it.",
    ),
    "number.template_not_text": QT_TRANSLATE_NOOP("ValidationErrors", "A number template is text."),
    "client_safety_plan.warning_signs_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Write at least one warning sign."
    ),
    "client_safety_plan.coping_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Write at least one thing the client can do alone to calm down."
    ),
    "client_safety_plan.contact_name": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Row {row} has a number but no name."
    ),
    "client_safety_plan.contact_phone": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Row {row} has no phone number to call."
    ),
    "client_safety_plan.professional_required": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Name at least one professional or crisis service with the number to call.",
    ),
    "client_safety_plan.too_many": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A step of the plan holds at most {max} lines."
    ),
    "client_safety_plan.not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This safety plan no longer exists."
    ),
    "client_safety_plan.pdf_unsigned": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Sign the safety plan first; only a signed plan is printed."
    ),
    "client_safety_plan.pdf_erased": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The client was anonymised; the plan's content was erased."
    ),
    "safety_plan.row_incomplete": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Row {row} of the safety plan is not complete: fill in who, what and when.",
    ),
    "safety_plan.required_for_high_risk": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A high risk level needs a safety plan: who does what, and when."
    ),
    "assessment.conclusion_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Write the counselor's conclusion."
    ),
    "anonymise.merged": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This client was merged into another client; anonymise the client it was merged into.",
    ),
    "anonymise.already": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This client's data has already been anonymised."
    ),
    "anonymise.no_cases": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This client has no case yet, so the retention period cannot be counted.",
    ),
    "anonymise.case_open": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Case {case} is still open; anonymisation is only for clients whose cases are all "
        "closed (terminated).",
    ),
    "anonymise.retention": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The retention period of {years} years since the last case was closed on {closed} "
        "ends only on {ends}.",
    ),
}
