"""What the assessment services hand to the interface: record states and plain dataclasses."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from lk3_desktop.core.client_safety_plan import SafetyPlanInput
from lk3_desktop.core.psychosocial import SafetyPlanRow
from lk3_desktop.services.signing import AddendumInfo as AddendumInfo  # one kind, re-exported

DRAFT: Final = "draft"
SIGNED: Final = "signed"
FLAG_OPEN: Final = "open"
FLAG_RESOLVED: Final = "resolved"
FLAG_WITHDRAWN: Final = "withdrawn"


@dataclass(frozen=True)
class FlagInfo:
    """A risk flag and what became of it."""

    id: int
    client_id: int
    case_id: int
    administration_id: int | None
    psychosocial_id: int | None
    source: str  # instrument code, or "ASESMEN" for a psychosocial assessment
    item: int | None
    score: str | None
    code: str
    label: str
    status: str  # open / resolved / withdrawn
    raised_at: datetime.datetime
    raised_by_name: str
    resolved_at: datetime.datetime | None
    resolved_by_name: str
    action_taken: str

    @property
    def is_open(self) -> bool:
        return self.status == FLAG_OPEN


@dataclass(frozen=True)
class SubscaleResult:
    code: str
    value: int
    band_code: str | None
    band_label: str


@dataclass(frozen=True)
class AdministrationInfo:
    id: int
    case_id: int
    client_id: int
    registration_number: str
    instrument_code: str
    instrument_version: str
    instrument_name: str
    administered_on: datetime.date
    answers: tuple[int | None, ...]
    total: int | None
    severity_code: str | None
    severity_label: str
    subscales: tuple[SubscaleResult, ...]
    complete: bool
    prorated: bool
    note: str
    status: str
    created_by_id: int | None
    created_by_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    signed_by_name: str
    signed_at: datetime.datetime | None
    flags: tuple[FlagInfo, ...]
    addenda: tuple[AddendumInfo, ...]
    version: int = 1  # update_administration's expected_version

    @property
    def is_signed(self) -> bool:
        return self.status == SIGNED

    @property
    def has_open_flag(self) -> bool:
        return any(f.is_open for f in self.flags)


@dataclass(frozen=True)
class PsychosocialInput:
    """What the narrative form holds; texts as typed, ``needs`` by domain code."""

    assessed_on: datetime.date
    kind: str = "awal"
    presenting_problem: str = ""
    history: str = ""
    family_relations: str = ""
    genogram_notes: str = ""
    strengths: str = ""
    risk_factors: str = ""
    needs: Mapping[str, str] = field(default_factory=dict)
    conclusion: str = ""
    risk_level: str | None = None
    safety_plan: tuple[SafetyPlanRow, ...] = ()


@dataclass(frozen=True)
class PsychosocialInfo:
    id: int
    case_id: int
    client_id: int
    registration_number: str
    data: PsychosocialInput
    status: str
    created_by_id: int | None
    created_by_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    signed_by_name: str
    signed_at: datetime.datetime | None
    flags: tuple[FlagInfo, ...]
    addenda: tuple[AddendumInfo, ...]
    version: int = 1  # update_psychosocial's expected_version

    @property
    def is_signed(self) -> bool:
        return self.status == SIGNED


@dataclass(frozen=True)
class SafetyPlanInfo:
    """A client safety plan as read, with its addenda (services/assessments/safety_plans)."""

    id: int
    case_id: int
    client_id: int
    registration_number: str
    data: SafetyPlanInput
    status: str
    created_by_id: int | None
    created_by_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    signed_by_name: str
    signed_at: datetime.datetime | None
    addenda: tuple[AddendumInfo, ...]
    version: int = 1  # update_safety_plan's expected_version

    @property
    def is_signed(self) -> bool:
        return self.status == SIGNED


@dataclass(frozen=True)
class CaseAssessments:
    """One case the actor may see, with its administrations and narrative assessments."""

    case_id: int
    registration_number: str
    intake_date: datetime.date
    stage: str
    counselor_name: str
    administrations: tuple[AdministrationInfo, ...]
    psychosocial: tuple[PsychosocialInfo, ...]
    safety_plans: tuple[SafetyPlanInfo, ...] = ()


@dataclass(frozen=True)
class TrendPoint:
    administration_id: int
    administered_on: datetime.date
    total: int | None
    severity_code: str | None
    severity_label: str
    subscales: Mapping[str, int]
    signed: bool
