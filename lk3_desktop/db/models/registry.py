"""The registry: clients (klien), consent, families (keluarga), PMKS categories, problem areas."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base

client_pmks = Table(
    "client_pmks",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("pmks_categories.id"), primary_key=True),
)


class Client(Base):
    __tablename__ = "clients"
    __table_args__ = (
        # The list's default order, covering only listed (unmerged) clients.
        Index(
            "ix_clients_listed_name",
            "full_name",
            sqlite_where=text("merged_into_id IS NULL"),
            postgresql_where=text("merged_into_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    nickname: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[str] = mapped_column(String(1))  # "L" / "P"
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    estimated_age: Mapped[int | None] = mapped_column(Integer)
    estimated_on: Mapped[date | None] = mapped_column(Date)
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    nik_override_reason: Mapped[str | None] = mapped_column(Text)
    kk_number: Mapped[str | None] = mapped_column(String(16), index=True)
    religion: Mapped[str] = mapped_column(String(60), default="")
    education: Mapped[str] = mapped_column(String(60), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    marital_status: Mapped[str] = mapped_column(String(30), default="")
    disability: Mapped[str] = mapped_column(String(200), default="")  # the person's own words
    # Coded kinds (core.vocabulary.DISABILITY_KINDS), sorted and comma-joined; "" for none.
    disability_kinds: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    street: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    province_code: Mapped[str | None] = mapped_column(String(2))
    regency_code: Mapped[str | None] = mapped_column(String(5), index=True)
    district_code: Mapped[str | None] = mapped_column(String(8))
    village_code: Mapped[str | None] = mapped_column(String(13))
    language: Mapped[str] = mapped_column(String(60), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_mime: Mapped[str | None] = mapped_column(String(40))
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_relationship: Mapped[str] = mapped_column(String(60), default="")
    guardian_phone: Mapped[str | None] = mapped_column(String(20))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    # The newest case, kept by the case service so the list filters and sorts without a
    # per-row subquery over 100,000 clients.
    latest_case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", use_alter=True), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Set when the personal fields were replaced after the retention period (counts remain).
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The registry fields' version: one more at every correction, so a save made over a
    # version someone else has corrected since is refused and both are shown (issue 19).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class Consent(Base):
    """Persetujuan layanan. For a child: given by a parent or guardian (UU PDP art. 25)."""

    __tablename__ = "consents"
    # "Has a current consent?" answered from the index alone (Beranda, the client list).
    __table_args__ = (Index("ix_consents_current", "client_id", "withdrawn_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    consent_date: Mapped[date] = mapped_column(Date)
    given_by: Mapped[str] = mapped_column(String(20))  # klien / orang_tua / wali
    given_by_name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class Family(Base):
    __tablename__ = "families"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kk_number: Mapped[str | None] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class FamilyMember(Base):
    """A household member; ``client_id`` when the member is also a client."""

    __tablename__ = "family_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(30))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    lives_together: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class PmksCategory(Base):
    __tablename__ = "pmks_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProblemArea(Base):
    __tablename__ = "problem_areas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WithheldItem(Base):
    """A "jangan diungkap" mark: a field group of the client or one whole record, left out of
    exports and letters. Lifting keeps the row (who marked, who lifted, when)."""

    __tablename__ = "withheld_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "field" or a WITHHOLDABLE_RECORDS kind
    field: Mapped[str | None] = mapped_column(String(20))  # a WITHHOLDABLE_FIELDS code
    record_id: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    marked_at: Mapped[datetime] = mapped_column(DateTime)
    marked_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lifted_at: Mapped[datetime | None] = mapped_column(DateTime)
    lifted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SubjectKey(Base):
    """A random key per client that seals the old values kept in the audit log on correction.
    Anonymising deletes it, so those values become unreadable while the chain still verifies."""

    __tablename__ = "subject_keys"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)
