"""Sentences about the office server (services/office_server.py, services/server_migration.py).
The English text of each ValidationError code (see the package).
"""

from __future__ import annotations

from lk3_desktop.ui.validation_texts.marking import QT_TRANSLATE_NOOP

SERVER: dict[str, str] = {
    "server.database_exists": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A database of this name already exists on the server. Choose another name.",
    ),
    "server.folder_not_empty": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "This data folder already holds LK3 data. Enroll an empty or new folder.",
    ),
    "server.not_lk3_database": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This database on the server is not an LK3 database."
    ),
    "server.migrate_target_in_use": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "The database on the server already holds work of an office. An office moves only into "
        "a new database made by lk3-desktop server init.",
    ),
    "server.migrate_counts_differ": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "After the move the server holds a different number of rows in: {tables}. Nothing of "
        "the office on this computer was changed; do not use the server's copy.",
    ),
    "server.migrate_chain_broken": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "After the move the audit trail on the server does not verify. Nothing of the office on "
        "this computer was changed; do not use the server's copy.",
    ),
    "server.migrate_letters_differ": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "After the move a letter's stored PDF or its hash differs on the server. Nothing of the "
        "office on this computer was changed; do not use the server's copy.",
    ),
}
