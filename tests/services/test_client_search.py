"""Client search on a demo office: every word typed must match, and a client found by name
always ranks above one found only with the help of an address.

"wahyu ang" once listed 404 clients with "Pandeglang/Tangerang/Serang" addresses above the
exact name "Wahyu Anggraini"; "ang" is inside most Banten place names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from support.factories import login, make_vault

from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import client_list, clients, demo
from lk3_desktop.services.client_list import ClientFilter
from lk3_desktop.services.context import UserSession

PASSWORD = "Demo-Kantor-LK3-2026"
PANDEGLANG, SERANG = "36.01", "36.73"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cari") / "data"
    store = NoCredentialStore()
    demo.generate(folder, store, PASSWORD, 400, seed=11, vault=make_vault(folder, store))
    head = login(folder, store, "kepala", PASSWORD)
    try:
        for name, regency in (
            ("Wahyu Anggraini", SERANG),
            ("Wahyudi Sanggar", SERANG),
            ("Wahyu Santoso", PANDEGLANG),  # "ang" only in the address
            ("Agus Wahyu Prasetyo", PANDEGLANG),
        ):
            data = clients.ClientInput(
                full_name=name, sex="P", estimated_age=35, province_code="36", regency_code=regency
            )
            try:
                clients.create_client(head, data)
            except clients.PossibleDuplicate as same_name:  # a demo namesake: someone else
                others = tuple(c.id for c in same_name.candidates)
                clients.create_client(head, data, confirmed_not_duplicate_of=others)
    finally:
        head.store.close()
    return folder


@pytest.fixture
def head(office: Path) -> Iterator[UserSession]:
    session = login(office, NoCredentialStore(), "kepala", PASSWORD)
    yield session
    session.store.close()


def _indexed(session: UserSession, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Each client's indexed names and all its indexed text, lower case."""
    with session.store.transaction() as s:
        rows = s.execute(text("SELECT rowid, names, identifiers, address FROM client_search")).all()
    wanted = set(ids)
    return {r[0]: (r[1].lower(), f" {r[1]} {r[2]} {r[3]}".lower()) for r in rows if r[0] in wanted}


def _names(session: UserSession, ids: list[int]) -> list[str]:
    rows = client_list.fetch_rows(session, ids)
    return [rows[i].full_name for i in ids]


def test_a_name_match_ranks_above_an_address_match(head: UserSession) -> None:
    found = client_list.search_ids(head, ClientFilter(query="wahyu ang"))
    assert _names(head, found[:1]) == ["Wahyu Anggraini"]  # the exact name first
    rows = _indexed(head, found)
    by_name = ["wahyu" in rows[i][0] and "ang" in rows[i][0] for i in found]
    assert any(by_name) and not all(by_name)  # some need the address to match "ang"
    # every client found by name comes before every client found with the address
    assert by_name == sorted(by_name, reverse=True)
    names = _names(head, found)
    assert names.index("Wahyudi Sanggar") < names.index("Wahyu Santoso")


@pytest.mark.parametrize("query", ["wahyu ang", "wahyu a", "wa an", "siti an", "wahyu pandeglang"])
def test_every_word_typed_must_match(head: UserSession, query: str) -> None:
    found = client_list.search_ids(head, ClientFilter(query=query))
    assert found, query
    rows = _indexed(head, found)
    for names, everything in (rows[i] for i in found):
        for word in query.split():
            if len(word) >= 3:
                assert word in everything, (query, names)
            else:  # too short for the index: it begins a word
                assert f" {word}" in everything, (query, names)


def test_a_word_that_begins_no_word_finds_nothing(head: UserSession) -> None:
    assert client_list.search_ids(head, ClientFilter(query="wahyu qz")) == []
    assert client_list.search_ids(head, ClientFilter(query="qz")) == []


def test_word_starts_rank_above_words_inside_names(head: UserSession) -> None:
    names = _names(head, client_list.search_ids(head, ClientFilter(query="wahyu ang")))
    assert names.index("Wahyu Anggraini") < names.index("Wahyudi Sanggar")
