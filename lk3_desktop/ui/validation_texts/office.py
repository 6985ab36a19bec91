"""Sentences about referrals, partners, activities, accounts and passwords. The English text of
each ValidationError code (see the package).
"""

from __future__ import annotations

from lk3_desktop.ui.validation_texts.marking import QT_TRANSLATE_NOOP

OFFICE: dict[str, str] = {
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
    "account.role_unchanged": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This user already holds that role."
    ),
    "recovery.office_code_needed": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This office seals records per person: type the card's second code too (the office recovery key).",  # noqa: E501 (one literal for lupdate)
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
}
