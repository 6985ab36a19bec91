"""Assessments (asesmen): screening instruments, narrative psychosocial assessments, risk flags.

Only the head of the center and the counselor assigned to a case read or write its assessments
(:func:`lk3_desktop.services.cases.may_see_clinical`); staf never does. Every view, creation,
change, signature, addendum and print is audited with ids and codes only.

Scores are never typed: every save of an administration runs the instrument engine over the
answers and stores what it computed. A signed record is locked: any change or deletion raises
:class:`RecordLocked`; only addenda (own author, own time) can be added. A risk flag rises when a
draft is saved with an answer that meets a risk rule (e.g. PHQ-9 item 9 > 0) or a psychosocial
assessment is saved with risk level ``tinggi``; it stays open until the counselor records the
action taken. Correcting the draft before signing withdraws a flag that no longer holds.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from lk3_desktop.core import instruments
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError
from lk3_desktop.core.instruments import Instrument
from lk3_desktop.core.psychosocial import (
    ASSESSMENT_KINDS,
    HIGH_RISK,
    NEED_DOMAINS,
    RISK_LEVELS,
    SafetyPlanRow,
    signing_problems,
)
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import (
    AdministrationAddendum,
    Case,
    CenterProfile,
    Client,
    InstrumentAdministration,
    PsychosocialAddendum,
    PsychosocialAssessment,
    RiskFlag,
    SafetyPlanItem,
    User,
)
from lk3_desktop.services import accounts
from lk3_desktop.services.cases import client_cases, may_see_clinical
from lk3_desktop.services.context import UserSession

__all__ = [
    "DRAFT",
    "FLAG_OPEN",
    "FLAG_RESOLVED",
    "FLAG_WITHDRAWN",
    "SIGNED",
    "AddendumInfo",
    "AdministrationInfo",
    "CaseAssessments",
    "FlagInfo",
    "PsychosocialInfo",
    "PsychosocialInput",
    "RecordLocked",
    "SafetyPlanRow",
    "SubscaleResult",
    "TrendPoint",
    "add_administration_addendum",
    "add_psychosocial_addendum",
    "administration_report",
    "clients_with_open_high_risk",
    "create_psychosocial",
    "delete_administration",
    "delete_psychosocial",
    "get_administration",
    "get_psychosocial",
    "instrument",
    "list_for_client",
    "list_instruments",
    "open_risk_flags",
    "psychosocial_report",
    "record_administration",
    "resolve_flag",
    "score_columns",
    "sign_administration",
    "sign_psychosocial",
    "signing_problems_of",
    "trend",
    "update_administration",
    "update_psychosocial",
]

DRAFT: Final = "draft"
SIGNED: Final = "signed"
FLAG_OPEN: Final = "open"
FLAG_RESOLVED: Final = "resolved"
FLAG_WITHDRAWN: Final = "withdrawn"

NARRATIVE_SOURCE: Final = "ASESMEN"
NARRATIVE_FLAG: Final = "high_risk_assessment"
NARRATIVE_FLAG_LABEL: Final = "Tingkat risiko tinggi pada asesmen psikososial"
WITHDRAWN_NOTE: Final = "Draf dikoreksi sebelum ditandatangani; tanda risiko tidak berlaku lagi."
EARLIEST_DATE: Final = datetime.date(2000, 1, 1)
MAX_TEXT: Final = 20_000


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddendumInfo:
    id: int
    author_id: int | None
    author_name: str
    created_at: datetime.datetime
    text: str


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


@dataclass(frozen=True)
class TrendPoint:
    administration_id: int
    administered_on: datetime.date
    total: int | None
    severity_code: str | None
    severity_label: str
    subscales: Mapping[str, int]
    signed: bool


# -- instruments ------------------------------------------------------------------------------


def list_instruments() -> list[Instrument]:
    """Every instrument the office can administer (definitions in resources/instruments)."""
    return instruments.available()


def instrument(code: str) -> Instrument:
    """The instrument with ``code`` (ValidationError when unknown)."""
    try:
        return instruments.get(code)
    except KeyError as exc:
        raise ValidationError("Instrumen tidak dikenal.", "instrument") from exc


# -- access -----------------------------------------------------------------------------------


def _require_clinical_role(session: UserSession) -> None:
    if session.actor.role is Role.STAF:
        raise PermissionDenied("clinical")


def _case(s: Session, session: UserSession, case_id: int, write: bool) -> Case:
    _require_clinical_role(session)
    if write:
        session.require(Permission.WRITE_CLINICAL)
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("Kasus tidak ditemukan.")
    if not may_see_clinical(session, case.counselor_id):
        raise PermissionDenied("case_worker")
    return case


def _visible_cases(s: Session, session: UserSession, client_id: int) -> list[Case]:
    """The client's cases the actor may see; PermissionDenied when there are cases but none."""
    _require_clinical_role(session)
    if s.get(Client, client_id) is None:
        raise ValidationError("Klien tidak ditemukan.")
    cases = client_cases(s, client_id)
    visible = [c for c in cases if may_see_clinical(session, c.counselor_id)]
    if cases and not visible:
        raise PermissionDenied("case_worker")
    return visible


def _administration(
    s: Session, session: UserSession, administration_id: int, write: bool
) -> tuple[InstrumentAdministration, Case]:
    row = s.get(InstrumentAdministration, administration_id)
    if row is None:
        _require_clinical_role(session)
        raise ValidationError("Asesmen tidak ditemukan.")
    return row, _case(s, session, row.case_id, write)


def _psychosocial(
    s: Session, session: UserSession, assessment_id: int, write: bool
) -> tuple[PsychosocialAssessment, Case]:
    row = s.get(PsychosocialAssessment, assessment_id)
    if row is None:
        _require_clinical_role(session)
        raise ValidationError("Asesmen tidak ditemukan.")
    return row, _case(s, session, row.case_id, write)


def _refuse_if_signed(status: str) -> None:
    if status == SIGNED:
        raise RecordLocked("signed")


# -- reading rows into results ----------------------------------------------------------------


def _user_names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _name(names: Mapping[int, str], user_id: int | None) -> str:
    return names.get(user_id, "") if user_id is not None else ""


def _flag_info(flag: RiskFlag, names: Mapping[int, str]) -> FlagInfo:
    return FlagInfo(
        id=flag.id,
        client_id=flag.client_id,
        case_id=flag.case_id,
        administration_id=flag.administration_id,
        psychosocial_id=flag.psychosocial_id,
        source=flag.source,
        item=flag.item,
        score=flag.score,
        code=flag.code,
        label=flag.label,
        status=flag.status,
        raised_at=flag.raised_at,
        raised_by_name=_name(names, flag.raised_by),
        resolved_at=flag.resolved_at,
        resolved_by_name=_name(names, flag.resolved_by),
        action_taken=flag.action_taken,
    )


def _instrument_name(code: str) -> str:
    try:
        return instruments.get(code).name_id
    except KeyError:
        return code


def _admin_info(
    s: Session,
    row: InstrumentAdministration,
    names: Mapping[int, str],
    registration_number: str,
) -> AdministrationInfo:
    subscales = json.loads(row.subscales or "{}")
    flags = s.execute(
        select(RiskFlag).where(RiskFlag.administration_id == row.id).order_by(RiskFlag.id)
    ).scalars()
    addenda = s.execute(
        select(AdministrationAddendum)
        .where(AdministrationAddendum.administration_id == row.id)
        .order_by(AdministrationAddendum.id)
    ).scalars()
    return AdministrationInfo(
        id=row.id,
        case_id=row.case_id,
        client_id=row.client_id,
        registration_number=registration_number,
        instrument_code=row.instrument_code,
        instrument_version=row.instrument_version,
        instrument_name=_instrument_name(row.instrument_code),
        administered_on=row.administered_on,
        answers=tuple(json.loads(row.answers)),
        total=row.total,
        severity_code=row.severity_code,
        severity_label=row.severity_label,
        subscales=tuple(
            SubscaleResult(code, int(v["value"]), v.get("band"), v.get("label", ""))
            for code, v in subscales.items()
        ),
        complete=row.complete,
        prorated=row.prorated,
        note=row.note,
        status=row.status,
        created_by_id=row.created_by,
        created_by_name=_name(names, row.created_by),
        created_at=row.created_at,
        updated_at=row.updated_at,
        signed_by_name=_name(names, row.signed_by),
        signed_at=row.signed_at,
        flags=tuple(_flag_info(f, names) for f in flags),
        addenda=tuple(
            AddendumInfo(a.id, a.created_by, _name(names, a.created_by), a.created_at, a.text)
            for a in addenda
        ),
    )


def _psychosocial_info(
    s: Session,
    row: PsychosocialAssessment,
    names: Mapping[int, str],
    registration_number: str,
) -> PsychosocialInfo:
    plan = s.execute(
        select(SafetyPlanItem)
        .where(SafetyPlanItem.assessment_id == row.id)
        .order_by(SafetyPlanItem.position)
    ).scalars()
    flags = s.execute(
        select(RiskFlag).where(RiskFlag.psychosocial_id == row.id).order_by(RiskFlag.id)
    ).scalars()
    addenda = s.execute(
        select(PsychosocialAddendum)
        .where(PsychosocialAddendum.assessment_id == row.id)
        .order_by(PsychosocialAddendum.id)
    ).scalars()
    data = PsychosocialInput(
        assessed_on=row.assessed_on,
        kind=row.kind,
        presenting_problem=row.presenting_problem,
        history=row.history,
        family_relations=row.family_relations,
        genogram_notes=row.genogram_notes,
        strengths=row.strengths,
        risk_factors=row.risk_factors,
        needs=MappingProxyType(dict(json.loads(row.needs or "{}"))),
        conclusion=row.conclusion,
        risk_level=row.risk_level,
        safety_plan=tuple(SafetyPlanRow(p.who, p.action, p.timing) for p in plan),
    )
    return PsychosocialInfo(
        id=row.id,
        case_id=row.case_id,
        client_id=row.client_id,
        registration_number=registration_number,
        data=data,
        status=row.status,
        created_by_id=row.created_by,
        created_by_name=_name(names, row.created_by),
        created_at=row.created_at,
        updated_at=row.updated_at,
        signed_by_name=_name(names, row.signed_by),
        signed_at=row.signed_at,
        flags=tuple(_flag_info(f, names) for f in flags),
        addenda=tuple(
            AddendumInfo(a.id, a.created_by, _name(names, a.created_by), a.created_at, a.text)
            for a in addenda
        ),
    )


# -- checks -----------------------------------------------------------------------------------


def _check_date(on: datetime.date, case: Case, field_name: str) -> None:
    if on > datetime.date.today():
        raise ValidationError("Tanggal asesmen tidak boleh di masa depan.", field_name)
    if on < case.intake_date or on < EARLIEST_DATE:
        raise ValidationError(
            "Tanggal asesmen tidak boleh sebelum tanggal penerimaan kasus "
            f"({format_date_id(case.intake_date)}).",
            field_name,
        )


def _check_text(value: str, field_name: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise ValidationError("Teks terlalu panjang.", field_name)
    return text


def _score(definition: Instrument, answers: Sequence[int | None]) -> instruments.Score:
    try:
        return definition.score(list(answers))
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            "Jawaban tidak sesuai dengan pilihan jawaban instrumen.", "answers"
        ) from exc


def score_columns(
    definition: Instrument, answers: Sequence[int | None]
) -> tuple[dict[str, Any], instruments.Score]:
    """The stored columns of an administration of ``definition`` answered ``answers``, as the
    engine computes them (also used by the demo generator's bulk inserts), and the score."""
    score = _score(definition, answers)
    subscales = {
        code: {
            "value": value,
            "band": sev.code if (sev := score.subscale_severity.get(code)) else None,
            "label": sev.label if sev else "",
        }
        for code, value in score.subscales.items()
    }
    columns: dict[str, Any] = {
        "instrument_code": definition.code,
        "instrument_version": definition.version,
        "answers": json.dumps(list(answers)),
        "total": score.total,
        "severity_code": score.severity.code if score.severity else None,
        "severity_label": score.severity.label if score.severity else "",
        "subscales": json.dumps(subscales, ensure_ascii=False),
        "flags": json.dumps(
            [
                {"code": f.code, "label": f.label, "item": f.item, "score": f.score}
                for f in score.flags
            ],
            ensure_ascii=False,
        ),
        "complete": score.complete,
        "prorated": score.prorated,
    }
    return columns, score


def _store_score(
    row: InstrumentAdministration,
    definition: Instrument,
    answers: Sequence[int | None],
) -> instruments.Score:
    """Run the engine over ``answers`` and keep what it computed on ``row``."""
    columns, score = score_columns(definition, answers)
    for name, value in columns.items():
        setattr(row, name, value)
    return score


def _fully_scored(definition: Instrument, score: instruments.Score) -> bool:
    if definition.total is not None and score.total is None:
        return False
    return len(score.subscales) == len(definition.subscales)


# -- risk flags -------------------------------------------------------------------------------

_FlagKey = tuple[str, int | None, str | None]


def _sync_flags(
    s: Session,
    session: UserSession,
    existing: Iterable[RiskFlag],
    raised: Mapping[_FlagKey, str],
    make: Any,
) -> None:
    """Open a flag for each raised key not already open or resolved; withdraw open flags
    whose key no longer holds. ``make(key, label)`` builds a new RiskFlag."""
    now = _now()
    kept: set[_FlagKey] = set()
    for flag in existing:
        key = (flag.code, flag.item, flag.score)
        if flag.status == FLAG_OPEN and key not in raised:
            flag.status = FLAG_WITHDRAWN
            flag.resolved_at = now
            flag.resolved_by = session.actor.user_id
            flag.action_taken = WITHDRAWN_NOTE
            s.flush()
            session.audit(s, "risk_flag.withdrawn", "risk_flag", flag.id, {"code": flag.code})
        elif flag.status in (FLAG_OPEN, FLAG_RESOLVED):
            kept.add(key)
    for key, label in raised.items():
        if key in kept:
            continue
        flag = make(key, label)
        s.add(flag)
        s.flush()
        session.audit(
            s,
            "risk_flag.raised",
            "risk_flag",
            flag.id,
            {"client": flag.client_id, "code": flag.code, "source": flag.source, "item": flag.item},
        )


def _sync_administration_flags(
    s: Session, session: UserSession, row: InstrumentAdministration, score: instruments.Score
) -> None:
    existing = s.execute(select(RiskFlag).where(RiskFlag.administration_id == row.id)).scalars()
    raised = {(f.code, f.item, f.score): f.label for f in score.flags}

    def make(key: _FlagKey, label: str) -> RiskFlag:
        return RiskFlag(
            client_id=row.client_id,
            case_id=row.case_id,
            administration_id=row.id,
            source=row.instrument_code,
            item=key[1],
            score=key[2],
            code=key[0],
            label=label,
            status=FLAG_OPEN,
            raised_at=_now(),
            raised_by=session.actor.user_id,
            action_taken="",
        )

    _sync_flags(s, session, list(existing), raised, make)


def _sync_psychosocial_flags(s: Session, session: UserSession, row: PsychosocialAssessment) -> None:
    existing = s.execute(select(RiskFlag).where(RiskFlag.psychosocial_id == row.id)).scalars()
    raised: dict[_FlagKey, str] = {}
    if row.risk_level == HIGH_RISK:
        raised[(NARRATIVE_FLAG, None, None)] = NARRATIVE_FLAG_LABEL

    def make(key: _FlagKey, label: str) -> RiskFlag:
        return RiskFlag(
            client_id=row.client_id,
            case_id=row.case_id,
            psychosocial_id=row.id,
            source=NARRATIVE_SOURCE,
            item=None,
            score=None,
            code=key[0],
            label=label,
            status=FLAG_OPEN,
            raised_at=_now(),
            raised_by=session.actor.user_id,
            action_taken="",
        )

    _sync_flags(s, session, list(existing), raised, make)


def open_risk_flags(session: UserSession, client_id: int) -> list[FlagInfo]:
    """The client's unresolved risk flags on cases the actor may see, oldest first."""
    with session.store.transaction() as s:
        cases = _visible_cases(s, session, client_id)
        case_ids = [c.id for c in cases]
        if not case_ids:
            return []
        names = _user_names(s)
        flags = s.execute(
            select(RiskFlag)
            .where(RiskFlag.case_id.in_(case_ids), RiskFlag.status == FLAG_OPEN)
            .order_by(RiskFlag.raised_at, RiskFlag.id)
        ).scalars()
        result = [_flag_info(f, names) for f in flags]
        if result:
            session.audit(
                s, "risk_flag.viewed", "client", client_id, {"flags": [f.id for f in result]}
            )
        return result


def resolve_flag(session: UserSession, flag_id: int, action_taken: str) -> FlagInfo:
    """Record the action taken on an open flag; the flag is then resolved (and stays so)."""
    text = _check_text(action_taken, "action_taken")
    with session.store.transaction() as s:
        flag = s.get(RiskFlag, flag_id)
        if flag is None:
            _require_clinical_role(session)
            raise ValidationError("Tanda risiko tidak ditemukan.")
        _case(s, session, flag.case_id, write=True)
        if flag.status != FLAG_OPEN:
            raise ValidationError("Tanda risiko ini sudah ditangani.")
        if not text:
            raise ValidationError("Tuliskan tindakan yang sudah diambil.", "action_taken")
        flag.status = FLAG_RESOLVED
        flag.resolved_at = _now()
        flag.resolved_by = session.actor.user_id
        flag.action_taken = text
        s.flush()
        session.audit(s, "risk_flag.resolved", "risk_flag", flag.id, {"client": flag.client_id})
        return _flag_info(flag, _user_names(s))


def clients_with_open_high_risk(session: UserSession, client_ids: Iterable[int]) -> set[int]:
    """Which of ``client_ids`` have an unresolved high-risk flag the actor may see.

    For the client list's red mark: the head sees every client's flags, a counselor those on
    their own cases, staf none (risk is clinical content), so staf always gets an empty set.
    """
    ids = sorted(set(client_ids))
    role = session.actor.role
    if not ids or role is Role.STAF:
        return set()
    found: set[int] = set()
    with session.store.transaction() as s:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            query = (
                select(RiskFlag.client_id)
                .join(Case, Case.id == RiskFlag.case_id)
                .where(RiskFlag.status == FLAG_OPEN, RiskFlag.client_id.in_(chunk))
                .distinct()
            )
            if role is not Role.KEPALA:
                query = query.where(Case.counselor_id == session.actor.user_id)
            found.update(s.execute(query).scalars())
    return found


# -- instrument administrations ---------------------------------------------------------------


def record_administration(
    session: UserSession,
    case_id: int,
    code: str,
    answers: Sequence[int | None],
    administered_on: datetime.date,
    note: str = "",
) -> AdministrationInfo:
    """Save a new draft administration of instrument ``code``; scores come from the engine.

    A risk rule met by an answer raises an open risk flag at once.
    """
    definition = instrument(code)
    note_text = _check_text(note, "note")
    with session.store.transaction() as s:
        case = _case(s, session, case_id, write=True)
        _check_date(administered_on, case, "administered_on")
        now = _now()
        row = InstrumentAdministration(
            case_id=case.id,
            client_id=case.client_id,
            administered_on=administered_on,
            note=note_text,
            status=DRAFT,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
        )
        score = _store_score(row, definition, answers)
        s.add(row)
        s.flush()
        session.audit(
            s,
            "assessment.created",
            "instrument_administration",
            row.id,
            {"case": case.id, "instrument": definition.code},
        )
        _sync_administration_flags(s, session, row, score)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def update_administration(
    session: UserSession,
    administration_id: int,
    answers: Sequence[int | None],
    administered_on: datetime.date,
    note: str = "",
) -> AdministrationInfo:
    """Change a draft's answers, date or note (scores recomputed). RecordLocked once signed."""
    note_text = _check_text(note, "note")
    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=True)
        _refuse_if_signed(row.status)
        definition = instrument(row.instrument_code)
        _check_date(administered_on, case, "administered_on")
        row.administered_on = administered_on
        row.note = note_text
        row.updated_at = _now()
        score = _store_score(row, definition, answers)
        s.flush()
        session.audit(s, "assessment.updated", "instrument_administration", row.id)
        _sync_administration_flags(s, session, row, score)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def delete_administration(session: UserSession, administration_id: int) -> None:
    """Delete a draft entered by mistake. RecordLocked once signed; refused while it has an
    open risk flag (record what was done about it first)."""
    with session.store.transaction() as s:
        row, _case_row = _administration(s, session, administration_id, write=True)
        _refuse_if_signed(row.status)
        open_flags = s.execute(
            select(RiskFlag.id).where(
                RiskFlag.administration_id == row.id, RiskFlag.status == FLAG_OPEN
            )
        ).first()
        if open_flags is not None:
            raise ValidationError(
                "Draf ini memunculkan tanda risiko yang belum ditangani. "
                "Catat tindakan yang diambil sebelum menghapusnya."
            )
        s.execute(
            update(RiskFlag)
            .where(RiskFlag.administration_id == row.id)
            .values(administration_id=None)
        )
        session.audit(
            s,
            "assessment.deleted",
            "instrument_administration",
            row.id,
            {"case": row.case_id, "instrument": row.instrument_code},
        )
        s.delete(row)


def get_administration(session: UserSession, administration_id: int) -> AdministrationInfo:
    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=False)
        session.audit(s, "assessment.viewed", "instrument_administration", row.id)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def sign_administration(
    session: UserSession, administration_id: int, password: str
) -> AdministrationInfo:
    """Sign a complete draft after password re-entry; it is locked from then on."""
    with session.store.transaction() as s:  # who may, and is it ready, before the password
        row, _case_row = _administration(s, session, administration_id, write=True)
        _refuse_if_signed(row.status)
        definition = instrument(row.instrument_code)
        if not _fully_scored(definition, _score(definition, json.loads(row.answers))):
            raise ValidationError("Jawab semua pertanyaan sebelum menandatangani.", "answers")
    accounts.verify_password(session, password)
    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=True)
        _refuse_if_signed(row.status)
        definition = instrument(row.instrument_code)
        answers = json.loads(row.answers)
        score = _store_score(row, definition, answers)
        if not _fully_scored(definition, score):
            raise ValidationError("Jawab semua pertanyaan sebelum menandatangani.", "answers")
        now = _now()
        row.status = SIGNED
        row.signed_by = session.actor.user_id
        row.signed_at = now
        row.updated_at = now
        s.flush()
        session.audit(
            s,
            "assessment.signed",
            "instrument_administration",
            row.id,
            {"instrument": row.instrument_code},
        )
        _sync_administration_flags(s, session, row, score)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def add_administration_addendum(
    session: UserSession, administration_id: int, text: str
) -> AddendumInfo:
    """Add a dated addendum to a signed administration (drafts are edited directly)."""
    body = _check_text(text, "text")
    with session.store.transaction() as s:
        row, _case_row = _administration(s, session, administration_id, write=True)
        if row.status != SIGNED:
            raise ValidationError(
                "Draf diubah langsung; adendum hanya untuk yang sudah ditandatangani."
            )
        if not body:
            raise ValidationError("Tulis isi adendum.", "text")
        addendum = AdministrationAddendum(
            administration_id=row.id,
            text=body,
            created_at=_now(),
            created_by=session.actor.user_id,
        )
        s.add(addendum)
        s.flush()
        session.audit(
            s,
            "assessment.addendum_added",
            "instrument_administration",
            row.id,
            {"addendum": addendum.id},
        )
        return AddendumInfo(
            addendum.id,
            addendum.created_by,
            session.actor.full_name,
            addendum.created_at,
            addendum.text,
        )


# -- psychosocial assessments -----------------------------------------------------------------


def _clean_psychosocial(data: PsychosocialInput) -> PsychosocialInput:
    kinds = {code for code, _ in ASSESSMENT_KINDS}
    if data.kind not in kinds:
        raise ValidationError("Pilih jenis asesmen.", "kind")
    levels = {code for code, _ in RISK_LEVELS}
    if data.risk_level is not None and data.risk_level not in levels:
        raise ValidationError("Pilih tingkat risiko (rendah, sedang, atau tinggi).", "risk_level")
    domains = {code for code, _ in NEED_DOMAINS}
    unknown = sorted(set(data.needs) - domains)
    if unknown:
        raise ValidationError(f"Ranah kebutuhan tidak dikenal: {unknown[0]}.", "needs")
    needs = {
        code: _check_text(data.needs.get(code, ""), "needs")
        for code, _ in NEED_DOMAINS
        if data.needs.get(code, "").strip()
    }
    plan = tuple(
        SafetyPlanRow(
            _check_text(r.who, "safety_plan")[:200],
            _check_text(r.action, "safety_plan"),
            _check_text(r.timing, "safety_plan")[:200],
        )
        for r in data.safety_plan
        if not r.is_blank
    )
    return PsychosocialInput(
        assessed_on=data.assessed_on,
        kind=data.kind,
        presenting_problem=_check_text(data.presenting_problem, "presenting_problem"),
        history=_check_text(data.history, "history"),
        family_relations=_check_text(data.family_relations, "family_relations"),
        genogram_notes=_check_text(data.genogram_notes, "genogram_notes"),
        strengths=_check_text(data.strengths, "strengths"),
        risk_factors=_check_text(data.risk_factors, "risk_factors"),
        needs=needs,
        conclusion=_check_text(data.conclusion, "conclusion"),
        risk_level=data.risk_level,
        safety_plan=plan,
    )


def _write_psychosocial(s: Session, row: PsychosocialAssessment, data: PsychosocialInput) -> None:
    row.kind = data.kind
    row.assessed_on = data.assessed_on
    row.presenting_problem = data.presenting_problem
    row.history = data.history
    row.family_relations = data.family_relations
    row.genogram_notes = data.genogram_notes
    row.strengths = data.strengths
    row.risk_factors = data.risk_factors
    row.needs = json.dumps(dict(data.needs), ensure_ascii=False)
    row.conclusion = data.conclusion
    row.risk_level = data.risk_level
    s.flush()
    s.execute(delete(SafetyPlanItem).where(SafetyPlanItem.assessment_id == row.id))
    for position, plan_row in enumerate(data.safety_plan, start=1):
        s.add(
            SafetyPlanItem(
                assessment_id=row.id,
                position=position,
                who=plan_row.who,
                action=plan_row.action,
                timing=plan_row.timing,
            )
        )
    s.flush()


def create_psychosocial(
    session: UserSession, case_id: int, data: PsychosocialInput
) -> PsychosocialInfo:
    """Save a new draft psychosocial assessment of a case. A ``tinggi`` risk level raises a
    risk flag at once; the safety plan it needs is checked when signing."""
    clean = _clean_psychosocial(data)
    with session.store.transaction() as s:
        case = _case(s, session, case_id, write=True)
        _check_date(clean.assessed_on, case, "assessed_on")
        now = _now()
        row = PsychosocialAssessment(
            case_id=case.id,
            client_id=case.client_id,
            assessed_on=clean.assessed_on,
            status=DRAFT,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        _write_psychosocial(s, row, clean)
        session.audit(
            s,
            "psychosocial.created",
            "psychosocial_assessment",
            row.id,
            {"case": case.id, "risk_level": clean.risk_level},
        )
        _sync_psychosocial_flags(s, session, row)
        return _psychosocial_info(s, row, _user_names(s), case.registration_number)


def update_psychosocial(
    session: UserSession, assessment_id: int, data: PsychosocialInput
) -> PsychosocialInfo:
    """Change a draft psychosocial assessment. RecordLocked once signed."""
    clean = _clean_psychosocial(data)
    with session.store.transaction() as s:
        row, case = _psychosocial(s, session, assessment_id, write=True)
        _refuse_if_signed(row.status)
        _check_date(clean.assessed_on, case, "assessed_on")
        _write_psychosocial(s, row, clean)
        row.updated_at = _now()
        s.flush()
        session.audit(
            s,
            "psychosocial.updated",
            "psychosocial_assessment",
            row.id,
            {"risk_level": clean.risk_level},
        )
        _sync_psychosocial_flags(s, session, row)
        return _psychosocial_info(s, row, _user_names(s), case.registration_number)


def delete_psychosocial(session: UserSession, assessment_id: int) -> None:
    """Delete a draft psychosocial assessment. RecordLocked once signed; refused while its
    risk flag is open."""
    with session.store.transaction() as s:
        row, _case_row = _psychosocial(s, session, assessment_id, write=True)
        _refuse_if_signed(row.status)
        open_flag = s.execute(
            select(RiskFlag.id).where(
                RiskFlag.psychosocial_id == row.id, RiskFlag.status == FLAG_OPEN
            )
        ).first()
        if open_flag is not None:
            raise ValidationError(
                "Draf ini memunculkan tanda risiko yang belum ditangani. "
                "Catat tindakan yang diambil sebelum menghapusnya."
            )
        s.execute(
            update(RiskFlag).where(RiskFlag.psychosocial_id == row.id).values(psychosocial_id=None)
        )
        s.execute(delete(SafetyPlanItem).where(SafetyPlanItem.assessment_id == row.id))
        session.audit(
            s, "psychosocial.deleted", "psychosocial_assessment", row.id, {"case": row.case_id}
        )
        s.delete(row)


def get_psychosocial(session: UserSession, assessment_id: int) -> PsychosocialInfo:
    with session.store.transaction() as s:
        row, case = _psychosocial(s, session, assessment_id, write=False)
        session.audit(s, "psychosocial.viewed", "psychosocial_assessment", row.id)
        return _psychosocial_info(s, row, _user_names(s), case.registration_number)


def _check_ready_to_sign(s: Session, row: PsychosocialAssessment) -> None:
    plan = [
        SafetyPlanRow(p.who, p.action, p.timing)
        for p in s.execute(
            select(SafetyPlanItem).where(SafetyPlanItem.assessment_id == row.id)
        ).scalars()
    ]
    problems = signing_problems(row.risk_level, row.conclusion, plan)
    if problems:
        where, message = problems[0]
        raise ValidationError(message, where)


def sign_psychosocial(session: UserSession, assessment_id: int, password: str) -> PsychosocialInfo:
    """Sign after password re-entry. Needs a risk level and a conclusion; ``tinggi`` needs a
    safety plan with at least one complete row (who, what, when)."""
    with session.store.transaction() as s:  # who may, and is it ready, before the password
        row, _case_row = _psychosocial(s, session, assessment_id, write=True)
        _refuse_if_signed(row.status)
        _check_ready_to_sign(s, row)
    accounts.verify_password(session, password)
    with session.store.transaction() as s:
        row, case = _psychosocial(s, session, assessment_id, write=True)
        _refuse_if_signed(row.status)
        _check_ready_to_sign(s, row)
        now = _now()
        row.status = SIGNED
        row.signed_by = session.actor.user_id
        row.signed_at = now
        row.updated_at = now
        s.flush()
        session.audit(
            s,
            "psychosocial.signed",
            "psychosocial_assessment",
            row.id,
            {"risk_level": row.risk_level},
        )
        return _psychosocial_info(s, row, _user_names(s), case.registration_number)


def add_psychosocial_addendum(session: UserSession, assessment_id: int, text: str) -> AddendumInfo:
    """Add a dated addendum to a signed psychosocial assessment."""
    body = _check_text(text, "text")
    with session.store.transaction() as s:
        row, _case_row = _psychosocial(s, session, assessment_id, write=True)
        if row.status != SIGNED:
            raise ValidationError(
                "Draf diubah langsung; adendum hanya untuk yang sudah ditandatangani."
            )
        if not body:
            raise ValidationError("Tulis isi adendum.", "text")
        addendum = PsychosocialAddendum(
            assessment_id=row.id, text=body, created_at=_now(), created_by=session.actor.user_id
        )
        s.add(addendum)
        s.flush()
        session.audit(
            s,
            "psychosocial.addendum_added",
            "psychosocial_assessment",
            row.id,
            {"addendum": addendum.id},
        )
        return AddendumInfo(
            addendum.id,
            addendum.created_by,
            session.actor.full_name,
            addendum.created_at,
            addendum.text,
        )


def signing_problems_of(data: PsychosocialInput) -> list[tuple[str, str]]:
    """What a form as typed still lacks for signing, as (field, Indonesian sentence) pairs;
    the same rule :func:`sign_psychosocial` applies (no database)."""
    return signing_problems(data.risk_level, data.conclusion, data.safety_plan)


# -- lists and trends -------------------------------------------------------------------------


def list_for_client(session: UserSession, client_id: int) -> list[CaseAssessments]:
    """The client's cases the actor may see, newest first, each with its assessments
    (newest first). PermissionDenied for staf, and for a counselor with no case of this
    client; a client without cases gives an empty list."""
    with session.store.transaction() as s:
        cases = _visible_cases(s, session, client_id)
        names = _user_names(s)
        result: list[CaseAssessments] = []
        for case in cases:
            admins = s.execute(
                select(InstrumentAdministration)
                .where(InstrumentAdministration.case_id == case.id)
                .order_by(
                    InstrumentAdministration.administered_on.desc(),
                    InstrumentAdministration.id.desc(),
                )
            ).scalars()
            narratives = s.execute(
                select(PsychosocialAssessment)
                .where(PsychosocialAssessment.case_id == case.id)
                .order_by(
                    PsychosocialAssessment.assessed_on.desc(), PsychosocialAssessment.id.desc()
                )
            ).scalars()
            number = case.registration_number
            result.append(
                CaseAssessments(
                    case_id=case.id,
                    registration_number=number,
                    intake_date=case.intake_date,
                    stage=case.stage,
                    counselor_name=_name(names, case.counselor_id),
                    administrations=tuple(_admin_info(s, a, names, number) for a in admins),
                    psychosocial=tuple(_psychosocial_info(s, p, names, number) for p in narratives),
                )
            )
        session.audit(
            s, "assessment.listed", "client", client_id, {"cases": [c.case_id for c in result]}
        )
        return result


def _trend_points(s: Session, case_ids: Sequence[int], code: str) -> list[TrendPoint]:
    if not case_ids:
        return []
    rows = s.execute(
        select(InstrumentAdministration)
        .where(
            InstrumentAdministration.case_id.in_(case_ids),
            InstrumentAdministration.instrument_code == code,
        )
        .order_by(InstrumentAdministration.administered_on, InstrumentAdministration.id)
    ).scalars()
    points: list[TrendPoint] = []
    for row in rows:
        subscales = {k: int(v["value"]) for k, v in json.loads(row.subscales or "{}").items()}
        if row.total is None and not subscales:
            continue  # nothing scored yet (an incomplete draft)
        points.append(
            TrendPoint(
                administration_id=row.id,
                administered_on=row.administered_on,
                total=row.total,
                severity_code=row.severity_code,
                severity_label=row.severity_label,
                subscales=MappingProxyType(subscales),
                signed=row.status == SIGNED,
            )
        )
    return points


def trend(session: UserSession, client_id: int, code: str) -> list[TrendPoint]:
    """Every scored administration of instrument ``code`` for the client (on cases the actor
    may see), oldest first: the points of the trend chart."""
    definition = instrument(code)
    with session.store.transaction() as s:
        cases = _visible_cases(s, session, client_id)
        points = _trend_points(s, [c.id for c in cases], definition.code)
        session.audit(
            s, "assessment.trend_viewed", "client", client_id, {"instrument": definition.code}
        )
        return points


# -- the PDF ----------------------------------------------------------------------------------


def administration_report(
    session: UserSession, administration_id: int, trend_png: bytes | None = None
) -> bytes:
    """The assessment PDF (answers, score, band, flags, counselor, trend); audited as printed.

    ``trend_png`` is the chart as the screen drew it; without it the PDF draws the trend
    itself when the instrument was taken more than once.

    The PDF is an export: an administration marked "jangan diungkap" (UU PDP art. 33) is
    refused with a ValidationError; other marked administrations leave the trend, and the
    PDF names what was left out.
    """
    from lk3_desktop.core.withholding import record_label
    from lk3_desktop.documents import assessment_report as report
    from lk3_desktop.services.withholding import withheld_in

    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=False)
        withheld = withheld_in(s, row.client_id)
        if withheld.record_withheld("administration", row.id):
            raise ValidationError("Catatan ini ditandai jangan diungkap dan tidak dapat diekspor.")
        names = _user_names(s)
        info = _admin_info(s, row, names, case.registration_number)
        client = s.get(Client, row.client_id)
        profile = s.get(CenterProfile, 1)
        visible = _visible_cases(s, session, row.client_id)
        every_point = _trend_points(s, [c.id for c in visible], row.instrument_code)
        points: list[TrendPoint] = []
        left_out: list[str] = []
        for p in every_point:
            if withheld.record_withheld("administration", p.administration_id):
                left_out.append(
                    record_label("administration", p.administered_on, row.instrument_code)
                )
            else:
                points.append(p)
        session.audit(
            s,
            "assessment.printed",
            "instrument_administration",
            row.id,
            {"trend_points": len(points), "withheld": len(left_out)},
        )
    if left_out:
        trend_png = None  # the screen's chart shows every point; the PDF draws its own
    definition = instrument(info.instrument_code)
    answers: list[report.AnswerLine] = []
    for item, value in zip(definition.items, info.answers, strict=False):
        label = next((o.label_id for o in item.options if o.value == value), None)
        answers.append(report.AnswerLine(item.number, item.text_id, value, label))
    subscale_names = {sub.code: sub.name_id for sub in definition.subscales}
    scale_name = "total"
    if definition.total is None and definition.subscales:
        scale_name = definition.subscales[0].code
    trend_series: list[report.TrendSeries] = []
    if len(points) >= 2:
        if definition.total is not None:
            trend_series.append(
                report.TrendSeries(
                    "Skor total",
                    tuple((p.administered_on, p.total) for p in points if p.total is not None),
                )
            )
        for sub in definition.subscales:
            trend_series.append(
                report.TrendSeries(
                    sub.name_id,
                    tuple(
                        (p.administered_on, p.subscales[sub.code])
                        for p in points
                        if sub.code in p.subscales
                    ),
                )
            )
    # Bands behind the line only when one scale is charted against its own bands (the total);
    # subscales with different cut-offs on one chart would need one band set each.
    bands = (
        tuple(
            report.BandLine(b.min, b.max, b.code, b.label_id)
            for b in definition.thresholds(scale_name)
        )
        if definition.total is not None
        else ()
    )
    if scale_name == "total":
        low, high = definition.min_total or 0, definition.max_total or 0
    else:
        sub = definition.subscale(scale_name)
        low, high = sub.min_score, sub.max_score
    data = report.AssessmentReportData(
        center_name=profile.name if profile else "",
        client_name=client.full_name if client else "",
        registration_number=info.registration_number,
        instrument_name=definition.name_id,
        instrument_code=definition.code,
        instrument_version=info.instrument_version,
        period=definition.period_id,
        instruction=definition.instruction_id,
        administered_on=info.administered_on,
        answers=tuple(answers),
        total=info.total,
        total_range=(low, high) if definition.total is not None else None,
        severity_label=info.severity_label,
        subscales=tuple(
            report.SubscaleLine(subscale_names.get(r.code, r.code), r.value, r.band_label)
            for r in info.subscales
        ),
        complete=info.complete,
        prorated=info.prorated,
        flags=tuple(
            report.FlagLine(
                f.label,
                f.item,
                {FLAG_OPEN: "Belum ditangani", FLAG_RESOLVED: "Sudah ditangani"}.get(
                    f.status, "Dibatalkan (draf dikoreksi)"
                ),
                f.action_taken if f.status == FLAG_RESOLVED else "",
            )
            for f in info.flags
        ),
        note=info.note,
        counselor_name=info.created_by_name,
        signed_by=info.signed_by_name,
        signed_at=info.signed_at,
        addenda=tuple(
            report.AddendumLine(a.author_name, a.created_at, a.text) for a in info.addenda
        ),
        trend_png=trend_png if len(points) >= 2 else None,
        trend_series=tuple(trend_series),
        trend_bands=bands,
        trend_range=(low, high),
        source_note=definition.source,
        omission_note=withheld.statement(left_out),
    )
    return report.render_assessment_report(data)


# Headings of the narrative sections in the PDF, in the form's order (the conclusion follows
# the needs table, as on the form).
_PSYCHOSOCIAL_SECTIONS: Final = (
    ("presenting_problem", "Permasalahan yang disampaikan"),
    ("history", "Riwayat"),
    ("family_relations", "Relasi keluarga"),
    ("genogram_notes", "Catatan genogram"),
    ("strengths", "Kekuatan dan faktor pelindung"),
    ("risk_factors", "Faktor risiko"),
)
_FAMILY_SECTIONS: Final = frozenset({"family_relations", "genogram_notes"})


def psychosocial_report(session: UserSession, assessment_id: int) -> bytes:
    """The psychosocial assessment as an A4 PDF (sections, needs by domain, risk level,
    safety plan, signature or draft notice, addenda); audited as printed.

    Same access as reading it: the head, or the counselor of the case; never staf. The PDF
    is an export: an assessment marked "jangan diungkap" (UU PDP art. 33) is refused with a
    ValidationError; a withheld identity field group (the birth date) is left out and the
    PDF names what was left out.
    """
    from lk3_desktop.core.identity import age_on
    from lk3_desktop.core.vocabulary import SEXES
    from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS
    from lk3_desktop.documents import psychosocial_report as report
    from lk3_desktop.documents.kop import KopCenter
    from lk3_desktop.services.withholding import withheld_in

    with session.store.transaction() as s:
        row, case = _psychosocial(s, session, assessment_id, write=False)
        withheld = withheld_in(s, row.client_id)
        if withheld.record_withheld("psychosocial", row.id):
            raise ValidationError("Catatan ini ditandai jangan diungkap dan tidak dapat diekspor.")
        info = _psychosocial_info(s, row, _user_names(s), case.registration_number)
        client = s.get(Client, row.client_id)
        profile = s.get(CenterProfile, 1)
        identity: list[tuple[str, str]] = []
        left_out: list[str] = []
        if client is not None:
            identity.append(("Jenis kelamin", SEXES.get(client.sex, client.sex)))
            has_birth = client.birth_date is not None or client.estimated_age is not None
            if has_birth and withheld.field_withheld("birth"):
                left_out.append(WITHHOLDABLE_FIELDS["birth"])
            elif client.birth_date is not None:
                place = f"{client.birth_place}, " if client.birth_place else ""
                age = age_on(client.birth_date, info.data.assessed_on)
                identity.append(
                    (
                        "Tempat, tanggal lahir",
                        f"{place}{format_date_id(client.birth_date)} ({age} tahun)",
                    )
                )
            elif client.estimated_age is not None:
                identity.append(("Umur (perkiraan)", f"\u00b1 {client.estimated_age} tahun"))
        # "Situasi keluarga" withheld: the sections about the family are left out too.
        family_hidden = withheld.field_withheld("family")
        if family_hidden:
            left_out.append(WITHHOLDABLE_FIELDS["family"])
        center = KopCenter(
            name=profile.name if profile else "",
            address=profile.address if profile else "",
            phone=profile.phone if profile else "",
            email=profile.email if profile else "",
            logo=profile.logo if profile else None,
        )
        client_name = client.full_name if client else ""
        session.audit(
            s,
            "psychosocial.printed",
            "psychosocial_assessment",
            row.id,
            {
                "case": row.case_id,
                "safety_plan": len(info.data.safety_plan),
                "addenda": len(info.addenda),
                "withheld": len(left_out),
            },
        )
    data = info.data
    kinds = dict(ASSESSMENT_KINDS)
    levels = dict(RISK_LEVELS)
    flag_status = {FLAG_OPEN: "Belum ditangani", FLAG_RESOLVED: "Sudah ditangani"}
    document = report.PsychosocialReportData(
        center=center,
        client_name=client_name,
        registration_number=info.registration_number,
        kind_label=kinds.get(data.kind, data.kind),
        assessed_on=data.assessed_on,
        assessor_name=info.created_by_name,
        identity=tuple(identity),
        sections=tuple(
            report.NarrativeSection(heading, getattr(data, name))
            for name, heading in _PSYCHOSOCIAL_SECTIONS
            if not (family_hidden and name in _FAMILY_SECTIONS)
        ),
        needs=tuple(
            report.NeedLine(label, data.needs[code])
            for code, label in NEED_DOMAINS
            if data.needs.get(code, "").strip()
        ),
        conclusion=data.conclusion,
        risk_level_label=levels.get(data.risk_level or "", ""),
        high_risk=data.risk_level == HIGH_RISK,
        # A flag withdrawn when the draft was corrected no longer says anything about risk.
        flags=tuple(
            report.FlagLine(
                f.label,
                flag_status[f.status],
                f.action_taken if f.status == FLAG_RESOLVED else "",
            )
            for f in info.flags
            if f.status in flag_status
        ),
        safety_plan=tuple(report.PlanLine(p.who, p.action, p.timing) for p in data.safety_plan),
        signed_by=info.signed_by_name,
        signed_at=info.signed_at,
        addenda=tuple(
            report.AddendumLine(a.author_name, a.created_at, a.text) for a in info.addenda
        ),
        omission_note=withheld.statement(left_out),
    )
    return report.render_psychosocial_report(document)
