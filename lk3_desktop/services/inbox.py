"""Beranda as each person's inbox: what waits for the signed-in person now.

- konselor: open risk flags on their cases (until the action is recorded), their unsigned
  session notes (and notes typed but never saved), their unsigned assessments and client
  safety plans (drafts),
  referral follow-ups due on their cases, and the clients of their open cases with no consent;
- kepala: letters waiting for signature, counselors' signed notes waiting for the co-sign,
  every open risk flag in the center, overdue follow-ups, notes left unsigned past the
  configured days, their own unsigned assessments, and clients whose retention period ended;
- staf: no-shows to reschedule and clients registered without consent (no clinical content).

A counselor to whom the head delegated signing also sees the letters waiting. Today's
appointments have their own block on Beranda (the schedule's), so here they are only counted.

Each list holds at most ``limit`` items (newest risk first) and the number of all of them, for
the counts in the navigation. Every query is bounded by an index (status, date, owner), so the
inbox stays cheap at 100,000 clients: Beranda asks again after each change. Reading the inbox
is not audited: it names clients and the kind of what waits, and opening any record is.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from lk3_desktop.core.case_stages import CLOSED_STAGES
from lk3_desktop.core.referrals import FOLLOWED_UP, ReferralStatus
from lk3_desktop.core.roles import Role
from lk3_desktop.core.session_notes import AppointmentStatus
from lk3_desktop.db.models import (
    Appointment,
    Case,
    Client,
    ClientSafetyPlan,
    Consent,
    CounselingSession,
    InstrumentAdministration,
    NoteDraft,
    Partner,
    PsychosocialAssessment,
    Referral,
    RiskFlag,
    User,
)
from lk3_desktop.services import anonymise, referrals, sessions
from lk3_desktop.services.context import UserSession

DEFAULT_LIMIT: Final = 8
# Co-signing is supervision of recent work: signed notes older than this are not listed.
COSIGN_DAYS: Final = 14
# No-shows and consent-less registrations older than this are not the staff's inbox any more.
STAFF_DAYS: Final = 30
RECENT_REGISTRATIONS: Final = 500
_DRAFT: Final = "draft"
_OPEN_FLAG: Final = "open"
_CLOSED = [stage.value for stage in CLOSED_STAGES]


class Kind(StrEnum):
    """What waits. The order is the order on Beranda: risk first."""

    RISK = "risk"
    LETTER = "letter"
    COSIGN = "cosign"
    UNSIGNED_NOTE = "unsigned_note"
    ASSESSMENT_DRAFT = "assessment_draft"
    FOLLOW_UP = "follow_up"
    NO_SHOW = "no_show"
    NO_CONSENT = "no_consent"
    RETENTION = "retention"


class Record(StrEnum):
    """What an item's ``record_id`` names (the record one click opens)."""

    RISK_FLAG = "risk_flag"
    SESSION = "session"
    NOTE_DRAFT = "note_draft"
    ADMINISTRATION = "administration"
    PSYCHOSOCIAL = "psychosocial"
    SAFETY_PLAN = "safety_plan"
    REFERRAL = "referral"
    APPOINTMENT = "appointment"
    CLIENT = "client"


@dataclass(frozen=True)
class InboxItem:
    """One thing waiting; ``on`` is the date that matters for it (raised, session, due)."""

    kind: Kind
    record: Record
    record_id: int
    client_id: int
    client_name: str
    on: datetime.date
    case_id: int | None = None
    registration_number: str = ""
    # What the line says besides the client: the risk flag's label and source, the partner,
    # the author of a note, the instrument. Codes and names only, never note text.
    label: str = ""
    source: str = ""
    item: int | None = None
    person: str = ""
    days: int = 0


@dataclass(frozen=True)
class InboxList:
    kind: Kind
    items: tuple[InboxItem, ...]
    total: int


@dataclass(frozen=True)
class Inbox:
    role: Role
    lists: tuple[InboxList, ...]
    appointments_today: int  # still to come today (the person's own for a counselor)

    def total(self, kind: Kind) -> int:
        return next((entry.total for entry in self.lists if entry.kind is kind), 0)

    @property
    def waiting(self) -> int:
        return sum(entry.total for entry in self.lists)


# -- queries ---------------------------------------------------------------------------------

_Row = Any
_Query = Select[*tuple[Any, ...]]
_Make = Callable[[_Row], InboxItem]


def _listed(
    s: Session,
    kind: Kind,
    query: _Query,
    order: Sequence[Any],
    limit: int,
    make: _Make,
    counted: Any = None,
) -> InboxList:
    """The first ``limit`` rows of ``query`` as items, and how many rows there are in all
    (``counted``: a count of the same rows that need not join what the items show)."""
    if counted is None:
        counted = select(func.count()).select_from(query.order_by(None).subquery())
    total = s.execute(counted).scalar()
    rows = s.execute(query.order_by(*order).limit(limit)).all() if total else []
    return InboxList(kind, tuple(make(row) for row in rows), int(total or 0))


def _day(value: datetime.datetime | datetime.date) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def _maker(kind: Kind, record: Record, *extras: str) -> _Make:
    """Items from rows whose first six columns are the record id, the client's id and name,
    the date, the case id and registration number; ``extras`` name the columns after them
    (InboxItem fields; an empty value keeps the field's default)."""

    def make(r: _Row) -> InboxItem:
        named = {name: value for name, value in zip(extras, r[6:], strict=True) if value}
        return InboxItem(kind, record, r[0], r[1], r[2], _day(r[3]), r[4], r[5] or "", **named)

    return make


def _risk(s: Session, mine: int | None, limit: int) -> InboxList:
    query = (
        select(
            RiskFlag.id,
            RiskFlag.client_id,
            Client.full_name,
            RiskFlag.raised_at,
            RiskFlag.case_id,
            Case.registration_number,
            RiskFlag.label,
            RiskFlag.source,
            RiskFlag.item,
        )
        .join(Case, Case.id == RiskFlag.case_id)
        .join(Client, Client.id == RiskFlag.client_id)
        .where(RiskFlag.status == _OPEN_FLAG)
    )
    if mine is not None:
        query = query.where(Case.counselor_id == mine)

    make = _maker(Kind.RISK, Record.RISK_FLAG, "label", "source", "item")

    newest = (RiskFlag.raised_at.desc(), RiskFlag.id.desc())
    return _listed(s, Kind.RISK, query, newest, limit, make)


def _letters(s: Session, limit: int) -> InboxList:
    query = (
        select(
            Referral.id,
            Case.client_id,
            Client.full_name,
            Referral.updated_at,
            Referral.case_id,
            Case.registration_number,
            Partner.name,
            User.full_name,
        )
        .join(Case, Case.id == Referral.case_id)
        .join(Client, Client.id == Case.client_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .outerjoin(User, User.id == Referral.drafted_by)
        .where(Referral.status == ReferralStatus.DIAJUKAN.value)
    )

    make = _maker(Kind.LETTER, Record.REFERRAL, "label", "person")

    waiting_longest = (Referral.updated_at, Referral.id)
    return _listed(s, Kind.LETTER, query, waiting_longest, limit, make)


def _note_query() -> _Query:
    return (
        select(
            CounselingSession.id,
            Case.client_id,
            Client.full_name,
            CounselingSession.session_date,
            CounselingSession.case_id,
            Case.registration_number,
            User.full_name,
        )
        .join(Case, Case.id == CounselingSession.case_id)
        .join(Client, Client.id == Case.client_id)
        .join(User, User.id == CounselingSession.author_id)
    )


def _cosign(s: Session, head: int, today: datetime.date, limit: int) -> InboxList:
    since = datetime.datetime.combine(today - datetime.timedelta(days=COSIGN_DAYS), datetime.time())
    waiting = (
        CounselingSession.signed_at >= since,
        CounselingSession.signed_at.is_not(None),
        CounselingSession.cosigned_at.is_(None),
        CounselingSession.author_id != head,
    )
    query = _note_query().where(*waiting)

    make = _maker(Kind.COSIGN, Record.SESSION, "person")

    newest = (CounselingSession.signed_at.desc(), CounselingSession.id.desc())
    return _listed(s, Kind.COSIGN, query, newest, limit, make, _notes_counted(*waiting))


def _notes_counted(*where: Any) -> Any:
    """How many notes match ``where``, from the notes alone: every note has its case, client
    and author (foreign keys), so the count joins none of them, and a partial index of the
    notes answers it (thousands of notes to co-sign in a busy fortnight)."""
    return select(func.count()).select_from(CounselingSession).where(*where)


def _unsigned_notes(
    s: Session, author: int | None, older_than: int, today: datetime.date, limit: int
) -> InboxList:
    """Unsigned notes: ``author``'s of any age (and their notes typed but never saved), or
    everyone's older than ``older_than`` days (``author`` None, for the head)."""
    unsigned: list[Any] = [CounselingSession.signed_at.is_(None)]
    if author is None:
        unsigned.append(
            CounselingSession.session_date < today - datetime.timedelta(days=older_than)
        )
    else:
        unsigned.append(CounselingSession.author_id == author)
    query = _note_query().where(*unsigned)

    oldest = (CounselingSession.session_date, CounselingSession.id)
    make = _maker(Kind.UNSIGNED_NOTE, Record.SESSION, "person")
    listed = _listed(s, Kind.UNSIGNED_NOTE, query, oldest, limit, make, _notes_counted(*unsigned))
    aged = tuple(replace(item, days=(today - item.on).days) for item in listed.items)
    notes = InboxList(Kind.UNSIGNED_NOTE, aged, listed.total)
    if author is None:
        return notes
    drafts = s.execute(
        select(
            NoteDraft.id,
            Case.client_id,
            Client.full_name,
            NoteDraft.updated_at,
            NoteDraft.case_id,
            Case.registration_number,
        )
        .join(Case, Case.id == NoteDraft.case_id)
        .join(Client, Client.id == Case.client_id)
        .where(NoteDraft.author_id == author, NoteDraft.session_id.is_(None))
        .order_by(NoteDraft.updated_at, NoteDraft.id)
    ).all()
    unsaved = tuple(map(_maker(Kind.UNSIGNED_NOTE, Record.NOTE_DRAFT), drafts))
    items = (unsaved + notes.items)[:limit]
    return InboxList(Kind.UNSIGNED_NOTE, items, notes.total + len(unsaved))


def _assessment_drafts(s: Session, author: int, limit: int) -> InboxList:
    screening = s.execute(
        select(
            InstrumentAdministration.id,
            InstrumentAdministration.client_id,
            Client.full_name,
            InstrumentAdministration.administered_on,
            InstrumentAdministration.case_id,
            Case.registration_number,
            InstrumentAdministration.instrument_code,
        )
        .join(Case, Case.id == InstrumentAdministration.case_id)
        .join(Client, Client.id == InstrumentAdministration.client_id)
        .where(
            InstrumentAdministration.status == _DRAFT,
            InstrumentAdministration.created_by == author,
        )
    ).all()
    narrative = s.execute(
        select(
            PsychosocialAssessment.id,
            PsychosocialAssessment.client_id,
            Client.full_name,
            PsychosocialAssessment.assessed_on,
            PsychosocialAssessment.case_id,
            Case.registration_number,
        )
        .join(Case, Case.id == PsychosocialAssessment.case_id)
        .join(Client, Client.id == PsychosocialAssessment.client_id)
        .where(
            PsychosocialAssessment.status == _DRAFT,
            PsychosocialAssessment.created_by == author,
        )
    ).all()
    # A plan not signed is a plan the client has not been given: it waits like an assessment.
    plans = s.execute(
        select(
            ClientSafetyPlan.id,
            ClientSafetyPlan.client_id,
            Client.full_name,
            ClientSafetyPlan.made_on,
            ClientSafetyPlan.case_id,
            Case.registration_number,
        )
        .join(Case, Case.id == ClientSafetyPlan.case_id)
        .join(Client, Client.id == ClientSafetyPlan.client_id)
        .where(ClientSafetyPlan.status == _DRAFT, ClientSafetyPlan.created_by == author)
    ).all()
    items = [
        *map(_maker(Kind.ASSESSMENT_DRAFT, Record.ADMINISTRATION, "source"), screening),
        *map(_maker(Kind.ASSESSMENT_DRAFT, Record.PSYCHOSOCIAL), narrative),
        *map(_maker(Kind.ASSESSMENT_DRAFT, Record.SAFETY_PLAN), plans),
    ]
    items.sort(key=lambda i: (i.on, i.record_id))
    return InboxList(Kind.ASSESSMENT_DRAFT, tuple(items[:limit]), len(items))


def _follow_ups(s: Session, mine: int | None, due_by: datetime.date, limit: int) -> InboxList:
    """Signed referrals still followed up whose follow-up date is ``due_by`` or earlier."""
    query = (
        select(
            Referral.id,
            Case.client_id,
            Client.full_name,
            Referral.follow_up_on,
            Referral.case_id,
            Case.registration_number,
            Partner.name,
        )
        .join(Case, Case.id == Referral.case_id)
        .join(Client, Client.id == Case.client_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .where(
            Referral.follow_up_on <= due_by,
            Referral.status.in_([status.value for status in FOLLOWED_UP]),
        )
    )
    if mine is not None:
        query = query.where(Case.counselor_id == mine)

    make = _maker(Kind.FOLLOW_UP, Record.REFERRAL, "label")

    oldest = (Referral.follow_up_on, Referral.id)
    return _listed(s, Kind.FOLLOW_UP, query, oldest, limit, make)


def _no_shows(s: Session, today: datetime.date, limit: int) -> InboxList:
    """Recent no-shows whose client has nothing booked since (to reschedule)."""
    since = datetime.datetime.combine(today - datetime.timedelta(days=STAFF_DAYS), datetime.time())
    later = aliased(Appointment)
    query = (
        select(
            Appointment.id,
            Appointment.client_id,
            Client.full_name,
            Appointment.starts_at,
            Appointment.case_id,
            Case.registration_number,
            User.full_name,
        )
        .join(Client, Client.id == Appointment.client_id)
        .join(User, User.id == Appointment.counselor_id)
        .outerjoin(Case, Case.id == Appointment.case_id)
        .where(
            Appointment.status == AppointmentStatus.TIDAK_HADIR.value,
            Appointment.starts_at >= since,
            ~exists().where(
                later.client_id == Appointment.client_id,
                later.starts_at > Appointment.starts_at,
                later.status != AppointmentStatus.BATAL.value,
            ),
        )
    )

    make = _maker(Kind.NO_SHOW, Record.APPOINTMENT, "person")

    newest = (Appointment.starts_at.desc(), Appointment.id.desc())
    return _listed(s, Kind.NO_SHOW, query, newest, limit, make)


def _without_consent(client_id: Any) -> Any:
    return ~exists().where(Consent.client_id == client_id, Consent.withdrawn_on.is_(None))


def _clients(s: Session, ids: _Query, limit: int) -> InboxList:
    """The newest ``limit`` of the client ids ``ids`` selects, and how many there are.

    Counted over ids alone (indexes only): reading 100,000 client rows of an encrypted file
    takes seconds, so only the few rows shown are read.
    """
    total = int(s.execute(select(func.count()).select_from(ids.subquery())).scalar() or 0)
    if not total:
        return InboxList(Kind.NO_CONSENT, (), 0)
    newest = ids.order_by(None).order_by(ids.selected_columns[0].desc()).limit(limit)
    rows = s.execute(
        select(Client.id, Client.full_name, Client.created_at)
        .where(Client.id.in_(newest.scalar_subquery()))
        .order_by(Client.id.desc())
    ).all()
    items = tuple(
        InboxItem(Kind.NO_CONSENT, Record.CLIENT, r[0], r[0], r[1], _day(r[2])) for r in rows
    )
    return InboxList(Kind.NO_CONSENT, items, total)


def _no_consent_of_counselor(s: Session, counselor: int, limit: int) -> InboxList:
    """Clients of the counselor's open cases with no consent (merged clients' cases move to
    the record kept, so every case names a listed client)."""
    ids = (
        select(Case.client_id)
        .where(
            Case.counselor_id == counselor,
            Case.stage.not_in(_CLOSED),
            _without_consent(Case.client_id),
        )
        .distinct()
    )
    return _clients(s, ids, limit)


def _no_consent_registered(s: Session, today: datetime.date, limit: int) -> InboxList:
    """Clients registered in the last days without consent, among the newest registrations
    (ids grow with registration; an office registers far fewer than this in a month)."""
    since = datetime.datetime.combine(today - datetime.timedelta(days=STAFF_DAYS), datetime.time())
    recent = (
        select(Client.id)
        .where(
            Client.merged_into_id.is_(None),
            Client.anonymised_at.is_(None),
            Client.created_at >= since,
        )
        .order_by(Client.id.desc())
        .limit(RECENT_REGISTRATIONS)
        .subquery()
    )
    ids = select(recent.c.id).where(_without_consent(recent.c.id))
    return _clients(s, ids, limit)


def _appointments_today(s: Session, counselor: int | None, today: datetime.date) -> int:
    start = datetime.datetime.combine(today, datetime.time())
    query = select(func.count(Appointment.id)).where(
        and_(
            Appointment.starts_at >= start,
            Appointment.starts_at < start + datetime.timedelta(days=1),
            Appointment.status == AppointmentStatus.TERJADWAL.value,
        )
    )
    if counselor is not None:
        query = query.where(Appointment.counselor_id == counselor)
    return int(s.execute(query).scalar() or 0)


def _retention(session: UserSession, limit: int) -> InboxList:
    due = anonymise.due_clients(session)
    items = tuple(
        InboxItem(
            Kind.RETENTION, Record.CLIENT, d.client_id, d.client_id, d.full_name, d.eligible_from
        )
        for d in due[:limit]
    )
    return InboxList(Kind.RETENTION, items, len(due))


# -- the inbox -------------------------------------------------------------------------------


def load_inbox(
    session: UserSession, today: datetime.date | None = None, limit: int = DEFAULT_LIMIT
) -> Inbox:
    """What waits for the signed-in person now, newest risk first (see the module text)."""
    day = today or datetime.date.today()
    role = session.actor.role
    me = session.actor.user_id
    signer = role is Role.KEPALA or (role is Role.KONSELOR and referrals.may_sign(session))
    unsigned_days = sessions.unsigned_days(session) if role is Role.KEPALA else 0
    lists: list[InboxList] = []
    with session.store.transaction() as s:
        if role is Role.STAF:
            lists += [_no_shows(s, day, limit), _no_consent_registered(s, day, limit)]
            return Inbox(role, tuple(lists), _appointments_today(s, None, day))
        head = role is Role.KEPALA
        lists.append(_risk(s, None if head else me, limit))
        if signer:
            lists.append(_letters(s, limit))
        if head:
            lists.append(_cosign(s, me, day, limit))
            lists.append(_unsigned_notes(s, None, unsigned_days, day, limit))
        else:
            lists.append(_unsigned_notes(s, me, 0, day, limit))
        lists.append(_assessment_drafts(s, me, limit))
        if head:
            lists.append(_follow_ups(s, None, day - datetime.timedelta(days=1), limit))
        else:
            lists.append(_follow_ups(s, me, day, limit))
            lists.append(_no_consent_of_counselor(s, me, limit))
        appointments = _appointments_today(s, None if head else me, day)
    if head:
        lists.append(_retention(session, limit))
    return Inbox(role, tuple(lists), appointments)


# The audit actions after which the inbox may read differently (see ``changes_inbox``).
_CHANGING: Final = (
    "risk_flag.",
    "assessment.created",
    "assessment.updated",
    "assessment.signed",
    "assessment.deleted",
    "psychosocial.created",
    "psychosocial.updated",
    "psychosocial.signed",
    "psychosocial.deleted",
    "client_safety_plan.created",
    "client_safety_plan.updated",
    "client_safety_plan.signed",
    "client_safety_plan.deleted",
    "session_note.created",
    "session_note.updated",
    "session_note.signed",
    "session_note.cosigned",
    "session_note.deleted",
    "session_note.draft_",
    "referral.",
    "appointment.",
    "consent.",
    "client.created",
    "client.merged",
    "client.anonymised",
    "case.",
    "setting.changed",
    "privacy.retention_years",
    "user.",
)
_NOT_CHANGING: Final = frozenset(
    {
        "risk_flag.viewed",
        "referral.viewed",
        "referral.letter_viewed",
        "referral.printed",
        "referral.exported",
        "referral.package_saved",
        "referral.enclosures_set",
        "referral.verified",
        "referral.verify_failed",
        "case.viewed",
        "case.sessions_listed",
        "case.summary_exported",
        "case.timeline_viewed",
        "session_note.draft_viewed",
    }
)


def changes_inbox(action: str) -> bool:
    """Whether a record written with audit ``action`` may change someone's inbox."""
    return action.startswith(_CHANGING) and action not in _NOT_CHANGING
