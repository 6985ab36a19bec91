"""Referrals (rujukan): partner institutions, referrals with their history, issued letters.

An issued letter keeps the exact PDF bytes, their SHA-256 and the verification code printed in
its footer; its number comes from the per-year sequence ``letter:{year}`` taken in the same
transaction, so (year, value) is unique and never reused, also when the letter is cancelled.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base


class PartnerType(Base):
    """A kind of partner institution (Puskesmas, UPTD PPA, ...); seeded, editable."""

    __tablename__ = "partner_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Partner(Base):
    """Lembaga mitra: an institution families are referred to."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("partner_types.id"), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    contact_position: Mapped[str] = mapped_column(String(200), default="")
    services: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Referral(Base):
    """One referral of a case to a partner; clinical content (head and assigned counselor)."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    services_requested: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(20), default="biasa")
    letter_subject: Mapped[str] = mapped_column(String(120), default="Rujukan Klien")  # "Hal"
    # Texts the letter may carry when the client consented to share them.
    family_summary: Mapped[str] = mapped_column(Text, default="")
    problem_summary: Mapped[str] = mapped_column(Text, default="")
    assessment_summary: Mapped[str] = mapped_column(Text, default="")
    copies_to: Mapped[str] = mapped_column(Text, default="")  # tembusan, one per line
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    drafted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # One more at every edit before signing: the counselor and the head correcting one
    # referral at two desks do not overwrite each other (issue 19).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    # The partner's reply (rujukan balik).
    reply_on: Mapped[date | None] = mapped_column(Date)
    reply_text: Mapped[str] = mapped_column(Text, default="")
    reply_recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reply_recorded_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReferralStatusChange(Base):
    """Each status change of a referral: when, by whom, and a note."""

    __tablename__ = "referral_status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class ReferralConsent(Base):
    """What the client agreed may be shared with the partner (the newest row is in force)."""

    __tablename__ = "referral_consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    fields: Mapped[str] = mapped_column(Text)  # JSON list of CONSENT_FIELDS codes
    given_by: Mapped[str] = mapped_column(String(20))  # klien / orang_tua / wali
    given_by_name: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ReferralAttachment(Base):
    """One item of the letter's Lampiran list (what is enclosed, described, not stored)."""

    __tablename__ = "referral_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300))


class ReferralLetter(Base):
    """The issued letter: number, signer, exact PDF bytes, hash and verification code."""

    __tablename__ = "referral_letters"
    __table_args__ = (UniqueConstraint("seq_year", "seq_value", name="uq_referral_letters_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), unique=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    seq_year: Mapped[int] = mapped_column(Integer)
    seq_value: Mapped[int] = mapped_column(Integer)
    letter_date: Mapped[date] = mapped_column(Date)
    signed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    verification_code: Mapped[str] = mapped_column(String(16), unique=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
