"""Clinical content sealed under its case's key, for the ORM and for bulk rows alike.

Which columns are sealed is one table here (:data:`SEALED`). Services keep reading and
writing plain text on the mapped objects: when a row is loaded, its sealed columns are opened
with the signed-in person's case key; when it is flushed, changed ones are sealed first (AES-256-
GCM, a fresh nonce, associated data: database id, table, column, row id and case id). Nobody
without a seal of the case's key reads them, whatever they do with the database key.

A sealed text value is ``lk3c1:<case id>:<base64 of nonce || ciphertext>``; a sealed binary
value (a letter's PDF) is ``LK3C1`` + the case id (8 bytes) + nonce || ciphertext. The case id
in the value only says which key to try: it is part of the associated data, so a value moved to
another row, column or case does not open.

Values without the prefix are plain text written before the office had keys; they read as they
are until the office upgrade seals them. Where the person holds no key of the case, a sealed
value reads as empty and the row refuses to be written with a new value in that column
(:class:`~lk3_desktop.core.errors.NoCaseKey`), so it is never overwritten by accident.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, attributes
from sqlalchemy.orm.state import InstanceState

from lk3_desktop.core.client_safety_plan import STEPS
from lk3_desktop.core.errors import NoCaseKey
from lk3_desktop.core.text_input import storable
from lk3_desktop.db.aead import SealError, aead_open, aead_seal, new_key

TEXT_PREFIX = "lk3c1:"
BINARY_PREFIX = b"LK3C1"
KEYRING = "lk3_case_keys"  # Session.info: the signed-in person's CaseKeys
UNAVAILABLE = "lk3_sealed_unavailable"  # InstanceState.info: columns that did not open

# table -> sealed columns. README "What is sealed" lists the same.
SEALED: dict[str, tuple[str, ...]] = {
    "cases": ("presenting_problem", "closing_reason"),
    "case_stage_changes": ("note",),
    "case_assignments": ("reason",),
    "counseling_sessions": ("note_sections", "interventions", "homework", "plan"),
    "session_addenda": ("text",),
    "note_drafts": ("payload",),
    "instrument_administrations": ("answers", "note"),
    "administration_addenda": ("text",),
    "psychosocial_assessments": (
        "presenting_problem",
        "history",
        "family_relations",
        "genogram_notes",
        "strengths",
        "risk_factors",
        "needs",
        "conclusion",
    ),
    "psychosocial_addenda": ("text",),
    "safety_plan_items": ("who", "action", "timing"),
    "client_safety_plans": STEPS,  # the plan's seven steps, as core names them
    "client_safety_plan_addenda": ("text",),
    "referrals": (
        "reason",
        "services_requested",
        "family_summary",
        "problem_summary",
        "assessment_summary",
        "reply_text",
    ),
    "referral_status_changes": ("note",),
    "referral_letters": ("pdf",),
    "risk_flags": ("action_taken",),
    "case_goals": ("description",),
    "goal_reviews": ("note",),
}

# What a sealed column reads as where its key is not held: empty, in the column's own format
# (JSON columns read as empty JSON, so a reader that got this far shows an empty record).
UNREADABLE: dict[tuple[str, str], str] = {
    ("counseling_sessions", "note_sections"): "{}",
    ("psychosocial_assessments", "needs"): "{}",
    ("note_drafts", "payload"): "{}",
    ("instrument_administrations", "answers"): "[]",
}

# How a new row finds its case: its own column, or (parent table, parent-id column).
CASE_OF: dict[str, str | tuple[str, str]] = {
    "cases": "id",
    "case_stage_changes": "case_id",
    "case_assignments": "case_id",
    "counseling_sessions": "case_id",
    "note_drafts": "case_id",
    "instrument_administrations": "case_id",
    "psychosocial_assessments": "case_id",
    "referrals": "case_id",
    "risk_flags": "case_id",
    "client_safety_plans": "case_id",
    "case_goals": "case_id",
    "session_addenda": ("counseling_sessions", "session_id"),
    "administration_addenda": ("instrument_administrations", "administration_id"),
    "psychosocial_addenda": ("psychosocial_assessments", "assessment_id"),
    "safety_plan_items": ("psychosocial_assessments", "assessment_id"),
    "client_safety_plan_addenda": ("client_safety_plans", "plan_id"),
    "referral_status_changes": ("referrals", "referral_id"),
    "referral_letters": ("referrals", "referral_id"),
    "goal_reviews": ("case_goals", "goal_id"),
}


def _aad(database_id: str, table: str, column: str, row_id: int, case_id: int) -> bytes:
    return f"lk3-cell|{database_id}|{table}|{column}|{row_id}|{case_id}".encode()


def is_sealed(value: object) -> bool:
    if isinstance(value, str):
        return value.startswith(TEXT_PREFIX)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value[: len(BINARY_PREFIX)]) == BINARY_PREFIX
    return False


def case_of_value(value: object) -> int | None:
    """The case id a sealed value names (None for a plain value)."""
    try:
        if isinstance(value, str) and value.startswith(TEXT_PREFIX):
            return int(value[len(TEXT_PREFIX) :].split(":", 1)[0])
        if isinstance(value, bytes | bytearray | memoryview) and is_sealed(value):
            raw = bytes(value)
            return int.from_bytes(raw[len(BINARY_PREFIX) : len(BINARY_PREFIX) + 8], "big")
    except ValueError:
        return None
    return None


def seal_value(
    key: bytes, database_id: str, table: str, column: str, row_id: int, case_id: int, value: Any
) -> Any:
    """``value`` (text or bytes) sealed for this cell; empty values stay empty (nothing to
    hide, and an erased note reads as erased)."""
    if value is None or value == "" or value == b"":
        return value
    aad = _aad(database_id, table, column, row_id, case_id)
    if isinstance(value, bytes | bytearray | memoryview):
        return BINARY_PREFIX + case_id.to_bytes(8, "big") + aead_seal(key, bytes(value), aad)
    # What the engine does to every bound text (db/engine.py), before it becomes ciphertext.
    sealed = aead_seal(key, storable(str(value)).encode("utf-8"), aad)
    return f"{TEXT_PREFIX}{case_id}:{base64.b64encode(sealed).decode('ascii')}"


def open_value(
    key: bytes, database_id: str, table: str, column: str, row_id: int, value: Any
) -> Any:
    """The plain value of a sealed cell; SealError when it does not open here."""
    case_id = case_of_value(value)
    if case_id is None:
        raise SealError("not sealed")
    aad = _aad(database_id, table, column, row_id, case_id)
    if isinstance(value, str):
        raw = base64.b64decode(value[len(TEXT_PREFIX) :].split(":", 1)[1], validate=True)
        return aead_open(key, raw, aad).decode("utf-8")
    raw = bytes(value)[len(BINARY_PREFIX) + 8 :]
    return aead_open(key, raw, aad)


# -- the keyring --------------------------------------------------------------------------------

KeyLoader = Callable[[Session, int], bytes | None]
KeyMaker = Callable[[Session, int], bytes]


@dataclass
class CaseKeys:
    """The case keys one signed-in person holds, opened on first use and kept for the session.

    ``load`` opens the person's seal of a case key (None when they hold none); ``create``
    makes the key of a case that has none yet and seals it to its people (it is kept here for
    the rest of the session, whoever made it). Both come from the services layer, which knows
    the certificates.
    """

    database_id: str
    load: KeyLoader
    create: KeyMaker
    exists: Callable[[Session, int], bool]
    _keys: dict[int, bytes] = field(default_factory=dict, repr=False)
    _missing: set[int] = field(default_factory=set, repr=False)

    def get(self, s: Session, case_id: int) -> bytes | None:
        if case_id in self._keys:
            return self._keys[case_id]
        if case_id in self._missing:
            return None
        key = self.load(s, case_id)
        if key is None:
            self._missing.add(case_id)
        else:
            self._keys[case_id] = key
        return key

    def for_writing(self, s: Session, case_id: int) -> bytes:
        key = self.get(s, case_id)
        if key is not None:
            return key
        if self.exists(s, case_id):
            raise NoCaseKey(f"case {case_id}")
        key = self.create(s, case_id)
        self._keys[case_id] = key
        self._missing.discard(case_id)
        return key

    def new_transaction(self) -> None:
        """A case key missing before may have been sealed to the person since (reassignment
        by a head at another desk): look again."""
        self._missing.clear()

    def forget(self, case_id: int) -> None:
        """After the person's seal of a case was removed (reassignment)."""
        self._keys.pop(case_id, None)
        self._missing.discard(case_id)

    def wipe(self) -> None:
        self._keys.clear()
        self._missing.clear()


def keyring_of(s: Session) -> CaseKeys | None:
    value = s.info.get(KEYRING)
    return value if isinstance(value, CaseKeys) else None


# -- ORM events -------------------------------------------------------------------------------


def _table(obj: object) -> str | None:
    table = getattr(type(obj), "__tablename__", None)
    return table if isinstance(table, str) and table in SEALED else None


def _open_loaded(target: Any, attrs: Iterable[str] | None = None) -> None:
    table = _table(target)
    if table is None:
        return
    state: InstanceState[Any] = inspect(target)
    s = state.session
    wanted = SEALED[table] if attrs is None else [a for a in attrs if a in SEALED[table]]
    unavailable: set[str] = state.info.setdefault(UNAVAILABLE, set())
    for column in wanted:
        if column not in state.dict:
            continue
        value = state.dict[column]
        if not is_sealed(value):
            unavailable.discard(column)
            continue
        keys = keyring_of(s) if s is not None else None
        case_id = case_of_value(value)
        key = keys.get(s, case_id) if keys is not None and s is not None and case_id else None
        plain: Any = (
            b""
            if isinstance(value, bytes | bytearray | memoryview)
            else UNREADABLE.get((table, column), "")
        )
        if key is not None:
            try:
                plain = open_value(key, keys.database_id, table, column, target.id, value)  # type: ignore[union-attr]
                unavailable.discard(column)
            except SealError:
                unavailable.add(column)
        else:
            unavailable.add(column)
        attributes.set_committed_value(target, column, plain)


def readable(obj: object, column: str) -> bool:
    """Whether ``column`` of a loaded row opened for the signed-in person (plain values do)."""
    state: InstanceState[Any] = inspect(obj)
    return column not in state.info.get(UNAVAILABLE, set())


def _case_id(s: Session, obj: Any, table: str) -> int:
    how = CASE_OF[table]
    if isinstance(how, str):
        value = getattr(obj, how)
    else:
        parent_table, column = how
        parent_id = getattr(obj, column)
        parent = _mapper_of(parent_table)
        row = next((o for o in s.new if isinstance(o, parent) and o.id == parent_id), None)
        if row is None:
            with s.no_autoflush:
                row = s.get(parent, parent_id)
        value = None if row is None else _case_id(s, row, parent_table)
    if not isinstance(value, int):
        raise ValueError(f"{table}: no case for a sealed value")
    return value


def _mapper_of(table: str) -> type[Any]:
    from lk3_desktop.db.models import Base

    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise KeyError(table)


@dataclass
class _Pending:
    obj: Any
    column: str
    plain: Any


def _assign_ids(s: Session) -> None:
    """Give every new row of a sealed table its id before the flush: the id is part of each
    sealed cell's associated data. SQLite (one writer at a time) continues the table's max;
    a server takes the next value of the table's own sequence, as an insert would."""
    from sqlalchemy import func, select, text

    server = s.get_bind().dialect.name == "postgresql"
    next_ids: dict[str, int] = {}
    for obj in list(s.new):
        table = _table(obj)
        if table is None or getattr(obj, "id", None) is not None:
            continue
        if server:
            with s.no_autoflush:
                obj.id = s.execute(
                    text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"), {"t": table}
                ).scalar_one()
            continue
        if table not in next_ids:
            cls = type(obj)
            with s.no_autoflush:
                highest = s.execute(select(func.max(cls.id))).scalar() or 0
            taken = [o.id for o in s.new if type(o) is cls and getattr(o, "id", None) is not None]
            next_ids[table] = max([highest, *taken]) + 1
        obj.id = next_ids[table]
        next_ids[table] += 1


def _before_flush(s: Session, _context: Any, _instances: Any) -> None:
    keys = keyring_of(s)
    if keys is None:
        return  # an office without keys yet: plain text, as before
    _assign_ids(s)
    pending: list[_Pending] = s.info.setdefault("lk3_sealed_pending", [])
    for obj in list(s.new) + list(s.dirty):
        table = _table(obj)
        if table is None:
            continue
        state: InstanceState[Any] = inspect(obj)
        unavailable: set[str] = state.info.get(UNAVAILABLE, set())
        for column in SEALED[table]:
            history = state.attrs[column].history
            if obj not in s.new and not history.added:
                continue
            value = getattr(obj, column)
            if value is None or value in ("", b"") or is_sealed(value):
                if obj not in s.new and column in unavailable and history.added:
                    raise NoCaseKey(f"{table}.{column}")
                continue
            if column in unavailable:
                raise NoCaseKey(f"{table}.{column}")
            case_id = _case_id(s, obj, table)
            key = keys.for_writing(s, case_id)
            sealed = seal_value(key, keys.database_id, table, column, obj.id, case_id, value)
            setattr(obj, column, sealed)
            shown = storable(value) if isinstance(value, str) else value
            pending.append(_Pending(obj, column, shown))


def _after_flush(s: Session, _context: Any) -> None:
    pending: list[_Pending] = s.info.pop("lk3_sealed_pending", [])
    for item in pending:
        # The row holds the sealed value; the object goes on showing the plain one.
        attributes.set_committed_value(item.obj, item.column, item.plain)


def install_events() -> None:
    """Register the load/refresh and flush hooks once (idempotent)."""
    if getattr(install_events, "done", False):
        return
    from lk3_desktop.db.models import Base

    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) in SEALED:
            cls = mapper.class_
            event.listen(cls, "load", lambda target, _ctx: _open_loaded(target))
            event.listen(cls, "refresh", lambda target, _ctx, attrs: _open_loaded(target, attrs))
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_flush_postexec", _after_flush)
    install_events.done = True  # type: ignore[attr-defined]


# -- plain rows written before (the office upgrade, bulk inserts) ---------------------------


def new_case_key() -> bytes:
    return new_key()


def _case_sql(table: str) -> tuple[str, str]:
    """SELECT source and case-id expression for every row of ``table``."""
    how = CASE_OF[table]
    if isinstance(how, str):
        return f'"{table}" AS t', f"t.{how}"
    parent, column = how
    parent_how = CASE_OF[parent]
    assert isinstance(parent_how, str)
    return (
        f'"{table}" AS t JOIN "{parent}" AS p ON p.id = t.{column}',
        f"p.{parent_how}",
    )


def seal_batch(s: Session, keys: CaseKeys, table: str, after: int) -> tuple[int | None, int, int]:
    """Seal the plain clinical values of the next rows of ``table`` (ids above ``after``, at
    most BATCH of them) written before the office had keys (the office upgrade; safe to run
    again: sealed values are left alone). The last id looked at (None when no row was left),
    how many rows that was and how many cells were sealed. The caller commits each batch,
    so an office of a million notes is neither held in memory nor sealed in one
    transaction."""
    from sqlalchemy import text

    columns = SEALED[table]
    source, case_expr = _case_sql(table)
    cols = ", ".join(f"t.{c}" for c in columns)
    query = text(
        f"SELECT t.id, {case_expr}, {cols} FROM {source} "
        f"WHERE t.id > :after ORDER BY t.id LIMIT {BATCH}"
    )
    rows = s.execute(query, {"after": after}).all()
    if not rows:
        return None, 0, 0
    return rows[-1][0], len(rows), _seal_batch(s, keys, table, columns, rows)


BATCH = 2000  # rows a transaction of the office upgrade seals


def _seal_batch(
    s: Session, keys: CaseKeys, table: str, columns: tuple[str, ...], rows: Iterable[Any]
) -> int:
    from sqlalchemy import text

    server = s.get_bind().dialect.name == "postgresql"
    done = 0
    for row in rows:
        row_id, case_id, values = row[0], row[1], row[2:]
        changes: dict[str, Any] = {}
        for column, value in zip(columns, values, strict=True):
            if value is None or value in ("", b"") or is_sealed(value) or case_id is None:
                continue
            key = keys.for_writing(s, case_id)
            changes[column] = seal_value(
                key, keys.database_id, table, column, row_id, case_id, value
            )
        if changes:
            assignments = ", ".join(f"{c} = :{c}" for c in changes)
            where, old = "id = :row_id", dict[str, Any]()
            if server:
                # Only where the plain value is still there: another desk may have written
                # the row since it was read (and sealed it as it did). One computer has one
                # writer: the batch's transaction holds the database.
                where += "".join(f" AND {c} = :old_{c}" for c in changes)
                old = {f"old_{c}": v for c, v in zip(columns, values, strict=True) if c in changes}
            s.execute(
                text(f'UPDATE "{table}" SET {assignments} WHERE {where}'),
                {**changes, **old, "row_id": row_id},
            )
            done += len(changes)
    return done
