"""The schedule (jadwal): rooms, appointments (janji temu), clashes, no-shows, and starting a
session from an appointment.

Everyone signed in sees that an appointment exists: its time, room, counselor and client.
Staff book appointments; the appointment's administrative note is shown to the person who
wrote it, the counselor and the head only. Clashes (the same counselor, or the same room, at
overlapping times) are reported before anything is saved: :func:`find_conflicts` for the
form, and :func:`book` refuses with :class:`AppointmentConflict` unless the person confirmed.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits, working_hours
from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import KnownError, PermissionDenied, ValidationError
from lk3_desktop.core.limits import APPOINTMENT_DATE, BROWSE_EARLIEST, BROWSE_LATEST
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.session_notes import BLOCKING_STATUSES, AppointmentStatus, NoteFormat
from lk3_desktop.core.text_input import bounded, search_terms
from lk3_desktop.db.models import (
    Appointment,
    Case,
    Client,
    CounselingSession,
    FamilyMember,
    Room,
    User,
)
from lk3_desktop.db.storage import storage_for
from lk3_desktop.services._versions import next_version
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import NoteInput, check_note_appointment

MAX_HOURS = 8
MAX_NOTE = limits.APPOINTMENT_NOTE.max_chars


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    """``{first: second}`` of two-column result rows."""
    return {first: second for first, second in rows}


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


# -- data at the boundary ----------------------------------------------------------------------


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class AppointmentInput:
    counselor_id: int
    client_id: int
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    room_id: int | None = None
    case_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Conflict:
    """Another appointment at an overlapping time with the same counselor or room."""

    kind: str  # "counselor" or "room"
    appointment_id: int
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    counselor_name: str
    room_name: str
    client_name: str


class AppointmentConflict(KnownError):
    """The appointment clashes with others; book again with ``allow_conflicts`` once the
    person has seen the clashes and confirmed."""

    code = "appointment_conflict"

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(f"{len(conflicts)} conflict(s)")
        self.conflicts = conflicts


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    counselor_id: int
    counselor_name: str
    client_id: int
    client_name: str
    case_id: int | None
    registration_number: str
    room_id: int | None
    room_name: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    status: AppointmentStatus
    note: str | None  # None: the actor may not read it
    session_id: int | None  # the session written from this appointment
    client_no_shows: int
    may_write_session: bool  # the actor may start (or open) this appointment's session
    version: int = 1  # reschedule's expected_version


@dataclass(frozen=True)
class ClientChoice:
    id: int
    full_name: str
    cases: tuple[tuple[int, str], ...]  # open cases: (id, registration number)
    case_counselors: tuple[tuple[int, int | None], ...] = ()  # (case id, its counselor)

    def counselor_of(self, case_id: int | None) -> int | None:
        """The counselor assigned to ``case_id`` (None: none, or no such open case)."""
        return dict(self.case_counselors).get(case_id or 0)


# -- rooms --------------------------------------------------------------------------------------


def list_rooms(session: UserSession, include_inactive: bool = False) -> list[RoomInfo]:
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        query = select(Room).order_by(Room.position, Room.name)
        if not include_inactive:
            query = query.where(Room.active.is_(True))
        return [RoomInfo(r.id, r.name, r.active) for r in s.execute(query).scalars()]


def _clean_room_name(name: str) -> str:
    clean = " ".join(name.split())
    if not 2 <= len(clean) <= 100:
        raise ValidationError("room.name_length", "name")
    return clean


def add_room(session: UserSession, name: str) -> RoomInfo:
    """A new room (head)."""
    session.require(Permission.CHANGE_SETTINGS)
    clean = _clean_room_name(name)
    with session.store.transaction() as s:
        if s.execute(select(Room.id).where(func.lower(Room.name) == clean.lower())).first():
            raise ValidationError("room.name_taken", "name")
        position = s.execute(select(func.coalesce(func.max(Room.position), 0))).scalar_one()
        room = Room(name=clean, active=True, position=position + 1)
        s.add(room)
        s.flush()
        session.audit(s, "room.created", "room", room.id)
        return RoomInfo(room.id, room.name, room.active)


def update_room(session: UserSession, room_id: int, name: str, active: bool) -> RoomInfo:
    """Rename a room or retire it (its past appointments keep it)."""
    session.require(Permission.CHANGE_SETTINGS)
    clean = _clean_room_name(name)
    with session.store.transaction() as s:
        room = s.get(Room, room_id)
        if room is None:
            raise ValidationError("room.not_found")
        same = s.execute(
            select(Room.id).where(func.lower(Room.name) == clean.lower(), Room.id != room_id)
        ).first()
        if same:
            raise ValidationError("room.name_taken", "name")
        room.name, room.active = clean, active
        session.audit(s, "room.updated", "room", room.id, {"active": active})
        return RoomInfo(room.id, room.name, room.active)


# -- reading ------------------------------------------------------------------------------------


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _room_names(s: Session) -> dict[int, str]:
    return {rid: name for rid, name in s.execute(select(Room.id, Room.name))}


def _may_read_note(session: UserSession, appointment: Appointment) -> bool:
    actor = session.actor
    return (
        actor.role is Role.KEPALA
        or appointment.counselor_id == actor.user_id
        or appointment.created_by == actor.user_id
    )


def _may_write_session(session: UserSession, case: Case | None, counselor_id: int) -> bool:
    """The head, or the appointment's own counselor on a case they may see (the rule of
    sessions.check_note_appointment)."""
    if session.actor.role is Role.KEPALA:
        return True
    if session.actor.role is Role.STAF or counselor_id != session.actor.user_id:
        return False
    return case is None or may_see_clinical(session, case.counselor_id)


def _no_shows(s: Session, client_ids: set[int]) -> dict[int, int]:
    if not client_ids:
        return {}
    return _pairs(
        s.execute(
            select(Appointment.client_id, func.count())
            .where(
                Appointment.client_id.in_(client_ids),
                Appointment.status == AppointmentStatus.TIDAK_HADIR.value,
            )
            .group_by(Appointment.client_id)
        )
    )


def _infos(
    s: Session, session: UserSession, appointments: list[Appointment]
) -> list[AppointmentInfo]:
    names, rooms = _names(s), _room_names(s)
    client_ids = {a.client_id for a in appointments}
    clients = _pairs(
        s.execute(select(Client.id, Client.full_name).where(Client.id.in_(client_ids)))
    )
    case_ids = {a.case_id for a in appointments if a.case_id is not None}
    cases = {c.id: c for c in s.execute(select(Case).where(Case.id.in_(case_ids))).scalars()}
    ids = [a.id for a in appointments]
    sessions = storage_for(s).appointment_sessions(s, ids)
    no_shows = _no_shows(s, client_ids)
    result = []
    for a in appointments:
        case = cases.get(a.case_id) if a.case_id is not None else None
        result.append(
            AppointmentInfo(
                id=a.id,
                counselor_id=a.counselor_id,
                counselor_name=names.get(a.counselor_id, ""),
                client_id=a.client_id,
                client_name=clients.get(a.client_id, ""),
                case_id=a.case_id,
                registration_number=case.registration_number if case else "",
                room_id=a.room_id,
                room_name=rooms.get(a.room_id or 0, ""),
                starts_at=a.starts_at,
                ends_at=a.ends_at,
                status=AppointmentStatus(a.status),
                note=a.note if _may_read_note(session, a) else None,
                session_id=sessions.get(a.id),
                client_no_shows=no_shows.get(a.client_id, 0),
                may_write_session=_may_write_session(session, case, a.counselor_id),
                version=a.version or 1,
            )
        )
    return result


def list_appointments(
    session: UserSession,
    start: datetime.date,
    days: int = 1,
    counselor_id: int | None = None,
    room_id: int | None = None,
    include_cancelled: bool = True,
) -> list[AppointmentInfo]:
    """Appointments starting on ``start`` and the ``days - 1`` days after, by time."""
    session.require(Permission.VIEW_REGISTRY)
    if not 1 <= days <= 62:
        raise ValueError("days must be 1..62")
    if not BROWSE_EARLIEST <= start <= BROWSE_LATEST:
        return []  # nothing can be booked there, and the end date would overflow near 9999
    begin = datetime.datetime.combine(start, datetime.time())
    end = begin + datetime.timedelta(days=days)
    query = (
        select(Appointment)
        .where(Appointment.starts_at >= begin, Appointment.starts_at < end)
        .order_by(Appointment.starts_at, Appointment.id)
    )
    if counselor_id is not None:
        query = query.where(Appointment.counselor_id == counselor_id)
    if room_id is not None:
        query = query.where(Appointment.room_id == room_id)
    if not include_cancelled:
        query = query.where(Appointment.status != AppointmentStatus.BATAL.value)
    with session.store.transaction() as s:
        return _infos(s, session, list(s.execute(query).scalars()))


def today_appointments(
    session: UserSession, mine_only: bool | None = None
) -> list[AppointmentInfo]:
    """Today's appointments for Beranda (not cancelled): a counselor's own by default,
    everyone's for the head and staff."""
    only_mine = session.actor.role is Role.KONSELOR if mine_only is None else mine_only
    return list_appointments(
        session,
        datetime.date.today(),
        counselor_id=session.actor.user_id if only_mine else None,
        include_cancelled=False,
    )


def get_appointment(session: UserSession, appointment_id: int) -> AppointmentInfo:
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        appointment = s.get(Appointment, appointment_id)
        if appointment is None:
            raise ValidationError("appointment.not_found")
        return _infos(s, session, [appointment])[0]


def client_appointments(session: UserSession, client_id: int) -> list[AppointmentInfo]:
    """Every appointment of a client, newest first."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        rows = s.execute(
            select(Appointment)
            .where(Appointment.client_id == client_id)
            .order_by(Appointment.starts_at.desc(), Appointment.id.desc())
        ).scalars()
        return _infos(s, session, list(rows))


def no_show_count(session: UserSession, client_id: int) -> int:
    """How many appointments the client missed (tidak hadir)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        return _no_shows(s, {client_id}).get(client_id, 0)


def find_clients(session: UserSession, text: str, limit: int = 20) -> list[ClientChoice]:
    """Clients found by ``text`` as the client list finds them (the same search and order),
    with their open cases, for the booking form."""
    session.require(Permission.VIEW_REGISTRY)
    if not search_terms(text):  # nothing searchable once NUL and half characters go
        return []
    from lk3_desktop.services.client_list import ClientFilter, search_ids

    ids = search_ids(session, ClientFilter(query=text))[:limit]
    with session.store.transaction() as s:
        names = _pairs(s.execute(select(Client.id, Client.full_name).where(Client.id.in_(ids))))
        cases = _open_cases(s, ids)
        return [_choice(cid, names[cid], cases.get(cid, [])) for cid in ids if cid in names]


def client_choice(session: UserSession, client_id: int) -> ClientChoice:
    """One client with their open cases (booking for the client on screen)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        client = s.get(Client, client_id)
        if client is None:
            raise ValidationError("client.not_found")
        return _choice(client.id, client.full_name, _open_cases(s, [client.id]).get(client.id, []))


def _open_cases(s: Session, client_ids: list[int]) -> dict[int, list[tuple[int, str, int | None]]]:
    """Open cases of each client, newest first: (id, registration number, counselor)."""
    found: dict[int, list[tuple[int, str, int | None]]] = {}
    for case_id, client_id, number, counselor_id in s.execute(
        select(Case.id, Case.client_id, Case.registration_number, Case.counselor_id)
        .where(Case.client_id.in_(client_ids), Case.stage != Stage.TERMINASI.value)
        .order_by(Case.id.desc())
    ):
        found.setdefault(client_id, []).append((case_id, number, counselor_id))
    return found


def _choice(client_id: int, name: str, cases: list[tuple[int, str, int | None]]) -> ClientChoice:
    return ClientChoice(
        client_id,
        name,
        tuple((case_id, number) for case_id, number, _c in cases),
        tuple((case_id, counselor) for case_id, _n, counselor in cases),
    )


def next_free_slot(
    session: UserSession,
    counselor_id: int | None,
    duration: datetime.timedelta = datetime.timedelta(hours=1),
    room_id: int | None = None,
) -> datetime.datetime:
    """The first time in working hours from now on when ``counselor_id`` (and ``room_id``)
    have no other appointment: what a new booking proposes."""
    session.require(Permission.BOOK_APPOINTMENTS)
    now = _now()
    horizon = now + datetime.timedelta(days=working_hours.HORIZON_DAYS)
    same = [Appointment.counselor_id == counselor_id] if counselor_id is not None else []
    if room_id is not None:
        same.append(Appointment.room_id == room_id)
    busy: list[tuple[datetime.datetime, datetime.datetime]] = []
    if same:
        with session.store.transaction() as s:
            busy = [
                (start, end)
                for start, end in s.execute(
                    select(Appointment.starts_at, Appointment.ends_at).where(
                        Appointment.ends_at > now,
                        Appointment.starts_at < horizon,
                        Appointment.status.in_([status.value for status in BLOCKING_STATUSES]),
                        or_(*same),
                    )
                )
            ]
    return working_hours.next_free_start(now, duration, busy)


# -- booking ------------------------------------------------------------------------------------


def _clean(s: Session, data: AppointmentInput) -> AppointmentInput:
    APPOINTMENT_DATE.check(data.starts_at.date(), "starts_at")
    if data.ends_at <= data.starts_at:
        raise ValidationError("time.end_before_start", "ends_at")
    if data.ends_at - data.starts_at > datetime.timedelta(hours=MAX_HOURS):
        raise ValidationError("appointment.too_long", "ends_at", hours=MAX_HOURS)
    if data.ends_at.date() != data.starts_at.date() and data.ends_at.time() != datetime.time():
        raise ValidationError("appointment.same_day", "ends_at")
    counselor = s.get(User, data.counselor_id)
    if (
        counselor is None
        or not counselor.active
        or counselor.role not in (Role.KONSELOR.value, Role.KEPALA.value)
    ):
        raise ValidationError("case.counselor_required", "counselor_id")
    client = s.get(Client, data.client_id)
    if client is None or client.merged_into_id is not None:
        raise ValidationError("appointment.client_required", "client_id")
    if data.case_id is not None:
        case = s.get(Case, data.case_id)
        if case is None or case.client_id != data.client_id:
            raise ValidationError("appointment.case_of_other_client", "case_id")
    if data.room_id is not None:
        room = s.get(Room, data.room_id)
        if room is None or not room.active:
            raise ValidationError("appointment.room_required", "room_id")
    note = bounded(data.note, limits.APPOINTMENT_NOTE, "note")
    return AppointmentInput(
        data.counselor_id,
        data.client_id,
        data.starts_at.replace(second=0, microsecond=0),
        data.ends_at.replace(second=0, microsecond=0),
        data.room_id,
        data.case_id,
        note,
    )


def _conflicts(s: Session, data: AppointmentInput, exclude_id: int | None) -> list[Conflict]:
    same = [Appointment.counselor_id == data.counselor_id]
    if data.room_id is not None:
        same.append(Appointment.room_id == data.room_id)
    query = (
        select(Appointment)
        .where(
            Appointment.starts_at < data.ends_at,
            Appointment.ends_at > data.starts_at,
            Appointment.status.in_([status.value for status in BLOCKING_STATUSES]),
            or_(*same),
        )
        .order_by(Appointment.starts_at, Appointment.id)
    )
    if exclude_id is not None:
        query = query.where(Appointment.id != exclude_id)
    found = list(s.execute(query).scalars())
    if not found:
        return []
    names, rooms = _names(s), _room_names(s)
    clients = _pairs(
        s.execute(
            select(Client.id, Client.full_name).where(Client.id.in_({a.client_id for a in found}))
        )
    )
    result: list[Conflict] = []
    for a in found:
        kinds = []
        if a.counselor_id == data.counselor_id:
            kinds.append("counselor")
        if data.room_id is not None and a.room_id == data.room_id:
            kinds.append("room")
        for kind in kinds:
            result.append(
                Conflict(
                    kind,
                    a.id,
                    a.starts_at,
                    a.ends_at,
                    names.get(a.counselor_id, ""),
                    rooms.get(a.room_id or 0, ""),
                    clients.get(a.client_id, ""),
                )
            )
    return result


def find_conflicts(
    session: UserSession, data: AppointmentInput, appointment_id: int | None = None
) -> list[Conflict]:
    """Clashes the appointment would have (same counselor or room, overlapping time)."""
    session.require(Permission.BOOK_APPOINTMENTS)
    with session.store.transaction() as s:
        return _conflicts(s, _clean(s, data), appointment_id)


def book(
    session: UserSession, data: AppointmentInput, *, allow_conflicts: bool = False
) -> AppointmentInfo:
    """Book an appointment. Clashes raise AppointmentConflict unless ``allow_conflicts``
    (the person saw the warning and chose to book anyway)."""
    session.require(Permission.BOOK_APPOINTMENTS)
    now = _now()
    with session.store.transaction() as s:
        clean = _clean(s, data)
        conflicts = _conflicts(s, clean, None)
        if conflicts and not allow_conflicts:
            raise AppointmentConflict(conflicts)
        appointment = Appointment(
            counselor_id=clean.counselor_id,
            client_id=clean.client_id,
            case_id=clean.case_id,
            room_id=clean.room_id,
            starts_at=clean.starts_at,
            ends_at=clean.ends_at,
            status=AppointmentStatus.TERJADWAL.value,
            note=clean.note,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
        )
        s.add(appointment)
        s.flush()
        session.audit(
            s,
            "appointment.booked",
            "appointment",
            appointment.id,
            {"client": clean.client_id, "conflicts": len(conflicts)},
        )
        return _infos(s, session, [appointment])[0]


def _load(s: Session, appointment_id: int) -> Appointment:
    appointment = s.get(Appointment, appointment_id)
    if appointment is None:
        raise ValidationError("appointment.not_found")
    return appointment


def reschedule(
    session: UserSession,
    appointment_id: int,
    data: AppointmentInput,
    *,
    allow_conflicts: bool = False,
    expected_version: int | None = None,
) -> AppointmentInfo:
    """Change a scheduled appointment's time, room, counselor or case. ``expected_version``:
    the version the dialog started from; a newer one (moved at another desk meanwhile)
    raises EditConflict with the appointment as it is now, and nothing is saved."""
    session.require(Permission.BOOK_APPOINTMENTS)
    with session.store.transaction() as s:
        appointment = _load(s, appointment_id)
        if appointment.status != AppointmentStatus.TERJADWAL.value:
            raise ValidationError("appointment.not_scheduled")
        next_version(
            appointment,
            expected_version,
            "appointment",
            lambda: _infos(s, session, [appointment])[0],
        )
        clean = _clean(s, data)
        if clean.client_id != appointment.client_id:
            raise ValidationError("appointment.client_fixed", "client_id")
        conflicts = _conflicts(s, clean, appointment_id)
        if conflicts and not allow_conflicts:
            raise AppointmentConflict(conflicts)
        appointment.counselor_id = clean.counselor_id
        appointment.case_id = clean.case_id
        appointment.room_id = clean.room_id
        appointment.starts_at = clean.starts_at
        appointment.ends_at = clean.ends_at
        if _may_read_note(session, appointment):
            appointment.note = clean.note
        appointment.updated_at = _now()
        s.flush()
        session.audit(s, "appointment.rescheduled", "appointment", appointment.id)
        return _infos(s, session, [appointment])[0]


def _set_status(
    session: UserSession, appointment_id: int, status: AppointmentStatus
) -> AppointmentInfo:
    session.require(Permission.BOOK_APPOINTMENTS)
    now = _now()
    with session.store.transaction() as s:
        appointment = _load(s, appointment_id)
        current = AppointmentStatus(appointment.status)
        if current is status:
            return _infos(s, session, [appointment])[0]
        has_session = s.execute(
            select(CounselingSession.id).where(CounselingSession.appointment_id == appointment_id)
        ).first()
        if has_session is not None:
            raise ValidationError("appointment.has_note")
        if status is AppointmentStatus.TIDAK_HADIR and appointment.starts_at > now:
            raise ValidationError("appointment.no_show_too_early")
        if current is not AppointmentStatus.TERJADWAL and status is not AppointmentStatus.TERJADWAL:
            raise ValidationError("appointment.restore_first")
        appointment.status = status.value
        appointment.status_changed_at = now
        appointment.status_changed_by = session.actor.user_id
        appointment.updated_at = now
        s.flush()
        session.audit(
            s,
            "appointment.status_changed",
            "appointment",
            appointment.id,
            {"from": current.value, "to": status.value},
        )
        return _infos(s, session, [appointment])[0]


def mark_no_show(session: UserSession, appointment_id: int) -> AppointmentInfo:
    """The client did not come (tidak hadir); counted per client."""
    return _set_status(session, appointment_id, AppointmentStatus.TIDAK_HADIR)


def mark_done(session: UserSession, appointment_id: int) -> AppointmentInfo:
    """The appointment took place (without a session note, e.g. an administrative visit)."""
    return _set_status(session, appointment_id, AppointmentStatus.SELESAI)


def cancel(session: UserSession, appointment_id: int) -> AppointmentInfo:
    """Cancel (batal): the time and room are free again."""
    return _set_status(session, appointment_id, AppointmentStatus.BATAL)


def restore(session: UserSession, appointment_id: int) -> AppointmentInfo:
    """Undo a status set by mistake: the appointment is scheduled again."""
    return _set_status(session, appointment_id, AppointmentStatus.TERJADWAL)


# -- from an appointment to a session -----------------------------------------------------------


def start_session(session: UserSession, appointment_id: int) -> NoteInput:
    """A new note prefilled from the appointment: its case (or the client's open case held
    by the actor), date, times, the case's stage, and the client among those who attended."""
    session.require(Permission.WRITE_CLINICAL)
    with session.store.transaction() as s:
        appointment = _load(s, appointment_id)
        if appointment.status in (
            AppointmentStatus.BATAL.value,
            AppointmentStatus.TIDAK_HADIR.value,
        ):
            raise ValidationError("appointment.cancelled_or_missed")
        taken = s.execute(
            select(CounselingSession.id).where(CounselingSession.appointment_id == appointment_id)
        ).first()
        if taken is not None:
            raise ValidationError("appointment.has_note")
        case: Case | None = None
        if appointment.case_id is not None:
            case = s.get(Case, appointment.case_id)
        else:
            candidates = s.execute(
                select(Case)
                .where(
                    Case.client_id == appointment.client_id,
                    Case.stage != Stage.TERMINASI.value,
                )
                .order_by(Case.id.desc())
            ).scalars()
            case = next((c for c in candidates if may_see_clinical(session, c.counselor_id)), None)
        if case is None:
            raise ValidationError("appointment.no_open_case")
        if not may_see_clinical(session, case.counselor_id):
            raise PermissionDenied("session_notes")
        check_note_appointment(session, appointment, case)  # what save_note will ask
        members: list[int] = []
        family_ids = (
            [case.family_id]
            if case.family_id is not None
            else list(
                s.execute(
                    select(FamilyMember.family_id).where(
                        FamilyMember.client_id == appointment.client_id
                    )
                ).scalars()
            )
        )
        member = s.execute(
            select(FamilyMember.id).where(
                FamilyMember.client_id == appointment.client_id,
                FamilyMember.family_id.in_(family_ids),
            )
        ).first()
        if member is not None:
            members.append(member[0])
        client_name = ""
        if not members:
            client = s.get(Client, appointment.client_id)
            client_name = client.full_name if client else ""
        today = datetime.date.today()
        return NoteInput(
            case_id=case.id,
            session_date=min(appointment.starts_at.date(), today),
            start_time=appointment.starts_at.time(),
            end_time=appointment.ends_at.time(),
            modality="tatap_muka",
            service_type="konseling_individu",
            case_stage=case.stage,
            attendee_member_ids=tuple(members),
            other_attendees=(client_name,) if client_name else (),
            note_format=NoteFormat.DAP.value,
            appointment_id=appointment.id,
        )
