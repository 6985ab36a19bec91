"""Issue 19 item 5: other workstations learn within moments what changed, by LISTEN/NOTIFY on
the office database. A committed change announces its table and id only (never content); a
transaction that rolled back announces nothing."""

from __future__ import annotations

import dataclasses

import psycopg
import pytest
from support.office import Office
from support.postgres import HOST, ServerForTests

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.storage.postgres import CHANGES_CHANNEL
from lk3_desktop.services import clients

pytestmark = pytest.mark.postgres


def _listener(server: ServerForTests, office: Office) -> psycopg.Connection:
    vault = office.head.store.vault
    assert isinstance(vault, ServerVault)
    conn = psycopg.connect(
        host=HOST,
        port=server.cluster.port,
        dbname=vault.enrollment.database,
        user="postgres",
        password=server.cluster.password,
        autocommit=True,
        **server.tls,
    )
    conn.execute(f"LISTEN {CHANGES_CHANNEL}")
    return conn


def _heard(conn: psycopg.Connection) -> list[str]:
    return [n.payload for n in conn.notifies(timeout=2.0, stop_after=50)]


def test_a_saved_client_is_announced_by_table_and_id_only(
    pg_server: ServerForTests, office: Office
) -> None:
    listener = _listener(pg_server, office)
    try:
        cid = office.home.client_id
        before = clients.get_client(office.tuti, cid)
        assert _heard(listener) == []  # reading announces nothing
        clients.update_client(
            office.tuti, cid, dataclasses.replace(before.data, occupation="Pedagang pasar")
        )
        heard = _heard(listener)
        assert f"clients:{cid}" in heard
        assert all(":" in p and "Pedagang" not in p and "Dewi" not in p for p in heard)

        with pytest.raises(ValidationError):  # refused: rolled back, nothing announced
            clients.update_client(office.tuti, cid, dataclasses.replace(before.data, full_name=" "))
        assert _heard(listener) == []
    finally:
        listener.close()
