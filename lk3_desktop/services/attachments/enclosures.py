"""Attachments chosen to go with a referral letter: listed in its Lampiran and bundled with it
by "Simpan paket" (services/referrals/package.py).

The case worker chooses them while drafting, from the client's documents and the case's; the
choice is fixed once the letter is issued (the letter lists them). A document marked "jangan
diungkap" cannot be chosen, and one marked later is left out of the package.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from lk3_desktop.core.attachments import enclosure_label
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.db.models import Attachment, ReferralEnclosure, ReferralLetter
from lk3_desktop.services.attachments._enclosure_rows import enclosed, withheld_attachments
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.access import _load, _require_case_worker, _require_reader

MAX_ENCLOSURES = 20


@dataclass(frozen=True)
class EnclosureInfo:
    attachment_id: int
    position: int
    description: str  # the line of the Lampiran list


def list_enclosures(session: UserSession, referral_id: int) -> list[EnclosureInfo]:
    with session.store.transaction() as s:
        _ref, case = _load(s, referral_id)
        _require_reader(s, session, case)
        return [
            EnclosureInfo(e.attachment_id, e.position, e.description)
            for e, _a in enclosed(s, referral_id)
        ]


def set_enclosures(
    session: UserSession, referral_id: int, attachment_ids: list[int]
) -> list[EnclosureInfo]:
    """Choose the attachments that go with the letter, in this order (the case worker, until
    the letter is issued); audited as ``referral.enclosures_set`` with the ids."""
    if len(attachment_ids) != len(set(attachment_ids)) or len(attachment_ids) > MAX_ENCLOSURES:
        raise ValidationError("attachment.enclosures_invalid", max=MAX_ENCLOSURES)
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        _require_case_worker(session, case)
        letter = s.execute(
            select(ReferralLetter.id).where(
                ReferralLetter.referral_id == ref.id, ReferralLetter.cancelled.is_(False)
            )
        ).first()
        if letter is not None:
            raise ValidationError("attachment.letter_issued")
        withheld = withheld_attachments(s, case.client_id)
        rows = {
            a.id: a
            for a in s.execute(
                select(Attachment).where(Attachment.id.in_(attachment_ids))
            ).scalars()
        }
        for attachment_id in attachment_ids:
            row = rows.get(attachment_id)
            if row is None or row.client_id != case.client_id:
                raise ValidationError("attachment.not_found")
            if row.case_id is not None and row.case_id != case.id:
                raise ValidationError("attachment.other_case")
            if attachment_id in withheld:
                raise ValidationError("attachment.withheld")
        s.execute(delete(ReferralEnclosure).where(ReferralEnclosure.referral_id == ref.id))
        out = []
        for position, attachment_id in enumerate(attachment_ids, start=1):
            row = rows[attachment_id]
            line = enclosure_label(row.kind, row.document_date)
            s.add(
                ReferralEnclosure(
                    referral_id=ref.id,
                    attachment_id=attachment_id,
                    position=position,
                    description=line,
                )
            )
            out.append(EnclosureInfo(attachment_id, position, line))
        session.audit(
            s, "referral.enclosures_set", "referral", ref.id, {"attachments": attachment_ids}
        )
        return out
