"""Issue 11 item 1: a setup killed half-way is recognised as unfinished, never as a wrong
password, and can simply start again (real CLI processes, real Argon2 cost, SIGKILL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.factories import HEAD_PASSWORD, init_database
from support.pause_kill import kill_cli_at, run_cli

from lk3_desktop.core.errors import SetupUnfinished, ValidationError
from lk3_desktop.db.store import FolderState, folder_state
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts

PASSWORD = "Sangat-Rahasia-Kantor-2026"
UNFINISHED = (
    "lk3-desktop: Penyiapan folder data ini terhenti sebelum selesai, jadi belum berisi data. "
    "Mulai penyiapan lagi (buka LK3 Desktop, atau jalankan lk3-desktop init)."
)


def init_args(folder: Path) -> list[str]:
    return [
        "init", "--data-dir", str(folder), "--center-name", "LK3 Kota Serang",
        "--username", "kepala", "--full-name", "Siti Aminah", "--password-stdin",
    ]  # fmt: skip


def check(folder: Path) -> tuple[int, list[str], str]:
    result = run_cli(
        "check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    return result.returncode, result.stderr.strip().splitlines(), result.stdout


@pytest.mark.parametrize("point", ["setup.database_created", "setup.key_file_saved"])
def test_setup_killed_midway_is_said_to_be_unfinished_and_starts_again(
    tmp_path: Path, point: str
) -> None:
    folder = tmp_path / "data"
    kill_cli_at(point, *init_args(folder), stdin=PASSWORD + "\n")
    assert (folder / "lk3.db").is_file()
    if point == "setup.database_created":
        # The key file is written only once it holds the head's slot.
        assert not (folder / "lk3.keys").exists()
    assert folder_state(folder) is FolderState.SETUP_UNFINISHED

    code, errors, _ = check(folder)
    assert code == 2
    assert errors == [UNFINISHED]  # never "The username or password is wrong."

    again = run_cli(*init_args(folder), stdin=PASSWORD + "\n")
    assert again.returncode == 0, again.stderr
    assert "Penyiapan yang terhenti di folder ini (belum berisi data) dihapus lebih dahulu." in (
        again.stdout
    )
    code, errors, out = check(folder)
    assert code == 0, (errors, out)
    assert not (folder / "lk3.setup").exists()


def test_key_file_without_slots_from_an_older_setup_reads_as_unfinished(tmp_path: Path) -> None:
    """What a setup interrupted before this fix left: a key file with ``"slots": []``."""
    folder = tmp_path / "data"
    init_database(folder, NoCredentialStore()).session.store.close()
    keys = json.loads((folder / "lk3.keys").read_text())
    keys["slots"] = []
    (folder / "lk3.keys").write_text(json.dumps(keys))

    assert folder_state(folder) is FolderState.SETUP_UNFINISHED
    with pytest.raises(SetupUnfinished):
        accounts.login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    code, errors, _ = check(folder)
    assert (code, errors) == (2, [UNFINISHED])
    # Starting again works through the service as well as the CLI.
    init_database(folder, NoCredentialStore()).session.store.close()
    assert folder_state(folder) is FolderState.READY


def test_a_finished_database_is_never_taken_for_an_unfinished_setup(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    init_database(folder, NoCredentialStore()).session.store.close()
    assert folder_state(folder) is FolderState.READY
    assert not (folder / "lk3.setup").exists()
    with pytest.raises(ValidationError):
        init_database(folder, NoCredentialStore())
