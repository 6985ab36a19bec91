"""Following a referral up until the family is served: status changes, replies, follow-up date,
cancellation.
"""

from __future__ import annotations

import datetime

from lk3_desktop.core import limits
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.referrals import CANCELLABLE, ReferralStatus, can_follow_up
from lk3_desktop.core.text_input import bounded
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.access import _is_case_worker, _load, _require_signer
from lk3_desktop.services.referrals.data import ReferralInfo
from lk3_desktop.services.referrals.drafting import _move, _now
from lk3_desktop.services.referrals.reading import _info, _letter_of
from lk3_desktop.services.referrals.settings import _is_signer


def change_status(
    session: UserSession,
    referral_id: int,
    to: ReferralStatus,
    on: datetime.date | None = None,
    note: str = "",
) -> ReferralInfo:
    """Move a signed referral along: dikirim, diterima mitra, ditindaklanjuti, selesai,
    ditolak, tidak datang (the case worker or a signer), dated and attributed."""
    day = on or datetime.date.today()
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        current = ReferralStatus(ref.status)
        if not can_follow_up(current, to):
            raise ValidationError("referral.status_not_allowed", "status")
        letter = _letter_of(s, ref.id)
        if day > datetime.date.today() or (letter is not None and day < letter.letter_date):
            raise ValidationError("referral.status_date_range", "date")
        _move(s, session, ref, to, day, note)
        s.flush()
        session.audit(
            s, "referral.status_changed", "referral", ref.id, {"from": current.value, "to": to}
        )
        return _info(s, ref, case)


def record_reply(
    session: UserSession,
    referral_id: int,
    reply_on: datetime.date,
    text: str,
    to: ReferralStatus | None = None,
) -> ReferralInfo:
    """The partner's reply (rujukan balik), optionally with the status it brings."""
    if not text.strip():
        raise ValidationError("referral.reply_required", "reply_text")
    if reply_on > datetime.date.today():
        raise ValidationError("referral.reply_in_future", "reply_on")
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        current = ReferralStatus(ref.status)
        if _letter_of(s, ref.id) is None or current is ReferralStatus.BATAL:
            raise ValidationError("referral.reply_needs_sent")
        if to is not None and to is not current:
            if not can_follow_up(current, to):
                raise ValidationError("referral.status_not_allowed", "status")
            _move(s, session, ref, to, reply_on, "Rujukan balik diterima")
        ref.reply_on = reply_on
        ref.reply_text = bounded(text, limits.LONG_TEXT, "reply_text", multiline=True)
        ref.reply_recorded_by = session.actor.user_id
        ref.reply_recorded_at = _now()
        ref.updated_at = _now()
        s.flush()
        session.audit(s, "referral.reply_recorded", "referral", ref.id)
        return _info(s, ref, case)


def set_follow_up(
    session: UserSession, referral_id: int, follow_up_on: datetime.date | None
) -> ReferralInfo:
    """Set or move the date someone checks that the family arrived."""
    if follow_up_on is not None and follow_up_on < datetime.date.today():
        raise ValidationError("referral.follow_up_in_past", "follow_up_on")
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        ref.follow_up_on = follow_up_on
        ref.updated_at = _now()
        s.flush()
        session.audit(s, "referral.follow_up_set", "referral", ref.id)
        return _info(s, ref, case)


def cancel_referral(session: UserSession, referral_id: int, reason: str) -> ReferralInfo:
    """-> batal. A draft or submitted referral: its case worker; a signed letter: a signer,
    with a reason. The letter and its number stay in the archive, marked cancelled."""
    if not reason.strip():
        raise ValidationError("referral.cancel_reason_required", "reason")
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        current = ReferralStatus(ref.status)
        if current not in CANCELLABLE:
            raise ValidationError("referral.cannot_cancel")
        letter = _letter_of(s, ref.id)
        if letter is not None:
            _require_signer(s, session)
            letter.cancelled = True
            letter.cancelled_at = _now()
            letter.cancelled_by = session.actor.user_id
            letter.cancel_reason = bounded(reason, limits.REASON, "reason", multiline=True)
        elif not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        _move(s, session, ref, ReferralStatus.BATAL, note=reason)
        s.flush()
        detail = {"letter": letter.id} if letter is not None else {}
        session.audit(s, "referral.cancelled", "referral", ref.id, detail)
        return _info(s, ref, case)
