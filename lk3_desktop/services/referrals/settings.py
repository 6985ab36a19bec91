"""Referral settings: the letter number template and the counselors the head lets sign."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE, format_number, validate_template
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import User
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.settings import read_setting, write_setting

LETTER_TEMPLATE_KEY = "letter_number_template"
SIGNERS_KEY = "referral_signers"


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
