"""Known, environmental errors: each maps to one clear sentence for a person.

Anything that is not one of these is a bug and is handled by the crash path.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field


class KnownError(Exception):
    """An error a person can cause or the environment can cause; never a bug.

    ``code`` is stable and safe to log (it never carries personal data).
    """

    code = "known"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.code)


class WrongPassword(KnownError):
    code = "wrong_password"


class UnknownUser(KnownError):
    """No key slot for this username. Shown to people exactly like WrongPassword."""

    code = "unknown_user"


class LoginThrottled(KnownError):
    code = "login_throttled"
    # Never more than this, whatever a damaged attempts file or a clock says (5 minutes is
    # the longest delay the throttle ever asks for).
    MAX_RETRY_AFTER = 300.0

    def __init__(self, retry_after: float) -> None:
        if not math.isfinite(retry_after) or retry_after > self.MAX_RETRY_AFTER:
            retry_after = self.MAX_RETRY_AFTER
        retry_after = max(retry_after, 0.0)
        super().__init__(f"retry after {retry_after:.0f} s")
        self.retry_after = retry_after


class AccountInactive(KnownError):
    code = "account_inactive"


class SessionRevoked(KnownError):
    """An open session may no longer act: the account was deactivated or its role changed
    since sign-in, or it must first replace a temporary password.

    ``reason`` is ``"inactive"``, ``"changed"`` or ``"password_change"``. The UI signs the
    person out (or asks for the new password) and says which.
    """

    code = "session_revoked"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WorkstationSecretMissing(KnownError):
    """The database needs this computer's stored secret, and it is not there."""

    code = "workstation_secret_missing"


class CredentialStoreUnavailable(KnownError):
    """The OS credential store is locked, refused, or did not answer in time."""

    code = "credential_store_unavailable"


class WrongRecoveryCode(KnownError):
    code = "wrong_recovery_code"


class NotAnLk3Database(KnownError):
    code = "not_an_lk3_database"


class KeyFileDamaged(NotAnLk3Database):
    """``lk3.keys`` is unreadable or holds values LK3 Desktop never writes (e.g. key-derivation
    costs far outside its bounds): refused before any work, the recovery card still opens."""

    code = "key_file_damaged"


class SetupUnfinished(KnownError):
    """The data folder holds a setup (or a demo build) that was interrupted before it
    finished: no data was entered in it yet, and it can be started again."""

    code = "setup_unfinished"

    def __init__(self, message: str = "", *, demo: bool = False) -> None:
        super().__init__(message)
        self.demo = demo


class DataFolderMissing(KnownError):
    code = "data_folder_missing"


class DataFolderNotEmpty(KnownError):
    code = "data_folder_not_empty"


class SchemaTooNew(KnownError):
    code = "schema_too_new"


class DatabaseCorrupt(KnownError):
    code = "database_corrupt"


class DiskFull(KnownError):
    code = "disk_full"


class DataFolderReadOnly(KnownError):
    """The data folder (or a file in it) cannot be written: a read-only drive or mount, or no
    permission. Nothing already saved is lost."""

    code = "data_folder_read_only"


class DataFolderInUse(KnownError):
    """Another LK3 Desktop process has this data folder open."""

    code = "data_folder_in_use"


class PermissionDenied(KnownError):
    code = "permission_denied"


class NotCertified(KnownError):
    """The password opened a slot, but no valid head-signed certificate vouches for this
    person's keys (the slot predates the office's keys, or certificates were tampered with):
    the head resets the password, which issues a new certificate."""

    code = "not_certified"


class NoCaseKey(KnownError):
    """Clinical content of a case whose key is not sealed to the signed-in person."""

    code = "no_case_key"


# A sentence's code: dotted lowercase words, e.g. "client.name_required".
VALIDATION_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")


@dataclass(frozen=True)
class Sentence:
    """One sentence for a person, by code with its params; the interface words it in its
    language (``ui/validation_texts.py``). What a check returns rather than raises: a NIK's
    warnings, a phone number's problem."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __hash__(self) -> int:  # params are a dict: hash what it holds
        return hash((self.code, tuple(sorted((k, str(v)) for k, v in self.params.items()))))


class ValidationError(KnownError):
    """Input a person typed does not fit.

    ``code`` names the one sentence that says so (``ui/validation_texts.py`` holds it in
    English, the catalogue in Indonesian); ``params`` fill its ``{placeholders}`` (counts,
    limits, dates: never a person's data); ``field`` names the input it belongs under.
    Codes are stable and safe to log.
    """

    code = "validation"

    def __init__(self, code: str, /, field: str | None = None, **params: object) -> None:
        super().__init__(code)
        if VALIDATION_CODE.fullmatch(code):
            self.code = code
            self.message = ""  # worded by the interface, in its language
        else:
            # A sentence already worded by the interface (a form refusing what it cannot
            # read); services raise codes (tests/unit/test_error_texts.py).
            self.message = code
        self.field = field
        self.params = params

    @classmethod
    def because(cls, sentence: Sentence, field: str | None = None) -> ValidationError:
        """The error that says ``sentence`` under ``field``."""
        return cls(sentence.code, field, **sentence.params)


class RecordLocked(KnownError):
    """A signed record (assessment, session note) cannot be changed; only an addendum can."""

    code = "record_locked"


class SessionClosed(KnownError):
    """The database was locked or signed out while a call was still waiting to run.

    Nobody waits for such a call any more; the UI drops it silently.
    """

    code = "session_closed"


class BackupDamaged(KnownError):
    """A backup file is truncated, altered or not a backup; nothing was restored."""

    code = "backup_damaged"


class BackupFromOtherDatabase(KnownError):
    """The backup is of another database (another center, or a database set up again) than
    the one in the data folder; restoring it needs an explicit yes."""

    code = "backup_from_other_database"

    def __init__(self, center_name: str = "", database_id: str = "") -> None:
        super().__init__("backup of another database")
        self.center_name = center_name
        self.database_id = database_id


class TargetUnwritable(KnownError):
    """A chosen file (backup, export) cannot be written: folder missing, read-only, drive gone."""

    code = "target_unwritable"


class OperationCancelled(KnownError):
    """Long work (a backup) was stopped by the person; whatever it had started was removed."""

    code = "operation_cancelled"


class RegisterUnreadable(KnownError):
    """A register chosen for import cannot be read as one; nothing was imported.

    ``reason``: ``missing``, ``old_excel`` (.xls), ``not_a_workbook``, ``sheet_missing``,
    ``no_header``, ``too_many_rows``; ``detail`` is the file or sheet name (or the limit).
    """

    code = "register_unreadable"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


class RegisterNumbersDamaged(KnownError):
    """A NIK or KK column holds numbers (Excel keeps 15 digits of a 16-digit number, so the
    last digits are lost, shown as 3.67301E+15): refused before any row is checked."""

    code = "register_numbers_damaged"

    def __init__(self, column: str, rows: int, example: str) -> None:
        super().__init__(f"{rows} damaged")
        self.column = column
        self.rows = rows
        self.example = example


class AttachmentDamaged(KnownError):
    """An attached document's stored content does not open or no longer matches its SHA-256
    (a damaged or altered database): it is not shown. ``check`` names every such one."""

    code = "attachment_damaged"

    def __init__(self, attachment_id: int) -> None:
        super().__init__(str(attachment_id))
        self.attachment_id = attachment_id


class ServerUnreachable(KnownError):
    """The office server did not answer (network, server stopped or starting): nothing typed
    is lost, and the app reconnects when it answers again."""

    code = "server_unreachable"


class ServerSchemaBehind(KnownError):
    """The office server's database is older than this program: the server must be upgraded
    first (``lk3-desktop server upgrade``)."""

    code = "server_schema_behind"


class EditConflict(KnownError):
    """Someone else saved a newer version of this record since it was opened here: nothing
    was saved. ``theirs`` is the record as it is now (the service's detail); the screen shows
    both and keeps what this person typed."""

    code = "edit_conflict"

    def __init__(self, record: str, record_id: int, theirs: object) -> None:
        super().__init__(f"{record} {record_id}")
        self.record = record
        self.record_id = record_id
        self.theirs = theirs
