"""SQL expressions that each engine writes its own way, for queries that are otherwise the same.

A service uses them like any SQLAlchemy function; the statement is compiled for the engine it
runs on (SQLite or PostgreSQL), so the service never asks which one that is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement[float]):
    """``later - earlier`` in days, for two date columns or expressions."""

    type = Float()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    return (
        f"(julianday({compiler.process(later, **kw)})"
        f" - julianday({compiler.process(earlier, **kw)}))"
    )


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    return (
        f"(CAST({compiler.process(later, **kw)} AS date)"
        f" - CAST({compiler.process(earlier, **kw)} AS date))"
    )


class iso_date(FunctionElement[str]):
    """A date (column, expression or ISO text) as ISO text ``YYYY-MM-DD``, whose parts are
    then plain substrings on both engines."""

    type = String()
    inherit_cache = True
    name = "iso_date"


@compiles(iso_date, "sqlite")
def _iso_date_sqlite(element: iso_date, compiler: Any, **kw: Any) -> str:
    # SQLite keeps dates as ISO text already.
    (value,) = list(element.clauses)
    return str(compiler.process(value, **kw))


@compiles(iso_date, "postgresql")
def _iso_date_postgresql(element: iso_date, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"to_char(CAST({compiler.process(value, **kw)} AS date), 'YYYY-MM-DD')"
