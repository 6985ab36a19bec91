"""Instrument administrations (SRQ-20, PHQ-9, ...): record, correct, delete, sign and add addenda.

A signed administration is locked; only addenda (own author, own time) can be added.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence

from sqlalchemy import select, update

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.db.models import AdministrationAddendum, InstrumentAdministration, RiskFlag
from lk3_desktop.services import accounts
from lk3_desktop.services.assessments.access import _administration, _case, _refuse_if_signed
from lk3_desktop.services.assessments.catalogue import instrument
from lk3_desktop.services.assessments.checks import (
    _check_date,
    _check_text,
    _fully_scored,
    _now,
    _score,
    _store_score,
)
from lk3_desktop.services.assessments.reading import _admin_info, _user_names
from lk3_desktop.services.assessments.results import (
    DRAFT,
    FLAG_OPEN,
    SIGNED,
    AddendumInfo,
    AdministrationInfo,
)
from lk3_desktop.services.assessments.risk_flags import _sync_administration_flags
from lk3_desktop.services.context import UserSession


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
) -> AdministrationInfo:
    """Change a draft's answers, date or note (scores recomputed). RecordLocked once signed."""
    note_text = _check_text(note, "note")
    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=True)
        _refuse_if_signed(row.status)
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
        _refuse_if_signed(row.status)
        open_flags = s.execute(
            select(RiskFlag.id).where(
                RiskFlag.administration_id == row.id, RiskFlag.status == FLAG_OPEN
            )
        ).first()
        if open_flags is not None:
            raise ValidationError(
                "Draf ini memunculkan tanda risiko yang belum ditangani. "
                "Catat tindakan yang diambil sebelum menghapusnya."
            )
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


def sign_administration(
    session: UserSession, administration_id: int, password: str
) -> AdministrationInfo:
    """Sign a complete draft after password re-entry; it is locked from then on."""
    with session.store.transaction() as s:  # who may, and is it ready, before the password
        row, _case_row = _administration(s, session, administration_id, write=True)
        _refuse_if_signed(row.status)
        definition = instrument(row.instrument_code)
        if not _fully_scored(definition, _score(definition, json.loads(row.answers))):
            raise ValidationError("Jawab semua pertanyaan sebelum menandatangani.", "answers")
    accounts.verify_password(session, password)
    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=True)
        _refuse_if_signed(row.status)
        definition = instrument(row.instrument_code)
        answers = json.loads(row.answers)
        score = _store_score(row, definition, answers)
        if not _fully_scored(definition, score):
            raise ValidationError("Jawab semua pertanyaan sebelum menandatangani.", "answers")
        now = _now()
        row.status = SIGNED
        row.signed_by = session.actor.user_id
        row.signed_at = now
        row.updated_at = now
        s.flush()
        session.audit(
            s,
            "assessment.signed",
            "instrument_administration",
            row.id,
            {"instrument": row.instrument_code},
        )
        _sync_administration_flags(s, session, row, score)
        return _admin_info(s, row, _user_names(s), case.registration_number)


def add_administration_addendum(
    session: UserSession, administration_id: int, text: str
) -> AddendumInfo:
    """Add a dated addendum to a signed administration (drafts are edited directly)."""
    body = _check_text(text, "text")
    with session.store.transaction() as s:
        row, _case_row = _administration(s, session, administration_id, write=True)
        if row.status != SIGNED:
            raise ValidationError(
                "Draf diubah langsung; adendum hanya untuk yang sudah ditandatangani."
            )
        if not body:
            raise ValidationError("Tulis isi adendum.", "text")
        addendum = AdministrationAddendum(
            administration_id=row.id,
            text=body,
            created_at=_now(),
            created_by=session.actor.user_id,
        )
        s.add(addendum)
        s.flush()
        session.audit(
            s,
            "assessment.addendum_added",
            "instrument_administration",
            row.id,
            {"addendum": addendum.id},
        )
        return AddendumInfo(
            addendum.id,
            addendum.created_by,
            session.actor.full_name,
            addendum.created_at,
            addendum.text,
        )
