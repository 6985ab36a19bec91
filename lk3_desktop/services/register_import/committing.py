"""Writing a checked register: every ready row in one transaction, all or nothing.

Each client is registered and each case opened exactly as the forms do it
(``services/_intake.py``), each with its own audit entry naming the import run; one more
entry closes the run with its counts. A cancel, a crash or any error rolls the whole import
back, so the register is either in the record completely or not at all, and importing it
again after a failure is safe.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import OperationCancelled, ValidationError
from lk3_desktop.core.numbering import CASE_NUMBER_TEMPLATE as DEFAULT_TEMPLATE
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import Client, PmksCategory, User, client_pmks
from lk3_desktop.services import _intake
from lk3_desktop.services._setting_rows import CASE_NUMBER_TEMPLATE, read_setting
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.register_import.planning import ImportPlan, Registered
from lk3_desktop.services.register_import.rows import ReadyRow

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


@dataclass(frozen=True)
class ImportResult:
    run: str  # the id every audit entry of this import carries
    imported: int
    cases: int
    failed: int
    duplicates: int


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def _check_still_new(s: Session, plan: ImportPlan) -> None:
    """Someone registered one of these people since the preview: stop, nothing written."""
    registered = Registered.read(s)
    for row in plan.ready:
        known = {client_id for client_id, _ in registered.find(dict(row.values))}
        if known - set(row.duplicate_of):
            raise ValidationError("import.registered_meanwhile", row=str(row.number))


def _check_counselors(s: Session, plan: ImportPlan) -> None:
    wanted = {r.case.counselor_id for r in plan.ready if r.case and r.case.counselor_id}
    active = set(
        s.execute(
            select(User.id).where(
                User.id.in_(wanted),
                User.active.is_(True),
                User.role.in_([Role.KONSELOR.value, Role.KEPALA.value]),
            )
        ).scalars()
    )
    if wanted - active:
        raise ValidationError("import.counselor_inactive")


def _add_row(
    s: Session,
    session: UserSession,
    row: ReadyRow,
    ppks_ids: dict[str, int],
    run: str,
    now: datetime.datetime,
    template: str,
) -> bool:
    detail = {"import": run}
    client_id = _intake.add_client(
        s,
        session,
        row.values,
        now,
        nik_override_reason=row.nik_reason,
        not_duplicate_of=row.duplicate_of,
        detail=detail,
        reindex=row.case is None,  # opening the case indexes the client with its number
    )
    if row.ppks:
        s.execute(
            insert(client_pmks),
            [{"client_id": client_id, "category_id": ppks_ids[code]} for code in row.ppks],
        )
    if row.case is None:
        return False
    client = s.get(Client, client_id)
    assert client is not None
    _intake.add_case(s, session, client, row.case, now, detail, template)
    return True


def commit_import(
    session: UserSession,
    plan: ImportPlan,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ImportResult:
    """Import every ready row of ``plan`` in one transaction (head only)."""
    session.require(Permission.IMPORT_REGISTER)
    if plan.mapping.require_all and plan.failed:
        raise ValidationError("import.some_rows_failed", count=len(plan.failed))
    if not plan.ready:
        raise ValidationError("import.nothing_ready")
    run = secrets.token_hex(6)
    now = _now()
    cases = 0
    total = len(plan.ready)
    with session.store.transaction() as s:
        _check_still_new(s, plan)
        _check_counselors(s, plan)
        template = str(read_setting(s, CASE_NUMBER_TEMPLATE, DEFAULT_TEMPLATE))
        ppks_ids = {
            code: pid for code, pid in s.execute(select(PmksCategory.code, PmksCategory.id))
        }
        for done, row in enumerate(plan.ready, start=1):
            cases += _add_row(s, session, row, ppks_ids, run, now, template)
            if done % 100 == 0:
                if should_stop is not None and should_stop():
                    raise OperationCancelled("import")  # rolls the whole import back
                if progress is not None:
                    progress(done, total)
        result = ImportResult(run, total, cases, len(plan.failed), plan.duplicates)
        session.audit(
            s,
            "register.imported",
            None,
            None,
            {
                "run": run,
                "rows": len(plan.table.rows),
                "imported": total,
                "cases": cases,
                "failed": result.failed,
                "duplicates": result.duplicates,
                "blank_rows": plan.table.blank_rows,
            },
        )
    if progress is not None:
        progress(total, total)
    return result
