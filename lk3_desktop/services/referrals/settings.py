"""Referral settings: the letter number template and the counselors the head lets sign."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import User
from lk3_desktop.services import case_keys
from lk3_desktop.services import settings as office_settings
from lk3_desktop.services._setting_rows import read_setting
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.settings import set_setting

LETTER_TEMPLATE_KEY = office_settings.LETTER_NUMBER_TEMPLATE
SIGNERS_KEY = office_settings.REFERRAL_SIGNERS


def letter_number_template(session: UserSession) -> str:
    with session.store.transaction() as s:
        return str(read_setting(s, LETTER_TEMPLATE_KEY, LETTER_NUMBER_TEMPLATE))


def set_letter_number_template(session: UserSession, template: str) -> None:
    """The head changes how new letter numbers look (issued numbers stay as they are)."""
    set_setting(session, LETTER_TEMPLATE_KEY, template)


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
    with session.store.transaction() as s:
        before = _signer_ids(s)
    after = set(user_ids)
    set_setting(session, SIGNERS_KEY, sorted(after))
    if session.keys is not None:
        # A signer reads the referrals they sign: their cases' keys follow the setting.
        with session.store.transaction() as s:
            case_keys.signers_changed(s, session.keys, session.store.database_id, before, after)
