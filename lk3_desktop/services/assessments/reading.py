"""Turning assessment rows into the dataclasses of :mod:`.results` (names resolved once)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from lk3_desktop.core import instruments
from lk3_desktop.core.psychosocial import SafetyPlanRow
from lk3_desktop.db.models import (
    AdministrationAddendum,
    InstrumentAdministration,
    PsychosocialAddendum,
    PsychosocialAssessment,
    RiskFlag,
    SafetyPlanItem,
    User,
)
from lk3_desktop.services.assessments.results import (
    AddendumInfo,
    AdministrationInfo,
    FlagInfo,
    PsychosocialInfo,
    PsychosocialInput,
    SubscaleResult,
)


def _user_names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _name(names: Mapping[int, str], user_id: int | None) -> str:
    return names.get(user_id, "") if user_id is not None else ""


def _addenda(
    s: Session, key: InstrumentedAttribute[int], record_id: int, names: Mapping[int, str]
) -> tuple[AddendumInfo, ...]:
    """The addenda whose ``key`` column names ``record_id``, oldest first (each kind of
    clinical record has its own addendum table, all with the same columns)."""
    model: Any = key.class_
    rows = s.execute(select(model).where(key == record_id).order_by(model.id)).scalars()
    return tuple(
        AddendumInfo(a.id, a.created_by, _name(names, a.created_by), a.created_at, a.text)
        for a in rows
    )


def _flag_info(flag: RiskFlag, names: Mapping[int, str]) -> FlagInfo:
    return FlagInfo(
        id=flag.id,
        client_id=flag.client_id,
        case_id=flag.case_id,
        administration_id=flag.administration_id,
        psychosocial_id=flag.psychosocial_id,
        source=flag.source,
        item=flag.item,
        score=flag.score,
        code=flag.code,
        label=flag.label,
        status=flag.status,
        raised_at=flag.raised_at,
        raised_by_name=_name(names, flag.raised_by),
        resolved_at=flag.resolved_at,
        resolved_by_name=_name(names, flag.resolved_by),
        action_taken=flag.action_taken,
    )


def _instrument_name(code: str) -> str:
    try:
        return instruments.get(code).name_id
    except KeyError:
        return code


def _admin_info(
    s: Session,
    row: InstrumentAdministration,
    names: Mapping[int, str],
    registration_number: str,
) -> AdministrationInfo:
    subscales = json.loads(row.subscales or "{}")
    flags = s.execute(
        select(RiskFlag).where(RiskFlag.administration_id == row.id).order_by(RiskFlag.id)
    ).scalars()
    return AdministrationInfo(
        id=row.id,
        case_id=row.case_id,
        client_id=row.client_id,
        registration_number=registration_number,
        instrument_code=row.instrument_code,
        instrument_version=row.instrument_version,
        instrument_name=_instrument_name(row.instrument_code),
        administered_on=row.administered_on,
        answers=tuple(json.loads(row.answers)),
        total=row.total,
        severity_code=row.severity_code,
        severity_label=row.severity_label,
        subscales=tuple(
            SubscaleResult(code, int(v["value"]), v.get("band"), v.get("label", ""))
            for code, v in subscales.items()
        ),
        complete=row.complete,
        prorated=row.prorated,
        note=row.note,
        status=row.status,
        created_by_id=row.created_by,
        created_by_name=_name(names, row.created_by),
        created_at=row.created_at,
        updated_at=row.updated_at,
        signed_by_name=_name(names, row.signed_by),
        signed_at=row.signed_at,
        flags=tuple(_flag_info(f, names) for f in flags),
        addenda=_addenda(s, AdministrationAddendum.administration_id, row.id, names),
        version=row.version or 1,
    )


def _psychosocial_info(
    s: Session,
    row: PsychosocialAssessment,
    names: Mapping[int, str],
    registration_number: str,
) -> PsychosocialInfo:
    plan = s.execute(
        select(SafetyPlanItem)
        .where(SafetyPlanItem.assessment_id == row.id)
        .order_by(SafetyPlanItem.position)
    ).scalars()
    flags = s.execute(
        select(RiskFlag).where(RiskFlag.psychosocial_id == row.id).order_by(RiskFlag.id)
    ).scalars()
    data = PsychosocialInput(
        assessed_on=row.assessed_on,
        kind=row.kind,
        presenting_problem=row.presenting_problem,
        history=row.history,
        family_relations=row.family_relations,
        genogram_notes=row.genogram_notes,
        strengths=row.strengths,
        risk_factors=row.risk_factors,
        needs=MappingProxyType(dict(json.loads(row.needs or "{}"))),
        conclusion=row.conclusion,
        risk_level=row.risk_level,
        safety_plan=tuple(SafetyPlanRow(p.who, p.action, p.timing) for p in plan),
    )
    return PsychosocialInfo(
        id=row.id,
        case_id=row.case_id,
        client_id=row.client_id,
        registration_number=registration_number,
        data=data,
        status=row.status,
        created_by_id=row.created_by,
        created_by_name=_name(names, row.created_by),
        created_at=row.created_at,
        updated_at=row.updated_at,
        signed_by_name=_name(names, row.signed_by),
        signed_at=row.signed_at,
        flags=tuple(_flag_info(f, names) for f in flags),
        addenda=_addenda(s, PsychosocialAddendum.assessment_id, row.id, names),
        version=row.version or 1,
    )
