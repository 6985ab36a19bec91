"""Attached documents (scans, photos, PDFs) and the letters they go with.

The content is kept in this database in sealed pieces (``attachment_chunks``: AES-256-GCM under
the case's key for a clinical document, under the client's key otherwise, the attachment id
and piece number as associated data), so backups, ``check`` and anonymisation treat it like
every other row. See db/attachment_seal.py and services/attachments.
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
)
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base


class Attachment(Base):
    """One attached file: what it is, what it belongs to, and the hashes of its content."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    # "client", "consent", "case", "session", "psychosocial", "administration", "referral"
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    clinical: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(20))  # core/attachments.KINDS
    document_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)  # bytes stored
    sha256: Mapped[str] = mapped_column(String(64))  # of the bytes stored
    original_size: Mapped[int] = mapped_column(Integer)
    original_sha256: Mapped[str] = mapped_column(String(64))  # of the file as it came
    pages: Mapped[int | None] = mapped_column(Integer)  # a PDF's pages
    width: Mapped[int | None] = mapped_column(Integer)  # an image's pixels
    height: Mapped[int | None] = mapped_column(Integer)
    chunks: Mapped[int] = mapped_column(Integer)
    # A clinical document's pieces are sealed under its case's key; this SHA-256 of the sealed
    # pieces lets check, backups and restores verify them without that key. None: sealed
    # under the client's key (db/attachment_seal.py).
    sealed_sha256: Mapped[str | None] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AttachmentChunk(Base):
    """A sealed piece of an attachment's content (nonce + ciphertext + tag)."""

    __tablename__ = "attachment_chunks"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ReferralEnclosure(Base):
    """An attachment chosen to go with a referral letter: listed in its Lampiran and put in
    the letter's package, in this order."""

    __tablename__ = "referral_enclosures"
    __table_args__ = (
        UniqueConstraint("referral_id", "attachment_id", name="uq_referral_enclosures_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)  # its line in the Lampiran list
