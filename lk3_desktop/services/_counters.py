"""Named counters (letter and case numbers per year) taken inside the caller's transaction.

Internal to ``services/``: the caller holds an open SQLAlchemy session and commits the value with
the record that uses it.
"""

from __future__ import annotations

import datetime

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.numbering import format_number
from lk3_desktop.db.models import NumberSequence
from lk3_desktop.db.storage import storage_for
from lk3_desktop.services.context import UserSession


def next_sequence_value(s: Session, name: str) -> int:
    """Take the next value of a named counter inside the caller's transaction (locked until
    it ends, on either engine).

    A value is never given twice: the counter is committed with the record that uses it,
    and a rolled-back transaction takes its increment with it.
    """
    return storage_for(s).next_counter_value(s, name)


MAX_NUMBER_SKIPS = 1000  # past this a template keeps making issued numbers: ask for another


def next_free_number(
    s: Session,
    session: UserSession,
    counter: str,
    template: str,
    when: datetime.date,
    center_code: str,
    issued: InstrumentedAttribute[str],
) -> tuple[int, str]:
    """The next value of ``counter`` and its number, passing over numbers already in
    ``issued`` (a template changed and changed back can make one again).

    A value passed over is never reused and never skipped silently: each one is audited as
    ``number.skipped`` with the value and the number it would have made.
    """
    for _ in range(MAX_NUMBER_SKIPS):
        seq = next_sequence_value(s, counter)
        number = format_number(template, seq, when, center_code)
        if s.execute(select(issued).where(issued == number).limit(1)).first() is None:
            return seq, number
        session.audit(
            s,
            "number.skipped",
            "number_sequence",
            counter,
            {"value": seq, "number": number, "reason": "taken"},
        )
    raise ValidationError(
        "number.template_exhausted",
        "template",
    )


def peek_free_number(
    s: Session,
    counter: str,
    template: str,
    when: datetime.date,
    center_code: str,
    issued: InstrumentedAttribute[str],
) -> str:
    """The number :func:`next_free_number` would give now, without taking it (a preview):
    nothing is written, and another signature in between may take it first."""
    row = s.get(NumberSequence, counter)
    value = row.last_value if row is not None else 0
    for _ in range(MAX_NUMBER_SKIPS):
        value += 1
        number = format_number(template, value, when, center_code)
        if s.execute(select(issued).where(issued == number).limit(1)).first() is None:
            return number
    raise ValidationError(
        "number.template_exhausted",
        "template",
    )
