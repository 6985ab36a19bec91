"""The assessments of a client's cases in one list, and the score trend of one instrument."""

from __future__ import annotations

import json
from collections.abc import Sequence
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.db.models import InstrumentAdministration, PsychosocialAssessment
from lk3_desktop.services.assessments.access import _visible_cases
from lk3_desktop.services.assessments.catalogue import instrument
from lk3_desktop.services.assessments.reading import (
    _admin_info,
    _name,
    _psychosocial_info,
    _user_names,
)
from lk3_desktop.services.assessments.results import SIGNED, CaseAssessments, TrendPoint
from lk3_desktop.services.assessments.safety_plans import plans_of_case
from lk3_desktop.services.context import UserSession


def list_for_client(session: UserSession, client_id: int) -> list[CaseAssessments]:
    """The client's cases the actor may see, newest first, each with its assessments
    (newest first). PermissionDenied for staf, and for a counselor with no case of this
    client; a client without cases gives an empty list."""
    with session.store.transaction() as s:
        cases = _visible_cases(s, session, client_id)
        names = _user_names(s)
        result: list[CaseAssessments] = []
        for case in cases:
            admins = s.execute(
                select(InstrumentAdministration)
                .where(InstrumentAdministration.case_id == case.id)
                .order_by(
                    InstrumentAdministration.administered_on.desc(),
                    InstrumentAdministration.id.desc(),
                )
            ).scalars()
            narratives = s.execute(
                select(PsychosocialAssessment)
                .where(PsychosocialAssessment.case_id == case.id)
                .order_by(
                    PsychosocialAssessment.assessed_on.desc(), PsychosocialAssessment.id.desc()
                )
            ).scalars()
            number = case.registration_number
            result.append(
                CaseAssessments(
                    case_id=case.id,
                    registration_number=number,
                    intake_date=case.intake_date,
                    stage=case.stage,
                    counselor_name=_name(names, case.counselor_id),
                    administrations=tuple(_admin_info(s, a, names, number) for a in admins),
                    psychosocial=tuple(_psychosocial_info(s, p, names, number) for p in narratives),
                    safety_plans=plans_of_case(s, case, names),
                )
            )
        session.audit(
            s, "assessment.listed", "client", client_id, {"cases": [c.case_id for c in result]}
        )
        return result


def _trend_points(s: Session, case_ids: Sequence[int], code: str) -> list[TrendPoint]:
    if not case_ids:
        return []
    rows = s.execute(
        select(InstrumentAdministration)
        .where(
            InstrumentAdministration.case_id.in_(case_ids),
            InstrumentAdministration.instrument_code == code,
        )
        .order_by(InstrumentAdministration.administered_on, InstrumentAdministration.id)
    ).scalars()
    points: list[TrendPoint] = []
    for row in rows:
        subscales = {k: int(v["value"]) for k, v in json.loads(row.subscales or "{}").items()}
        if row.total is None and not subscales:
            continue  # nothing scored yet (an incomplete draft)
        points.append(
            TrendPoint(
                administration_id=row.id,
                administered_on=row.administered_on,
                total=row.total,
                severity_code=row.severity_code,
                severity_label=row.severity_label,
                subscales=MappingProxyType(subscales),
                signed=row.status == SIGNED,
            )
        )
    return points


def trend(session: UserSession, client_id: int, code: str) -> list[TrendPoint]:
    """Every scored administration of instrument ``code`` for the client (on cases the actor
    may see), oldest first: the points of the trend chart."""
    definition = instrument(code)
    with session.store.transaction() as s:
        cases = _visible_cases(s, session, client_id)
        points = _trend_points(s, [c.id for c in cases], definition.code)
        session.audit(
            s, "assessment.trend_viewed", "client", client_id, {"instrument": definition.code}
        )
        return points
