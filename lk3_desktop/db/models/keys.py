"""Keys per person and per case (DESIGN.md "Keys per person and per case").

Rows here are only as good as their signatures: a certificate's role, username and public keys
are read from its signed body, never from a column, and a checkpoint counts only when its
signature verifies against a valid certificate. Columns besides the signed bytes exist for
lookups.
"""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base


class CertificateRow(Base):
    """A head-signed certificate: username, role, user id and public keys of one person, or
    the office recovery key's public keys. The first head's certificate signs itself: the
    office root, whose fingerprint is pinned in ``lk3.keys`` and printed on the recovery card."""

    __tablename__ = "certificates"

    serial: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    body: Mapped[str] = mapped_column(Text)  # the signed canonical JSON, verbatim
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[str] = mapped_column(String(32))


class CertificateRevocation(Base):
    """A head-signed end of a certificate (deactivation, password reset): signatures made
    with its keys after ``revoked_at`` do not count."""

    __tablename__ = "certificate_revocations"

    serial: Mapped[str] = mapped_column(String(32), primary_key=True)
    body: Mapped[str] = mapped_column(Text)  # signed canonical JSON
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class AuditCheckpoint(Base):
    """A person's Ed25519 signature over the audit chain head (entry id and hash), written in
    the same transaction as the entries it covers, and at sign-out and lock."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(Integer, index=True)
    body: Mapped[str] = mapped_column(Text)  # signed canonical JSON (entry, hash, signer, ...)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
