"""Signing a referral: the next number of the per-year sequence, the PDF, its hash and its
verification code, all in one (IMMEDIATE) transaction, so a number is never skipped or given twice.
"""

from __future__ import annotations

import datetime
import hashlib

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE
from lk3_desktop.core.referrals import ReferralStatus
from lk3_desktop.db.models import Case, CenterProfile, Partner, Referral, ReferralLetter, User
from lk3_desktop.documents.referral_letter import render_referral_letter
from lk3_desktop.services.cases import next_free_number
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.access import _load, _require_signer
from lk3_desktop.services.referrals.data import ReferralInfo
from lk3_desktop.services.referrals.drafting import _move, _now
from lk3_desktop.services.referrals.letter_content import _letter_data, _unique_code
from lk3_desktop.services.referrals.reading import _info, _latest_consent
from lk3_desktop.services.referrals.settings import LETTER_TEMPLATE_KEY
from lk3_desktop.services.settings import read_setting


def sign_referral(session: UserSession, referral_id: int) -> ReferralInfo:
    """diajukan -> ditandatangani: the next letter number of the year, the PDF, its hash and
    verification code, stored together in one transaction (or not at all)."""
    today = datetime.date.today()
    now = _now()
    with session.store.transaction() as s:
        _require_signer(s, session)
        ref, case = _load(s, referral_id)
        if ref.status != ReferralStatus.DIAJUKAN.value:
            raise ValidationError("Hanya rujukan yang sudah diajukan yang dapat ditandatangani.")
        if _latest_consent(s, ref.id) is None:
            raise ValidationError("Rujukan ini belum memuat persetujuan klien.", "consent")
        profile = s.get(CenterProfile, 1)
        signer = s.get(User, session.actor.user_id)
        assert profile is not None and signer is not None
        template = str(read_setting(s, LETTER_TEMPLATE_KEY, LETTER_NUMBER_TEMPLATE))
        if "{center_code}" in template and not profile.center_code.strip():
            raise ValidationError(
                "Isi kode LK3 pada profil lembaga sebelum menandatangani surat.", "center_code"
            )
        seq, number = next_free_number(
            s,
            session,
            f"letter:{today.year}",
            template,
            today,
            profile.center_code.strip(),
            ReferralLetter.number,
        )
        letter = compose_letter(
            s,
            ref,
            case,
            profile,
            signer,
            database_id=session.store.database_id,
            number=number,
            seq_value=seq,
            on=today,
            signed_at=now,
        )
        s.add(letter)
        _move(s, session, ref, ReferralStatus.DITANDATANGANI, today)
        s.flush()
        session.audit(s, "referral.signed", "referral", ref.id, {"letter": letter.id})
        return _info(s, ref, case)


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
