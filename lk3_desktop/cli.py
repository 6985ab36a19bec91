"""`lk3-desktop`: the GUI by default, and administrator subcommands without a screen.

Known errors end with one clear line on stderr and a non-zero exit, never a traceback. The
subcommands answer in the app's language (the preference stored by Pengaturan; Indonesian
until English is chosen), through the same catalogue as the screens (context "Cli").
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from lk3_desktop import __version__
from lk3_desktop.cli_session import locked_folder, signed_in
from lk3_desktop.core.errors import KnownError, NotAnLk3Database, WrongRecoveryCode
from lk3_desktop.qt_imports import quiet_pyside_import_hook

quiet_pyside_import_hook()  # before the commands and the windows import what they need

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_ERROR = 2
EXIT_USAGE = 64
# Every subcommand, known before the parser is built: its help is worded in the app's language.
SUBCOMMANDS = (
    "init",
    "check",
    "demo",
    "backup",
    "restore",
    "export",
    "report",
    "import",
    "info",
    "server",
)


def _use_app_language() -> None:
    """A Qt core application (no window) named as the app, so the stored language preference
    is found, with the app's catalogue installed for it."""
    from lk3_desktop.cli_words import translate_argparse
    from lk3_desktop.paths import APP_NAME, ORGANIZATION
    from lk3_desktop.ui.i18n import install_translators

    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        install_translators()
        translate_argparse()


def _read_secret_line() -> str:
    """One line from stdin without its line ending (passwords may contain spaces)."""
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _error_text(error: BaseException) -> str:
    from lk3_desktop.ui.messages import message_for

    return message_for(error)


def _fail(error: BaseException) -> int:
    print(f"lk3-desktop: {_error_text(error)}", file=sys.stderr)
    return EXIT_ERROR


def _settle_folder(folder: Path) -> None:
    """Complete a restore that a crash cut short and remove the staging folders of restores
    that never touched the folder (under the folder's lock, taken and released here), so that
    no command takes a half-swapped folder for an empty or damaged one."""
    from lk3_desktop.core.errors import DataFolderInUse
    from lk3_desktop.db.instance_lock import DataFolderLock
    from lk3_desktop.db.restore_swap import (
        finish_interrupted_swap,
        staging_folders,
        swap_started,
    )

    if not staging_folders(folder):
        return
    lock = DataFolderLock(folder)
    try:
        lock.acquire()
    except DataFolderInUse:
        if swap_started(folder):
            raise
        return  # the running app is preparing a restore: its staging folder is not stale
    try:
        finished = finish_interrupted_swap(folder)
    finally:
        lock.release()
    if finished.completed is not None:
        print(
            "lk3-desktop: "
            + QCoreApplication.translate(
                "Cli",
                "an interrupted restore was completed first; the previous contents of the data "
                "folder are in %1",
            ).replace("%1", str(finished.completed)),
            file=sys.stderr,
        )


def _cmd_gui(args: argparse.Namespace) -> int:
    from lk3_desktop.app import run_gui

    return int(run_gui(args.data_dir))


def _cmd_init(args: argparse.Namespace) -> int:
    from lk3_desktop.db.store import FolderState, folder_state
    from lk3_desktop.services import accounts

    password = _read_secret_line()
    folder: Path = args.data_dir
    with locked_folder(folder, must_exist=False) as store:
        restarted = folder_state(folder) is FolderState.SETUP_UNFINISHED
        result = accounts.initialize(
            folder,
            store,
            accounts.CenterInput(
                name=args.center_name,
                center_code=args.center_code or "",
                head_name=args.full_name,
            ),
            accounts.NewAccount(args.username, args.full_name, password),
        )
        mode = accounts.protection_mode(result.session)
        result.session.store.close()
    if restarted:
        print(
            QCoreApplication.translate(
                "Cli", "An interrupted setup in this folder (it held no data) was removed first."
            )
        )
    print(QCoreApplication.translate("Cli", "Database created in %1").replace("%1", str(folder)))
    protection = (
        QCoreApplication.translate("Cli", "device key + password")
        if mode.workstation_secret
        else QCoreApplication.translate("Cli", "password only")
    )
    print(QCoreApplication.translate("Cli", "Protection: %1").replace("%1", protection))
    if result.root_fingerprint:
        print(
            QCoreApplication.translate("Cli", "Office root fingerprint: %1").replace(
                "%1", result.root_fingerprint
            )
        )
    print_card_codes(result.recovery_key_code, result.recovery_code)
    return EXIT_OK


def print_card_codes(recovery_key_code: str, recovery_code: str) -> None:
    """The recovery card's two codes, as ``init`` and ``server init`` show them once."""
    print(
        QCoreApplication.translate(
            "Cli",
            "Office recovery key, the card's second code (opens every case after a recovery):",
        )
    )
    print(recovery_key_code)
    print(
        QCoreApplication.translate(
            "Cli", "Recovery code (print it on the recovery card and keep it in a safe place):"
        )
    )
    print(recovery_code)


def _cmd_check(args: argparse.Namespace) -> int:
    from lk3_desktop.db.server.enrollment import is_enrolled
    from lk3_desktop.db.server.vault import ServerVault
    from lk3_desktop.db.store import require_data_folder
    from lk3_desktop.db.vault import Vault
    from lk3_desktop.db.workstation import detect_store
    from lk3_desktop.services import integrity, integrity_server

    folder: Path = args.data_dir
    secret = _read_secret_line()
    require_data_folder(folder)
    root: str | None = None
    vault: Vault | None = None  # the recovery code opens the database file without a slot
    if args.recovery_code_stdin:
        keys = [integrity.key_from_recovery_code(secret)]
        unlock_line = QCoreApplication.translate("Cli", "recovery code accepted")
        if is_enrolled(folder):
            # On an office server the card signs in with both its codes: the card's second
            # code (the office recovery key) is the next line.
            office = _read_secret_line().strip()
            vault = Vault(folder, detect_store())
            vault.sign_in_with_card(
                keys[0], integrity.key_from_recovery_code(office) if office else None
            )
    else:
        if not args.username:
            print(
                "lk3-desktop: "
                + QCoreApplication.translate("Cli", "--username is required with --password-stdin"),
                file=sys.stderr,
            )
            return EXIT_USAGE
        vault = Vault(folder, detect_store())
        keys = integrity.keys_from_password(vault, args.username, secret)
        root = integrity.root_from_password(vault, args.username, secret)
        unlock_line = QCoreApplication.translate("Cli", "password opens the key slot")
    expected = args.expected_head
    if expected is not None and not _is_hex_head(expected):
        print(
            "lk3-desktop: "
            + QCoreApplication.translate(
                "Cli",
                "--expected-head takes the 16 (or 64) hexadecimal characters printed as the audit chain head",  # noqa: E501 (one literal for lupdate)
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if isinstance(vault, ServerVault):
        try:
            lines = integrity_server.run_checks(vault, keys, root=root, expected_head=expected)
        finally:
            vault.forget_connection()
        return _print_check_lines(unlock_line, lines)
    try:
        lines = integrity.run_checks(folder, keys, root=root, expected_head=expected)
    except NotAnLk3Database as exc:
        if args.recovery_code_stdin:
            raise WrongRecoveryCode("key") from exc
        raise
    return _print_check_lines(unlock_line, lines)


def _print_check_lines(unlock_line: str, lines: Sequence[Any]) -> int:
    from lk3_desktop.check_text import detail_text

    passed, failed = (
        QCoreApplication.translate("Cli", "ok"),
        QCoreApplication.translate("Cli", "FAIL"),
    )
    width = max(len(passed), len(failed)) + 1
    print(f"{passed:<{width}} {'unlock':<17} {unlock_line}")
    for line in lines:
        print(f"{passed if line.ok else failed:<{width}} {line.name:<17} {detail_text(line)}")
    return EXIT_OK if all(line.ok for line in lines) else EXIT_CHECK_FAILED


def _local_text(moment: datetime.datetime) -> str:
    """A moment in this computer's time, as the screens write it."""
    from lk3_desktop.ui.dates import datetime_text

    return datetime_text(moment)


def _is_hex_head(text: str) -> bool:
    cleaned = text.strip().lower()
    return 16 <= len(cleaned) <= 64 and all(c in "0123456789abcdef" for c in cleaned)


def _progress_bar(done: int, total: int) -> None:
    width = 40
    filled = width * done // max(total, 1)
    end = "\n" if done >= total else ""
    bar = "#" * filled + "-" * (width - filled)
    print(f"\r[{bar}] {done * 100 // max(total, 1):3d}%", end=end, file=sys.stderr, flush=True)


def _cmd_demo(args: argparse.Namespace) -> int:
    from lk3_desktop.services import demo

    if args.clients < 1:
        print(
            "lk3-desktop: " + QCoreApplication.translate("Cli", "--clients must be at least 1"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    password = _read_secret_line()
    folder: Path = args.data_dir
    with locked_folder(folder, must_exist=False) as store:
        result = demo.generate(folder, store, password, args.clients, args.seed, _progress_bar)
    print(
        QCoreApplication.translate("Cli", "Demo database in %1: %2 clients, %3 families, %4 cases")
        .replace("%1", str(folder))
        .replace("%2", str(result.clients))
        .replace("%3", str(result.families))
        .replace("%4", str(result.cases))
    )
    print(
        QCoreApplication.translate("Cli", "Accounts (all with the password you gave): %1").replace(
            "%1", ", ".join(result.usernames)
        )
    )
    print(
        QCoreApplication.translate("Cli", "Head account: kepala. Recovery code: %1").replace(
            "%1", result.recovery_code
        )
    )
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from lk3_desktop.services import backup as backups

    password = _read_secret_line()
    with signed_in(args.data_dir, args.username, password) as session:
        info = backups.back_up(session, args.to, _progress_bar)
    print(
        QCoreApplication.translate("Cli", "Backup written and verified: %1").replace(
            "%1", str(info.path)
        )
    )
    print(
        QCoreApplication.translate("Cli", "Created %1 · schema %2")
        .replace("%1", _local_text(info.created_at))
        .replace("%2", str(info.schema_revision))
    )
    print(QCoreApplication.translate("Cli", "Audit chain head: %1").replace("%1", info.audit_head))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from lk3_desktop.services import subject_export

    password = _read_secret_line()
    write = subject_export.export_pdf if args.format == "pdf" else subject_export.export_json
    with signed_in(args.data_dir, args.username, password) as session:
        summary = write(session, args.client, args.to)
    print(QCoreApplication.translate("Cli", "Export written: %1").replace("%1", str(summary.path)))
    print(
        QCoreApplication.translate("Cli", "%1 records · %2 items withheld (jangan diungkap)")
        .replace("%1", str(summary.records))
        .replace("%2", str(summary.withheld))
    )
    if summary.files:
        from lk3_desktop.services.subject_export.formats import files_folder

        print(
            QCoreApplication.translate("Cli", "%1 attached document(s) written to %2")
            .replace("%1", str(summary.files))
            .replace("%2", str(files_folder(summary.path)))
        )
    return EXIT_OK


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "not a date (YYYY-MM-DD): %1").replace("%1", text)
        ) from exc


def _cmd_report(args: argparse.Namespace) -> int:
    """The periodic report for Dinas Sosial as a file: head only, audited as in the app."""
    from lk3_desktop.db.atomic import write_atomic
    from lk3_desktop.db.store import require_data_folder
    from lk3_desktop.services import reports

    password = _read_secret_line()
    period = reports.range_period(args.date_from, args.date_to)
    require_data_folder(args.data_dir)
    out = args.out.expanduser().absolute()
    if not out.parent.is_dir():
        print(
            "lk3-desktop: "
            + QCoreApplication.translate("Cli", "the folder %1 does not exist").replace(
                "%1", str(out.parent)
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    with signed_in(args.data_dir, args.username, password) as session:
        data = reports.report_file(session, period, args.format, progress=_progress_bar)
    write_atomic(out, data)
    print(QCoreApplication.translate("Cli", "Report written: %1").replace("%1", str(out)))
    size = QLocale().toString(len(data))  # the language's digit grouping (set with it)
    print(
        f"{period.label} · {args.format.upper()} · "
        + QCoreApplication.translate("Cli", "%1 bytes").replace("%1", size)
    )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from lk3_desktop.cli_import import run_import

    return run_import(args, _read_secret_line(), _progress_bar)


def _cmd_restore(args: argparse.Namespace) -> int:
    from lk3_desktop.core.errors import BackupFromOtherDatabase
    from lk3_desktop.documents.recovery_card import short_database_id
    from lk3_desktop.services import backup as backups

    secret = _read_secret_line()
    folder: Path = args.data_dir
    accept = bool(args.accept_other_center)
    if not args.recovery_code_stdin and not args.username:
        print(
            "lk3-desktop: "
            + QCoreApplication.translate("Cli", "--username is required with --password-stdin"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.recovery_code_stdin:
        backups.describe_backup(args.from_file)  # a damaged file is named before the code
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with locked_folder(folder, must_exist=False) as store:
            if args.recovery_code_stdin:
                result = backups.restore_with_recovery_code(
                    args.from_file, folder, store, secret, accept_other_database=accept
                )
            else:
                result = backups.restore_with_password(
                    args.from_file, folder, store, args.username, secret,
                    accept_other_database=accept,
                )  # fmt: skip
    except BackupFromOtherDatabase as exc:
        print(
            "lk3-desktop: "
            + QCoreApplication.translate(
                "Cli",
                "This backup is of another center or database (%1, database id %2) than the "
                "one in %3; nothing was restored. To replace this folder's data with it, run "
                "the command again with --accept-other-center.",
            )
            .replace("%1", exc.center_name or "-")
            .replace("%2", short_database_id(exc.database_id))
            .replace("%3", str(folder)),
            file=sys.stderr,
        )
        return EXIT_ERROR
    info = result.info
    print(
        QCoreApplication.translate("Cli", "Restored the backup of %1 into %2")
        .replace("%1", _local_text(info.created_at))
        .replace("%2", str(folder))
    )
    print(
        QCoreApplication.translate("Cli", "Center: %1 · database id %2")
        .replace("%1", info.center_name or "-")
        .replace("%2", short_database_id(info.database_id))
    )
    if result.other_database:
        print(
            QCoreApplication.translate(
                "Cli", "This backup was of another database than the one the folder held."
            )
        )
    print(
        QCoreApplication.translate("Cli", "Audit chain head at backup time: %1").replace(
            "%1", info.audit_head
        )
    )
    if result.moved_aside is not None:
        print(
            QCoreApplication.translate(
                "Cli", "The previous contents of the data folder are kept in %1"
            ).replace("%1", str(result.moved_aside))
        )
    if result.needs_new_password:
        print(
            QCoreApplication.translate(
                "Cli",
                "Sign in with the recovery card once: the head then sets a new password for "
                "this computer.",
            )
        )
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from lk3_desktop.installation import format_report, installation_report

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # Qt's plugin paths
    print(format_report(installation_report()))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from lk3_desktop.paths import default_data_dir

    parser = argparse.ArgumentParser(
        prog="lk3-desktop",
        description=QCoreApplication.translate(
            "Cli", "LK3 Desktop: the encrypted case record of an LK3 office."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QCoreApplication.translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default_data_dir(),
        help=QCoreApplication.translate("Cli", "data folder (lk3.db, lk3.keys)"),
    )
    sub = parser.add_subparsers(dest="command")

    _add_init(sub)

    _add_office_commands(sub)

    _add_export_commands(sub)

    from lk3_desktop.cli_import import add_import_parser

    add_import_parser(sub, _cmd_import)

    info = sub.add_parser(
        "info",
        help=QCoreApplication.translate(
            "Cli", "what this installation has (versions, plugins, credential store)"
        ),
    )
    info.set_defaults(func=_cmd_info)
    from lk3_desktop.cli_server import add_server_commands

    add_server_commands(sub)
    return parser


def _add_init(sub: Any) -> None:
    init = sub.add_parser(
        "init", help=QCoreApplication.translate("Cli", "create a new database without the GUI")
    )
    init.add_argument("--data-dir", type=Path, required=True)
    init.add_argument("--center-name", required=True)
    init.add_argument("--center-code", default="")
    init.add_argument("--username", required=True)
    init.add_argument("--full-name", required=True)
    init.add_argument("--password-stdin", action="store_true", required=True)
    init.set_defaults(func=_cmd_init)


def _add_office_commands(sub: Any) -> None:
    check = sub.add_parser(
        "check",
        help=QCoreApplication.translate("Cli", "verify the key, integrity, schema and audit chain"),
    )
    check.add_argument("--data-dir", type=Path, required=True)
    check.add_argument("--username")
    how = check.add_mutually_exclusive_group(required=True)
    how.add_argument("--password-stdin", action="store_true")
    how.add_argument("--recovery-code-stdin", action="store_true")
    check.add_argument(
        "--expected-head",
        metavar="HEX",
        help=QCoreApplication.translate(
            "Cli",
            "an audit chain head printed earlier (report, backup label): it must still be in "
            "the chain",
        ),
    )
    check.set_defaults(func=_cmd_check)

    demo = sub.add_parser(
        "demo", help=QCoreApplication.translate("Cli", "build a database of synthetic demo data")
    )
    demo.add_argument("--data-dir", type=Path, required=True)
    demo.add_argument("--clients", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--password-stdin", action="store_true", required=True)
    demo.set_defaults(func=_cmd_demo)

    backup = sub.add_parser(
        "backup", help=QCoreApplication.translate("Cli", "write a verified .lk3backup file")
    )
    backup.add_argument("--data-dir", type=Path, required=True)
    backup.add_argument("--username", required=True)
    backup.add_argument("--password-stdin", action="store_true", required=True)
    backup.add_argument(
        "--to",
        type=Path,
        required=True,
        help=QCoreApplication.translate("Cli", "backup file or folder"),
    )
    backup.set_defaults(func=_cmd_backup)

    restore = sub.add_parser(
        "restore",
        help=QCoreApplication.translate("Cli", "restore a .lk3backup file into a data folder"),
    )
    restore.add_argument("--data-dir", type=Path, required=True)
    restore.add_argument("--from", dest="from_file", type=Path, required=True)
    restore.add_argument("--username")
    how = restore.add_mutually_exclusive_group(required=True)
    how.add_argument("--password-stdin", action="store_true")
    how.add_argument("--recovery-code-stdin", action="store_true")
    restore.add_argument(
        "--accept-other-center",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli", "restore even a backup of another center or database than the folder holds"
        ),
    )
    restore.set_defaults(func=_cmd_restore)


def _add_export_commands(sub: Any) -> None:
    export = sub.add_parser(
        "export",
        help=QCoreApplication.translate(
            "Cli", "everything held about one client (UU PDP), as JSON or PDF"
        ),
    )
    export.add_argument("--data-dir", type=Path, required=True)
    export.add_argument("--username", required=True)
    export.add_argument("--password-stdin", action="store_true", required=True)
    export.add_argument(
        "--client",
        type=int,
        required=True,
        help=QCoreApplication.translate("Cli", "the client's number (id)"),
    )
    export.add_argument("--format", choices=("json", "pdf"), default="json")
    export.add_argument(
        "--to",
        type=Path,
        required=True,
        help=QCoreApplication.translate("Cli", "the file to write"),
    )
    export.set_defaults(func=_cmd_export)

    report = sub.add_parser(
        "report",
        help=QCoreApplication.translate(
            "Cli", "the periodic report for Dinas Sosial as PDF, XLSX or CSV (head only)"
        ),
    )
    report.add_argument("--data-dir", type=Path, required=True)
    report.add_argument("--username", required=True)
    report.add_argument("--password-stdin", action="store_true", required=True)
    day = QCoreApplication.translate("Cli", "YYYY-MM-DD")
    report.add_argument("--from", dest="date_from", type=_date, required=True, help=day)
    report.add_argument("--to", dest="date_to", type=_date, required=True, help=day)
    report.add_argument("--format", choices=("pdf", "xlsx", "csv"), default="pdf")
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        help=QCoreApplication.translate("Cli", "the file to write"),
    )
    report.set_defaults(func=_cmd_report)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if any(arg in SUBCOMMANDS or arg in ("-h", "--help") for arg in args_list):
        _use_app_language()  # the GUI installs its catalogue itself, with its QApplication
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", _cmd_gui)
    try:
        if func is not _cmd_gui and isinstance(getattr(args, "data_dir", None), Path):
            # the app completes it itself, and says so in a window
            _settle_folder(args.data_dir)
        return func(args)
    except KnownError as exc:
        return _fail(exc)
    except KeyboardInterrupt:
        return 130
