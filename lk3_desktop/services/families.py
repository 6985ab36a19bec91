"""Families (keluarga): a household and its members, each of whom may also be a client."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.identity import check_kk
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.text_input import bounded
from lk3_desktop.core.vocabulary import FAMILY_RELATIONSHIPS, SEXES
from lk3_desktop.db.models import Client, Family, FamilyMember
from lk3_desktop.services.context import UserSession


@dataclass(frozen=True)
class MemberInput:
    name: str
    relationship: str
    client_id: int | None = None
    sex: str | None = None
    birth_year: int | None = None
    lives_together: bool = True
    note: str = ""


@dataclass(frozen=True)
class MemberInfo:
    id: int
    name: str
    relationship: str
    relationship_label: str
    client_id: int | None
    sex: str | None
    birth_year: int | None
    lives_together: bool
    note: str


@dataclass(frozen=True)
class FamilyInfo:
    id: int
    name: str
    kk_number: str | None
    members: tuple[MemberInfo, ...]


def _family_info(s: Session, family: Family) -> FamilyInfo:
    order = list(FAMILY_RELATIONSHIPS)
    rows = list(
        s.execute(select(FamilyMember).where(FamilyMember.family_id == family.id)).scalars()
    )
    linked = {m.client_id for m in rows if m.client_id is not None}
    records = (
        {c.id: c for c in s.execute(select(Client).where(Client.id.in_(linked))).scalars()}
        if linked
        else {}
    )
    members = [_member_info(m, records.get(m.client_id or 0)) for m in rows]
    members.sort(key=lambda m: (order.index(m.relationship), m.birth_year or 0, m.id))
    return FamilyInfo(family.id, family.name, family.kk_number, tuple(members))


def members_as_shown(s: Session, family: Family) -> tuple[MemberInfo, ...]:
    """The members of ``family`` as every screen and document shows them (a member who is
    also a client with the sex and year of birth of the client's record), read inside the
    caller's transaction; the caller checked access."""
    return _family_info(s, family).members


def _member_info(member: FamilyMember, client: Client | None) -> MemberInfo:
    """A member as shown; a member who is also a client shows the sex and year of birth of
    the client's own record, so the two never disagree or leave a gap."""
    sex, birth_year = member.sex, member.birth_year
    if client is not None:
        sex = client.sex or sex
        if client.birth_date is not None:
            birth_year = client.birth_date.year
        elif client.estimated_age is not None and client.estimated_on is not None:
            birth_year = client.estimated_on.year - client.estimated_age
    return MemberInfo(
        member.id,
        member.name,
        member.relationship,
        FAMILY_RELATIONSHIPS[member.relationship],
        member.client_id,
        sex,
        birth_year,
        member.lives_together,
        member.note,
    )


def create_family(session: UserSession, name: str, kk_number: str = "") -> FamilyInfo:
    """A new household record (e.g. "Keluarga Bapak Ahmad")."""
    session.require(Permission.REGISTER_CLIENTS)
    clean_name = bounded(name, limits.FAMILY_NAME, "name")
    if len(clean_name) < 2:
        raise ValidationError("family.name_required", "name")
    kk: str | None = None
    if kk_number.strip():
        kk, error = check_kk(kk_number)
        if error:
            raise ValidationError.because(error, "kk_number")
    with session.store.transaction() as s:
        family = Family(
            name=clean_name,
            kk_number=kk,
            created_at=datetime.datetime.now().replace(microsecond=0),
            created_by=session.actor.user_id,
        )
        s.add(family)
        s.flush()
        session.audit(s, "family.created", "family", family.id)
        return _family_info(s, family)


def _clean_member(
    s: Session, family_id: int, data: MemberInput, member_id: int | None
) -> dict[str, object]:
    if data.relationship not in FAMILY_RELATIONSHIPS:
        raise ValidationError("family.relationship_required", "relationship")
    name = bounded(data.name, limits.PERSON_NAME, "name")
    if data.client_id is not None:
        client = s.get(Client, data.client_id)
        if client is None:
            raise ValidationError("client.not_found", "client_id")
        name = name or client.full_name
    if len(name) < 2:
        raise ValidationError("family.member_name_required", "name")
    if data.sex is not None and data.sex not in SEXES:
        raise ValidationError("client.sex_required", "sex")
    this_year = datetime.date.today().year
    if data.birth_year is not None and not 1900 <= data.birth_year <= this_year:
        raise ValidationError("family.birth_year_implausible", "birth_year")
    if data.relationship == "kepala_keluarga":
        other = s.execute(
            select(FamilyMember.id).where(
                FamilyMember.family_id == family_id,
                FamilyMember.relationship == "kepala_keluarga",
                FamilyMember.id != (member_id or 0),
            )
        ).first()
        if other is not None:
            raise ValidationError("family.head_exists", "relationship")
    if data.client_id is not None:
        dup = s.execute(
            select(FamilyMember.id).where(
                FamilyMember.family_id == family_id,
                FamilyMember.client_id == data.client_id,
                FamilyMember.id != (member_id or 0),
            )
        ).first()
        if dup is not None:
            raise ValidationError("family.client_already_member", "client_id")
    return {
        "name": name,
        "relationship": data.relationship,
        "client_id": data.client_id,
        "sex": data.sex,
        "birth_year": data.birth_year,
        "lives_together": data.lives_together,
        "note": bounded(data.note, limits.MEMBER_NOTE, "note", multiline=True),
    }


def add_member(session: UserSession, family_id: int, data: MemberInput) -> FamilyInfo:
    session.require(Permission.REGISTER_CLIENTS)
    with session.store.transaction() as s:
        family = s.get(Family, family_id)
        if family is None:
            raise ValidationError("family.not_found")
        member = FamilyMember(family_id=family_id, **_clean_member(s, family_id, data, None))
        s.add(member)
        s.flush()
        session.audit(s, "family.member_added", "family", family_id, {"member": member.id})
        return _family_info(s, family)


def update_member(session: UserSession, member_id: int, data: MemberInput) -> FamilyInfo:
    session.require(Permission.REGISTER_CLIENTS)
    with session.store.transaction() as s:
        member = s.get(FamilyMember, member_id)
        if member is None:
            raise ValidationError("family.member_not_found")
        for key, value in _clean_member(s, member.family_id, data, member_id).items():
            setattr(member, key, value)
        family = s.get(Family, member.family_id)
        assert family is not None
        session.audit(s, "family.member_updated", "family", family.id, {"member": member_id})
        return _family_info(s, family)


def remove_member(session: UserSession, member_id: int) -> FamilyInfo:
    session.require(Permission.REGISTER_CLIENTS)
    with session.store.transaction() as s:
        member = s.get(FamilyMember, member_id)
        if member is None:
            raise ValidationError("family.member_not_found")
        family = s.get(Family, member.family_id)
        assert family is not None
        s.delete(member)
        s.flush()
        session.audit(s, "family.member_removed", "family", family.id, {"member": member_id})
        return _family_info(s, family)


def families_of_client(session: UserSession, client_id: int) -> list[FamilyInfo]:
    """The households a client belongs to, with all members."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        return client_families(s, client_id)


def client_families(s: Session, client_id: int) -> list[FamilyInfo]:
    """:func:`families_of_client` inside the caller's transaction."""
    ids = s.execute(
        select(FamilyMember.family_id).where(FamilyMember.client_id == client_id).distinct()
    ).scalars()
    families = [s.get(Family, i) for i in ids]
    return [_family_info(s, f) for f in families if f is not None]


def get_family(session: UserSession, family_id: int) -> FamilyInfo:
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        family = s.get(Family, family_id)
        if family is None:
            raise ValidationError("family.not_found")
        session.audit(s, "family.viewed", "family", family_id)
        return _family_info(s, family)
