"""Reading referrals: one referral in full, and the lists (all, one case, overdue follow-ups)."""

from __future__ import annotations

import datetime
import json
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.referrals import (
    FOLLOWED_UP,
    STATUS_ORDER,
    ReferralStatus,
    clean_consented_fields,
)
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import (
    Case,
    Client,
    Partner,
    PartnerType,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralLetter,
    ReferralStatusChange,
    User,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.access import _load, _require_reader
from lk3_desktop.services.referrals.data import (
    ConsentRecord,
    LetterInfo,
    ReferralInfo,
    ReferralRow,
    StatusChangeInfo,
)
from lk3_desktop.services.referrals.settings import _is_signer


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name))}


def _latest_consent(s: Session, referral_id: int) -> ReferralConsent | None:
    return s.execute(
        select(ReferralConsent)
        .where(ReferralConsent.referral_id == referral_id)
        .order_by(ReferralConsent.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _attachments(s: Session, referral_id: int) -> tuple[str, ...]:
    return tuple(
        s.execute(
            select(ReferralAttachment.description)
            .where(ReferralAttachment.referral_id == referral_id)
            .order_by(ReferralAttachment.position)
        ).scalars()
    )


def _letter_of(s: Session, referral_id: int) -> ReferralLetter | None:
    return s.execute(
        select(ReferralLetter).where(ReferralLetter.referral_id == referral_id)
    ).scalar_one_or_none()


def _letter_info(letter: ReferralLetter, names: dict[int, str]) -> LetterInfo:
    return LetterInfo(
        id=letter.id,
        number=letter.number,
        letter_date=letter.letter_date,
        signed_by=names.get(letter.signed_by, ""),
        signed_at=letter.signed_at,
        sha256=letter.sha256,
        verification_code=letter.verification_code,
        cancelled=letter.cancelled,
        cancel_reason=letter.cancel_reason,
    )


def _is_overdue(status: ReferralStatus, follow_up_on: datetime.date | None) -> bool:
    return (
        follow_up_on is not None and status in FOLLOWED_UP and follow_up_on < datetime.date.today()
    )


def _info(s: Session, ref: Referral, case: Case) -> ReferralInfo:
    names = _names(s)
    client = s.get(Client, case.client_id)
    partner = s.get(Partner, ref.partner_id)
    kind = s.get(PartnerType, partner.type_id) if partner else None
    consent = _latest_consent(s, ref.id)
    letter = _letter_of(s, ref.id)
    status = ReferralStatus(ref.status)
    history = tuple(
        StatusChangeInfo(
            ReferralStatus(h.from_status) if h.from_status else None,
            ReferralStatus(h.to_status),
            h.changed_on,
            h.changed_at,
            names.get(h.changed_by or 0, ""),
            h.note,
        )
        for h in s.execute(
            select(ReferralStatusChange)
            .where(ReferralStatusChange.referral_id == ref.id)
            .order_by(ReferralStatusChange.id)
        ).scalars()
    )
    return ReferralInfo(
        id=ref.id,
        case_id=case.id,
        client_id=case.client_id,
        client_name=client.full_name if client else "",
        registration_number=case.registration_number,
        counselor_id=case.counselor_id,
        partner_id=ref.partner_id,
        partner_name=partner.name if partner else "",
        partner_type=kind.name if kind else "",
        status=status,
        reason=ref.reason,
        services_requested=ref.services_requested,
        urgency=ref.urgency,
        letter_subject=ref.letter_subject,
        consent=ConsentRecord(
            clean_consented_fields(json.loads(consent.fields)),
            consent.given_by,
            consent.given_by_name,
            consent.given_on,
            names.get(consent.recorded_by or 0, ""),
            consent.recorded_at,
        )
        if consent
        else None,
        family_summary=ref.family_summary,
        problem_summary=ref.problem_summary,
        assessment_summary=ref.assessment_summary,
        attachments=_attachments(s, ref.id),
        copies_to=_lines(ref.copies_to),
        follow_up_on=ref.follow_up_on,
        overdue=_is_overdue(status, ref.follow_up_on),
        drafted_by=names.get(ref.drafted_by or 0, ""),
        created_at=ref.created_at,
        updated_at=ref.updated_at,
        reply_on=ref.reply_on,
        reply_text=ref.reply_text,
        history=history,
        letter=_letter_info(letter, names) if letter else None,
        version=ref.version or 1,
    )


def get_referral(session: UserSession, referral_id: int) -> ReferralInfo:
    """One referral with its history, consent record and letter; an audited view."""
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        _require_reader(s, session, case)
        session.audit(s, "referral.viewed", "referral", ref.id)
        return _info(s, ref, case)


def _rows_query() -> Select[*tuple[Any, ...]]:
    counselor = aliased(User)
    return (
        select(
            Referral.id,
            Referral.case_id,
            Case.client_id,
            Client.full_name,
            Case.registration_number,
            Case.counselor_id,
            counselor.full_name,
            Partner.name,
            Referral.status,
            Referral.urgency,
            Referral.follow_up_on,
            ReferralLetter.number,
            Referral.updated_at,
        )
        .join(Case, Case.id == Referral.case_id)
        .join(Client, Client.id == Case.client_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .outerjoin(counselor, counselor.id == Case.counselor_id)
        .outerjoin(ReferralLetter, ReferralLetter.referral_id == Referral.id)
    )


def _rows(s: Session, query: Select[*tuple[Any, ...]]) -> list[ReferralRow]:
    rows = []
    for r in s.execute(query):
        status = ReferralStatus(r[8])
        rows.append(
            ReferralRow(
                id=r[0],
                case_id=r[1],
                client_id=r[2],
                client_name=r[3],
                registration_number=r[4],
                counselor_id=r[5],
                counselor_name=r[6] or "",
                partner_name=r[7],
                status=status,
                urgency=r[9],
                follow_up_on=r[10],
                overdue=_is_overdue(status, r[10]),
                letter_number=r[11],
                updated_at=r[12],
            )
        )
    return rows


def _ordered(rows: list[ReferralRow]) -> list[ReferralRow]:
    """Overdue follow-ups first (oldest date first), then by status, newest change first."""
    order = {status: i for i, status in enumerate(STATUS_ORDER)}
    overdue = sorted(
        (r for r in rows if r.overdue), key=lambda r: (r.follow_up_on or datetime.date.max, r.id)
    )
    rest = sorted(
        (r for r in rows if not r.overdue),
        key=lambda r: (order[r.status], -r.updated_at.timestamp(), -r.id),
    )
    return overdue + rest


def _scoped(
    s: Session, session: UserSession, query: Select[*tuple[Any, ...]]
) -> Select[*tuple[Any, ...]]:
    """Every referral for signers; a counselor's own cases otherwise; staff nothing."""
    if _is_signer(s, session):
        return query
    session.require(Permission.DRAFT_REFERRALS)
    return query.where(Case.counselor_id == session.actor.user_id)


def list_referrals(
    session: UserSession, status: ReferralStatus | None = None, query: str = ""
) -> list[ReferralRow]:
    """The Rujukan page: overdue follow-ups first, then by status (optionally one status)."""
    with session.store.transaction() as s:
        q = _scoped(s, session, _rows_query())
        if status is not None:
            q = q.where(Referral.status == status.value)
        text = query.strip().lower()
        if text:
            like = f"%{text}%"
            q = q.where(
                func.lower(Client.full_name).like(like)
                | func.lower(Partner.name).like(like)
                | func.lower(Case.registration_number).like(like)
                | func.lower(func.coalesce(ReferralLetter.number, "")).like(like)
            )
        return _ordered(_rows(s, q))


def list_case_referrals(session: UserSession, case_id: int) -> list[ReferralRow]:
    """A case's referrals, newest first (the client page's Rujukan tab)."""
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        _require_reader(s, session, case)
        rows = _rows(s, _rows_query().where(Referral.case_id == case_id))
        return sorted(rows, key=lambda r: r.id, reverse=True)


def overdue_referrals(
    session: UserSession, today: datetime.date | None = None
) -> list[ReferralRow]:
    """Signed referrals whose follow-up date has passed (for Beranda): a counselor sees those of
    their cases, the head (and delegates) all. Staff get an empty list."""
    day = today or datetime.date.today()
    if session.actor.role is Role.STAF:
        return []
    with session.store.transaction() as s:
        q = _scoped(s, session, _rows_query()).where(
            Referral.follow_up_on < day,
            Referral.status.in_([st.value for st in FOLLOWED_UP]),
        )
        rows = _rows(s, q)
    # Overdue as of ``day`` (which may lie ahead of the calendar when planning).
    rows = [replace(row, overdue=True) for row in rows]
    return sorted(rows, key=lambda r: (r.follow_up_on or datetime.date.max, r.id))
