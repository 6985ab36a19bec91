"""Instrument administrations (SRQ-20, PHQ-9, ...): record, correct, delete, sign and add addenda.

A signed administration is locked; only addenda (own author, own time) can be added.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.instruments import Score
from lk3_desktop.db.models import AdministrationAddendum, Case, InstrumentAdministration, RiskFlag
from lk3_desktop.services import signing
from lk3_desktop.services._versions import next_version
from lk3_desktop.services.assessments.access import _administration, _case
from lk3_desktop.services.assessments.catalogue import instrument
from lk3_desktop.services.assessments.checks import (
    _check_date,
    _check_text,
    _fully_scored,
    _now,
    _score,
    _store_score,
    signed_kind,
)
from lk3_desktop.services.assessments.reading import _admin_info, _user_names
from lk3_desktop.services.assessments.results import (
    DRAFT,
    FLAG_OPEN,
    AdministrationInfo,
)
from lk3_desktop.services.assessments.risk_flags import _sync_administration_flags
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.signing import AddendumInfo


def record_administration(
    session: UserSession,
    case_id: int,
    code: str,
    answers: Sequence[int | None],
    administered_on: datetime.date,
    note: str = "",
) -> AdministrationInfo:
    """Save a new draft administration of instrument ``code``; scores come from the engine.

    A risk rule met by an answer raises an open risk flag at once.
    """
    definition = instrument(code)
    note_text = _check_text(note, "note")
    with session.store.transaction() as s:
        case = _case(s, session, case_id, write=True)
        _check_date(administered_on, case, "administered_on")
        now = _now()
        row = InstrumentAdministration(
            case_id=case.id,
            client_id=case.client_id,
            administered_on=administered_on,
            note=note_text,
            status=DRAFT,
            created_at=now,
            created_by=session.actor.user_id,
            updated_at=now,
        )
        score = _store_score(row, definition, answers)
        s.add(row)
        s.flush()
        session.audit(
            s,
            "assessment.created",
            "instrument_administration",
            row.id,
            {"case": case.id, "instrument": definition.code},
        )
        _sync_administration_flags(s, session, row, score)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def update_administration(
    session: UserSession,
    administration_id: int,
    answers: Sequence[int | None],
    administered_on: datetime.date,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> AdministrationInfo:
    """Change a draft's answers, date or note (scores recomputed). RecordLocked once signed.
    ``expected_version``: the version the form started from; a newer one (the head or the
    case's counselor saved it at another desk) raises EditConflict with it as saved now."""
    note_text = _check_text(note, "note")
    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=True)
        signing.require_draft(row)
        next_version(
            row,
            expected_version,
            "instrument_administration",
            lambda: _admin_info(s, row, _user_names(s), case.registration_number),
        )
        definition = instrument(row.instrument_code)
        _check_date(administered_on, case, "administered_on")
        row.administered_on = administered_on
        row.note = note_text
        row.updated_at = _now()
        score = _store_score(row, definition, answers)
        s.flush()
        session.audit(s, "assessment.updated", "instrument_administration", row.id)
        _sync_administration_flags(s, session, row, score)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def delete_administration(session: UserSession, administration_id: int) -> None:
    """Delete a draft entered by mistake. RecordLocked once signed; refused while it has an
    open risk flag (record what was done about it first)."""
    with session.store.transaction() as s:
        row, _case_row = _administration(s, session, administration_id, write=True)
        signing.require_draft(row)
        open_flags = s.execute(
            select(RiskFlag.id).where(
                RiskFlag.administration_id == row.id, RiskFlag.status == FLAG_OPEN
            )
        ).first()
        if open_flags is not None:
            raise ValidationError("assessment.open_flag")
        s.execute(
            update(RiskFlag)
            .where(RiskFlag.administration_id == row.id)
            .values(administration_id=None)
        )
        session.audit(
            s,
            "assessment.deleted",
            "instrument_administration",
            row.id,
            {"case": row.case_id, "instrument": row.instrument_code},
        )
        s.delete(row)


def get_administration(session: UserSession, administration_id: int) -> AdministrationInfo:
    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=False)
        session.audit(s, "assessment.viewed", "instrument_administration", row.id)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def _load_to_write(
    s: Session, session: UserSession, administration_id: int
) -> tuple[InstrumentAdministration, Case]:
    return _administration(s, session, administration_id, write=True)


def _final_score(row: InstrumentAdministration) -> Score:
    return _score(instrument(row.instrument_code), json.loads(row.answers))


def _ready(_s: Session, _session: UserSession, row: InstrumentAdministration) -> None:
    if not _fully_scored(instrument(row.instrument_code), _final_score(row)):
        raise ValidationError("assessment.answer_all", "answers")


def _seal(row: InstrumentAdministration, _case: Case) -> dict[str, Any]:
    """The final score as the engine computes it now."""
    _store_score(row, instrument(row.instrument_code), json.loads(row.answers))
    return {"instrument": row.instrument_code}


def _raise_flags(s: Session, session: UserSession, row: InstrumentAdministration) -> None:
    _sync_administration_flags(s, session, row, _final_score(row))


ADMINISTRATION: signing.SignedKind[InstrumentAdministration] = signed_kind(
    "assessment",
    "instrument_administration",
    load=_load_to_write,
    ready=_ready,
    seal=_seal,
    addendum=AdministrationAddendum,
    record_key="administration_id",
    after_signed=_raise_flags,
)


def sign_administration(
    session: UserSession, administration_id: int, password: str
) -> AdministrationInfo:
    """Sign a complete draft after password re-entry; it is locked from then on."""
    return signing.sign(
        session,
        ADMINISTRATION,
        administration_id,
        password,
        lambda s, row, case: _admin_info(s, row, _user_names(s), case.registration_number),
    )


def add_administration_addendum(
    session: UserSession, administration_id: int, text: str
) -> AddendumInfo:
    """Add a dated addendum to a signed administration (drafts are edited directly)."""
    return signing.add_addendum(
        session, ADMINISTRATION, administration_id, text, lambda _s, _row, _case, info: info
    )
