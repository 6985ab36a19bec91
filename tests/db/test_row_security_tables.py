"""Every table that holds a case's clinical content gets a row-security policy on an office
server (db/server/security.py): a new table with a case_id, or one hanging off a clinical
table, fails here until it is covered or named not clinical with the reason."""

from __future__ import annotations

from lk3_desktop.db.models import Base
from lk3_desktop.db.server.security import CASE_TABLES, CHILD_TABLES, NOT_CLINICAL

COVERED = {*CASE_TABLES, *CHILD_TABLES, "note_drafts", "attachments"}


def test_every_table_of_a_case_is_covered_or_named_not_clinical() -> None:
    uncovered = []
    for table in Base.metadata.sorted_tables:
        parents = {fk.column.table.name for fk in table.foreign_keys} & COVERED
        of_a_case = "case_id" in table.columns or parents
        if of_a_case and table.name not in COVERED | NOT_CLINICAL:
            uncovered.append(table.name)
    assert uncovered == [], (
        "give these a policy in lk3_desktop/db/server/security.py (CASE_TABLES or "
        "CHILD_TABLES), or add them to NOT_CLINICAL with the reason"
    )


def test_child_tables_name_a_real_column_and_parent() -> None:
    tables = Base.metadata.tables
    for name, (column, parent) in CHILD_TABLES.items():
        assert column in tables[name].columns, name
        assert parent in tables, name
