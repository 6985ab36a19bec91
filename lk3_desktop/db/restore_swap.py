"""Swapping a verified backup into the data folder, so that a crash at any moment leaves a
folder that opens, and finishing a swap that a crash cut short.

The restore unpacks and verifies the backup in a hidden staging folder beside the data
folder, ``.<folder>.restore-<stamp>``; the swap then

1. creates ``<folder>.before-restore-<stamp>`` (same stamp) and moves every entry of the data
   folder into it, except the lock file and the restore note (the database last);
2. moves the staging folder's note in as ``lk3.restore-note`` (what the audit row of the
   restore will say: method, backup time and chain head, who, an id);
3. moves the key file, then the database in;
4. removes the staging folder.

The names are the journal: a staging folder whose before-restore twin exists is a swap that
was started, and the staging folder was complete (both members present) until step 3 began.
:func:`finish_interrupted_swap` therefore always completes it forward (the backup was
verified and the head confirmed it); a staging folder without its twin never touched the data
folder and is removed. Whoever holds the folder's lock runs it before anything else.

The restore's audit row is written when the swapped-in database is first opened: by the
restore itself or, after a crash, by the next sign-in (:func:`audit_pending_restore`), once.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lk3_desktop.db.atomic import fsync_dir, mkdir_private, write_atomic
from lk3_desktop.db.folder_state import DB_FILENAME, KEYS_FILENAME
from lk3_desktop.db.instance_lock import LOCK_FILENAME
from lk3_desktop.db.os_errors import data_folder_errors
from lk3_desktop.db.pause_points import pause_point

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MEMBERS = (KEYS_FILENAME, DB_FILENAME)  # moved in in this order: the database last
NOTE = "restore.json"  # in the staging folder
RESTORE_NOTE = "lk3.restore-note"  # in the data folder, until the restore is audited
KEEP = (LOCK_FILENAME, RESTORE_NOTE)  # never moved aside


def staging_path(folder: Path, stamp: str) -> Path:
    return folder.parent / f".{folder.name}.restore-{stamp}"


def aside_path(folder: Path, stamp: str) -> Path:
    return folder.with_name(f"{folder.name}.before-restore-{stamp}")


def _stamp_of(staging: Path, folder: Path) -> str:
    return staging.name.removeprefix(f".{folder.name}.restore-")


def new_note(method: str, actor_id: int | None, manifest: dict[str, Any]) -> dict[str, Any]:
    """What the audit row of the restore says (ids, times and hashes only)."""
    return {
        "restore_id": uuid.uuid4().hex,
        "method": method,
        "actor_id": actor_id,
        "backup_created_at": manifest.get("created_at"),
        "backup_audit_head": manifest.get("audit_head"),
    }


def write_note(staging: Path, note: dict[str, Any]) -> None:
    write_atomic(staging / NOTE, json.dumps(note, sort_keys=True).encode("utf-8"))


def _move_aside(folder: Path, aside: Path) -> bool:
    """Step 1; returns whether anything was moved (idempotent)."""
    mkdir_private(aside)
    entries = [p for p in folder.iterdir() if p.name not in KEEP]
    # The database last out: a half-moved folder never looks like a database.
    entries.sort(key=lambda p: p.name == DB_FILENAME)
    for entry in entries:
        entry.rename(aside / entry.name)
        pause_point("restore.moving_aside")
    fsync_dir(aside)
    fsync_dir(folder)
    return bool(entries) or any(aside.iterdir())


def _move_in(folder: Path, staging: Path) -> None:
    """Steps 2 to 4 (idempotent)."""
    note = staging / NOTE
    if note.exists():
        note.rename(folder / RESTORE_NOTE)
    for name in MEMBERS:
        if (staging / name).exists():
            (staging / name).rename(folder / name)
            pause_point("restore.moving_in")
    fsync_dir(folder)
    shutil.rmtree(staging, ignore_errors=True)


def swap_in(folder: Path, staging: Path, stamp: str) -> Path | None:
    """Steps 1 to 4 for a complete, verified staging folder. Returns the before-restore
    folder, or None when the data folder held nothing (then it is removed again)."""
    folder.mkdir(parents=True, exist_ok=True)
    aside = aside_path(folder, stamp)
    moved = _move_aside(folder, aside)
    pause_point("restore.moved_aside")
    _move_in(folder, staging)
    if not moved:
        with contextlib.suppress(OSError):
            aside.rmdir()
        return None
    return aside


@dataclass(frozen=True)
class FinishedSwap:
    """What :func:`finish_interrupted_swap` did."""

    completed: Path | None  # the before-restore folder of a swap it completed
    removed_staging: int  # staging folders of restores that never touched the data folder


def _is_complete(staging: Path) -> bool:
    return all((staging / name).is_file() for name in MEMBERS)


def finish_interrupted_swap(folder: Path) -> FinishedSwap:
    """Complete a swap cut short, and remove staging folders that never touched the folder.

    The caller holds the folder's lock, so no restore of this folder is running.
    """
    completed: Path | None = None
    removed = 0
    if not folder.parent.is_dir():
        return FinishedSwap(None, 0)
    with data_folder_errors():
        stagings = sorted(p for p in folder.parent.glob(f".{folder.name}.restore-*") if p.is_dir())
        for staging in stagings:
            aside = aside_path(folder, _stamp_of(staging, folder))
            if not aside.is_dir():
                shutil.rmtree(staging, ignore_errors=True)
                removed += 1
                continue
            folder.mkdir(exist_ok=True)
            if _is_complete(staging):
                _move_aside(folder, aside)  # the swap stopped before anything moved in
            _move_in(folder, staging)
            completed = aside
    return FinishedSwap(completed, removed)


def staging_folders(folder: Path) -> list[Path]:
    """Hidden staging folders of restores into ``folder`` (seen without taking the lock)."""
    if not folder.parent.is_dir():
        return []
    return sorted(p for p in folder.parent.glob(f".{folder.name}.restore-*") if p.is_dir())


def swap_started(folder: Path) -> bool:
    """Whether a swap into ``folder`` was cut short (seen without taking the lock)."""
    return any(
        aside_path(folder, _stamp_of(staging, folder)).is_dir()
        for staging in staging_folders(folder)
    )


def read_note(folder: Path) -> dict[str, Any] | None:
    try:
        value = json.loads((folder / RESTORE_NOTE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def audit_restore(s: Session, database_id: str, note: dict[str, Any], finished_at: str) -> bool:
    """Append ``backup.restored`` for ``note`` unless a row for it exists already."""
    # The database stack is imported here, not for the swap: an interrupted restore is
    # finished before the first window shows (benchmarks: cold_start).
    from sqlalchemy import select

    from lk3_desktop.db import audit
    from lk3_desktop.db.models import AuditEntry

    restore_id = str(note.get("restore_id", ""))
    recent = s.execute(
        select(AuditEntry.detail)
        .where(AuditEntry.action == "backup.restored")
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if restore_id and recent and restore_id in recent:
        return False
    actor = note.get("actor_id")
    # Written by whoever signs in next and signed by them: the restorer is named in the
    # detail, not as the entry's actor (an entry's actor is the person who signs it).
    audit.append(
        s,
        None,
        "backup.restored",
        "database",
        database_id,
        {
            "by": actor if isinstance(actor, int) else None,
            "method": note.get("method"),
            "backup_created_at": note.get("backup_created_at"),
            "backup_audit_head": note.get("backup_audit_head"),
            "restore_id": restore_id,
            "finished_at": finished_at,
        },
    )
    return True


def audit_pending_restore(s: Session, folder: Path, database_id: str) -> None:
    """At sign-in: the audit row of a restore that a crash kept from writing it."""
    note = read_note(folder)
    if note is not None:
        audit_restore(s, database_id, note, "sign_in")


def forget_note(folder: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / RESTORE_NOTE).unlink()
