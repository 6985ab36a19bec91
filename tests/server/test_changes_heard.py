"""Issue 19 item 5, the workstation half: a workstation hears what the others committed on its
own listening connection (as the signed-in person's login role, over verified TLS), never its
own commits, and follows an announced row to the client it belongs to within what the
person's row security lets them see."""

from __future__ import annotations

import dataclasses

import pytest
from support.casework import note_input
from support.office import Office

from lk3_desktop.services import clients, office_changes, sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.office_changes import ChangeFeed, Changes

pytestmark = pytest.mark.postgres


def _feed(person: UserSession) -> ChangeFeed:
    feed = office_changes.change_feed(person)
    assert feed is not None
    return feed


def _heard(feed: ChangeFeed, rounds: int = 6) -> Changes:
    for _ in range(rounds):
        changes = feed.wait(timeout=0.5)
        if changes:
            return changes
    return Changes()


def test_a_desk_hears_another_desks_commit_but_not_its_own(office: Office) -> None:
    cid = office.home.client_id
    feed = _feed(office.head)
    feed.connect()
    try:
        before = clients.get_client(office.head, cid)
        clients.update_client(
            office.head, cid, dataclasses.replace(before.data, occupation="Penjahit")
        )
        assert not _heard(feed, rounds=2)  # the head's own save: her screen did it

        # Rina typing a note: her drafts, saved every few seconds, are nobody else's news.
        sessions.save_draft(office.rina, sessions.new_draft_key(), note_input(office.home))
        assert not _heard(feed, rounds=2)

        now = clients.get_client(office.tuti, cid)
        clients.update_client(office.tuti, cid, dataclasses.replace(now.data, occupation="Guru"))
        heard = _heard(feed)
        assert cid in heard.rows["clients"] and not heard.everything
    finally:
        feed.close()


def test_an_announced_row_leads_to_its_client_as_far_as_row_security_lets(
    office: Office,
) -> None:
    home = office.home
    note = sessions.save_note(office.rina, note_input(home))
    heard = Changes.heard(
        [f"counseling_sessions:{note.id}", f"cases:{home.case_id}", "users:1", "settings:*"]
    )
    assert office_changes.touches_clients(heard)
    assert office_changes.clients_touched(office.rina, heard) == {home.client_id}
    # Dedi holds other cases: the note is hidden from his login role, the case is not.
    only_note = Changes.heard([f"counseling_sessions:{note.id}"])
    assert office_changes.clients_touched(office.dedi, only_note) == frozenset()
    assert office_changes.clients_touched(office.rina, only_note) == {home.client_id}
    family = Changes.heard([f"families:{home.family_id}"])
    assert home.client_id in (office_changes.clients_touched(office.tuti, family) or set())
    assert not office_changes.touches_clients(Changes.heard(["users:3", "settings:*"]))
    assert office_changes.clients_touched(office.tuti, Changes.heard(["*"])) is None
