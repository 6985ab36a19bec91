"""The demo generator: a plausible, consistent, searchable database, flagged as demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from support.factories import login, make_vault

from lk3_desktop.core.identity import check_nik
from lk3_desktop.db import audit
from lk3_desktop.db.models import Case, Client, FamilyMember
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import center, client_list, demo
from lk3_desktop.services.search_index import reindex_client

PASSWORD = "Demo-Kantor-LK3-2026"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    store = NoCredentialStore()
    progress: list[tuple[int, int]] = []
    result = demo.generate(
        folder, store, PASSWORD, 300, seed=7, progress=lambda d, t: progress.append((d, t)),
        vault=make_vault(folder, store),
    )  # fmt: skip
    assert result.clients == 300 and result.cases > 200
    assert progress[-1] == (300, 300)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    return folder


def test_demo_database_is_flagged_consistent_and_searchable(demo_dir: Path) -> None:
    session = login(demo_dir, NoCredentialStore(), "rina", PASSWORD)
    try:
        assert center.get_center(session).is_demo
        with session.store.transaction() as s:
            assert s.execute(select(func.count()).select_from(Client)).scalar_one() == 300
            niks = list(s.execute(select(Client.nik, Client.birth_date, Client.sex)).all())
            members = s.execute(select(func.count()).select_from(FamilyMember)).scalar_one()
            assert members == 300
            # every client's latest_case_id is really their newest case
            stale = s.execute(
                text(
                    "SELECT count(*) FROM clients c WHERE coalesce(c.latest_case_id, 0) != "
                    "coalesce((SELECT max(id) FROM cases k WHERE k.client_id = c.id), 0)"
                )
            ).scalar_one()
            assert stale == 0
            assert audit.verify(s).ok
            sample = s.execute(select(Client).limit(1)).scalar_one()
            number = (
                s.execute(select(Case.registration_number).where(Case.client_id == sample.id))
                .scalars()
                .first()
            )
            before = s.execute(
                text("SELECT names, identifiers, address FROM client_search WHERE rowid = :i"),
                {"i": sample.id},
            ).one()
            reindex_client(s, sample.id)
            after = s.execute(
                text("SELECT names, identifiers, address FROM client_search WHERE rowid = :i"),
                {"i": sample.id},
            ).one()
            assert tuple(before) == tuple(after)  # the generator indexes like the app does
        for nik, birth, sex in niks:
            if nik:
                assert not check_nik(nik, birth, sex).errors, nik
        assert sample.id in client_list.search_ids(
            session, client_list.ClientFilter(query=sample.full_name)
        )
        if number:
            ids = client_list.search_ids(session, client_list.ClientFilter(query=number))
            assert ids == [sample.id]
    finally:
        session.store.close()


def test_every_demo_account_signs_in(demo_dir: Path) -> None:
    for username in ("kepala", "wulan", "tuti"):
        login(demo_dir, NoCredentialStore(), username, PASSWORD).store.close()


def test_demo_refuses_a_folder_with_data(demo_dir: Path) -> None:
    with pytest.raises(demo.ValidationError):
        demo.generate(demo_dir, NoCredentialStore(), PASSWORD, 5)
    assert (demo_dir / "lk3.db").exists()
