"""Issue 11 item 17: a whole copy of the database is the head's to make, checked in the
service (the CLI and the Backup tab only follow it). The automatic backup on closing goes to
the folder the head chose, whoever closes the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, init_database, login
from support.pause_kill import run_cli

from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, backup

pytestmark = pytest.mark.embedded_only(
    "backup and restore of a server office: issue 19 item 7, not done yet"
)

NONE = NoCredentialStore()


@pytest.fixture
def office(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    head = init_database(folder, NONE).session
    for name, role in (("asep", Role.STAF), ("rina", Role.KONSELOR)):
        accounts.create_user(head, name, name.title() + " Test", role, password=COUNSELOR_PASSWORD)
    head.store.close()
    return folder


@pytest.mark.parametrize("username", ["asep", "rina"])
def test_staf_and_counselors_cannot_take_a_backup(
    office: Path, tmp_path: Path, username: str
) -> None:
    session = login(office, NONE, username, COUNSELOR_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            backup.back_up(session, tmp_path / "stick")
    finally:
        session.store.close()
    assert not (tmp_path / "stick").exists()

    result = run_cli(
        "backup", "--data-dir", str(office), "--username", username, "--password-stdin",
        "--to", str(tmp_path / "stick" / "b.lk3backup"), stdin=COUNSELOR_PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "lk3-desktop: Peran Anda tidak mengizinkan tindakan ini."
    ]
    assert not (tmp_path / "stick").exists()


def test_the_head_can_and_the_automatic_backup_runs_for_whoever_closes(
    office: Path, tmp_path: Path
) -> None:
    head = login(office, NONE, "kepala", HEAD_PASSWORD)
    try:
        assert backup.back_up(head, tmp_path / "stick").path.is_file()
        auto = tmp_path / "auto"
        auto.mkdir()
        backup.set_auto_backup(head, str(auto), 3)
    finally:
        head.store.close()
    staff = login(office, NONE, "asep", COUNSELOR_PASSWORD)
    try:
        made = backup.auto_backup(staff)
    finally:
        staff.store.close()
    assert made is not None and made.parent == auto
