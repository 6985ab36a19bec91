"""The words a new password is judged against at this office (core/passwords.check_password):
the person's own, the center's name, its place and the places around it, and the years around
today. Setup, a change, a new account and a recovery judge with the same words; the forms show
the strength with them too (accounts.password_words)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.passwords import check_password, office_words
from lk3_desktop.db.models import CenterProfile
from lk3_desktop.services.context import UserSession


def office_words_of(name: str, province_code: str | None, regency_code: str | None) -> list[str]:
    """The office's words for a center called ``name`` at those Kemendagri codes."""
    # A guesser tries the office's own place first, then the other places around it:
    # "pandeglang2026" at an office in Serang is as weak as "serang2026".
    from lk3_desktop.services._search_index import province_region_names, region_names

    places = [region_names(province_code, regency_code), *province_region_names(province_code)]
    return office_words(name, places, datetime.now().date())


def stored_office_words(s: Session) -> list[str]:
    """The office's words from its stored profile (inside the caller's transaction)."""
    profile = s.get(CenterProfile, 1)
    if profile is None:
        return office_words_of("", None, None)
    return office_words_of(profile.name, profile.province_code, profile.regency_code)


def password_words(session: UserSession) -> list[str]:
    """The words a new password of the signed-in person is judged against: their username and
    name, the center's name, its region names and the years around today. The forms show
    the strength with the same words the services check with."""
    with session.store.transaction() as s:
        return [session.actor.username, session.actor.full_name, *stored_office_words(s)]


def validate_new_password(password: str, user_inputs: list[str]) -> None:
    """ValidationError (field "password") with the first reason the password is refused."""
    verdict = check_password(password, user_inputs)
    if not verdict.acceptable:
        raise ValidationError.because(verdict.problems[0], "password")
