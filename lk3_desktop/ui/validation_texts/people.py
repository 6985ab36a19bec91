"""Sentences about signing, clients and families. The English text of each ValidationError code
(see the package).
"""

from __future__ import annotations

from lk3_desktop.ui.validation_texts.marking import QT_TRANSLATE_NOOP

PEOPLE: dict[str, str] = {
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
}
