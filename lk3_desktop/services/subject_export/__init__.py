"""The data-subject export (UU No. 27/2022 on personal data protection): everything the office
holds about one client, as JSON for another system and as a PDF for the person to read.

Both formats are made from one dictionary (:func:`._collect.collect`), so they always hold the
same data; its shape is ``resources/schemas/subject-export-v1.schema.json`` and is described in
``docs/subject-export.md``. Only the head (``MANAGE_PERSONAL_DATA``) exports; each export is
one ``client.exported`` audit row, written in the transaction that wrote the file.

What an export never carries: another person's data. Other family members, other clients
and session attendees appear as counts or relationships only, and their known names, NIKs
and phone numbers are replaced by ``[orang lain]`` in free text written by staff. Items marked
"jangan diungkap" are left out and the export lists their labels (never the reason).
"""

from __future__ import annotations

from lk3_desktop.services.subject_export._collect import RECORD_KINDS, SCHEMA_ID
from lk3_desktop.services.subject_export._redaction import OTHER_PERSON
from lk3_desktop.services.subject_export.formats import (
    ExportSummary,
    export_json,
    export_pdf,
    to_json_bytes,
)

__all__ = [
    "OTHER_PERSON",
    "RECORD_KINDS",
    "SCHEMA_ID",
    "ExportSummary",
    "export_json",
    "export_pdf",
    "to_json_bytes",
]
