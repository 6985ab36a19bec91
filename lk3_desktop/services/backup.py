"""Backup and restore of a whole data folder (``.lk3backup``, see :mod:`lk3_desktop.db.backup`).

* :func:`back_up` - the head only (a whole copy of the database to a place of one's choosing;
  the automatic backup on closing goes to the head's folder, whoever closes); audited;
  remembers the time (setting ``backup.last_at``) that :func:`backup_overdue` compares with
  ``backup.reminder_days``.
* :func:`describe_backup` - date, center and schema of a backup, after its seal is checked.
* :func:`restore_with_password` (a head's password, the slot inside the backup: same
  workstation) and :func:`restore_with_recovery_code` (any computer). Both verify the whole
  backup and open its database copy *before* anything in the data folder is touched; the
  current contents are then moved to ``<folder>.before-restore-<time>``, never overwritten.
  After a restore with the recovery code the head signs in with the recovery card once and
  sets a new password (the sign-in window's recovery flow), because slots sealed on another
  computer need that computer's device key.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from lk3_desktop import __version__
from lk3_desktop.core.errors import (
    BackupDamaged,
    BackupFromOtherDatabase,
    KeyFileDamaged,
    NotAnLk3Database,
    OperationCancelled,
    PermissionDenied,
    TargetUnwritable,
    ValidationError,
    WrongRecoveryCode,
)
from lk3_desktop.core.recovery_code import RecoveryCodeError, decode_recovery_code
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db import backup as archive
from lk3_desktop.db import restore_swap
from lk3_desktop.db.engine import DB_FILENAME, connect_raw
from lk3_desktop.db.migrate import current_revision
from lk3_desktop.db.models import CenterProfile
from lk3_desktop.db.pause_points import pause_point
from lk3_desktop.db.store import OpenStore, open_store
from lk3_desktop.db.transfer import snapshot_into_file
from lk3_desktop.db.vault import KEYS_FILENAME, KeyFile, Vault
from lk3_desktop.db.workstation import CredentialStore
from lk3_desktop.services._setting_rows import read_setting, write_setting
from lk3_desktop.services.context import UserSession

LAST_BACKUP_AT = "backup.last_at"
REMINDER_DAYS = "backup.reminder_days"
DEFAULT_REMINDER_DAYS = 7
AUTO_FOLDER = "backup.auto_folder"  # where a backup is written when the app closes; "" = off
AUTO_KEEP = "backup.auto_keep"  # how many automatic backups are kept there
DEFAULT_AUTO_KEEP = 5
MAX_AUTO_KEEP = 100
# Only files named like this are ever deleted when pruning: never the user's own backups.
# lk3-auto-2026-12-07-174300.lk3backup (this computer's time); before, lk3-auto-20261207T104300Z
AUTO_NAME = re.compile(r"^lk3-auto-(\d{4}-\d{2}-\d{2}-\d{6}|\d{8}T\d{6}Z)(?:-(\d+))?\.lk3backup$")
SUFFIX = archive.SUFFIX

Progress = archive.Progress
Cancelled = archive.Cancelled
VaultFactory = Callable[[Path, CredentialStore], Vault]


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, shown before restoring (no personal data).

    ``center_name`` is "" until the backup is unlocked: a backup names no one to whoever
    finds it (format 1 backups still carry it in their manifest)."""

    path: Path
    created_at: datetime  # UTC
    center_name: str
    schema_revision: str | None
    database_id: str
    audit_head: str
    size: int

    @classmethod
    def of(cls, path: Path, manifest: archive.BackupManifest, center_name: str = "") -> BackupInfo:
        return cls(
            path=path,
            created_at=datetime.fromisoformat(manifest.created_at),
            center_name=center_name or manifest.center_name,
            schema_revision=manifest.schema_revision,
            database_id=manifest.database_id,
            audit_head=manifest.audit_head,
            size=path.stat().st_size,
        )


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    moved_aside: Path | None  # where the previous contents of the data folder now are
    method: str  # "password" or "recovery_code"
    needs_new_password: bool  # sign in with the recovery card to set a head's password
    other_database: bool = False  # the backup was of another database, restored on a yes


def _now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _stamp(now: datetime) -> str:
    """The time in a backup's file name: this computer's own, as people read the clock."""
    return now.astimezone().strftime("%Y-%m-%d-%H%M%S")


def _stamp_time(stamp: str) -> datetime:
    """The moment a file name's stamp stands for (both the local and the older UTC form)."""
    if stamp.endswith("Z"):
        return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.strptime(stamp, "%Y-%m-%d-%H%M%S").astimezone()


def suggested_filename(now: datetime | None = None) -> str:
    """``lk3-2026-12-07-174300.lk3backup`` (local time): sorts by date, names no one."""
    return f"lk3-{_stamp(now or _now_utc())}{SUFFIX}"


# -- backing up ---------------------------------------------------------------------------


def back_up(
    session: UserSession,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BackupInfo:
    """Write a verified backup of the open database to ``target``: a file path ending in
    ``.lk3backup``, or else a folder (created if needed) that receives a file named by
    :func:`suggested_filename`. The manifest carries the audit chain head of the copy (the
    short hash printed on the backup's label).

    ``cancelled()`` is asked between steps and pages; when it says yes, the temporary files
    are removed, nothing is left at the target, ``backup.cancelled`` is audited and
    OperationCancelled is raised. Known errors: DiskFull, TargetUnwritable, DatabaseCorrupt,
    BackupDamaged, OperationCancelled; PermissionDenied unless the head (a whole copy of the
    database, to a place of one's choosing)."""
    session.check_current()  # a revoked session hears so first, whatever its role
    session.require(Permission.MAKE_BACKUP)
    return _write_backup(session, target, progress, cancelled)


def _write_backup(
    session: UserSession,
    target: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> BackupInfo:
    session.check_current()  # the copy is made outside a transaction: ask before it starts
    store = session.store
    if target.is_dir() or target.suffix != SUFFIX:
        target = target / suggested_filename()
    created = _now_utc()
    reached = [0]
    center_name = [""]

    def describe() -> dict[str, Any]:
        with store.transaction() as s:
            profile = s.get(CenterProfile, 1)
            revision = current_revision(s.connection())
        center_name[0] = profile.name if profile else ""  # for the result, not the file
        return {
            "created_at": created.isoformat(),
            "schema_revision": revision,
            "database_id": store.database_id,
            "app_version": __version__,
        }

    def report(done: int, total: int) -> None:
        reached[0] = done
        if progress is not None:
            progress(done, total)

    try:
        manifest = archive.write_backup(
            store.db_path,
            store.key(),
            store.vault.load().to_bytes() if store.on_server else store.vault.path.read_bytes(),
            target,
            describe,
            report,
            cancelled,
            _server_snapshot(store) if store.on_server else None,
        )
    except OperationCancelled:
        # Audited although nothing was kept: a copy of the whole database was being written
        # to a place of the person's choosing (often a removable drive), and its encrypted
        # bytes were on that drive until removed. The trail shows the attempt, like a failed
        # login, and explains why no backup.created follows.
        with store.transaction() as s:
            session.audit(
                s, "backup.cancelled", "database", store.database_id, {"step": reached[0]}
            )
        raise
    info = BackupInfo.of(target, manifest, center_name[0])
    with store.transaction() as s:
        session.audit(
            s,
            "backup.created",
            "database",
            store.database_id,
            {"audit_head": manifest.audit_head, "size": info.size},
        )
        write_setting(s, session, LAST_BACKUP_AT, created.isoformat())
    return info


def _server_snapshot(store: OpenStore) -> archive.CopyDatabase:
    """An office server's backup member: one consistent snapshot of every row, written into
    a new SQLCipher file under the database key, as the embedded engine's copy is."""

    def copy(dest: Path, cancelled: Cancelled | None) -> str:
        def stop() -> None:
            if cancelled is not None and cancelled():
                raise OperationCancelled("backup")

        snapshot_into_file(store.engine, dest, store.key(), stop)
        return ""

    return copy


def last_backup_at(session: UserSession) -> datetime | None:
    with session.store.transaction() as s:
        value = read_setting(s, LAST_BACKUP_AT)
    return datetime.fromisoformat(value) if value else None


def reminder_days(session: UserSession) -> int:
    with session.store.transaction() as s:
        return int(read_setting(s, REMINDER_DAYS, DEFAULT_REMINDER_DAYS))


def set_reminder_days(session: UserSession, days: int) -> None:
    """How many days without a backup before Beranda reminds (head only, 1-90)."""
    session.require(Permission.CHANGE_SETTINGS)
    if not (isinstance(days, int) and 1 <= days <= 90):
        raise ValidationError("backup.reminder_range", REMINDER_DAYS)
    with session.store.transaction() as s:
        write_setting(s, session, REMINDER_DAYS, days)


def backup_overdue(session: UserSession, now: datetime | None = None) -> bool:
    """True when no backup was made within the reminder interval (or never)."""
    with session.store.transaction() as s:
        value = read_setting(s, LAST_BACKUP_AT)
        days = int(read_setting(s, REMINDER_DAYS, DEFAULT_REMINDER_DAYS))
    if not value:
        return True
    now = now or datetime.now(UTC)
    return now - datetime.fromisoformat(value) > timedelta(days=days)


# -- automatic backup on closing ----------------------------------------------------------


@dataclass(frozen=True)
class AutoBackupSettings:
    folder: str  # "" = off
    keep: int


def auto_backup_settings(session: UserSession) -> AutoBackupSettings:
    with session.store.transaction() as s:
        folder = read_setting(s, AUTO_FOLDER, "")
        keep = read_setting(s, AUTO_KEEP, DEFAULT_AUTO_KEEP)
    return AutoBackupSettings(str(folder or ""), int(keep))


def set_auto_backup(session: UserSession, folder: str, keep: int) -> None:
    """Turn the automatic backup on closing on (a folder) or off (""), keeping the newest
    ``keep`` automatic backups there (head only, 1-100)."""
    session.require(Permission.CHANGE_SETTINGS)
    folder = folder.strip()
    if not (isinstance(keep, int) and 1 <= keep <= MAX_AUTO_KEEP):
        raise ValidationError("backup.keep_range", AUTO_KEEP)
    if folder and not Path(folder).is_absolute():
        raise ValidationError("backup.folder_required", AUTO_FOLDER)
    with session.store.transaction() as s:
        write_setting(s, session, AUTO_FOLDER, folder)
        write_setting(s, session, AUTO_KEEP, keep)


def auto_filename(folder: Path, now: datetime | None = None) -> Path:
    """``lk3-auto-<local time>.lk3backup`` in ``folder``, numbered if that name is taken."""
    stamp = _stamp(now or _now_utc())
    path = folder / f"lk3-auto-{stamp}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"lk3-auto-{stamp}-{n}{SUFFIX}"
        n += 1
    return path


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups in ``folder`` beyond the newest ``keep``; other
    files (the user's own backups, anything else) are never touched. Returns what was
    deleted."""
    found: list[tuple[tuple[datetime, int], Path]] = []
    for entry in folder.iterdir():
        match = AUTO_NAME.match(entry.name)
        if match and entry.is_file() and not entry.is_symlink():
            found.append(((_stamp_time(match.group(1)), int(match.group(2) or 1)), entry))
    found.sort(key=lambda item: item[0], reverse=True)
    removed: list[Path] = []
    for _order, path in found[max(keep, 1) :]:
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def auto_backup(session: UserSession, progress: Progress | None = None) -> Path | None:
    """The backup on closing: written and verified in the configured folder, then the
    oldest automatic backups beyond the number kept are deleted. None when switched off.

    Known errors as :func:`back_up`; TargetUnwritable when the folder is gone (a drive not
    plugged in): it is never created, so nothing lands on the wrong disk.

    Whoever closes the app runs it (not only the head): the folder is the one the head chose
    in Settings, so nobody else picks where the copy goes."""
    chosen = auto_backup_settings(session)
    if not chosen.folder:
        return None
    folder = Path(chosen.folder)
    if not folder.is_dir():
        raise TargetUnwritable(f"folder missing: {folder}")
    info = _write_backup(session, auto_filename(folder), progress, None)
    with archive.known_file_errors(target_errors=True):
        prune_backups(folder, chosen.keep)
    return info.path


# -- describing and restoring ---------------------------------------------------------------


def describe_backup(path: Path) -> BackupInfo:
    """Date, schema and database id of ``path`` after its seal and sizes are checked
    (BackupDamaged if not). The center is not known before the backup is unlocked (""),
    except for format 1 backups, which carried it in the open."""
    return BackupInfo.of(path, archive.read_manifest(path))


def backup_label_pdf(session: UserSession, path: Path) -> bytes:
    """The A4 label of the backup at ``path``: center, date and time (this computer's zone),
    file name, size, the start of the file's SHA-256, schema, database id and the audit
    chain head recorded in its manifest. BackupDamaged when the seal does not hold.

    The center is the signed-in office's when the backup is of its database (the file itself
    does not name it); a backup of another database gets "-".

    Not audited: the label holds no personal data, and the backup it describes was audited
    when it was made."""
    from lk3_desktop.core.vocabulary import head_title
    from lk3_desktop.documents.backup_label import BackupLabelData, render_backup_label
    from lk3_desktop.services.document_settings import read_document_settings

    info = describe_backup(path)
    with session.store.transaction() as s:
        title = head_title(read_document_settings(s).head_title)
        if not info.center_name and info.database_id == session.store.database_id:
            profile = s.get(CenterProfile, 1)
            info = replace(info, center_name=profile.name if profile else "")
    with archive.known_file_errors():
        sha256 = archive.sha256_of(path)
    return render_backup_label(
        BackupLabelData(
            center_name=info.center_name,
            created_at=info.created_at.astimezone(),
            file_name=path.name,
            size=info.size,
            sha256=sha256,
            schema_revision=info.schema_revision,
            database_id=info.database_id,
            audit_head=info.audit_head,
            head_title=title,
        )
    )


def label_filename(backup_path: Path) -> str:
    """``Label-<backup name>.pdf``: the label is found beside the backup it describes."""
    return f"Label-{backup_path.stem}.pdf"


def _head_user_id(db: Path, key: bytes, username: str) -> int:
    """The id of ``username`` in the backup's database if an active head; else refused."""
    conn = connect_raw(db, key)
    try:
        row = conn.execute(
            "SELECT id, role, active FROM users WHERE username = ?", (username.strip().lower(),)
        ).fetchone()
    finally:
        conn.close()
    if row is None or row[1] != Role.KEPALA.value or not row[2]:
        raise PermissionDenied("restore is for an active head")
    return int(row[0])


@dataclass
class StagedRestore:
    """A backup verified, unpacked beside the data folder and opened with its key; nothing
    in the data folder is touched yet. :meth:`commit` swaps it in, :meth:`discard` drops it.

    In the running app the session is signed out between the two (the live database must be
    closed before its files are moved aside)."""

    backup: Path
    folder: Path
    staging: Path
    manifest: archive.BackupManifest
    key: bytes = field(repr=False)
    actor_id: int | None
    method: str
    credential_store: CredentialStore
    vault_factory: VaultFactory
    started: datetime
    note: dict[str, Any]
    center_name: str  # read from the unlocked copy
    current_database_id: str | None  # the data folder's database, if it holds one

    @property
    def info(self) -> BackupInfo:
        return BackupInfo.of(self.backup, self.manifest, self.center_name)

    @property
    def other_database(self) -> bool:
        """Whether the backup is of another database than the one in the data folder (another
        center, or this center's database set up again): restoring it needs an explicit yes."""
        current = self.current_database_id
        return current is not None and current != self.manifest.database_id

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def commit(self, *, accept_other_database: bool = False) -> RestoreResult:
        """Move the data folder's contents aside and move the backup in (the schema of an
        older backup is upgraded on this first open). The caller holds the lock.

        A backup of another database (:attr:`other_database`) is refused with
        BackupFromOtherDatabase (and the staging folder removed) unless
        ``accept_other_database``: the person was shown its center and database id and agreed.

        A crash at any moment of the swap is completed at the next start
        (:func:`restore_swap.finish_interrupted_swap`). The restore's audit entry is always
        written by the next sign-in, from the note the swap leaves: entries are accepted only
        under a signed checkpoint, and nobody is signed in during a restore."""
        folder = self.folder
        if self.other_database and not accept_other_database:
            self.discard()
            raise BackupFromOtherDatabase(self.center_name, self.manifest.database_id)
        with archive.known_file_errors():
            try:
                moved = restore_swap.swap_in(folder, self.staging, _stamp(self.started))
            finally:
                self.discard()
            pause_point("restore.swapped")
            vault = self.vault_factory(folder, self.credential_store)
            # Opening brings an older backup's schema to head. The restore's audit entry is
            # written by the next sign-in (from the note), inside its signed transaction:
            # nobody is signed in now to sign it.
            open_store(folder, vault, vault.load(), self.key).close()
        return RestoreResult(
            self.info, moved, self.method, self.method != "password", self.other_database
        )


def _center_of(db: Path, key: bytes) -> tuple[str, str]:
    """The center's name and database id recorded in a database copy (read once unlocked)."""
    conn = connect_raw(db, key)
    try:
        row = conn.execute("SELECT name, database_id FROM center_profile WHERE id = 1").fetchone()
    finally:
        conn.close()
    return (str(row[0] or ""), str(row[1] or "")) if row else ("", "")


def _current_database_id(folder: Path) -> str | None:
    """The database id of the data folder's key file (plain in it), None without one."""
    try:
        return KeyFile.from_bytes((folder / KEYS_FILENAME).read_bytes()).database_id
    except (OSError, NotAnLk3Database):
        return None


def _prepare(
    backup: Path,
    folder: Path,
    credential_store: CredentialStore,
    keys_for: Callable[[Path], list[bytes]],
    method: str,
    username: str | None,
    vault_factory: VaultFactory,
) -> StagedRestore:
    folder = folder.resolve()
    now = _now_utc()
    archive.read_manifest(backup)  # seal and sizes first: a damaged file stops here
    staging = restore_swap.staging_path(folder, _stamp(now))

    def keys_of_backup(unpacked: Path) -> list[bytes]:
        key_file = KeyFile.from_bytes((unpacked / KEYS_FILENAME).read_bytes())
        if key_file.database_id != manifest.database_id:
            raise BackupDamaged("key file belongs to another database")
        return keys_for(unpacked)

    with archive.known_file_errors():
        folder.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        try:
            manifest = archive.read_manifest(backup)
            try:
                _, key = archive.extract_verified(backup, staging, keys_of_backup)
            except NotAnLk3Database as exc:
                if method == "recovery_code" and not isinstance(exc, KeyFileDamaged):
                    raise WrongRecoveryCode("key") from exc
                raise
            actor_id = _head_user_id(staging / DB_FILENAME, key, username) if username else None
            center_name, _ = _center_of(staging / DB_FILENAME, key)
            for name in [p.name for p in staging.iterdir() if p.name not in archive.MEMBERS]:
                (staging / name).unlink()  # e.g. failed-attempt records from the unlock
            note = restore_swap.new_note(
                method,
                actor_id,
                {"created_at": manifest.created_at, "audit_head": manifest.audit_head},
            )
            restore_swap.write_note(staging, note)
            pause_point("restore.staged")
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return StagedRestore(
        backup, folder, staging, manifest, key, actor_id, method, credential_store,
        vault_factory, now, note, center_name, _current_database_id(folder),
    )  # fmt: skip


def prepare_restore_with_password(
    backup: Path,
    folder: Path,
    credential_store: CredentialStore,
    username: str,
    password: str,
    *,
    vault_factory: VaultFactory = Vault,
) -> StagedRestore:
    """Everything of :func:`restore_with_password` up to (not including) touching ``folder``."""

    def keys_for(staging: Path) -> list[bytes]:
        unlocked = vault_factory(staging, credential_store).unlock(username, password)
        return [unlocked.db_key] + ([unlocked.db_key_next] if unlocked.db_key_next else [])

    return _prepare(backup, folder, credential_store, keys_for, "password", username, vault_factory)


def restore_with_password(
    backup: Path,
    folder: Path,
    credential_store: CredentialStore,
    username: str,
    password: str,
    *,
    vault_factory: VaultFactory = Vault,
    accept_other_database: bool = False,
) -> RestoreResult:
    """Restore ``backup`` into ``folder`` with a head's password (the slot in the backup's
    key file; needs this workstation's device key where the backup used one).

    Known errors: BackupDamaged, WrongPassword/UnknownUser, WorkstationSecretMissing,
    PermissionDenied (not an active head), DiskFull, BackupFromOtherDatabase (unless
    ``accept_other_database``). The caller holds the folder's lock.
    """
    return prepare_restore_with_password(
        backup, folder, credential_store, username, password, vault_factory=vault_factory
    ).commit(accept_other_database=accept_other_database)


def restore_with_recovery_code(
    backup: Path,
    folder: Path,
    credential_store: CredentialStore,
    code: str,
    *,
    vault_factory: VaultFactory = Vault,
    accept_other_database: bool = False,
) -> RestoreResult:
    """Restore ``backup`` into ``folder`` with the recovery card (any computer).

    The code's checksum is checked before anything else (WrongRecoveryCode). Afterwards a
    head signs in with the recovery card once and sets a new password.
    """
    try:
        key = decode_recovery_code(code)
    except RecoveryCodeError as exc:
        raise WrongRecoveryCode(exc.reason) from exc
    return _prepare(
        backup, folder, credential_store, lambda _staging: [key], "recovery_code", None,
        vault_factory,
    ).commit(accept_other_database=accept_other_database)  # fmt: skip
