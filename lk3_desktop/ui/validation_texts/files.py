"""Sentences about attachments and the register import. The English text of each ValidationError
code (see the package).
"""

from __future__ import annotations

from lk3_desktop.ui.validation_texts.marking import QT_TRANSLATE_NOOP

FILES: dict[str, str] = {
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
}
