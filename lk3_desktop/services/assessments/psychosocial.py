"""Narrative psychosocial assessments: create, correct, delete, sign and add addenda.

Saving with risk level ``tinggi`` raises a risk flag; signing checks the assessment is complete.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.psychosocial import (
    ASSESSMENT_KINDS,
    NEED_DOMAINS,
    RISK_LEVELS,
    SafetyPlanRow,
    signing_problems,
)
from lk3_desktop.db.models import (
    Case,
    PsychosocialAddendum,
    PsychosocialAssessment,
    RiskFlag,
    SafetyPlanItem,
)
from lk3_desktop.services import signing
from lk3_desktop.services._versions import next_version
from lk3_desktop.services.assessments.access import _case, _psychosocial
from lk3_desktop.services.assessments.checks import (
    _check_date,
    _check_text,
    _now,
    _refuse_first,
    signed_kind,
)
from lk3_desktop.services.assessments.reading import _psychosocial_info, _user_names
from lk3_desktop.services.assessments.results import (
    DRAFT,
    FLAG_OPEN,
    PsychosocialInfo,
    PsychosocialInput,
)
from lk3_desktop.services.assessments.risk_flags import _sync_psychosocial_flags
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.signing import AddendumInfo


def _clean_psychosocial(data: PsychosocialInput) -> PsychosocialInput:
    kinds = {code for code, _ in ASSESSMENT_KINDS}
    if data.kind not in kinds:
        raise ValidationError("assessment.kind_required", "kind")
    levels = {code for code, _ in RISK_LEVELS}
    if data.risk_level is not None and data.risk_level not in levels:
        raise ValidationError("assessment.risk_level_required", "risk_level")
    domains = {code for code, _ in NEED_DOMAINS}
    unknown = sorted(set(data.needs) - domains)
    if unknown:
        raise ValidationError("assessment.need_unknown", "needs", code=unknown[0])
    needs = {
        code: _check_text(data.needs.get(code, ""), "needs")
        for code, _ in NEED_DOMAINS
        if data.needs.get(code, "").strip()
    }
    plan = tuple(
        SafetyPlanRow(
            _check_text(r.who, "safety_plan")[:200],
            _check_text(r.action, "safety_plan"),
            _check_text(r.timing, "safety_plan")[:200],
        )
        for r in data.safety_plan
        if not r.is_blank
    )
    return PsychosocialInput(
        assessed_on=data.assessed_on,
        kind=data.kind,
        presenting_problem=_check_text(data.presenting_problem, "presenting_problem"),
        history=_check_text(data.history, "history"),
        family_relations=_check_text(data.family_relations, "family_relations"),
        genogram_notes=_check_text(data.genogram_notes, "genogram_notes"),
        strengths=_check_text(data.strengths, "strengths"),
        risk_factors=_check_text(data.risk_factors, "risk_factors"),
        needs=needs,
        conclusion=_check_text(data.conclusion, "conclusion"),
        risk_level=data.risk_level,
        safety_plan=plan,
    )


def _write_psychosocial(s: Session, row: PsychosocialAssessment, data: PsychosocialInput) -> None:
    row.kind = data.kind
    row.assessed_on = data.assessed_on
    row.presenting_problem = data.presenting_problem
    row.history = data.history
    row.family_relations = data.family_relations
    row.genogram_notes = data.genogram_notes
    row.strengths = data.strengths
    row.risk_factors = data.risk_factors
    row.needs = json.dumps(dict(data.needs), ensure_ascii=False)
    row.conclusion = data.conclusion
    row.risk_level = data.risk_level
    s.flush()
    s.execute(delete(SafetyPlanItem).where(SafetyPlanItem.assessment_id == row.id))
    for position, plan_row in enumerate(data.safety_plan, start=1):
        s.add(
            SafetyPlanItem(
                assessment_id=row.id,
                position=position,
                who=plan_row.who,
                action=plan_row.action,
                timing=plan_row.timing,
            )
        )
    s.flush()


def create_psychosocial(
    session: UserSession, case_id: int, data: PsychosocialInput
) -> PsychosocialInfo:
    """Save a new draft psychosocial assessment of a case. A ``tinggi`` risk level raises a
    risk flag at once; the safety plan it needs is checked when signing."""
    clean = _clean_psychosocial(data)
    with session.store.transaction() as s:
        case = _case(s, session, case_id, write=True)
        _check_date(clean.assessed_on, case, "assessed_on")
        now = _now()
        row = PsychosocialAssessment(
            case_id=case.id,
            client_id=case.client_id,
            assessed_on=clean.assessed_on,
            status=DRAFT,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        _write_psychosocial(s, row, clean)
        session.audit(
            s,
            "psychosocial.created",
            "psychosocial_assessment",
            row.id,
            {"case": case.id, "risk_level": clean.risk_level},
        )
        _sync_psychosocial_flags(s, session, row)
        return _psychosocial_info(s, row, _user_names(s), case.registration_number)


def update_psychosocial(
    session: UserSession,
    assessment_id: int,
    data: PsychosocialInput,
    *,
    expected_version: int | None = None,
) -> PsychosocialInfo:
    """Change a draft psychosocial assessment. RecordLocked once signed.
    ``expected_version``: the version the form started from; a newer one raises
    EditConflict with the assessment as saved now."""
    clean = _clean_psychosocial(data)
    with session.store.transaction() as s:
        row, case = _psychosocial(s, session, assessment_id, write=True)
        signing.require_draft(row)
        next_version(
            row,
            expected_version,
            "psychosocial_assessment",
            lambda: _psychosocial_info(s, row, _user_names(s), case.registration_number),
        )
        _check_date(clean.assessed_on, case, "assessed_on")
        _write_psychosocial(s, row, clean)
        row.updated_at = _now()
        s.flush()
        session.audit(
            s,
            "psychosocial.updated",
            "psychosocial_assessment",
            row.id,
            {"risk_level": clean.risk_level},
        )
        _sync_psychosocial_flags(s, session, row)
        return _psychosocial_info(s, row, _user_names(s), case.registration_number)


def delete_psychosocial(session: UserSession, assessment_id: int) -> None:
    """Delete a draft psychosocial assessment. RecordLocked once signed; refused while its
    risk flag is open."""
    with session.store.transaction() as s:
        row, _case_row = _psychosocial(s, session, assessment_id, write=True)
        signing.require_draft(row)
        open_flag = s.execute(
            select(RiskFlag.id).where(
                RiskFlag.psychosocial_id == row.id, RiskFlag.status == FLAG_OPEN
            )
        ).first()
        if open_flag is not None:
            raise ValidationError("assessment.open_flag")
        s.execute(
            update(RiskFlag).where(RiskFlag.psychosocial_id == row.id).values(psychosocial_id=None)
        )
        s.execute(delete(SafetyPlanItem).where(SafetyPlanItem.assessment_id == row.id))
        session.audit(
            s, "psychosocial.deleted", "psychosocial_assessment", row.id, {"case": row.case_id}
        )
        s.delete(row)


def get_psychosocial(session: UserSession, assessment_id: int) -> PsychosocialInfo:
    with session.store.transaction() as s:
        row, case = _psychosocial(s, session, assessment_id, write=False)
        session.audit(s, "psychosocial.viewed", "psychosocial_assessment", row.id)
        return _psychosocial_info(s, row, _user_names(s), case.registration_number)


def _load_to_write(
    s: Session, session: UserSession, assessment_id: int
) -> tuple[PsychosocialAssessment, Case]:
    return _psychosocial(s, session, assessment_id, write=True)


def _ready(s: Session, _session: UserSession, row: PsychosocialAssessment) -> None:
    plan = [
        SafetyPlanRow(p.who, p.action, p.timing)
        for p in s.execute(
            select(SafetyPlanItem).where(SafetyPlanItem.assessment_id == row.id)
        ).scalars()
    ]
    problems = signing_problems(row.risk_level, row.conclusion, plan)
    _refuse_first(problems)


PSYCHOSOCIAL: signing.SignedKind[PsychosocialAssessment] = signed_kind(
    "psychosocial",
    "psychosocial_assessment",
    load=_load_to_write,
    ready=_ready,
    seal=lambda row, _case: {"risk_level": row.risk_level},
    addendum=PsychosocialAddendum,
    record_key="assessment_id",
)


def sign_psychosocial(session: UserSession, assessment_id: int, password: str) -> PsychosocialInfo:
    """Sign after password re-entry. Needs a risk level and a conclusion; ``tinggi`` needs a
    safety plan with at least one complete row (who, what, when)."""
    return signing.sign(
        session,
        PSYCHOSOCIAL,
        assessment_id,
        password,
        lambda s, row, case: _psychosocial_info(s, row, _user_names(s), case.registration_number),
    )


def add_psychosocial_addendum(session: UserSession, assessment_id: int, text: str) -> AddendumInfo:
    """Add a dated addendum to a signed psychosocial assessment."""
    return signing.add_addendum(
        session, PSYCHOSOCIAL, assessment_id, text, lambda _s, _row, _case, info: info
    )


def signing_problems_of(data: PsychosocialInput) -> list[tuple[str, Sentence]]:
    """What a form as typed still lacks for signing, as (field, sentence) pairs;
    the same rule :func:`sign_psychosocial` applies (no database)."""
    return signing_problems(data.risk_level, data.conclusion, data.safety_plan)
