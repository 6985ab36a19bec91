"""Drafting a referral: create, edit, submit to the signer and return to draft.

Consent is recorded with the fields the client agreed to disclose; every save is audited.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.identity import age_on
from lk3_desktop.core.referrals import (
    EDITABLE,
    LETTER_SUBJECT_MAX,
    ReferralStatus,
    clean_consented_fields,
)
from lk3_desktop.core.text_input import bounded
from lk3_desktop.core.vocabulary import ADULT_AGE, CONSENT_GIVERS, URGENCIES
from lk3_desktop.db.models import (
    Case,
    Client,
    Partner,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralStatusChange,
)
from lk3_desktop.services import case_keys
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services._setting_rows import read_setting
from lk3_desktop.services._versions import next_version
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.access import _is_case_worker, _load, _require_case_worker
from lk3_desktop.services.referrals.data import ReferralInfo, ReferralInput
from lk3_desktop.services.referrals.reading import _attachments, _info, _latest_consent
from lk3_desktop.services.referrals.settings import _is_signer

MAX_LIST_ITEMS = 20


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def _clean_list(items: Sequence[str], field: str) -> list[str]:
    clean = [" ".join(item.split()) for item in items if item.strip()]
    attachments = field == "attachments"
    if len(clean) > MAX_LIST_ITEMS:
        if attachments:
            raise ValidationError("referral.list_too_many_attachments", field, max=MAX_LIST_ITEMS)
        raise ValidationError("referral.list_too_many_copies", field, max=MAX_LIST_ITEMS)
    if any(len(item) > 300 for item in clean):
        if attachments:
            raise ValidationError("referral.list_item_attachment_too_long", field)
        raise ValidationError("referral.list_item_copy_too_long", field)
    return clean


@dataclass(frozen=True)
class _Clean:
    values: dict[str, Any]
    fields: tuple[str, ...]
    given_by: str
    given_by_name: str
    given_on: datetime.date
    attachments: list[str]


def _clean(s: Session, case: Case, data: ReferralInput) -> _Clean:
    partner = s.get(Partner, data.partner_id)
    if partner is None or not partner.active:
        raise ValidationError("referral.partner_required", "partner_id")
    if data.urgency not in URGENCIES:
        raise ValidationError("case.urgency_required", "urgency")
    subject = " ".join(data.letter_subject.split())
    if not subject:
        raise ValidationError("referral.subject_required", "letter_subject")
    if len(subject) > LETTER_SUBJECT_MAX:
        raise ValidationError("referral.subject_too_long", "letter_subject", max=LETTER_SUBJECT_MAX)
    try:
        consented = clean_consented_fields(data.consented_fields)
    except ValueError as exc:
        raise ValidationError("referral.shared_data_unknown", "consent") from exc
    if data.consent_given_by not in CONSENT_GIVERS:
        raise ValidationError("consent.giver_required", "consent_given_by")
    giver = " ".join(data.consent_given_by_name.split())
    if not giver:
        raise ValidationError("consent.giver_name_required", "consent_given_by_name")
    given_on = data.consent_date or datetime.date.today()
    if given_on > datetime.date.today():
        raise ValidationError("consent.date_in_future", "consent_date")
    client = s.get(Client, case.client_id)
    if client is not None and data.consent_given_by == "klien":
        age = age_on(client.birth_date, given_on) if client.birth_date else client.estimated_age
        if age is not None and age < ADULT_AGE:
            raise ValidationError(
                "consent.child_by_guardian",
                "consent_given_by",
            )
    if data.follow_up_on is not None and data.follow_up_on < datetime.date.today():
        raise ValidationError("referral.follow_up_in_past", "follow_up_on")
    attachments = _clean_list(data.attachments, "attachments")
    copies = _clean_list(data.copies_to, "copies_to")
    values = {
        "partner_id": data.partner_id,
        "reason": bounded(data.reason, limits.LONG_TEXT, "reason", multiline=True),
        "services_requested": bounded(
            data.services_requested, limits.LONG_TEXT, "services_requested", multiline=True
        ),
        "urgency": data.urgency,
        "letter_subject": subject,
        "family_summary": bounded(
            data.family_summary, limits.LONG_TEXT, "family_summary", multiline=True
        ),
        "problem_summary": bounded(
            data.problem_summary, limits.LONG_TEXT, "problem_summary", multiline=True
        ),
        "assessment_summary": bounded(
            data.assessment_summary, limits.LONG_TEXT, "assessment_summary", multiline=True
        ),
        "copies_to": "\n".join(copies),
        "follow_up_on": data.follow_up_on,
    }
    return _Clean(values, consented, data.consent_given_by, giver, given_on, attachments)


def _record_consent(s: Session, session: UserSession, referral_id: int, clean: _Clean) -> bool:
    """A new consent row when anything of it changed; True if one was written."""
    latest = _latest_consent(s, referral_id)
    encoded = json.dumps(list(clean.fields))
    if (
        latest is not None
        and latest.fields == encoded
        and latest.given_by == clean.given_by
        and latest.given_by_name == clean.given_by_name
        and latest.given_on == clean.given_on
    ):
        return False
    s.add(
        ReferralConsent(
            referral_id=referral_id,
            fields=encoded,
            given_by=clean.given_by,
            given_by_name=clean.given_by_name,
            given_on=clean.given_on,
            recorded_by=session.actor.user_id,
            recorded_at=_now(),
        )
    )
    return True


def _set_attachments(s: Session, referral_id: int, items: list[str]) -> None:
    if list(_attachments(s, referral_id)) == items:
        return
    for row in s.execute(
        select(ReferralAttachment).where(ReferralAttachment.referral_id == referral_id)
    ).scalars():
        s.delete(row)
    s.flush()
    for position, text in enumerate(items, start=1):
        s.add(ReferralAttachment(referral_id=referral_id, position=position, description=text))


def _move(
    s: Session,
    session: UserSession,
    ref: Referral,
    to: ReferralStatus,
    on: datetime.date | None = None,
    note: str = "",
) -> None:
    s.add(
        ReferralStatusChange(
            referral_id=ref.id,
            from_status=ref.status,
            to_status=to.value,
            changed_on=on or datetime.date.today(),
            changed_at=_now(),
            changed_by=session.actor.user_id,
            note=bounded(note, limits.REASON, "note", multiline=True),
        )
    )
    ref.status = to.value
    ref.updated_at = _now()


def create_referral(session: UserSession, case_id: int, data: ReferralInput) -> ReferralInfo:
    """A new draft referral for a case (the assigned counselor or the head)."""
    now = _now()
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        _require_case_worker(session, case)
        clean = _clean(s, case, data)
        ref = Referral(
            case_id=case_id,
            status=ReferralStatus.DRAF.value,
            drafted_by=session.actor.user_id,
            created_at=now,
            updated_at=now,
            reply_text="",
            **clean.values,
        )
        s.add(ref)
        s.flush()
        s.add(
            ReferralStatusChange(
                referral_id=ref.id,
                from_status=None,
                to_status=ReferralStatus.DRAF.value,
                changed_on=now.date(),
                changed_at=now,
                changed_by=session.actor.user_id,
                note="",
            )
        )
        _record_consent(s, session, ref.id, clean)
        _set_attachments(s, ref.id, clean.attachments)
        s.flush()
        session.audit(s, "referral.created", "referral", ref.id, {"case": case_id})
        return _info(s, ref, case)


def update_referral(
    session: UserSession,
    referral_id: int,
    data: ReferralInput,
    *,
    expected_version: int | None = None,
) -> ReferralInfo:
    """Edit a draft or a submitted referral (before it is signed). ``expected_version``: the
    version the form started from; a newer one (saved at another desk meanwhile) raises
    EditConflict with the referral as it is now, and nothing is saved."""
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        _require_case_worker(session, case)
        if ReferralStatus(ref.status) not in EDITABLE:
            raise ValidationError("referral.signed_fixed")
        next_version(ref, expected_version, "referral", lambda: _info(s, ref, case))
        clean = _clean(s, case, data)
        changed = sorted(k for k, v in clean.values.items() if getattr(ref, k) != v)
        for key in changed:
            setattr(ref, key, clean.values[key])
        if _record_consent(s, session, ref.id, clean):
            changed.append("consent")
        if list(_attachments(s, ref.id)) != clean.attachments:
            changed.append("attachments")
            _set_attachments(s, ref.id, clean.attachments)
        ref.updated_at = _now()
        s.flush()
        session.audit(s, "referral.updated", "referral", ref.id, {"fields": sorted(changed)})
        return _info(s, ref, case)


def submit_referral(session: UserSession, referral_id: int, note: str = "") -> ReferralInfo:
    """draf -> diajukan: the referral waits for the head's signature."""
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        _require_case_worker(session, case)
        if ref.status != ReferralStatus.DRAF.value:
            raise ValidationError("referral.submit_not_draft")
        if not ref.reason.strip():
            raise ValidationError("referral.reason_required", "reason")
        if _latest_consent(s, ref.id) is None:
            raise ValidationError("referral.consent_required", "consent")
        _move(s, session, ref, ReferralStatus.DIAJUKAN, note=note)
        s.flush()
        if session.keys is not None and session.store.case_keys is not None:
            signers = read_setting(s, office_settings.REFERRAL_SIGNERS, [])
            case_keys.share_with_signers(
                s, session.keys, session.store.case_keys, case.id, [int(i) for i in signers]
            )
        session.audit(s, "referral.submitted", "referral", ref.id)
        return _info(s, ref, case)


def return_to_draft(session: UserSession, referral_id: int, note: str = "") -> ReferralInfo:
    """diajukan -> draf: the signer sends it back for changes, or the drafter withdraws it."""
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_signer(s, session) or _is_case_worker(session, case)):
            raise PermissionDenied("referral")
        if ref.status != ReferralStatus.DIAJUKAN.value:
            raise ValidationError("referral.return_not_submitted")
        _move(s, session, ref, ReferralStatus.DRAF, note=note)
        s.flush()
        session.audit(s, "referral.returned", "referral", ref.id)
        return _info(s, ref, case)
