"""An open session is checked on every service call: a deactivated account stops at its next
call, and a temporary password allows only the password change (issue 11, items 14 and 15).

Real SQLCipher files; two people signed in at once, each with their own open store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD, add_user, household
from support.factories import HEAD_PASSWORD, login

from lk3_desktop.core.errors import SessionRevoked
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry, Client
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, backup, cases, client_list, clients, schedule
from lk3_desktop.services.context import UserSession

NEW_PASSWORD = "Kopi-Tubruk-Pagi-77"


def _actions(session: UserSession) -> list[str]:
    with session.store.transaction() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def test_deactivated_counselor_open_session_can_no_longer_read_write_or_back_up(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Wati", Role.KONSELOR)
    home = household(head, rina.actor.user_id)
    assert clients.get_client(rina, home.client_id).data.full_name  # works while active

    accounts.deactivate_user(head, rina.actor.user_id, HEAD_PASSWORD)

    reads_and_writes = [
        lambda: clients.get_client(rina, home.client_id),
        lambda: cases.get_case(rina, home.case_id),
        lambda: client_list.search_ids(rina, client_list.ClientFilter(query="Dewi")),
        lambda: clients.create_client(
            rina, clients.ClientInput(full_name="Ani Baru", sex="P", estimated_age=30)
        ),
        lambda: schedule.list_rooms(rina),
    ]
    for call in reads_and_writes:
        with pytest.raises(SessionRevoked) as caught:
            call()
        assert caught.value.reason == "inactive"
    target = tmp_path / "stick"
    with pytest.raises(SessionRevoked):
        backup.back_up(rina, target)
    assert not target.exists() or not any(target.iterdir())

    with head.store.transaction() as s:
        names = s.execute(select(Client.full_name)).scalars().all()
    assert "Ani Baru" not in names  # nothing was written
    # Signing out still works; the database key was rotated away from her, so her sign-out
    # waits beside the database and the next sign-in writes it into the trail.
    accounts.logout(rina)
    again = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    try:
        with again.store.transaction() as s:
            logged_out = s.execute(
                select(AuditEntry.entity_id).where(AuditEntry.action == "logout")
            ).scalars()
            assert str(rina.actor.user_id) in set(logged_out)
    finally:
        again.store.close()


def test_temporary_password_allows_only_the_password_change(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    home = household(head, None)
    info, temp = accounts.create_user(head, "budi", "Budi Santoso", Role.STAF)
    budi = login(data_dir, cred_store, "budi", temp)
    assert budi.actor.must_change_password

    for call in (
        lambda: clients.get_client(budi, home.client_id),
        lambda: client_list.search_ids(budi, client_list.ClientFilter(query="Dewi")),
        lambda: schedule.list_rooms(budi),
    ):
        with pytest.raises(SessionRevoked) as caught:
            call()
        assert caught.value.reason == "password_change"

    budi = accounts.change_password(budi, temp, NEW_PASSWORD)
    assert clients.get_client(budi, home.client_id).id == home.client_id

    # The head resets the password of a person who is signed in: that open session must
    # take the new temporary password first, like a fresh sign-in with it.
    accounts.reset_password(head, info.id)
    with pytest.raises(SessionRevoked) as caught:
        clients.get_client(budi, home.client_id)
    assert caught.value.reason == "password_change"
    accounts.lock(budi)  # locking (and signing out) still works


def test_a_changed_role_stops_the_open_session(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    tuti = add_user(head, data_dir, cred_store, "tuti", "Tuti Handayani", Role.STAF)
    # A role is changed by the head's signature (a new certificate), not by editing the row.
    accounts.change_role(head, tuti.actor.user_id, Role.KONSELOR)
    with pytest.raises(SessionRevoked) as caught:
        schedule.list_rooms(tuti)
    assert caught.value.reason == "changed"
    # signing in again gives the new role
    tuti.store.close()
    again = login(data_dir, cred_store, "tuti", COUNSELOR_PASSWORD)
    assert again.actor.role is Role.KONSELOR
    schedule.list_rooms(again)
    again.store.close()
