"""Issue 11 item 6: every file and folder the app writes is its owner's alone: data folders
0700; lk3.db, -wal, -shm, key file, attempts, lock, backups, crash files 0600. Walked after
setup, a demo, a backup, a restore, a schema upgrade and a crash file, with umask 022 (the
usual default, which would leave SQLite's files 0644)."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.pause_kill import run_cli

from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts
from lk3_desktop.ui import crash

PASSWORD = "Sangat-Rahasia-Kantor-2026"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # inherited by the CLI processes
    yield
    os.umask(previous)


def too_open(root: Path) -> list[str]:
    """Everything under ``root`` (and ``root``) that group or others may use."""
    found = []
    for path in [root, *root.rglob("*")]:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            continue
        if mode & 0o077:
            found.append(f"{path.relative_to(root.parent)} {stat.filemode(mode)}")
    return found


def ok(result: object) -> None:
    assert getattr(result, "returncode", 1) == 0, getattr(result, "stderr", "")


def test_every_file_the_app_writes_is_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run_cli(
        "init", "--data-dir", str(data), "--center-name", "LK3 Kota Serang",
        "--username", "kepala", "--full-name", "Siti Aminah", "--password-stdin",
        stdin=PASSWORD + "\n",
    ))  # fmt: skip
    signed_in = ["--username", "kepala", "--password-stdin"]
    wrong = run_cli("check", "--data-dir", str(data), *signed_in, stdin="salah-sekali\n")
    assert wrong.returncode == 2  # writes lk3.attempts
    stick = tmp_path / "stick"  # a folder the person chose: only the backup file is ours
    stick.mkdir(mode=0o755)
    ok(run_cli(
        "backup", "--data-dir", str(data), *signed_in, "--to", str(stick / "b.lk3backup"),
        stdin=PASSWORD + "\n",
    ))  # fmt: skip
    session = accounts.login(data, NoCredentialStore(), "kepala", PASSWORD)
    try:  # -wal and -shm exist while the database is open
        assert {p.name for p in data.iterdir()} >= {"lk3.db", "lk3.db-wal", "lk3.db-shm"}
        assert too_open(data) == []
    finally:
        session.store.close()
    ok(run_cli(
        "restore", "--data-dir", str(data), "--from", str(stick / "b.lk3backup"), *signed_in,
        stdin=PASSWORD + "\n",
    ))  # fmt: skip
    ok(run_cli("check", "--data-dir", str(data), *signed_in, stdin=PASSWORD + "\n"))
    (aside,) = tmp_path.glob("data.before-restore-*")
    crash.write_crash_file(data, "Traceback: a test crash\n")

    demo = tmp_path / "demo"
    ok(run_cli(
        "demo", "--data-dir", str(demo), "--clients", "20", "--password-stdin",
        stdin=PASSWORD + "\n",
    ))  # fmt: skip

    upgraded = tmp_path / "upgraded"  # an older schema: a copy is made before upgrading
    shutil.copytree(FIXTURES / "data-0006", upgraded, ignore=shutil.ignore_patterns("*.json"))
    for path in [upgraded, *upgraded.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # as an older version left it
    fixture_password = json.loads((FIXTURES / "data-0006" / "expected.json").read_text())[
        "password"
    ]
    ok(run_cli(  # signing in upgrades the schema, after a verified copy in backups/
        "backup", "--data-dir", str(upgraded), *signed_in, "--to", str(stick / "old.lk3backup"),
        stdin=fixture_password + "\n",
    ))  # fmt: skip
    assert any((upgraded / "backups").iterdir())
    assert too_open(upgraded) == []
    assert (data / "crash").is_dir()
    assert too_open(data) == []
    assert too_open(aside) == []
    assert too_open(demo) == []
    assert sorted(p.name for p in stick.iterdir()) == ["b.lk3backup", "old.lk3backup"]
    for backup in stick.iterdir():
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
