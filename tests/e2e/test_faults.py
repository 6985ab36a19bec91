"""Faults through real files and processes: SIGKILL during a backup, a second instance, a
wrong recovery code, a full disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest
from support.factories import HEAD_PASSWORD, init_database, login
from support.mounts import small_tmpfs

from lk3_desktop.core.errors import DataFolderInUse, DiskFull, WrongRecoveryCode
from lk3_desktop.db import backup as archive
from lk3_desktop.db.instance_lock import DataFolderLock
from lk3_desktop.db.models import Setting
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, backup

TESTS_DIR = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(TESTS_DIR))
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def padded_database(folder: Path, megabytes: int) -> tuple[str, bytes]:
    """A database of about ``megabytes`` MB; returns its recovery code and key."""
    result = init_database(folder, NoCredentialStore())
    store = result.session.store
    now = datetime.now().replace(microsecond=0)
    with store.transaction() as s:
        for i in range(megabytes * 4):
            s.add(
                Setting(key=f"pad_{i}", value=f'"{os.urandom(128 * 1024).hex()}"', updated_at=now)
            )
    key = store.key()
    conn = store.engine.raw_connection()
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    store.close()
    return result.recovery_code, key


# -- SIGKILL during a backup --------------------------------------------------------------------

BACKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import backup
    from support.factories import HEAD_PASSWORD, login

    session = login(Path(sys.argv[1]), NoCredentialStore(), "kepala", HEAD_PASSWORD)
    print("start", flush=True)
    backup.back_up(session, Path(sys.argv[2]))
    print("done", flush=True)
    """
)


def test_sigkill_during_backup_leaves_no_valid_looking_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _, key = padded_database(folder, 20)
    out = tmp_path / "stick"
    out.mkdir()
    interrupted = 0  # kills that left half-written temporary files behind
    for attempt, delay in enumerate((0.0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.8)):
        target = out / f"b{attempt}.lk3backup"
        before = set(out.iterdir())
        with subprocess.Popen(
            [sys.executable, "-c", BACKER, str(folder), str(target)],
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        ) as proc:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "start"
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        leftovers = set(out.iterdir()) - before - {target}
        if proc.returncode == -signal.SIGKILL and leftovers and not target.exists():
            interrupted += 1
        if target.exists():
            # Whatever carries the final name is a complete, verified backup.
            archive.verify_backup(target, [key], tmp_path / "scratch")
    assert interrupted >= 1
    # Leftovers carry hidden temporary names that are never taken for a backup.
    for leftover in out.iterdir():
        if not leftover.name.endswith(".lk3backup"):
            assert leftover.name.startswith(".")
            assert leftover.name.endswith((".partial", ".work"))
    session = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    session.store.close()


# -- a second instance ---------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lk3_desktop.db.instance_lock import DataFolderLock

    with DataFolderLock(Path(sys.argv[1])):
        print("locked", flush=True)
        sys.stdin.readline()
    """
)


def test_second_instance_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    init_database(folder, NoCredentialStore()).session.store.close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DataFolderInUse):
            DataFolderLock(folder).acquire()
        result = subprocess.run(
            [sys.executable, "-m", "lk3_desktop", "backup", "--data-dir", str(folder),
             "--username", "kepala", "--password-stdin", "--to", str(tmp_path / "b.lk3backup")],
            input=HEAD_PASSWORD + "\n", capture_output=True, text=True, env=child_env(),
            timeout=120,
        )  # fmt: skip
        assert result.returncode != 0
        assert result.stderr.strip().splitlines() == [
            "lk3-desktop: LK3 Desktop sudah terbuka dengan folder data ini."
        ]
        file = tmp_path / "earlier.lk3backup"
        file.write_bytes(b"not even opened")
        result = subprocess.run(
            [sys.executable, "-m", "lk3_desktop", "restore", "--data-dir", str(folder),
             "--from", str(file), "--username", "kepala", "--password-stdin"],
            input=HEAD_PASSWORD + "\n", capture_output=True, text=True, env=child_env(),
            timeout=120,
        )  # fmt: skip
        assert result.returncode != 0
        assert result.stderr.strip().splitlines() == [
            "lk3-desktop: LK3 Desktop sudah terbuka dengan folder data ini."
        ]
        holder.send_signal(signal.SIGKILL)  # a crash releases the lock
        holder.wait(timeout=30)
    with DataFolderLock(folder):
        pass


# -- a wrong recovery code -----------------------------------------------------------------------


def test_wrong_recovery_code_is_refused_before_any_decryption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    result = init_database(folder, NoCredentialStore())
    file = backup.back_up(result.session, tmp_path / "b.lk3backup").path
    result.session.store.close()
    code = result.recovery_code
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")  # checksum no longer matches

    def no_decryption(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("decryption was tried")

    from lk3_desktop.services import accounts as accounts_module
    from lk3_desktop.services import backup as backup_module

    monkeypatch.setattr(archive, "connect_raw", no_decryption)
    monkeypatch.setattr(archive, "extract_verified", no_decryption)
    monkeypatch.setattr(backup_module, "connect_raw", no_decryption)
    monkeypatch.setattr(accounts_module, "open_store", no_decryption)
    with pytest.raises(WrongRecoveryCode) as raised:
        backup.restore_with_recovery_code(file, tmp_path / "new", NoCredentialStore(), wrong)
    assert str(raised.value) == "checksum"
    with pytest.raises(WrongRecoveryCode):
        accounts.recovery_unlock(folder, NoCredentialStore(), wrong)
    assert not (tmp_path / "new").exists()


# -- a full disk ---------------------------------------------------------------------------------


def test_full_disk_tmpfs_is_a_clear_error_and_the_database_still_opens(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    padded_database(folder, 3)
    with small_tmpfs(tmp_path / "small", "512k") as small:
        if small is None:
            pytest.skip("no tmpfs mount here (not root, or mount refused)")
        session = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
        try:
            with pytest.raises(DiskFull):
                backup.back_up(session, small / "b.lk3backup")
            assert list(small.iterdir()) == []  # nothing half-written left behind
            assert backup.last_backup_at(session) is None
        finally:
            session.store.close()
    session = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    session.store.close()


LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from lk3_desktop.core.errors import KnownError
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import backup
    from support.factories import HEAD_PASSWORD, login

    session = login(Path(sys.argv[1]), NoCredentialStore(), "kepala", HEAD_PASSWORD)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    limit = 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        backup.back_up(session, Path(sys.argv[2]))
    except KnownError as exc:
        print(exc.code, flush=True)
    else:
        print("no error", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
def test_full_disk_by_file_size_limit_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    padded_database(folder, 3)
    out = tmp_path / "stick"
    result = subprocess.run(
        [sys.executable, "-c", LIMITED, str(folder), str(out / "b.lk3backup")],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "disk_full"
    assert list(out.iterdir()) == []
    session = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    try:
        assert backup.last_backup_at(session) is None
    finally:
        session.store.close()


def test_stale_leftovers_of_a_killed_backup_are_removed_later(tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    old_partial = out / ".b.lk3backup.x1.partial"
    old_work = out / ".b.lk3backup.x2.work"
    fresh = out / ".c.lk3backup.x3.partial"
    other = out / ".notes.txt.partial"
    old_partial.write_bytes(b"x")
    old_work.mkdir()
    (old_work / "lk3.db").write_bytes(b"x")
    fresh.write_bytes(b"x")
    other.write_bytes(b"x")
    long_ago = time.time() - 7 * 3600
    for path in (old_partial, old_work, other):
        os.utime(path, (long_ago, long_ago))
    archive.remove_stale_leftovers(out)
    assert sorted(p.name for p in out.iterdir()) == [fresh.name, other.name]
