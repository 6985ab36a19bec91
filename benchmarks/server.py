"""The client list against an office server (issue 19 item 9): ``python -m benchmarks --server``.

A PostgreSQL cluster of the run's own (started as the tests start theirs: initdb and pg_ctl in
a temporary folder, 127.0.0.1 only, TLS from an office CA), the cached demo office moved onto it
with ``server migrate`` (services/server_migration), and a workstation profile enrolled with
it. The head signs in through the services, as the app does, over verified TLS. Two figures:

- ``server_search``: the search a keystroke sends (``client_list.search_ids`` of a word, the
  whole transaction: the office lock, the account check, the query, the commit), beside the
  very statement it sent run alone on a psycopg connection of the same login role;
- ``server_list_page``: one page of the list (``client_list.fetch_rows`` of 100 rows nobody
  fetched), beside the statement it sent for them run alone on that psycopg connection.

The issue's target for both is 3x the raw query.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import raw
from benchmarks.office import HEAD, PASSWORD, discard, prepare
from benchmarks.timing import REPO, Figure, alternate

TERMS = ("anggr", "siti h", "wahyu", "rahma", "dewi s", "hidayat")
TARGET = "<=3"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _search(session: Any, conn: Any, rounds: int) -> Figure:
    from lk3_desktop.services import client_list
    from lk3_desktop.services.client_list import ClientFilter

    recorder = raw.attach(session.store.engine)
    turn = [0]
    sent: list[tuple[str, Any]] = []

    def app() -> float:
        term = TERMS[turn[0] % len(TERMS)]
        turn[0] += 1
        with recorder.recording():
            start = time.perf_counter()
            client_list.search_ids(session, ClientFilter(query=term), "relevance")
            seconds = time.perf_counter() - start
        found = recorder.matching(r"^\s*SELECT c\.id FROM")
        assert found, "no search statement was recorded"
        sent[:] = found[-1:]
        return seconds * 1000

    def floor() -> float:
        sql, params = sent[0]
        start = time.perf_counter()
        conn.execute(sql, params).fetchall()
        return (time.perf_counter() - start) * 1000

    apps, floors = alternate(app, floor, rounds)
    return Figure("server_search", "ms", TARGET, apps, floors)


def _list_page(session: Any, conn: Any, rounds: int) -> Figure:
    from lk3_desktop.services import client_list
    from lk3_desktop.services.client_list import ClientFilter
    from lk3_desktop.ui.clients.client_list_model import PAGE_SIZE

    recorder = raw.attach(session.store.engine)
    ids = client_list.search_ids(session, ClientFilter(), "name")
    pages = [ids[i : i + PAGE_SIZE] for i in range(0, len(ids), PAGE_SIZE)] or [[]]
    turn = [0]
    sent: list[tuple[str, Any]] = []

    def app() -> float:
        page = pages[(turn[0] * 7) % len(pages)]  # far apart: rows nobody read yet
        turn[0] += 1
        with recorder.recording():
            start = time.perf_counter()
            client_list.fetch_rows(session, page)
            seconds = time.perf_counter() - start
        found = recorder.matching(r"^\s*SELECT c\.id, c\.full_name")
        assert found, "no page statement was recorded"
        sent[:] = found
        return seconds * 1000

    def floor() -> float:
        start = time.perf_counter()
        for sql, params in sent:
            conn.execute(sql, params).fetchall()
        return (time.perf_counter() - start) * 1000

    apps, floors = alternate(app, floor, rounds)
    return Figure("server_list_page", "ms", TARGET, apps, floors)


def run(clients: int, sessions: int, rounds: int, seed: int) -> list[Figure]:
    """Both figures on a server office of ``clients`` clients (see the module docstring)."""
    import psycopg

    sys.path.insert(0, str(REPO / "tests"))  # the tests' own cluster and fast login KDF
    from support.factories import FAST_KDF, init_database
    from support.postgres import HOST, start_test_server

    from lk3_desktop.db.server.connect import login_secret
    from lk3_desktop.db.server.enrollment import ca_path
    from lk3_desktop.db.server.vault import ServerVault
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts, office_server
    from lk3_desktop.services.server_migration import migrate_to_server

    office = prepare(clients, sessions, seed)
    _log("starting a PostgreSQL cluster of this run …")
    server = start_test_server()
    store = NoCredentialStore()
    try:
        with tempfile.TemporaryDirectory(prefix="lk3-bench-server-") as tmp:
            enrollment, bootstrap = server.new_office()
            made = Path(tmp) / "init"
            vault = ServerVault(made, store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap)
            init_database(made, store, vault=vault).session.store.close()
            _log(f"moving the office of {office.clients:,} clients onto the server …")
            start = time.perf_counter()
            moved = migrate_to_server(
                office.folder, store, HEAD, PASSWORD, enrollment, bootstrap.role, bootstrap.password
            )
            _log(f"  moved in {time.perf_counter() - start:.0f} s")
            desk = Path(tmp) / "desk"
            office_server.enroll(desk, moved.enrollment, store)
            session = accounts.login(desk, store, HEAD, PASSWORD)
            conn = psycopg.connect(
                host=HOST,
                port=moved.enrollment.port,
                dbname=moved.enrollment.database,
                user=moved.enrollment.login_role(HEAD),
                password=login_secret(moved.enrollment, HEAD, PASSWORD),
                sslmode="verify-full",
                sslrootcert=str(ca_path(desk)),
                autocommit=True,
            )
            try:
                return [_search(session, conn, rounds), _list_page(session, conn, rounds)]
            finally:
                conn.close()
                session.store.close()
    finally:
        server.stop()
        discard(office)
