"""Issue 19 item 7: a server office backs up into the same ``.lk3backup`` format, and that
backup restores into an embedded data folder on one computer whose ``check`` passes, with every
row, the audit chain and the letters' stored PDFs as they were on the server."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import case_note
from support.factories import HEAD_PASSWORD, make_vault
from support.office import Office

from lk3_desktop.db.engine import create_keyed_engine
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.transfer import row_counts
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import audit_log, backup, integrity, sessions

pytestmark = pytest.mark.postgres


def test_a_server_backup_restores_into_an_embedded_folder_whose_check_passes(
    office: Office, tmp_path: Path, cred_store: KeyringStore
) -> None:
    sessions.save_note(
        office.rina,
        case_note(office.home.case_id, "Catatan di server."),
    )
    with office.head.store.storage.snapshot(office.head.store.engine) as conn:
        on_server = row_counts(conn)
    chain = audit_log.verify_chain(office.head)
    made = backup.back_up(office.head, tmp_path / "cadangan")
    assert made.path.suffix == ".lk3backup"

    home = tmp_path / "satu-komputer"
    backup.restore_with_password(
        made.path, home, cred_store, "kepala", HEAD_PASSWORD, vault_factory=make_vault
    )
    assert (home / "lk3.db").is_file() and not (home / "lk3.server").exists()
    keys = integrity.keys_from_password(make_vault(home, cred_store), "kepala", HEAD_PASSWORD)
    lines = integrity.run_checks(home, keys)
    assert all(line.ok for line in lines), lines
    engine = create_keyed_engine(home / "lk3.db", keys[0])
    try:
        with engine.connect() as conn:
            restored = row_counts(conn)
            # the audit trail went on (the chain's view, the backup itself, each with its
            # signed checkpoint): compared below
            for grown in ("audit_log", "audit_checkpoints"):
                assert restored.pop(grown) >= on_server.pop(grown)
            assert restored == on_server
            hashes = list(conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id)).scalars())
    finally:
        engine.dispose()
    assert hashes[: chain.count][-1] == chain.head  # the chain went across as it was
    assert hashlib.sha256(made.path.read_bytes()).hexdigest()  # a real file was written
