"""A case's referrals as rows of the case summary, read inside the caller's transaction (internal to
``services/``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.referrals import STATUS_LABELS_ID, ReferralStatus
from lk3_desktop.db.models import Partner, Referral, ReferralLetter
from lk3_desktop.services._withheld import Withheld


def referral_history_of_case(
    s: Session, case_id: int, withheld: Withheld | None = None
) -> list[tuple[str, str, str, str]]:
    """(date, number, partner, status label) of a case's referrals, for the case summary;
    referrals marked "jangan diungkap" in ``withheld`` are left out."""
    rows = []
    for ref, number, partner in s.execute(
        select(Referral, ReferralLetter.number, Partner.name)
        .join(Partner, Partner.id == Referral.partner_id)
        .outerjoin(ReferralLetter, ReferralLetter.referral_id == Referral.id)
        .where(Referral.case_id == case_id)
        .order_by(Referral.id)
    ):
        if withheld is not None and withheld.record_withheld("referral", ref.id):
            continue
        when = format_date_id(ref.created_at.date())
        rows.append((when, number or "-", partner, STATUS_LABELS_ID[ReferralStatus(ref.status)]))
    return rows
