"""Issue 19 item 7: ``server migrate`` moves an embedded office (here a demo office) onto
the server: every row, counts equal, the audit chain verified across the move, the letters'
PDFs and hashes unchanged; then a workstation enrolled with the server signs in, and check
passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from support.factories import FAST_KDF, init_database, login, make_vault
from support.postgres import ServerForTests

from lk3_desktop.db.models import ReferralLetter
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import (
    accounts,
    demo,
    integrity,
    integrity_server,
    office_keys,
    office_server,
)
from lk3_desktop.services.server_migration import migrate_to_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PASSWORD = "Demo-Kantor-LK3-2026"


def test_a_demo_office_moves_onto_the_server_whole(
    pg_server: ServerForTests, tmp_path: Path, cred_store: KeyringStore
) -> None:
    embedded = tmp_path / "satu-komputer"
    made = demo.generate(embedded, cred_store, PASSWORD, 40, vault=make_vault(embedded, cred_store))
    assert made.clients == 40
    # What `server init` leaves: a new office database with its head, nothing else yet.
    enrollment, bootstrap = pg_server.new_office()
    init_profile = tmp_path / "init"
    init_database(
        init_profile,
        cred_store,
        vault=ServerVault(
            init_profile, cred_store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap
        ),
    ).session.store.close()
    try:
        result = migrate_to_server(
            embedded, cred_store, "kepala", PASSWORD, enrollment, bootstrap.role, bootstrap.password
        )
        assert result.counts["clients"] >= 40 and result.letters > 0
        assert result.enrollment.database_id != enrollment.database_id  # the office's own id
        assert set(result.temporary_passwords) == set(made.usernames) - {"kepala"}

        desk = tmp_path / "meja"
        office_server.enroll(desk, result.enrollment, cred_store)
        head = login(desk, cred_store, "kepala", PASSWORD)
        with head.store.transaction() as s:
            assert s.execute(select(func.count()).select_from(ReferralLetter)).scalar() == (
                result.letters
            )
        office_code, _root = office_keys.card_extras(head)
        head.store.close()
        # The office's recovery card, printed on one computer, signs in on the server.
        assert office_code is not None
        accounts.recovery_unlock(
            desk,
            cred_store,
            made.recovery_code,
            vault=make_vault(desk, cred_store),
            office_code=office_code,
        ).store.close()
        vault = make_vault(desk, cred_store)
        assert isinstance(vault, ServerVault)
        keys = integrity.keys_from_password(vault, "kepala", PASSWORD)
        lines = integrity_server.run_checks(vault, keys)
        assert all(line.ok for line in lines), lines
        counselor = made.usernames[1]
        moved = login(desk, cred_store, counselor, result.temporary_passwords[counselor])
        assert moved.actor.must_change_password
        moved.store.close()
    finally:
        pg_server.drop(enrollment.database)
