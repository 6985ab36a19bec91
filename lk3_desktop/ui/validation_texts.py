"""The sentence of every ValidationError code, in English; the catalogue holds the Indonesian.

A service raises ``ValidationError("client.name_required", "full_name")``; ``ui/messages.py``
words it with :func:`validation_sentence` in the interface's language. A sentence's
``{placeholders}`` are filled from the error's params (numbers and dates written the way the
interface language writes them). tests/unit/test_error_texts.py fails when a raised code has no
sentence here or a placeholder has no param.

To add one: raise the new code, add its English sentence below (grouped by area), run
``scripts/update_translations.sh`` and write the Indonesian translation in the .ts.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.ui.dates import date_text

CONTEXT = "ValidationErrors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue (pyside6-lupdate looks for this name) and returns it;
    typed, unlike PySide6's own, whose stub returns ``object``."""
    return text


TEXTS: dict[str, str] = {
    # -- signing and addenda (services/signing.py) ----------------------------------------------
    "signing.cosign_unsigned": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The author must sign the note before it can be co-signed."
    ),
    "signing.cosign_twice": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This note has already been co-signed."
    ),
    "signing.cosign_own": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Your own note does not need a co-signature."
    ),
    "signing.addendum_empty": QT_TRANSLATE_NOOP("ValidationErrors", "Write the addendum."),
    "signing.note_addendum_on_draft": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A note that is not signed yet is changed directly, without an addendum.",
    ),
    "signing.assessment_addendum_on_draft": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A draft is changed directly; addenda are only for signed records."
    ),
    # -- clients and families (services/clients.py, families.py; core/identity.py) ---------
    "client.name_required": QT_TRANSLATE_NOOP("ValidationErrors", "Enter the full name."),
    "client.sex_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose the sex."),
    "client.birth_or_age_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the date of birth, or an estimated age when it is not known."
    ),
    "client.age_out_of_range": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The estimated age must be between 0 and 120 years."
    ),
    "client.child_needs_guardian": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A child client must have a parent or guardian."
    ),
    "consent.giver_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose who gave the consent."),
    "consent.giver_name_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the name of the person who gave the consent."
    ),
    "consent.scope_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the scope of the consent."
    ),
    "consent.date_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of the consent cannot be in the future."
    ),
    "client.merge_same": QT_TRANSLATE_NOOP("ValidationErrors", "Choose two different clients."),
    "client.disability_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Unknown kind of disability."
    ),
    "client.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The client was not found."),
    "client.anonymised": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This client's record has been anonymised and can no longer be changed."
    ),
    "consent.child_by_guardian": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A child client: consent is given by a parent or guardian (UU PDP article 25).",
    ),
    "consent.not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The consent was not found or has already been withdrawn."
    ),
    "client.merge_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The client was not found or has already been merged."
    ),
    "client.merge_anonymised": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An anonymised client record cannot be merged."
    ),
    "family.name_required": QT_TRANSLATE_NOOP("ValidationErrors", "Enter the family name."),
    "family.relationship_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the relationship to the head of the family."
    ),
    "family.member_name_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the family member's name."
    ),
    "family.birth_year_implausible": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This year of birth is not plausible."
    ),
    "family.head_exists": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This family already has a head of the family."
    ),
    "family.client_already_member": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This client is already recorded in this family."
    ),
    "family.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The family was not found."),
    "family.member_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The family member was not found."
    ),
    "client.rt_rw_digits": QT_TRANSLATE_NOOP(
        "ValidationErrors", "{part} is a number of at most 3 digits."
    ),
    "client.pmks_unknown": QT_TRANSLATE_NOOP("ValidationErrors", "Unknown PPKS category: {code}."),
    "nik.format": QT_TRANSLATE_NOOP("ValidationErrors", "A NIK has 16 digits."),
    "nik.province_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", 'The province code "{code}" is not known.'
    ),
    "nik.region_zero": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The regency/city and district codes cannot be 00."
    ),
    "nik.region_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The region code is not in the newest Kemendagri data (it may be an old code from "
        "before pemekaran).",
    ),
    "nik.birth_date_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of birth in the NIK is not valid."
    ),
    "nik.serial_zero": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The serial number of a NIK cannot be 0000."
    ),
    "nik.invalid": QT_TRANSLATE_NOOP("ValidationErrors", "This NIK is not valid."),
    "nik.region_outdated": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The regency/city or district code of the NIK is not in the newest Kemendagri region "
        "data (perhaps an old code from before pemekaran).",
    ),
    "nik.birth_date_differs": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The date of birth in the NIK ({date}) differs from the date of birth entered.",
    ),
    "nik.sex_differs": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The sex in the NIK differs from the sex entered."
    ),
    "kk.format": QT_TRANSLATE_NOOP("ValidationErrors", "A KK number has 16 digits."),
    "kk.province_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The province code in the KK number is not known."
    ),
    "phone.prefix": QT_TRANSLATE_NOOP("ValidationErrors", "A number starts with 0, 62 or +62."),
    "phone.digits_only": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A phone number may hold digits only."
    ),
    "phone.mobile_length": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A mobile number has 10–13 digits (with the 0 in front)."
    ),
    "phone.landline_length": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The length of this landline number is not valid."
    ),
    "phone.prefix_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The prefix {prefix} is not known."
    ),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This is not a valid Indonesian phone number."
    ),
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
    # -- referrals, partners, activities, accounts and passwords ---------------------------
    "referral.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The referral was not found."),
    "referral.partner_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the partner organisation the client is referred to."
    ),
    "referral.subject_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the letter's subject, for example “Rujukan Klien”."
    ),
    "referral.follow_up_in_past": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The follow-up date cannot be in the past."
    ),
    "referral.shared_data_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Unknown choice of the data to be shared."
    ),
    "referral.signed_fixed": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A signed referral cannot be changed."
    ),
    "referral.submit_not_draft": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Only a draft can be submitted."
    ),
    "referral.reason_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the reason for the referral before submitting it."
    ),
    "referral.consent_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Record the client's consent before submitting."
    ),
    "referral.return_not_submitted": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Only a submitted referral can be returned to draft."
    ),
    "referral.list_too_many_attachments": QT_TRANSLATE_NOOP(
        "ValidationErrors", "At most {max} attachments."
    ),
    "referral.list_too_many_copies": QT_TRANSLATE_NOOP(
        "ValidationErrors", "At most {max} copies (tembusan)."
    ),
    "referral.list_item_attachment_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Each attachment is at most 300 characters."
    ),
    "referral.list_item_copy_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Each copy (tembusan) is at most 300 characters."
    ),
    "referral.subject_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The letter's subject is at most {max} characters."
    ),
    "referral.reply_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter a summary of the partner's reply (rujukan balik)."
    ),
    "referral.reply_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of the reply cannot be in the future."
    ),
    "referral.cancel_reason_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the reason for the cancellation."
    ),
    "referral.status_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This status cannot be chosen from the current status."
    ),
    "referral.status_date_range": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The date of the status change must lie between the letter's date and today.",
    ),
    "referral.reply_needs_sent": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A reply is recorded for a letter that has been sent."
    ),
    "referral.cannot_cancel": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A referral with this status cannot be cancelled."
    ),
    "referral.no_letter": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This referral has no signed letter yet."
    ),
    "referral.letter_cancelled": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This letter has been cancelled and can no longer be printed."
    ),
    "referral.letter_erased": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The file of this letter was deleted when the client's data was anonymised; its "
        "letter number stays recorded.",
    ),
    "verification.length": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A verification code has 10 letters and digits."
    ),
    "verification.letters": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The verification code holds a letter that is not used."
    ),
    "verification.mistyped": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The verification code is mistyped. Check every letter again."
    ),
    "referral.sign_not_submitted": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Only a submitted referral can be signed."
    ),
    "referral.sign_no_consent": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This referral does not hold the client's consent yet."
    ),
    "referral.center_code_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the LK3 code in the center's profile before signing letters."
    ),
    "partner.type_name_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the name of the kind of organisation."
    ),
    "partner.name_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the organisation's name."
    ),
    "partner.type_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the kind of organisation."
    ),
    "partner.email_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The e-mail address is not valid."
    ),
    "partner.phone_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A phone number holds only digits, spaces, +, - and ( )."
    ),
    "partner.type_exists": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This kind of organisation already exists."
    ),
    "partner.type_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The kind of organisation was not found."
    ),
    "partner.name_taken": QT_TRANSLATE_NOOP(
        "ValidationErrors", "An organisation with this name is already in the list."
    ),
    "partner.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The organisation was not found."),
    "activity.date_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Record an activity after it took place; its date cannot be in the future.",
    ),
    "activity.kind_required": QT_TRANSLATE_NOOP("ValidationErrors", "Choose the kind of activity."),
    "activity.title_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the name of the activity."
    ),
    "activity.participants_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Enter the number of participants."
    ),
    "activity.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The activity was not found."),
    "activity.removed": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This activity has already been removed from the list."
    ),
    "activity.remove_reason_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Write the reason for removing this activity."
    ),
    "activity.participants_negative": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The number of participants is 0 or more."
    ),
    "activity.title_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The name of the activity is at most {max} characters."
    ),
    "activity.place_too_long": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The name of the place or partner is at most {max} characters."
    ),
    "activity.participants_too_many": QT_TRANSLATE_NOOP(
        "ValidationErrors", "At most {max} participants."
    ),
    "activity.region_unknown": QT_TRANSLATE_NOOP("ValidationErrors", "Unknown region code."),
    "activity.region_mismatch": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The region does not lie within the region above it."
    ),
    "account.username_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A username has 3-32 characters: lowercase letters, digits, dots, underscores or "
        "hyphens, starting with a letter or digit.",
    ),
    "account.nip_invalid": QT_TRANSLATE_NOOP("ValidationErrors", "A NIP has 18 digits."),
    "center.name_required": QT_TRANSLATE_NOOP("ValidationErrors", "Enter the name of the LK3."),
    "account.deactivate_self": QT_TRANSLATE_NOOP(
        "ValidationErrors", "You cannot deactivate your own account."
    ),
    "setup.folder_has_database": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This data folder already holds an LK3 database."
    ),
    "password.same_as_old": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The new password must differ from the old one."
    ),
    "account.username_taken": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This username is already taken."
    ),
    "account.not_found": QT_TRANSLATE_NOOP("ValidationErrors", "The user was not found."),
    "account.reactivate_first": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Reactivate this account before resetting its password."
    ),
    "account.not_found_or_inactive": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The user was not found or is already inactive."
    ),
    "account.not_found_or_active": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The user was not found or is still active."
    ),
    "account.last_head": QT_TRANSLATE_NOOP(
        "ValidationErrors", "There must remain one active head of the center."
    ),
    "password.too_short": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A password has at least {min} characters."
    ),
    "password.common": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This password is one of the most often used."
    ),
    "password.similar_common": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This password is like passwords people often use."
    ),
    "password.own_words": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A password cannot hold the username, your name, the center's name, a region's name "
        "or a year.",
    ),
    "password.local_word": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The password holds a word often used as a password."
    ),
    "password.person_name": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The password holds a common person's name."
    ),
    "password.dictionary_word": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The password holds a common dictionary word."
    ),
    "password.reversed": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A word spelled backwards is still easy to guess."
    ),
    "password.l33t": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Replacing letters with similar digits or symbols (for example a with @) does not "
        "make a password much stronger.",
    ),
    "password.date": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The password holds a date or year that is easy to guess."
    ),
    "password.repeat": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The password repeats letters or words, for example “aaa”."
    ),
    "password.sequence": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The password holds a sequence of letters or digits, for example “abc” or “123”.",
    ),
    "password.keyboard": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The password holds a keyboard pattern, for example “qwerty”."
    ),
    "password.too_guessable": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This password is too easy to guess."
    ),
    "password.suggest_longer": QT_TRANSLATE_NOOP("ValidationErrors", "Add one or two more words."),
    "password.suggest_passphrase": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Use three or four unrelated words, without names, dates or sequences."
    ),
    # -- attachments (services/attachments) ---------------------------------------------------
    "attachment.empty": QT_TRANSLATE_NOOP("ValidationErrors", "The file is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The file is larger than {mib} MB. Scan it again at a lower resolution (150-200 dpi is "
        "enough for a document) or save it as a smaller PDF.",
    ),
    "attachment.unknown_type": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Only PDF, JPEG and PNG files can be attached (checked by their content, not their "
        "name). Save or scan the document as one of these.",
    ),
    "attachment.pdf_locked": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This PDF is locked with a password. Save it without the password, then attach it.",
    ),
    "attachment.pdf_damaged": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This PDF is damaged and cannot be read. Scan or save it again."
    ),
    "attachment.image_damaged": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This picture is damaged and cannot be read. Take or save it again."
    ),
    "attachment.kind_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose what kind of document this is."
    ),
    "attachment.date_in_future": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The document's date cannot be in the future."
    ),
    "attachment.record_not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The record to attach to was not found for this client."
    ),
    "attachment.not_found": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The attached document was not found."
    ),
    "attachment.enclosed_in_issued_letter": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This document is enclosed with an issued referral letter and stays with it.",
    ),
    "attachment.enclosures_invalid": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose each document once, at most {max} documents."
    ),
    "attachment.letter_issued": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The letter has been issued with its list of enclosures; that list no longer changes.",
    ),
    "attachment.other_case": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This document belongs to another case of the client."
    ),
    "attachment.withheld": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This document is marked “jangan diungkap” and cannot go with a letter.",
    ),
    # -- register import (services/register_import, core/region_names.py) ---------------------
    "import.birth_date_unreadable": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The date of birth cannot be read; write it like 05/03/1988 or 5 Maret 1988.",
    ),
    "import.birth_date_impossible": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of birth is not a day of the calendar."
    ),
    "import.intake_date_unreadable": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The date of the first visit cannot be read; write it like 05/03/2024 or 5 Maret 2024.",
    ),
    "import.intake_date_impossible": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of the first visit is not a day of the calendar."
    ),
    "import.intake_date_missing": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The date of the first visit is empty, so no case can be opened."
    ),
    "import.sex_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The sex cannot be read; write L or P."
    ),
    "import.age_unreadable": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The age cannot be read; write the years as a number, e.g. 35."
    ),
    "import.rt_rw_unreadable": QT_TRANSLATE_NOOP(
        "ValidationErrors", "RT/RW cannot be read; write it like 003/005."
    ),
    "import.province_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The province is not in the Kemendagri region data; correct it, or answer the "
        "question to leave it empty.",
    ),
    "import.regency_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The regency/city is not in the Kemendagri region data; correct it, or answer the "
        "question to leave it empty.",
    ),
    "import.district_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The district (kecamatan) is not in the Kemendagri region data; correct it, or answer "
        "the question to leave it empty.",
    ),
    "import.village_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The village (desa/kelurahan) is not in the Kemendagri region data of its district; "
        "correct it, or answer the question to leave it empty.",
    ),
    "import.province_unsure": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The province is not certain; perhaps {choices}. Choose the right one."
    ),
    "import.regency_unsure": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The regency/city is not certain; perhaps {choices}. Choose the right one.",
    ),
    "import.district_unsure": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The district (kecamatan) is not certain; perhaps {choices}. Choose the right one.",
    ),
    "import.village_unsure": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The village (desa/kelurahan) is not certain; perhaps {choices}. Choose the right one.",
    ),
    "import.counselor_unsure": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The counselor is not recognised for certain; choose the account."
    ),
    "import.nik_reason_hint": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "If the NIK is right, fill in the column “Alasan NIK tetap disimpan” and import again.",
    ),
    "import.same_client_nik": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Possibly the same person as client no. {client}, already registered (same NIK); not "
        "merged. If it is someone else, write YA in the column “Bukan orang yang sama”.",
    ),
    "import.same_client_name": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Possibly the same person as client no. {client}, already registered (same name and "
        "date of birth); not merged. If it is someone else, write YA in the column “Bukan "
        "orang yang sama”.",
    ),
    "import.same_row_nik": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Possibly the same person as row {row} of this file (same NIK); not merged. If it is "
        "someone else, write YA in the column “Bukan orang yang sama”.",
    ),
    "import.same_row_name": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Possibly the same person as row {row} of this file (same name and date of birth); "
        "not merged. If it is someone else, write YA in the column “Bukan orang yang sama”.",
    ),
    "import.name_column_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the column that holds the client's name."
    ),
    "import.birth_column_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose a column with the date of birth, the age or the NIK."
    ),
    "import.sex_column_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Choose the column with the sex (or the NIK, which holds it)."
    ),
    "import.intake_column_required": QT_TRANSLATE_NOOP(
        "ValidationErrors", "To open cases, choose the column with the date of the first visit."
    ),
    "import.mapping_column_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The column “{column}” of the mapping file is not in the register."
    ),
    "import.mapping_field_unknown": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The field “{field_key}” of the mapping file is not known."
    ),
    "import.mapping_missing": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The mapping file {file} was not found."
    ),
    "import.mapping_not_json": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The mapping file {file} is not valid JSON (line {line})."
    ),
    "import.mapping_not_object": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The mapping file {file} must hold one JSON object."
    ),
    "import.some_rows_failed": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "{count} rows did not pass the checks and the import was to be all or nothing, so "
        "nothing was imported.",
    ),
    "import.nothing_ready": QT_TRANSLATE_NOOP("ValidationErrors", "No row is ready to import."),
    "import.registered_meanwhile": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "Since the preview was made, the person of row {row} has been registered; nothing was "
        "imported. Make the preview again.",
    ),
    "import.counselor_inactive": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A counselor named in the register is no longer active since the preview was made; "
        "nothing was imported. Make the preview again.",
    ),
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


def _param_text(value: object) -> str:
    locale = QLocale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(locale.toString(value))
    if isinstance(value, datetime.date):
        return date_text(value)
    return str(value)


def _worded(code: str, params: Mapping[str, object]) -> str | None:
    source = TEXTS.get(code)
    if source is None:
        return None
    text = QCoreApplication.translate(CONTEXT, source)
    for name, value in params.items():
        text = text.replace("{" + name + "}", _param_text(value))
    return text


def validation_sentence(error: ValidationError) -> str | None:
    """The sentence for ``error``'s code in the interface language; None for an unknown code."""
    return _worded(error.code, error.params)


def sentence_text(sentence: Sentence) -> str:
    """A check's sentence (a NIK warning, a phone number's problem) in the interface language."""
    return _worded(sentence.code, sentence.params) or sentence.code
