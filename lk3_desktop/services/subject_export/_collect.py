"""The export document of one client, read inside the caller's transaction (internal to
``services/``): the client, consents, families, then each part of the record and the audit rows
about it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lk3_desktop.core.client_fields import BY_COLUMN, CLIENT_FIELDS
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.withholding import FIELD_COLUMNS
from lk3_desktop.db.models import (
    Appointment,
    AuditEntry,
    Case,
    CenterProfile,
    Client,
    Consent,
    CounselingSession,
    FamilyMember,
    PmksCategory,
    Room,
    SessionAttendee,
    User,
    client_pmks,
)
from lk3_desktop.services._withheld import Withheld, withheld_in
from lk3_desktop.services.context import Actor
from lk3_desktop.services.referrals import client_address
from lk3_desktop.services.subject_export._attachments_part import attached_documents
from lk3_desktop.services.subject_export._clinical import (
    _administrations,
    _case_part,
    _goals,
    _psychosocial,
    _risk_flags,
    _safety_plans,
    _sessions,
)
from lk3_desktop.services.subject_export._redaction import _Redactor
from lk3_desktop.services.subject_export._referral_part import _referrals
from lk3_desktop.services.subject_export._values import _d, _dt, _loads

SCHEMA_ID: Final = "lk3-subject-export/1"

# The top-level lists whose entries count as records (ExportSummary.records, "counts").
RECORD_KINDS: Final[tuple[str, ...]] = (
    "consents",
    "families",
    "cases",
    "case_goals",
    "psychosocial_assessments",
    "client_safety_plans",
    "instrument_administrations",
    "risk_flags",
    "sessions",
    "appointments",
    "referrals",
    "attached_documents",
)

# Client keys derived from a withholdable field group, left out with its columns.
# Keys made from columns of a withholdable group rather than one column of their own.
_DERIVED_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "address": ("address",),
    "photo": ("has_photo",),
}


def _exported(value: object) -> object:
    if isinstance(value, datetime.datetime):
        return _dt(value)
    if isinstance(value, datetime.date):
        return _d(value)
    return value


def _client_part(
    s: Session, client: Client, withheld: Withheld, names: dict[int, str]
) -> dict[str, Any]:
    """The client record: every column core/client_fields.py exports, under its key, and
    what is made from them; a withheld group's keys are left out."""
    pmks = [
        {"code": code, "name": name}
        for code, name in s.execute(
            select(PmksCategory.code, PmksCategory.name)
            .join(client_pmks, client_pmks.c.category_id == PmksCategory.id)
            .where(client_pmks.c.client_id == client.id)
            .order_by(PmksCategory.code)
        )
    ]
    out: dict[str, Any] = {
        f.export_key: _exported(getattr(client, f.column))
        for f in CLIENT_FIELDS
        if f.export_key is not None
    }
    out.update(
        {
            "address": client_address(client),
            "has_photo": client.photo is not None,
            "pmks": pmks,
            "registered_by": names.get(client.created_by or 0),
        }
    )
    for group, columns in FIELD_COLUMNS.items():
        if not withheld.field_withheld(group):
            continue
        for column in columns:
            key = BY_COLUMN[column].export_key
            if key is not None:
                out.pop(key, None)
        for key in _DERIVED_KEYS.get(group, ()):
            out.pop(key, None)
    return out


@dataclass(frozen=True)
class _Scope:
    """What every part of one client's export reads: the client, the marks, who is who, the
    client's cases and sessions, and the filter that hides other people in free text."""

    client: Client
    withheld: Withheld
    users: dict[int, tuple[str, str]]
    names: dict[int, str]
    own_member_ids: set[int]
    family_ids: list[int]
    case_ids: list[int]
    sessions: list[CounselingSession]
    attendees: dict[int, list[SessionAttendee]]
    is_client: Callable[[SessionAttendee], bool]
    clean: Callable[[str], str]


def _exported_client(s: Session, client_id: int) -> Client:
    client = s.get(Client, client_id)
    if client is None:
        raise ValidationError("client.not_found")
    if client.merged_into_id is not None:
        raise ValidationError("export.client_merged")
    return client


def _visible_sessions(
    s: Session, case_ids: list[int], withheld: Withheld
) -> list[CounselingSession]:
    return [
        row
        for row in s.execute(
            select(CounselingSession)
            .where(CounselingSession.case_id.in_(case_ids))
            .order_by(CounselingSession.session_date, CounselingSession.id)
        ).scalars()
        if not withheld.record_withheld("session", row.id)
    ]


def _scope(s: Session, client: Client) -> _Scope:
    """Read what the parts share; other people linked to this client (family, attendees,
    linked clients) go into the redactor so their identifiers do not leak through free text."""
    client_id = client.id
    withheld = withheld_in(s, client_id)
    users = {u.id: (u.full_name, u.role) for u in s.execute(select(User)).scalars()}
    redactor = _Redactor([client.full_name, client.nickname])
    own_members = list(
        s.execute(select(FamilyMember).where(FamilyMember.client_id == client_id)).scalars()
    )
    own_member_ids = {m.id for m in own_members}
    family_ids = sorted({m.family_id for m in own_members})
    linked_client_ids: set[int] = set()
    for m in s.execute(
        select(FamilyMember).where(
            FamilyMember.family_id.in_(family_ids), FamilyMember.id.not_in(own_member_ids)
        )
    ).scalars():
        redactor.add_name(m.name)
        if m.client_id and m.client_id != client_id:
            linked_client_ids.add(m.client_id)
    case_ids = list(
        s.execute(select(Case.id).where(Case.client_id == client_id).order_by(Case.id)).scalars()
    )
    sessions = _visible_sessions(s, case_ids, withheld)
    is_client, attendees = _attendees(
        s, client, own_member_ids, sessions, redactor, linked_client_ids
    )
    linked_client_ids.discard(client_id)
    for other in s.execute(select(Client).where(Client.id.in_(linked_client_ids))).scalars():
        redactor.add_name(other.full_name)
        redactor.add_name(other.nickname)
        redactor.add_number(other.nik)
        redactor.add_phone(other.phone)
        redactor.add_phone(other.guardian_phone)
    return _Scope(
        client=client,
        withheld=withheld,
        users=users,
        names={uid: v[0] for uid, v in users.items()},
        own_member_ids=own_member_ids,
        family_ids=family_ids,
        case_ids=case_ids,
        sessions=sessions,
        attendees=attendees,
        is_client=is_client,
        clean=redactor.compile(),
    )


def _attendees(
    s: Session,
    client: Client,
    own_member_ids: set[int],
    sessions: list[CounselingSession],
    redactor: _Redactor,
    linked_client_ids: set[int],
) -> tuple[Callable[[SessionAttendee], bool], dict[int, list[SessionAttendee]]]:
    """Who attended each session, and which attendee is the client; every other attendee's
    name goes to the redactor (and a linked client's id to ``linked_client_ids``)."""
    session_ids = [row.id for row in sessions]
    member_client: dict[int | None, int | None] = dict(
        s.execute(
            select(FamilyMember.id, FamilyMember.client_id)
            .join(SessionAttendee, SessionAttendee.family_member_id == FamilyMember.id)
            .where(SessionAttendee.session_id.in_(session_ids))
        ).all()
    )
    own_names = {" ".join(n.split()).casefold() for n in (client.full_name, client.nickname) if n}

    def is_client(a: SessionAttendee) -> bool:
        if a.family_member_id is None:
            # Typed rather than picked: the client's own name counts as the client.
            return " ".join(a.name.split()).casefold() in own_names
        return (
            a.family_member_id in own_member_ids
            or member_client.get(a.family_member_id) == client.id
        )

    attendees: dict[int, list[SessionAttendee]] = {}
    for a in s.execute(
        select(SessionAttendee)
        .where(SessionAttendee.session_id.in_(session_ids))
        .order_by(SessionAttendee.position, SessionAttendee.id)
    ).scalars():
        attendees.setdefault(a.session_id, []).append(a)
        if is_client(a):
            continue
        linked = member_client.get(a.family_member_id)
        redactor.add_name(a.name)
        if linked:
            linked_client_ids.add(linked)
    return is_client, attendees


def _giver_name(withheld: Withheld) -> Callable[[str, str], str | None]:
    guardian_hidden = withheld.field_withheld("guardian")

    def giver_name(given_by: str, name: str) -> str | None:
        # A parent or guardian who gave consent is the guardian data group.
        return None if guardian_hidden and given_by != "klien" else name

    return giver_name


def _consents(
    s: Session, scope: _Scope, giver_name: Callable[[str, str], str | None]
) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id,
            "consent_date": _d(c.consent_date),
            "given_by": c.given_by,
            "given_by_name": giver_name(c.given_by, c.given_by_name),
            "scope": scope.clean(c.scope),
            "recorded_at": _dt(c.recorded_at),
            "recorded_by": scope.names.get(c.recorded_by or 0),
            "withdrawn_on": _d(c.withdrawn_on),
        }
        for c in s.execute(
            select(Consent)
            .where(Consent.client_id == scope.client.id)
            .order_by(Consent.consent_date, Consent.id)
        ).scalars()
    ]


def _families(s: Session, scope: _Scope) -> list[dict[str, Any]]:
    own_members = s.execute(
        select(FamilyMember)
        .where(FamilyMember.client_id == scope.client.id)
        .order_by(FamilyMember.family_id, FamilyMember.id)
    ).scalars()
    return [
        {
            "family_id": m.family_id,
            "member_id": m.id,
            "relationship": m.relationship,
            "lives_together": m.lives_together,
        }
        for m in own_members
    ]


def _appointments(s: Session, scope: _Scope) -> list[Appointment]:
    return list(
        s.execute(
            select(Appointment)
            .where(Appointment.client_id == scope.client.id)
            .order_by(Appointment.starts_at, Appointment.id)
        ).scalars()
    )


def _appointment_part(
    appointments: list[Appointment], rooms: dict[int, str], scope: _Scope
) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "case_id": a.case_id,
            "starts_at": _dt(a.starts_at),
            "ends_at": _dt(a.ends_at),
            "status": a.status,
            "counselor": scope.names.get(a.counselor_id),
            "room": rooms.get(a.room_id) if a.room_id else None,
            "note": scope.clean(a.note),
        }
        for a in appointments
    ]


def _header(
    s: Session, scope: _Scope, now: datetime.datetime, actor: Actor | None
) -> dict[str, Any]:
    profile = s.get(CenterProfile, 1)
    client_id = scope.client.id
    return {
        "schema": SCHEMA_ID,
        "generated_at": now.replace(microsecond=0).isoformat(),
        "generated_by": {
            "name": actor.full_name if actor else None,
            "role": actor.role.value if actor else None,
        },
        "center": {
            "name": profile.name if profile else "",
            "code": profile.center_code if profile else "",
        },
        "client": _client_part(s, scope.client, scope.withheld, scope.names),
        "merged_record_ids": list(
            s.execute(
                select(Client.id).where(Client.merged_into_id == client_id).order_by(Client.id)
            ).scalars()
        ),
    }


def collect(
    s: Session, client_id: int, now: datetime.datetime, actor: Actor | None = None
) -> dict[str, Any]:
    """Everything held about ``client_id``, as the export document (JSON-ready values).

    Runs inside the caller's transaction. Raises ValidationError for an unknown client or a
    record merged into another one (the kept record is the one to export)."""
    scope = _scope(s, _exported_client(s, client_id))
    withheld, names, clean, case_ids = scope.withheld, scope.names, scope.clean, scope.case_ids
    giver_name = _giver_name(withheld)
    doc = _header(s, scope, now, actor)
    doc["consents"] = _consents(s, scope, giver_name)
    if not withheld.field_withheld("family"):
        doc["families"] = _families(s, scope)
    cases = s.execute(select(Case).where(Case.id.in_(case_ids)).order_by(Case.id)).scalars()
    doc["cases"] = [_case_part(s, c, names, clean) for c in cases]
    session_dates = {row.id: row.session_date for row in scope.sessions}
    doc["case_goals"] = goals_out = _goals(s, case_ids, session_dates, names, clean)
    psy_out, hidden_psy = _psychosocial(s, case_ids, withheld, names, clean)
    doc["psychosocial_assessments"] = psy_out
    doc["client_safety_plans"] = plans_out = _safety_plans(s, case_ids, names, clean)
    adm_out, hidden_adm = _administrations(s, case_ids, withheld, names, clean)
    doc["instrument_administrations"] = adm_out
    doc["risk_flags"] = flags_out = _risk_flags(s, case_ids, hidden_psy, hidden_adm, names, clean)
    doc["sessions"] = _sessions(s, scope.sessions, scope.attendees, scope.is_client, names, clean)
    appointments = _appointments(s, scope)
    rooms = dict(s.execute(select(Room.id, Room.name)).all())
    doc["appointments"] = _appointment_part(appointments, rooms, scope)
    referrals_out, letter_ids = _referrals(s, case_ids, withheld, names, clean, giver_name)
    doc["referrals"] = referrals_out
    doc["attached_documents"] = documents = attached_documents(
        s, [client_id, *doc["merged_record_ids"]], withheld, names
    )
    doc["processing_history"] = _history(
        s,
        scope.users,
        {
            "client": [client_id],
            "case": case_ids,
            "case_goal": [g["id"] for g in goals_out],
            "psychosocial_assessment": [p["id"] for p in psy_out],
            "client_safety_plan": [p["id"] for p in plans_out],
            "instrument_administration": [a["id"] for a in adm_out],
            "risk_flag": [f["id"] for f in flags_out],
            "counseling_session": [row.id for row in scope.sessions],
            "appointment": [a.id for a in appointments],
            "referral": [r["id"] for r in referrals_out],
            "referral_letter": letter_ids,
            "attachment": [a["id"] for a in documents],
        },
        [] if withheld.field_withheld("family") else scope.family_ids,
        scope.own_member_ids,
    )
    doc["counts"] = {kind: len(doc.get(kind, [])) for kind in RECORD_KINDS}
    doc["withheld"] = list(withheld.labels)
    doc["withheld_statement"] = withheld.statement()
    return doc


def _history(
    s: Session,
    users: dict[int, tuple[str, str]],
    records: dict[str, list[int]],
    family_ids: list[int],
    own_member_ids: set[int],
) -> list[dict[str, Any]]:
    """Audit rows about the client's records: when, what, and the actor's role (no names,
    no detail). Family rows only when they concern this client's own membership or a view
    of the whole family; changes to other members are those members' history."""
    conditions = [
        and_(AuditEntry.entity_type == kind, AuditEntry.entity_id.in_([str(i) for i in ids]))
        for kind, ids in records.items()
        if ids
    ]
    if family_ids:
        conditions.append(
            and_(
                AuditEntry.entity_type == "family",
                AuditEntry.entity_id.in_([str(i) for i in family_ids]),
            )
        )
    out = []
    for e in s.execute(
        select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)
    ).scalars():
        if e.entity_type == "family" and e.action.startswith("family.member"):
            member = _loads(e.detail, {}).get("member")
            if member not in own_member_ids:
                continue
        actor = users.get(e.actor_id or 0)
        out.append(
            {
                "at": e.at,
                "action": e.action,
                "actor_role": actor[1] if actor else None,
                "record_type": e.entity_type,
                "record_id": int(e.entity_id) if e.entity_id and e.entity_id.isdigit() else None,
            }
        )
    return out
