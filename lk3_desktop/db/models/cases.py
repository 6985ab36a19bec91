"""Cases (kasus): registration, assignment history, stage history; per-year sequences."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, DateTime, ForeignKey, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base

case_problem_areas = Table(
    "case_problem_areas",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("problem_area_id", ForeignKey("problem_areas.id"), primary_key=True),
)


class NumberSequence(Base):
    """Per-name counters (``case:2026``); a value once taken is never given again."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    __tablename__ = "cases"
    # A counselor's caseload by stage, with the client: Beranda's "clients without consent"
    # reads this index alone, never the case rows (their text makes them wide).
    __table_args__ = (Index("ix_cases_caseload", "counselor_id", "stage", "client_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    family_id: Mapped[int | None] = mapped_column(ForeignKey("families.id"))
    registration_number: Mapped[str] = mapped_column(String(60), unique=True)
    intake_date: Mapped[date] = mapped_column(Date)
    referral_source: Mapped[str] = mapped_column(String(30))
    referral_source_detail: Mapped[str] = mapped_column(String(200), default="")
    presenting_problem: Mapped[str] = mapped_column(Text, default="")  # clinical
    urgency: Mapped[str] = mapped_column(String(20), default="biasa")
    stage: Mapped[str] = mapped_column(String(30), index=True)
    counselor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    # The coded outcome at termination (core.case_stages.CLOSING_OUTCOMES) and the free-text
    # note beside it (``closing_reason``, clinical).
    closing_code: Mapped[str | None] = mapped_column(String(30))
    closing_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # One more at every save: a save over a version someone else saved meanwhile is
    # refused and both are shown (issue 19, several desks at once).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class CaseStageChange(Base):
    __tablename__ = "case_stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(30))
    to_stage: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class CaseAssignment(Base):
    """Who held the case when; the head reassigns, the history stays."""

    __tablename__ = "case_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    counselor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
