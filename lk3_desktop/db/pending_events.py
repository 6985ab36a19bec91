"""Audit entries that happen while nobody is signed in (a restore), kept beside the database
until the next sign-in writes them into the chain, signed by whoever signs in.

The chain accepts entries only under a signed checkpoint; a restore has no signed-in person
to sign with, so its entry waits here (ids and codes only, like every audit detail).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.os_errors import data_folder_errors

PENDING_FILENAME = "lk3.pending"


def record(
    folder: Path,
    action: str,
    entity_type: str | None,
    entity_id: str | None,
    detail: dict[str, Any],
    at: str,
) -> None:
    """Keep one entry for the next sign-in."""
    events = _read(folder)
    events.append(
        {
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "detail": detail,
            "at": at,
        }
    )
    with data_folder_errors():
        write_atomic(folder / PENDING_FILENAME, json.dumps(events[-100:]).encode("utf-8"))


def take(folder: Path) -> list[dict[str, Any]]:
    """The kept entries, removed from the folder (the caller writes them in its transaction)."""
    events = _read(folder)
    if events:
        with data_folder_errors():
            (folder / PENDING_FILENAME).unlink(missing_ok=True)
    return events


def _read(folder: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads((folder / PENDING_FILENAME).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [e for e in data if isinstance(e, dict) and isinstance(e.get("action"), str)]
