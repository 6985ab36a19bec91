"""One rule for the records several desks may edit at once (issue 19): a save names the
version it started from; a newer one saved meanwhile is not overwritten."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lk3_desktop.core.errors import EditConflict


def next_version(row: Any, expected: int | None, record: str, theirs: Callable[[], object]) -> None:
    """EditConflict carrying ``theirs()`` (the record as saved now) when ``row`` is no longer
    at ``expected``; else the row's version moves on by one. ``expected`` None: no check (a
    recovered draft, a command line), the version still moves on."""
    if expected is not None and row.version != expected:
        raise EditConflict(record, row.id, theirs())
    row.version = (row.version or 1) + 1
