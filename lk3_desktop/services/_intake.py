"""Registering a client and opening a case inside the caller's transaction.

``clients.create_client`` and ``cases.open_case`` run one of these in a transaction of their
own; the register import runs thousands in one transaction, so a whole register is imported
or nothing is. Checks that do not need the database (the form's rules) happen before.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.numbering import CASE_NUMBER_TEMPLATE
from lk3_desktop.core.roles import Role
from lk3_desktop.core.text_input import bounded
from lk3_desktop.core.vocabulary import REFERRAL_SOURCES, URGENCIES
from lk3_desktop.db.models import (
    Case,
    CaseAssignment,
    CaseStageChange,
    CenterProfile,
    Client,
    ProblemArea,
    case_problem_areas,
)
from lk3_desktop.services._counters import next_free_number
from lk3_desktop.services._search_index import reindex_client
from lk3_desktop.services._setting_rows import CASE_NUMBER_TEMPLATE as CASE_TEMPLATE_KEY
from lk3_desktop.services._setting_rows import read_setting
from lk3_desktop.services.context import UserSession

if TYPE_CHECKING:
    from lk3_desktop.services.cases import CaseInput


def add_client(
    s: Session,
    session: UserSession,
    values: Mapping[str, Any],
    now: datetime.datetime,
    *,
    nik_override_reason: str | None,
    not_duplicate_of: tuple[int, ...] = (),
    detail: Mapping[str, Any] | None = None,
    reindex: bool = True,
) -> int:
    """Insert a client from a form's cleaned ``values``, index it for search (unless a case
    opened next indexes it anyway), audit it."""
    client = Client(
        **values,
        nik_override_reason=nik_override_reason,
        created_at=now,
        created_by=session.actor.user_id,
        updated_at=now,
    )
    s.add(client)
    s.flush()
    if reindex:
        reindex_client(s, client.id)
    audited: dict[str, Any] = dict(detail or {})
    if nik_override_reason:
        audited["nik_warning_overridden"] = True
    if not_duplicate_of:
        audited["not_duplicate_of"] = sorted(not_duplicate_of)
    session.audit(s, "client.created", "client", client.id, audited)
    return client.id


def check_case_input(session: UserSession, data: CaseInput) -> None:
    """The rules of the intake form that need no database."""
    if data.referral_source not in REFERRAL_SOURCES:
        raise ValidationError("case.referral_source_required", "referral_source")
    if data.referral_source == "rujukan_lembaga" and not data.referral_source_detail.strip():
        raise ValidationError("case.referral_source_detail_required", "referral_source_detail")
    if data.urgency not in URGENCIES:
        raise ValidationError("case.urgency_required", "urgency")
    limits.INTAKE_DATE.check(data.intake_date, "intake_date")
    clinical = bool(data.presenting_problem.strip() or data.problem_area_codes)
    if clinical and session.actor.role is Role.STAF:
        raise PermissionDenied("clinical")


def set_problem_areas(
    s: Session, case_id: int, codes: tuple[str, ...], *, replace: bool = True
) -> None:
    """Replace a case's problem areas (``replace=False``: a new case has none yet);
    ValidationError on an unknown code."""
    ids = {
        code: pid
        for code, pid in s.execute(
            select(ProblemArea.code, ProblemArea.id).where(ProblemArea.code.in_(codes))
        )
    }
    unknown = sorted(set(codes) - set(ids))
    if unknown:
        raise ValidationError("case.problem_area_unknown", "problem_areas", code=unknown[0])
    if replace:
        s.execute(delete(case_problem_areas).where(case_problem_areas.c.case_id == case_id))
    if ids:
        s.execute(
            insert(case_problem_areas),
            [{"case_id": case_id, "problem_area_id": i} for i in ids.values()],
        )


def add_case(
    s: Session,
    session: UserSession,
    client: Client,
    data: CaseInput,
    now: datetime.datetime,
    detail: Mapping[str, Any] | None = None,
    template: str | None = None,
) -> Case:
    """Open a case at intake with the next registration number of its year (checked input,
    an existing client, a counselor already allowed). ``template``: the office's number
    template when the caller read it already."""
    profile = s.get(CenterProfile, 1)
    if template is None:
        template = str(read_setting(s, CASE_TEMPLATE_KEY, CASE_NUMBER_TEMPLATE))
    _seq, number = next_free_number(
        s,
        session,
        f"case:{data.intake_date.year}",
        template,
        data.intake_date,
        profile.center_code if profile else "",
        Case.registration_number,
    )
    case = Case(
        client_id=client.id,
        family_id=data.family_id,
        registration_number=number,
        intake_date=data.intake_date,
        referral_source=data.referral_source,
        referral_source_detail=bounded(
            data.referral_source_detail, limits.DESCRIPTION, "referral_source_detail"
        ),
        presenting_problem=bounded(
            data.presenting_problem, limits.LONG_TEXT, "presenting_problem", multiline=True
        ),
        urgency=data.urgency,
        stage=Stage.INTAKE.value,
        counselor_id=data.counselor_id,
        created_at=now,
        created_by=session.actor.user_id,
    )
    s.add(case)
    s.flush()
    if data.problem_area_codes:
        set_problem_areas(s, case.id, data.problem_area_codes, replace=False)
    s.add(
        CaseStageChange(
            case_id=case.id,
            from_stage=None,
            to_stage=Stage.INTAKE.value,
            changed_on=data.intake_date,
            changed_at=now,
            changed_by=session.actor.user_id,
        )
    )
    if data.counselor_id is not None:
        s.add(
            CaseAssignment(
                case_id=case.id,
                counselor_id=data.counselor_id,
                assigned_at=now,
                assigned_by=session.actor.user_id,
            )
        )
    client.latest_case_id = case.id
    s.flush()
    reindex_client(s, client.id)
    session.audit(s, "case.opened", "case", case.id, {"client": client.id, **(detail or {})})
    return case
