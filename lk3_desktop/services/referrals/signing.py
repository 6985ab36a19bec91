"""Signing a referral: the next number of the per-year sequence, the PDF, its hash and its
verification code, all in one (IMMEDIATE) transaction, so a number is never skipped or given twice.
"""

from __future__ import annotations

import datetime

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE
from lk3_desktop.core.referrals import ReferralStatus
from lk3_desktop.db.models import CenterProfile, ReferralLetter, User
from lk3_desktop.services._counters import next_free_number
from lk3_desktop.services._setting_rows import read_setting
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals._issuing import compose_letter
from lk3_desktop.services.referrals.access import _load, _require_signer
from lk3_desktop.services.referrals.data import ReferralInfo
from lk3_desktop.services.referrals.drafting import _move, _now
from lk3_desktop.services.referrals.reading import _info, _latest_consent
from lk3_desktop.services.referrals.settings import LETTER_TEMPLATE_KEY


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
