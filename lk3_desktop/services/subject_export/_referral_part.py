"""The referrals of the export, with their letters, status history, consents and attachments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.db.models import (
    Partner,
    PartnerType,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralLetter,
    ReferralStatusChange,
)
from lk3_desktop.services._withheld import Withheld
from lk3_desktop.services.subject_export._values import _d, _dt, _loads


def _letter_part(letter: ReferralLetter, names: dict[int, str]) -> dict[str, Any]:
    return {
        "number": letter.number,
        "letter_date": _d(letter.letter_date),
        "signed_by": names.get(letter.signed_by),
        "signed_at": _dt(letter.signed_at),
        "verification_code": letter.verification_code,
        "cancelled": letter.cancelled,
        "cancelled_at": _dt(letter.cancelled_at),
    }


def _referral_trail(
    s: Session,
    ref: Referral,
    names: dict[int, str],
    clean: Callable[[str], str],
    giver_name: Callable[[str, str], str | None],
) -> dict[str, Any]:
    """A referral's status history, consents and attachments."""
    return {
        "status_history": [
            {
                "from_status": h.from_status,
                "to_status": h.to_status,
                "changed_on": _d(h.changed_on),
                "changed_by": names.get(h.changed_by or 0),
                "note": clean(h.note),
            }
            for h in s.execute(
                select(ReferralStatusChange)
                .where(ReferralStatusChange.referral_id == ref.id)
                .order_by(ReferralStatusChange.id)
            ).scalars()
        ],
        "consents": [
            {
                "given_on": _d(c.given_on),
                "given_by": c.given_by,
                "given_by_name": giver_name(c.given_by, c.given_by_name),
                "fields": [str(x) for x in _loads(c.fields, [])],
                "recorded_at": _dt(c.recorded_at),
            }
            for c in s.execute(
                select(ReferralConsent)
                .where(ReferralConsent.referral_id == ref.id)
                .order_by(ReferralConsent.id)
            ).scalars()
        ],
        "attachments": [
            clean(text)
            for text in s.execute(
                select(ReferralAttachment.description)
                .where(ReferralAttachment.referral_id == ref.id)
                .order_by(ReferralAttachment.position)
            ).scalars()
        ],
    }


def _referrals(
    s: Session,
    case_ids: list[int],
    withheld: Withheld,
    names: dict[int, str],
    clean: Callable[[str], str],
    giver_name: Callable[[str, str], str | None],
) -> tuple[list[dict[str, Any]], list[int]]:
    family_hidden = withheld.field_withheld("family")
    out: list[dict[str, Any]] = []
    letter_ids: list[int] = []
    for ref, partner_name, partner_type in s.execute(
        select(Referral, Partner.name, PartnerType.name)
        .join(Partner, Partner.id == Referral.partner_id)
        .join(PartnerType, PartnerType.id == Partner.type_id)
        .where(Referral.case_id.in_(case_ids))
        .order_by(Referral.created_at, Referral.id)
    ):
        if withheld.record_withheld("referral", ref.id):
            continue
        letter = s.execute(
            select(ReferralLetter).where(ReferralLetter.referral_id == ref.id)
        ).scalar_one_or_none()
        if letter is not None:
            letter_ids.append(letter.id)
        item: dict[str, Any] = {
            "id": ref.id,
            "case_id": ref.case_id,
            "partner": {"name": partner_name, "type": partner_type},
            "status": ref.status,
            "urgency": ref.urgency,
            "reason": clean(ref.reason),
            "services_requested": clean(ref.services_requested),
            "family_summary": clean(ref.family_summary),
            "problem_summary": clean(ref.problem_summary),
            "assessment_summary": clean(ref.assessment_summary),
            "copies_to": [clean(x.strip()) for x in ref.copies_to.splitlines() if x.strip()],
            "follow_up_on": _d(ref.follow_up_on),
            "created_at": _dt(ref.created_at),
            "drafted_by": names.get(ref.drafted_by or 0),
            "reply_on": _d(ref.reply_on),
            "reply_text": clean(ref.reply_text),
            **_referral_trail(s, ref, names, clean, giver_name),
            "letter": None if letter is None else _letter_part(letter, names),
        }
        if family_hidden:
            del item["family_summary"]
        out.append(item)
    return out, letter_ids
