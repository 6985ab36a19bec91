"""Checking a whole register before anything is written: the preview, and the dry run.

:func:`plan_import` reads the database (the office's regency, counselors, lists, and who is
already registered) in one read-only transaction and checks every row; it writes nothing,
not even an audit entry, so a dry run leaves the database file byte for byte as it was.
Duplicates (same NIK, or same name and birth date) are found against the database and
within the file, and never merged: such a row is listed, unless the office marked it as a
different person ("Bukan orang yang sama": YA).
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import (
    OperationCancelled,
    RegisterNumbersDamaged,
    Sentence,
    ValidationError,
)
from lk3_desktop.core.region_names import RegionMatcher
from lk3_desktop.core.register_cells import is_number_damaged
from lk3_desktop.core.register_columns import FIELD_LABELS
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db.models import CenterProfile, Client, PmksCategory, ProblemArea, User
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.register_import.mapping import ImportMapping
from lk3_desktop.services.register_import.reading import SourceTable
from lk3_desktop.services.register_import.rows import (
    Counselor,
    CounselorMatcher,
    FailedRow,
    Question,
    ReadyRow,
    RowContext,
    RowReason,
    check_row,
)

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]
NameKey = tuple[str, datetime.date]


@dataclass(frozen=True)
class OpenQuestion:
    question: Question
    rows: int  # rows waiting on its answer


@dataclass(frozen=True)
class ImportPlan:
    table: SourceTable
    mapping: ImportMapping
    ready: tuple[ReadyRow, ...]
    failed: tuple[FailedRow, ...]
    questions: tuple[OpenQuestion, ...]

    @property
    def duplicates(self) -> int:
        return sum(1 for f in self.failed if f.duplicate)

    @property
    def cases(self) -> int:
        return sum(1 for r in self.ready if r.case is not None)


@dataclass
class Registered:
    """Who is registered already, by NIK and by name and birth date (merged records aside)."""

    by_nik: dict[str, int]
    by_name: dict[NameKey, int]

    @classmethod
    def read(cls, s: Session) -> Registered:
        rows = s.execute(
            select(Client.id, Client.nik, Client.full_name, Client.birth_date).where(
                Client.merged_into_id.is_(None)
            )
        )
        by_nik: dict[str, int] = {}
        by_name: dict[NameKey, int] = {}
        for client_id, nik, name, birth in rows:
            if nik:
                by_nik.setdefault(nik, client_id)
            if birth is not None and name:
                by_name.setdefault((name.lower(), birth), client_id)
        return cls(by_nik, by_name)

    def find(self, values: Mapping[str, object]) -> list[tuple[int, str]]:
        """(client id, "nik" or "name") of the registered clients the values resemble."""
        found: list[tuple[int, str]] = []
        nik = values.get("nik")
        if isinstance(nik, str) and nik in self.by_nik:
            found.append((self.by_nik[nik], "nik"))
        key = name_key(values)
        if key in self.by_name and all(c != self.by_name[key] for c, _ in found):
            found.append((self.by_name[key], "name"))
        return found


def name_key(values: Mapping[str, object]) -> NameKey | None:
    birth, name = values.get("birth_date"), values.get("full_name")
    if isinstance(birth, datetime.date) and isinstance(name, str) and name:
        return name.lower(), birth
    return None


def refuse_damaged_numbers(table: SourceTable, mapping: ImportMapping) -> None:
    """RegisterNumbersDamaged when the NIK or KK column holds numbers Excel cut short."""
    for key in ("nik", "kk_number"):
        index = mapping.column_of(key)
        if index is None:
            continue
        damaged = [r.cells[index] for r in table.rows if is_number_damaged(r.cells[index])]
        if damaged:
            first = damaged[0]
            example = f"{first:.5E}" if isinstance(first, int | float) else str(first)
            raise RegisterNumbersDamaged(FIELD_LABELS[key], len(damaged), example)


def _check_columns(mapping: ImportMapping) -> None:
    if mapping.column_of("full_name") is None:
        raise ValidationError("import.name_column_required")
    has_birth = any(
        mapping.column_of(k) is not None for k in ("birth_date", "birth_place_date", "age", "nik")
    )
    if not has_birth:
        raise ValidationError("import.birth_column_required")
    if mapping.column_of("sex") is None and mapping.column_of("nik") is None:
        raise ValidationError("import.sex_column_required")
    if mapping.open_cases and mapping.column_of("intake_date") is None:
        raise ValidationError("import.intake_column_required")


def _context(s: Session, session: UserSession, mapping: ImportMapping) -> RowContext:
    profile = s.get(CenterProfile, 1)
    users = s.execute(
        select(User.id, User.username, User.full_name).where(
            User.active.is_(True), User.role.in_([Role.KONSELOR.value, Role.KEPALA.value])
        )
    )
    counselors = [Counselor(i, u, n) for i, u, n in users]
    areas = s.execute(select(ProblemArea.code).where(ProblemArea.active.is_(True))).scalars()
    ppks = s.execute(select(PmksCategory.code).where(PmksCategory.active.is_(True))).scalars()
    return RowContext(
        session,
        mapping,
        RegionMatcher(profile.regency_code if profile else None, mapping.regions),
        CounselorMatcher(counselors, mapping.counselors),
        frozenset(areas),
        frozenset(ppks),
    )


def plan_import(
    session: UserSession,
    table: SourceTable,
    mapping: ImportMapping,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ImportPlan:
    """Every row of ``table`` checked as ``mapping`` says; nothing is written (head only)."""
    session.require(Permission.IMPORT_REGISTER)
    _check_columns(mapping)
    refuse_damaged_numbers(table, mapping)
    with session.store.transaction() as s:
        ctx = _context(s, session, mapping)
        registered = Registered.read(s)
    ready: list[ReadyRow] = []
    failed: list[FailedRow] = []
    asked: dict[str, Question] = {}
    waiting: Counter[str] = Counter()
    in_file = Registered({}, {})  # rows ready so far, by the same keys (row numbers as ids)
    total = len(table.rows)
    for done, source in enumerate(table.rows, start=1):
        if done % 200 == 0:
            if should_stop is not None and should_stop():
                raise OperationCancelled("import preview")
            if progress is not None:
                progress(done, total)
        outcome, questions = check_row(ctx, source.number, source.cells)
        for q in questions:
            asked.setdefault(q.key, q)
            waiting[q.key] += 1
        if isinstance(outcome, ReadyRow):
            kept = _against_others(outcome, registered, in_file, failed)
            if kept is not None:
                ready.append(kept)
        else:
            failed.append(outcome)
    if progress is not None:
        progress(total, total)
    open_questions = tuple(OpenQuestion(asked[k], waiting[k]) for k in asked)
    return ImportPlan(table, mapping, tuple(ready), tuple(failed), open_questions)


def _against_others(
    row: ReadyRow, registered: Registered, in_file: Registered, failed: list[FailedRow]
) -> ReadyRow | None:
    """The row, unless it resembles a registered client or an earlier row and was not marked
    as a different person; then it is listed as a duplicate (and None comes back)."""
    values = dict(row.values)
    known = registered.find(values)
    earlier = in_file.find(values)
    if (known or earlier) and not row.not_duplicate:
        reasons = [_same_client(client_id, how) for client_id, how in known]
        reasons += [_same_row(number, how) for number, how in earlier]
        failed.append(FailedRow(row.number, tuple(reasons), duplicate=True))
        return None
    if isinstance(values.get("nik"), str):
        in_file.by_nik.setdefault(str(values["nik"]), row.number)
    key = name_key(values)
    if key is not None:
        in_file.by_name.setdefault(key, row.number)
    if known:
        return ReadyRow(
            row.number,
            row.values,
            row.nik_reason,
            row.not_duplicate,
            row.ppks,
            row.case,
            tuple(client_id for client_id, _ in known),
        )
    return row


def _same_client(client_id: int, how: str) -> RowReason:
    if how == "nik":
        return RowReason(Sentence("import.same_client_nik", {"client": str(client_id)}))
    return RowReason(Sentence("import.same_client_name", {"client": str(client_id)}))


def _same_row(number: int, how: str) -> RowReason:
    if how == "nik":
        return RowReason(Sentence("import.same_row_nik", {"row": str(number)}))
    return RowReason(Sentence("import.same_row_name", {"row": str(number)}))
