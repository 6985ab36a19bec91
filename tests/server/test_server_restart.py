"""Issue 19 items 6 and 8: the server stopped and started again in the middle of a session.
While it is down, every call ends in ServerUnreachable (a known error: one sentence, no
traceback) and nothing half-written stays; once it is back, the same signed-in session goes on
without signing in again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from support.casework import household
from support.factories import FAST_KDF, HEAD_PASSWORD, init_database, login
from support.postgres import ServerForTests

from lk3_desktop.core.errors import KnownError, ServerUnreachable
from lk3_desktop.db.server import connect
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import clients

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_a_session_survives_the_server_stopping_and_starting_again(
    own_server: ServerForTests, data_dir: Path, cred_store: KeyringStore
) -> None:
    enrollment, bootstrap = own_server.new_office()
    vault = ServerVault(data_dir, cred_store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap)
    init_database(data_dir, cred_store, vault=vault).session.store.close()
    head = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    try:
        cid = household(head, None).client_id
        before = clients.get_client(head, cid)
        typed = dataclasses.replace(before.data, occupation="Penjahit")

        own_server.cluster.stop("fast")
        with pytest.raises(ServerUnreachable) as down:
            clients.update_client(head, cid, typed, expected_version=before.version)
        assert isinstance(down.value, KnownError)

        own_server.cluster.start()
        saved = clients.update_client(head, cid, typed, expected_version=before.version)
        assert saved.data.occupation == "Penjahit" and saved.version == before.version + 1
    finally:
        head.store.close()


def test_a_restart_while_nobody_worked_costs_the_next_call_nothing(
    own_server: ServerForTests,
    data_dir: Path,
    cred_store: KeyringStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pooled connections died with the server: the next transaction notices before it
    does anything and connects anew, instead of failing once. (A connection is checked only
    after IDLE_PING_AFTER seconds unused: none here, so the test need not wait.)"""
    monkeypatch.setattr(connect, "IDLE_PING_AFTER", 0.0)
    enrollment, bootstrap = own_server.new_office()
    vault = ServerVault(data_dir, cred_store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap)
    init_database(data_dir, cred_store, vault=vault).session.store.close()
    head = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    try:
        cid = household(head, None).client_id
        own_server.cluster.stop("fast")
        own_server.cluster.start()
        assert clients.get_client(head, cid).id == cid
    finally:
        head.store.close()
