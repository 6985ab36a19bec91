"""Demo assessments: screening results over time, so trends, risk flags and banners show.

The demo generator calls :func:`add` once, inside its write transaction, after the cases are
inserted. A few hundred cases (about 5 % of the eligible ones, at most :data:`MAX_CASES`) get
three PHQ-9 and two GAD-7 administrations spread over their time in care, mostly improving;
some answer PHQ-9 item 9 above 0: earlier such flags are resolved with an action, and where the
newest PHQ-9 still flags, the flag is open (the red banner shows). About half of these cases
also get a signed psychosocial assessment; when its risk level is high, with the counselor's
risk table, a resolved flag and a signed client safety plan (the plan printed for the client:
the national crisis services and demo lines; no draw of the generator, so the rest of the demo
is unchanged).
Scores come from the instrument engine, never from the generator. Rows go in with Core
``executemany`` so 100,000 clients still build in a few minutes.
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from lk3_desktop.core import instruments
from lk3_desktop.core.client_safety_plan import CRISIS_SERVICES
from lk3_desktop.core.instruments import Instrument
from lk3_desktop.core.psychosocial import NEED_DOMAINS
from lk3_desktop.db.models import (
    ClientSafetyPlan,
    InstrumentAdministration,
    PsychosocialAssessment,
    RiskFlag,
    SafetyPlanItem,
)
from lk3_desktop.services.assessments import (
    DRAFT,
    FLAG_OPEN,
    FLAG_RESOLVED,
    NARRATIVE_FLAG,
    NARRATIVE_FLAG_LABEL,
    NARRATIVE_SOURCE,
    SIGNED,
    score_columns,
)

MAX_CASES: Final = 400
SHARE: Final = 0.05
MIN_CASES: Final = 6
RISK_SHARE: Final = 0.2  # of the chosen cases, how many answer PHQ-9 item 9 above 0 at first
STILL_AT_RISK: Final = 0.4  # of those, how many still do at the newest PHQ-9 (open flag)

ACTIONS: Final = (
    "Rencana keselamatan disusun bersama klien dan keluarga; nomor darurat dicatat.",
    "Klien dirujuk ke psikolog puskesmas; keluarga diminta mendampingi.",
    "Konsultasi dengan Kepala LK3; kunjungan rumah dijadwalkan minggu ini.",
    "Klien menyatakan aman; kontrol ulang dijadwalkan tiga hari lagi.",
)
NEEDS: Final = {
    "relasi_keluarga": "Mediasi dan konseling keluarga.",
    "pengasuhan": "Pendampingan pola asuh anak.",
    "ekonomi": "Akses bantuan sosial dan pelatihan usaha.",
    "kesehatan": "Pemeriksaan di puskesmas.",
    "pendidikan": "Koordinasi dengan sekolah anak.",
    "perlindungan": "Koordinasi dengan UPTD PPA bila ada ancaman.",
}


@dataclass(frozen=True)
class DemoAssessments:
    cases: int
    administrations: int
    psychosocial: int
    open_flags: int


def _next_id(s: Session, table: str) -> int:
    return int(s.execute(text(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")).scalar_one())


def _answers(
    rng: random.Random, definition: Instrument, target: int, fixed: Mapping[int, int]
) -> list[int | None]:
    """An answer vector summing to about ``target``: the ``fixed`` items (number -> answer) as
    given, the rest spread at random."""
    high = max(max(item.values) for item in definition.items)
    answers: list[int] = [fixed.get(item.number, 0) for item in definition.items]
    free = [i for i, item in enumerate(definition.items) if item.number not in fixed]
    remaining = max(0, min(target - sum(answers), high * len(free)))
    while remaining:
        index = rng.choice(free)
        if answers[index] < high:
            answers[index] += 1
            remaining -= 1
    return list(answers)


@dataclass
class _Rows:
    """The rows :func:`add` inserts, with the next free ids."""

    next_admin: int
    next_narrative: int
    administrations: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    narratives: list[dict[str, Any]] = field(default_factory=list)
    plans: list[dict[str, Any]] = field(default_factory=list)
    client_plans: list[dict[str, Any]] = field(default_factory=list)
    open_flags: int = 0


def add(
    s: Session,
    rng: random.Random,
    cases: Sequence[Mapping[str, Any]],
    now: datetime.datetime,
) -> DemoAssessments:
    """Insert demo assessments for some of ``cases`` (the generator's case rows)."""
    today = now.date()
    eligible = [
        c
        for c in cases
        if c["counselor_id"] is not None
        and c["stage"] != "intake"
        and (today - c["intake_date"]).days >= 45
    ]
    count = min(MAX_CASES, len(eligible), max(MIN_CASES, round(len(eligible) * SHARE)))
    chosen = rng.sample(eligible, count) if count else []
    rows = _Rows(_next_id(s, "instrument_administrations"), _next_id(s, "psychosocial_assessments"))
    for case in chosen:
        dates = _screenings(rng, rows, case, today)
        if rng.random() < 0.5:
            _narrative(rng, rows, case, dates[0])
    inserts: list[tuple[Any, list[dict[str, Any]]]] = [
        (InstrumentAdministration.__table__, rows.administrations),
        (PsychosocialAssessment.__table__, rows.narratives),
        (SafetyPlanItem.__table__, rows.plans),
        (ClientSafetyPlan.__table__, rows.client_plans),
        (RiskFlag.__table__, rows.flags),
    ]
    for table, table_rows in inserts:
        if table_rows:
            s.execute(table.insert(), table_rows)
    return DemoAssessments(
        len(chosen), len(rows.administrations), len(rows.narratives), rows.open_flags
    )


def _screenings(
    rng: random.Random, rows: _Rows, case: Mapping[str, Any], today: datetime.date
) -> list[datetime.date]:
    """Three PHQ-9 and two GAD-7 over the case's time in care, mostly improving; returns the
    days of the PHQ-9s."""
    phq9, gad7 = instruments.get("PHQ-9"), instruments.get("GAD-7")
    intake: datetime.date = case["intake_date"]
    span = (today - intake).days
    days = sorted({rng.randint(3, max(4, span // 5)), span // 2, span - rng.randint(0, 7)})
    dates = [intake + datetime.timedelta(days=d) for d in days][:3]
    at_risk = rng.random() < RISK_SHARE
    still = at_risk and rng.random() < STILL_AT_RISK
    start = rng.randint(9, 22)
    totals = [start, max(0, start - rng.randint(2, 7))]
    totals.append(max(0, totals[-1] - rng.randint(-2, 6)))
    plan = [(phq9, dates[i], totals[i], i) for i in range(len(dates))]
    plan += [
        (gad7, dates[0], max(0, start - rng.randint(0, 6)), 0),
        (gad7, dates[-1], max(0, totals[-1] - rng.randint(0, 4)), len(dates) - 1),
    ]
    for definition, day, target, step in plan:
        newest = step == len(dates) - 1
        fixed: dict[int, int] = {}
        if definition is phq9:
            wants_flag = at_risk and (step == 0 or (newest and still))
            fixed[9] = rng.choice((1, 1, 2)) if wants_flag else 0
        _administration(
            rng, rows, case, definition, day, _answers(rng, definition, target, fixed), newest
        )
    return dates


def _administration(
    rng: random.Random,
    rows: _Rows,
    case: Mapping[str, Any],
    definition: Instrument,
    day: datetime.date,
    answers: list[int | None],
    newest: bool,
) -> None:
    """One administration, scored by the engine, and the flags it raises (resolved unless
    it is the newest)."""
    counselor = case["counselor_id"]
    columns, score = score_columns(definition, answers)
    signed = not newest or rng.random() < 0.5
    stamp = datetime.datetime.combine(day, datetime.time(10, rng.randint(0, 59)))
    admin_id = rows.next_admin
    rows.next_admin += 1
    rows.administrations.append(
        {
            "id": admin_id,
            "case_id": case["id"],
            "client_id": case["client_id"],
            "administered_on": day,
            "note": "",
            "status": SIGNED if signed else DRAFT,
            "created_at": stamp,
            "created_by": counselor,
            "updated_at": stamp,
            "signed_by": counselor if signed else None,
            "signed_at": stamp if signed else None,
            **columns,
        }
    )
    for flag in score.flags:
        resolved = not newest
        rows.open_flags += not resolved
        rows.flags.append(
            {
                "client_id": case["client_id"],
                "case_id": case["id"],
                "administration_id": admin_id,
                "psychosocial_id": None,
                "source": definition.code,
                "item": flag.item,
                "score": flag.score,
                "code": flag.code,
                "label": flag.label,
                "status": FLAG_RESOLVED if resolved else FLAG_OPEN,
                "raised_at": stamp,
                "raised_by": counselor,
                "resolved_at": stamp + datetime.timedelta(hours=1) if resolved else None,
                "resolved_by": counselor if resolved else None,
                "action_taken": rng.choice(ACTIONS) if resolved else "",
            }
        )


def _narrative(
    rng: random.Random, rows: _Rows, case: Mapping[str, Any], day: datetime.date
) -> None:
    """A signed psychosocial assessment; a high risk level brings a safety plan and a
    resolved flag."""
    counselor = case["counselor_id"]
    level = rng.choice(("rendah", "sedang", "sedang", "tinggi"))
    stamp = datetime.datetime.combine(day, datetime.time(11, 0))
    narrative_id = rows.next_narrative
    rows.next_narrative += 1
    domains = rng.sample([code for code, _ in NEED_DOMAINS if code in NEEDS], 2)
    rows.narratives.append(
        {
            "id": narrative_id,
            "case_id": case["id"],
            "client_id": case["client_id"],
            "kind": "awal",
            "assessed_on": day,
            "presenting_problem": "Data demo: keluhan yang disampaikan keluarga.",
            "history": "Data demo: riwayat singkat keluarga.",
            "family_relations": "Data demo: komunikasi antaranggota keluarga tegang.",
            "genogram_notes": "Data demo: tiga generasi dalam satu rumah.",
            "strengths": "Data demo: dukungan dari kerabat dan tokoh masyarakat.",
            "risk_factors": "Data demo: tekanan ekonomi.",
            "needs": json.dumps({d: NEEDS[d] for d in domains}, ensure_ascii=False),
            "conclusion": "Data demo: perlu konseling keluarga dan pendampingan.",
            "risk_level": level,
            "status": SIGNED,
            "created_at": stamp,
            "created_by": counselor,
            "updated_at": stamp,
            "signed_by": counselor,
            "signed_at": stamp,
        }
    )
    if level != "tinggi":
        return
    rows.plans.append(
        {
            "assessment_id": narrative_id,
            "position": 1,
            "who": "Konselor dan ibu klien",
            "action": "Memastikan klien tidak sendirian; menghubungi layanan darurat",
            "timing": "Setiap hari selama dua minggu",
        }
    )
    rows.client_plans.append(_client_plan(case, day, stamp + datetime.timedelta(hours=1)))
    rows.flags.append(
        {
            "client_id": case["client_id"],
            "case_id": case["id"],
            "administration_id": None,
            "psychosocial_id": narrative_id,
            "source": NARRATIVE_SOURCE,
            "item": None,
            "score": None,
            "code": NARRATIVE_FLAG,
            "label": NARRATIVE_FLAG_LABEL,
            "status": FLAG_RESOLVED,
            "raised_at": stamp,
            "raised_by": counselor,
            "resolved_at": stamp + datetime.timedelta(hours=2),
            "resolved_by": counselor,
            "action_taken": ACTIONS[0],
        }
    )


def _lines(*values: str) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _client_plan(
    case: Mapping[str, Any], day: datetime.date, signed: datetime.datetime
) -> dict[str, Any]:
    """A signed client safety plan made with the client the day of a high-risk assessment."""
    counselor = case["counselor_id"]
    professionals = [[c.name, c.phone] for c in CRISIS_SERVICES]
    return {
        "case_id": case["id"],
        "client_id": case["client_id"],
        "made_on": day,
        "warning_signs": _lines(
            "Data demo: tidak bisa tidur beberapa malam", "Data demo: menarik diri dari keluarga"
        ),
        "coping": _lines("Data demo: berwudu dan salat", "Data demo: mengatur napas perlahan"),
        "distractions": json.dumps([["Data demo: rumah tetangga dekat", ""]]),
        "helpers": json.dumps([["Data demo: kerabat terdekat", "0812-0000-0000"]]),
        "professionals": json.dumps(professionals, ensure_ascii=False),
        "environment": _lines("Data demo: obat disimpan oleh anggota keluarga lain"),
        "reasons": "Data demo: anak-anak dan keluarga.",
        "status": SIGNED,
        "created_at": signed,
        "created_by": counselor,
        "updated_at": signed,
        "signed_by": counselor,
        "signed_at": signed,
    }
