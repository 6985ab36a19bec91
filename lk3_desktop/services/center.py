"""The center profile (name, address, head, logo) used on letters, cards and the window."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from lk3_desktop.core import limits
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.text_input import bounded
from lk3_desktop.db.models import CenterProfile
from lk3_desktop.services.accounts import CenterInput, validate_nip
from lk3_desktop.services.context import UserSession


@dataclass(frozen=True)
class CenterInfo:
    name: str
    center_code: str
    address: str
    province_code: str | None
    regency_code: str | None
    phone: str
    email: str
    head_name: str
    head_nip: str | None
    logo: bytes | None
    logo_mime: str | None
    database_id: str
    is_demo: bool

    @classmethod
    def from_row(cls, row: CenterProfile) -> CenterInfo:
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def get_center(session: UserSession) -> CenterInfo:
    """The profile; every signed-in role may read it (it is on every letter)."""
    with session.store.transaction() as s:
        row = s.get(CenterProfile, 1)
        assert row is not None
        return CenterInfo.from_row(row)


def update_center(session: UserSession, data: CenterInput) -> CenterInfo:
    """Change the profile (head only); the audit row names the changed fields."""
    session.require(Permission.EDIT_CENTER_PROFILE)
    if not data.name.strip():
        raise ValidationError("center.name_required", "center_name")
    nip = validate_nip(data.head_nip)
    with session.store.transaction() as s:
        row = s.get(CenterProfile, 1)
        assert row is not None
        new = {f.name: getattr(data, f.name) for f in fields(CenterInput)}
        new["name"] = bounded(data.name, limits.CENTER_NAME, "center_name")
        new["address"] = bounded(data.address, limits.STREET, "address")
        if data.logo is not None and data.logo != row.logo:
            new["logo_mime"] = limits.check_image(data.logo, "logo")  # by content
        new["head_nip"] = nip
        new["center_code"] = data.center_code.strip().upper()
        changed = sorted(k for k, v in new.items() if getattr(row, k) != v)
        for key in changed:
            setattr(row, key, new[key])
        row.updated_at = datetime.now().replace(microsecond=0)
        session.audit(s, "center.updated", "center_profile", 1, {"fields": changed})
        return CenterInfo.from_row(row)
