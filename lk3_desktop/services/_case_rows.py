"""Case rows read inside the caller's transaction (internal to ``services/``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.db.models import Case


def client_cases(s: Session, client_id: int) -> list[Case]:
    """A client's cases in display order: newest intake first (the caller's transaction)."""
    return list(
        s.execute(
            select(Case)
            .where(Case.client_id == client_id)
            .order_by(Case.intake_date.desc(), Case.id.desc())
        ).scalars()
    )
