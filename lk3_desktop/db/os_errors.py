"""Operating-system failures that a person or the environment causes, as known errors.

A full disk (or quota, or a file too large for the drive) is DiskFull; a read-only drive or
a folder this account may not write is DataFolderReadOnly for the data folder, or
TargetUnwritable for a place the person chose (a backup or export target). Any other OSError
is left alone: it is a bug until proven otherwise.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator

from lk3_desktop.core.errors import DataFolderReadOnly, DiskFull, KnownError, TargetUnwritable

DISK_FULL = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
NOT_WRITABLE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def known_os_error(exc: OSError, *, target: bool = False) -> KnownError | None:
    """The known error for ``exc``, or None when it is not an environmental one.

    ``target``: the path was chosen by the person (backup, export), so a path that cannot be
    written for any reason is TargetUnwritable rather than a fault of the data folder.
    """
    if exc.errno in DISK_FULL:
        return DiskFull(exc.strerror or "no space left")
    if target:
        return TargetUnwritable(exc.strerror or type(exc).__name__)
    if exc.errno in NOT_WRITABLE:
        return DataFolderReadOnly(exc.strerror or "read-only")
    return None


@contextlib.contextmanager
def data_folder_errors() -> Iterator[None]:
    """Writes into the data folder: a full disk or a read-only folder become known errors."""
    try:
        yield
    except OSError as exc:
        mapped = known_os_error(exc)
        if mapped is None:
            raise
        raise mapped from exc
