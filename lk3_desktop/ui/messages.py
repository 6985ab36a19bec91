"""One clear sentence for every known error (translated; source strings in English)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from lk3_desktop.core import errors as e
from lk3_desktop.ui.i18n import office_words
from lk3_desktop.ui.validation_texts import validation_sentence


def _revoked_sentence(reason: str) -> str:
    if reason == "password_change":
        return QCoreApplication.translate(
            "Messages",
            "This account has a temporary password that must be replaced first, so nothing "
            "else can be done. Sign in with the temporary password and choose your own.",
        )
    if reason == "changed":
        return QCoreApplication.translate(
            "Messages",
            "Your account was changed by the head of the center, so you have been signed out. "
            "Sign in again to continue.",
        )
    return QCoreApplication.translate(
        "Messages",
        "Your account was deactivated by the head of the center, so you have been signed out. "
        "Nothing you saved before was lost.",
    )


def _validation_sentence(error: e.ValidationError) -> str:
    if error.message:  # a sentence not moved to a code yet (Indonesian)
        return error.message
    sentence = validation_sentence(error)
    if sentence is None:  # a code without its sentence: tests/unit/test_error_texts.py
        return QCoreApplication.translate(
            "Messages", "What was entered cannot be saved as it is. Check it and try again."
        )
    return sentence


def _register_sentence(error: e.RegisterUnreadable) -> str:
    sentences = {
        "missing": QCoreApplication.translate("Messages", "The file %1 does not exist."),
        "old_excel": QCoreApplication.translate(
            "Messages",
            "%1 is an old Excel file (.xls), which cannot be read. Open it in Excel or "
            "LibreOffice and save it as an Excel workbook (.xlsx), then import that file.",
        ),
        "not_a_workbook": QCoreApplication.translate(
            "Messages",
            "%1 is not an Excel workbook (.xlsx) or is damaged. Save the register as .xlsx "
            "or CSV and try again.",
        ),
        "sheet_missing": QCoreApplication.translate(
            "Messages", "The workbook has no sheet named %1."
        ),
        "no_header": QCoreApplication.translate(
            "Messages",
            "No header row with column names such as Nama, NIK or Tgl Lahir was found in the "
            "first 30 rows, so the register cannot be read. Add such a header row above the "
            "data.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "Messages",
            "The register has more than %1 rows. Split it into several files and import them "
            "one after another.",
        ),
    }
    text = sentences.get(error.reason, sentences["not_a_workbook"])
    return text.replace("%1", error.detail)


def message_for(error: BaseException) -> str:
    """The sentence to show for ``error``; an unknown error is a bug and says so."""
    if isinstance(error, e.ValidationError):
        return office_words(_validation_sentence(error))
    if isinstance(error, e.LoginThrottled):
        seconds = int(error.retry_after + 0.999)
        return QCoreApplication.translate(
            "Messages", "Too many failed attempts. Try again in %n second(s).", None, seconds
        )
    if isinstance(error, e.SetupUnfinished):
        if error.demo:
            return QCoreApplication.translate(
                "Messages",
                "Building the demo database in this folder was interrupted before it finished, "
                "so it cannot be used. Build the demo again.",
            )
        return QCoreApplication.translate(
            "Messages",
            "The setup of this data folder was interrupted before it finished, so it holds no "
            "data yet. Start the setup again (open LK3 Desktop, or run lk3-desktop init).",
        )
    if isinstance(error, e.SessionRevoked):
        return _revoked_sentence(error.reason)
    if isinstance(error, e.BackupFromOtherDatabase):
        from lk3_desktop.documents.recovery_card import short_database_id

        return (
            QCoreApplication.translate(
                "Messages",
                "This backup is of another database (%1, database id %2), not of the one in "
                "this data folder, so nothing was restored.",
            )
            .replace("%1", error.center_name or "-")
            .replace("%2", short_database_id(error.database_id) or "-")
        )
    if isinstance(error, e.RegisterUnreadable):
        return _register_sentence(error)
    if isinstance(error, e.RegisterNumbersDamaged):
        return (
            QCoreApplication.translate(
                "Messages",
                "The %1 column holds numbers instead of text in %2 row(s) (for example %3): "
                "Excel keeps only 15 digits of a number, so the last digits of those numbers "
                "are lost and nothing was imported. Format the %1 column as Text, type the "
                "numbers again from the documents (or start each with an apostrophe, '), "
                "save and import again.",
            )
            .replace("%1", error.column)
            .replace("%2", str(error.rows))
            .replace("%3", error.example)
        )
    # the instruments (with decimal and fractions) are not imported for the sign-in window:
    # their error exists only once their module is in (benchmarks: cold_start)
    definitions = sys.modules.get("lk3_desktop.core.instruments.definitions")
    if definitions is not None and isinstance(error, definitions.InstrumentDefinitionError):
        return QCoreApplication.translate(
            "Messages",
            "The instrument definition file %1 is damaged or incomplete, so nothing was scored. "
            "Ask the head of the center to restore it.",
        ).replace("%1", error.path.name)
    table: list[tuple[type[BaseException], str]] = [
        (
            e.WrongPassword,
            QCoreApplication.translate("Messages", "The username or password is wrong."),
        ),
        (
            e.UnknownUser,
            QCoreApplication.translate("Messages", "The username or password is wrong."),
        ),
        (
            e.AccountInactive,
            QCoreApplication.translate(
                "Messages", "This account has been deactivated. Ask the head of the center."
            ),
        ),
        (
            e.WorkstationSecretMissing,
            QCoreApplication.translate(
                "Messages",
                "This computer does not hold the device key for this database (new computer or "
                "reinstalled system). Your password is not the problem: use the recovery card.",
            ),
        ),
        (
            e.CredentialStoreUnavailable,
            QCoreApplication.translate(
                "Messages",
                "The system credential store is locked or refused access, so the device key "
                "cannot be read. Unlock it and try again, or use the recovery card.",
            ),
        ),
        (
            e.WrongRecoveryCode,
            QCoreApplication.translate(
                "Messages", "The recovery code is wrong. Check every group of four characters."
            ),
        ),
        (
            e.KeyFileDamaged,
            QCoreApplication.translate(
                "Messages",
                "The key file (lk3.keys) of this data folder is damaged or has been changed, so "
                "no password can open it. Use the recovery card, or restore a backup.",
            ),
        ),
        (
            e.NotAnLk3Database,
            QCoreApplication.translate(
                "Messages", "This folder does not hold a readable LK3 database."
            ),
        ),
        (
            e.DataFolderMissing,
            QCoreApplication.translate("Messages", "The data folder does not exist."),
        ),
        (
            e.DataFolderReadOnly,
            QCoreApplication.translate(
                "Messages",
                "The data folder cannot be written: the drive is read-only or this account may "
                "not change it. Nothing saved was lost; make the folder writable and try again.",
            ),
        ),
        (
            e.DataFolderInUse,
            QCoreApplication.translate(
                "Messages", "LK3 Desktop is already open with this data folder."
            ),
        ),
        (
            e.SchemaTooNew,
            QCoreApplication.translate(
                "Messages",
                "This database was made by a newer version of LK3 Desktop. Update the app first.",
            ),
        ),
        (
            e.ServerUnreachable,
            QCoreApplication.translate(
                "Messages",
                "The office server does not answer (network or server down). What you typed is "
                "kept; LK3 Desktop reconnects when the server is back.",
            ),
        ),
        (
            e.ServerSchemaBehind,
            QCoreApplication.translate(
                "Messages",
                "The office server's database is older than this version of LK3 Desktop. The "
                "server must be upgraded first (lk3-desktop server upgrade).",
            ),
        ),
        (
            e.EditConflict,
            QCoreApplication.translate(
                "Messages",
                "Someone else saved this record while you were editing it. Nothing was saved; "
                "what you typed is still here.",
            ),
        ),
        (
            e.DatabaseCorrupt,
            QCoreApplication.translate(
                "Messages", "The database file is damaged. Restore it from a backup."
            ),
        ),
        (
            e.DiskFull,
            QCoreApplication.translate(
                "Messages", "The disk is full. Free some space; nothing already saved was lost."
            ),
        ),
        (
            e.BackupDamaged,
            QCoreApplication.translate(
                "Messages",
                "The backup file is damaged or has been changed, so it cannot be used. "
                "Nothing was restored or replaced.",
            ),
        ),
        (
            e.TargetUnwritable,
            QCoreApplication.translate(
                "Messages",
                "The file cannot be written there: the folder is missing or read-only, or the "
                "drive was removed. Choose another place.",
            ),
        ),
        (
            e.AttachmentDamaged,
            QCoreApplication.translate(
                "Messages",
                "This attached document no longer matches what was stored (the database is "
                "damaged or was changed), so it is not shown. Run Pengaturan > Pemeriksaan, and "
                "restore a backup if it names the database.",
            ),
        ),
        (
            e.OperationCancelled,
            QCoreApplication.translate("Messages", "The operation was cancelled."),
        ),
        (
            e.PermissionDenied,
            QCoreApplication.translate("Messages", "Your role does not allow this action."),
        ),
        (
            e.NotCertified,
            QCoreApplication.translate(
                "Messages",
                "Your password is right, but no valid certificate from the head vouches for "
                "your account. Ask the head of the center to reset your password.",
            ),
        ),
        (
            e.NoCaseKey,
            QCoreApplication.translate(
                "Messages",
                "The clinical content of this case is sealed, and its key is not held by your "
                "account. Ask the head of the center.",
            ),
        ),
        (
            e.RecordLocked,
            QCoreApplication.translate(
                "Messages",
                "This record is signed and can no longer be changed. Add an addendum instead.",
            ),
        ),
    ]
    for kind, text in table:
        if isinstance(error, kind):
            return text
    return QCoreApplication.translate(
        "Messages", "An unexpected error occurred. It has been recorded without personal data."
    )
