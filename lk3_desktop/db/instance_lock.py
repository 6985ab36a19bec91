"""One running app per data folder: an exclusive OS lock on ``lk3.lock``.

The OS drops the lock when the process dies, so a crash never leaves the folder locked.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import IO

from lk3_desktop.core.errors import DataFolderInUse
from lk3_desktop.db.os_errors import data_folder_errors

LOCK_FILENAME = "lk3.lock"


class DataFolderLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILENAME
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise DataFolderInUse at once (never waits)."""
        with data_folder_errors():  # a read-only or full disk: one sentence, not a crash
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the process lifetime
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise DataFolderInUse(str(self.path)) from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing releases the lock on every platform
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
