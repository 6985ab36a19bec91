"""The client's safety plan of a case (core/client_safety_plan.py): create, correct, delete,
sign, add addenda, and print it for the client.

Same access as the other assessments of the case (the head and the case's counselor; never
staf) and the same signing rule (services/signing.py): a draft until its author or the head
signs it with the password, then final, corrected only by addenda. Only a signed plan is
printed, so what the client carries home is what the record says.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.client_safety_plan import (
    CRISIS_SERVICES,
    MAX_ITEMS,
    Contact,
    SafetyPlanInput,
    signing_problems,
)
from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.text_input import bounded
from lk3_desktop.db.models import (
    Case,
    CenterProfile,
    Client,
    ClientSafetyPlan,
    ClientSafetyPlanAddendum,
)
from lk3_desktop.services import signing
from lk3_desktop.services._versions import next_version
from lk3_desktop.services.assessments.access import _case, _record
from lk3_desktop.services.assessments.checks import (
    _check_date,
    _check_text,
    _now,
    _refuse_first,
    signed_kind,
)
from lk3_desktop.services.assessments.reading import _addenda, _name, _user_names
from lk3_desktop.services.assessments.results import DRAFT, SafetyPlanInfo
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.signing import AddendumInfo

ENTITY = "client_safety_plan"


# -- reading and writing the row --------------------------------------------------------


def _lines(values: Sequence[str], step: str) -> tuple[str, ...]:
    lines = tuple(
        bounded(v, limits.GOAL, step) for v in values if v.strip()
    )  # one line each: a step's item
    if len(lines) > MAX_ITEMS:
        raise ValidationError("client_safety_plan.too_many", step, max=MAX_ITEMS)
    return lines


def _contacts(values: Sequence[Contact], step: str) -> tuple[Contact, ...]:
    rows = tuple(
        Contact(bounded(c.name, limits.GOAL, step), bounded(c.phone, limits.SHORT_TEXT, step))
        for c in values
        if not c.is_blank
    )
    if len(rows) > MAX_ITEMS:
        raise ValidationError("client_safety_plan.too_many", step, max=MAX_ITEMS)
    return rows


def _clean(data: SafetyPlanInput) -> SafetyPlanInput:
    return SafetyPlanInput(
        made_on=data.made_on,
        warning_signs=_lines(data.warning_signs, "warning_signs"),
        coping=_lines(data.coping, "coping"),
        distractions=_contacts(data.distractions, "distractions"),
        helpers=_contacts(data.helpers, "helpers"),
        professionals=_contacts(data.professionals, "professionals"),
        environment=_lines(data.environment, "environment"),
        reasons=_check_text(data.reasons, "reasons"),
    )


def _dump_lines(lines: Sequence[str]) -> str:
    return json.dumps(list(lines), ensure_ascii=False)


def _dump_contacts(rows: Sequence[Contact]) -> str:
    return json.dumps([[c.name, c.phone] for c in rows], ensure_ascii=False)


def _load_lines(text: str) -> tuple[str, ...]:
    value = json.loads(text or "[]")
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _load_contacts(text: str) -> tuple[Contact, ...]:
    value = json.loads(text or "[]")
    if not isinstance(value, list):
        return ()
    return tuple(Contact(str(pair[0]), str(pair[1])) for pair in value if len(pair) == 2)


def _write(row: ClientSafetyPlan, data: SafetyPlanInput) -> None:
    row.made_on = data.made_on
    row.warning_signs = _dump_lines(data.warning_signs)
    row.coping = _dump_lines(data.coping)
    row.distractions = _dump_contacts(data.distractions)
    row.helpers = _dump_contacts(data.helpers)
    row.professionals = _dump_contacts(data.professionals)
    row.environment = _dump_lines(data.environment)
    row.reasons = data.reasons


def _data(row: ClientSafetyPlan) -> SafetyPlanInput:
    return SafetyPlanInput(
        made_on=row.made_on,
        warning_signs=_load_lines(row.warning_signs),
        coping=_load_lines(row.coping),
        distractions=_load_contacts(row.distractions),
        helpers=_load_contacts(row.helpers),
        professionals=_load_contacts(row.professionals),
        environment=_load_lines(row.environment),
        reasons=row.reasons,
    )


def _info(
    s: Session, row: ClientSafetyPlan, names: Mapping[int, str], registration_number: str
) -> SafetyPlanInfo:
    return SafetyPlanInfo(
        id=row.id,
        case_id=row.case_id,
        client_id=row.client_id,
        registration_number=registration_number,
        data=_data(row),
        status=row.status,
        created_by_id=row.created_by,
        created_by_name=_name(names, row.created_by),
        created_at=row.created_at,
        updated_at=row.updated_at,
        signed_by_name=_name(names, row.signed_by),
        signed_at=row.signed_at,
        addenda=_addenda(s, ClientSafetyPlanAddendum.plan_id, row.id, names),
        version=row.version or 1,
    )


def _plan(
    s: Session, session: UserSession, plan_id: int, write: bool
) -> tuple[ClientSafetyPlan, Case]:
    return _record(
        s,
        session,
        ClientSafetyPlan,
        plan_id,
        write,
        lambda: ValidationError("client_safety_plan.not_found"),
    )


def plans_of_case(s: Session, case: Case, names: Mapping[int, str]) -> tuple[SafetyPlanInfo, ...]:
    """The plans of ``case``, newest first (the caller checked access)."""
    rows = s.execute(
        select(ClientSafetyPlan)
        .where(ClientSafetyPlan.case_id == case.id)
        .order_by(ClientSafetyPlan.made_on.desc(), ClientSafetyPlan.id.desc())
    ).scalars()
    return tuple(_info(s, row, names, case.registration_number) for row in rows)


# -- the operations ---------------------------------------------------------------------


def proposed_plan(session: UserSession, case_id: int) -> SafetyPlanInput:
    """What a new plan starts with: today's date, and as professionals and services the
    LK3 itself (with its phone and the case's counselor, when the profile has a phone) and
    the national crisis services (SAPA 129, 112, 119, 110), to keep, change or remove."""
    with session.store.transaction() as s:
        case = _case(s, session, case_id, write=True)
        profile = s.get(CenterProfile, 1)
        counselor = _name(_user_names(s), case.counselor_id)
    office: tuple[Contact, ...] = ()
    if profile is not None and profile.name.strip() and profile.phone.strip():
        from lk3_desktop.core.vocabulary import office_name

        name = office_name(profile.name)
        if counselor:
            name += f" (konselor: {counselor})"
        office = (Contact(name, profile.phone or ""),)
    return SafetyPlanInput(made_on=datetime.date.today(), professionals=(*office, *CRISIS_SERVICES))


def create_safety_plan(session: UserSession, case_id: int, data: SafetyPlanInput) -> SafetyPlanInfo:
    """Save a new draft plan of a case."""
    clean = _clean(data)
    with session.store.transaction() as s:
        case = _case(s, session, case_id, write=True)
        _check_date(clean.made_on, case, "made_on")
        now = _now()
        row = ClientSafetyPlan(
            case_id=case.id,
            client_id=case.client_id,
            status=DRAFT,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
        )
        _write(row, clean)
        s.add(row)
        s.flush()
        session.audit(s, f"{ENTITY}.created", ENTITY, row.id, {"case": case.id})
        return _info(s, row, _user_names(s), case.registration_number)


def update_safety_plan(
    session: UserSession,
    plan_id: int,
    data: SafetyPlanInput,
    *,
    expected_version: int | None = None,
) -> SafetyPlanInfo:
    """Change a draft plan. RecordLocked once signed. ``expected_version``: the version the
    form started from; a newer one raises EditConflict with the plan as saved now."""
    clean = _clean(data)
    with session.store.transaction() as s:
        row, case = _plan(s, session, plan_id, write=True)
        signing.require_draft(row)
        next_version(
            row,
            expected_version,
            "client_safety_plan",
            lambda: _info(s, row, _user_names(s), case.registration_number),
        )
        _check_date(clean.made_on, case, "made_on")
        _write(row, clean)
        row.updated_at = _now()
        s.flush()
        session.audit(s, f"{ENTITY}.updated", ENTITY, row.id)
        return _info(s, row, _user_names(s), case.registration_number)


def delete_safety_plan(session: UserSession, plan_id: int) -> None:
    """Delete a draft plan. RecordLocked once signed."""
    with session.store.transaction() as s:
        row, case = _plan(s, session, plan_id, write=True)
        signing.require_draft(row)
        s.execute(
            delete(ClientSafetyPlanAddendum).where(ClientSafetyPlanAddendum.plan_id == row.id)
        )
        session.audit(s, f"{ENTITY}.deleted", ENTITY, row.id, {"case": case.id})
        s.delete(row)


def get_safety_plan(session: UserSession, plan_id: int) -> SafetyPlanInfo:
    with session.store.transaction() as s:
        row, case = _plan(s, session, plan_id, write=False)
        session.audit(s, f"{ENTITY}.viewed", ENTITY, row.id)
        return _info(s, row, _user_names(s), case.registration_number)


def safety_plan_problems_of(data: SafetyPlanInput) -> list[tuple[str, Sentence]]:
    """What a plan as typed still lacks for signing (the rule :func:`sign_safety_plan`
    applies; no database)."""
    return signing_problems(data)


def _ready(_s: Session, _session: UserSession, row: ClientSafetyPlan) -> None:
    problems = signing_problems(_data(row))
    _refuse_first(problems)


SAFETY_PLAN: signing.SignedKind[ClientSafetyPlan] = signed_kind(
    ENTITY,
    ENTITY,
    load=lambda s, session, plan_id: _plan(s, session, plan_id, write=True),
    ready=_ready,
    seal=lambda _row, case: {"case": case.id},
    addendum=ClientSafetyPlanAddendum,
    record_key="plan_id",
)


def sign_safety_plan(session: UserSession, plan_id: int, password: str) -> SafetyPlanInfo:
    """Sign after password re-entry; the plan must name a warning sign, a thing to do alone
    and a professional or service with a number (core/client_safety_plan.signing_problems)."""
    return signing.sign(
        session,
        SAFETY_PLAN,
        plan_id,
        password,
        lambda s, row, case: _info(s, row, _user_names(s), case.registration_number),
    )


def add_safety_plan_addendum(session: UserSession, plan_id: int, text: str) -> AddendumInfo:
    """Add a dated addendum to a signed plan (a number changed, a new person to call)."""
    return signing.add_addendum(
        session, SAFETY_PLAN, plan_id, text, lambda _s, _row, _case, info: info
    )


def safety_plan_pdf(session: UserSession, plan_id: int) -> bytes:
    """The signed plan as an A4 PDF for the client (kop, RAHASIA, the steps, the numbers to
    call, the signatures, the addenda); audited as printed. A draft is refused."""
    from lk3_desktop.services._kop import kop_center

    with session.store.transaction() as s:
        row, case = _plan(s, session, plan_id, write=False)
        if row.signed_at is None:
            raise ValidationError("client_safety_plan.pdf_unsigned")
        client = s.get(Client, row.client_id)
        if client is None or client.anonymised_at is not None:
            raise ValidationError("client_safety_plan.pdf_erased")
        info = _info(s, row, _user_names(s), case.registration_number)
        center = kop_center(s)
        counselor = _name(_user_names(s), case.counselor_id)
        session.audit(
            s, f"{ENTITY}.printed", ENTITY, row.id, {"case": case.id, "addenda": len(info.addenda)}
        )
    from lk3_desktop.documents import client_safety_plan as document

    return document.render_safety_plan(
        document.SafetyPlanDocument(
            center=center,
            client_name=client.full_name,
            registration_number=info.registration_number,
            plan=info.data,
            counselor=counselor or info.created_by_name,
            signed_by=info.signed_by_name,
            signed_at=info.signed_at,  # type: ignore[arg-type]  # signed: checked above
            addenda=tuple(
                document.AddendumLine(a.author_name, a.written_at, a.text) for a in info.addenda
            ),
        )
    )
