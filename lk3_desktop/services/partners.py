"""The partner directory (lembaga mitra): institutions families are referred to, and their types.

Every role reads the directory (staff answer the phone and look up a number); the head and
counselors add and edit partners; only the head edits the list of partner types. Partners are
retired (inactive), never deleted: issued letters name them.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.referrals import OTHER_PARTNER_TYPE
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.text_input import search_text
from lk3_desktop.db.models import Partner, PartnerType, Referral
from lk3_desktop.services.context import UserSession

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class PartnerTypeInfo:
    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class PartnerInput:
    name: str
    type_id: int
    address: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""
    contact_position: str = ""
    services: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    name: str
    type_id: int
    type_name: str
    address: str
    phone: str
    email: str
    contact_person: str
    contact_position: str
    services: str
    notes: str
    active: bool
    referral_count: int

    def as_input(self) -> PartnerInput:
        return PartnerInput(**{f.name: getattr(self, f.name) for f in fields(PartnerInput)})


def list_partner_types(
    session: UserSession, include_inactive: bool = False
) -> list[PartnerTypeInfo]:
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        # "Lainnya" closes the list whatever was added after it.
        q = select(PartnerType).order_by(PartnerType.code == OTHER_PARTNER_TYPE, PartnerType.id)
        if not include_inactive:
            q = q.where(PartnerType.active.is_(True))
        return [PartnerTypeInfo(t.id, t.code, t.name, t.active) for t in s.execute(q).scalars()]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:30] or "jenis"


def add_partner_type(session: UserSession, name: str) -> PartnerTypeInfo:
    """The head adds a kind of institution the seeded list lacks."""
    session.require(Permission.CHANGE_SETTINGS)
    clean = " ".join(name.split())
    if len(clean) < 2:
        raise ValidationError("partner.type_name_required", "name")
    with session.store.transaction() as s:
        if s.execute(
            select(PartnerType.id).where(func.lower(PartnerType.name) == clean.lower())
        ).first():
            raise ValidationError("partner.type_exists", "name")
        base = _slug(clean)
        code, n = base, 1
        while s.execute(select(PartnerType.id).where(PartnerType.code == code)).first():
            n += 1
            code = f"{base}_{n}"
        row = PartnerType(code=code, name=clean, active=True)
        s.add(row)
        s.flush()
        session.audit(s, "partner_type.added", "partner_type", row.id)
        return PartnerTypeInfo(row.id, row.code, row.name, row.active)


def update_partner_type(
    session: UserSession, type_id: int, name: str, active: bool = True
) -> PartnerTypeInfo:
    """Rename or retire a partner type (head only); partners keep their type."""
    session.require(Permission.CHANGE_SETTINGS)
    clean = " ".join(name.split())
    if len(clean) < 2:
        raise ValidationError("partner.type_name_required", "name")
    with session.store.transaction() as s:
        row = s.get(PartnerType, type_id)
        if row is None:
            raise ValidationError("partner.type_not_found")
        row.name, row.active = clean, active
        session.audit(s, "partner_type.updated", "partner_type", row.id, {"active": active})
        return PartnerTypeInfo(row.id, row.code, row.name, row.active)


def _clean(s: Session, data: PartnerInput) -> dict[str, str | int]:
    name = " ".join(data.name.split())
    if len(name) < 3:
        raise ValidationError("partner.name_required", "name")
    kind = s.get(PartnerType, data.type_id)
    if kind is None or not kind.active:
        raise ValidationError("partner.type_required", "type_id")
    email = data.email.strip()
    if email and not EMAIL_RE.match(email):
        raise ValidationError("partner.email_invalid", "email")
    phone = data.phone.strip()
    if phone and not re.fullmatch(r"[0-9+()\-.\s/]{5,60}", phone):
        raise ValidationError("partner.phone_invalid", "phone")
    return {
        "name": name,
        "type_id": data.type_id,
        "address": data.address.strip(),
        "phone": phone,
        "email": email,
        "contact_person": " ".join(data.contact_person.split()),
        "contact_position": " ".join(data.contact_position.split()),
        "services": data.services.strip(),
        "notes": data.notes.strip(),
    }


def _info(s: Session, p: Partner) -> PartnerInfo:
    kind = s.get(PartnerType, p.type_id)
    count = s.execute(
        select(func.count()).select_from(Referral).where(Referral.partner_id == p.id)
    ).scalar_one()
    return PartnerInfo(
        id=p.id,
        name=p.name,
        type_id=p.type_id,
        type_name=kind.name if kind else "",
        address=p.address,
        phone=p.phone,
        email=p.email,
        contact_person=p.contact_person,
        contact_position=p.contact_position,
        services=p.services,
        notes=p.notes,
        active=p.active,
        referral_count=int(count),
    )


def add_partner(session: UserSession, data: PartnerInput) -> PartnerInfo:
    session.require(Permission.EDIT_PARTNERS)
    now = _now()
    with session.store.transaction() as s:
        values = _clean(s, data)
        same = s.execute(
            select(Partner.id).where(func.lower(Partner.name) == str(values["name"]).lower())
        ).first()
        if same:
            raise ValidationError("partner.name_taken", "name")
        row = Partner(
            **values, active=True, created_at=now, created_by=session.actor.user_id, updated_at=now
        )
        s.add(row)
        s.flush()
        session.audit(s, "partner.added", "partner", row.id)
        return _info(s, row)


def update_partner(
    session: UserSession, partner_id: int, data: PartnerInput, active: bool = True
) -> PartnerInfo:
    session.require(Permission.EDIT_PARTNERS)
    with session.store.transaction() as s:
        row = s.get(Partner, partner_id)
        if row is None:
            raise ValidationError("partner.not_found")
        values = _clean(s, data)
        same = s.execute(
            select(Partner.id).where(
                func.lower(Partner.name) == str(values["name"]).lower(), Partner.id != partner_id
            )
        ).first()
        if same:
            raise ValidationError("partner.name_taken", "name")
        values_all: dict[str, object] = {**values, "active": active}
        changed = sorted(k for k, v in values_all.items() if getattr(row, k) != v)
        for key in changed:
            setattr(row, key, values_all[key])
        row.updated_at = _now()
        session.audit(s, "partner.updated", "partner", row.id, {"fields": changed})
        return _info(s, row)


def get_partner(session: UserSession, partner_id: int) -> PartnerInfo:
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        row = s.get(Partner, partner_id)
        if row is None:
            raise ValidationError("partner.not_found")
        return _info(s, row)


def list_partners(
    session: UserSession,
    query: str = "",
    type_id: int | None = None,
    include_inactive: bool = False,
) -> list[PartnerInfo]:
    """The directory, by name; ``query`` matches name, services, address or contact."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        counts: dict[int, int] = {
            pid: n
            for pid, n in s.execute(
                select(Referral.partner_id, func.count()).group_by(Referral.partner_id)
            )
        }
        types = {t.id: t.name for t in s.execute(select(PartnerType)).scalars()}
        q = select(Partner).order_by(func.lower(Partner.name))
        if not include_inactive:
            q = q.where(Partner.active.is_(True))
        if type_id is not None:
            q = q.where(Partner.type_id == type_id)
        text = search_text(query).lower()
        if text:
            like = f"%{text}%"
            q = q.where(
                func.lower(Partner.name).like(like)
                | func.lower(Partner.services).like(like)
                | func.lower(Partner.address).like(like)
                | func.lower(Partner.contact_person).like(like)
            )
        return [
            PartnerInfo(
                id=p.id,
                name=p.name,
                type_id=p.type_id,
                type_name=types.get(p.type_id, ""),
                address=p.address,
                phone=p.phone,
                email=p.email,
                contact_person=p.contact_person,
                contact_position=p.contact_position,
                services=p.services,
                notes=p.notes,
                active=p.active,
                referral_count=int(counts.get(p.id, 0)),
            )
            for p in s.execute(q).scalars()
        ]
