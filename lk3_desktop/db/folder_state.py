"""What a data folder holds, seen from outside, without the key or the database stack.

Asked before the first window shows (setup wizard, sign-in, or an unfinished setup to start
again), so this module imports neither SQLAlchemy nor SQLCipher (benchmarks: cold_start);
:mod:`lk3_desktop.db.store` re-exports its names.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from lk3_desktop.core.errors import (
    DataFolderMissing,
    NotAnLk3Database,
    SetupUnfinished,
)
from lk3_desktop.db.server.enrollment import is_enrolled

if TYPE_CHECKING:
    from lk3_desktop.db.vault import KeyFile

DB_FILENAME = "lk3.db"
# The key file (db.vault reads and writes it; named here so asking what a folder holds needs
# neither the vault nor Argon2 and the cryptography it imports: benchmarks, cold_start).
KEYS_FILENAME = "lk3.keys"
KEY_FILE_FORMATS = ("lk3-keys/1", "lk3-keys/2")  # what db.vault reads
# Present from the first step of a setup (or a demo build) until its last: a folder holding it
# has no data anyone entered, so the setup may simply start again. It names the database id,
# so the workstation secret made for that setup can be removed too.
SETUP_MARKER = "lk3.setup"


class FolderState(Enum):
    """What a data folder holds, seen from outside (no key needed)."""

    EMPTY = "empty"  # nothing yet: the setup wizard
    SETUP_UNFINISHED = "setup_unfinished"  # a setup or demo build was interrupted: start again
    READY = "ready"  # a database (whether it opens is for the key to say)


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def setup_marker(folder: Path) -> dict[str, str] | None:
    """The marker's fields, or None without one ({} when unreadable: still a marker)."""
    path = folder / SETUP_MARKER
    try:
        doc = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    if not isinstance(doc, dict):
        return {}
    return {str(k): str(v) for k, v in doc.items()}


def slotless_key_file(folder: Path) -> KeyFile | None:
    """A key file without any slot: what a setup interrupted before its first slot left
    (before setups wrote the marker). A finished setup always holds the head's slot, and the
    last active head can never be removed."""
    from lk3_desktop.db.vault import KeyFile

    try:
        key_file = KeyFile.from_bytes((folder / KEYS_FILENAME).read_bytes())
    except (OSError, NotAnLk3Database):
        return None
    return key_file if not key_file.slots else None


def _key_file_without_slots(folder: Path) -> bool:
    """Whether :func:`slotless_key_file` finds one, read without the vault: the same file
    read as db.vault reads it (a readable format, the database id and the workstation mode,
    its slots none), without importing Argon2 and the cryptography before the first window
    (benchmarks: cold_start)."""
    try:
        doc = json.loads((folder / KEYS_FILENAME).read_bytes().decode("utf-8"))
        if doc.get("format") not in KEY_FILE_FORMATS:
            return False
        str(doc["database_id"]), str(doc["workstation"])
        return not list(doc["slots"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def folder_state(folder: Path) -> FolderState:
    if not folder.is_dir():
        return FolderState.EMPTY
    if setup_marker(folder) is not None or _key_file_without_slots(folder):
        return FolderState.SETUP_UNFINISHED

    if db_path(folder).exists() or (folder / KEYS_FILENAME).exists() or is_enrolled(folder):
        return FolderState.READY
    return FolderState.EMPTY


def unfinished_setup_is_demo(folder: Path) -> bool:
    return (setup_marker(folder) or {}).get("kind") == "demo"


def require_data_folder(folder: Path) -> None:
    """Known errors for a missing folder, an unfinished setup (SetupUnfinished, never taken
    for a wrong password) or a folder that holds no LK3 database."""
    if not folder.is_dir():
        raise DataFolderMissing(str(folder))
    if folder_state(folder) is FolderState.SETUP_UNFINISHED:
        raise SetupUnfinished("setup unfinished", demo=unfinished_setup_is_demo(folder))
    if not db_path(folder).is_file() and not is_enrolled(folder):
        raise NotAnLk3Database("no lk3.db in folder")


def is_initialized(folder: Path) -> bool:
    return folder_state(folder) is FolderState.READY and (
        db_path(folder).is_file() or is_enrolled(folder)
    )
