"""Issuing a referral letter: the verification code, the PDF and its hash, composed inside the
caller's transaction (internal to ``services/``: the signing service and the demo generator
issue their letters through it).
"""

from __future__ import annotations

import datetime
import hashlib

from sqlalchemy.orm import Session

from lk3_desktop.db.models import Case, CenterProfile, Partner, Referral, ReferralLetter, User
from lk3_desktop.documents.referral_letter import render_referral_letter
from lk3_desktop.services.referrals._letter_content import _letter_data, _unique_code


def compose_letter(
    s: Session,
    ref: Referral,
    case: Case,
    profile: CenterProfile,
    signer: User,
    *,
    database_id: str,
    number: str,
    seq_value: int,
    on: datetime.date,
    signed_at: datetime.datetime,
) -> ReferralLetter:
    """The letter a signature issues under ``number``: a verification code no other letter
    holds, the PDF rendered from the referral as it stands, and its SHA-256; not yet added to
    ``s``. The demo generator issues its letters through this too."""
    partner = s.get(Partner, ref.partner_id)
    content = {
        "database": database_id,
        "number": number,
        "date": on.isoformat(),
        "referral": ref.id,
        "partner": partner.name if partner else "",
        "signer": signer.id,
        "signed_at": signed_at.isoformat(),
    }
    code = _unique_code(s, content)
    pdf = render_referral_letter(_letter_data(s, ref, case, profile, signer, number, on, code))
    return ReferralLetter(
        referral_id=ref.id,
        number=number,
        seq_year=on.year,
        seq_value=seq_value,
        letter_date=on,
        signed_by=signer.id,
        signed_at=signed_at,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        verification_code=code,
        cancelled=False,
        cancel_reason="",
    )
