"""The ``office`` fixture's copy of the usual office (support/office_snapshot.py) holds what
building it in the test's own folder holds: the same people, clients, family, case and case-key
seals with the same ids, and the same audit trail but for the copy's four sign-ins."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from support.factories import MemoryKeyring, init_database
from support.office import Office, build_office

from lk3_desktop.db.models import AuditEntry, Case, Client, FamilyMember, KeySeal, User
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services.context import UserSession


def _contents(head: UserSession) -> dict[str, Any]:
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


@pytest.mark.embedded_only("the copy is made on the embedded engine only")
def test_the_copied_office_holds_what_building_it_holds(office: Office, tmp_path: Path) -> None:
    if os.environ.get("LK3_TEST_NO_OFFICE_SNAPSHOT"):
        pytest.skip("LK3_TEST_NO_OFFICE_SNAPSHOT: every test builds its office")
    folder = tmp_path / "built"
    store = KeyringStore(MemoryKeyring(), timeout=5)
    head = init_database(folder, store).session
    built = build_office(head, folder, store)
    try:
        copied, made = _contents(office.head), _contents(head)
        assert set(office.people) == set(built.people) == {"rina", "dedi", "tuti"}
        assert office.home == built.home
        assert copied["actions"] == [*made["actions"], *["login.success"] * 4]
        del copied["actions"], made["actions"]
        assert copied == made
        assert made["cases"][0][-1] == "Konflik suami-istri"  # opened with the case's key
    finally:
        built.close()
        head.store.close()
