"""SQL pieces every table of the report shares: dates as stored, age on a day, who counts as
served in a period, and the table builder that sums its columns.

What counts where (the PDF's notes say the same):

- a case is *served* in the period when it was taken in on or before the last day and not
  closed before the first; a client (a family) is served when one of their cases is;
- a *new* client's first case was taken in during the period; *new* cases were taken in
  during it, *closed* cases closed during it;
- a client's age is counted on the period's last day (today in a period not yet over); a
  child is under 18; an estimated age moves on by the years since it was estimated.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    cast,
    column,
    func,
    insert,
    literal,
    or_,
    select,
    table,
    text,
)
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from lk3_desktop.core.vocabulary import ADULT_AGE
from lk3_desktop.db.models import Case, CaseAssignment, CaseStageChange, Client
from lk3_desktop.db.sql_functions import iso_date
from lk3_desktop.documents.periodic_report import ReportRow, ReportTable
from lk3_desktop.services.reports.periods import ReportPeriod

UNKNOWN: Final = "unknown"
# Age bands of the report, (code, label, oldest age in the band); the last is open-ended.
AGE_BANDS: Final = (
    ("0-5", "0\u20135 tahun", 5),
    ("6-12", "6\u201312 tahun", 12),
    ("13-17", "13\u201317 tahun", 17),
    ("18-59", "18\u201359 tahun", 59),
    ("60+", "60 tahun ke atas", None),
)


def midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time())


def year_of(value: Any) -> ColumnElement[int]:
    # As ISO text ("2026-11-28") the parts are plain substrings.
    return cast(func.substr(iso_date(value), 1, 4), Integer)


def age_on(on: Any) -> ColumnElement[Any]:
    """The client's age in whole years on ``on`` (a column or a date), NULL when unknown."""
    if isinstance(on, datetime.date):
        on = literal(on.isoformat())
    birth_years = (
        year_of(on)
        - year_of(Client.birth_date)
        - sql_case(
            (func.substr(iso_date(on), 6, 5) < func.substr(iso_date(Client.birth_date), 6, 5), 1),
            else_=0,
        )
    )
    estimated = Client.estimated_age + sql_case(
        (Client.estimated_on.is_not(None), year_of(on) - year_of(Client.estimated_on)), else_=0
    )
    return sql_case(
        (Client.birth_date.is_not(None), birth_years),
        (Client.estimated_age.is_not(None), estimated),
        else_=None,
    )


def age_band(on: Any) -> ColumnElement[str]:
    age = age_on(on)
    whens: list[tuple[Any, str]] = [(age.is_(None), UNKNOWN)]
    whens += [(age <= top, code) for code, _label, top in AGE_BANDS if top is not None]
    return sql_case(*whens, else_=AGE_BANDS[-1][0])


def child_or_adult(on: datetime.date) -> ColumnElement[str]:
    """ "anak" (under 18), "dewasa", or UNKNOWN, on ``on``."""
    age = age_on(on)
    return sql_case((age.is_(None), UNKNOWN), (age < ADULT_AGE, "anak"), else_="dewasa")


def age_day(period: ReportPeriod, now: datetime.datetime) -> datetime.date:
    """The day ages are counted on: the period's last day, or today in a period not over."""
    return min(period.end, now.date())


def pairs(rows: Iterable[Any]) -> dict[Any, int]:
    return {row[0]: int(row[1]) for row in rows}


def new_cases(period: ReportPeriod) -> ColumnElement[bool]:
    return Case.intake_date.between(period.start, period.end)


def closed_cases(period: ReportPeriod) -> ColumnElement[bool]:
    return Case.closed_on.between(period.start, period.end)


def served_cases(period: ReportPeriod) -> ColumnElement[bool]:
    """Taken in by the last day and not closed before the first."""
    return and_(
        Case.intake_date <= period.end,
        or_(Case.closed_on.is_(None), Case.closed_on >= period.start),
    )


def open_at_end(period: ReportPeriod) -> ColumnElement[bool]:
    return and_(
        Case.intake_date <= period.end,
        or_(Case.closed_on.is_(None), Case.closed_on > period.end),
    )


SERVED_TABLE: Final = "report_served_clients"


def collect_served_clients(s: Session, period: ReportPeriod) -> Any:
    """The ids of the clients served in the period, gathered once into a temporary table
    (column ``client_id``) that the client tables join: five tables read it, and computing
    it once keeps the yearly report of 100,000 clients within a few seconds. The table lives
    in the connection's temporary schema (memory) and :func:`drop_served_clients` removes it
    before the transaction ends."""
    drop_served_clients(s)
    served = select(Case.client_id).where(served_cases(period)).group_by(Case.client_id).subquery()
    s.execute(text(f"CREATE TEMPORARY TABLE {SERVED_TABLE} (client_id INTEGER PRIMARY KEY)"))
    s.execute(
        insert(table(SERVED_TABLE, column("client_id"))).from_select(
            ["client_id"], select(served.c.client_id)
        )
    )
    return table(SERVED_TABLE, column("client_id", Integer))


def drop_served_clients(s: Session) -> None:
    s.execute(text(f"DROP TABLE IF EXISTS {SERVED_TABLE}"))  # the temporary one: no other


def holder_at_end(period: ReportPeriod) -> ColumnElement[Any]:
    """Who held each case at the end of the period: the last assignment made by then; for a
    case whose intake was dated earlier than its first assignment was recorded, that first
    holder; else the case's counselor."""
    before = aliased(CaseAssignment)
    first = aliased(CaseAssignment)
    held = (
        select(before.counselor_id)
        .where(before.case_id == Case.id, before.assigned_at < midnight(period.next_day))
        .order_by(before.assigned_at.desc(), before.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    earliest = (
        select(first.counselor_id)
        .where(first.case_id == Case.id)
        .order_by(first.assigned_at, first.id)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(held, earliest, Case.counselor_id)


def stage_at_end(period: ReportPeriod) -> ColumnElement[Any]:
    changed = (
        select(CaseStageChange.to_stage)
        .where(CaseStageChange.case_id == Case.id, CaseStageChange.changed_on <= period.end)
        .order_by(CaseStageChange.changed_on.desc(), CaseStageChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(changed, Case.stage)


def make_table(
    key: str,
    title: str,
    row_header: str,
    columns: tuple[str, ...],
    rows: list[ReportRow],
    *,
    totals: tuple[int, ...] | bool | None = True,
    note: str = "",
) -> ReportTable:
    """``totals=True`` sums the columns (the "Jumlah" row always equals the sum of the rows
    above it); a tuple gives them; None or False leaves the row out."""
    if totals is True:
        totals = tuple(sum(r.values[i] for r in rows) for i in range(len(columns)))
    elif totals is False:
        totals = None
    return ReportTable(key, title, row_header, columns, tuple(rows), totals, note)


def with_total(values: Iterable[int]) -> tuple[int, ...]:
    """The values and their sum as the last column."""
    items = tuple(values)
    return (*items, sum(items))
