"""The issued letter: its stored PDF bytes, printing and exporting them, and verifying a paper
letter by its code.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.referrals import ReferralStatus, clean_consented_fields
from lk3_desktop.core.verification import VerificationCodeError, normalize_code
from lk3_desktop.db.models import (
    AuditEntry,
    Case,
    CenterProfile,
    Client,
    Partner,
    Referral,
    ReferralLetter,
    User,
)
from lk3_desktop.documents.referral_letter import render_referral_letter
from lk3_desktop.services._withheld import fields_marked_after
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals._letter_content import _letter_data
from lk3_desktop.services.referrals.access import _load, _require_reader, _require_signer
from lk3_desktop.services.referrals.data import VerifiedLetter
from lk3_desktop.services.referrals.reading import (
    _latest_consent,
    _letter_info,
    _letter_of,
    _names,
)

LETTER_ERASED = "referral.letter_erased"  # the code of the refusal to print an erased letter


def _issued(s: Session, referral_id: int) -> tuple[Referral, Case, ReferralLetter]:
    ref, case = _load(s, referral_id)
    letter = _letter_of(s, referral_id)
    if letter is None:
        raise ValidationError("referral.no_letter")
    if not letter.pdf:
        raise ValidationError("referral.letter_erased")
    return ref, case, letter


def reprint_note(on: datetime.date) -> str:
    """The sentence a re-composed letter carries (see :func:`_letter_now`)."""
    return (
        f"Dicetak ulang {format_date_id(on)}: surat ini disusun ulang karena sebagian data klien "
        "kini tidak boleh diungkap. Surat asli dengan nomor dan kode verifikasi yang sama "
        "tersimpan di LK3."
    )


def _letter_now(
    s: Session, ref: Referral, case: Case, letter: ReferralLetter
) -> tuple[bytes, list[str]]:
    """The letter as it may be shown or printed today, and the field groups that made it differ.

    The stored bytes stay exactly as signed (their hash verifies the paper letter). When a
    field group the letter could show (the client consented to it) has been marked "jangan
    diungkap" since the signature, the letter is composed again from the same referral, number,
    date, signer and verification code with the mark applied, and says in its note that it is
    a re-composed copy; otherwise the stored bytes are returned unchanged.
    """
    consent = _latest_consent(s, ref.id)
    consented = clean_consented_fields(json.loads(consent.fields)) if consent else []
    signed_row = s.execute(
        select(func.max(AuditEntry.id)).where(
            AuditEntry.action == "referral.signed",
            AuditEntry.entity_type == "referral",
            AuditEntry.entity_id == str(ref.id),
        )
    ).scalar_one()
    since = fields_marked_after(s, case.client_id, letter.signed_at, signed_row)
    newly = sorted(code for code in consented if code in since)
    profile = s.get(CenterProfile, 1)
    signer = s.get(User, letter.signed_by) if letter.signed_by else None
    if not newly or profile is None or signer is None:
        return bytes(letter.pdf), []
    data = _letter_data(
        s, ref, case, profile, signer, letter.number, letter.letter_date, letter.verification_code
    )
    note = " ".join(p for p in (data.omission_note, reprint_note(datetime.date.today())) if p)
    return render_referral_letter(replace(data, omission_note=note)), newly


def letter_pdf(session: UserSession, referral_id: int) -> bytes:
    """The letter for the in-app preview (case worker or signer); audited. A field marked
    "jangan diungkap" since the signature is left out (see :func:`_letter_now`)."""
    with session.store.transaction() as s:
        ref, case, letter = _issued(s, referral_id)
        _require_reader(s, session, case)
        pdf, newly = _letter_now(s, ref, case, letter)
        detail = {"recomposed": True, "withheld": newly} if newly else None
        session.audit(s, "referral.letter_viewed", "referral_letter", letter.id, detail)
        return pdf


def _release(session: UserSession, referral_id: int, action: str) -> bytes:
    with session.store.transaction() as s:
        _require_signer(s, session)
        ref, case, letter = _issued(s, referral_id)
        if letter.cancelled:
            raise ValidationError("referral.letter_cancelled")
        pdf, newly = _letter_now(s, ref, case, letter)
        detail = {"recomposed": True, "withheld": newly} if newly else None
        session.audit(s, action, "referral_letter", letter.id, detail)
        return pdf


def print_letter(session: UserSession, referral_id: int) -> bytes:
    """The letter to send to a printer, audited as ``referral.printed`` with the letter id.
    A reprint is the identical stored letter, unless a field it shows has been marked
    "jangan diungkap" since: then it is the re-composed letter of :func:`_letter_now`."""
    return _release(session, referral_id, "referral.printed")


def export_letter(session: UserSession, referral_id: int) -> bytes:
    """The letter to save as a PDF file (as :func:`print_letter`); ``referral.exported``."""
    return _release(session, referral_id, "referral.exported")


def verify_letter(session: UserSession, code: str) -> VerifiedLetter | None:
    """The archived letter whose footer carries ``code`` (as typed), or None when no letter
    has it. A code that cannot be one (typo) raises ValidationError."""
    try:
        canonical = normalize_code(code)
    except VerificationCodeError as exc:
        raise ValidationError.because(Sentence(exc.code), "code") from exc
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
