"""How the export writes values: dates and times as ISO text, stored JSON read leniently."""

from __future__ import annotations

import datetime
import json
from typing import Any


def _d(value: datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: datetime.datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value is not None else None


def _t(value: datetime.time | None) -> str | None:
    return value.isoformat(timespec="minutes") if value is not None else None


def _loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:  # a damaged column is exported as empty, not as a crash
        return default
