"""One running app per data folder: an exclusive OS lock on ``lk3.lock``.

POSIX: ``flock`` on the whole file. Windows has no ``fcntl``: ``msvcrt.locking`` locks the
file's first byte (a byte-range lock, mandatory on Windows); it is unlocked explicitly before the
file is closed, because Windows only promises to drop a lock left at close "eventually".
Either way the OS drops the lock when the process dies, so a crash never leaves the folder
locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from lk3_desktop.core.errors import DataFolderInUse
from lk3_desktop.db.atomic import PRIVATE_FILE
from lk3_desktop.db.os_errors import data_folder_errors

LOCK_FILENAME = "lk3.lock"
WINDOWS = sys.platform == "win32"


def _lock(fh: IO[bytes]) -> None:
    """Lock at once or raise OSError (never waits)."""
    if WINDOWS:
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fh: IO[bytes]) -> None:
    if WINDOWS:
        import msvcrt

        fh.seek(0)
        with contextlib.suppress(OSError):  # closing the file releases it too, later
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    # POSIX: closing the file releases the flock at once.


class DataFolderLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILENAME
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise DataFolderInUse at once (never waits)."""
        with data_folder_errors():  # a read-only or full disk: one sentence, not a crash
            self.path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
            fd = os.open(self.path, flags, PRIVATE_FILE)
            fh = os.fdopen(fd, "a+b")  # held open for the process lifetime
        try:
            _lock(fh)
        except OSError as exc:
            fh.close()
            raise DataFolderInUse(str(self.path)) from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            _unlock(self._fh)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
