"""The issued letter: its stored PDF bytes, printing and exporting them, and verifying a paper
letter by its code.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.referrals import STATUS_LABELS_ID, ReferralStatus
from lk3_desktop.core.verification import VerificationCodeError, normalize_code
from lk3_desktop.db.models import Case, Client, Partner, Referral, ReferralLetter
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.access import _load, _require_reader, _require_signer
from lk3_desktop.services.referrals.data import VerifiedLetter
from lk3_desktop.services.referrals.reading import _letter_info, _letter_of, _names
from lk3_desktop.services.withholding import Withheld

LETTER_ERASED = (
    "Berkas surat ini dihapus saat data klien dianonimkan; nomor suratnya tetap tercatat."
)


def _issued(s: Session, referral_id: int) -> tuple[Referral, Case, ReferralLetter]:
    ref, case = _load(s, referral_id)
    letter = _letter_of(s, referral_id)
    if letter is None:
        raise ValidationError("Rujukan ini belum memiliki surat yang ditandatangani.")
    if not letter.pdf:
        raise ValidationError(LETTER_ERASED)
    return ref, case, letter


def letter_pdf(session: UserSession, referral_id: int) -> bytes:
    """The archived letter for the in-app preview (case worker or signer); audited."""
    with session.store.transaction() as s:
        _, case, letter = _issued(s, referral_id)
        _require_reader(s, session, case)
        session.audit(s, "referral.letter_viewed", "referral_letter", letter.id)
        return bytes(letter.pdf)


def _release(session: UserSession, referral_id: int, action: str) -> bytes:
    with session.store.transaction() as s:
        _require_signer(s, session)
        _, _, letter = _issued(s, referral_id)
        if letter.cancelled:
            raise ValidationError("Surat ini sudah dibatalkan dan tidak dapat dicetak lagi.")
        session.audit(s, action, "referral_letter", letter.id)
        return bytes(letter.pdf)


def print_letter(session: UserSession, referral_id: int) -> bytes:
    """The stored bytes to send to a printer (a reprint is the identical letter); audited as
    ``referral.printed`` with the letter id only."""
    return _release(session, referral_id, "referral.printed")


def export_letter(session: UserSession, referral_id: int) -> bytes:
    """The stored bytes to save as a PDF file; audited as ``referral.exported``."""
    return _release(session, referral_id, "referral.exported")


def verify_letter(session: UserSession, code: str) -> VerifiedLetter | None:
    """The archived letter whose footer carries ``code`` (as typed), or None when no letter
    has it. A code that cannot be one (typo) raises ValidationError."""
    try:
        canonical = normalize_code(code)
    except VerificationCodeError as exc:
        raise ValidationError(exc.message, "code") from exc
    with session.store.transaction() as s:
        _require_signer(s, session)
        letter = s.execute(
            select(ReferralLetter).where(ReferralLetter.verification_code == canonical)
        ).scalar_one_or_none()
        if letter is None:
            session.audit(s, "referral.verify_failed", "referral_letter", None)
            return None
        ref, case = _load(s, letter.referral_id)
        client = s.get(Client, case.client_id)
        partner = s.get(Partner, ref.partner_id)
        session.audit(s, "referral.verified", "referral_letter", letter.id)
        pdf = bytes(letter.pdf)
        erased = not pdf
        return VerifiedLetter(
            letter=_letter_info(letter, _names(s)),
            referral_id=ref.id,
            status=ReferralStatus(ref.status),
            registration_number=case.registration_number,
            client_name=client.full_name if client else "",
            partner_name=partner.name if partner else "",
            pdf=pdf,
            intact=erased or hashlib.sha256(pdf).hexdigest() == letter.sha256,
            erased=erased,
        )


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
