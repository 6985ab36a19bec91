"""``lk3-desktop import``: an office's Excel or CSV register into the record, without a screen.

    lk3-desktop import --data-dir DIR --username U --password-stdin --from register.xlsx
        [--sheet NAME] [--mapping mapping.json] [--open-cases] [--dry-run]
        [--errors FILE] [--write-mapping FILE] [--require-all]

Every row is checked first (the preview); a dry run stops there and writes nothing to the
database. Names that could not be matched for certain (a misspelt kecamatan, "Pak Joko" as
counselor) are listed as questions: answer them in the mapping file (``--write-mapping``
writes one with the suggested columns and every question) and run again. Rows that fail go to
an error workbook (``--errors``, by default ``<register>-baris-gagal.xlsx`` beside the
register when importing) to be fixed and imported again. Exit 0 when every row was ready,
1 when some rows were not imported (listed), 2 on an error (nothing imported).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

EXIT_OK = 0
EXIT_SOME_FAILED = 1
ROWS_LISTED = 20

Bar = Callable[[int, int], None]


def add_import_parser(sub: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    parser = sub.add_parser(
        "import",
        help=QCoreApplication.translate(
            "Cli", "import an office's client register (Excel .xlsx or CSV), head only"
        ),
    )
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password-stdin", action="store_true", required=True)
    parser.add_argument("--from", dest="from_file", type=Path, required=True)
    parser.add_argument(
        "--sheet",
        default="",
        help=QCoreApplication.translate("Cli", "the sheet to read (default: the first)"),
    )
    parser.add_argument(
        "--mapping",
        type=Path,
        help=QCoreApplication.translate("Cli", "JSON file: columns and answers (see README)"),
    )
    parser.add_argument(
        "--open-cases",
        action="store_true",
        help=QCoreApplication.translate("Cli", "open a case (intake) for every client"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("Cli", "check every row and write nothing"),
    )
    parser.add_argument(
        "--errors",
        type=Path,
        help=QCoreApplication.translate("Cli", "where to write the rows not imported (.xlsx)"),
    )
    parser.add_argument(
        "--write-mapping",
        type=Path,
        help=QCoreApplication.translate("Cli", "write the mapping used, with every open question"),
    )
    parser.add_argument(
        "--require-all",
        action="store_true",
        help=QCoreApplication.translate("Cli", "import nothing when any row fails"),
    )
    parser.set_defaults(func=handler)


def _mapping(args: argparse.Namespace, table: Any) -> Any:
    from lk3_desktop.services import register_import as ri

    doc: dict[str, Any] = ri.read_mapping_file(args.mapping) if args.mapping else {}
    if args.open_cases:
        doc["open_cases"] = True
    if args.require_all:
        doc["require_all"] = True
    return ri.from_json(doc, table.headers, table.keys)


def _describe_table(table: Any, mapping: Any) -> None:
    from lk3_desktop.core.register_columns import FIELD_LABELS

    rows = "-".join(str(n) for n in (table.header_rows[0], table.header_rows[-1]))
    print(
        QCoreApplication.translate(
            "Cli",
            "Register: %1 (sheet %2), header row(s) %3, %4 data rows (%5 blank rows and %6 "
            "repeated headers skipped)",
        )
        .replace("%1", table.path.name)
        .replace("%2", table.sheet or "-")
        .replace("%3", rows)
        .replace("%4", str(len(table.rows)))
        .replace("%5", str(table.blank_rows))
        .replace("%6", str(table.repeated_headers))
    )  # fmt: skip
    for header, key in zip(table.headers, mapping.columns, strict=True):
        field = FIELD_LABELS[key] if key else QCoreApplication.translate("Cli", "(not imported)")
        print(f"  {header:<32} -> {field}")


def _describe_plan(plan: Any) -> None:
    from lk3_desktop.ui.import_reasons import reason_text

    print(
        QCoreApplication.translate(
            "Cli",
            "Checked: %1 ready (%2 with a case), %3 not ready (%4 of them possible duplicates, "
            "never merged)",
        )
        .replace("%1", str(len(plan.ready)))
        .replace("%2", str(plan.cases))
        .replace("%3", str(len(plan.failed)))
        .replace("%4", str(plan.duplicates))
    )  # fmt: skip
    if plan.questions:
        print(
            QCoreApplication.translate(
                "Cli", "Questions to answer in the mapping file (%1):"
            ).replace("%1", str(len(plan.questions)))
        )
        from lk3_desktop.core.region_names import LEVEL_WORDS  # not for every start's parser

        for open_q in plan.questions:
            q = open_q.question
            what = LEVEL_WORDS.get(q.level, "Konselor")
            choices = "; ".join(f"{code} {name}" for code, name in q.candidates[:5]) or "-"
            rows = QCoreApplication.translate("Cli", "%1 rows").replace("%1", str(open_q.rows))
            print(f'  {what} "{q.written}" ({rows}): {choices}')
    for failed in plan.failed[:ROWS_LISTED]:
        said = " ".join(reason_text(r) for r in failed.reasons)
        print(
            "  "
            + QCoreApplication.translate("Cli", "row %1: %2")
            .replace("%1", str(failed.number))
            .replace("%2", said)
        )
    if len(plan.failed) > ROWS_LISTED:
        more = str(len(plan.failed) - ROWS_LISTED)
        print(
            "  "
            + QCoreApplication.translate("Cli", "... and %1 more (see the error workbook)").replace(
                "%1", more
            )
        )


def _write_mapping(path: Path, plan: Any) -> None:
    from lk3_desktop.core.region_names import question_key
    from lk3_desktop.services import register_import as ri
    from lk3_desktop.services.register_import.mapping import COUNSELOR_LEVEL, counselor_key

    mapping = plan.mapping
    questions = []
    for open_q in plan.questions:
        q = open_q.question
        if q.level == COUNSELOR_LEVEL:
            answer = mapping.counselors.get(counselor_key(q.written))
        else:
            answer = mapping.regions.get(question_key(q.level, q.within, q.written))
        shown = [f"{code} {name}" for code, name in q.candidates]
        questions.append((q.level, q.written, q.within, answer, shown))
    doc = ri.to_json(plan.table.headers, mapping, questions)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        QCoreApplication.translate(
            "Cli", 'Mapping written to %1: answer each question\'s "code" and run again.'
        ).replace("%1", str(path))
    )


def run_import(args: argparse.Namespace, password: str, bar: Bar) -> int:
    """The command's work: sign in, read, check, then import unless a dry run."""
    from lk3_desktop.cli_session import signed_in
    from lk3_desktop.db.store import require_data_folder
    from lk3_desktop.services import register_import as ri

    require_data_folder(args.data_dir)
    table = ri.read_table(args.from_file, args.sheet, bar)
    mapping = _mapping(args, table)
    _describe_table(table, mapping)
    with signed_in(args.data_dir, args.username, password) as session:
        plan = ri.plan_import(session, table, mapping, bar)
        _describe_plan(plan)
        if args.write_mapping:
            _write_mapping(args.write_mapping, plan)
        errors: Path | None = args.errors
        if errors is None and plan.failed and not args.dry_run:
            errors = args.from_file.with_name(f"{args.from_file.stem}-baris-gagal.xlsx")
        if errors is not None and plan.failed:
            from lk3_desktop.ui.import_reasons import indonesian_reason

            ri.save_error_workbook(session, plan, errors, indonesian_reason)
            print(
                QCoreApplication.translate(
                    "Cli", "Rows not imported written to %1: fix them and import that file."
                ).replace("%1", str(errors))
            )
        if args.dry_run:
            print(
                QCoreApplication.translate("Cli", "Dry run: nothing was written to the database.")
            )
        else:
            result = ri.commit_import(session, plan, bar)
            print(
                QCoreApplication.translate(
                    "Cli", "Imported %1 clients and %2 cases in one transaction (audit run %3)."
                )
                .replace("%1", str(result.imported))
                .replace("%2", str(result.cases))
                .replace("%3", result.run)
            )
    return EXIT_SOME_FAILED if plan.failed else EXIT_OK
