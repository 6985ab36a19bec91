"""Office-wide settings read and written inside the caller's transaction (internal to
``services/``; widgets use :func:`lk3_desktop.services.settings.get_setting` and ``set_setting``).

The keys the app knows and their defaults are declared here so a reader needs nothing else;
:mod:`lk3_desktop.services.settings` re-exports them.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from lk3_desktop.db.models import Setting
from lk3_desktop.services.context import UserSession

AUTO_LOCK_MINUTES = "auto_lock_minutes"
HIDE_NAMES = "privacy.hide_names"  # client names masked in lists until a row is selected
# Years after a client's last case closed before the record may be anonymised (UU PDP).
RETENTION_YEARS = "privacy.retention_years"
# How registration and referral letter numbers look (core/numbering.py), and the counselors
# the head lets sign referral letters (a list of user ids).
CASE_NUMBER_TEMPLATE = "case_number_template"
LETTER_NUMBER_TEMPLATE = "letter_number_template"
REFERRAL_SIGNERS = "referral_signers"
DEFAULTS: dict[str, Any] = {AUTO_LOCK_MINUTES: 10, HIDE_NAMES: False, RETENTION_YEARS: 5}


def read_setting(s: Session, key: str, default: Any = None) -> Any:
    """A setting's value inside the caller's transaction, or ``default`` / the known default."""
    row = s.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def write_setting(s: Session, session: UserSession, key: str, value: Any) -> None:
    """Store a setting in the caller's transaction, audited with the new value."""
    row = s.get(Setting, key)
    now = datetime.now().replace(microsecond=0)
    encoded = json.dumps(value)
    if row is None:
        s.add(Setting(key=key, value=encoded, updated_at=now, updated_by=session.actor.user_id))
    else:
        row.value, row.updated_at, row.updated_by = encoded, now, session.actor.user_id
    session.audit(s, "setting.changed", "setting", key, {"value": value})
