"""The ``office`` fixture's copy of the usual office (support/office_snapshot.py) holds what
building it in the test's own folder holds: the same people, clients, family, case and case-key
seals with the same ids, and the same audit trail but for the copy's four sign-ins."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.factories import MemoryKeyring, init_database
from support.office import Office, build_office
from support.office_snapshot import office_contents

from lk3_desktop.db.workstation import KeyringStore


@pytest.mark.embedded_only("the copy is made on the embedded engine only")
def test_the_copied_office_holds_what_building_it_holds(office: Office, tmp_path: Path) -> None:
    if os.environ.get("LK3_TEST_NO_OFFICE_SNAPSHOT"):
        pytest.skip("LK3_TEST_NO_OFFICE_SNAPSHOT: every test builds its office")
    folder = tmp_path / "built"
    store = KeyringStore(MemoryKeyring(), timeout=5)
    head = init_database(folder, store).session
    built = build_office(head, folder, store)
    try:
        copied, made = office_contents(office.head), office_contents(head)
        assert set(office.people) == set(built.people) == {"rina", "dedi", "tuti"}
        assert office.home == built.home
        assert copied["actions"] == [*made["actions"], *["login.success"] * 4]
        del copied["actions"], made["actions"]
        assert copied == made
        assert made["cases"][0][-1] == "Konflik suami-istri"  # opened with the case's key
    finally:
        built.close()
        head.store.close()
