"""The Windows branches, run on Linux with Windows' pieces stood in by small fakes.

What can only be proven on Windows itself (the real msvcrt, icacls, Credential Manager) runs in
the Windows workflow (.github/workflows/windows.yml); here each branch is driven through the
same code with a fake that behaves as the Windows API documents: byte-range locks that refuse
a second holder, ``whoami``/``icacls`` output, Credential Manager records.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import types
from pathlib import Path, PureWindowsPath
from typing import Any

import keyring.backends.Windows as keyring_windows
import platformdirs
import platformdirs.windows
import pytest

from lk3_desktop import paths
from lk3_desktop.core.errors import DataFolderInUse
from lk3_desktop.db import instance_lock, private_folder
from lk3_desktop.db.instance_lock import DataFolderLock
from lk3_desktop.db.workstation import KeyringStore, secret_name

# -- msvcrt.locking ---------------------------------------------------------------------------


class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking as Windows documents it: a locked byte range refuses any other handle."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}  # (inode, offset) -> fd
        self.calls: list[tuple[str, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append(("unlock" if mode == self.LK_UNLCK else "lock", offset, nbytes))
        key = (os.fstat(fd).st_ino, offset)
        if mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(errno.EACCES, "region not locked")
            del self.held[key]
        elif key in self.held:
            raise PermissionError(errno.EACCES, "Permission denied")
        else:
            self.held[key] = fd


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(instance_lock, "WINDOWS", True)
    return fake


def test_windows_lock_refuses_a_second_app_and_unlocks_before_closing(
    msvcrt: FakeMsvcrt, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    first = DataFolderLock(folder)
    first.acquire()
    assert msvcrt.calls == [("lock", 0, 1)]  # the first byte, whatever the append mode did
    with pytest.raises(DataFolderInUse):
        DataFolderLock(folder).acquire()
    first.release()
    assert msvcrt.calls[-1] == ("unlock", 0, 1) and msvcrt.held == {}
    with DataFolderLock(folder):  # free again
        assert len(msvcrt.held) == 1
    assert msvcrt.held == {}


def test_the_windows_branch_never_touches_fcntl(
    msvcrt: FakeMsvcrt, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "fcntl", None)  # importing it now raises ImportError
    with DataFolderLock(tmp_path):
        pass
    assert [c[0] for c in msvcrt.calls] == ["lock", "unlock"]


# -- the folder's access list ----------------------------------------------------------------

USER_SID = "S-1-5-21-3623811015-3361044348-30300820-1013"


def test_windows_folder_is_left_to_the_user_system_and_administrators(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[list[str]] = []

    def fake_run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        ran.append(command)
        if command[0] == "whoami":
            return subprocess.CompletedProcess(command, 0, f'"kantor-01\\siti","{USER_SID}"\r\n')
        return subprocess.CompletedProcess(command, 0, "Successfully processed 1 files\r\n")

    monkeypatch.setattr(private_folder, "WINDOWS", True)
    monkeypatch.setattr(private_folder.subprocess, "run", fake_run)
    monkeypatch.setattr(private_folder.os, "chmod", None)  # the POSIX branch must not run
    assert private_folder.make_private(tmp_path) is True
    assert ran[0] == ["whoami", "/user", "/fo", "csv", "/nh"]
    assert ran[1] == [
        "icacls",
        str(tmp_path),
        "/inheritance:r",
        "/grant:r",
        f"*{USER_SID}:(OI)(CI)F",
        "*S-1-5-18:(OI)(CI)F",
        "*S-1-5-32-544:(OI)(CI)F",
        "/Q",
    ]


def test_a_drive_without_access_lists_is_reported_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        if command[0] == "whoami":
            return subprocess.CompletedProcess(command, 0, f'"kantor-01\\siti","{USER_SID}"')
        # icacls on a FAT32 stick
        return subprocess.CompletedProcess(command, 5, "", "This operation is not supported")

    monkeypatch.setattr(private_folder, "WINDOWS", True)
    monkeypatch.setattr(private_folder.subprocess, "run", fake_run)
    assert private_folder.make_private(tmp_path) is False


def test_the_real_lock_of_this_platform_refuses_a_second_holder(tmp_path: Path) -> None:
    with DataFolderLock(tmp_path), pytest.raises(DataFolderInUse):
        DataFolderLock(tmp_path).acquire()
    with DataFolderLock(tmp_path):  # released on exit
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_posix_folder_is_0700(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    assert private_folder.make_private(folder) is True
    assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.skipif(sys.platform != "win32", reason="the real icacls")
def test_on_windows_the_folder_is_closed_to_other_users(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    assert private_folder.make_private(folder) is True
    listing = subprocess.run(
        ["icacls", str(folder)], capture_output=True, text=True, check=True
    ).stdout
    assert "NT AUTHORITY\\SYSTEM" in listing
    for other in ("BUILTIN\\Users", "Everyone", "Authenticated Users"):
        assert other not in listing


# -- the default data folder -----------------------------------------------------------------


def test_windows_default_data_folder_is_local_appdata(monkeypatch: pytest.MonkeyPatch) -> None:
    local = r"C:\Users\siti\AppData\Local"
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setenv("APPDATA", r"C:\Users\siti\AppData\Roaming")
    # platformdirs reads the folders from the environment where Windows' API is absent
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars
    )
    monkeypatch.setattr(platformdirs, "user_data_dir", _windows_user_data_dir)
    folder = PureWindowsPath(str(paths.default_data_dir()))  # "/" from os.path.join here
    assert folder == PureWindowsPath(local, "lk3-desktop")  # not Roaming, no author folder


def _windows_user_data_dir(*args: Any, **kwargs: Any) -> str:
    return platformdirs.windows.Windows(*args, **kwargs).user_data_dir


# -- Windows Credential Manager through keyring ------------------------------------------------


class FakePywintypes:
    class error(Exception):
        def __init__(self, winerror: int, funcname: str, message: str) -> None:
            super().__init__(winerror, funcname, message)
            self.winerror, self.funcname = winerror, funcname


class FakeWin32Cred:
    """win32cred as pywin32-ctypes exposes it, over an in-memory credential table."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_SESSION, CRED_PERSIST_LOCAL_MACHINE, CRED_PERSIST_ENTERPRISE = 1, 2, 3

    def __init__(self) -> None:
        self.table: dict[str, dict[str, Any]] = {}

    def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:
        if TargetName not in self.table:
            raise FakePywintypes.error(1168, "CredRead", "Element not found.")
        record = dict(self.table[TargetName])
        record["CredentialBlob"] = record["CredentialBlob"].encode("utf-16-le")
        return record

    def CredWrite(self, credential: dict[str, Any], flags: int) -> None:
        self.table[credential["TargetName"]] = dict(credential)

    def CredDelete(self, Type: int, TargetName: str) -> None:
        if self.table.pop(TargetName, None) is None:
            raise FakePywintypes.error(1168, "CredDelete", "Element not found.")


@pytest.fixture
def credential_manager(monkeypatch: pytest.MonkeyPatch) -> FakeWin32Cred:
    fake = FakeWin32Cred()
    monkeypatch.setattr(keyring_windows, "win32cred", fake, raising=False)
    monkeypatch.setattr(keyring_windows, "pywintypes", FakePywintypes, raising=False)
    monkeypatch.setattr(keyring_windows, "missing_deps", False)
    return fake


def test_the_workstation_secret_stays_in_this_computers_credential_manager(
    credential_manager: FakeWin32Cred,
) -> None:
    store = KeyringStore(keyring_windows.WinVaultKeyring(), timeout=5)
    assert store.available()
    assert store.describe() == "keyring.backends.Windows.WinVaultKeyring"
    name = secret_name("db-1")
    store.set(name, b"\x01" * 32)
    assert store.get(name) == b"\x01" * 32
    (record,) = credential_manager.table.values()
    assert record["TargetName"] == "LK3 Desktop" and record["UserName"] == name
    # never "enterprise" (keyring's default), which roams to other computers with the profile
    assert record["Persist"] == FakeWin32Cred.CRED_PERSIST_LOCAL_MACHINE
    store.delete(name)
    assert store.get(name) is None and credential_manager.table == {}


@pytest.mark.skipif(
    os.environ.get("LK3_WINDOWS_CI") != "1", reason="writes to the real Credential Manager"
)
def test_the_real_credential_manager_keeps_the_secret_on_this_computer() -> None:
    store = KeyringStore(keyring_windows.WinVaultKeyring(), timeout=30)
    assert store.available()
    name = secret_name("windows-ci-test")
    try:
        store.set(name, b"\x02" * 32)
        assert store.get(name) == b"\x02" * 32
    finally:
        store.delete(name)
    assert store.get(name) is None


@pytest.mark.skipif(sys.platform == "win32", reason="pywin32 is there on Windows")
def test_without_pywin32_the_windows_backend_counts_as_no_store() -> None:
    # On this Linux machine the real module has no win32cred: keyring refuses the backend.
    assert not KeyringStore(keyring_windows.WinVaultKeyring(), timeout=5).available()
