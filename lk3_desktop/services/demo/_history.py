"""Years of signed session notes for a demo office at a busy office's scale (benchmarks).

The everyday demo (:mod:`._sessions`) gives a few hundred cases a plausible recent history
with appointments. Benchmarks need the weight of a whole history: :func:`add` spreads
signed notes (without appointments: the schedule of past years is not kept) over the cases
that went past intake, dated between intake and closing, until the office holds
``total`` notes. One case (its client is :func:`busiest_client`) gets :data:`BUSY_CASE_NOTES`
of them, the client a benchmark opens. Notes are made by the same row maker as the everyday
demo's, sealed like real signatures, and go in with Core inserts, one transaction per chunk,
so a million notes stream through a bounded amount of memory.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from typing import NamedTuple

from sqlalchemy import func, select

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.db.models import (
    Case,
    CounselingSession,
    SessionAddendum,
    SessionAttendee,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.demo import _sessions as demo_sessions

BUSY_CASE_NOTES = 200
CHUNK = 20_000

Progress = Callable[[int, int], None]


class _Case(NamedTuple):
    id: int
    client_id: int
    family_id: int | None
    counselor_id: int
    intake_date: datetime.date
    closed_on: datetime.date | None
    stage: str  # the stage its notes were written in


def add(head: UserSession, seed: int, total: int, progress: Progress | None = None) -> int:
    """Add signed notes until the office holds ``total`` (none when it already does);
    returns how many were added. ``seed`` feeds a generator of its own, so what the rest of
    the demo drew stays as it was."""
    rng = random.Random(seed)
    report = progress or (lambda done, wanted: None)
    now = datetime.datetime.now().replace(microsecond=0)
    today = now.date()
    with head.store.transaction() as s:
        have = int(s.execute(select(func.count()).select_from(CounselingSession)).scalar_one())
        wanted = total - have
        if wanted <= 0:
            return 0
        next_id = int(
            s.execute(select(func.coalesce(func.max(CounselingSession.id), 0))).scalar_one()
        )
        with_notes = select(CounselingSession.case_id).distinct()
        cases = [
            _Case(row.id, row.client_id, row.family_id, int(row.counselor_id), *row[4:])
            for row in s.execute(
                select(
                    Case.id,
                    Case.client_id,
                    Case.family_id,
                    Case.counselor_id,
                    Case.intake_date,
                    Case.closed_on,
                    Case.stage,
                )
                .where(
                    Case.counselor_id.is_not(None),
                    Case.stage != Stage.INTAKE.value,
                    Case.intake_date < today,
                    Case.id.not_in(with_notes),
                )
                .order_by(Case.id)
            )
        ]
        if not cases:
            return 0
        families = demo_sessions.families_of(s, cases, today.year)
    busiest = _busiest(cases)
    plan = [busiest] * min(BUSY_CASE_NOTES, wanted)
    others = [c for c in cases if c.id != busiest.id] or [busiest]
    done = 0
    while done < wanted:
        rows = demo_sessions._Rows()
        batch = min(CHUNK, wanted - done)
        for index in range(done, done + batch):
            case = plan[index] if index < len(plan) else others[rng.randrange(len(others))]
            next_id = _note(rng, rows, case, families[case.id], next_id, head, today)
        with head.store.transaction() as s:
            for table, batch_rows in (
                (CounselingSession.__table__, rows.sessions),
                (SessionAttendee.__table__, rows.attendees),
                (SessionAddendum.__table__, rows.addenda),
            ):
                if batch_rows:
                    s.execute(table.insert(), batch_rows)  # type: ignore[attr-defined]
        done += batch
        report(done, wanted)
    with head.store.transaction() as s:
        head.audit(
            s, "demo.history_generated", "database", head.store.database_id, {"sessions": done}
        )
    return done


def _busiest(cases: list[_Case]) -> _Case:
    """The case with the long history: the oldest still in intervention (or any)."""
    open_cases = [c for c in cases if c.stage == Stage.INTERVENSI.value]
    return min(open_cases or cases, key=lambda c: (c.intake_date, c.id))


def _note(
    rng: random.Random,
    rows: demo_sessions._Rows,
    case: _Case,
    family: demo_sessions._Family,
    last_id: int,
    head: UserSession,
    today: datetime.date,
) -> int:
    """One signed note of ``case`` on a working day between intake and closing."""
    end = min(case.closed_on or today, today)
    span = max(1, (end - case.intake_date).days)
    day = case.intake_date + datetime.timedelta(days=rng.randint(1, span))
    if day.weekday() == 6:
        day -= datetime.timedelta(days=1)
    start = datetime.datetime.combine(day, datetime.time(rng.choice(demo_sessions.DAY_HOURS)))
    ids = {"session": last_id + 1}
    if case.stage == Stage.TERMINASI.value:  # its notes were written while it was open
        case = case._replace(stage=Stage.INTERVENSI.value)
    demo_sessions._session_rows(
        rng,
        rows,
        ids,
        case,
        family,
        [],
        None,
        start,
        start + datetime.timedelta(hours=1),
        True,
        head,
        datetime.datetime.combine(today, datetime.time()),
    )
    return last_id + 1


def busiest_client(head: UserSession) -> int | None:
    """The client whose cases hold the most notes (the one a benchmark opens)."""
    with head.store.transaction() as s:
        row = s.execute(
            select(Case.client_id, func.count(CounselingSession.id).label("n"))
            .join(CounselingSession, CounselingSession.case_id == Case.id)
            .group_by(Case.client_id)
            .order_by(func.count(CounselingSession.id).desc(), Case.client_id)
            .limit(1)
        ).first()
    return int(row[0]) if row is not None else None
