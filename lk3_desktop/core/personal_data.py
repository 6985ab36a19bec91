"""Which column of which table holds personal data, and what anonymising a client does to it.

The client record itself is declared in core/client_fields.py. Here every other table: those
holding what a client, a family or a case said or did (anonymisation erases the personal
columns of the client's rows, services/anonymise.py reads :func:`erase_values`), those about
the office's own people and partners (kept: they are the office's records, not a client's),
and those holding no personal data. tests/db/test_personal_data.py fails when a table or a
column of the database is not classified here.
"""

from __future__ import annotations

from typing import Final

from lk3_desktop.core.client_fields import Erase

K, C, B, N = Erase.KEEP, Erase.KEEP_FOR_COUNTS, Erase.BLANK, Erase.NULL
J = "{}"  # an erased JSON text column holds an empty object
L = "[]"  # an erased JSON list column holds an empty list
E = b""  # an erased binary column holds no bytes
D = Erase.ROW_DELETED
PSEUDONYM = Erase.PSEUDONYM

# Tables with rows about one client, family or case: anonymising the client erases these
# columns of its rows; the others stay (codes, dates, scores, links).
CLIENT_DATA: Final[dict[str, dict[str, Erase | str | bytes]]] = {
    "client_pmks": {"client_id": K, "category_id": C},
    "consents": {
        "id": K,
        "client_id": K,
        "consent_date": K,
        "given_by": C,
        "given_by_name": B,
        "scope": K,  # the office's wording of what was agreed
        "recorded_by": K,
        "recorded_at": K,
        "withdrawn_on": K,
    },
    "families": {
        "id": K,
        "name": PSEUDONYM,  # "Keluarga anonim 7"
        "kk_number": N,
        "created_at": K,
        "created_by": K,
    },
    "family_members": {
        "id": K,
        "family_id": K,
        "client_id": K,
        "name": B,
        "relationship": C,
        "sex": C,
        "birth_year": C,
        "lives_together": C,
        "note": B,
    },
    "withheld_items": {
        "id": K,
        "client_id": K,
        "kind": K,
        "field": K,
        "record_id": K,
        "reason": B,
        "marked_at": K,
        "marked_by": K,
        "lifted_at": K,
        "lifted_by": K,
    },
    "subject_keys": {"client_id": D, "key": D, "created_at": D},  # shredded
    # Attached documents go whole, content and description (services/anonymise.py).
    "attachments": {
        "id": D,
        "client_id": D,
        "record_type": D,
        "record_id": D,
        "case_id": D,
        "clinical": D,
        "kind": D,
        "document_date": D,
        "note": D,
        "file_name": D,
        "mime": D,
        "size": D,
        "sha256": D,
        "original_size": D,
        "original_sha256": D,
        "sealed_sha256": D,  # a hash of the sealed pieces, gone with the row
        "pages": D,
        "width": D,
        "height": D,
        "chunks": D,
        "added_at": D,
        "added_by": D,
    },
    "attachment_chunks": {"attachment_id": D, "seq": D, "data": D},
    "referral_enclosures": {
        "id": D,
        "referral_id": D,
        "attachment_id": D,
        "position": D,
        "description": D,
    },
    "cases": {
        "id": K,
        "client_id": K,
        "family_id": K,
        "registration_number": K,
        "intake_date": K,
        "referral_source": C,
        "referral_source_detail": B,
        "presenting_problem": B,
        "urgency": C,
        "stage": C,
        "counselor_id": K,
        "closed_on": K,
        "closing_code": C,
        "closing_reason": B,
        "created_at": K,
        "created_by": K,
        "version": K,
    },
    "case_problem_areas": {"case_id": K, "problem_area_id": C},
    "case_stage_changes": {
        "id": K,
        "case_id": K,
        "from_stage": C,
        "to_stage": C,
        "changed_on": K,
        "changed_at": K,
        "changed_by": K,
        "note": B,
    },
    "case_assignments": {
        "id": K,
        "case_id": K,
        "counselor_id": K,
        "assigned_at": K,
        "assigned_by": K,
        "reason": B,
    },
    "case_goals": {
        "id": K,
        "case_id": K,
        "description": B,
        "target_date": K,
        "status": C,
        "position": K,
        "created_at": K,
        "created_by": K,
        "updated_at": K,
    },
    "goal_reviews": {"id": K, "goal_id": K, "session_id": K, "status": C, "note": B},
    "appointments": {
        "id": K,
        "counselor_id": K,
        "client_id": K,
        "case_id": K,
        "room_id": K,
        "starts_at": K,
        "ends_at": K,
        "status": C,
        "note": B,
        "created_at": K,
        "created_by": K,
        "updated_at": K,
        "status_changed_at": K,
        "status_changed_by": K,
        "version": K,
    },
    "counseling_sessions": {
        "id": K,
        "case_id": K,
        "appointment_id": K,
        "author_id": K,
        "session_date": K,
        "start_time": K,
        "end_time": K,
        "modality": C,
        "service_type": C,
        "case_stage": C,
        "note_format": K,
        "note_sections": J,
        "interventions": B,
        "homework": B,
        "plan": B,
        "next_appointment_at": K,
        "created_at": K,
        "updated_at": K,
        "signed_at": K,
        "signed_by": K,
        "content_sha256": K,  # a hash: the text it sealed is gone
        "cosigned_at": K,
        "cosigned_by": K,
        "version": K,
    },
    "session_attendees": {
        "id": K,
        "session_id": K,
        "family_member_id": K,
        "name": B,
        "position": K,
    },
    "session_addenda": {"id": K, "session_id": K, "author_id": K, "written_at": K, "text": B},
    "note_drafts": {  # unsaved drafts are deleted
        "id": D,
        "author_id": D,
        "draft_key": D,
        "case_id": D,
        "session_id": D,
        "payload": D,
        "created_at": D,
        "updated_at": D,
    },
    "psychosocial_assessments": {
        "id": K,
        "case_id": K,
        "client_id": K,
        "kind": C,
        "assessed_on": K,
        "presenting_problem": B,
        "history": B,
        "family_relations": B,
        "genogram_notes": B,
        "strengths": B,
        "risk_factors": B,
        "needs": J,
        "conclusion": B,
        "risk_level": C,
        "status": K,
        "created_at": K,
        "created_by": K,
        "updated_at": K,
        "signed_by": K,
        "signed_at": K,
        "version": K,
    },
    "safety_plan_items": {
        "id": K,
        "assessment_id": K,
        "position": K,
        "who": B,
        "action": B,
        "timing": B,
    },
    "client_safety_plans": {
        "id": K,
        "case_id": K,
        "client_id": K,
        "made_on": K,
        "warning_signs": L,
        "coping": L,
        "distractions": L,
        "helpers": L,
        "professionals": L,
        "environment": L,
        "reasons": B,
        "status": K,
        "created_at": K,
        "created_by": K,
        "updated_at": K,
        "signed_by": K,
        "signed_at": K,
        "version": K,
    },
    "client_safety_plan_addenda": {
        "id": K,
        "plan_id": K,
        "text": B,
        "created_at": K,
        "created_by": K,
    },
    "psychosocial_addenda": {
        "id": K,
        "assessment_id": K,
        "text": B,
        "created_at": K,
        "created_by": K,
    },
    "instrument_administrations": {
        "id": K,
        "case_id": K,
        "client_id": K,
        "instrument_code": C,
        "instrument_version": K,
        "administered_on": K,
        "answers": C,  # item scores: numbers the trends and reports count
        "total": C,
        "severity_code": C,
        "severity_label": C,
        "subscales": C,
        "flags": C,
        "complete": K,
        "prorated": K,
        "note": B,
        "status": K,
        "created_at": K,
        "created_by": K,
        "updated_at": K,
        "signed_by": K,
        "signed_at": K,
        "version": K,
    },
    "administration_addenda": {
        "id": K,
        "administration_id": K,
        "text": B,
        "created_at": K,
        "created_by": K,
    },
    "risk_flags": {
        "id": K,
        "client_id": K,
        "case_id": K,
        "administration_id": K,
        "psychosocial_id": K,
        "source": C,
        "item": C,
        "score": C,
        "code": C,
        "label": C,
        "status": K,
        "raised_at": K,
        "raised_by": K,
        "resolved_at": K,
        "resolved_by": K,
        "action_taken": B,
    },
    "referrals": {
        "id": K,
        "case_id": K,
        "partner_id": K,
        "status": C,
        "reason": B,
        "services_requested": B,
        "urgency": C,
        "letter_subject": K,  # the letter's "Hal" ("Rujukan Klien")
        "family_summary": B,
        "problem_summary": B,
        "assessment_summary": B,
        "copies_to": B,
        "follow_up_on": K,
        "drafted_by": K,
        "created_at": K,
        "updated_at": K,
        "reply_on": K,
        "reply_text": B,
        "reply_recorded_by": K,
        "reply_recorded_at": K,
        "version": K,
    },
    "referral_status_changes": {
        "id": K,
        "referral_id": K,
        "from_status": C,
        "to_status": C,
        "changed_on": K,
        "changed_at": K,
        "changed_by": K,
        "note": B,
    },
    "referral_attachments": {"id": K, "referral_id": K, "position": K, "description": B},
    "referral_consents": {
        "id": K,
        "referral_id": K,
        "fields": K,
        "given_by": C,
        "given_by_name": B,
        "given_on": K,
        "recorded_by": K,
        "recorded_at": K,
    },
    "referral_letters": {
        "id": K,
        "referral_id": K,
        "number": K,  # letter numbers are never reused or erased
        "seq_year": K,
        "seq_value": K,
        "letter_date": K,
        "signed_by": K,
        "signed_at": K,
        "pdf": E,  # the letter's bytes name the client
        "sha256": K,
        "verification_code": K,
        "cancelled": K,
        "cancelled_at": K,
        "cancelled_by": K,
        "cancel_reason": B,
    },
}

# Tables about the office's own people and partners: personal data, but not a client's; they
# stay when a client is anonymised (deactivating an account is how staff leave).
OFFICE_PEOPLE: Final[dict[str, tuple[str, ...]]] = {
    "users": ("username", "full_name", "nip", "slot_id", "user_key"),
    "center_profile": ("head_name", "head_nip"),
    "partners": ("contact_person", "contact_position", "phone", "email"),
    "activities": ("partner_name", "notes", "removal_reason"),
    "certificates": ("body",),  # names a person and their public keys
    "audit_log": ("detail",),  # ids only; old values sealed under the subject's key
}

# Tables without personal data.
NO_PERSONAL_DATA: Final[frozenset[str]] = frozenset(
    {
        "audit_checkpoints",
        "certificate_revocations",
        "issued_reports",  # counts only
        "key_seals",  # random keys sealed to people's public keys (ids, ciphertext)
        "number_sequences",
        "partner_types",
        "pmks_categories",
        "problem_areas",
        "rooms",
        # an office server's key file and slots (ids, hashed names, ciphertext; empty on one
        # computer, where they are lk3.keys)
        "server_key_file",
        "server_key_slots",
        "settings",
    }
)


def erase_values(table: str) -> dict[str, object]:
    """The columns of ``table`` anonymisation empties, with the value each gets."""
    values: dict[str, object] = {}
    for column, how in CLIENT_DATA[table].items():
        if how is Erase.BLANK:
            values[column] = ""
        elif how is Erase.NULL:
            values[column] = None
        elif how in (J, L, E):
            values[column] = how
    return values
