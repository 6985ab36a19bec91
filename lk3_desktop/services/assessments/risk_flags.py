"""Risk flags: raised when a saved draft meets a risk rule, withdrawn when a correction no longer
meets it, resolved when the counselor records the action taken.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk3_desktop.core import instruments
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.psychosocial import HIGH_RISK
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import Case, InstrumentAdministration, PsychosocialAssessment, RiskFlag
from lk3_desktop.db.storage import refuse_hidden
from lk3_desktop.services.assessments.access import _case, _require_clinical_role, _visible_cases
from lk3_desktop.services.assessments.checks import _check_text, _now
from lk3_desktop.services.assessments.reading import _flag_info, _user_names
from lk3_desktop.services.assessments.results import (
    FLAG_OPEN,
    FLAG_RESOLVED,
    FLAG_WITHDRAWN,
    FlagInfo,
)
from lk3_desktop.services.context import UserSession

NARRATIVE_SOURCE: Final = "ASESMEN"
NARRATIVE_FLAG: Final = "high_risk_assessment"
NARRATIVE_FLAG_LABEL: Final = "Tingkat risiko tinggi pada asesmen psikososial"
WITHDRAWN_NOTE: Final = "Draf dikoreksi sebelum ditandatangani; tanda risiko tidak berlaku lagi."


_FlagKey = tuple[str, int | None, str | None]


def _sync_flags(
    s: Session,
    session: UserSession,
    existing: Iterable[RiskFlag],
    raised: Mapping[_FlagKey, str],
    make: Any,
) -> None:
    """Open a flag for each raised key not already open or resolved; withdraw open flags
    whose key no longer holds. ``make(key, label)`` builds a new RiskFlag."""
    now = _now()
    kept: set[_FlagKey] = set()
    for flag in existing:
        key = (flag.code, flag.item, flag.score)
        if flag.status == FLAG_OPEN and key not in raised:
            flag.status = FLAG_WITHDRAWN
            flag.resolved_at = now
            flag.resolved_by = session.actor.user_id
            flag.action_taken = WITHDRAWN_NOTE
            s.flush()
            session.audit(s, "risk_flag.withdrawn", "risk_flag", flag.id, {"code": flag.code})
        elif flag.status in (FLAG_OPEN, FLAG_RESOLVED):
            kept.add(key)
    for key, label in raised.items():
        if key in kept:
            continue
        flag = make(key, label)
        s.add(flag)
        s.flush()
        session.audit(
            s,
            "risk_flag.raised",
            "risk_flag",
            flag.id,
            {"client": flag.client_id, "code": flag.code, "source": flag.source, "item": flag.item},
        )


def _sync_administration_flags(
    s: Session, session: UserSession, row: InstrumentAdministration, score: instruments.Score
) -> None:
    existing = s.execute(select(RiskFlag).where(RiskFlag.administration_id == row.id)).scalars()
    raised = {(f.code, f.item, f.score): f.label for f in score.flags}

    def make(key: _FlagKey, label: str) -> RiskFlag:
        return RiskFlag(
            client_id=row.client_id,
            case_id=row.case_id,
            administration_id=row.id,
            source=row.instrument_code,
            item=key[1],
            score=key[2],
            code=key[0],
            label=label,
            status=FLAG_OPEN,
            raised_at=_now(),
            raised_by=session.actor.user_id,
            action_taken="",
        )

    _sync_flags(s, session, list(existing), raised, make)


def _sync_psychosocial_flags(s: Session, session: UserSession, row: PsychosocialAssessment) -> None:
    existing = s.execute(select(RiskFlag).where(RiskFlag.psychosocial_id == row.id)).scalars()
    raised: dict[_FlagKey, str] = {}
    if row.risk_level == HIGH_RISK:
        raised[(NARRATIVE_FLAG, None, None)] = NARRATIVE_FLAG_LABEL

    def make(key: _FlagKey, label: str) -> RiskFlag:
        return RiskFlag(
            client_id=row.client_id,
            case_id=row.case_id,
            psychosocial_id=row.id,
            source=NARRATIVE_SOURCE,
            item=None,
            score=None,
            code=key[0],
            label=label,
            status=FLAG_OPEN,
            raised_at=_now(),
            raised_by=session.actor.user_id,
            action_taken="",
        )

    _sync_flags(s, session, list(existing), raised, make)


def open_risk_flags(session: UserSession, client_id: int) -> list[FlagInfo]:
    """The client's unresolved risk flags on cases the actor may see, oldest first. Their
    view's entry is committed before they are returned; the wait for the disk comes after
    (:meth:`UserSession.write_through`)."""
    with session.store.transaction(wait_for_disk=False) as s:
        return risk_flags_in(s, session, client_id)


def risk_flags_in(s: Session, session: UserSession, client_id: int) -> list[FlagInfo]:
    """:func:`open_risk_flags` inside the caller's transaction (the client page's opening
    read)."""
    cases = _visible_cases(s, session, client_id)
    case_ids = [c.id for c in cases]
    if not case_ids:
        return []
    flags = list(
        s.execute(
            select(RiskFlag)
            .where(RiskFlag.case_id.in_(case_ids), RiskFlag.status == FLAG_OPEN)
            .order_by(RiskFlag.raised_at, RiskFlag.id)
        ).scalars()
    )
    if not flags:
        return []  # most clients: no need for everyone's names
    names = _user_names(s)
    result = [_flag_info(f, names) for f in flags]
    if result:
        session.audit(s, "risk_flag.viewed", "client", client_id, {"flags": [f.id for f in result]})
    return result


def resolve_flag(session: UserSession, flag_id: int, action_taken: str) -> FlagInfo:
    """Record the action taken on an open flag; the flag is then resolved (and stays so)."""
    text = _check_text(action_taken, "action_taken")
    with session.store.transaction() as s:
        flag = s.get(RiskFlag, flag_id)
        if flag is None:
            _require_clinical_role(session)
            refuse_hidden(s, "risk_flags", flag_id)
            raise ValidationError("risk_flag.not_found")
        _case(s, session, flag.case_id, write=True)
        if flag.status != FLAG_OPEN:
            raise ValidationError("risk_flag.handled")
        if not text:
            raise ValidationError("risk_flag.action_required", "action_taken")
        flag.status = FLAG_RESOLVED
        flag.resolved_at = _now()
        flag.resolved_by = session.actor.user_id
        flag.action_taken = text
        s.flush()
        session.audit(s, "risk_flag.resolved", "risk_flag", flag.id, {"client": flag.client_id})
        return _flag_info(flag, _user_names(s))


def clients_with_open_high_risk(session: UserSession, client_ids: Iterable[int]) -> set[int]:
    """Which of ``client_ids`` have an unresolved high-risk flag the actor may see.

    For the client list's red mark: the head sees every client's flags, a counselor those on
    their own cases, staf none (risk is clinical content), so staf always gets an empty set.
    """
    ids = sorted(set(client_ids))
    role = session.actor.role
    if not ids or role is Role.STAF:
        return set()
    found: set[int] = set()
    with session.store.transaction() as s:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            query = (
                select(RiskFlag.client_id)
                .join(Case, Case.id == RiskFlag.case_id)
                .where(RiskFlag.status == FLAG_OPEN, RiskFlag.client_id.in_(chunk))
                .distinct()
            )
            if role is not Role.KEPALA:
                query = query.where(Case.counselor_id == session.actor.user_id)
            found.update(s.execute(query).scalars())
    return found


def last_high_risk(session: UserSession, client_id: int) -> datetime.date | None:
    """When the client's newest high-risk flag was raised (open or handled; a flag withdrawn by
    correcting a draft does not count), on cases the actor may see; None for staf and for a
    client never at risk. The client page keeps it in view after the action is recorded."""
    if session.actor.role is Role.STAF:
        return None
    with session.store.transaction() as s:
        return last_high_risk_in(s, session, client_id)


def last_high_risk_in(s: Session, session: UserSession, client_id: int) -> datetime.date | None:
    """:func:`last_high_risk` inside the caller's transaction (the client page's opening
    read)."""
    if session.actor.role is Role.STAF:
        return None
    query = (
        select(func.max(RiskFlag.raised_at))
        .join(Case, Case.id == RiskFlag.case_id)
        .where(RiskFlag.client_id == client_id, RiskFlag.status != FLAG_WITHDRAWN)
    )
    if session.actor.role is not Role.KEPALA:
        query = query.where(Case.counselor_id == session.actor.user_id)
    newest = s.execute(query).scalar()
    return newest.date() if newest is not None else None
