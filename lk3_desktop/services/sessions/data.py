"""What the session-note services take and hand back: plain dataclasses at the boundary."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.session_notes import GoalStatus, NoteFormat
from lk3_desktop.services.signing import AddendumInfo as AddendumInfo  # one kind, re-exported


@dataclass(frozen=True)
class GoalReviewInput:
    goal_id: int
    status: str
    note: str = ""


@dataclass(frozen=True)
class NoteInput:
    """Everything the note editor holds (also the JSON of a draft)."""

    case_id: int
    session_date: datetime.date
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    modality: str = "tatap_muka"
    service_type: str = "konseling_individu"
    case_stage: str = ""  # empty: the case's current stage
    attendee_member_ids: tuple[int, ...] = ()
    other_attendees: tuple[str, ...] = ()
    note_format: str = NoteFormat.DAP.value
    sections: Mapping[str, str] = field(default_factory=dict)
    interventions: str = ""
    homework: str = ""
    plan: str = ""
    next_appointment_at: datetime.datetime | None = None
    appointment_id: int | None = None
    goal_reviews: tuple[GoalReviewInput, ...] = ()

    def to_json(self) -> str:
        doc: dict[str, Any] = {
            "case_id": self.case_id,
            "session_date": self.session_date.isoformat(),
            "start_time": self.start_time.isoformat() if self.start_time else None,
            "end_time": self.end_time.isoformat() if self.end_time else None,
            "modality": self.modality,
            "service_type": self.service_type,
            "case_stage": self.case_stage,
            "attendee_member_ids": list(self.attendee_member_ids),
            "other_attendees": list(self.other_attendees),
            "note_format": self.note_format,
            "sections": dict(self.sections),
            "interventions": self.interventions,
            "homework": self.homework,
            "plan": self.plan,
            "next_appointment_at": (
                self.next_appointment_at.isoformat() if self.next_appointment_at else None
            ),
            "appointment_id": self.appointment_id,
            "goal_reviews": [[g.goal_id, g.status, g.note] for g in self.goal_reviews],
        }
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> NoteInput:
        """Read a draft back; unknown or missing keys fall back to defaults."""
        doc = json.loads(text)

        def opt(name: str, parse: Any) -> Any:
            value = doc.get(name)
            return parse(value) if value else None

        return cls(
            case_id=int(doc["case_id"]),
            session_date=datetime.date.fromisoformat(doc["session_date"]),
            start_time=opt("start_time", datetime.time.fromisoformat),
            end_time=opt("end_time", datetime.time.fromisoformat),
            modality=str(doc.get("modality", "tatap_muka")),
            service_type=str(doc.get("service_type", "konseling_individu")),
            case_stage=str(doc.get("case_stage", "")),
            attendee_member_ids=tuple(int(i) for i in doc.get("attendee_member_ids", ())),
            other_attendees=tuple(str(n) for n in doc.get("other_attendees", ())),
            note_format=str(doc.get("note_format", NoteFormat.DAP.value)),
            sections={str(k): str(v) for k, v in dict(doc.get("sections", {})).items()},
            interventions=str(doc.get("interventions", "")),
            homework=str(doc.get("homework", "")),
            plan=str(doc.get("plan", "")),
            next_appointment_at=opt("next_appointment_at", datetime.datetime.fromisoformat),
            appointment_id=opt("appointment_id", int),
            goal_reviews=tuple(
                GoalReviewInput(int(g[0]), str(g[1]), str(g[2]))
                for g in doc.get("goal_reviews", ())
            ),
        )

    def has_text(self) -> bool:
        texts = (*self.sections.values(), self.interventions, self.homework, self.plan)
        return any(t.strip() for t in texts)


@dataclass(frozen=True)
class Attendee:
    family_member_id: int | None
    name: str


@dataclass(frozen=True)
class GoalReviewInfo:
    goal_id: int
    description: str
    status: GoalStatus
    note: str


@dataclass(frozen=True)
class SessionNote:
    """A session and its note, as the head or the assigned counselor may read it."""

    id: int
    case_id: int
    registration_number: str
    client_id: int
    client_name: str
    author_id: int
    author_name: str
    data: NoteInput
    attendees: tuple[Attendee, ...]
    goal_reviews: tuple[GoalReviewInfo, ...]
    addenda: tuple[AddendumInfo, ...]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    signed_at: datetime.datetime | None
    signed_by_name: str
    cosigned_at: datetime.datetime | None
    cosigned_by_name: str
    content_sha256: str | None
    intact: bool  # the stored content still has the digest sealed at signing
    erased: bool = False  # the text was erased when the client was anonymised
    version: int = 1  # save_note's expected_version

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class SessionRow:
    """One line of a session list (no note text)."""

    id: int
    case_id: int
    registration_number: str
    session_date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    modality: str
    service_type: str
    author_id: int
    author_name: str
    signed_at: datetime.datetime | None
    cosigned_at: datetime.datetime | None
    addenda: int

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class CaseChoice:
    id: int
    registration_number: str
    stage: Stage
    counselor_id: int | None
    is_open: bool


@dataclass(frozen=True)
class SessionList:
    """A client's sessions the actor may read, newest first; ``hidden_cases`` counts the
    client's cases whose notes the actor may not read; ``writable_cases`` are the cases a new
    note may be written for."""

    rows: tuple[SessionRow, ...]
    hidden_cases: int
    writable_cases: tuple[CaseChoice, ...]


@dataclass(frozen=True)
class DraftSummary:
    id: int
    draft_key: str
    case_id: int
    registration_number: str
    client_id: int
    client_name: str
    session_id: int | None
    session_date: datetime.date | None
    updated_at: datetime.datetime
    characters: int


@dataclass(frozen=True)
class DraftInfo:
    id: int
    draft_key: str
    session_id: int | None
    data: NoteInput
    updated_at: datetime.datetime


@dataclass(frozen=True)
class UnsignedNote:
    id: int
    case_id: int
    registration_number: str
    client_id: int
    client_name: str
    author_id: int
    author_name: str
    session_date: datetime.date
    days_old: int


@dataclass(frozen=True)
class MemberChoice:
    id: int
    name: str
    relationship: str
    client_id: int | None


@dataclass(frozen=True)
class GoalChoice:
    id: int
    description: str
    status: GoalStatus
    target_date: datetime.date | None


@dataclass(frozen=True)
class NoteChoices:
    """What a note editor offers for one case."""

    case_id: int
    registration_number: str
    client_id: int
    client_name: str
    stage: Stage
    intake_date: datetime.date
    members: tuple[MemberChoice, ...]
    goals: tuple[GoalChoice, ...]
