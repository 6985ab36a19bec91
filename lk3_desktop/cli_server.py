"""`lk3-desktop server ...`: office server mode from the command line (DESIGN.md "Office
server mode"). The superuser's password comes from ``PGPASSWORD``, as for psql."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication

EXIT_OK = 0
EXIT_USAGE = 64


def _say(text: str, *values: object, file: TextIO | None = None) -> None:
    """Print a line in the app's language with its %1, %2... filled."""
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", str(value))
    print(text, file=file or sys.stdout)


def _superuser_password() -> str | None:
    password = os.environ.get("PGPASSWORD")
    if not password:
        _say(
            "lk3-desktop: "
            + QCoreApplication.translate(
                "Cli", "set PGPASSWORD to the server superuser's password"
            ),
            file=sys.stderr,
        )
        return None
    return password


def _cmd_init(args: argparse.Namespace) -> int:
    from lk3_desktop.cli import _read_secret_line, print_card_codes
    from lk3_desktop.services import accounts, office_server

    superuser_password = _superuser_password()
    if superuser_password is None:
        return EXIT_USAGE
    password = _read_secret_line()
    target = office_server.ServerTarget(
        args.host, args.port, args.database, args.superuser, superuser_password
    )
    result = office_server.init_server(
        target,
        accounts.CenterInput(
            name=args.center_name, center_code=args.center_code, head_name=args.full_name
        ),
        accounts.NewAccount(args.username, args.full_name, password),
        extra_hosts=tuple(args.tls_host or ()),
    )
    office_server.write_enrollment_file(args.enrollment_out, result.enrollment)
    volume = result.volume
    _say(
        QCoreApplication.translate("Cli", "Office database %1 created on %2:%3"),
        args.database,
        args.host,
        args.port,
    )
    _say(
        QCoreApplication.translate("Cli", "TLS certificate for: %1 (office CA in the enrollment)"),
        ", ".join(result.tls_hosts),
    )
    _say(QCoreApplication.translate("Cli", "Enrollment file (no secrets): %1"), args.enrollment_out)
    if result.failed_login_delay:
        _say(QCoreApplication.translate("Cli", "Failed logins: delayed by the server (auth_delay)"))
    else:
        _say(
            QCoreApplication.translate(
                "Cli", "Failed logins: the server delays them after its next restart (auth_delay)"
            )
        )
    if not volume.verified:
        _say(
            QCoreApplication.translate("Cli", "Encrypted volume: NOT VERIFIED (%1)."), volume.detail
        )
        _say(
            "  "
            + QCoreApplication.translate(
                "Cli", "Put the server's data on an encrypted volume (LUKS, BitLocker)."
            )
        )
    elif volume.encrypted:
        _say(QCoreApplication.translate("Cli", "Encrypted volume: yes (%1)"), volume.detail)
    else:
        _say(QCoreApplication.translate("Cli", "Encrypted volume: NO (%1)."), volume.detail)
        _say(
            "  "
            + QCoreApplication.translate(
                "Cli", "Names and identifiers are readable on this disk: move the data to LUKS."
            )
        )
    print_card_codes(result.recovery_key_code, result.recovery_code)
    return EXIT_OK


def _cmd_enroll(args: argparse.Namespace) -> int:
    from lk3_desktop.db.workstation import detect_store
    from lk3_desktop.services import office_server

    enrollment = office_server.read_enrollment_file(args.from_file)
    office_server.enroll(args.data_dir, enrollment, detect_store())
    _say(
        QCoreApplication.translate(
            "Cli", "%1 is enrolled with the office server %2:%3 (database %4)"
        ),
        args.data_dir,
        enrollment.host,
        enrollment.port,
        enrollment.database,
    )
    return EXIT_OK


def _cmd_upgrade(args: argparse.Namespace) -> int:
    from lk3_desktop.db.server.enrollment import read_enrollment
    from lk3_desktop.services import office_server

    superuser_password = _superuser_password()
    if superuser_password is None:
        return EXIT_USAGE
    enrollment = read_enrollment(args.data_dir)
    target = office_server.ServerTarget(
        enrollment.host, enrollment.port, enrollment.database, args.superuser, superuser_password
    )
    before = office_server.upgrade_server(target, enrollment, args.data_dir)
    _say(
        QCoreApplication.translate("Cli", "Office database %1 upgraded from revision %2"),
        enrollment.database,
        before,
    )
    return EXIT_OK


def _cmd_migrate(args: argparse.Namespace) -> int:
    from lk3_desktop.cli import _read_secret_line
    from lk3_desktop.db.instance_lock import DataFolderLock
    from lk3_desktop.db.workstation import detect_store
    from lk3_desktop.services import office_server, server_migration

    superuser_password = _superuser_password()
    if superuser_password is None:
        return EXIT_USAGE
    password = _read_secret_line()
    enrollment = office_server.read_enrollment_file(args.to_enrollment)
    with DataFolderLock(args.data_dir):
        result = server_migration.migrate_to_server(
            args.data_dir,
            detect_store(),
            args.username,
            password,
            enrollment,
            args.superuser,
            superuser_password,
        )
    office_server.write_enrollment_file(args.to_enrollment, result.enrollment)
    _say(
        QCoreApplication.translate("Cli", "Moved to %1:%2/%3:"),
        enrollment.host,
        enrollment.port,
        enrollment.database,
    )
    for table, count in sorted(result.counts.items()):
        if count:
            _say(
                f"  {table:<28} {count:>8} "
                + QCoreApplication.translate("Cli", "rows (equal on both)")
            )
    _say(
        QCoreApplication.translate(
            "Cli", "Audit chain verified on the server: %1 entries, head %2"
        ),
        result.audit_entries,
        result.audit_head[:16],
    )
    _say(
        QCoreApplication.translate("Cli", "Letters: %1 stored PDFs, each with its hash unchanged"),
        result.letters,
    )
    _say(
        QCoreApplication.translate(
            "Cli", "Enrollment file rewritten for the office's database id: %1"
        ),
        args.to_enrollment,
    )
    _say(
        "  "
        + QCoreApplication.translate(
            "Cli", "Enroll every workstation from this file (lk3-desktop server enroll)."
        )
    )
    if result.temporary_passwords:
        _say(
            QCoreApplication.translate(
                "Cli", "Temporary passwords (each person replaces theirs at the first sign-in):"
            )
        )
        for username, temporary in sorted(result.temporary_passwords.items()):
            print(f"  {username}: {temporary}")
    _say(
        QCoreApplication.translate(
            "Cli", "The data folder %1 was not changed; keep it as a backup."
        ),
        args.data_dir,
    )
    return EXIT_OK


def add_server_commands(sub: Any) -> None:
    """The ``server`` command and its subcommands, on the main parser's subparsers."""
    server = sub.add_parser(
        "server", help=QCoreApplication.translate("Cli", "office server mode (PostgreSQL)")
    )
    commands = server.add_subparsers(dest="server_command", required=True)

    _add_init(commands)

    enroll = commands.add_parser(
        "enroll",
        help=QCoreApplication.translate("Cli", "make a data folder this workstation's profile"),
    )
    enroll.add_argument("--data-dir", type=Path, required=True)
    enroll.add_argument("--from", dest="from_file", type=Path, required=True)
    enroll.set_defaults(func=_cmd_enroll)

    upgrade = commands.add_parser(
        "upgrade",
        help=QCoreApplication.translate(
            "Cli", "bring the server's database to this program's schema (superuser)"
        ),
    )
    upgrade.add_argument("--data-dir", type=Path, required=True)
    upgrade.add_argument(
        "--superuser",
        required=True,
        help=QCoreApplication.translate("Cli", "its password from PGPASSWORD"),
    )
    upgrade.set_defaults(func=_cmd_upgrade)

    migrate = commands.add_parser(
        "migrate",
        help=QCoreApplication.translate(
            "Cli", "move an office from this computer onto the office server"
        ),
    )
    migrate.add_argument(
        "--data-dir",
        type=Path,
        required=True,
        help=QCoreApplication.translate("Cli", "the embedded office"),
    )
    migrate.add_argument("--to-enrollment", type=Path, required=True)
    migrate.add_argument(
        "--username",
        required=True,
        help=QCoreApplication.translate("Cli", "a head of the embedded office"),
    )
    migrate.add_argument("--password-stdin", action="store_true", required=True)
    migrate.add_argument(
        "--superuser",
        default="postgres",
        help=QCoreApplication.translate("Cli", "the server's superuser (password: PGPASSWORD)"),
    )
    migrate.set_defaults(func=_cmd_migrate)


def _add_init(commands: Any) -> None:
    """``server init``: the office's database on a PostgreSQL server, and its first head."""
    init = commands.add_parser(
        "init",
        help=QCoreApplication.translate("Cli", "make the office's database on a PostgreSQL server"),
    )
    init.add_argument(
        "--host",
        required=True,
        help=QCoreApplication.translate("Cli", "the name or address workstations use"),
    )
    init.add_argument("--port", type=int, default=5432)
    init.add_argument("--database", required=True)
    init.add_argument(
        "--superuser",
        required=True,
        help=QCoreApplication.translate("Cli", "its password from PGPASSWORD"),
    )
    init.add_argument("--center-name", required=True)
    init.add_argument("--center-code", default="")
    init.add_argument("--username", required=True)
    init.add_argument("--full-name", required=True)
    init.add_argument("--password-stdin", action="store_true", required=True)
    init.add_argument("--enrollment-out", type=Path, required=True)
    init.add_argument(
        "--tls-host",
        action="append",
        help=QCoreApplication.translate("Cli", "another name or address of the server (repeat)"),
    )
    init.set_defaults(func=_cmd_init)
