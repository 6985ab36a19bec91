"""Demo sessions, appointments and case plans: plausible, sealed like real signatures, and
never double-booked."""

from __future__ import annotations

import datetime
from itertools import combinations
from pathlib import Path

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
