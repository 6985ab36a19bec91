"""Real small and read-only disks for tests (RECIPES.md): a tmpfs mounted by the test itself.

Only as root and where ``mount`` is permitted (CI runs as root; a container may still refuse):
otherwise the helpers yield None and the test skips.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str) -> Iterator[Path | None]:
    """A tmpfs of ``size`` mounted at ``where`` when running as root and mount works here;
    None otherwise."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        yield None
        return
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def remount_read_only(where: Path) -> bool:
    """Make the tmpfs at ``where`` read-only (root ignores file modes, not this)."""
    done = subprocess.run(
        ["mount", "-o", "remount,ro", str(where)], capture_output=True, check=False
    )
    return done.returncode == 0


def remount_read_write(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,rw", str(where)], capture_output=True, check=True)
