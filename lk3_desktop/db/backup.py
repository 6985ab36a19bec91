"""The ``.lk3backup`` file: one zip archive, sealed by a SHA-256 over all of its bytes.

Members (stored, not compressed: the database is encrypted and does not compress):

* ``manifest.json`` - format, creation time, center name, schema revision, database id, the
  audit chain head (short hash) and the SHA-256 and size of every other member;
* ``lk3.db`` - a consistent copy made with the SQLite online backup API on the keyed
  connection, so it is encrypted with the same key as the live database;
* ``lk3.keys`` - the key-slot file.

The zip comment is ``LK3SHA256:`` and the hex SHA-256 of every byte of the file before the
comment (which includes the comment's length). A change of any single byte, or a truncation,
is detected before anything else is read. The file is written under a temporary name in the
target folder, verified, fsynced and only then renamed, so a crash never leaves a file with
the final name that is not a complete, verified backup.

A backup can be cancelled: the writer asks ``cancelled()`` between the pages of the online
backup, between chunks and between steps, and on a yes removes its temporary files and raises
OperationCancelled. Once the file has its final name the backup is done and cancelling no
longer applies.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from lk3_desktop.core.errors import (
    BackupDamaged,
    DatabaseCorrupt,
    DiskFull,
    KnownError,
    OperationCancelled,
    TargetUnwritable,
)
from lk3_desktop.db.atomic import fsync_dir, mkdir_private, open_private
from lk3_desktop.db.engine import DB_FILENAME, connect_raw, known_db_errors
from lk3_desktop.db.vault import KEYS_FILENAME

FORMAT = "lk3-backup/1"
SUFFIX = ".lk3backup"
MANIFEST = "manifest.json"
MEMBERS = (DB_FILENAME, KEYS_FILENAME)
SEAL_PREFIX = b"LK3SHA256:"
SEAL_LEN = len(SEAL_PREFIX) + 64
CHUNK = 1024 * 1024
# zip end-of-central-directory record without its comment
EOCD_LEN = 22
# Pages copied per step of the online backup; between steps a cancel is noticed (4 MiB of
# 4 KiB pages: a fraction of a second on a slow USB stick).
COPY_PAGES = 1024
ZIP64_THRESHOLD = (1 << 31) - 1  # zipfile's ZIP64_LIMIT: larger members need zip64 headers

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled("backup cancelled")


@dataclass(frozen=True)
class BackupManifest:
    created_at: str  # UTC, ISO 8601
    center_name: str
    schema_revision: str | None
    database_id: str
    audit_head: str  # short hash of the last audit row ("" when the log is empty)
    app_version: str
    members: dict[str, dict[str, Any]]  # name -> {"sha256": hex, "size": int}

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "created_at": self.created_at,
            "center_name": self.center_name,
            "schema_revision": self.schema_revision,
            "database_id": self.database_id,
            "audit_head": self.audit_head,
            "app_version": self.app_version,
            "members": self.members,
        }
        return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> BackupManifest:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise BackupDamaged("unknown backup format")
            members = {
                str(name): {"sha256": str(m["sha256"]), "size": int(m["size"])}
                for name, m in dict(doc["members"]).items()
            }
            if set(members) != set(MEMBERS):
                raise BackupDamaged("manifest members")
            revision = doc["schema_revision"]
            return cls(
                created_at=str(doc["created_at"]),
                center_name=str(doc["center_name"]),
                schema_revision=None if revision is None else str(revision),
                database_id=str(doc["database_id"]),
                audit_head=str(doc["audit_head"]),
                app_version=str(doc["app_version"]),
                members=members,
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackupDamaged("manifest unreadable") from exc


def _sha256_file(path: Path, cancelled: Cancelled | None = None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            _stop_if(cancelled)
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def sha256_of(path: Path) -> str:
    """The SHA-256 of every byte of ``path`` (what ``sha256sum`` prints), hex."""
    return _sha256_file(path)[0]


def _copy_database(src: Path, key: bytes, dest: Path, cancelled: Cancelled | None) -> str:
    """A consistent, encrypted copy through the SQLite online backup API, ``COPY_PAGES`` at a
    time so that a cancel is noticed between steps; then integrity-checked (DatabaseCorrupt).

    Returns the audit chain head (short hash) *of the copy*, so the head printed on the label
    is exactly the last row the backup holds, even if the live database moved on meanwhile.
    """

    def between_steps(_status: int, _remaining: int, _total: int) -> None:
        _stop_if(cancelled)  # the exception aborts the backup and propagates

    source = connect_raw(src, key)
    try:
        target = connect_raw(dest, key)
        try:
            source.backup(target, pages=COPY_PAGES, progress=between_steps)
        finally:
            target.close()
    finally:
        source.close()
    _stop_if(cancelled)
    check = connect_raw(dest, key)
    try:
        result = check.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise DatabaseCorrupt("backup copy failed its integrity check")
        has_log = check.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
        ).fetchone()
        row = (
            check.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            if has_log
            else None
        )
    finally:
        check.close()
    return str(row[0])[:16] if row else ""


def _add_member(
    archive: zipfile.ZipFile, source: Path, name: str, cancelled: Cancelled | None
) -> None:
    """Store ``source`` as ``name`` chunk by chunk (a cancel is noticed between chunks)."""
    size = source.stat().st_size
    info = zipfile.ZipInfo(name, date_time=time.localtime(source.stat().st_mtime)[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    with (
        open(source, "rb") as src,
        archive.open(info, "w", force_zip64=size >= ZIP64_THRESHOLD) as out,
    ):
        while chunk := src.read(CHUNK):
            _stop_if(cancelled)
            out.write(chunk)


def _disk_errors_known(exc: OSError) -> KnownError | None:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(exc.strerror or "no space left")
    return None


@contextlib.contextmanager
def known_file_errors(target_errors: bool = False) -> Iterator[None]:
    """Full disks and oversize files (ENOSPC, EFBIG, EDQUOT) become DiskFull; with
    ``target_errors`` every other OSError becomes TargetUnwritable."""
    try:
        with known_db_errors():
            yield
    except OSError as exc:
        mapped = _disk_errors_known(exc)
        if mapped is None and target_errors:
            mapped = TargetUnwritable(exc.strerror or type(exc).__name__)
        if mapped is None:
            raise
        raise mapped from exc


def _seal(fh: BinaryIO) -> None:
    """Write the SHA-256 of everything before the comment into the comment placeholder."""
    fh.seek(0, os.SEEK_END)
    end = fh.tell()
    fh.seek(0)
    digest = hashlib.sha256()
    remaining = end - SEAL_LEN
    while remaining > 0:
        chunk = fh.read(min(CHUNK, remaining))
        if not chunk:
            break
        digest.update(chunk)
        remaining -= len(chunk)
    fh.seek(end - 64)
    fh.write(digest.hexdigest().encode("ascii"))


def check_seal(path: Path) -> None:
    """BackupDamaged unless the file ends with a valid seal over all bytes before it."""
    try:
        size = path.stat().st_size
        if size < SEAL_LEN + EOCD_LEN:
            raise BackupDamaged("too short")
        with open(path, "rb") as fh:
            fh.seek(size - SEAL_LEN - EOCD_LEN)
            tail = fh.read()
            if tail[:4] != b"PK\x05\x06" or not tail[EOCD_LEN:].startswith(SEAL_PREFIX):
                raise BackupDamaged("no seal")
            expected = tail[EOCD_LEN + len(SEAL_PREFIX) :]
            fh.seek(0)
            digest = hashlib.sha256()
            remaining = size - SEAL_LEN
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    raise BackupDamaged("short read")
                digest.update(chunk)
                remaining -= len(chunk)
    except FileNotFoundError as exc:
        raise BackupDamaged("no such file") from exc
    except IsADirectoryError as exc:
        raise BackupDamaged("not a file") from exc
    if digest.hexdigest().encode("ascii") != expected:
        raise BackupDamaged("seal mismatch")


def read_manifest(path: Path) -> BackupManifest:
    """The manifest of a sealed backup, after the seal is checked (BackupDamaged if not)."""
    check_seal(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = sorted(archive.namelist())
            if names != sorted((MANIFEST, *MEMBERS)):
                raise BackupDamaged("unexpected members")
            return BackupManifest.from_bytes(archive.read(MANIFEST))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise BackupDamaged("bad archive") from exc


def extract_verified(path: Path, dest: Path, cancelled: Cancelled | None = None) -> BackupManifest:
    """Check the seal, the manifest and every member's hash; extract the members to ``dest``.

    Raises BackupDamaged on any mismatch (OperationCancelled when ``cancelled()`` says so).
    Nothing outside ``dest`` is touched.
    """
    manifest = read_manifest(path)
    mkdir_private(dest)
    try:
        with zipfile.ZipFile(path) as archive:
            for name in MEMBERS:
                target = dest / name
                digest = hashlib.sha256()
                size = 0
                with archive.open(name) as src, open_private(target) as out:
                    while chunk := src.read(CHUNK):
                        _stop_if(cancelled)
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                expected = manifest.members[name]
                if digest.hexdigest() != expected["sha256"] or size != expected["size"]:
                    raise BackupDamaged(f"hash mismatch in {name}")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise BackupDamaged("bad archive") from exc
    return manifest


def check_database_copy(path: Path, keys: list[bytes]) -> bytes:
    """The key (of ``keys``) that opens the database copy at ``path``, which must pass
    SQLCipher's page authentication and SQLite's integrity check (BackupDamaged if not)."""
    from lk3_desktop.core.errors import NotAnLk3Database

    last: KnownError = NotAnLk3Database("no key opens the backup")
    for key in keys:
        conn = None
        try:
            with known_db_errors():
                conn = connect_raw(path, key)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
                cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
                result = conn.execute("PRAGMA integrity_check").fetchall()
        except NotAnLk3Database as exc:
            last = exc
            continue
        finally:
            if conn is not None:
                conn.close()
        if cipher or result != [("ok",)]:
            raise BackupDamaged("database copy fails its integrity check")
        return key
    raise last


def remove_stale_leftovers(folder: Path, older_than: float = 6 * 3600) -> None:
    """Remove temporary files of backups that were killed mid-way (hidden ``.*.partial`` and
    ``.*.work`` beside ``.lk3backup`` names), once they are old enough that no backup can
    still be writing them."""
    cutoff = time.time() - older_than
    for entry in folder.glob(f".*{SUFFIX}.*"):
        if not entry.name.endswith((".partial", ".work")):
            continue
        with contextlib.suppress(OSError):
            if entry.lstat().st_mtime >= cutoff:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink()


def write_backup(
    db_path: Path,
    key: bytes,
    keys_file: bytes,
    target: Path,
    describe: Callable[[], dict[str, Any]],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BackupManifest:
    """Write a verified ``.lk3backup`` at ``target`` (replaced atomically if it exists).

    ``describe()`` returns the manifest fields read from the database (center_name,
    schema_revision, database_id, app_version, created_at); the audit chain head is read
    from the copy itself. ``cancelled()`` is asked between steps, pages and chunks: when it
    says yes, the temporary files are removed, nothing is left at ``target`` (an earlier file
    of that name stays as it was) and OperationCancelled is raised. Known errors: DiskFull,
    TargetUnwritable, DatabaseCorrupt, BackupDamaged (the written file did not verify),
    OperationCancelled.
    """
    steps = 4

    def step(n: int) -> None:
        if progress is not None:
            progress(n, steps)

    folder = target.parent
    step(0)
    _stop_if(cancelled)
    with known_file_errors(target_errors=True):
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_leftovers(folder)
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".work", dir=folder))
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            copy = work / DB_FILENAME
            audit_head = _copy_database(db_path, key, copy, cancelled)
            (work / KEYS_FILENAME).write_bytes(keys_file)
            step(1)
            _stop_if(cancelled)
            members: dict[str, dict[str, Any]] = {}
            for name in MEMBERS:
                sha, size = _sha256_file(work / name, cancelled)
                members[name] = {"sha256": sha, "size": size}
            fields = {**describe(), "audit_head": audit_head}
            manifest = BackupManifest(members=members, **fields)
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST, manifest.to_bytes())
                for name in MEMBERS:
                    _add_member(archive, work / name, name, cancelled)
                archive.comment = SEAL_PREFIX + b"0" * 64
            with open(tmp, "r+b") as fh:
                _seal(fh)
                fh.flush()
                os.fsync(fh.fileno())
            step(2)
            _stop_if(cancelled)
            verify_backup(tmp, [key], work / "verify", cancelled)
            step(3)
            _stop_if(cancelled)  # the last moment: after the rename the backup is done
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
            fsync_dir(folder)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        finally:
            shutil.rmtree(work, ignore_errors=True)
    step(4)
    return manifest


def verify_backup(
    path: Path, keys: list[bytes], scratch: Path, cancelled: Cancelled | None = None
) -> BackupManifest:
    """Full check of a backup: seal, manifest, hashes, and the database copy opened with a
    key and integrity-checked. ``scratch`` (created, then removed) receives the members."""
    try:
        manifest = extract_verified(path, scratch, cancelled)
        check_database_copy(scratch / DB_FILENAME, keys)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return manifest
