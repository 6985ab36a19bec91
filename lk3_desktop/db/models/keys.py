"""Keys per person and per case (DESIGN.md "Keys per person and per case").

Rows here are only as good as their signatures: a certificate's role, username and public keys
are read from its signed body, never from a column, and a checkpoint counts only when its
signature verifies against a valid certificate. Columns besides the signed bytes exist for
lookups.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String, Text
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


class KeySeal(Base):
    """A random key sealed to one person's X25519 public key (their certificate
    ``cert_serial``), or to the office recovery key (``user_id`` NULL).

    ``scope`` says whose key: ``case`` (a case's key, ``scope_id`` the case), ``client`` (a
    client's key for corrections' old values, ``scope_id`` the client) or ``recovery`` (the
    office recovery key's seed, sealed to every head so a new card can be printed). Taking a
    person off a case deletes their row; the sealed bytes open only with their private key.
    """

    __tablename__ = "key_seals"
    __table_args__ = (Index("ix_key_seals_scope", "scope", "scope_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(10))
    scope_id: Mapped[int | None] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    cert_serial: Mapped[str] = mapped_column(String(32))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))
