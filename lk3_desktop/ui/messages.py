"""One clear sentence for every known error (translated; source strings in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk3_desktop.core import errors as e


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Messages", text, None, n)


def message_for(error: BaseException) -> str:
    """The sentence to show for ``error``; an unknown error is a bug and says so."""
    if isinstance(error, e.ValidationError):
        return error.message  # already Indonesian, written for the person
    if isinstance(error, e.LoginThrottled):
        return _tr(
            "Too many failed attempts. Try again in %n second(s).", int(error.retry_after + 0.999)
        )
    table: list[tuple[type[BaseException], str]] = [
        (e.WrongPassword, _tr("The username or password is wrong.")),
        (e.UnknownUser, _tr("The username or password is wrong.")),
        (e.AccountInactive, _tr("This account has been deactivated. Ask the head of the center.")),
        (
            e.WorkstationSecretMissing,
            _tr(
                "This computer does not hold the device key for this database (new computer or "
                "reinstalled system). Your password is not the problem: use the recovery card."
            ),
        ),
        (
            e.CredentialStoreUnavailable,
            _tr(
                "The system credential store is locked or refused access, so the device key "
                "cannot be read. Unlock it and try again, or use the recovery card."
            ),
        ),
        (
            e.WrongRecoveryCode,
            _tr("The recovery code is wrong. Check every group of four characters."),
        ),
        (e.NotAnLk3Database, _tr("This folder does not hold a readable LK3 database.")),
        (e.DataFolderMissing, _tr("The data folder does not exist.")),
        (e.DataFolderInUse, _tr("LK3 Desktop is already open with this data folder.")),
        (
            e.SchemaTooNew,
            _tr("This database was made by a newer version of LK3 Desktop. Update the app first."),
        ),
        (e.DatabaseCorrupt, _tr("The database file is damaged. Restore it from a backup.")),
        (e.DiskFull, _tr("The disk is full. Free some space; nothing already saved was lost.")),
        (e.PermissionDenied, _tr("Your role does not allow this action.")),
    ]
    for kind, text in table:
        if isinstance(error, kind):
            return text
    return _tr("An unexpected error occurred. It has been recorded without personal data.")
