"""The office's editable lists: PMKS categories and presenting problem areas.

The 26 PMKS categories are seeded with stable codes PMKS-01..26; a category the office adds
gets the next free code (PMKS-27, PMKS-28, ...). A problem area gets a code made from its name.
Entries are never deleted: clients and cases keep the ones they have. An inactive entry is not
offered for new choices but is still shown where it is used. Only the head changes the lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.text_input import bounded
from lk3_desktop.core.vocabulary import pmks_code
from lk3_desktop.db.models import PmksCategory, ProblemArea
from lk3_desktop.services.context import UserSession

LookupKind = Literal["pmks", "problem_area"]
PMKS: LookupKind = "pmks"
PROBLEM_AREA: LookupKind = "problem_area"
SEEDED_PMKS = 26
MAX_NAME = limits.LIST_ENTRY.max_chars
MIN_NAME = 3
SLUG_MAX = 36  # the code column holds 40; room for a "_99" suffix
PMKS_CODE_RE = re.compile(r"^PMKS-(\d+)$")

_MODELS: dict[str, type[PmksCategory] | type[ProblemArea]] = {
    PMKS: PmksCategory,
    PROBLEM_AREA: ProblemArea,
}


@dataclass(frozen=True)
class LookupItem:
    id: int
    code: str
    name: str
    active: bool


def _model(kind: str) -> type[PmksCategory] | type[ProblemArea]:
    try:
        return _MODELS[kind]
    except KeyError:
        raise ValueError(f"unknown lookup kind {kind!r}") from None


def _item(row: PmksCategory | ProblemArea) -> LookupItem:
    return LookupItem(row.id, row.code, row.name, bool(row.active))


def clean_name(name: str) -> str:
    """``name`` with spaces tidied; ValidationError (Indonesian) when empty or too long."""
    cleaned = bounded(name, limits.LIST_ENTRY, "name")
    if len(cleaned) < MIN_NAME:
        raise ValidationError("lookup.name_too_short", "name", min=MIN_NAME)
    return cleaned


def slug(name: str) -> str:
    """A code from a name: ``"Konflik suami-istri"`` -> ``"konflik_suami_istri"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    return text[:SLUG_MAX].rstrip("_") or "area"


def list_lookup(session: UserSession, kind: LookupKind) -> list[LookupItem]:
    """Every entry of the list, inactive ones too, in code order (PMKS) or by name."""
    model = _model(kind)
    order = model.code if kind == PMKS else model.name
    with session.store.transaction() as s:
        rows = s.execute(select(model).order_by(order)).scalars()
        return [_item(cast(PmksCategory | ProblemArea, row)) for row in rows]


def _check_unique_name(
    s: Session, model: type[PmksCategory] | type[ProblemArea], name: str, own_id: int | None
) -> None:
    wanted = name.casefold()
    for row_id, row_name in s.execute(select(model.id, model.name)):
        if row_id != own_id and " ".join(row_name.split()).casefold() == wanted:
            raise ValidationError("lookup.name_taken", "name")


def _next_pmks_code(s: Session) -> str:
    numbers = [
        int(match.group(1))
        for code in s.execute(select(PmksCategory.code)).scalars()
        if (match := PMKS_CODE_RE.match(code))
    ]
    return pmks_code(max([SEEDED_PMKS, *numbers]) + 1)


def _free_slug(s: Session, name: str) -> str:
    base = slug(name)
    taken = set(s.execute(select(ProblemArea.code)).scalars())
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def add_lookup(session: UserSession, kind: LookupKind, name: str) -> LookupItem:
    """Add an entry (head only); it gets a new, stable code."""
    session.require(Permission.CHANGE_SETTINGS)
    model = _model(kind)
    cleaned = clean_name(name)
    with session.store.transaction() as s:
        _check_unique_name(s, model, cleaned, None)
        code = _next_pmks_code(s) if kind == PMKS else _free_slug(s, cleaned)
        row = model(code=code, name=cleaned, active=True)
        s.add(row)
        s.flush()
        session.audit(s, "lookup.added", kind, row.id, {"code": code, "name": cleaned})
        return _item(row)


def _load(
    s: Session, model: type[PmksCategory] | type[ProblemArea], item_id: int
) -> PmksCategory | ProblemArea:
    row = s.get(model, item_id)
    if row is None:
        raise ValidationError("lookup.not_found", "id")
    return cast(PmksCategory | ProblemArea, row)


def rename_lookup(session: UserSession, kind: LookupKind, item_id: int, name: str) -> LookupItem:
    """Give an entry a new name (head only); its code stays, so records keep it."""
    session.require(Permission.CHANGE_SETTINGS)
    model = _model(kind)
    cleaned = clean_name(name)
    with session.store.transaction() as s:
        row = _load(s, model, item_id)
        _check_unique_name(s, model, cleaned, row.id)
        if row.name != cleaned:
            before = row.name
            row.name = cleaned
            session.audit(
                s, "lookup.changed", kind, row.id, {"code": row.code, "from": before, "to": cleaned}
            )
        return _item(row)


def set_lookup_active(
    session: UserSession, kind: LookupKind, item_id: int, active: bool
) -> LookupItem:
    """Deactivate (no longer offered) or reactivate an entry (head only); never deleted."""
    session.require(Permission.CHANGE_SETTINGS)
    model = _model(kind)
    with session.store.transaction() as s:
        row = _load(s, model, item_id)
        if bool(row.active) != active:
            if not active:
                remaining = s.execute(
                    select(func.count()).select_from(model).where(model.active.is_(True))
                ).scalar_one()
                if remaining <= 1:
                    raise ValidationError("lookup.last_active")
            row.active = active
            session.audit(s, "lookup.changed", kind, row.id, {"code": row.code, "active": active})
        return _item(row)
