"""The ``.lk3backup`` file: one zip archive, sealed twice.

Members (stored, not compressed: the database is encrypted and does not compress):

* ``manifest.json`` - only what a restore needs before the database key is known: format,
  creation time, schema revision, database id, the audit chain head (short hash), the app
  version, the SHA-256 and size of every other member, and a key check value. It names no one:
  the center's name is read from the database copy once it is unlocked (format 1 held it here);
* ``lk3.db`` - a consistent copy made with the SQLite online backup API on the keyed
  connection, so it is encrypted with the same key as the live database;
* ``lk3.keys`` - the key-slot file.

The zip comment is ``LK3SEAL/2:``, the hex HMAC-SHA256 of every byte of the file before the
comment's prefix (which includes the comment's length) under a key derived from the database
key (:func:`seal_key`), and the hex SHA-256 of every byte before itself (the HMAC included).
The SHA-256 finds a changed byte or a truncation before anything else is read; the HMAC,
checked as soon as the key is known (from the key slot in the backup, or the recovery card)
and before the database member is unpacked, refuses an archive made by anyone who does not
hold the key, so a crafted file never gets to write anything large. Every member's declared
sizes must match the manifest, be stored uncompressed and fit in the file; the database member
is streamed with a cap and only when the disk has room for it.

Format 1 (``lk3-backup/1``: ``LK3SHA256:`` comment with the SHA-256 only, the center's name in
the manifest) is still read, so backups made before format 2 restore as before; they have no
keyed seal, and the same size checks apply.

The file is written under a temporary name in the target folder, verified, fsynced and only
then renamed, so a crash never leaves a file with the final name that is not a complete,
verified backup. The database copy (made by the online backup API, which reads, so
authenticates, every page of the live file) is written without a journal of its own and
checked once: SQLCipher's page check, SQLite's full integrity check (with a page cache as
large as the copy, up to 256 MiB, so each page is decrypted once) and every attached document
against its hash. The check runs on a thread of its own, on a connection that only reads the
copy, while the archive is written from it in one pass: each chunk is hashed for the manifest
(SHA-256 of every member), stored, and hashed for the seal (SHA-256 and HMAC), so nothing is
read twice; the manifest is the last member. The written file is then read back once: its
seal must hold over every byte and be the one computed while writing, and its manifest and
declared sizes must be the ones written, which proves it holds exactly the bytes that were
checked. The file gets its final name only after the check of the copy passed too.

A backup can be cancelled: the writer asks ``cancelled()`` between the pages of the online
backup, between chunks and between steps, and on a yes removes its temporary files and raises
OperationCancelled. Once the file has its final name the backup is done and cancelling no
longer applies.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
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

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lk3_desktop.core.errors import (
    BackupDamaged,
    DiskFull,
    KnownError,
    NotAnLk3Database,
    OperationCancelled,
)
from lk3_desktop.db.atomic import fsync_dir, mkdir_private, open_private, write_atomic
from lk3_desktop.db.attachment_seal import damaged_attachments
from lk3_desktop.db.backup_check import CheckAside, copy_audit_head
from lk3_desktop.db.engine import (
    DB_FILENAME,
    connect_raw,
    connect_scratch_copy,
    known_db_errors,
)
from lk3_desktop.db.os_errors import known_os_error
from lk3_desktop.db.vault import KEYS_FILENAME

FORMAT = "lk3-backup/2"
FORMAT_V1 = "lk3-backup/1"  # still read: center name in the manifest, unkeyed seal only
SUFFIX = ".lk3backup"
MANIFEST = "manifest.json"
MEMBERS = (DB_FILENAME, KEYS_FILENAME)
SEAL_PREFIX = b"LK3SEAL/2:"
SEAL_LEN = len(SEAL_PREFIX) + 64 + 64  # HMAC-SHA256 hex, then SHA-256 hex
SEAL_PREFIX_V1 = b"LK3SHA256:"
SEAL_LEN_V1 = len(SEAL_PREFIX_V1) + 64
CHUNK = 1024 * 1024
# Caps on what a manifest may declare, checked before anything is unpacked.
MAX_MANIFEST_BYTES = 64 * 1024
MAX_KEYS_BYTES = 4 * 1024 * 1024
# Room left on the disk after unpacking the database (SQLite's WAL, the attempts file).
FREE_MARGIN = 16 * 1024 * 1024
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
    schema_revision: str | None
    database_id: str
    audit_head: str  # short hash of the last audit row ("" when the log is empty)
    app_version: str
    members: dict[str, dict[str, Any]]  # name -> {"sha256": hex, "size": int}
    key_check: str = ""  # format 2: HMAC of a constant under the seal key (which key fits)
    center_name: str = ""  # format 1 only; format 2 reads it from the unlocked copy
    format: str = FORMAT

    @property
    def keyed(self) -> bool:
        """Whether the file carries the keyed seal (format 2)."""
        return self.format == FORMAT

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "created_at": self.created_at,
            "schema_revision": self.schema_revision,
            "database_id": self.database_id,
            "audit_head": self.audit_head,
            "app_version": self.app_version,
            "members": self.members,
            "key_check": self.key_check,
        }
        return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> BackupManifest:
        try:
            doc = json.loads(raw.decode("utf-8"))
            kind = doc.get("format")
            if kind not in (FORMAT, FORMAT_V1):
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
                schema_revision=None if revision is None else str(revision),
                database_id=str(doc["database_id"]),
                audit_head=str(doc["audit_head"]),
                app_version=str(doc["app_version"]),
                members=members,
                key_check=str(doc["key_check"]) if kind == FORMAT else "",
                center_name=str(doc["center_name"]) if kind == FORMAT_V1 else "",
                format=kind,
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackupDamaged("manifest unreadable") from exc


def seal_key(db_key: bytes, database_id: str) -> bytes:
    """The key of the keyed seal: HKDF-SHA256 of the database key, bound to the database id
    (never the database key itself)."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"lk3-backup-seal/2",
        info=database_id.encode("utf-8"),
    )
    return hkdf.derive(db_key)


def key_check_of(key: bytes) -> str:
    return hmac.new(key, b"lk3-backup-key-check", hashlib.sha256).hexdigest()


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


def _copy_database(src: Path, key: bytes, dest: Path, cancelled: Cancelled | None) -> None:
    """A consistent, encrypted copy through the SQLite online backup API, ``COPY_PAGES`` at a
    time so that a cancel is noticed between steps. Every page of the live file is read,
    so authenticated by SQLCipher, on the way (a page that fails stops the copy)."""

    def between_steps(_status: int, _remaining: int, _total: int) -> None:
        _stop_if(cancelled)  # the exception aborts the backup and propagates

    source = connect_raw(src, key)
    try:
        target = connect_scratch_copy(dest, key)
        try:
            source.backup(target, pages=COPY_PAGES, progress=between_steps)
        finally:
            target.close()
    finally:
        source.close()


def _add_member(
    archive: zipfile.ZipFile, source: Path, name: str, cancelled: Cancelled | None
) -> dict[str, Any]:
    """Store ``source`` as ``name`` chunk by chunk (a cancel is noticed between chunks);
    return the manifest's entry for it (SHA-256 and size of the very bytes stored)."""
    stat = source.stat()
    info = zipfile.ZipInfo(name, date_time=time.localtime(stat.st_mtime)[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    digest = hashlib.sha256()
    size = 0
    with (
        open(source, "rb") as src,
        archive.open(info, "w", force_zip64=stat.st_size >= ZIP64_THRESHOLD) as out,
    ):
        while chunk := src.read(CHUNK):
            _stop_if(cancelled)
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return {"sha256": digest.hexdigest(), "size": size}


class _SealingWriter(io.RawIOBase):
    """The archive's file as the zip writer sees it: every byte goes straight to ``fh`` while
    the seal's SHA-256 and HMAC are computed over it, so sealing needs no second read. It
    cannot seek, so the zip writer puts each member's CRC and sizes in a data descriptor after
    its data instead of going back to its header. The last ``SEAL_LEN`` bytes written are kept
    out of the hashes: once the archive is closed they are the comment's placeholder, which
    :meth:`seal` replaces."""

    def __init__(self, fh: BinaryIO, mac_key: bytes) -> None:
        super().__init__()
        self._fh = fh
        self._digest = hashlib.sha256()
        self._mac = hmac.new(mac_key, digestmod=hashlib.sha256)
        self._held = b""
        self._written = 0

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._written

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._fh.write(view)
        self._written += len(view)
        if len(view) >= SEAL_LEN:
            self._hash(self._held)
            self._hash(view[:-SEAL_LEN])
            self._held = bytes(view[-SEAL_LEN:])
        else:
            held = self._held + bytes(view)
            self._hash(held[:-SEAL_LEN])
            self._held = held[-SEAL_LEN:]
        return len(view)

    def _hash(self, data: bytes | memoryview) -> None:
        if data:
            self._digest.update(data)
            self._mac.update(data)

    def seal(self) -> bytes:
        """Write the seal over the placeholder at the end of ``fh`` and return it (the HMAC
        of everything before the comment's prefix, then the SHA-256 of everything before
        itself, both hex)."""
        if len(self._held) != SEAL_LEN or not self._held.startswith(SEAL_PREFIX):
            raise BackupDamaged("the archive does not end with the seal's placeholder")
        mac_hex = self._mac.hexdigest().encode("ascii")
        self._digest.update(self._held[: SEAL_LEN - 128])
        self._digest.update(mac_hex)
        seal = mac_hex + self._digest.hexdigest().encode("ascii")
        self._fh.seek(self._written - 128)
        self._fh.write(seal)
        return seal


@contextlib.contextmanager
def known_file_errors(target_errors: bool = False) -> Iterator[None]:
    """Full disks and oversize files (ENOSPC, EFBIG, EDQUOT) become DiskFull; a read-only
    data folder DataFolderReadOnly; with ``target_errors`` every other OSError becomes
    TargetUnwritable (a place the person chose)."""
    try:
        with known_db_errors():
            yield
    except OSError as exc:
        mapped = known_os_error(exc, target=target_errors)
        if mapped is None:
            raise
        raise mapped from exc


def _hash_before_seal(fh: BinaryIO, end: int, mac_key: bytes | None) -> tuple[str, str]:
    """SHA-256 (and HMAC under ``mac_key``) of the first ``end`` bytes."""
    fh.seek(0)
    digest = hashlib.sha256()
    mac = hmac.new(mac_key, digestmod=hashlib.sha256) if mac_key is not None else None
    remaining = end
    while remaining > 0:
        chunk = fh.read(min(CHUNK, remaining))
        if not chunk:
            raise BackupDamaged("short read")
        digest.update(chunk)
        if mac is not None:
            mac.update(chunk)
        remaining -= len(chunk)
    return digest.hexdigest(), mac.hexdigest() if mac is not None else ""


@dataclass(frozen=True)
class Seal:
    """A seal whose SHA-256 held: what the HMAC covers, and the HMAC (format 2)."""

    covered: int  # bytes the HMAC covers
    mac: bytes  # hex HMAC, b"" for format 1


def check_seal(path: Path) -> Seal:
    """BackupDamaged unless the file ends with a seal whose SHA-256 covers every byte before
    it (format 2: the HMAC included; format 1: up to the comment). Reads; writes nothing."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            for prefix, length in ((SEAL_PREFIX, SEAL_LEN), (SEAL_PREFIX_V1, SEAL_LEN_V1)):
                if size < length + EOCD_LEN:
                    continue
                fh.seek(size - length - EOCD_LEN)
                tail = fh.read()
                comment_len = int.from_bytes(tail[20:22], "little")
                if tail[:4] != b"PK\x05\x06" or comment_len != length:
                    continue
                if not tail[EOCD_LEN:].startswith(prefix):
                    continue
                v1 = prefix == SEAL_PREFIX_V1
                sha, _ = _hash_before_seal(fh, size - length if v1 else size - 64, None)
                if not hmac.compare_digest(sha.encode("ascii"), tail[-64:]):
                    raise BackupDamaged("seal mismatch")
                return Seal(size - length, b"" if v1 else tail[-128:-64])
    except FileNotFoundError as exc:
        raise BackupDamaged("no such file") from exc
    except IsADirectoryError as exc:
        raise BackupDamaged("not a file") from exc
    raise BackupDamaged("no seal")


def check_keyed_seal(path: Path, manifest: BackupManifest, keys: list[bytes]) -> bytes | None:
    """Format 2: the key of ``keys`` this backup was sealed with, after its HMAC over the
    whole file held (BackupDamaged if not: made or changed without the key). NotAnLk3Database
    when none of ``keys`` is this backup's key. Format 1 (no keyed seal): None."""
    if not manifest.keyed:
        return None
    for key in keys:
        mac_key = seal_key(key, manifest.database_id)
        if not hmac.compare_digest(key_check_of(mac_key), manifest.key_check):
            continue
        seal = check_seal(path)
        with open(path, "rb") as fh:
            _, mac = _hash_before_seal(fh, seal.covered, mac_key)
        if not hmac.compare_digest(mac.encode("ascii"), seal.mac):
            raise BackupDamaged("keyed seal mismatch")
        return key
    raise NotAnLk3Database("no key opens the backup")


def _check_declared_sizes(
    archive: zipfile.ZipFile, manifest: BackupManifest | None, file_size: int
) -> None:
    """Every member stored uncompressed, its declared sizes equal (and, given the manifest,
    equal to the manifest's), all of them fitting in the file: nothing unpacked can grow past
    the file itself. BackupDamaged otherwise."""
    total = 0
    for info in archive.infolist():
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            raise BackupDamaged(f"member {info.filename} is not stored as written")
        if info.flag_bits & 0x1:
            raise BackupDamaged("encrypted zip member")
        total += info.file_size
        declared = manifest.members.get(info.filename) if manifest is not None else None
        if declared is not None and info.file_size != declared["size"]:
            raise BackupDamaged(f"declared size of {info.filename} differs from the manifest")
    if total > file_size:
        raise BackupDamaged("members larger than the file")
    if manifest is not None and manifest.members[KEYS_FILENAME]["size"] > MAX_KEYS_BYTES:
        raise BackupDamaged("key file too large")


def read_manifest(path: Path) -> BackupManifest:
    """The manifest of a sealed backup, after the seal and the declared sizes are checked
    (BackupDamaged if not). Reads the file; writes nothing."""
    check_seal(path)
    return _manifest_of(path)


def _manifest_of(path: Path) -> BackupManifest:
    """The manifest, after the members and their declared sizes are checked; the seal is the
    caller's to check first."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = sorted(archive.namelist())
            if names != sorted((MANIFEST, *MEMBERS)):
                raise BackupDamaged("unexpected members")
            size = path.stat().st_size
            _check_declared_sizes(archive, None, size)
            if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
                raise BackupDamaged("manifest too large")
            manifest = BackupManifest.from_bytes(archive.read(MANIFEST))
            _check_declared_sizes(archive, manifest, size)
            return manifest
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise BackupDamaged("bad archive") from exc


def _unpack(
    archive: zipfile.ZipFile,
    name: str,
    expected: dict[str, Any],
    out: BinaryIO,
    cancelled: Cancelled | None,
) -> None:
    """Stream member ``name`` into ``out``, never more than the manifest's size; its SHA-256
    and size must be the manifest's (BackupDamaged)."""
    cap = int(expected["size"])
    digest = hashlib.sha256()
    size = 0
    with archive.open(name) as src:
        while chunk := src.read(min(CHUNK, cap - size + 1)):
            _stop_if(cancelled)
            size += len(chunk)
            if size > cap:
                raise BackupDamaged(f"{name} longer than declared")
            digest.update(chunk)
            out.write(chunk)
    if size != cap or not hmac.compare_digest(digest.hexdigest(), str(expected["sha256"])):
        raise BackupDamaged(f"hash mismatch in {name}")


KeysFor = Callable[[Path], list[bytes]]


def extract_verified(
    path: Path, dest: Path, keys_for: KeysFor, cancelled: Cancelled | None = None
) -> tuple[BackupManifest, bytes]:
    """Unpack and verify a backup into ``dest``; returns its manifest and the key that opens
    its database copy.

    In this order, so that a damaged or crafted file is refused before anything large is
    written: the seal's SHA-256 and the declared sizes (:func:`read_manifest`); the key file
    (small, capped) written to ``dest``; ``keys_for(dest)`` gives the candidate keys (a slot
    unlocked with a password, or the recovery card); the keyed seal over the whole file
    (format 2); room on the disk; the database member streamed with a cap; the copy opened and
    integrity-checked. Known errors: BackupDamaged, DiskFull, NotAnLk3Database (no key fits),
    the unlock's own errors, OperationCancelled. Nothing outside ``dest`` is touched.
    """
    manifest = read_manifest(path)
    mkdir_private(dest)
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open(KEYS_FILENAME) as src:
                keys_file = src.read(MAX_KEYS_BYTES + 1)
            expected = manifest.members[KEYS_FILENAME]
            if len(keys_file) != expected["size"] or not hmac.compare_digest(
                hashlib.sha256(keys_file).hexdigest(), str(expected["sha256"])
            ):
                raise BackupDamaged(f"hash mismatch in {KEYS_FILENAME}")
            write_atomic(dest / KEYS_FILENAME, keys_file)
            keys = keys_for(dest)
            sealed_with = check_keyed_seal(path, manifest, keys)
            needed = int(manifest.members[DB_FILENAME]["size"]) + FREE_MARGIN
            if shutil.disk_usage(dest).free < needed:
                raise DiskFull("no room to unpack the backup")
            with open_private(dest / DB_FILENAME) as out:
                _unpack(archive, DB_FILENAME, manifest.members[DB_FILENAME], out, cancelled)
                out.flush()
                os.fsync(out.fileno())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise BackupDamaged("bad archive") from exc
    key = check_database_copy(dest / DB_FILENAME, [sealed_with] if sealed_with else keys)
    return manifest, key


def check_database_copy(path: Path, keys: list[bytes]) -> bytes:
    """The key (of ``keys``) that opens the database copy at ``path``, which must pass
    SQLCipher's page authentication and SQLite's integrity check (BackupDamaged if not)."""
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
        if _attachments_damaged(path, key):
            raise BackupDamaged("an attachment of the copy does not match its hash")
        return key
    raise last


def _attachments_damaged(path: Path, key: bytes) -> bool:
    conn = connect_raw(path, key)
    try:
        return bool(damaged_attachments(conn))
    finally:
        conn.close()


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


CopyDatabase = Callable[[Path, "Cancelled | None"], str]


def write_backup(
    db_path: Path,
    key: bytes,
    keys_file: bytes,
    target: Path,
    describe: Callable[[], dict[str, Any]],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    copy_database: CopyDatabase | None = None,
) -> BackupManifest:
    """Write a verified ``.lk3backup`` at ``target`` (replaced atomically if it exists).

    ``describe()`` returns the manifest fields read from the database (schema_revision,
    database_id, app_version, created_at; anything else, such as a center name, is not
    written); the audit chain head is read from the copy itself. ``cancelled()`` is asked
    between steps, pages and chunks: when it says yes, the temporary files are removed,
    nothing is left at ``target`` (an earlier file of that name stays as it was) and
    OperationCancelled is raised. Known errors: DiskFull, TargetUnwritable, DatabaseCorrupt,
    BackupDamaged (the written file did not verify), OperationCancelled.

    ``copy_database(dest, cancelled)`` makes the database member instead of copying the file
    at ``db_path`` (an office server's snapshot) and returns the copy's audit chain head.
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
            if copy_database is None:
                _copy_database(db_path, key, copy, cancelled)
                audit_head = ""
            else:
                audit_head = copy_database(copy, cancelled)
            _stop_if(cancelled)
            audit_head = copy_audit_head(copy, key) or audit_head
            (work / KEYS_FILENAME).write_bytes(keys_file)
            step(1)
            _stop_if(cancelled)
            checking = CheckAside(copy, key)
            try:
                manifest, seal = _archive(work, tmp, key, describe(), audit_head, cancelled)
                step(2)
                _stop_if(cancelled)
                _verify_written(tmp, manifest, seal)
                checking.result(cancelled)
            finally:
                checking.abandon()
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


def _archive(
    work: Path,
    tmp: Path,
    key: bytes,
    described: dict[str, Any],
    audit_head: str,
    cancelled: Cancelled | None,
) -> tuple[BackupManifest, bytes]:
    """Write the sealed archive of the members in ``work`` into ``tmp`` and fsync it; return
    its manifest and seal. One pass over the copy: each chunk is hashed for the manifest,
    stored and hashed for the seal. The manifest, which needs the members' hashes, is the
    last member (a reader finds members by the central directory, not by their order)."""
    mac_key = seal_key(key, str(described["database_id"]))
    with open(tmp, "r+b") as fh:
        writer = _SealingWriter(fh, mac_key)
        with zipfile.ZipFile(writer, "w", compression=zipfile.ZIP_STORED) as archive:
            members = {name: _add_member(archive, work / name, name, cancelled) for name in MEMBERS}
            manifest = BackupManifest(
                created_at=str(described["created_at"]),
                schema_revision=described.get("schema_revision"),
                database_id=str(described["database_id"]),
                audit_head=audit_head,
                app_version=str(described.get("app_version", "")),
                members=members,
                key_check=key_check_of(mac_key),
            )
            archive.writestr(MANIFEST, manifest.to_bytes())
            archive.comment = SEAL_PREFIX + b"0" * (SEAL_LEN - len(SEAL_PREFIX))
        seal = writer.seal()
        fh.flush()
        os.fsync(fh.fileno())
    return manifest, seal


def _verify_written(path: Path, manifest: BackupManifest, seal: bytes) -> None:
    """The backup just written, read back from the target, holds exactly the bytes that were
    hashed as they were written (BackupDamaged if not): the SHA-256 of every byte before the
    seal equals the seal's, the seal is the one computed while writing (so is the keyed HMAC
    within it), and the members, their declared sizes and the manifest read back are the
    ones written. As each member's SHA-256 in the manifest was computed from the checked
    copy's chunks as they were stored, the file holds exactly what :func:`check_copy`
    checked (unpacking the members again to hash them once more took a third of a backup's
    time and proved nothing more)."""
    check_seal(path)
    with open(path, "rb") as fh:
        fh.seek(-len(seal), os.SEEK_END)
        if not hmac.compare_digest(fh.read(), seal):
            raise BackupDamaged("the written backup's seal is not the one computed")
    if _manifest_of(path) != manifest:
        raise BackupDamaged("the written backup's manifest is not the one computed")


def verify_backup(
    path: Path, keys: list[bytes], scratch: Path, cancelled: Cancelled | None = None
) -> BackupManifest:
    """Full check of a backup: seal (both hashes), manifest, sizes, hashes, and the database
    copy opened with a key and integrity-checked. ``scratch`` (created, then removed)
    receives the members."""
    try:
        manifest, _key = extract_verified(path, scratch, lambda _dest: keys, cancelled)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return manifest
