"""Sentences about cases, case plans, the schedule, session notes and the limits of what is typed.
The English text of each ValidationError code (see the package).
"""

from __future__ import annotations

from lk3_desktop.ui.validation_texts.marking import QT_TRANSLATE_NOOP

CASEWORK: dict[str, str] = {
    # -- cases, case plans, the schedule and session notes ---------------------------------
    "room.name_length": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A room's name has 2-100 characters."
    ),
    "time.end_before_start": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The end time must be after the start time."
    ),
    "appointment.same_day": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An appointment must end on the same day."
    ),
    "case.counselor_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose an active counselor."),
    "appointment.client_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose a client."),
    "appointment.not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The appointment was not found."
    ),
    "room.name_taken": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A room with this name already exists."
    ),
    "room.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The room was not found."),
    "appointment.case_of_other_client": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This case is not that client's."
    ),
    "appointment.room_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose an available room."),
    "appointment.not_scheduled": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Only an appointment that is still scheduled can be changed."
    ),
    "appointment.client_fixed": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The client of an appointment cannot be changed."
    ),
    "appointment.has_note": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This appointment already has a session note."
    ),
    "appointment.no_show_too_early": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A client can be recorded as not attending only after the appointment's time.",
    ),
    "appointment.restore_first": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Set the appointment back to scheduled first."
    ),
    "appointment.cancelled_or_missed": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This appointment was cancelled or the client did not attend."
    ),
    "appointment.no_open_case": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This client has no open case that you handle yet."
    ),
    "appointment.too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An appointment lasts at most {hours} hours."
    ),
    "case.referral_source_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the referral source."
    ),
    "case.referral_source_detail_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Name the referring organisation."
    ),
    "case.urgency_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose the level of urgency."),
    "case.client_anonymised": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This client's record has been anonymised; register them as a new client if they come "
        "again.",
    ),
    "case.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The case was not found."),
    "case.stage_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This stage cannot be chosen from the current stage."
    ),
    "case.stage_date_range": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The date of the stage change must lie between the intake date and today.",
    ),
    "case.same_counselor": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This case is already handled by that counselor."
    ),
    "case.closing_code_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the outcome of termination."
    ),
    "case.closing_reason_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "For the outcome “Other”, describe the termination."
    ),
    "case.problem_area_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Unknown problem area: {code}."
    ),
    "goal.description_required": QT_TRANSLATE_NOOP("ValidationErrors", "Write the goal."),
    "goal.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The goal was not found."),
    "goal.status_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose the goal's status."),
    "session.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The session was not found."),
    "draft.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The draft was not found."),
    "session.other_case": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This note belongs to another case."
    ),
    "signing.save_first": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Save the changes to the note before signing."
    ),
    "signing.note_empty": QT_TRANSLATE_NOOP("ValidationErrors", "The session note is still empty."),
    "session.pdf_withheld": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This note is marked do-not-disclose and cannot be exported."
    ),
    "session.pdf_unsigned": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Only a signed note can be printed."
    ),
    "session.pdf_erased": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The content of this note was erased when the client was anonymised."
    ),
    "session.pdf_seal_broken": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The content of this note no longer matches its seal from signing; the note was not "
        "printed. Report it to the head of the LK3.",
    ),
    "session.unsigned_days_range": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The limit must be between 1 and 60 days."
    ),
    "session.modality_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the form of the service (modality)."
    ),
    "session.service_type_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the kind of service."
    ),
    "session.date_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of the session cannot be in the future."
    ),
    "session.date_before_intake": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of the session cannot be before the case's intake date."
    ),
    "session.next_before_session": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The next appointment must be after this session."
    ),
    "session.section_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Unknown section of the note."
    ),
    "session.appointment_other_case": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This appointment is for another case."
    ),
    "session.appointment_other_counselor": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This appointment is another counselor's; a session note can only record your own "
        "appointments.",
    ),
    "session.format_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the structure of the note."
    ),
    "session.stage_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the stage of the case."
    ),
    "session.attendee_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A family member who attended was not found."
    ),
    "session.goal_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A goal of the intervention plan was not found."
    ),
    "session.appointment_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The appointment was not found for this client."
    ),
    # -- limits of what is typed (core/limits.py) ------------------------------------------
    "limit.name": QT_TRANSLATE_NOOP("ValidationErrors", "A name is at most {max} characters."),
    "limit.nickname": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A nickname is at most {max} characters."
    ),
    "limit.family_name": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A family name is at most {max} characters."
    ),
    "limit.center_name": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The center's name is at most {max} characters."
    ),
    "limit.note": QT_TRANSLATE_NOOP("ValidationErrors", "A note is at most {max} characters."),
    "limit.appointment_note": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An appointment's note is at most {max} characters."
    ),
    "limit.reason": QT_TRANSLATE_NOOP("ValidationErrors", "A reason is at most {max} characters."),
    "limit.goal": QT_TRANSLATE_NOOP("ValidationErrors", "A goal is at most {max} characters."),
    "limit.birth_place": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A place of birth is at most {max} characters."
    ),
    "limit.street": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An address is at most {max} characters."
    ),
    "limit.field": QT_TRANSLATE_NOOP("ValidationErrors", "This field is at most {max} characters."),
    "limit.long_text": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This text is at most {max} characters; split it into several notes."
    ),
    "limit.draft": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This draft is too large to be saved (more than {max} characters)."
    ),
    "limit.note_section": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The note is too long (at most {max} characters)."
    ),
    "limit.interventions": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The interventions are too long (at most {max} characters)."
    ),
    "limit.homework": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The homework is too long (at most {max} characters)."
    ),
    "limit.plan": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The plan is too long (at most {max} characters)."
    ),
    "limit.addendum": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The addendum is too long (at most {max} characters)."
    ),
    "photo.too_large": QT_TRANSLATE_NOOP("ValidationErrors", "A photo is at most 5 MB."),
    "photo.not_an_image": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This file is not a JPEG or PNG photo."
    ),
    "date.birth_too_early": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A date of birth cannot be before 1900."
    ),
    "date.birth_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A date of birth cannot be in the future."
    ),
    "date.intake_too_early": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An intake date cannot be before 1950."
    ),
    "date.intake_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An intake date cannot be in the future."
    ),
    "date.appointment_too_early": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An appointment cannot be before 2000."
    ),
    "date.appointment_too_late": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An appointment is at most three years from today."
    ),
}
