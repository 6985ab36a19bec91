"""Assessments (asesmen): scored instruments, narrative psychosocial assessments, risk flags.

Clinical content: only the head and the case's assigned counselor read or write it
(services/assessments/). A record is a draft until signed; a signed record is never changed
again, only added to by addenda, each with its own author and time.

Scores are never typed: ``total``, ``severity_*``, ``subscales`` and ``flags`` are what the
instrument engine (core/instruments/) computed from ``answers`` when the record was saved.
JSON columns are plain ``Text`` written and read by the service.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base
from lk3_desktop.db.models.signed import SignedRecord


class InstrumentAdministration(SignedRecord, Base):
    """One administration of a screening instrument (PHQ-9, SRQ-20, ...) within a case."""

    __tablename__ = "instrument_administrations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    instrument_code: Mapped[str] = mapped_column(String(40), index=True)
    instrument_version: Mapped[str] = mapped_column(String(20))
    administered_on: Mapped[date] = mapped_column(Date)
    answers: Mapped[str] = mapped_column(Text)  # JSON list, one int or null per item
    # Computed by the engine on every save of a draft; frozen with the record when signed.
    total: Mapped[int | None] = mapped_column(Integer)
    severity_code: Mapped[str | None] = mapped_column(String(40))
    severity_label: Mapped[str] = mapped_column(String(200), default="")
    subscales: Mapped[str] = mapped_column(Text, default="{}")  # {code: {value, band, label}}
    flags: Mapped[str] = mapped_column(Text, default="[]")  # [{code, label, item, score}]
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    prorated: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft / signed
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # One more at every save: a save over a version someone else saved meanwhile is
    # refused and both are shown (issue 19, several desks at once).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class AdministrationAddendum(Base):
    """A dated addition to a signed administration, by its own author."""

    __tablename__ = "administration_addenda"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    administration_id: Mapped[int] = mapped_column(
        ForeignKey("instrument_administrations.id"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class PsychosocialAssessment(SignedRecord, Base):
    """Asesmen psikososial of a case: the counselor's narrative, needs, and risk judgement."""

    __tablename__ = "psychosocial_assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="awal")
    assessed_on: Mapped[date] = mapped_column(Date)
    presenting_problem: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[str] = mapped_column(Text, default="")
    family_relations: Mapped[str] = mapped_column(Text, default="")
    genogram_notes: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")  # strengths, protective factors
    risk_factors: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="{}")  # JSON {domain code: text}
    conclusion: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[str | None] = mapped_column(String(10))  # rendah / sedang / tinggi
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft / signed
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # One more at every save: a save over a version someone else saved meanwhile is
    # refused and both are shown (issue 19, several desks at once).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class SafetyPlanItem(Base):
    """One row of a psychosocial assessment's safety plan: who does what, and when."""

    __tablename__ = "safety_plan_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("psychosocial_assessments.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    # Text, not String(200): sealed under the case's key they are longer than typed (at most
    # 200 characters, services/assessments/psychosocial).
    who: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    timing: Mapped[str] = mapped_column(Text, default="")


class PsychosocialAddendum(Base):
    """A dated addition to a signed psychosocial assessment, by its own author."""

    __tablename__ = "psychosocial_addenda"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("psychosocial_assessments.id"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ClientSafetyPlan(SignedRecord, Base):
    """The client's safety plan (rencana keselamatan klien) of a case, printed for the
    client (core/client_safety_plan.py). Each step is JSON text: a list of lines, or of
    [name, phone] pairs for the people, places and services to contact."""

    __tablename__ = "client_safety_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    made_on: Mapped[date] = mapped_column(Date)
    warning_signs: Mapped[str] = mapped_column(Text, default="[]")
    coping: Mapped[str] = mapped_column(Text, default="[]")
    distractions: Mapped[str] = mapped_column(Text, default="[]")
    helpers: Mapped[str] = mapped_column(Text, default="[]")
    professionals: Mapped[str] = mapped_column(Text, default="[]")
    environment: Mapped[str] = mapped_column(Text, default="[]")
    reasons: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft / signed
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # One more at every save: a save over a version someone else saved meanwhile is
    # refused and both are shown (issue 19, several desks at once).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class ClientSafetyPlanAddendum(Base):
    """A dated addition to a signed client safety plan, by its own author."""

    __tablename__ = "client_safety_plan_addenda"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("client_safety_plans.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class RiskFlag(Base):
    """A high risk raised by an instrument item or score, or by a ``tinggi`` assessment.

    ``status``: ``open`` until the counselor records the action taken (``resolved``), or
    ``withdrawn`` when the draft that raised it was corrected before signing.
    """

    __tablename__ = "risk_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    administration_id: Mapped[int | None] = mapped_column(
        ForeignKey("instrument_administrations.id", ondelete="SET NULL"), index=True
    )
    psychosocial_id: Mapped[int | None] = mapped_column(
        ForeignKey("psychosocial_assessments.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(40))  # instrument code, or "ASESMEN"
    item: Mapped[int | None] = mapped_column(Integer)  # the item that raised it
    score: Mapped[str | None] = mapped_column(String(40))  # or the score that raised it
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    raised_at: Mapped[datetime] = mapped_column(DateTime)
    raised_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action_taken: Mapped[str] = mapped_column(Text, default="")
