"""The check of a backup's database copy (:mod:`lk3_desktop.db.backup`): SQLCipher's page
check, SQLite's full integrity check and every attached document against its hash, on a
connection that only reads the copy, so it can run on a thread of its own while the copy is
archived."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lk3_desktop.core.errors import DatabaseCorrupt, OperationCancelled
from lk3_desktop.db.attachment_seal import damaged_attachments
from lk3_desktop.db.engine import QUIET_LOG, dbapi, raw_key_pragma

# The most page cache the check of a copy may use (KiB): 256 MiB, the whole copy of an office
# of some 15,000 clients; a larger office's check reads some pages twice.
CHECK_CACHE_KIB = 256 * 1024

Cancelled = Callable[[], bool]


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled("backup cancelled")


def _open_copy(dest: Path, key: bytes) -> Any:
    """A keyed connection that only reads the copy: opened immutable, it takes no locks and
    makes no WAL or shared-memory file, so the copy can be checked while it is archived."""
    conn = dbapi.connect(
        f"{dest.resolve().as_uri()}?immutable=1",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    conn.execute(QUIET_LOG)
    conn.execute(raw_key_pragma(key))
    return conn


def copy_audit_head(dest: Path, key: bytes) -> str:
    """The audit chain head (short hash) *of the copy*, so the head printed on the label is
    exactly the last row the backup holds, even if the live database moved on meanwhile
    ("" when the copy has no audit log yet)."""
    conn = _open_copy(dest, key)
    try:
        has_log = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
        ).fetchone()
        row = (
            conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            if has_log
            else None
        )
    finally:
        conn.close()
    return str(row[0])[:16] if row else ""


def check_copy(dest: Path, key: bytes, stop: threading.Event | None = None) -> None:
    """Check a database copy (DatabaseCorrupt): SQLCipher's page check (every page of the
    file authenticates under the key), SQLite's integrity check (every table and index
    well-formed, every index entry matching its row) and the attached documents' hashes.
    Reads only; ``stop`` set from another thread interrupts it (OperationCancelled)."""
    check = _open_copy(dest, key)
    try:
        if stop is not None:
            check.set_progress_handler(lambda: 1 if stop.is_set() else 0, 10_000)
        # SQLite's integrity check looks every row up in every index of its table: with the
        # default page cache (8 MiB) most of those look-ups read, decrypt and authenticate a
        # page again. A cache as large as the copy (up to CHECK_CACHE_KIB) decrypts each
        # page once; it is freed when the connection closes.
        cache_kib = min(CHECK_CACHE_KIB, dest.stat().st_size // 1024 + 1024)
        check.execute(f"PRAGMA cache_size = -{cache_kib}")
        cipher = check.execute("PRAGMA cipher_integrity_check").fetchall()
        _stop_if(stop.is_set if stop is not None else None)
        result = check.execute("PRAGMA integrity_check").fetchall()
        if cipher or result != [("ok",)]:
            raise DatabaseCorrupt("backup copy failed its integrity check")
        if damaged_attachments(check):  # every attached document opens and matches its hash
            raise DatabaseCorrupt("an attachment of the backup copy does not match its hash")
    except dbapi.OperationalError as exc:
        if stop is not None and stop.is_set():
            raise OperationCancelled("backup check stopped") from exc
        raise
    finally:
        check.close()


class CheckAside:
    """:func:`check_copy` on a thread of its own while the copy is archived (both only read
    it): SQLite and the hashing let go of Python's lock, so on a computer with a free core
    the check costs no time of its own. The archive gets its final name only after
    :meth:`result` returned."""

    def __init__(self, dest: Path, key: bytes) -> None:
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(dest, key), name="backup-check", daemon=True
        )
        self._thread.start()

    def _run(self, dest: Path, key: bytes) -> None:
        try:
            check_copy(dest, key, self._stop)
        except BaseException as exc:  # handed to the thread that waits in result()
            self._error = exc

    def result(self, cancelled: Cancelled | None) -> None:
        """Wait for the check (asking ``cancelled()`` meanwhile); raise what it raised."""
        if cancelled is None:
            self._thread.join()
        while self._thread.is_alive():
            self._thread.join(0.02)
            if cancelled is not None and cancelled():
                self.abandon()
                raise OperationCancelled("backup cancelled")
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        """Stop the check (the backup failed or was cancelled) and wait for its thread."""
        self._stop.set()
        self._thread.join()
