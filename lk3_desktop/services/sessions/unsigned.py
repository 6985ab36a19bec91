"""Notes left unsigned for too long: the setting (days) and the list the Beranda shows."""

from __future__ import annotations

import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.session_notes import UNSIGNED_DAYS_DEFAULT
from lk3_desktop.db.models import Case, Client, CounselingSession
from lk3_desktop.services._setting_rows import read_setting, write_setting
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.data import UnsignedNote
from lk3_desktop.services.sessions.reading import _names

UNSIGNED_DAYS_KEY = "unsigned_note_days"


def unsigned_days(session: UserSession) -> int:
    """After how many days an unsigned note is listed as overdue (setting, default 3)."""
    with session.store.transaction() as s:
        return _unsigned_days(s)


def _unsigned_days(s: Session) -> int:
    return int(read_setting(s, UNSIGNED_DAYS_KEY, UNSIGNED_DAYS_DEFAULT))


def set_unsigned_days(session: UserSession, days: int) -> None:
    session.require(Permission.CHANGE_SETTINGS)
    if not 1 <= days <= 60:
        raise ValidationError("session.unsigned_days_range", UNSIGNED_DAYS_KEY)
    with session.store.transaction() as s:
        write_setting(s, session, UNSIGNED_DAYS_KEY, days)


def unsigned_notes(session: UserSession, older_than_days: int | None = None) -> list[UnsignedNote]:
    """Unsigned notes older than the setting (or ``older_than_days``), oldest first: the
    author's own for a counselor, everyone's for the head."""
    if session.actor.role is Role.STAF:
        raise PermissionDenied("session_notes")
    today = datetime.date.today()
    with session.store.transaction() as s:
        days = _unsigned_days(s) if older_than_days is None else older_than_days
        cutoff = today - datetime.timedelta(days=days)
        query = (
            select(CounselingSession, Case, Client.full_name)
            .join(Case, Case.id == CounselingSession.case_id)
            .join(Client, Client.id == Case.client_id)
            .where(CounselingSession.signed_at.is_(None), CounselingSession.session_date < cutoff)
            .order_by(CounselingSession.session_date, CounselingSession.id)
        )
        if session.actor.role is not Role.KEPALA:
            query = query.where(CounselingSession.author_id == session.actor.user_id)
        names = _names(s)
        return [
            UnsignedNote(
                id=row.id,
                case_id=case.id,
                registration_number=case.registration_number,
                client_id=case.client_id,
                client_name=client_name,
                author_id=row.author_id,
                author_name=names.get(row.author_id, ""),
                session_date=row.session_date,
                days_old=(today - row.session_date).days,
            )
            for row, case, client_name in s.execute(query).all()
            if may_see_clinical(session, case.counselor_id)
        ]
