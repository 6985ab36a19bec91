"""Issue 11 item 8 through the real CLI: another center's backup is refused with one line that
names it, until ``--accept-other-center`` is given."""

from __future__ import annotations

from pathlib import Path

from support.factories import HEAD_PASSWORD, init_database
from support.pause_kill import run_cli

from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.documents.recovery_card import short_database_id
from lk3_desktop.services import backup


def test_cli_restore_of_another_centers_backup_needs_the_flag(tmp_path: Path) -> None:
    ours = tmp_path / "ours"
    init_database(ours, NoCredentialStore()).session.store.close()
    theirs = init_database(tmp_path / "theirs", NoCredentialStore()).session
    made = backup.back_up(theirs, tmp_path / "theirs.lk3backup").path
    theirs_id = theirs.store.database_id
    theirs.store.close()
    before = {p.name: p.read_bytes() for p in ours.iterdir() if p.name != "lk3.lock"}

    args = ["restore", "--data-dir", str(ours), "--from", str(made), "--username", "kepala",
            "--password-stdin"]  # fmt: skip
    refused = run_cli(*args, stdin=HEAD_PASSWORD + "\n")
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith("lk3-desktop: Cadangan ini berasal dari lembaga atau basis data lain (")
    assert short_database_id(theirs_id) in line and "--accept-other-center" in line
    assert {p.name: p.read_bytes() for p in ours.iterdir() if p.name != "lk3.lock"} == before
    assert not list(tmp_path.glob("ours.before-restore-*"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]

    accepted = run_cli(*args, "--accept-other-center", stdin=HEAD_PASSWORD + "\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "Cadangan ini berasal dari basis data lain" in accepted.stdout
    assert f"id basis data {short_database_id(theirs_id)}" in accepted.stdout
