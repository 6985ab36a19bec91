"""The center as the kop of a clinical record shows it (internal to ``services/``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lk3_desktop.db.models import CenterProfile
from lk3_desktop.documents.kop import KopCenter


def kop_center(s: Session) -> KopCenter:
    """Name, address, phone, e-mail and logo of the center profile (blank when unset)."""
    profile = s.get(CenterProfile, 1)
    return KopCenter(
        name=profile.name if profile else "",
        address=profile.address if profile else "",
        phone=profile.phone if profile else "",
        email=profile.email if profile else "",
        logo=profile.logo if profile else None,
    )
