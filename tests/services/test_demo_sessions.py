"""Demo sessions, appointments and case plans: plausible, sealed like real signatures, and
never double-booked."""

from __future__ import annotations

import datetime
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from support.factories import login, make_vault

from lk3_desktop.db import audit
from lk3_desktop.db.models import (
    Appointment,
    Case,
    CaseGoal,
    CounselingSession,
    SessionAddendum,
)
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import demo, schedule, sessions
from lk3_desktop.services.demo import _history

PASSWORD = "Demo-Kantor-LK3-2026"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo_sessions") / "data"
    store = NoCredentialStore()
    demo.generate(folder, store, PASSWORD, 600, seed=11, vault=make_vault(folder, store))
    return folder


def test_demo_has_sessions_appointments_and_plans(demo_dir: Path) -> None:
    head = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    try:
        with head.store.transaction() as s:
            signed = s.execute(
                select(CounselingSession.id).where(CounselingSession.signed_at.is_not(None))
            ).scalars()
            signed_ids = list(signed)
            unsigned = s.execute(
                select(func.count())
                .select_from(CounselingSession)
                .where(CounselingSession.signed_at.is_(None))
            ).scalar_one()
            goals = s.execute(select(func.count()).select_from(CaseGoal)).scalar_one()
            addenda = s.execute(select(func.count()).select_from(SessionAddendum)).scalar_one()
            appointments = list(
                s.execute(select(Appointment).where(Appointment.status != "batal")).scalars()
            )
            assert audit.verify(s).ok
        assert len(signed_ids) > 100 and unsigned > 5 and goals > 50 and addenda > 0
        for session_id in signed_ids[:: max(1, len(signed_ids) // 20)]:
            assert sessions.get_note(head, session_id).intact  # sealed like a real signature
        assert schedule.today_appointments(head)
        statuses = {a.status for a in appointments}
        assert {"selesai", "tidak_hadir", "terjadwal"} <= statuses
        for a, b in combinations(appointments, 2):
            if a.starts_at < b.ends_at and b.starts_at < a.ends_at:
                assert a.counselor_id != b.counselor_id
                assert a.room_id is None or a.room_id != b.room_id
        assert sessions.unsigned_notes(head)  # some drafts are overdue for the head
    finally:
        head.store.close()


def test_notes_fit_the_family(demo_dir: Path) -> None:
    """A note never speaks of a husband, a wife or a child the family does not have: "Suami
    hadir" only for a wife whose husband is registered (and he is an attendee), the school's
    teacher only for a pupil, "Suami-istri" goals only for a couple; each counselor holds
    20 to 40 open cases."""
    from lk3_desktop.db.models import FamilyMember, SessionAttendee

    head = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    this_year = datetime.date.today().year
    try:
        with head.store.transaction() as s:
            members: dict[int, list[tuple[int, int | None, str, int | None]]] = {}
            for row in s.execute(
                select(
                    FamilyMember.family_id,
                    FamilyMember.id,
                    FamilyMember.client_id,
                    FamilyMember.relationship,
                    FamilyMember.birth_year,
                )
            ):
                members.setdefault(row[0], []).append(tuple(row[1:]))
            cases = {
                row.id: row for row in s.execute(select(Case.id, Case.client_id, Case.family_id))
            }
            attendees: dict[int, list[tuple[int | None, str]]] = {}
            for session_id, member_id, name in s.execute(
                select(
                    SessionAttendee.session_id,
                    SessionAttendee.family_member_id,
                    SessionAttendee.name,
                )
            ):
                attendees.setdefault(session_id, []).append((member_id, name))
            # Whole rows: the clinical text opens (with the head's case keys) only as loaded rows.
            notes = [
                (n.id, n.case_id, n.note_sections)
                for n in s.execute(select(CounselingSession)).scalars()
            ]
            goals = [(g.case_id, g.description) for g in s.execute(select(CaseGoal)).scalars()]
            open_cases = dict(
                s.execute(
                    select(Case.counselor_id, func.count(Case.id))
                    .where(Case.closed_on.is_(None))
                    .group_by(Case.counselor_id)
                ).all()
            )
        assert open_cases and all(20 <= n <= 40 for n in open_cases.values()), open_cases

        def family(case_id: int) -> tuple[set[str], Any, list[Any]]:
            case = cases[case_id]
            rows = members.get(case.family_id, [])
            own = next(r for r in rows if r[1] == case.client_id)
            return {r[2] for r in rows}, own, rows

        husbands = 0
        for session_id, case_id, sections in notes:
            relationships, own, rows = family(case_id)
            people = attendees.get(session_id, [])
            if "Suami hadir" in sections:
                husbands += 1
                assert own[2] == "istri"
                head_ids = {r[0] for r in rows if r[2] == "kepala_keluarga"}
                assert head_ids & {m for m, _ in people}
            if "pertengkaran dengan suami" in sections:
                assert {"kepala_keluarga", "istri"} <= relationships
            if "guru melaporkan" in sections:
                assert any(r[2] == "anak" and this_year - r[3] < 18 for r in rows)
            if any(name == "Wali kelas" for _, name in people):
                assert this_year - own[3] < 18
        assert husbands > 0
        for case_id, description in goals:
            relationships, _own, rows = family(case_id)
            if description.startswith("Suami-istri"):
                assert {"kepala_keluarga", "istri"} <= relationships
            if description.startswith(("Anak ", "Orang tua")):
                assert any(r[2] == "anak" and this_year - r[3] < 18 for r in rows)
    finally:
        head.store.close()


def test_counselors_see_their_own_day(demo_dir: Path) -> None:
    rina = login(demo_dir, NoCredentialStore(), "rina", PASSWORD)
    try:
        today = schedule.today_appointments(rina)
        assert today and {a.counselor_name for a in today} == {rina.actor.full_name}
        assert all(a.starts_at.date() == datetime.date.today() for a in today)
    finally:
        rina.store.close()


def test_a_history_of_notes_at_a_busy_office_scale(tmp_path: Path) -> None:
    """``sessions=N``: the office holds N notes in all, signed and intact, dated within their
    case; one client has the long history a benchmark opens; the chain still verifies."""
    folder = tmp_path / "data"
    store = NoCredentialStore()
    demo.generate(
        folder, store, PASSWORD, 150, seed=3, vault=make_vault(folder, store), sessions=900
    )
    head = login(folder, store, "kepala", PASSWORD)
    try:
        busiest = _history.busiest_client(head)
        with head.store.transaction() as s:
            total = s.execute(select(func.count()).select_from(CounselingSession)).scalar_one()
            per_client = s.execute(
                select(func.count(CounselingSession.id))
                .join(Case, Case.id == CounselingSession.case_id)
                .where(Case.client_id == busiest)
            ).scalar_one()
            outside = s.execute(
                select(func.count(CounselingSession.id))
                .join(Case, Case.id == CounselingSession.case_id)
                .where(
                    (CounselingSession.session_date < Case.intake_date)
                    | (CounselingSession.session_date > datetime.date.today())
                )
            ).scalar_one()
            history = list(
                s.execute(
                    select(CounselingSession.id)
                    .where(CounselingSession.appointment_id.is_(None))
                    .order_by(CounselingSession.id)
                ).scalars()
            )
            assert audit.verify(s).ok
        assert total == 900 and per_client >= _history.BUSY_CASE_NOTES and outside == 0
        for session_id in history[:: max(1, len(history) // 15)]:
            assert sessions.get_note(head, session_id).intact
    finally:
        head.store.close()
