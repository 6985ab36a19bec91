"""Signing a referral: the signer reads the letter as it will be issued, gives their password,
and the next number of the per-year sequence, the PDF, its hash and its verification code are
made in one (IMMEDIATE) transaction, so a number is never skipped or given twice.
"""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE
from lk3_desktop.core.referrals import ReferralStatus
from lk3_desktop.db.models import Case, CenterProfile, Referral, ReferralLetter, User
from lk3_desktop.services import accounts
from lk3_desktop.services._counters import next_free_number, peek_free_number
from lk3_desktop.services._setting_rows import read_setting
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals._issuing import compose_letter
from lk3_desktop.services.referrals.access import _load, _require_signer
from lk3_desktop.services.referrals.data import ReferralInfo
from lk3_desktop.services.referrals.drafting import _move, _now
from lk3_desktop.services.referrals.reading import _info, _latest_consent
from lk3_desktop.services.referrals.settings import LETTER_TEMPLATE_KEY


def _ready_to_sign(
    s: Session, session: UserSession, referral_id: int
) -> tuple[Referral, Case, CenterProfile, User, str]:
    """The referral, its case, the profile, the signer and the number template, once every
    condition for signing holds (else a PermissionDenied or a ValidationError)."""
    _require_signer(s, session)
    ref, case = _load(s, referral_id)
    if ref.status != ReferralStatus.DIAJUKAN.value:
        raise ValidationError("referral.sign_not_submitted")
    if _latest_consent(s, ref.id) is None:
        raise ValidationError("referral.sign_no_consent", "consent")
    profile = s.get(CenterProfile, 1)
    signer = s.get(User, session.actor.user_id)
    assert profile is not None and signer is not None
    template = str(read_setting(s, LETTER_TEMPLATE_KEY, LETTER_NUMBER_TEMPLATE))
    if "{center_code}" in template and not profile.center_code.strip():
        raise ValidationError("referral.center_code_required", "center_code")
    return ref, case, profile, signer, template


def preview_letter(session: UserSession, referral_id: int) -> bytes:
    """The letter as signing it now would issue it (the next free number, today's date, the
    signer), for the signer to read before the password; nothing is stored and no number is
    taken. The verification code is made at signing. Audited as a view."""
    today = datetime.date.today()
    with session.store.transaction() as s:
        ref, case, profile, signer, template = _ready_to_sign(s, session, referral_id)
        number = peek_free_number(
            s,
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
            seq_value=0,
            on=today,
            signed_at=_now(),
        )
        session.audit(s, "referral.letter_previewed", "referral", ref.id)
        return letter.pdf


def sign_referral(session: UserSession, referral_id: int, password: str) -> ReferralInfo:
    """diajukan -> ditandatangani, after the signer's password: the next letter number of the
    year, the PDF, its hash and verification code, stored together in one transaction (or not
    at all). WrongPassword when the password is not the signer's."""
    with session.store.transaction() as s:
        _ready_to_sign(s, session, referral_id)  # who may sign is said before the password
    accounts.verify_password(session, password)  # slow, outside the transaction
    today = datetime.date.today()
    now = _now()
    with session.store.transaction() as s:
        ref, case, profile, signer, template = _ready_to_sign(s, session, referral_id)
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
