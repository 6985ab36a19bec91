"""The case timeline (riwayat): one chronological view per case merging intake, stage
changes, assessments, sessions, addenda and referrals.

Each kind of entry comes from a *source*: a function that reads one case's entries inside the
caller's transaction. Sources live in a small registry; another module adds or replaces its
own with :func:`register_source` (e.g. ``register_source("referral", my_fetch)``). The
built-in sources for assessments and referrals read their tables through the metadata and
yield nothing when a table or column is not there, so the timeline never depends on those
modules being present.

Who sees what: the head and the counselor assigned to the case see every kind (an audited
view); anyone else sees only the non-clinical kinds (intake and stage changes).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import (
    Base,
    Case,
    CaseStageChange,
    CounselingSession,
    SessionAddendum,
    User,
)
from lk3_desktop.services._case_rows import client_cases
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession

# Kinds, in the order filters list them.
INTAKE = "intake"
STAGE = "stage"
ASSESSMENT = "assessment"
SESSION = "session"
ADDENDUM = "addendum"
REFERRAL = "referral"
KINDS: tuple[str, ...] = (INTAKE, STAGE, ASSESSMENT, SESSION, ADDENDUM, REFERRAL)


@dataclass(frozen=True)
class TimelineEntry:
    """One event of a case, as data the interface words in its own language.

    ``codes`` are vocabulary codes of the kind (stage: from, to; session: service type,
    modality, stage; assessment: "instrument" or "psychosocial" and the instrument code or
    assessment kind, or "safety_plan"; referral: status). ``text`` is what a person wrote or
    named (a partner, an addendum's first words, a severity label). ``open_kind``/``open_id``
    name the record that opens it ("case", "session", "assessment", "instrument",
    "safety_plan", "referral"): an addendum
    opens its session, a stage change its case.
    """

    kind: str
    record_id: int
    case_id: int
    at: datetime.datetime  # when it happened (a date-only event at midnight)
    codes: tuple[str, ...] = ()
    text: str = ""
    author: str = ""
    signed: bool | None = None  # for records that are signed (sessions, assessments)
    open_kind: str = "case"
    open_id: int = 0


@dataclass(frozen=True)
class SourceContext:
    """What a source gets: the transaction, the case, and user names by id."""

    s: Session
    case: Case
    names: dict[int, str]


TimelineSource = Callable[[SourceContext], Iterable[TimelineEntry]]


@dataclass(frozen=True)
class _Registered:
    fetch: TimelineSource
    clinical: bool


_SOURCES: dict[str, _Registered] = {}


def register_source(kind: str, fetch: TimelineSource, *, clinical: bool = True) -> None:
    """Add (or replace) the source of one kind of entry. ``clinical`` sources are shown
    only to the head and the case's assigned counselor."""
    _SOURCES[kind] = _Registered(fetch, clinical)


def registered_kinds() -> tuple[str, ...]:
    """Every kind that has a source: the built-in order first, then any others."""
    extra = sorted(k for k in _SOURCES if k not in KINDS)
    return tuple(k for k in KINDS if k in _SOURCES) + tuple(extra)


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time())


def _at(day: datetime.date, when: datetime.time | None) -> datetime.datetime:
    return datetime.datetime.combine(day, when or datetime.time())


# -- built-in sources ---------------------------------------------------------------------------


def _intake(ctx: SourceContext) -> Iterable[TimelineEntry]:
    case = ctx.case
    yield TimelineEntry(
        INTAKE,
        case.id,
        case.id,
        _midnight(case.intake_date),
        (case.referral_source,),
        case.registration_number,
        ctx.names.get(case.created_by or 0, ""),
        open_kind="case",
        open_id=case.id,
    )


def _stages(ctx: SourceContext) -> Iterable[TimelineEntry]:
    for change in ctx.s.execute(
        select(CaseStageChange)
        .where(CaseStageChange.case_id == ctx.case.id, CaseStageChange.from_stage.is_not(None))
        .order_by(CaseStageChange.id)
    ).scalars():
        yield TimelineEntry(
            STAGE,
            change.id,
            ctx.case.id,
            _midnight(change.changed_on),
            (change.from_stage or "", change.to_stage),
            change.note,
            ctx.names.get(change.changed_by or 0, ""),
            open_kind="case",
            open_id=ctx.case.id,
        )


def _sessions(ctx: SourceContext) -> Iterable[TimelineEntry]:
    for row in ctx.s.execute(
        select(CounselingSession).where(CounselingSession.case_id == ctx.case.id)
    ).scalars():
        yield TimelineEntry(
            SESSION,
            row.id,
            ctx.case.id,
            _at(row.session_date, row.start_time),
            (row.service_type, row.modality, row.case_stage),
            "",
            ctx.names.get(row.author_id, ""),
            row.signed_at is not None,
            open_kind="session",
            open_id=row.id,
        )


def _addenda(ctx: SourceContext) -> Iterable[TimelineEntry]:
    for addendum, session_date in ctx.s.execute(
        select(SessionAddendum, CounselingSession.session_date)
        .join(CounselingSession, CounselingSession.id == SessionAddendum.session_id)
        .where(CounselingSession.case_id == ctx.case.id)
    ).all():
        text = " ".join(addendum.text.split())
        yield TimelineEntry(
            ADDENDUM,
            addendum.id,
            ctx.case.id,
            addendum.written_at,
            (session_date.isoformat(),),
            text if len(text) <= 140 else text[:139] + "…",
            ctx.names.get(addendum.author_id, ""),
            open_kind="session",
            open_id=addendum.session_id,
        )


def _table(name: str, *columns: str) -> Table | None:
    """A table of another module, when it and the named columns exist in the metadata."""
    table = Base.metadata.tables.get(name)
    if table is None or any(c not in table.c for c in columns):
        return None
    return table


def _optional(table: Table, *names: str) -> list[Any]:
    return [table.c[name] for name in names if name in table.c]


def _assessments(ctx: SourceContext) -> Iterable[TimelineEntry]:
    instruments = _table("instrument_administrations", "id", "case_id", "administered_on")
    if instruments is not None:
        c = instruments.c
        wanted = [
            c.id,
            c.administered_on,
            *_optional(instruments, "instrument_code", "severity_label", "created_by", "signed_at"),
        ]
        for row in ctx.s.execute(select(*wanted).where(c.case_id == ctx.case.id)).mappings():
            yield TimelineEntry(
                ASSESSMENT,
                int(row["id"]),
                ctx.case.id,
                _midnight(row["administered_on"]),
                ("instrument", str(row.get("instrument_code") or "")),
                str(row.get("severity_label") or ""),
                ctx.names.get(row.get("created_by") or 0, ""),
                row.get("signed_at") is not None,
                open_kind="instrument",
                open_id=int(row["id"]),
            )
    narrative = _table("psychosocial_assessments", "id", "case_id", "assessed_on")
    if narrative is not None:
        c = narrative.c
        wanted = [
            c.id,
            c.assessed_on,
            *_optional(narrative, "kind", "risk_level", "created_by", "signed_at"),
        ]
        for row in ctx.s.execute(select(*wanted).where(c.case_id == ctx.case.id)).mappings():
            yield TimelineEntry(
                ASSESSMENT,
                int(row["id"]),
                ctx.case.id,
                _midnight(row["assessed_on"]),
                ("psychosocial", str(row.get("kind") or ""), str(row.get("risk_level") or "")),
                "",
                ctx.names.get(row.get("created_by") or 0, ""),
                row.get("signed_at") is not None,
                open_kind="assessment",
                open_id=int(row["id"]),
            )
    yield from _safety_plans(ctx)


def _safety_plans(ctx: SourceContext) -> Iterable[TimelineEntry]:
    """The client safety plans of the case, among its assessments (they open their form)."""
    plans = _table("client_safety_plans", "id", "case_id", "made_on", "created_by", "signed_at")
    if plans is None:
        return
    c = plans.c
    wanted = (c.id, c.made_on, c.created_by, c.signed_at)
    for row in ctx.s.execute(select(*wanted).where(c.case_id == ctx.case.id)).mappings():
        yield TimelineEntry(
            ASSESSMENT,
            int(row["id"]),
            ctx.case.id,
            _midnight(row["made_on"]),
            ("safety_plan",),
            "",
            ctx.names.get(row["created_by"] or 0, ""),
            row["signed_at"] is not None,
            open_kind="safety_plan",
            open_id=int(row["id"]),
        )


def _referrals(ctx: SourceContext) -> Iterable[TimelineEntry]:
    referrals = _table("referrals", "id", "case_id", "created_at")
    if referrals is None:
        return
    c = referrals.c
    partners = _table("partners", "id", "name")
    query = select(c.id, c.created_at, *_optional(referrals, "status", "drafted_by")).where(
        c.case_id == ctx.case.id
    )
    if partners is not None and "partner_id" in c:
        query = query.add_columns(partners.c.name.label("partner_name")).outerjoin(
            partners, partners.c.id == c.partner_id
        )
    for row in ctx.s.execute(query).mappings():
        yield TimelineEntry(
            REFERRAL,
            int(row["id"]),
            ctx.case.id,
            row["created_at"],
            (str(row.get("status") or ""),),
            str(row.get("partner_name") or ""),
            ctx.names.get(row.get("drafted_by") or 0, ""),
            open_kind="referral",
            open_id=int(row["id"]),
        )


register_source(INTAKE, _intake, clinical=False)
register_source(STAGE, _stages, clinical=False)
register_source(ASSESSMENT, _assessments)
register_source(SESSION, _sessions)
register_source(ADDENDUM, _addenda)
register_source(REFERRAL, _referrals)


# -- the timeline -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseTimeline:
    case_id: int
    registration_number: str
    stage: Stage
    entries: tuple[TimelineEntry, ...]  # oldest first
    restricted: bool  # only the non-clinical kinds are shown to this actor
    kinds: tuple[str, ...]  # the kinds this actor may filter on


@dataclass(frozen=True)
class TimelineCase:
    id: int
    registration_number: str
    intake_date: datetime.date
    stage: Stage


def timeline_cases(session: UserSession, client_id: int) -> list[TimelineCase]:
    """A client's cases, newest first (for choosing which case's timeline to show)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        return [
            TimelineCase(c.id, c.registration_number, c.intake_date, Stage(c.stage))
            for c in client_cases(s, client_id)
        ]


def case_timeline(
    session: UserSession,
    case_id: int,
    kinds: Iterable[str] | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> CaseTimeline:
    """The case's events in chronological order, optionally only some ``kinds`` and dates."""
    session.require(Permission.VIEW_REGISTRY)
    wanted = set(kinds) if kinds is not None else None
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        clinical = session.actor.role is not Role.STAF and may_see_clinical(
            session, case.counselor_id
        )
        names = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
        ctx = SourceContext(s, case, names)
        allowed = tuple(k for k in registered_kinds() if clinical or not _SOURCES[k].clinical)
        entries: list[TimelineEntry] = []
        for kind in allowed:
            if wanted is not None and kind not in wanted:
                continue
            entries.extend(_SOURCES[kind].fetch(ctx))
        if since is not None:
            entries = [e for e in entries if e.at.date() >= since]
        if until is not None:
            entries = [e for e in entries if e.at.date() <= until]
        order = {kind: i for i, kind in enumerate(registered_kinds())}
        entries.sort(key=lambda e: (e.at, order.get(e.kind, 99), e.record_id))
        if clinical:
            session.audit(s, "case.timeline_viewed", "case", case_id)
        return CaseTimeline(
            case.id,
            case.registration_number,
            Stage(case.stage),
            tuple(entries),
            restricted=not clinical,
            kinds=allowed,
        )
