"""The data folder open to its owner only, on every platform.

POSIX: mode 0700 on the folder (the files the app writes inside are 0600).

Windows: ``os.chmod`` only sets the read-only flag there, so the folder's access list is
replaced instead (``icacls``): inheritance from the parent folder removed, full control for the
signed-in user, SYSTEM and the Administrators group (an administrator can take ownership of any
file anyway, so leaving them out would protect nothing), nobody else; files created inside
inherit that list. The default folder ``%LOCALAPPDATA%\\lk3-desktop`` already inherits such a
list from the user's profile; the explicit one matters when the office keeps its data elsewhere
(``D:\\LK3`` inherits "Users: read" on a default Windows installation). A drive without access
lists (FAT32/exFAT memory sticks) cannot be protected this way: the database and its backups
are encrypted, which is what protects them there.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

WINDOWS = sys.platform == "win32"
SYSTEM_SID = "S-1-5-18"
ADMINISTRATORS_SID = "S-1-5-32-544"
# (OI)(CI)F: full control, inherited by the files (OI) and folders (CI) created inside.
_FULL_INHERITED = ":(OI)(CI)F"


def current_user_sid() -> str:
    """The security identifier of the signed-in Windows user (``whoami /user``)."""
    out = subprocess.run(
        ["whoami", "/user", "/fo", "csv", "/nh"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    # One CSV row: "computer\\user","S-1-5-21-…"
    row = next(csv.reader([out.strip()]), [])
    sid = row[-1] if row else ""
    if not sid.startswith("S-1-"):
        raise OSError(f"whoami gave no user SID: {out.strip()!r}")
    return sid


def windows_acl_command(folder: Path, user_sid: str) -> list[str]:
    """The ``icacls`` call that leaves ``folder`` to the user, SYSTEM and Administrators."""
    grants = [f"*{sid}{_FULL_INHERITED}" for sid in (user_sid, SYSTEM_SID, ADMINISTRATORS_SID)]
    return ["icacls", str(folder), "/inheritance:r", "/grant:r", *grants, "/Q"]


def make_private(folder: Path) -> bool:
    """Restrict ``folder`` to its owner; False where the file system cannot (no access lists)."""
    if not WINDOWS:
        try:
            os.chmod(folder, 0o700)
        except PermissionError:  # another user's folder that we may write to: leave it
            return False
        return True
    try:
        command = windows_acl_command(folder, current_user_sid())
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0
