"""Import of an office's existing client register (Excel .xlsx or CSV).

Read the file (:func:`read_table`), decide the columns (:func:`suggested`, or a mapping file
through :func:`from_json`), check every row without writing anything (:func:`plan_import`:
the preview and the dry run), then import the ready rows in one transaction
(:func:`commit_import`) and hand the office the failed rows to fix (:func:`save_error_workbook`).
Head only; audited with counts.
"""

from lk3_desktop.services.register_import.committing import ImportResult, commit_import
from lk3_desktop.services.register_import.error_workbook import (
    error_workbook_bytes,
    save_error_workbook,
)
from lk3_desktop.services.register_import.mapping import (
    ImportMapping,
    from_json,
    read_mapping_file,
    suggested,
    to_json,
)
from lk3_desktop.services.register_import.planning import ImportPlan, OpenQuestion, plan_import
from lk3_desktop.services.register_import.reading import (
    SourceRow,
    SourceTable,
    list_sheets,
    read_table,
)
from lk3_desktop.services.register_import.rows import FailedRow, Question, ReadyRow, RowReason

__all__ = [
    "FailedRow",
    "ImportMapping",
    "ImportPlan",
    "ImportResult",
    "OpenQuestion",
    "Question",
    "ReadyRow",
    "RowReason",
    "SourceRow",
    "SourceTable",
    "commit_import",
    "error_workbook_bytes",
    "from_json",
    "list_sheets",
    "plan_import",
    "read_mapping_file",
    "read_table",
    "save_error_workbook",
    "suggested",
    "to_json",
]
