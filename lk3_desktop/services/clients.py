"""Clients (klien): register, check, correct, consent, classify, find duplicates, merge.

Registry fields (identity, address, consent, PMKS) are visible to every role; clinical
fields live on cases and are filtered in services/cases.py.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.errors import EditConflict, KnownError, Sentence, ValidationError
from lk3_desktop.core.identity import age_on, check_kk, check_nik, check_phone
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.text_input import bounded
from lk3_desktop.core.vocabulary import (
    ADULT_AGE,
    CONSENT_GIVERS,
    SEXES,
    clean_disability_kinds,
)
from lk3_desktop.db.models import (
    Appointment,
    Case,
    Client,
    Consent,
    FamilyMember,
    PmksCategory,
    WithheldItem,
    client_pmks,
)
from lk3_desktop.services import _intake, _subject_keys
from lk3_desktop.services._search_index import reindex_client
from lk3_desktop.services.attachments._content import move_to_client as move_attachments
from lk3_desktop.services.context import UserSession


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class ClientInput:
    """What a registration or correction form holds (strings as typed)."""

    full_name: str
    sex: str
    nickname: str = ""
    birth_place: str = ""
    birth_date: datetime.date | None = None
    estimated_age: int | None = None
    nik: str = ""
    kk_number: str = ""
    religion: str = ""
    education: str = ""
    occupation: str = ""
    marital_status: str = ""
    disability: str = ""
    # Coded kinds (DISABILITY_KINDS), stored sorted and comma-joined: "fisik,netra".
    disability_kinds: str = ""
    phone: str = ""
    street: str = ""
    rt: str = ""
    rw: str = ""
    province_code: str | None = None
    regency_code: str | None = None
    district_code: str | None = None
    village_code: str | None = None
    language: str = ""
    guardian_name: str = ""
    guardian_relationship: str = ""
    guardian_phone: str = ""
    photo: bytes | None = None
    photo_mime: str | None = None


@dataclass(frozen=True)
class DuplicateCandidate:
    client_id: int
    full_name: str
    birth_date: datetime.date | None
    nik: str | None
    reason: str  # "nik" or "name_birth_date"


class PossibleDuplicate(KnownError):
    """Saving would likely create a second record of someone already registered."""

    code = "possible_duplicate"

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__(f"{len(candidates)} candidate(s)")
        self.candidates = candidates


class NikNeedsReason(KnownError):
    """The NIK disagrees with what was entered; saving needs the counselor's reason."""

    code = "nik_needs_reason"

    def __init__(self, warnings: tuple[Sentence, ...]) -> None:
        super().__init__(" ".join(w.code for w in warnings))
        self.warnings = warnings


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    consent_date: datetime.date
    given_by: str
    given_by_name: str
    scope: str
    withdrawn_on: datetime.date | None


@dataclass(frozen=True)
class ClientDetail:
    id: int
    data: ClientInput
    phone_display: str
    age: int | None
    is_minor: bool
    nik_override_reason: str | None
    pmks_codes: tuple[str, ...]
    consents: tuple[ConsentInfo, ...]
    has_consent: bool
    merged_into_id: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    extra: dict[str, Any] = field(default_factory=dict)
    anonymised_at: datetime.datetime | None = None
    version: int = 1  # of the registry fields: update_client's expected_version


# -- validation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanClient:
    values: dict[str, Any]
    nik_warnings: tuple[Sentence, ...]


def client_age(data: ClientInput | Client, today: datetime.date) -> int | None:
    """Age on ``today`` from the birth date, else the estimate moved on by whole years."""
    if data.birth_date is not None:
        return age_on(data.birth_date, today)
    if isinstance(data, Client) and data.estimated_age is not None and data.estimated_on:
        return data.estimated_age + (today.year - data.estimated_on.year)
    return data.estimated_age


# Free-text fields of the client record and their bounds (core/limits.py); a value over its
# bound is one sentence under that field.
TEXT_LIMITS: dict[str, limits.TextLimit] = {
    "full_name": limits.PERSON_NAME,
    "nickname": limits.NICKNAME,
    "birth_place": limits.PLACE,
    "religion": limits.LABEL,
    "education": limits.LABEL,
    "occupation": limits.SHORT_TEXT,
    "marital_status": limits.MARITAL_STATUS,
    "disability": limits.DESCRIPTION,
    "street": limits.STREET,
    "language": limits.LABEL,
    "guardian_name": limits.PERSON_NAME,
    "guardian_relationship": limits.LABEL,
}


def _bounded_texts(data: ClientInput) -> dict[str, str]:
    return {name: bounded(getattr(data, name), limit, name) for name, limit in TEXT_LIMITS.items()}


def clean_client(data: ClientInput, today: datetime.date | None = None) -> CleanClient:
    """Validate and normalise a form; ValidationError names the first bad field."""
    today = today or datetime.date.today()
    texts = _bounded_texts(data)
    full_name = texts["full_name"]
    if len(full_name) < 2:
        raise ValidationError("client.name_required", "full_name")
    if data.sex not in SEXES:
        raise ValidationError("client.sex_required", "sex")
    if data.birth_date is not None:
        limits.BIRTH_DATE.check(data.birth_date, "birth_date", today)
    if data.birth_date is None and data.estimated_age is None:
        raise ValidationError("client.birth_or_age_required", "birth_date")
    if data.estimated_age is not None and not 0 <= data.estimated_age <= 120:
        raise ValidationError("client.age_out_of_range", "estimated_age")
    nik: str | None = None
    warnings: tuple[Sentence, ...] = ()
    if data.nik.strip():
        check = check_nik(data.nik, data.birth_date, data.sex, today)
        if check.errors:
            raise ValidationError.because(check.errors[0], "nik")
        nik, warnings = check.nik, check.warnings
    kk: str | None = None
    if data.kk_number.strip():
        kk, kk_error = check_kk(data.kk_number)
        if kk_error:
            raise ValidationError.because(kk_error, "kk_number")
    phone: str | None = None
    if data.phone.strip():
        checked = check_phone(data.phone)
        if checked.error:
            raise ValidationError.because(checked.error, "phone")
        phone = checked.e164
    guardian_phone: str | None = None
    if data.guardian_phone.strip():
        checked = check_phone(data.guardian_phone)
        if checked.error:
            raise ValidationError.because(checked.error, "guardian_phone")
        guardian_phone = checked.e164
    for name in ("rt", "rw"):
        value = getattr(data, name).strip()
        if value and (not value.isdigit() or len(value) > 3):
            raise ValidationError("client.rt_rw_digits", name, part=name.upper())
    try:
        kinds = clean_disability_kinds(data.disability_kinds)
    except ValueError as exc:
        raise ValidationError("client.disability_unknown", "disability_kinds") from exc
    age = client_age(data, today)
    if age is not None and age < ADULT_AGE and not data.guardian_name.strip():
        raise ValidationError("client.child_needs_guardian", "guardian_name")
    values = {f.name: getattr(data, f.name) for f in fields(ClientInput)}
    values.update(texts)
    if data.photo is not None:
        # the type is read from the content; what the file or caller claimed does not count
        values["photo_mime"] = limits.check_image(data.photo, "photo")
    values.update(
        full_name=full_name,
        nickname=texts["nickname"],
        nik=nik,
        kk_number=kk,
        phone=phone,
        guardian_phone=guardian_phone,
        rt=data.rt.strip().zfill(3) if data.rt.strip() else "",
        rw=data.rw.strip().zfill(3) if data.rw.strip() else "",
        estimated_on=today if data.estimated_age is not None and data.birth_date is None else None,
        disability_kinds=kinds,
    )
    if data.birth_date is not None:
        values["estimated_age"] = None
    return CleanClient(values, warnings)


def find_duplicates(
    session: UserSession,
    full_name: str,
    birth_date: datetime.date | None,
    nik: str | None,
    exclude_id: int | None = None,
) -> list[DuplicateCandidate]:
    """Registered clients with the same NIK, or the same name and birth date."""
    session.require(Permission.VIEW_REGISTRY)
    name = " ".join(full_name.split())
    with session.store.transaction() as s:
        return _duplicates(s, name, birth_date, nik, exclude_id)


def _duplicates(
    s: Session,
    full_name: str,
    birth_date: datetime.date | None,
    nik: str | None,
    exclude_id: int | None,
) -> list[DuplicateCandidate]:
    found: dict[int, DuplicateCandidate] = {}
    base = select(Client).where(Client.merged_into_id.is_(None))
    if exclude_id is not None:
        base = base.where(Client.id != exclude_id)
    if nik:
        for c in s.execute(base.where(Client.nik == nik)).scalars():
            found[c.id] = DuplicateCandidate(c.id, c.full_name, c.birth_date, c.nik, "nik")
    if birth_date is not None:
        same = base.where(
            func.lower(Client.full_name) == full_name.lower(), Client.birth_date == birth_date
        )
        for c in s.execute(same).scalars():
            found.setdefault(
                c.id,
                DuplicateCandidate(c.id, c.full_name, c.birth_date, c.nik, "name_birth_date"),
            )
    return sorted(found.values(), key=lambda d: d.client_id)


# -- create / read / correct ----------------------------------------------------------------


def create_client(
    session: UserSession,
    data: ClientInput,
    *,
    nik_override_reason: str | None = None,
    confirmed_not_duplicate_of: tuple[int, ...] = (),
) -> int:
    """Register a client. Raises NikNeedsReason (NIK disagrees; give a reason) and
    PossibleDuplicate (show the candidates; call again confirming they are someone else)."""
    session.require(Permission.REGISTER_CLIENTS)
    clean = clean_client(data)
    reason = bounded(nik_override_reason or "", limits.REASON, "nik_override_reason")
    if clean.nik_warnings and not reason:
        raise NikNeedsReason(clean.nik_warnings)
    now = _now()
    with session.store.transaction() as s:
        v = clean.values
        dupes = [
            d
            for d in _duplicates(s, v["full_name"], v["birth_date"], v["nik"], None)
            if d.client_id not in confirmed_not_duplicate_of
        ]
        if dupes:
            raise PossibleDuplicate(dupes)
        return _intake.add_client(
            s,
            session,
            v,
            now,
            nik_override_reason=reason if clean.nik_warnings else None,
            not_duplicate_of=confirmed_not_duplicate_of,
        )


def _consents(s: Session, client_id: int) -> tuple[ConsentInfo, ...]:
    rows = s.execute(
        select(Consent).where(Consent.client_id == client_id).order_by(Consent.consent_date.desc())
    ).scalars()
    return tuple(
        ConsentInfo(c.id, c.consent_date, c.given_by, c.given_by_name, c.scope, c.withdrawn_on)
        for c in rows
    )


def _detail(s: Session, client: Client, today: datetime.date) -> ClientDetail:
    values: dict[str, Any] = {}
    for f in fields(ClientInput):
        value = getattr(client, f.name)
        values[f.name] = "" if value is None and f.type == "str" else value
    if client.phone:
        values["phone"] = check_phone(client.phone).national or client.phone
    if client.guardian_phone:
        values["guardian_phone"] = check_phone(client.guardian_phone).national or ""
    data = ClientInput(**values)
    codes = s.execute(
        select(PmksCategory.code)
        .join(client_pmks, client_pmks.c.category_id == PmksCategory.id)
        .where(client_pmks.c.client_id == client.id)
        .order_by(PmksCategory.code)
    ).scalars()
    consents = _consents(s, client.id)
    age = client_age(client, today)
    phone_display = str(values["phone"])
    return ClientDetail(
        id=client.id,
        data=data,
        phone_display=phone_display,
        age=age,
        is_minor=age is not None and age < ADULT_AGE,
        nik_override_reason=client.nik_override_reason,
        pmks_codes=tuple(codes),
        consents=consents,
        has_consent=any(c.withdrawn_on is None for c in consents),
        merged_into_id=client.merged_into_id,
        created_at=client.created_at,
        updated_at=client.updated_at,
        anonymised_at=client.anonymised_at,
        version=client.version,
    )


def get_client(session: UserSession, client_id: int) -> ClientDetail:
    """One client's registry record; every open is an audited view."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        return view_client(s, session, client_id)


def view_client(s: Session, session: UserSession, client_id: int) -> ClientDetail:
    """:func:`get_client` inside the caller's transaction (permission checked by the caller)."""
    client = s.get(Client, client_id)
    if client is None:
        raise ValidationError("client.not_found")
    session.audit(s, "client.viewed", "client", client_id)
    return _detail(s, client, datetime.date.today())


# Bytes too large to keep as an old value; the audit row still names the field.
_NOT_KEPT = frozenset({"photo"})


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


def update_client(
    session: UserSession,
    client_id: int,
    data: ClientInput,
    *,
    nik_override_reason: str | None = None,
    expected_version: int | None = None,
) -> ClientDetail:
    """Correct a client's registry fields (UU PDP right to correction). The audit row names
    the changed fields and keeps their old values, sealed under the client's key.

    ``expected_version``: the version the person started from (``ClientDetail.version``);
    when someone else saved a newer one meanwhile, EditConflict carries it and nothing is
    saved."""
    session.require(Permission.REGISTER_CLIENTS)
    clean = clean_client(data)
    with session.store.transaction() as s:
        client = s.get(Client, client_id)
        if client is None or client.merged_into_id is not None:
            raise ValidationError("client.not_found")
        if client.anonymised_at is not None:
            raise ValidationError("client.anonymised")
        if expected_version is not None and client.version != expected_version:
            raise EditConflict("client", client.id, _detail(s, client, datetime.date.today()))
        v = clean.values
        reason = bounded(nik_override_reason or "", limits.REASON, "nik_override_reason")
        if clean.nik_warnings and not reason:
            if not (client.nik == v["nik"] and client.nik_override_reason):
                raise NikNeedsReason(clean.nik_warnings)
            reason = client.nik_override_reason
        changed = sorted(k for k, val in v.items() if getattr(client, k) != val)
        # The old values go into the audit log sealed under the client's own key, so they
        # stay readable for the record's history and vanish when the client is anonymised.
        old = {k: _plain(getattr(client, k)) for k in changed if k not in _NOT_KEPT}
        for key in changed:
            setattr(client, key, v[key])
        client.nik_override_reason = reason if clean.nik_warnings else None
        client.updated_at = _now()
        client.version = (client.version or 1) + 1
        reindex_client(s, client.id)
        detail: dict[str, Any] = {"fields": changed}
        if old:
            detail["old"] = _subject_keys.seal(s, client.id, old)
        session.audit(s, "client.updated", "client", client.id, detail)
        return _detail(s, client, datetime.date.today())


# -- consent and classification ---------------------------------------------------------------


def record_consent(
    session: UserSession,
    client_id: int,
    consent_date: datetime.date,
    given_by: str,
    given_by_name: str,
    scope: str,
) -> ConsentInfo:
    """Persetujuan layanan. A child's consent must come from a parent or guardian."""
    session.require(Permission.REGISTER_CLIENTS)
    if given_by not in CONSENT_GIVERS:
        raise ValidationError("consent.giver_required", "given_by")
    if not given_by_name.strip():
        raise ValidationError("consent.giver_name_required", "given_by_name")
    if not scope.strip():
        raise ValidationError("consent.scope_required", "scope")
    if consent_date > datetime.date.today():
        raise ValidationError("consent.date_in_future", "consent_date")
    with session.store.transaction() as s:
        client = s.get(Client, client_id)
        if client is None or client.anonymised_at is not None:
            raise ValidationError("client.not_found")
        age = client_age(client, consent_date)
        if age is not None and age < ADULT_AGE and given_by == "klien":
            raise ValidationError(
                "consent.child_by_guardian",
                "given_by",
            )
        row = Consent(
            client_id=client_id,
            consent_date=consent_date,
            given_by=given_by,
            given_by_name=" ".join(given_by_name.split()),
            scope=scope.strip(),
            recorded_by=session.actor.user_id,
            recorded_at=_now(),
        )
        s.add(row)
        s.flush()
        session.audit(s, "consent.recorded", "client", client_id, {"consent_id": row.id})
        return ConsentInfo(
            row.id, row.consent_date, row.given_by, row.given_by_name, row.scope, None
        )


def withdraw_consent(session: UserSession, consent_id: int, on: datetime.date) -> None:
    session.require(Permission.REGISTER_CLIENTS)
    with session.store.transaction() as s:
        row = s.get(Consent, consent_id)
        if row is None or row.withdrawn_on is not None:
            raise ValidationError("consent.not_found")
        row.withdrawn_on = on
        session.audit(s, "consent.withdrawn", "client", row.client_id, {"consent_id": row.id})


@dataclass(frozen=True)
class Category:
    id: int
    code: str
    name: str
    active: bool


def list_pmks(session: UserSession, include_inactive: bool = False) -> list[Category]:
    with session.store.transaction() as s:
        return pmks_categories(s, include_inactive)


def pmks_categories(s: Session, include_inactive: bool = False) -> list[Category]:
    """:func:`list_pmks` inside the caller's transaction."""
    q = select(PmksCategory).order_by(PmksCategory.code)
    if not include_inactive:
        q = q.where(PmksCategory.active.is_(True))
    return [Category(c.id, c.code, c.name, c.active) for c in s.execute(q).scalars()]


def set_client_pmks(session: UserSession, client_id: int, codes: list[str]) -> None:
    """Replace the client's PMKS categories with ``codes`` (PMKS-01..26 or office-added)."""
    session.require(Permission.REGISTER_CLIENTS)
    with session.store.transaction() as s:
        client = s.get(Client, client_id)
        if client is None or client.anonymised_at is not None:
            raise ValidationError("client.not_found")
        ids = {
            code: cid
            for code, cid in s.execute(
                select(PmksCategory.code, PmksCategory.id).where(PmksCategory.code.in_(codes))
            )
        }
        unknown = sorted(set(codes) - set(ids))
        if unknown:
            raise ValidationError("client.pmks_unknown", "pmks", code=unknown[0])
        s.execute(delete(client_pmks).where(client_pmks.c.client_id == client_id))
        if ids:
            s.execute(
                insert(client_pmks),
                [{"client_id": client_id, "category_id": i} for i in ids.values()],
            )
        session.audit(s, "client.pmks_set", "client", client_id, {"codes": sorted(ids)})


# -- merge ----------------------------------------------------------------------------------


def _move_marks(s: Session, from_client: int, to_client: int) -> None:
    """The "jangan diungkap" marks follow what moved: a record's mark always (its record now
    belongs to the kept client), a field group's unless the kept client has it marked already
    (a value taken over from the other record stays withheld)."""
    marked_fields = set(
        s.execute(
            select(WithheldItem.field).where(
                WithheldItem.client_id == to_client,
                WithheldItem.kind == "field",
                WithheldItem.lifted_at.is_(None),
            )
        ).scalars()
    )
    for item in s.execute(
        select(WithheldItem).where(WithheldItem.client_id == from_client)
    ).scalars():
        if item.kind != "field" or item.lifted_at is not None or item.field not in marked_fields:
            item.client_id = to_client


def merge_clients(session: UserSession, keep_id: int, remove_id: int) -> None:
    """Join two records of one person (head only): cases, consents, appointments, family
    memberships, PMKS, attached documents (sealed again under the kept client's key) and
    "jangan diungkap" marks move to ``keep_id``; the other record stays, marked as merged,
    for the audit trail."""
    session.require(Permission.MANAGE_USERS)
    if keep_id == remove_id:
        raise ValidationError("client.merge_same")
    with session.store.transaction() as s:
        keep, gone = s.get(Client, keep_id), s.get(Client, remove_id)
        if keep is None or gone is None or keep.merged_into_id or gone.merged_into_id:
            raise ValidationError("client.merge_not_found")
        if keep.anonymised_at is not None or gone.anonymised_at is not None:
            raise ValidationError("client.merge_anonymised")
        moved_cases = s.execute(
            select(func.count()).select_from(Case).where(Case.client_id == remove_id)
        ).scalar_one()
        s.execute(update(Case).where(Case.client_id == remove_id).values(client_id=keep_id))
        s.execute(update(Consent).where(Consent.client_id == remove_id).values(client_id=keep_id))
        s.execute(
            update(Appointment).where(Appointment.client_id == remove_id).values(client_id=keep_id)
        )
        s.execute(
            update(FamilyMember)
            .where(FamilyMember.client_id == remove_id)
            .values(client_id=keep_id)
        )
        kept_codes = set(
            s.execute(
                select(client_pmks.c.category_id).where(client_pmks.c.client_id == keep_id)
            ).scalars()
        )
        for cat in s.execute(
            select(client_pmks.c.category_id).where(client_pmks.c.client_id == remove_id)
        ).scalars():
            if cat not in kept_codes:
                s.execute(insert(client_pmks).values(client_id=keep_id, category_id=cat))
        s.execute(delete(client_pmks).where(client_pmks.c.client_id == remove_id))
        moved_attachments = move_attachments(s, remove_id, keep_id)
        _move_marks(s, remove_id, keep_id)
        for name in ("nik", "kk_number", "phone", "birth_date"):
            if getattr(keep, name) is None and getattr(gone, name) is not None:
                setattr(keep, name, getattr(gone, name))
        latest = s.execute(
            select(func.max(Case.id)).where(Case.client_id == keep_id)
        ).scalar_one_or_none()
        keep.latest_case_id = latest
        gone.merged_into_id = keep_id
        gone.latest_case_id = None
        keep.updated_at = gone.updated_at = _now()
        s.flush()
        reindex_client(s, keep_id)
        reindex_client(s, remove_id)
        session.audit(
            s,
            "client.merged",
            "client",
            keep_id,
            {"merged": remove_id, "cases": moved_cases, "attachments": moved_attachments},
        )
