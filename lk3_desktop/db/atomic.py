"""Atomic file replacement (temp file, fsync, rename, fsync the folder) and files and folders
that only their owner may read.

Everything the app writes is owner-only: folders 0700, files 0600, whatever the umask. SQLite
creates ``-wal`` and ``-shm`` with the mode of the database file, so a database file created
0600 here before SQLite opens it keeps its companions private too. (On Windows the modes are
ignored; the data folder's access list does the same, see ``private_folder``.)
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def mkdir_private(path: Path) -> None:
    """Create ``path`` (and missing parents) owner-only; an app-owned folder that exists
    already is made owner-only. Never use it on a folder the person chose."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    tighten(path)


def open_private(path: Path) -> BinaryIO:
    """``path`` opened for writing from empty, owner-only (created so, or made so)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    if os.name == "posix":
        os.fchmod(fd, PRIVATE_FILE)
    return os.fdopen(fd, "wb")


def touch_private(path: Path) -> None:
    """An empty owner-only file at ``path`` unless one exists (an empty file is a new SQLite
    database, so SQLite opens it instead of creating one with its own, wider mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    tighten(path)


def tighten(path: Path) -> None:
    """Take group and other permissions away from ``path`` where it has any (best effort:
    a file this account cannot change is left as it is)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode) or not mode & 0o077:
            return
        os.chmod(path, PRIVATE_DIR if stat.S_ISDIR(mode) else PRIVATE_FILE)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
