"""The copies of an office that the postgres tests start from (support/server_snapshot.py) hold
what making the office the real way holds: the same rows, the same audit trail (but for the
copy's own sign-ins), the same login roles with the same groups, and the same privileges on
the database; and what a test does to the office's roles is undone before the next copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support import office_snapshot, server_snapshot
from support.casework import COUNSELOR_PASSWORD
from support.factories import FAST_KDF, HEAD_PASSWORD, MemoryKeyring, init_database, login
from support.office import build_office
from support.postgres import ServerForTests

from lk3_desktop.core.errors import WrongPassword
from lk3_desktop.core.roles import Role
from lk3_desktop.db.server.enrollment import Enrollment, read_enrollment
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession

pytestmark = pytest.mark.skipif(
    not server_snapshot.wanted(), reason="LK3_TEST_NO_OFFICE_SNAPSHOT: every office is made"
)


def _server_side(server: ServerForTests, enrollment: Enrollment) -> tuple[Any, Any]:
    """The office's roles and its database's privileges, with the office's own names (its
    role prefix, its database) written the same for every office."""

    def plain(name: str) -> str:
        return name.replace(enrollment.role_prefix, "<office>_")

    with server.admin.connect() as conn:
        roles = server_snapshot.roles_of(conn, enrollment.role_prefix)
        privileges = server_snapshot.privileges_of(conn, enrollment.database)
    rows = sorted(
        (plain(row[0]), *row[1:9], row[9] is not None, row[10]) for row in roles.rows
    )  # a verifier's salt differs each time it is made
    groups = sorted((g, plain(m), plain(w), a) for g, m, w, a in roles.groups)
    return (rows, groups), sorted((plain(w), plain(g), p, o) for w, g, p, o in privileges)


def _made_for_real(
    server: ServerForTests, folder: Path, usual: bool
) -> tuple[UserSession, Any, Enrollment]:
    store = KeyringStore(MemoryKeyring(), timeout=5)
    enrollment, bootstrap = server.new_office()
    vault = ServerVault(folder, store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap)
    init_database(folder, store, vault=vault).session.store.close()
    head = login(folder, store, "kepala", HEAD_PASSWORD)
    built = build_office(head, folder, store) if usual else None
    return head, built, enrollment


@pytest.mark.parametrize("usual", [False, True], ids=["head-only", "usual-office"])
def test_a_copy_holds_what_making_the_office_holds(
    pg_server: ServerForTests,
    server_head_office: server_snapshot.ServerOffice,
    usual_server_office: server_snapshot.ServerOffice,
    tmp_path: Path,
    usual: bool,
) -> None:
    made_once = usual_server_office if usual else server_head_office
    store = KeyringStore(MemoryKeyring(), timeout=5)
    copied = made_once.copy(tmp_path / "copy", store)
    office = office_snapshot.office_from(made_once, copied.session, tmp_path / "copy", store)
    database = read_enrollment(tmp_path / "copy").database
    head, built, enrollment = _made_for_real(pg_server, tmp_path / "made", usual)
    try:
        copy, made = (
            office_snapshot.office_contents(copied.session),
            office_snapshot.office_contents(head),
        )
        signed_in_again = ["login.success"] * (1 + len(office.people) if usual else 0)
        assert copy["actions"] == [*made["actions"], *signed_in_again]
        del copy["actions"], made["actions"]
        assert copy == made
        if built is not None:
            assert set(office.people) == set(built.people) == {"rina", "dedi", "tuti"}
            assert office.home == built.home
        copy_enrollment = read_enrollment(tmp_path / "copy")
        assert copy_enrollment.database == database != made_once.template
        assert _server_side(pg_server, copy_enrollment) == _server_side(pg_server, enrollment)
    finally:
        office.close()
        copied.session.store.close()
        if built is not None:
            built.close()
        head.store.close()
        pg_server.drop(enrollment.database)
        made_once.drop(database)


def test_what_a_test_does_to_the_office_roles_is_undone_before_the_next_copy(
    pg_server: ServerForTests,
    usual_server_office: server_snapshot.ServerOffice,
    tmp_path: Path,
) -> None:
    made_once = usual_server_office
    store = KeyringStore(MemoryKeyring(), timeout=5)
    first = made_once.copy(tmp_path / "first", store)
    head = first.session
    rina = office_snapshot.office_from(made_once, head, tmp_path / "first", store).rina
    rina_id = rina.actor.user_id
    rina.store.close()
    accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR, password=COUNSELOR_PASSWORD)
    accounts.deactivate_user(head, rina_id, HEAD_PASSWORD)
    dedi = login(tmp_path / "first", store, "dedi", COUNSELOR_PASSWORD)
    accounts.change_password(dedi, COUNSELOR_PASSWORD, "Kata-Sandi-Baru-2026!").store.close()
    head.store.close()
    with pg_server.admin.connect() as conn:
        changed = server_snapshot.roles_of(conn, made_once.enrollment.role_prefix)
    assert changed != made_once.roles and f"{made_once.enrollment.role_prefix}budi" in changed.names

    # Dropping the database alone leaves the roles changed: the next copy refuses to start.
    pg_server.drop(read_enrollment(tmp_path / "first").database)
    with pytest.raises(AssertionError, match="roles of the copied office differ"):
        made_once.copy(tmp_path / "refused", store)

    made_once.restore_roles()
    second = made_once.copy(tmp_path / "second", store)
    try:
        office = office_snapshot.office_from(made_once, second.session, tmp_path / "second", store)
        assert {"rina", "dedi", "tuti"} <= set(office.people)  # each signed in with the old one
        with pytest.raises(WrongPassword):
            login(tmp_path / "second", store, "budi", COUNSELOR_PASSWORD)
        office.close()
    finally:
        second.session.store.close()
        made_once.drop(read_enrollment(tmp_path / "second").database)
