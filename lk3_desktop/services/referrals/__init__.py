"""Referrals (rujukan): draft, submit, sign (numbered letter), follow up until the family is served.

Who may do what (checked here, never only in widgets):

- the counselor assigned to the case, and the head, draft, edit, submit and follow up a
  referral (``Permission.DRAFT_REFERRALS`` plus clinical access to the case);
- the head signs; so may a counselor the head delegates (setting ``referral_signers``, a list
  of user ids). Signers also print, export and verify letters, and see every referral so they
  can sign what waits for them;
- staff do not see referrals at all (the reason and summaries are clinical content).

Signing takes the next value of the per-year sequence ``letter:{year}``, formats the number,
renders the PDF and stores its bytes, SHA-256 and verification code, all in one (IMMEDIATE)
transaction: a number is never skipped or given twice, even when two signatures race or the
process dies half-way. A cancelled letter keeps its number; it is marked batal.
"""

from __future__ import annotations

from lk3_desktop.services.referrals._case_history import referral_history_of_case
from lk3_desktop.services.referrals._letter_content import (
    client_address,
    client_rows,
    disclosed_fields,
    place_name,
    region_name,
)
from lk3_desktop.services.referrals.data import (
    NARRATIVE_FIELDS,
    ConsentRecord,
    LetterInfo,
    ReferralInfo,
    ReferralInput,
    ReferralRow,
    StatusChangeInfo,
    VerifiedLetter,
)
from lk3_desktop.services.referrals.drafting import (
    MAX_LIST_ITEMS,
    create_referral,
    return_to_draft,
    submit_referral,
    update_referral,
)
from lk3_desktop.services.referrals.follow_up import (
    cancel_referral,
    change_status,
    record_reply,
    set_follow_up,
)
from lk3_desktop.services.referrals.issued_letter import (
    LETTER_ERASED,
    export_letter,
    letter_pdf,
    print_letter,
    verify_letter,
)
from lk3_desktop.services.referrals.reading import (
    get_referral,
    list_case_referrals,
    list_referrals,
    overdue_referrals,
)
from lk3_desktop.services.referrals.settings import (
    LETTER_TEMPLATE_KEY,
    SIGNERS_KEY,
    letter_number_template,
    may_sign,
    referral_signers,
    set_letter_number_template,
    set_referral_signers,
)
from lk3_desktop.services.referrals.signing import preview_letter, sign_referral

__all__ = [
    "LETTER_ERASED",
    "LETTER_TEMPLATE_KEY",
    "MAX_LIST_ITEMS",
    "NARRATIVE_FIELDS",
    "SIGNERS_KEY",
    "ConsentRecord",
    "LetterInfo",
    "ReferralInfo",
    "ReferralInput",
    "ReferralRow",
    "StatusChangeInfo",
    "VerifiedLetter",
    "cancel_referral",
    "change_status",
    "client_address",
    "client_rows",
    "create_referral",
    "disclosed_fields",
    "export_letter",
    "get_referral",
    "letter_number_template",
    "letter_pdf",
    "list_case_referrals",
    "list_referrals",
    "may_sign",
    "overdue_referrals",
    "place_name",
    "preview_letter",
    "print_letter",
    "record_reply",
    "referral_history_of_case",
    "referral_signers",
    "region_name",
    "return_to_draft",
    "set_follow_up",
    "set_letter_number_template",
    "set_referral_signers",
    "sign_referral",
    "submit_referral",
    "update_referral",
    "verify_letter",
]
