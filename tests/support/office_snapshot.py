"""The usual office made once per test session (per xdist worker) and copied into each test that
asks for the ``office`` fixture of tests/conftest.py on the embedded engine (and, with Rina and
Tuti only, of tests/ui/conftest.py).

Making it (the head's database, then Rina, Dedi and Tuti each made and signed in, then the
Hidayat household) was most of those tests' set-up time: about 0.97 s, against 0.33 s for
copying the folder, the workstation secret and signing the four in again. The copy is the
office :func:`support.office.build_office` makes, with the same ids, people and records; the
one difference is in the audit trail, which also holds the sign-ins of the copy (four
``login.success`` entries after the household). ``tests/services/test_office_snapshot.py``
proves the copy holds what building it holds. ``LK3_TEST_NO_OFFICE_SNAPSHOT=1`` builds it for
every test as before.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from lk3_desktop.db.models import AuditEntry, Case, Client, FamilyMember, KeySeal, User
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession
from support.casework import COUNSELOR_PASSWORD, Household
from support.factories import HEAD_PASSWORD, MemoryKeyring, init_database, login
from support.office import Office, build_office

if TYPE_CHECKING:
    from support.server_snapshot import ServerOffice

USED: pytest.StashKey[Snapshot | ServerOffice] = pytest.StashKey()
"""On a test item: the snapshot its ``initialized`` office was copied from (on the embedded
engine, or on the session's PostgreSQL server: support/server_snapshot.py)."""


@dataclass(frozen=True)
class Snapshot:
    folder: Path
    secrets: dict[tuple[str, str], str]  # the MemoryKeyring's entries (workstation secret)
    recovery_code: str
    recovery_key_code: str
    people: tuple[str, ...]
    home: Household


def make(folder: Path, people: tuple[str, ...] = ("rina", "dedi", "tuti")) -> Snapshot:
    """Build the usual office (with ``people``) in ``folder`` and close every store."""
    keyring = MemoryKeyring()
    store = KeyringStore(keyring, timeout=5)
    made = init_database(folder, store)
    built = build_office(made.session, folder, store, people)
    built.close()
    made.session.store.close()
    return Snapshot(
        folder,
        dict(keyring.entries),
        made.recovery_code,
        made.recovery_key_code,
        tuple(built.people),
        built.home,
    )


def wanted(request: pytest.FixtureRequest, office_fixture: Any) -> bool:
    """Whether the test's ``office`` is ``office_fixture`` (the conftest's usual office), or a
    fixture of the test's own that builds on it."""
    if os.environ.get("LK3_TEST_NO_OFFICE_SNAPSHOT"):
        return False
    usual = getattr(office_fixture, "_get_wrapped_function", lambda: office_fixture)()
    info = getattr(request.node, "_fixtureinfo", None)
    chain = list(info.name2fixturedefs.get("office", ())) if info is not None else []
    while chain:
        last = chain.pop()
        if last.func in (usual, office_fixture):
            return True
        if "office" not in last.argnames:
            return False
    return False


def copy(
    snapshot: Snapshot, folder: Path, keyring: MemoryKeyring, store: KeyringStore
) -> accounts.InitResult:
    """The snapshot's office in ``folder`` with its head signed in, as ``initialized`` gives."""
    shutil.copytree(snapshot.folder, folder)
    keyring.entries.update(snapshot.secrets)
    head = login(folder, store, "kepala", HEAD_PASSWORD)
    return accounts.InitResult(head, snapshot.recovery_code, snapshot.recovery_key_code)


def office_from(
    snapshot: Snapshot | ServerOffice, head: Any, folder: Path, store: object
) -> Office:
    """The copied office with its people signed in, as :func:`build_office` returns it."""
    office = Office(head, folder, store)
    for username in snapshot.people:
        office.people[username] = login(folder, store, username, COUNSELOR_PASSWORD)
    office.homes["home"] = snapshot.home
    return office


def office_contents(head: UserSession) -> dict[str, Any]:
    """What a copied office must hold as the office built the real way holds it: people,
    clients, family members, cases (their sealed presenting problem opened), key seals and the
    audit trail's actions, in id order (the copy's own sign-ins come after the last action)."""
    with head.store.transaction() as s:
        return {
            "users": [
                (u.id, u.username, u.full_name, u.role, u.active)
                for u in s.execute(select(User).order_by(User.id)).scalars()
            ],
            "clients": [
                (c.id, c.full_name, c.sex, c.birth_date)
                for c in s.execute(select(Client).order_by(Client.id)).scalars()
            ],
            "members": [
                (m.id, m.family_id, m.client_id, m.relationship, m.name)
                for m in s.execute(select(FamilyMember).order_by(FamilyMember.id)).scalars()
            ],
            "cases": [
                (
                    c.id,
                    c.client_id,
                    c.family_id,
                    c.registration_number,
                    c.intake_date,
                    c.counselor_id,
                    c.stage,
                    c.presenting_problem,
                )
                for c in s.execute(select(Case).order_by(Case.id)).scalars()
            ],
            "seals": sorted(
                ((k.scope, k.scope_id, k.user_id) for k in s.execute(select(KeySeal)).scalars()),
                key=str,  # the recovery key's seal has no user
            ),
            "actions": list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars()),
        }
