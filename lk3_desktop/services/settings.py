"""Office-wide settings stored inside the encrypted database."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.numbering import CASE_NUMBER_MAX, LETTER_NUMBER_MAX, template_problem
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import User
from lk3_desktop.services._setting_rows import (
    AUTO_LOCK_MINUTES,
    CASE_NUMBER_TEMPLATE,
    DEFAULTS,
    HIDE_NAMES,
    LETTER_NUMBER_TEMPLATE,
    REFERRAL_SIGNERS,
    RETENTION_YEARS,
    read_setting,
    write_setting,
)
from lk3_desktop.services.context import UserSession

__all__ = [
    "AUTO_LOCK_MINUTES",
    "CASE_NUMBER_TEMPLATE",
    "DEFAULTS",
    "HIDE_NAMES",
    "LETTER_NUMBER_TEMPLATE",
    "REFERRAL_SIGNERS",
    "RETENTION_YEARS",
    "get_setting",
    "set_setting",
]

_NUMBER_MAX = {CASE_NUMBER_TEMPLATE: CASE_NUMBER_MAX, LETTER_NUMBER_TEMPLATE: LETTER_NUMBER_MAX}


def get_setting(session: UserSession, key: str) -> Any:
    """A setting's value, or its default."""
    with session.store.transaction() as s:
        return read_setting(s, key)


def _check_value(key: str, value: Any) -> None:
    """ValidationError (one sentence, ``key`` as its field) when ``value`` does not fit."""
    if key == AUTO_LOCK_MINUTES and not (isinstance(value, int) and 1 <= value <= 240):
        raise ValidationError("settings.auto_lock_range", key)
    if key == HIDE_NAMES and not isinstance(value, bool):
        raise ValidationError("settings.hide_names_yes_no", key)
    if key == RETENTION_YEARS and (
        not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 50
    ):
        raise ValidationError("settings.retention_range", key)
    if key in _NUMBER_MAX:
        problem = (
            template_problem(value, _NUMBER_MAX[key])
            if isinstance(value, str)
            else Sentence("number.template_not_text")
        )
        if problem is not None:
            raise ValidationError.because(problem, key)
    if key == REFERRAL_SIGNERS and not (
        isinstance(value, list)
        and all(isinstance(i, int) and not isinstance(i, bool) for i in value)
        and len(set(value)) == len(value)
    ):
        raise ValidationError("settings.signers_distinct", key)


def _check_signers(s: Session, user_ids: list[int]) -> None:
    for uid in user_ids:
        user = s.get(User, uid)
        if user is None or not user.active or user.role != Role.KONSELOR.value:
            raise ValidationError("settings.signer_not_counselor", REFERRAL_SIGNERS)


def set_setting(session: UserSession, key: str, value: Any) -> None:
    """Change an office-wide setting (head only), audited with the new value.

    Values of known keys are checked first (ValidationError, one sentence): the automatic
    lock, hiding names, the retention period, the number templates (core/numbering.py) and the
    referral signers (active counselors, each once)."""
    session.require(Permission.CHANGE_SETTINGS)
    _check_value(key, value)
    with session.store.transaction() as s:
        if key == REFERRAL_SIGNERS:
            _check_signers(s, value)
        write_setting(s, session, key, value)
