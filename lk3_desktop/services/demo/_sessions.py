"""Demo data for sessions, the schedule and case plans, added to a demo database built by
:mod:`lk3_desktop.services.demo._office`.

A few hundred open cases get a case plan, sessions (most signed and sealed exactly as the
sign service seals them, some still drafts, a few co-signed or with an addendum), and
appointments: past ones (done or tidak hadir), today's, and the coming two weeks. Appointment
times are placed so that no counselor and no room is booked twice at once. Rows go in with
Core executemany inserts; the whole step takes a second or two.
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.session_notes import MODALITIES, AppointmentStatus, GoalStatus, NoteFormat
from lk3_desktop.db.models import (
    Appointment,
    Case,
    CaseGoal,
    CounselingSession,
    FamilyMember,
    GoalReview,
    Room,
    SessionAddendum,
    SessionAttendee,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import Attendee, GoalReviewInput, NoteInput, seal

CASES = 300
DAY_HOURS = (8, 9, 10, 11, 13, 14, 15)  # whole-hour starts; 12.00 is the midday break

# Each text with the family it needs (see _Family.tags): "any" for every client, "family"
# when someone else lives in the household, "couple" when husband and wife both do, "wife"
# when the client is the wife of a registered husband, "child" when a school-age child is in
# the family, "adult" / "young" for the client's own age.
DATA = (
    ("Klien datang tepat waktu dan menceritakan perkembangan sejak sesi lalu.", "any"),
    (
        "Ibu menyampaikan pertengkaran dengan suami berkurang, namun masih terjadi saat "
        "membahas uang.",
        "couple",
    ),
    ("Anak tampak lebih tenang; guru melaporkan kehadiran di sekolah membaik.", "child"),
    ("Suami hadir untuk pertama kali dan mendengarkan tanpa menyela.", "wife"),
    (
        "Klien menangis saat menceritakan kehilangan pekerjaan dan tekanan dari keluarga besar.",
        "adult",
    ),
    ("Klien bercerita tentang tidurnya yang mulai teratur dan kegiatan hariannya.", "any"),
)
ASSESSMENT = (
    ("Komunikasi keluarga mulai membaik; motivasi untuk berubah cukup baik.", "family"),
    (
        "Tekanan ekonomi masih menjadi pemicu utama konflik. Tidak ada tanda kekerasan fisik.",
        "family",
    ),
    ("Risiko rendah; dukungan keluarga besar menjadi faktor pelindung.", "any"),
    ("Suasana hati klien membaik; motivasi untuk berubah cukup baik.", "any"),
)
PLANS = (
    ("Lanjutkan konseling keluarga dua minggu lagi.", "family"),
    ("Koordinasi dengan sekolah; kunjungan rumah bulan depan.", "child"),
    ("Rujuk ke Puskesmas untuk pemeriksaan bila keluhan tidur berlanjut.", "any"),
    ("Lanjutkan konseling dua minggu lagi.", "any"),
)
INTERVENTIONS = (
    "Psikoedukasi komunikasi asertif",
    "Latihan pemecahan masalah",
    "Mediasi keluarga",
    "Konseling suportif",
)
HOMEWORK = (
    ("Bicara 10 menit setiap malam tanpa menyela", "family"),
    ("Mencatat pengeluaran harian", "adult"),
    ("Mengantar anak ke sekolah bergantian", "couple_child"),
    ("Menuliskan tiga hal yang berjalan baik setiap hari", "any"),
)
GOALS = (
    ("Suami-istri menyelesaikan perbedaan tanpa bertengkar", "couple"),
    ("Anak kembali rutin bersekolah", "child"),
    ("Keluarga menyusun rencana keuangan bulanan", "family"),
    ("Ibu mampu mengelola stres dengan cara yang sehat", "mother"),
    ("Orang tua menerapkan pengasuhan tanpa kekerasan", "child"),
    ("Klien mampu mengelola stres dengan cara yang sehat", "any"),
    ("Klien memiliki rutinitas harian yang teratur", "any"),
    ("Klien mengenali tanda awal kemarahan dan cara menenangkan diri", "any"),
)
ADDENDA = (
    ("Koreksi: nenek klien juga hadir pada sesi ini.", "young"),
    (
        "Tambahan: keluarga menelepon keesokan harinya dan menyampaikan kesepakatan dijalankan.",
        "family",
    ),
    ("Tambahan: klien menelepon keesokan harinya dan menyampaikan rencana dijalankan.", "any"),
)
OTHER_ATTENDEES = (("Nenek klien", "young"), ("Ketua RT", "any"), ("Wali kelas", "pupil"))


@dataclass(frozen=True)
class _Family:
    """What the notes may say of the client's family: the tags of the texts that fit, and
    the husband (member id, name) when the client is a wife whose husband is registered."""

    tags: frozenset[str]
    member: tuple[int, str] | None = None  # the client's own family-member row
    husband: tuple[int, str] | None = None


def _family_of(client_id: int, rows: Sequence[Any], this_year: int) -> _Family:
    """Tags from the family's members (their relationship, sex and birth year)."""
    tags = {"any"}
    own = next((r for r in rows if r.client_id == client_id), None)
    others = [r for r in rows if r is not own]
    relationships = {r.relationship for r in rows}
    if others:
        tags.add("family")
    if {"kepala_keluarga", "istri"} <= relationships:
        tags.add("couple")
    if "istri" in relationships:
        tags.add("mother")
    school_age = [
        r
        for r in rows
        if r.relationship == "anak" and r.birth_year and this_year - r.birth_year < 18
    ]
    if school_age:
        tags.add("child")
        if "couple" in tags:
            tags.add("couple_child")
    age = this_year - own.birth_year if own is not None and own.birth_year else None
    if age is not None:
        tags.add("adult" if age >= 18 else "pupil")
        if age < 30:
            tags.add("young")
    husband = None
    if own is not None and own.relationship == "istri":
        head = next((r for r in others if r.relationship == "kepala_keluarga"), None)
        if head is not None:
            tags.add("wife")
            husband = (int(head.id), str(head.name))
    member = (int(own.id), str(own.name)) if own is not None else None
    return _Family(frozenset(tags), member, husband)


def families_of(s: Session, cases: Sequence[Any], this_year: int) -> dict[int, _Family]:
    """The :class:`_Family` of each case (rows with ``id``, ``client_id``, ``family_id``);
    members are read for the cases' families only while their ids fit in one query."""
    family_ids = {c.family_id for c in cases if c.family_id is not None}
    query = select(
        FamilyMember.id,
        FamilyMember.family_id,
        FamilyMember.client_id,
        FamilyMember.name,
        FamilyMember.relationship,
        FamilyMember.birth_year,
    )
    if len(family_ids) < 20_000:
        query = query.where(FamilyMember.family_id.in_(family_ids))
    by_family: dict[int, list[Any]] = {}
    for row in s.execute(query):
        by_family.setdefault(int(row.family_id), []).append(row)
    return {c.id: _family_of(c.client_id, by_family.get(c.family_id, []), this_year) for c in cases}


def _pick(rng: random.Random, pool: Sequence[tuple[str, str]], family: _Family) -> str:
    return rng.choice([text for text, tag in pool if tag in family.tags])


PLANNED_STAGES = frozenset(
    {Stage.RENCANA, Stage.INTERVENSI, Stage.EVALUASI, Stage.BIMBINGAN_LANJUT, Stage.RUJUKAN}
)


@dataclass
class _Rows:
    goals: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    attendees: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    addenda: list[dict[str, Any]] = field(default_factory=list)
    appointments: list[dict[str, Any]] = field(default_factory=list)


class _Calendar:
    """Free hours per (day, counselor) and (day, room): nobody is booked twice."""

    def __init__(self, rooms: Sequence[int]) -> None:
        self.rooms = list(rooms)
        self.busy: set[tuple[datetime.date, str, int, int]] = set()

    def take(
        self, rng: random.Random, day: datetime.date, counselor: int
    ) -> tuple[datetime.datetime, int | None] | None:
        hours = list(DAY_HOURS)
        rng.shuffle(hours)
        for hour in hours:
            if (day, "c", counselor, hour) in self.busy:
                continue
            free = [r for r in self.rooms if (day, "r", r, hour) not in self.busy]
            room = rng.choice(free) if free and rng.random() < 0.85 else None
            if room is None and rng.random() < 0.5:
                continue  # keep most appointments in a room
            self.busy.add((day, "c", counselor, hour))
            if room is not None:
                self.busy.add((day, "r", room, hour))
            return datetime.datetime.combine(day, datetime.time(hour)), room
        return None


# Besides counseling and consultation, about one session in four delivers another of the
# Permensos 25/2017 services. A generator seeded by the session's id picks it, so the demo's
# other random choices stay as they were.
_OTHER_SERVICES = (
    "pendampingan", "pendampingan", "penjangkauan", "advokasi", "psikoedukasi",
    "psikoedukasi", "pemberdayaan", "rujukan", "konseling_kelompok", "mediasi",
)  # fmt: skip


def _service(session_id: int, usual: str) -> str:
    local = random.Random(session_id * 15_485_863 + 7)
    return local.choice(_OTHER_SERVICES) if local.random() < 0.25 else usual


def fill(head: UserSession, rng: random.Random) -> None:
    """Add sessions, appointments and case plans to the demo database of ``head``."""
    today = datetime.date.today()
    now = datetime.datetime.now().replace(microsecond=0)
    with head.store.transaction() as s:
        candidates = list(
            s.execute(
                select(
                    Case.id,
                    Case.client_id,
                    Case.family_id,
                    Case.counselor_id,
                    Case.intake_date,
                    Case.stage,
                )
                .where(
                    Case.counselor_id.is_not(None),
                    Case.stage.not_in([Stage.INTAKE.value, Stage.TERMINASI.value]),
                )
                .order_by(Case.id)
            )
        )
        chosen = rng.sample(candidates, min(CASES, len(candidates)))
        families = families_of(s, chosen, today.year)
        rooms = [r for r in s.execute(select(Room.id).where(Room.active.is_(True))).scalars()]
        counselors = sorted({int(c.counselor_id) for c in chosen})
        next_ids = {
            name: int(s.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1
            for name, model in (
                ("goal", CaseGoal),
                ("session", CounselingSession),
                ("appointment", Appointment),
            )
        }
        rows = _Rows()
        calendar = _Calendar(rooms)
        for case in chosen:
            _case_rows(rng, rows, calendar, case, families[case.id], next_ids, head, now)
        _today_and_coming(rng, rows, calendar, chosen, counselors, next_ids, head, now, today)
        for table, batch in (
            (CaseGoal.__table__, rows.goals),
            (Appointment.__table__, rows.appointments),
            (CounselingSession.__table__, rows.sessions),
            (SessionAttendee.__table__, rows.attendees),
            (GoalReview.__table__, rows.reviews),
            (SessionAddendum.__table__, rows.addenda),
        ):
            if batch:
                s.execute(table.insert(), batch)  # type: ignore[attr-defined]
        head.audit(
            s,
            "demo.sessions_generated",
            "database",
            head.store.database_id,
            {"sessions": len(rows.sessions), "appointments": len(rows.appointments)},
        )


def _take_id(next_ids: dict[str, int], name: str) -> int:
    value = next_ids[name]
    next_ids[name] = value + 1
    return value


def _case_rows(
    rng: random.Random,
    rows: _Rows,
    calendar: _Calendar,
    case: Any,
    family: _Family,
    next_ids: dict[str, int],
    head: UserSession,
    now: datetime.datetime,
) -> None:
    today = now.date()
    counselor = int(case.counselor_id)
    goal_ids: list[int] = []
    if Stage(case.stage) in PLANNED_STAGES:
        fitting = [text for text, tag in GOALS if tag in family.tags]
        for position, text in enumerate(rng.sample(fitting, rng.randint(2, 3)), start=1):
            goal_id = _take_id(next_ids, "goal")
            goal_ids.append(goal_id)
            target = case.intake_date + datetime.timedelta(days=rng.randint(45, 150))
            rows.goals.append(
                {
                    "id": goal_id,
                    "case_id": case.id,
                    "description": text,
                    "target_date": target,
                    "status": rng.choice(
                        (GoalStatus.BERJALAN.value, GoalStatus.BERJALAN.value, "belum_dimulai")
                    ),
                    "position": position,
                    "created_at": now,
                    "created_by": counselor,
                    "updated_at": now,
                }
            )
    span = (today - case.intake_date).days
    count = min(rng.randint(1, 6), max(1, span // 7))
    days = sorted(rng.sample(range(1, max(2, span + 1)), min(count, max(1, span))))
    for index, offset in enumerate(days):
        day = case.intake_date + datetime.timedelta(days=offset)
        if day > today:
            continue
        booked = calendar.take(rng, day, counselor)
        if booked is None:
            continue
        start, room = booked
        end = start + datetime.timedelta(hours=1)
        appointment_id = _take_id(next_ids, "appointment")
        missed = rng.random() < 0.1 and day < today
        rows.appointments.append(
            _appointment(appointment_id, counselor, case, start, end, room, head, now, missed)
        )
        if missed:
            continue
        latest = index == len(days) - 1
        age = (today - day).days
        signed = not (latest and age < 10 and rng.random() < 0.6) and rng.random() < 0.93
        _session_rows(
            rng,
            rows,
            next_ids,
            case,
            family,
            goal_ids,
            appointment_id,
            start,
            end,
            signed,
            head,
            now,
        )


def _appointment(
    appointment_id: int,
    counselor: int,
    case: Any,
    start: datetime.datetime,
    end: datetime.datetime,
    room: int | None,
    head: UserSession,
    now: datetime.datetime,
    missed: bool,
    status: AppointmentStatus | None = None,
) -> dict[str, Any]:
    if status is None:
        status = AppointmentStatus.TIDAK_HADIR if missed else AppointmentStatus.SELESAI
    changed = status is not AppointmentStatus.TERJADWAL
    return {
        "id": appointment_id,
        "counselor_id": counselor,
        "client_id": case.client_id,
        "case_id": case.id,
        "room_id": room,
        "starts_at": start,
        "ends_at": end,
        "status": status.value,
        "note": "",
        "created_at": now,
        "created_by": head.actor.user_id,
        "updated_at": now,
        "status_changed_at": now if changed else None,
        "status_changed_by": counselor if changed else None,
    }


def _session_rows(
    rng: random.Random,
    rows: _Rows,
    next_ids: dict[str, int],
    case: Any,
    family: _Family,
    goal_ids: list[int],
    appointment_id: int | None,
    start: datetime.datetime,
    end: datetime.datetime,
    signed: bool,
    head: UserSession,
    now: datetime.datetime,
) -> None:
    session_id = _take_id(next_ids, "session")
    counselor = int(case.counselor_id)
    attendees: list[Attendee] = []
    if family.member is not None:
        attendees.append(Attendee(*family.member))
    data_text = _pick(rng, DATA, family)
    if data_text == DATA[3][0] and family.husband is not None:
        attendees.append(Attendee(*family.husband))  # "Suami hadir ..."
    if rng.random() < 0.3:
        attendees.append(Attendee(None, _pick(rng, OTHER_ATTENDEES, family)))
    reviews = tuple(
        GoalReviewInput(goal_id, GoalStatus.BERJALAN.value, "Ada kemajuan")
        for goal_id in goal_ids
        if rng.random() < 0.5
    )
    data = NoteInput(
        case_id=case.id,
        session_date=start.date(),
        start_time=start.time(),
        end_time=end.time(),
        modality=rng.choice(("tatap_muka", "tatap_muka", "tatap_muka", *MODALITIES)),
        service_type=_service(
            session_id, rng.choice(("konseling_individu", "konseling_keluarga", "konsultasi"))
        ),
        case_stage=case.stage,
        attendee_member_ids=tuple(a.family_member_id for a in attendees if a.family_member_id),
        other_attendees=tuple(a.name for a in attendees if a.family_member_id is None),
        note_format=NoteFormat.DAP.value,
        sections={"data": data_text, "assessment": _pick(rng, ASSESSMENT, family)},
        interventions=rng.choice(INTERVENTIONS),
        homework=_pick(rng, HOMEWORK, family),
        plan=_pick(rng, PLANS, family),
        appointment_id=appointment_id,
        goal_reviews=reviews,
    )
    signed_at = start + datetime.timedelta(hours=2) if signed else None
    cosigned = signed and rng.random() < 0.15 and counselor != head.actor.user_id
    rows.sessions.append(
        _session_row(session_id, case, appointment_id, data, start)
        | {
            "signed_at": signed_at,
            "signed_by": counselor if signed else None,
            "content_sha256": seal(data, attendees) if signed else None,
            "cosigned_at": start + datetime.timedelta(days=2) if cosigned else None,
            "cosigned_by": head.actor.user_id if cosigned else None,
        }
    )
    _child_rows(rows, session_id, attendees, reviews)
    if signed and rng.random() < 0.05:
        rows.addenda.append(
            {
                "session_id": session_id,
                "author_id": counselor,
                "written_at": start + datetime.timedelta(days=1),
                "text": _pick(rng, ADDENDA, family),
            }
        )


def _session_row(
    session_id: int,
    case: Any,
    appointment_id: int | None,
    data: NoteInput,
    start: datetime.datetime,
) -> dict[str, Any]:
    """The session's row as written an hour after it started (signature columns apart)."""
    return {
        "id": session_id,
        "case_id": case.id,
        "appointment_id": appointment_id,
        "author_id": int(case.counselor_id),
        "session_date": data.session_date,
        "start_time": data.start_time,
        "end_time": data.end_time,
        "modality": data.modality,
        "service_type": data.service_type,
        "case_stage": data.case_stage,
        "note_format": data.note_format,
        "note_sections": json.dumps(dict(data.sections), ensure_ascii=False, sort_keys=True),
        "interventions": data.interventions,
        "homework": data.homework,
        "plan": data.plan,
        "next_appointment_at": None,
        "created_at": start + datetime.timedelta(hours=1),
        "updated_at": start + datetime.timedelta(hours=1),
    }


def _child_rows(
    rows: _Rows,
    session_id: int,
    attendees: list[Attendee],
    reviews: tuple[GoalReviewInput, ...],
) -> None:
    for position, attendee in enumerate(attendees):
        rows.attendees.append(
            {
                "session_id": session_id,
                "family_member_id": attendee.family_member_id,
                "name": attendee.name,
                "position": position,
            }
        )
    for review in reviews:
        rows.reviews.append(
            {
                "goal_id": review.goal_id,
                "session_id": session_id,
                "status": review.status,
                "note": review.note,
            }
        )


def _today_and_coming(
    rng: random.Random,
    rows: _Rows,
    calendar: _Calendar,
    chosen: Sequence[Any],
    counselors: Sequence[int],
    next_ids: dict[str, int],
    head: UserSession,
    now: datetime.datetime,
    today: datetime.date,
) -> None:
    """Today's appointments for every counselor (some already missed), and the next two
    weeks on working days."""
    by_counselor: dict[int, list[Any]] = {}
    for case in chosen:
        by_counselor.setdefault(int(case.counselor_id), []).append(case)
    for offset in range(15):
        day = today + datetime.timedelta(days=offset)
        if day.weekday() == 6:
            continue
        for counselor in counselors:
            mine = by_counselor.get(counselor, [])
            wanted = rng.randint(3, 4) if offset == 0 else rng.randint(0, 3)
            for case in rng.sample(mine, min(wanted, len(mine))):
                booked = calendar.take(rng, day, counselor)
                if booked is None:
                    break
                start, room = booked
                end = start + datetime.timedelta(hours=1)
                status = AppointmentStatus.TERJADWAL
                if end < now and rng.random() < 0.3:
                    status = AppointmentStatus.TIDAK_HADIR
                elif offset > 0 and rng.random() < 0.05:
                    status = AppointmentStatus.BATAL
                rows.appointments.append(
                    _appointment(
                        _take_id(next_ids, "appointment"),
                        counselor,
                        case,
                        start,
                        end,
                        room,
                        head,
                        now,
                        False,
                        status,
                    )
                )
