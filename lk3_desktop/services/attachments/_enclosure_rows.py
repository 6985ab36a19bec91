"""The enclosures of a referral, read inside the caller's transaction (internal to
``services/``: the letter's composition and the package read them; choosing them is
``enclosures.py``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.db.models import Attachment, ReferralEnclosure, WithheldItem


def enclosure_lines(s: Session, referral_id: int) -> tuple[str, ...]:
    """The Lampiran lines of a referral's chosen attachments, in order (letter composition)."""
    return tuple(
        s.execute(
            select(ReferralEnclosure.description)
            .where(ReferralEnclosure.referral_id == referral_id)
            .order_by(ReferralEnclosure.position)
        ).scalars()
    )


def enclosed(s: Session, referral_id: int) -> list[tuple[ReferralEnclosure, Attachment]]:
    """The chosen attachments with their rows, in order."""
    return [
        (enclosure, attachment)
        for enclosure, attachment in s.execute(
            select(ReferralEnclosure, Attachment)
            .join(Attachment, Attachment.id == ReferralEnclosure.attachment_id)
            .where(ReferralEnclosure.referral_id == referral_id)
            .order_by(ReferralEnclosure.position)
        )
    ]


def withheld_attachments(s: Session, client_id: int) -> set[int | None]:
    return set(
        s.execute(
            select(WithheldItem.record_id).where(
                WithheldItem.client_id == client_id,
                WithheldItem.kind == "attachment",
                WithheldItem.lifted_at.is_(None),
            )
        ).scalars()
    )
