"""Which clients another workstation's committed change concerns (office server mode).

The server announces rows by table and id only (``db/server/changes``). A screen that shows
one client asks here whether a batch touched that client: each announced row is followed up
its foreign keys to its client (a session addendum to its note, the note to its case, the
case to its client). The reads run as the signed-in person's login role, so a row the
server's row security hides from them leads nowhere, as it should.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from lk3_desktop.db.models import Base
from lk3_desktop.db.server.changes import ChangeFeed, Changes
from lk3_desktop.db.server.connect import own_backends
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.services.context import UserSession

__all__ = ["ChangeFeed", "Changes", "change_feed", "clients_touched", "touches_clients"]

# Follow at most this many foreign keys from an announced row to its client.
_MAX_HOPS = 3
# Foreign keys that lead to another record, not to the one the row belongs to.
_NOT_OWNER = frozenset({"users", "partners", "partner_types", "rooms", "pmks_categories"})


def change_feed(session: UserSession) -> ChangeFeed | None:
    """A listening connection for what the other workstations commit, as the person signed
    in to ``session`` (not connected yet); None on one computer, where only this app writes."""
    store = session.store
    vault = store.vault
    if not isinstance(vault, ServerVault) or vault.login is None:
        return None
    engine = store.engine
    return ChangeFeed(
        store.folder,
        vault.enrollment,
        vault.login.role,
        vault.login.secret,
        own=lambda: own_backends(engine),
    )


def clients_touched(session: UserSession, changes: Changes) -> frozenset[int] | None:
    """The clients whose rows ``changes`` announced, or None when that cannot be told (a
    batch of 'everything'). Rows of tables that belong to no client are left out."""
    if changes.everything:
        return None
    named = {t: ids for t, ids in changes.rows.items() if ids}
    if not named and any(_belongs_to_client(t) for t in changes.rows):
        # Only rows of two keys (a client's PMKS category) were announced: whose is not said.
        # Beside a named row they are written with it (the client, the case, the attachment).
        return None
    found: set[int] = set()
    with session.store.transaction() as s:
        for table, ids in sorted(named.items()):
            found |= _client_ids(s, table, ids, _MAX_HOPS)
    return frozenset(found)


def touches_clients(changes: Changes) -> bool:
    """Whether ``changes`` may concern what a client list shows (no database needed)."""
    return changes.everything or any(_belongs_to_client(t) for t in changes.tables)


def _table(name: str) -> Table | None:
    return Base.metadata.tables.get(name)


def _belongs_to_client(name: str, hops: int = _MAX_HOPS) -> bool:
    table = _table(name)
    if table is None or hops < 0:
        return False
    if name in ("clients", "families") or "client_id" in table.c or "case_id" in table.c:
        return True
    return any(_belongs_to_client(parent, hops - 1) for _col, parent in _parents(table))


def _parents(table: Table) -> list[tuple[str, str]]:
    """(column, parent table) of the foreign keys that lead to what the row belongs to."""
    found: list[tuple[str, str]] = []
    for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
        parent = fk.column.table.name
        if parent not in _NOT_OWNER and parent != table.name:
            found.append((fk.parent.name, parent))
    return found


def _client_ids(s: Session, name: str, ids: Collection[int], hops: int) -> set[int]:
    table = _table(name)
    keys = list(table.primary_key.columns) if table is not None else []
    if table is None or hops < 0 or not ids or len(keys) != 1:
        return set()
    wanted = sorted(ids)
    if name in ("clients", "subject_keys"):  # a subject key is named by its client's id
        return set(wanted)
    if name == "families":
        members = _table("family_members")
        assert members is not None
        rows = s.execute(select(members.c.client_id).where(members.c.family_id.in_(wanted)))
        return {int(r) for r in rows.scalars() if r is not None}
    for column, parent in (("client_id", "clients"), ("case_id", "cases"), *_parents(table)):
        if column not in table.c:
            continue
        parent_ids = {
            int(r)
            for r in s.execute(select(table.c[column]).where(keys[0].in_(wanted))).scalars()
            if r is not None
        }
        if parent_ids:
            return _client_ids(s, parent, parent_ids, hops - 1)
    return set()
