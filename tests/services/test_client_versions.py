"""Two desks correct the same client (issue 19 item 5): the second save names the version it
started from; a newer one saved meanwhile is returned to it instead of being overwritten, and
nothing of the first desk's correction is lost. Runs on both engines."""

from __future__ import annotations

import dataclasses

import pytest
from support.office import Office

from lk3_desktop.core.errors import EditConflict
from lk3_desktop.services import clients


def test_a_save_over_a_newer_version_is_refused_with_both_versions(office: Office) -> None:
    cid = office.home.client_id
    at_rina = clients.get_client(office.rina, cid)
    at_tuti = clients.get_client(office.tuti, cid)
    assert at_rina.version == at_tuti.version == 1
    tuti_typed = dataclasses.replace(at_tuti.data, occupation="Pedagang pasar")
    saved = clients.update_client(office.tuti, cid, tuti_typed, expected_version=at_tuti.version)
    assert saved.version == 2

    rina_typed = dataclasses.replace(at_rina.data, phone="081298765432")
    with pytest.raises(EditConflict) as caught:
        clients.update_client(office.rina, cid, rina_typed, expected_version=at_rina.version)
    theirs = caught.value.theirs
    assert isinstance(theirs, clients.ClientDetail)
    assert theirs.version == 2 and theirs.data.occupation == "Pedagang pasar"
    now = clients.get_client(office.head, cid)
    assert now.version == 2 and now.data.phone == at_rina.data.phone  # nothing of Rina's

    # Rina saw both and keeps hers: saved over version 2 on purpose.
    kept = clients.update_client(office.rina, cid, rina_typed, expected_version=theirs.version)
    assert kept.version == 3 and kept.data.phone == "0812-9876-5432"


def test_a_save_without_a_version_still_saves(office: Office) -> None:
    cid = office.home.client_id
    before = clients.get_client(office.head, cid)
    after = clients.update_client(
        office.head, cid, dataclasses.replace(before.data, religion="Islam")
    )
    assert after.version == before.version + 1
