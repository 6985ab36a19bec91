"""Office-wide settings stored inside the encrypted database."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.db.models import Setting
from lk3_desktop.services.context import UserSession

AUTO_LOCK_MINUTES = "auto_lock_minutes"
HIDE_NAMES = "privacy.hide_names"  # client names masked in lists until a row is selected
# Years after a client's last case closed before the record may be anonymised (UU PDP).
RETENTION_YEARS = "privacy.retention_years"
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


def get_setting(session: UserSession, key: str) -> Any:
    """A setting's value, or its default."""
    with session.store.transaction() as s:
        return read_setting(s, key)


def set_setting(session: UserSession, key: str, value: Any) -> None:
    """Change an office-wide setting (head only), audited with the new value."""
    session.require(Permission.CHANGE_SETTINGS)
    if key == AUTO_LOCK_MINUTES and not (isinstance(value, int) and 1 <= value <= 240):
        raise ValidationError("Kunci otomatis harus antara 1 dan 240 menit.", key)
    if key == HIDE_NAMES and not isinstance(value, bool):
        raise ValidationError("Pilihan menyembunyikan nama harus ya atau tidak.", key)
    if key == RETENTION_YEARS and (
        not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 50
    ):
        raise ValidationError("Masa simpan harus antara 1 dan 50 tahun.", key)
    with session.store.transaction() as s:
        write_setting(s, session, key, value)
