"""Sealing an office's existing clinical content under its case keys (the office upgrade).

An office keyed before clinical content was sealed per case, or sealed by a release that
sealed fewer columns (``case_keys.SEAL_VERSION``), is sealed at a head's sign-in after a
verified copy, and by the keys upgrade and the demo builder. It goes in batches, each its own
transaction: one batch of rows of one sealed table, or a few clinical documents. Each batch
also saves where the sealing stands (setting ``keys.content_sealing``), so a sealing cut short
(the computer switched off at 10,000 clients) goes on from there at the next head's sign-in,
without a second copy and without looking at the rows again. The caller can watch it
(``progress(done, total)``, from the thread it runs on).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from lk3_desktop.db import audit, sealed
from lk3_desktop.db.models import Setting
from lk3_desktop.db.pause_points import pause_point
from lk3_desktop.db.sealed import CaseKeys
from lk3_desktop.db.store import OpenStore
from lk3_desktop.services import office_keys
from lk3_desktop.services.attachments._content import (
    clinical_under_client_keys,
    seal_clinical_under_case_keys,
)
from lk3_desktop.services.case_keys import content_sealed, mark_content_sealed
from lk3_desktop.services.office_keys import KeyContext

Progress = Callable[[int, int], None]  # steps done, steps in all (rows, then documents)

SEALING = "keys.content_sealing"  # Setting: where a sealing under way stands (JSON)
DOCUMENTS = "attachments"  # the step after the tables: clinical documents
DOCUMENT_BATCH = 8  # documents a transaction seals (up to 25 MB each)


@dataclass
class _Point:
    """Where the sealing stands: the table (or DOCUMENTS) and the last row id done there,
    and the cells sealed so far."""

    table: str
    after: int = 0
    cells: int = 0

    def dumps(self) -> str:
        return json.dumps({"table": self.table, "after": self.after, "cells": self.cells})


def _steps() -> list[str]:
    return [*sealed.SEALED, DOCUMENTS]


def _saved_point(s: Session) -> _Point | None:
    row = s.get(Setting, SEALING)
    if row is None:
        return None
    try:
        found = json.loads(row.value)
        point = _Point(str(found["table"]), int(found["after"]), int(found["cells"]))
    except (ValueError, KeyError, TypeError):
        return None
    return point if point.table in _steps() else None


def _save(s: Session, point: _Point, user_id: int | None) -> None:
    stamp = datetime.now().replace(microsecond=0)
    row = s.get(Setting, SEALING)
    if row is None:
        s.add(Setting(key=SEALING, value=point.dumps(), updated_at=stamp, updated_by=user_id))
    else:
        row.value, row.updated_at, row.updated_by = point.dumps(), stamp, user_id


def sealing_stopped_at(s: Session) -> str | None:
    """Where a sealing cut short stopped (``table`` after row ``id``), or None."""
    point = _saved_point(s)
    if point is None:
        return None
    return f"{point.table} #{point.after}"


def _count(s: Session, table: str, after: int = 0) -> int:
    query = text(f'SELECT count(*) FROM "{table}" WHERE id > :after')
    return int(s.execute(query, {"after": after}).scalar_one())


def _progress_from(s: Session, point: _Point) -> tuple[int, int]:
    """Rows (and documents) already looked at before ``point``, and those in all."""
    steps = _steps()
    at = steps.index(point.table)
    done = total = 0
    for n, table in enumerate(steps[:-1]):
        rows = _count(s, table)
        total += rows
        if n < at:
            done += rows
        elif n == at:
            done += rows - _count(s, table, point.after)
    documents = clinical_under_client_keys(s)
    return done, total + documents


def seal_existing_content(
    store: OpenStore, ctx: KeyContext, progress: Progress | None = None
) -> int:
    """Every case gets its key (sealed to its counselor, the heads and the recovery key) and
    every clinical value written in plain text so far is sealed, a batch at a time: the keys
    upgrade's last step, the demo's (which writes its rows in bulk) and a head's sign-in
    after an upgrade. Goes on from where an interrupted sealing stopped. How many values."""
    keys = store.case_keys
    assert keys is not None
    user_id = ctx.cert.user_id
    with store.transaction() as s:
        point = _saved_point(s) or _Point(_steps()[0])
        done, total = _progress_from(s, point)
        _save(s, point, user_id)
    while True:
        if progress is not None:
            progress(min(done, total), total)
        with store.transaction() as s:
            looked = _batch(s, keys, point)
            _save(s, point, user_id)
        if looked is None:
            break
        done += looked
        if looked:
            pause_point("sealing.batch_committed")
    with store.transaction() as s:
        mark_content_sealed(s, user_id)
        s.execute(text("DELETE FROM settings WHERE key = :key"), {"key": SEALING})
        audit.append(
            s, user_id, "office.content_sealed", "database", store.database_id,
            {"cells": point.cells},
        )  # fmt: skip
    if progress is not None:
        progress(total, total)
    return point.cells


def _batch(s: Session, keys: CaseKeys, point: _Point) -> int | None:
    """One batch sealed from ``point`` on and ``point`` moved past it: the rows (or
    documents) looked at; None once nothing is left."""
    if point.table == DOCUMENTS:
        last, sealed_now = seal_clinical_under_case_keys(s, keys, point.after, DOCUMENT_BATCH)
        if last is None:
            return None
        point.after, point.cells = last, point.cells + sealed_now
        return sealed_now
    last, rows, cells = sealed.seal_batch(s, keys, point.table, point.after)
    if last is None:
        steps = _steps()
        point.table, point.after = steps[steps.index(point.table) + 1], 0
        return 0
    point.after, point.cells = last, point.cells + cells
    return rows


def seal_content_if_due(store: OpenStore, ctx: KeyContext, progress: Progress | None = None) -> int:
    """At a head's sign-in: an office that got its keys before clinical content was sealed
    per case, or before this release sealed more (or a backup restored from that time), is
    sealed now, once, after a verified copy; a sealing cut short goes on (its copy was made
    when it began). How many values."""
    if not ctx.cert.is_head or store.case_keys is None:
        return 0
    with store.transaction() as s:
        if content_sealed(s):
            return 0
        resuming = _saved_point(s) is not None
    if not resuming:
        office_keys.backup_before_upgrade(store)
    return seal_existing_content(store, ctx, progress)
