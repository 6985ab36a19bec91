"""What both engines do the same way, written once."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lk3_desktop.db.models import NumberSequence

# An upsert that adds one and returns the new value. On PostgreSQL the updated row stays
# locked until the transaction ends; on SQLite the whole write transaction is (BEGIN IMMEDIATE).
_NEXT_VALUE = text(
    "INSERT INTO number_sequences (name, last_value) VALUES (:name, 1)"
    " ON CONFLICT (name) DO UPDATE SET last_value = number_sequences.last_value + 1"
    " RETURNING last_value"
)


def next_counter_value(session: Session, name: str) -> int:
    value = int(session.execute(_NEXT_VALUE, {"name": name}).scalar_one())
    loaded = session.identity_map.get(session.identity_key(NumberSequence, name))
    if loaded is not None:
        session.expire(loaded)  # the statement went around the ORM
    return value
