"""The engine interface: one instance per engine (``SQLITE``, ``POSTGRES``)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

# Names of the append-only guards on audit_log (triggers on both engines).
AUDIT_GUARDS = ("audit_log_no_update", "audit_log_no_delete")
# The client search index: ``rowid`` is the client id, three text columns.
SEARCH_TABLE = "client_search"


@dataclass(frozen=True)
class SearchSql:
    """The engine's part of a client search for the words typed (each of three or more
    characters, lower case; every one must match).

    ``source`` is a FROM item named ``fs`` with columns id, rank (smaller is better), names,
    identifiers and address, holding the clients where every word is found in some column.
    ``in_names`` and ``in_people`` are conditions over ``fs``: every word in the names; every
    word in the names or identifiers. ``params`` binds all three.
    """

    source: str
    in_names: str
    in_people: str
    params: dict[str, Any] = field(default_factory=dict)


class Storage(ABC):
    """What one engine does its own way."""

    name: str

    # -- schema (called by Alembic revisions with ``op``) ---------------------------------

    @abstractmethod
    def create_audit_guard(self, op: Any) -> None:
        """Make the database itself refuse UPDATE and DELETE on audit_log."""

    @abstractmethod
    def drop_audit_guard(self, op: Any) -> None: ...

    @abstractmethod
    def audit_guards(self, conn: Connection | Session) -> set[str]:
        """The names of the audit_log guards present (a subset of AUDIT_GUARDS)."""

    @abstractmethod
    def create_search_index(self, op: Any) -> None:
        """The client search table ``client_search (rowid, names, identifiers, address)``."""

    @abstractmethod
    def drop_search_index(self, op: Any) -> None: ...

    @abstractmethod
    def erase_deleted_search_terms(self, op: Any, on: bool) -> None:
        """Whether a row deleted from the search index leaves no terms behind at once."""

    @abstractmethod
    def sync_id_sequences(self, conn: Connection | Session) -> None:
        """After rows were written with explicit ids (a revision's seed rows, the demo's
        bulk insert, a copy between engines): new rows continue after the highest id."""

    @abstractmethod
    def snapshot(self, engine: Engine) -> AbstractContextManager[Connection]:
        """A read-only connection that sees one moment of the whole database (for a backup
        written table by table while others keep working)."""

    # -- inside a service's transaction ---------------------------------------------------

    @abstractmethod
    def begin(self, session: Session) -> None:
        """First in every transaction of a store: one transaction of the office at a time,
        so that what a service reads before it writes is still so when it commits (a
        referral still unsigned, a name still free), on either engine."""

    @abstractmethod
    def lock_audit_chain(self, session: Session) -> None:
        """Before reading the chain head to append: one writer at a time, until commit."""

    @abstractmethod
    def next_counter_value(self, session: Session, name: str) -> int:
        """Add one to the named counter (made at 0 when new) and return it; the row stays
        locked until the transaction ends, so concurrent issuers wait and never share a
        value."""

    @abstractmethod
    def prepare_erasure(self, session: Session) -> None:
        """Before an anonymisation deletes and overwrites: what is deleted is not kept."""

    @abstractmethod
    def flush_erased(self, engine: Engine) -> None:
        """After it committed: old copies of the changed rows leave the storage's logs."""

    def appointment_sessions(self, session: Session, ids: list[int]) -> dict[int, int]:
        """The session note written from each of the appointments ``ids`` (appointment id ->
        note id): ids only, which the schedule shows to everyone, staf included, whom a
        server's row security keeps from the notes themselves."""
        from lk3_desktop.db.models import CounselingSession

        rows = session.execute(
            select(CounselingSession.appointment_id, CounselingSession.id).where(
                CounselingSession.appointment_id.in_(ids)
            )
        )
        return {int(a): int(n) for a, n in rows if a is not None}

    def announce_changes(self, session: Session) -> None:
        """Before commit: tell the other workstations which rows this transaction changed
        (table and id only, never content); they refresh what shows them. Nobody else
        shares one computer's file, so only a server announces."""
        return None

    def row_hidden(self, session: Session, table: str, row_id: int) -> bool:
        """Whether the row ``table.id = row_id`` exists but the signed-in person's own
        connection may not see it (a server's row security): a service then refuses as it
        would on one computer, instead of answering "not found". Never on one computer."""
        return False

    @abstractmethod
    def search_sql(self, words: tuple[str, ...], phrase: str) -> SearchSql:
        """The index part of a search for ``words`` (see SearchSql)."""
