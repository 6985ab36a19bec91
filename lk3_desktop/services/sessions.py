"""Counseling sessions (sesi konseling): notes that are never lost, signed and locked, with
addenda and the head's co-signature.

Who may do what (checked here, never only in widgets):

- a note is read, written and listed only by the counselor assigned to its case and by the
  head (:func:`lk3_desktop.services.cases.may_see_clinical`); staff never see notes. Reading a
  note is an audited view;
- the author edits an unsigned note and signs it (password re-entry). From then on every
  service call that would change the note, its attendees or its goal reviews raises
  RecordLocked, whoever asks; corrections are addenda (head or assigned counselor), which are
  final too. The head may co-sign a signed note of someone else (supervision).

Never lost: an editor saves what it holds with :func:`save_draft` every few seconds and on
every focus change (one short transaction, one row per author and editor key). Saving the
note (:func:`save_note`) removes the draft; whatever drafts remain after a crash are offered
again with :func:`pending_drafts`. Autosaves are not audited one by one (a draft's creation,
finalization and discarding are).
"""

from __future__ import annotations

import datetime
import json
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.session_notes import (
    ALL_SECTIONS,
    MODALITIES,
    SERVICE_TYPES,
    UNSIGNED_DAYS_DEFAULT,
    GoalStatus,
    NoteFormat,
    note_digest,
    sections_for,
)
from lk3_desktop.db.models import (
    Appointment,
    Case,
    CaseGoal,
    Client,
    CounselingSession,
    FamilyMember,
    GoalReview,
    NoteDraft,
    SessionAddendum,
    SessionAttendee,
    User,
)
from lk3_desktop.services import accounts
from lk3_desktop.services.cases import client_cases, may_see_clinical
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.settings import read_setting, write_setting

UNSIGNED_DAYS_KEY = "unsigned_note_days"
MAX_TEXT = 20_000  # characters per field: a long session, never a pasted book
DRAFT_KEY_RE = re.compile(r"^(session:\d{1,12}|new:[0-9a-f]{8,40})$")


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    """``{first: second}`` of two-column result rows."""
    return {first: second for first, second in rows}


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


# -- data at the boundary ----------------------------------------------------------------------


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
class AddendumInfo:
    id: int
    author_id: int
    author_name: str
    written_at: datetime.datetime
    text: str


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


# -- access -------------------------------------------------------------------------------------


def _case(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("Kasus tidak ditemukan.")
    return case


def _require_reader(session: UserSession, case: Case) -> None:
    if session.actor.role is Role.STAF or not may_see_clinical(session, case.counselor_id):
        raise PermissionDenied("session_notes")


def _require_writer(session: UserSession, case: Case) -> None:
    session.require(Permission.WRITE_CLINICAL)
    _require_reader(session, case)


def _load(s: Session, session: UserSession, session_id: int) -> tuple[CounselingSession, Case]:
    row = s.get(CounselingSession, session_id)
    if row is None:
        raise ValidationError("Sesi tidak ditemukan.")
    case = _case(s, row.case_id)
    _require_reader(session, case)
    return row, case


def _require_editable(session: UserSession, row: CounselingSession) -> None:
    """A signed note is locked for everyone; an unsigned one is edited by its author only."""
    if row.signed_at is not None:
        raise RecordLocked("session_note")
    session.require(Permission.WRITE_CLINICAL)
    if row.author_id != session.actor.user_id:
        raise PermissionDenied("note_author")


def may_read_notes(session: UserSession, counselor_id: int | None) -> bool:
    """Whether the actor may read the notes of a case held by ``counselor_id``."""
    return session.actor.role is not Role.STAF and may_see_clinical(session, counselor_id)


# -- reading ------------------------------------------------------------------------------------


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _attendees(s: Session, session_id: int) -> tuple[Attendee, ...]:
    return tuple(
        Attendee(a.family_member_id, a.name)
        for a in s.execute(
            select(SessionAttendee)
            .where(SessionAttendee.session_id == session_id)
            .order_by(SessionAttendee.position, SessionAttendee.id)
        ).scalars()
    )


def _reviews(s: Session, session_id: int) -> tuple[GoalReviewInfo, ...]:
    rows = s.execute(
        select(GoalReview, CaseGoal.description)
        .join(CaseGoal, CaseGoal.id == GoalReview.goal_id)
        .where(GoalReview.session_id == session_id)
        .order_by(CaseGoal.position, CaseGoal.id)
    ).all()
    return tuple(
        GoalReviewInfo(review.goal_id, description, GoalStatus(review.status), review.note)
        for review, description in rows
    )


def _addenda(s: Session, session_id: int, names: dict[int, str]) -> tuple[AddendumInfo, ...]:
    return tuple(
        AddendumInfo(a.id, a.author_id, names.get(a.author_id, ""), a.written_at, a.text)
        for a in s.execute(
            select(SessionAddendum)
            .where(SessionAddendum.session_id == session_id)
            .order_by(SessionAddendum.written_at, SessionAddendum.id)
        ).scalars()
    )


def _input_of(
    row: CounselingSession, attendees: Sequence[Attendee], reviews: Sequence[GoalReviewInfo]
) -> NoteInput:
    return NoteInput(
        case_id=row.case_id,
        session_date=row.session_date,
        start_time=row.start_time,
        end_time=row.end_time,
        modality=row.modality,
        service_type=row.service_type,
        case_stage=row.case_stage,
        attendee_member_ids=tuple(
            a.family_member_id for a in attendees if a.family_member_id is not None
        ),
        other_attendees=tuple(a.name for a in attendees if a.family_member_id is None),
        note_format=row.note_format,
        sections={str(k): str(v) for k, v in json.loads(row.note_sections).items()},
        interventions=row.interventions,
        homework=row.homework,
        plan=row.plan,
        next_appointment_at=row.next_appointment_at,
        appointment_id=row.appointment_id,
        goal_reviews=tuple(GoalReviewInput(r.goal_id, r.status.value, r.note) for r in reviews),
    )


def _content(data: NoteInput, attendees: Sequence[Attendee]) -> dict[str, Any]:
    """What a signature covers: every field of the note, attendees and goal reviews."""
    return {
        "case_id": data.case_id,
        "session_date": data.session_date.isoformat(),
        "start_time": data.start_time.isoformat() if data.start_time else None,
        "end_time": data.end_time.isoformat() if data.end_time else None,
        "modality": data.modality,
        "service_type": data.service_type,
        "case_stage": data.case_stage,
        "attendees": [[a.family_member_id, a.name] for a in attendees],
        "note_format": data.note_format,
        "sections": dict(data.sections),
        "interventions": data.interventions,
        "homework": data.homework,
        "plan": data.plan,
        "next_appointment_at": (
            data.next_appointment_at.isoformat() if data.next_appointment_at else None
        ),
        "goal_reviews": sorted([g.goal_id, g.status, g.note] for g in data.goal_reviews),
    }


def seal(data: NoteInput, attendees: Sequence[Attendee]) -> str:
    """The digest a signature keeps of a note's content (``content_sha256``)."""
    return note_digest(_content(data, attendees))


def _note(s: Session, row: CounselingSession, case: Case) -> SessionNote:
    names = _names(s)
    client = s.get(Client, case.client_id)
    attendees = _attendees(s, row.id)
    reviews = _reviews(s, row.id)
    data = _input_of(row, attendees, reviews)
    # Anonymising erases signed text on purpose; that is not tampering.
    erased = client is not None and client.anonymised_at is not None
    intact = erased or row.content_sha256 in (None, seal(data, attendees))
    return SessionNote(
        id=row.id,
        case_id=case.id,
        registration_number=case.registration_number,
        client_id=case.client_id,
        client_name=client.full_name if client else "",
        author_id=row.author_id,
        author_name=names.get(row.author_id, ""),
        data=data,
        attendees=attendees,
        goal_reviews=reviews,
        addenda=_addenda(s, row.id, names),
        created_at=row.created_at,
        updated_at=row.updated_at,
        signed_at=row.signed_at,
        signed_by_name=names.get(row.signed_by or 0, ""),
        cosigned_at=row.cosigned_at,
        cosigned_by_name=names.get(row.cosigned_by or 0, ""),
        content_sha256=row.content_sha256,
        intact=intact,
        erased=erased,
    )


def get_note(session: UserSession, session_id: int) -> SessionNote:
    """Read one session note (head or assigned counselor); an audited view."""
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        session.audit(s, "session_note.viewed", "counseling_session", row.id)
        return _note(s, row, case)


def _rows(s: Session, case_ids: Sequence[int]) -> tuple[SessionRow, ...]:
    if not case_ids:
        return ()
    names = _names(s)
    addenda = _pairs(
        s.execute(
            select(SessionAddendum.session_id, func.count())
            .join(CounselingSession, CounselingSession.id == SessionAddendum.session_id)
            .where(CounselingSession.case_id.in_(case_ids))
            .group_by(SessionAddendum.session_id)
        )
    )
    rows = s.execute(
        select(CounselingSession, Case.registration_number)
        .join(Case, Case.id == CounselingSession.case_id)
        .where(CounselingSession.case_id.in_(case_ids))
        .order_by(
            CounselingSession.session_date.desc(),
            CounselingSession.start_time.desc(),
            CounselingSession.id.desc(),
        )
    ).all()
    return tuple(
        SessionRow(
            id=r.id,
            case_id=r.case_id,
            registration_number=number,
            session_date=r.session_date,
            start_time=r.start_time,
            end_time=r.end_time,
            modality=r.modality,
            service_type=r.service_type,
            author_id=r.author_id,
            author_name=names.get(r.author_id, ""),
            signed_at=r.signed_at,
            cosigned_at=r.cosigned_at,
            addenda=addenda.get(r.id, 0),
        )
        for r, number in rows
    )


def list_client_sessions(session: UserSession, client_id: int) -> SessionList:
    """The client's sessions the actor may read, newest first (no note text)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        cases = client_cases(s, client_id)
        readable = [c for c in cases if may_read_notes(session, c.counselor_id)]
        writable = tuple(
            CaseChoice(
                c.id,
                c.registration_number,
                Stage(c.stage),
                c.counselor_id,
                Stage(c.stage) is not Stage.TERMINASI,
            )
            for c in readable
            if session.actor.role is not Role.STAF
        )
        rows = _rows(s, [c.id for c in readable])
        if readable:
            session.audit(
                s, "client.sessions_listed", "client", client_id, {"cases": len(readable)}
            )
        return SessionList(rows, len(cases) - len(readable), writable)


def list_case_sessions(session: UserSession, case_id: int) -> list[SessionRow]:
    with session.store.transaction() as s:
        case = _case(s, case_id)
        _require_reader(session, case)
        session.audit(s, "case.sessions_listed", "case", case_id)
        return list(_rows(s, [case_id]))


def note_choices(session: UserSession, case_id: int) -> NoteChoices:
    """The case's family members and plan goals, for the note editor's pickers."""
    with session.store.transaction() as s:
        case = _case(s, case_id)
        _require_reader(session, case)
        client = s.get(Client, case.client_id)
        members = (
            s.execute(
                select(FamilyMember)
                .where(FamilyMember.family_id == case.family_id)
                .order_by(FamilyMember.id)
            ).scalars()
            if case.family_id is not None
            else s.execute(
                select(FamilyMember)
                .where(FamilyMember.client_id == case.client_id)
                .order_by(FamilyMember.id)
            ).scalars()
        )
        goals = s.execute(
            select(CaseGoal)
            .where(CaseGoal.case_id == case_id)
            .order_by(CaseGoal.position, CaseGoal.id)
        ).scalars()
        return NoteChoices(
            case_id=case.id,
            registration_number=case.registration_number,
            client_id=case.client_id,
            client_name=client.full_name if client else "",
            stage=Stage(case.stage),
            intake_date=case.intake_date,
            members=tuple(MemberChoice(m.id, m.name, m.relationship, m.client_id) for m in members),
            goals=tuple(
                GoalChoice(g.id, g.description, GoalStatus(g.status), g.target_date) for g in goals
            ),
        )


# -- drafts -------------------------------------------------------------------------------------


def new_draft_key() -> str:
    """The key of a new note's editor (random, so two editors never share a draft)."""
    return f"new:{secrets.token_hex(8)}"


def draft_key_for(session_id: int) -> str:
    return f"session:{session_id}"


def _check_key(draft_key: str, session_id: int | None) -> None:
    if not DRAFT_KEY_RE.match(draft_key):
        raise ValueError(f"bad draft key: {draft_key!r}")
    if session_id is not None and draft_key != draft_key_for(session_id):
        raise ValueError("an existing note's draft key is session:<id>")


def save_draft(
    session: UserSession, draft_key: str, data: NoteInput, session_id: int | None = None
) -> datetime.datetime:
    """Keep what an editor holds (fast: one short transaction). Returns when it was saved.

    The content is not validated: a draft keeps whatever was typed. A signed note has no
    drafts (RecordLocked).
    """
    _check_key(draft_key, session_id)
    now = _now()
    payload = data.to_json()
    with session.store.transaction() as s:
        if session_id is not None:
            row, case = _load(s, session, session_id)
            _require_editable(session, row)
            if data.case_id != row.case_id:
                raise ValidationError("Catatan ini milik kasus lain.")
        else:
            case = _case(s, data.case_id)
        _require_writer(session, case)
        draft = s.execute(
            select(NoteDraft).where(
                NoteDraft.author_id == session.actor.user_id, NoteDraft.draft_key == draft_key
            )
        ).scalar_one_or_none()
        if draft is None:
            draft = NoteDraft(
                author_id=session.actor.user_id,
                draft_key=draft_key,
                case_id=case.id,
                session_id=session_id,
                payload=payload,
                created_at=now,
                updated_at=now,
            )
            s.add(draft)
            s.flush()
            session.audit(
                s, "session_note.draft_created", "note_draft", draft.id, {"case": case.id}
            )
        else:
            draft.payload, draft.case_id, draft.updated_at = payload, case.id, now
        return now


def pending_drafts(session: UserSession) -> list[DraftSummary]:
    """The actor's drafts that were never saved as notes (offered again after a crash),
    newest first. Drafts of cases the actor no longer holds are left out."""
    if session.actor.role is Role.STAF:
        return []
    with session.store.transaction() as s:
        rows = s.execute(
            select(NoteDraft, Case, Client.full_name, CounselingSession.session_date)
            .join(Case, Case.id == NoteDraft.case_id)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(CounselingSession, CounselingSession.id == NoteDraft.session_id)
            .where(NoteDraft.author_id == session.actor.user_id)
            .order_by(NoteDraft.updated_at.desc(), NoteDraft.id.desc())
        ).all()
        result: list[DraftSummary] = []
        for draft, case, client_name, session_date in rows:
            if not may_see_clinical(session, case.counselor_id):
                continue
            data = NoteInput.from_json(draft.payload)
            characters = sum(len(t) for t in data.sections.values()) + len(data.plan)
            result.append(
                DraftSummary(
                    id=draft.id,
                    draft_key=draft.draft_key,
                    case_id=case.id,
                    registration_number=case.registration_number,
                    client_id=case.client_id,
                    client_name=client_name,
                    session_id=draft.session_id,
                    session_date=session_date or data.session_date,
                    updated_at=draft.updated_at,
                    characters=characters + len(data.interventions) + len(data.homework),
                )
            )
        return result


def _own_draft(s: Session, session: UserSession, draft_id: int) -> NoteDraft:
    draft = s.get(NoteDraft, draft_id)
    if draft is None:
        raise ValidationError("Draf tidak ditemukan.")
    if draft.author_id != session.actor.user_id:
        raise PermissionDenied("note_draft")
    _require_reader(session, _case(s, draft.case_id))
    return draft


def get_draft(session: UserSession, draft_id: int) -> DraftInfo:
    """One of the actor's own drafts (an audited view)."""
    with session.store.transaction() as s:
        draft = _own_draft(s, session, draft_id)
        session.audit(s, "session_note.draft_viewed", "note_draft", draft.id)
        return DraftInfo(
            draft.id,
            draft.draft_key,
            draft.session_id,
            NoteInput.from_json(draft.payload),
            draft.updated_at,
        )


def draft_for_session(session: UserSession, session_id: int) -> DraftInfo | None:
    """The actor's unsaved changes of an existing note, if any."""
    with session.store.transaction() as s:
        draft_id = s.execute(
            select(NoteDraft.id).where(
                NoteDraft.author_id == session.actor.user_id,
                NoteDraft.draft_key == draft_key_for(session_id),
            )
        ).scalar_one_or_none()
    return None if draft_id is None else get_draft(session, draft_id)


def discard_draft(session: UserSession, draft_id: int) -> None:
    """Throw away one of the actor's drafts (what was typed and never saved)."""
    with session.store.transaction() as s:
        draft = s.get(NoteDraft, draft_id)
        if draft is None:
            return
        if draft.author_id != session.actor.user_id:
            raise PermissionDenied("note_draft")
        s.delete(draft)
        session.audit(s, "session_note.draft_discarded", "note_draft", draft_id)


def discard_draft_key(session: UserSession, draft_key: str) -> None:
    """Throw away the actor's draft of one editor (Cancel in the editor)."""
    with session.store.transaction() as s:
        draft_id = s.execute(
            select(NoteDraft.id).where(
                NoteDraft.author_id == session.actor.user_id, NoteDraft.draft_key == draft_key
            )
        ).scalar_one_or_none()
        if draft_id is not None:
            s.execute(delete(NoteDraft).where(NoteDraft.id == draft_id))
            session.audit(s, "session_note.draft_discarded", "note_draft", draft_id)


# -- writing ------------------------------------------------------------------------------------


def _clean_text(value: str, what: str, name: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(f"{what} terlalu panjang (paling banyak {MAX_TEXT} karakter).", name)
    return text


@dataclass(frozen=True)
class _Clean:
    data: NoteInput
    attendees: tuple[Attendee, ...]


def _clean(
    s: Session, session: UserSession, case: Case, data: NoteInput, session_id: int | None
) -> _Clean:
    if data.modality not in MODALITIES:
        raise ValidationError("Pilih bentuk layanan (modalitas).", "modality")
    if data.service_type not in SERVICE_TYPES:
        raise ValidationError("Pilih jenis layanan.", "service_type")
    try:
        note_format = NoteFormat(data.note_format)
    except ValueError:
        raise ValidationError("Pilih struktur catatan.", "note_format") from None
    stage = data.case_stage or case.stage
    try:
        Stage(stage)
    except ValueError:
        raise ValidationError("Pilih tahap kasus.", "case_stage") from None
    today = datetime.date.today()
    if data.session_date > today:
        raise ValidationError("Tanggal sesi tidak boleh di masa depan.", "session_date")
    if data.session_date < case.intake_date:
        raise ValidationError(
            "Tanggal sesi tidak boleh sebelum tanggal penerimaan kasus.", "session_date"
        )
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise ValidationError("Jam selesai harus setelah jam mulai.", "end_time")
    if data.next_appointment_at is not None and data.next_appointment_at.date() < data.session_date:
        raise ValidationError("Janji temu berikutnya harus setelah sesi ini.", "next_appointment")
    unknown = set(data.sections) - set(ALL_SECTIONS)
    if unknown:
        raise ValidationError("Bagian catatan tidak dikenal.", "sections")
    sections = {
        name: _clean_text(text, "Catatan", name)
        for name, text in sections_for(note_format, data.sections).items()
    }
    # attendees: family members of the case's family (or of the client's own families)
    members: dict[int, FamilyMember] = {}
    if data.attendee_member_ids:
        found = s.execute(
            select(FamilyMember).where(FamilyMember.id.in_(data.attendee_member_ids))
        ).scalars()
        families = (
            {case.family_id}
            if case.family_id is not None
            else set(
                s.execute(
                    select(FamilyMember.family_id).where(FamilyMember.client_id == case.client_id)
                ).scalars()
            )
        )
        members = {m.id: m for m in found if m.family_id in families}
        if set(data.attendee_member_ids) - set(members):
            raise ValidationError("Anggota keluarga yang hadir tidak ditemukan.", "attendees")
    attendees: list[Attendee] = []
    for member_id in dict.fromkeys(data.attendee_member_ids):
        attendees.append(Attendee(member_id, members[member_id].name))
    for name in data.other_attendees:
        typed = " ".join(name.split())
        if len(typed) > 200:
            raise ValidationError("Nama yang hadir terlalu panjang.", "attendees")
        if typed:
            attendees.append(Attendee(None, typed))
    # goal reviews: goals of this case, known statuses
    goal_ids = {
        g for g in s.execute(select(CaseGoal.id).where(CaseGoal.case_id == case.id)).scalars()
    }
    reviews: list[GoalReviewInput] = []
    for review in data.goal_reviews:
        if review.goal_id not in goal_ids:
            raise ValidationError("Tujuan rencana intervensi tidak ditemukan.", "goal_reviews")
        try:
            GoalStatus(review.status)
        except ValueError:
            raise ValidationError("Pilih status tujuan.", "goal_reviews") from None
        reviews.append(
            GoalReviewInput(
                review.goal_id, review.status, _clean_text(review.note, "Catatan", "goal_reviews")
            )
        )
    if data.appointment_id is not None:
        appointment = s.get(Appointment, data.appointment_id)
        if appointment is None or appointment.client_id != case.client_id:
            raise ValidationError("Janji temu tidak ditemukan untuk klien ini.", "appointment")
        check_note_appointment(session, appointment, case)
        taken = s.execute(
            select(CounselingSession.id).where(
                CounselingSession.appointment_id == data.appointment_id
            )
        ).scalar_one_or_none()
        if taken is not None and taken != session_id:
            raise ValidationError("Janji temu ini sudah punya catatan sesi.", "appointment")
    clean = NoteInput(
        case_id=case.id,
        session_date=data.session_date,
        start_time=data.start_time,
        end_time=data.end_time,
        modality=data.modality,
        service_type=data.service_type,
        case_stage=stage,
        attendee_member_ids=tuple(a.family_member_id for a in attendees if a.family_member_id),
        other_attendees=tuple(a.name for a in attendees if a.family_member_id is None),
        note_format=note_format.value,
        sections=sections,
        interventions=_clean_text(data.interventions, "Intervensi", "interventions"),
        homework=_clean_text(data.homework, "Tugas rumah", "homework"),
        plan=_clean_text(data.plan, "Rencana", "plan"),
        next_appointment_at=data.next_appointment_at,
        appointment_id=data.appointment_id,
        goal_reviews=tuple(reviews),
    )
    return _Clean(clean, tuple(attendees))


def check_note_appointment(session: UserSession, appointment: Appointment, case: Case) -> None:
    """A note records (and marks done) only an appointment of its own case, held by the note's
    writer; the head may record any counselor's. ValidationError on the appointment field."""
    if appointment.case_id is not None and appointment.case_id != case.id:
        raise ValidationError("Janji temu ini untuk kasus lain.", "appointment")
    if appointment.counselor_id != session.actor.user_id and session.actor.role is not Role.KEPALA:
        raise ValidationError(
            "Janji temu ini milik konselor lain; catatan sesi hanya dapat mencatat janji temu "
            "Anda sendiri.",
            "appointment",
        )


def _write_children(s: Session, row: CounselingSession, clean: _Clean) -> None:
    s.execute(delete(SessionAttendee).where(SessionAttendee.session_id == row.id))
    if clean.attendees:
        s.execute(
            insert(SessionAttendee),
            [
                {
                    "session_id": row.id,
                    "family_member_id": a.family_member_id,
                    "name": a.name,
                    "position": i,
                }
                for i, a in enumerate(clean.attendees)
            ],
        )
    s.execute(delete(GoalReview).where(GoalReview.session_id == row.id))
    for review in clean.data.goal_reviews:
        s.add(
            GoalReview(
                goal_id=review.goal_id,
                session_id=row.id,
                status=review.status,
                note=review.note,
            )
        )
        # the goal's status follows its most recent review
        later = s.execute(
            select(func.count())
            .select_from(GoalReview)
            .join(CounselingSession, CounselingSession.id == GoalReview.session_id)
            .where(
                GoalReview.goal_id == review.goal_id,
                CounselingSession.session_date > row.session_date,
            )
        ).scalar_one()
        goal = s.get(CaseGoal, review.goal_id)
        if goal is not None and not later and goal.status != review.status:
            goal.status = review.status
            goal.updated_at = _now()
    s.flush()


def _apply(row: CounselingSession, data: NoteInput) -> None:
    row.session_date = data.session_date
    row.start_time = data.start_time
    row.end_time = data.end_time
    row.modality = data.modality
    row.service_type = data.service_type
    row.case_stage = data.case_stage
    row.note_format = data.note_format
    row.note_sections = json.dumps(dict(data.sections), ensure_ascii=False, sort_keys=True)
    row.interventions = data.interventions
    row.homework = data.homework
    row.plan = data.plan
    row.next_appointment_at = data.next_appointment_at
    row.appointment_id = data.appointment_id


def save_note(
    session: UserSession,
    data: NoteInput,
    session_id: int | None = None,
    draft_key: str | None = None,
) -> SessionNote:
    """Save the editor's note as the session record (a new one, or the author's unsigned
    note ``session_id``) and drop the editor's draft. The note stays unsigned (Draf)."""
    if draft_key is not None:
        _check_key(draft_key, session_id)
    now = _now()
    with session.store.transaction() as s:
        if session_id is not None:
            row, case = _load(s, session, session_id)
            _require_editable(session, row)
            if data.case_id != row.case_id:
                raise ValidationError("Catatan ini milik kasus lain.")
        else:
            case = _case(s, data.case_id)
            row = None
        _require_writer(session, case)
        clean = _clean(s, session, case, data, session_id)
        if row is None:
            row = CounselingSession(
                case_id=case.id,
                author_id=session.actor.user_id,
                created_at=now,
                updated_at=now,
            )
            _apply(row, clean.data)
            s.add(row)
            s.flush()
            action = "session_note.created"
        else:
            _apply(row, clean.data)
            row.updated_at = now
            action = "session_note.updated"
        _write_children(s, row, clean)
        if clean.data.appointment_id is not None:
            appointment = s.get(Appointment, clean.data.appointment_id)
            if appointment is not None and appointment.status == "terjadwal":
                appointment.status = "selesai"
                appointment.status_changed_at = now
                appointment.status_changed_by = session.actor.user_id
        keys = [draft_key_for(row.id)] + ([draft_key] if draft_key else [])
        s.execute(
            delete(NoteDraft).where(
                NoteDraft.author_id == session.actor.user_id, NoteDraft.draft_key.in_(keys)
            )
        )
        s.flush()
        session.audit(s, action, "counseling_session", row.id, {"case": case.id})
        return _note(s, row, case)


def finalize_draft(session: UserSession, draft_id: int) -> SessionNote:
    """Save a recovered draft as its note (new or the existing unsigned one)."""
    info = get_draft(session, draft_id)
    return save_note(session, info.data, info.session_id, info.draft_key)


def delete_note(session: UserSession, session_id: int) -> None:
    """Remove an unsigned note written by mistake (its author only); a signed note stays."""
    with session.store.transaction() as s:
        row, _case_row = _load(s, session, session_id)
        _require_editable(session, row)
        s.execute(delete(GoalReview).where(GoalReview.session_id == row.id))
        s.execute(delete(SessionAttendee).where(SessionAttendee.session_id == row.id))
        s.execute(delete(NoteDraft).where(NoteDraft.session_id == row.id))
        s.delete(row)
        session.audit(s, "session_note.deleted", "counseling_session", session_id)


# -- signing ------------------------------------------------------------------------------------


def sign_note(session: UserSession, session_id: int, password: str) -> SessionNote:
    """The author signs the note (password re-entry); it is locked from then on."""
    session.require(Permission.WRITE_CLINICAL)
    with session.store.transaction() as s:
        row, _case_row = _load(s, session, session_id)
        _require_editable(session, row)
    accounts.verify_password(session, password)  # WrongPassword; slow, outside the transaction
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        _require_editable(session, row)
        pending = s.execute(
            select(NoteDraft.id).where(
                NoteDraft.author_id == session.actor.user_id,
                NoteDraft.draft_key == draft_key_for(session_id),
            )
        ).scalar_one_or_none()
        if pending is not None:
            raise ValidationError("Simpan perubahan catatan sebelum menandatangani.")
        note = _note(s, row, case)
        if not note.data.has_text():
            raise ValidationError("Catatan sesi masih kosong.")
        now = _now()
        row.signed_at = now
        row.signed_by = session.actor.user_id
        row.content_sha256 = seal(note.data, note.attendees)
        s.flush()
        session.audit(
            s,
            "session_note.signed",
            "counseling_session",
            row.id,
            {"sha256": row.content_sha256},
        )
        return _note(s, row, case)


def cosign_note(session: UserSession, session_id: int, password: str) -> SessionNote:
    """The head co-signs a signed note of a counselor (supervision); nothing else changes."""
    if session.actor.role is not Role.KEPALA:
        raise PermissionDenied("cosign")
    with session.store.transaction() as s:
        row, _case_row = _load(s, session, session_id)
        _check_cosign(session, row)
    accounts.verify_password(session, password)
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        _check_cosign(session, row)
        row.cosigned_at = _now()
        row.cosigned_by = session.actor.user_id
        s.flush()
        session.audit(s, "session_note.cosigned", "counseling_session", row.id)
        return _note(s, row, case)


def _check_cosign(session: UserSession, row: CounselingSession) -> None:
    if row.signed_at is None:
        raise ValidationError("Catatan harus ditandatangani penulisnya sebelum diparaf.")
    if row.cosigned_at is not None:
        raise ValidationError("Catatan ini sudah diparaf.")
    if row.author_id == session.actor.user_id:
        raise ValidationError("Catatan sendiri tidak perlu diparaf.")


def add_addendum(session: UserSession, session_id: int, text: str) -> SessionNote:
    """Add a correction under a signed note (head or assigned counselor); final once added."""
    session.require(Permission.WRITE_CLINICAL)
    clean = _clean_text(text, "Adendum", "addendum")
    if not clean:
        raise ValidationError("Tulis isi adendum.", "addendum")
    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        if row.signed_at is None:
            raise ValidationError(
                "Catatan yang belum ditandatangani diubah langsung, tanpa adendum.", "addendum"
            )
        addendum = SessionAddendum(
            session_id=row.id, author_id=session.actor.user_id, written_at=_now(), text=clean
        )
        s.add(addendum)
        s.flush()
        session.audit(
            s,
            "session_note.addendum_added",
            "counseling_session",
            row.id,
            {"addendum": addendum.id},
        )
        return _note(s, row, case)


# -- unsigned notes -------------------------------------------------------------------------


def unsigned_days(session: UserSession) -> int:
    """After how many days an unsigned note is listed as overdue (setting, default 3)."""
    with session.store.transaction() as s:
        return _unsigned_days(s)


def _unsigned_days(s: Session) -> int:
    return int(read_setting(s, UNSIGNED_DAYS_KEY, UNSIGNED_DAYS_DEFAULT))


def set_unsigned_days(session: UserSession, days: int) -> None:
    session.require(Permission.CHANGE_SETTINGS)
    if not 1 <= days <= 60:
        raise ValidationError("Batas hari harus antara 1 dan 60.", UNSIGNED_DAYS_KEY)
    with session.store.transaction() as s:
        write_setting(s, session, UNSIGNED_DAYS_KEY, days)


def unsigned_notes(session: UserSession, older_than_days: int | None = None) -> list[UnsignedNote]:
    """Unsigned notes older than the setting (or ``older_than_days``), oldest first: the
    author's own for a counselor, everyone's for the head."""
    if session.actor.role is Role.STAF:
        raise PermissionDenied("session_notes")
    today = datetime.date.today()
    with session.store.transaction() as s:
        days = _unsigned_days(s) if older_than_days is None else older_than_days
        cutoff = today - datetime.timedelta(days=days)
        query = (
            select(CounselingSession, Case, Client.full_name)
            .join(Case, Case.id == CounselingSession.case_id)
            .join(Client, Client.id == Case.client_id)
            .where(CounselingSession.signed_at.is_(None), CounselingSession.session_date < cutoff)
            .order_by(CounselingSession.session_date, CounselingSession.id)
        )
        if session.actor.role is not Role.KEPALA:
            query = query.where(CounselingSession.author_id == session.actor.user_id)
        names = _names(s)
        return [
            UnsignedNote(
                id=row.id,
                case_id=case.id,
                registration_number=case.registration_number,
                client_id=case.client_id,
                client_name=client_name,
                author_id=row.author_id,
                author_name=names.get(row.author_id, ""),
                session_date=row.session_date,
                days_old=(today - row.session_date).days,
            )
            for row, case, client_name in s.execute(query).all()
            if may_see_clinical(session, case.counselor_id)
        ]
