"""Counseling sessions (sesi konseling) and their notes, drafts, addenda; appointments and
rooms (jadwal); case plan goals (rencana intervensi) and their reviews in sessions.

A session note is a draft until its author signs it; ``signed_at`` then locks every field
of the row, its attendees and its goal reviews (services refuse with RecordLocked). Later
corrections are addenda, which are never changed either. ``note_drafts`` holds what an
editor is typing, saved every few seconds, so nothing is lost when the app dies.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base
from lk3_desktop.db.models.signed import CoSignedRecord


class Room(Base):
    """A room appointments take place in; the head keeps the list (retired rooms stay)."""

    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Appointment(Base):
    """Janji temu: a counselor meets a client at a time, optionally in a room, for a case.

    ``note`` is administrative and visible to its writer, the counselor and the head only.
    """

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counselor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    status_changed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # One more at every reschedule: the front desk and a counselor moving the same
    # appointment at once do not overwrite each other (issue 19).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


_TO_COSIGN = "cosigned_at IS NULL AND signed_at IS NOT NULL"


class CounselingSession(CoSignedRecord, Base):
    """One session of a case and its note (clinical: head and assigned counselor only)."""

    __tablename__ = "counseling_sessions"
    __table_args__ = (
        # Beranda's unsigned notes (by author, oldest first) and notes waiting for the head's
        # co-signature (counted by signing date): small partial indexes, so neither reads the
        # office's whole history of notes (a million at the size of the benchmarks).
        Index(
            "ix_counseling_sessions_unsigned",
            "author_id",
            "session_date",
            sqlite_where=text("signed_at IS NULL"),
            postgresql_where=text("signed_at IS NULL"),
        ),
        Index(
            "ix_counseling_sessions_to_cosign",
            "signed_at",
            "author_id",
            sqlite_where=text(_TO_COSIGN),
            postgresql_where=text(_TO_COSIGN),
        ),
        # The reports count a period's notes by author, by service and by modality and
        # signature: with these columns in the index the counts read the index alone instead
        # of every note of the period (benchmarks: yearly_report). It also serves every
        # lookup by date, so session_date has no index of its own.
        Index(
            "ix_counseling_sessions_by_date",
            "session_date",
            "author_id",
            "service_type",
            "modality",
            "signed_at",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"), unique=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    session_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    modality: Mapped[str] = mapped_column(String(30))
    service_type: Mapped[str] = mapped_column(String(30))
    case_stage: Mapped[str] = mapped_column(String(30))
    note_format: Mapped[str] = mapped_column(String(10))
    note_sections: Mapped[str] = mapped_column(Text, default="{}")  # JSON {section: text}
    interventions: Mapped[str] = mapped_column(Text, default="")
    homework: Mapped[str] = mapped_column(Text, default="")  # tugas rumah / kesepakatan
    plan: Mapped[str] = mapped_column(Text, default="")  # rencana
    next_appointment_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # signed_by, cosigned_at, cosigned_by: CoSignedRecord; signed_at is listed by date
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    content_sha256: Mapped[str | None] = mapped_column(String(64))  # sealed at signing
    # One more at every save: a save over a version someone else saved meanwhile is
    # refused and both are shown (issue 19, several desks at once).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class SessionAttendee(Base):
    """Who attended: a family member (picked) or someone typed by name."""

    __tablename__ = "session_attendees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("counseling_sessions.id", ondelete="CASCADE"), index=True
    )
    # The name is kept as written, so the note reads the same if the member is removed.
    family_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("family_members.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class SessionAddendum(Base):
    """A correction or addition to a signed note, with its own author and time; final."""

    __tablename__ = "session_addenda"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("counseling_sessions.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    written_at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)


class NoteDraft(Base):
    """What an editor holds and has not saved yet: one row per author and editor key
    (``session:<id>`` for an existing note, ``new:<random>`` for a new one), rewritten by
    every autosave."""

    __tablename__ = "note_drafts"
    __table_args__ = (UniqueConstraint("author_id", "draft_key", name="uq_note_drafts_author_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    draft_key: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("counseling_sessions.id", ondelete="CASCADE"), index=True
    )
    payload: Mapped[str] = mapped_column(Text)  # JSON of the editor's fields
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CaseGoal(Base):
    """A goal of the case plan (rencana intervensi) with a target date and a status."""

    __tablename__ = "case_goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class GoalReview(Base):
    """A goal looked at in a session: the status it had then and a short remark."""

    __tablename__ = "goal_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("case_goals.id"), index=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("counseling_sessions.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
