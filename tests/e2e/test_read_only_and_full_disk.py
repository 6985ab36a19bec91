"""Issue 11 item 10: a read-only data folder and a full disk, for real (a tmpfs mounted by the
test, remounted read-only or filled up): every command and the app say one sentence, never a
traceback. Skips where mount is not permitted."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD, init_database, make_vault
from support.mounts import remount_read_only, remount_read_write, small_tmpfs
from support.pause_kill import child_env, run_cli

from lk3_desktop.core.errors import DataFolderReadOnly, DiskFull, WrongPassword
from lk3_desktop.db.instance_lock import DataFolderLock
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.paths import PROJECT_ROOT
from lk3_desktop.services import accounts

READ_ONLY = (
    "lk3-desktop: Folder data tidak dapat ditulisi: drive hanya-baca atau akun ini tidak boleh "
    "mengubahnya. Tidak ada data tersimpan yang hilang; jadikan folder dapat ditulisi lalu "
    "coba lagi."
)  # the CLI speaks the app's language: Indonesian until English is chosen
FULL = "lk3-desktop: Disk penuh. Kosongkan sebagian ruang; data yang sudah tersimpan tidak hilang."


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB tmpfs holding a data folder ``data`` with one client."""
    with small_tmpfs(tmp_path / "disk", "24m") as mounted:
        if mounted is None:
            pytest.skip("no tmpfs mount here (not root, or mount refused)")
        init_database(mounted / "data", NoCredentialStore()).session.store.close()
        try:
            yield mounted
        finally:
            remount_read_write(mounted)


def every_command(folder: Path, out: Path) -> dict[str, list[str]]:
    """stderr lines of check, a wrong password, backup and export (each must fail)."""
    signed_in = ["--data-dir", str(folder), "--username", "kepala", "--password-stdin"]
    runs = {
        "check": (["check", *signed_in], HEAD_PASSWORD),
        "wrong password": (["check", *signed_in], "bukan-sandinya-123"),
        "backup": (["backup", *signed_in, "--to", str(out / "b.lk3backup")], HEAD_PASSWORD),
        "export": (
            ["export", *signed_in, "--client", "1", "--to", str(out / "x.json")],
            HEAD_PASSWORD,
        ),
    }
    seen = {}
    for what, (args, secret) in runs.items():
        result = run_cli(*args, stdin=secret + "\n")
        assert result.returncode == 2, (what, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        seen[what] = result.stderr.strip().splitlines()
    return seen


def test_a_read_only_data_folder_is_one_sentence_everywhere(disk: Path, tmp_path: Path) -> None:
    if not remount_read_only(disk):
        pytest.skip("remount read-only refused here")
    seen = every_command(disk / "data", tmp_path)
    assert seen == {what: [READ_ONLY] for what in seen}
    with pytest.raises(DataFolderReadOnly):  # the app's instance lock
        DataFolderLock(disk / "data").acquire()
    with pytest.raises(DataFolderReadOnly):  # the attempts file after a wrong password
        accounts.login(
            disk / "data", NoCredentialStore(), "kepala", "bukan-sandinya-123",
            vault=make_vault(disk / "data", NoCredentialStore()),
        )  # fmt: skip


def test_a_full_disk_is_one_sentence_everywhere(disk: Path, tmp_path: Path) -> None:
    with open(disk / "filler", "wb") as fh:  # fill the disk up
        try:
            while True:
                fh.write(b"\0" * (1024 * 1024))
                fh.flush()
        except OSError:
            pass
    seen = every_command(disk / "data", tmp_path)
    assert seen == {what: [FULL] for what in seen}
    with pytest.raises(DiskFull):  # not a raw OSError [Errno 28] from the attempts file
        accounts.login(
            disk / "data", NoCredentialStore(), "kepala", "bukan-sandinya-123",
            vault=make_vault(disk / "data", NoCredentialStore()),
        )  # fmt: skip
    (disk / "filler").unlink()
    with pytest.raises(WrongPassword):  # with room again, the wrong password is said as such
        accounts.login(
            disk / "data", NoCredentialStore(), "kepala", "bukan-sandinya-123",
            vault=make_vault(disk / "data", NoCredentialStore()),
        )  # fmt: skip


APP = """
import sys
from pathlib import Path
from lk3_desktop.app import create_application, run_gui
from lk3_desktop.ui import dialogs

app = create_application()
shown = []
dialogs.set_runner(lambda dialog: shown.append(dialog.text()) or 0)
code = run_gui(Path(sys.argv[1]))
print("exit", code)
print("shown:", shown)
"""


def test_the_app_on_a_read_only_folder_says_so_instead_of_crashing(
    disk: Path, tmp_path: Path, qapp: QApplication, qtbot: QtBot
) -> None:
    if not remount_read_only(disk):
        pytest.skip("remount read-only refused here")
    env = dict(child_env(), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env.pop("LK3_TEST_PAUSE_AT", None)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(APP), str(disk / "data")],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "exit 1" in result.stdout
    assert "Folder data tidak dapat ditulisi" in result.stdout
    assert "Traceback" not in result.stderr
    assert not list((disk / "data").glob("crash"))
    assert os.access(disk / "data", os.R_OK)


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_sign_in_on_a_full_disk_shows_the_sentence(
    disk: Path, qapp: QApplication, qtbot: QtBot
) -> None:
    """The sign-in window: a wrong password whose failure cannot be recorded (the attempts
    file on a full disk) shows the disk-full sentence, not the crash dialog."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    from lk3_desktop.ui.context import AppContext
    from lk3_desktop.ui.login_window import LoginWindow

    with open(disk / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * (1024 * 1024))
                fh.flush()
        except OSError:
            pass
    context = AppContext(disk / "data", NoCredentialStore(), vault_factory=make_vault)
    window = LoginWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.findChild(QLineEdit, "usernameField"), "kepala")
    qtbot.keyClicks(window.findChild(QLineEdit, "passwordField"), "bukan-sandinya-123")
    window.findChild(QPushButton, "loginButton").click()
    qtbot.waitUntil(lambda: not window._busy, timeout=20_000)
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert "The disk is full. Free some space; nothing already saved was lost." in shown
    context.lane.wait()
