"""The clinical parts of the export: cases, plan goals, psychosocial assessments, screening
results, risk flags and sessions (records marked "jangan diungkap" left out).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from lk3_desktop.db.models import (
    AdministrationAddendum,
    Case,
    CaseAssignment,
    CaseGoal,
    CaseStageChange,
    ClientSafetyPlan,
    ClientSafetyPlanAddendum,
    CounselingSession,
    GoalReview,
    InstrumentAdministration,
    ProblemArea,
    PsychosocialAddendum,
    PsychosocialAssessment,
    RiskFlag,
    SafetyPlanItem,
    SessionAddendum,
    SessionAttendee,
    case_problem_areas,
)
from lk3_desktop.services._withheld import Withheld
from lk3_desktop.services.subject_export._values import _d, _dt, _loads, _t


def _signed_record(
    s: Session,
    row: Any,
    addendum_key: InstrumentedAttribute[int],
    names: dict[int, str],
    clean: Callable[[str], str],
) -> dict[str, Any]:
    """Who wrote and signed an assessment or plan ``row``, and its addenda (whose
    ``addendum_key`` names the row), oldest first: the same keys for every kind."""
    model: Any = addendum_key.class_
    addenda = s.execute(select(model).where(addendum_key == row.id).order_by(model.id)).scalars()
    return {
        "status": row.status,
        "created_at": _dt(row.created_at),
        "created_by": names.get(row.created_by or 0),
        "signed_at": _dt(row.signed_at),
        "signed_by": names.get(row.signed_by or 0),
        "addenda": [
            {
                "text": clean(a.text),
                "written_at": _dt(a.created_at),
                "written_by": names.get(a.created_by or 0),
            }
            for a in addenda
        ],
    }


def _goals(
    s: Session,
    case_ids: list[int],
    session_dates: dict[int, datetime.date],
    names: dict[int, str],
    clean: Callable[[str], str],
) -> list[dict[str, Any]]:
    goals_out: list[dict[str, Any]] = []
    for g in s.execute(
        select(CaseGoal)
        .where(CaseGoal.case_id.in_(case_ids))
        .order_by(CaseGoal.case_id, CaseGoal.position, CaseGoal.id)
    ).scalars():
        reviews = [
            {
                "session_id": r.session_id,
                "session_date": _d(session_dates[r.session_id]),
                "status": r.status,
                "note": clean(r.note),
            }
            for r in s.execute(
                select(GoalReview).where(GoalReview.goal_id == g.id).order_by(GoalReview.id)
            ).scalars()
            if r.session_id in session_dates  # reviews inside a withheld session stay out
        ]
        goals_out.append(
            {
                "id": g.id,
                "case_id": g.case_id,
                "description": clean(g.description),
                "target_date": _d(g.target_date),
                "status": g.status,
                "created_at": _dt(g.created_at),
                "created_by": names.get(g.created_by or 0),
                "updated_at": _dt(g.updated_at),
                "reviews": reviews,
            }
        )
    return goals_out


def _psychosocial(
    s: Session,
    case_ids: list[int],
    withheld: Withheld,
    names: dict[int, str],
    clean: Callable[[str], str],
) -> tuple[list[dict[str, Any]], set[int]]:
    hidden_psy: set[int] = set()
    psy_out: list[dict[str, Any]] = []
    for p in s.execute(
        select(PsychosocialAssessment)
        .where(PsychosocialAssessment.case_id.in_(case_ids))
        .order_by(PsychosocialAssessment.assessed_on, PsychosocialAssessment.id)
    ).scalars():
        if withheld.record_withheld("psychosocial", p.id):
            hidden_psy.add(p.id)
            continue
        plan = s.execute(
            select(SafetyPlanItem)
            .where(SafetyPlanItem.assessment_id == p.id)
            .order_by(SafetyPlanItem.position)
        ).scalars()
        needs = _loads(p.needs, {})
        psy_out.append(
            {
                "id": p.id,
                "case_id": p.case_id,
                "kind": p.kind,
                "assessed_on": _d(p.assessed_on),
                "presenting_problem": clean(p.presenting_problem),
                "history": clean(p.history),
                "family_relations": clean(p.family_relations),
                "genogram_notes": clean(p.genogram_notes),
                "strengths": clean(p.strengths),
                "risk_factors": clean(p.risk_factors),
                "needs": {str(k): clean(str(v)) for k, v in dict(needs).items()},
                "conclusion": clean(p.conclusion),
                "risk_level": p.risk_level,
                "safety_plan": [
                    {"who": clean(i.who), "action": clean(i.action), "timing": clean(i.timing)}
                    for i in plan
                ],
                **_signed_record(s, p, PsychosocialAddendum.assessment_id, names, clean),
            }
        )
    return psy_out, hidden_psy


def _administrations(
    s: Session,
    case_ids: list[int],
    withheld: Withheld,
    names: dict[int, str],
    clean: Callable[[str], str],
) -> tuple[list[dict[str, Any]], set[int]]:
    hidden_adm: set[int] = set()
    adm_out: list[dict[str, Any]] = []
    for a in s.execute(
        select(InstrumentAdministration)
        .where(InstrumentAdministration.case_id.in_(case_ids))
        .order_by(InstrumentAdministration.administered_on, InstrumentAdministration.id)
    ).scalars():
        if withheld.record_withheld("administration", a.id):
            hidden_adm.add(a.id)
            continue
        subscales = {
            str(code): {
                "value": v.get("value"),
                "band": v.get("band"),
                "label": v.get("label", ""),
            }
            for code, v in dict(_loads(a.subscales, {})).items()
            if isinstance(v, dict)
        }
        adm_out.append(
            {
                "id": a.id,
                "case_id": a.case_id,
                "instrument_code": a.instrument_code,
                "instrument_name": _instrument_name(a.instrument_code),
                "instrument_version": a.instrument_version,
                "administered_on": _d(a.administered_on),
                "answers": list(_loads(a.answers, [])),
                "total": a.total,
                "severity_code": a.severity_code,
                "severity_label": a.severity_label,
                "subscales": subscales,
                "complete": a.complete,
                "prorated": a.prorated,
                "note": clean(a.note),
                **_signed_record(s, a, AdministrationAddendum.administration_id, names, clean),
            }
        )
    return adm_out, hidden_adm


def _risk_flags(
    s: Session,
    case_ids: list[int],
    hidden_psy: set[int],
    hidden_adm: set[int],
    names: dict[int, str],
    clean: Callable[[str], str],
) -> list[dict[str, Any]]:
    flags_out: list[dict[str, Any]] = []
    for f in s.execute(
        select(RiskFlag).where(RiskFlag.case_id.in_(case_ids)).order_by(RiskFlag.id)
    ).scalars():
        # A flag is part of the record that raised it; a withheld record takes it along.
        if (f.psychosocial_id in hidden_psy) or (f.administration_id in hidden_adm):
            continue
        flags_out.append(
            {
                "id": f.id,
                "case_id": f.case_id,
                "source": f.source,
                "code": f.code,
                "label": f.label,
                "item": f.item,
                "score": f.score,
                "administration_id": f.administration_id,
                "psychosocial_id": f.psychosocial_id,
                "status": f.status,
                "raised_at": _dt(f.raised_at),
                "raised_by": names.get(f.raised_by or 0),
                "resolved_at": _dt(f.resolved_at),
                "resolved_by": names.get(f.resolved_by or 0),
                "action_taken": clean(f.action_taken),
            }
        )
    return flags_out


def _sessions(
    s: Session,
    sessions: list[CounselingSession],
    attendees: dict[int, list[SessionAttendee]],
    is_client: Callable[[SessionAttendee], bool],
    names: dict[int, str],
    clean: Callable[[str], str],
) -> list[dict[str, Any]]:
    sessions_out: list[dict[str, Any]] = []
    for row in sessions:
        present = attendees.get(row.id, [])
        mine = [a for a in present if is_client(a)]
        # No attendees written down says nothing about who came: null, not "absent".
        client_there = bool(mine) if present else None
        addenda = s.execute(
            select(SessionAddendum)
            .where(SessionAddendum.session_id == row.id)
            .order_by(SessionAddendum.id)
        ).scalars()
        sessions_out.append(
            {
                "id": row.id,
                "case_id": row.case_id,
                "appointment_id": row.appointment_id,
                "session_date": _d(row.session_date),
                "start_time": _t(row.start_time),
                "end_time": _t(row.end_time),
                "modality": row.modality,
                "service_type": row.service_type,
                "case_stage": row.case_stage,
                "note_format": row.note_format,
                "sections": {
                    str(k): clean(str(v)) for k, v in dict(_loads(row.note_sections, {})).items()
                },
                "interventions": clean(row.interventions),
                "homework": clean(row.homework),
                "plan": clean(row.plan),
                "next_appointment_at": _dt(row.next_appointment_at),
                "client_attended": client_there,
                "others_present": len(present) - len(mine),
                "author": names.get(row.author_id),
                "created_at": _dt(row.created_at),
                "signed_at": _dt(row.signed_at),
                "signed_by": names.get(row.signed_by or 0),
                "cosigned_at": _dt(row.cosigned_at),
                "cosigned_by": names.get(row.cosigned_by or 0),
                "addenda": [
                    {
                        "text": clean(x.text),
                        "written_at": _dt(x.written_at),
                        "written_by": names.get(x.author_id),
                    }
                    for x in addenda
                ],
            }
        )
    return sessions_out


def _instrument_name(code: str) -> str:
    from lk3_desktop.core import instruments

    try:
        return instruments.get(code).name_id
    except KeyError:
        return code


def _case_part(
    s: Session, case: Case, names: dict[int, str], clean: Callable[[str], str]
) -> dict[str, Any]:
    areas = list(
        s.execute(
            select(ProblemArea.name)
            .join(case_problem_areas, case_problem_areas.c.problem_area_id == ProblemArea.id)
            .where(case_problem_areas.c.case_id == case.id)
            .order_by(ProblemArea.name)
        ).scalars()
    )
    return {
        "id": case.id,
        "registration_number": case.registration_number,
        "intake_date": _d(case.intake_date),
        "referral_source": case.referral_source,
        "referral_source_detail": clean(case.referral_source_detail),
        "urgency": case.urgency,
        "stage": case.stage,
        "counselor": names.get(case.counselor_id or 0),
        "presenting_problem": clean(case.presenting_problem),
        "problem_areas": areas,
        "closed_on": _d(case.closed_on),
        "closing_code": case.closing_code,
        "closing_reason": clean(case.closing_reason),
        "opened_at": _dt(case.created_at),
        "opened_by": names.get(case.created_by or 0),
        "stage_history": [
            {
                "from_stage": h.from_stage,
                "to_stage": h.to_stage,
                "changed_on": _d(h.changed_on),
                "changed_by": names.get(h.changed_by or 0),
                "note": clean(h.note),
            }
            for h in s.execute(
                select(CaseStageChange)
                .where(CaseStageChange.case_id == case.id)
                .order_by(CaseStageChange.id)
            ).scalars()
        ],
        "assignments": [
            {
                "counselor": names.get(a.counselor_id),
                "assigned_at": _dt(a.assigned_at),
                "assigned_by": names.get(a.assigned_by or 0),
                "reason": clean(a.reason),
            }
            for a in s.execute(
                select(CaseAssignment)
                .where(CaseAssignment.case_id == case.id)
                .order_by(CaseAssignment.id)
            ).scalars()
        ],
    }


def _safety_plans(
    s: Session, case_ids: list[int], names: dict[int, str], clean: Callable[[str], str]
) -> list[dict[str, Any]]:
    """The client's safety plans (made with the client: no record kind to withhold)."""
    out: list[dict[str, Any]] = []
    for p in s.execute(
        select(ClientSafetyPlan)
        .where(ClientSafetyPlan.case_id.in_(case_ids))
        .order_by(ClientSafetyPlan.made_on, ClientSafetyPlan.id)
    ).scalars():

        def lines(text: str) -> list[str]:
            return [clean(str(v)) for v in _loads(text, [])]

        def contacts(text: str) -> list[dict[str, str]]:
            return [
                {"name": clean(str(pair[0])), "phone": clean(str(pair[1]))}
                for pair in _loads(text, [])
            ]

        out.append(
            {
                "id": p.id,
                "case_id": p.case_id,
                "made_on": _d(p.made_on),
                "warning_signs": lines(p.warning_signs),
                "coping": lines(p.coping),
                "distractions": contacts(p.distractions),
                "helpers": contacts(p.helpers),
                "professionals": contacts(p.professionals),
                "environment": lines(p.environment),
                "reasons": clean(p.reasons),
                **_signed_record(s, p, ClientSafetyPlanAddendum.plan_id, names, clean),
            }
        )
    return out
