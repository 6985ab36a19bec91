"""`lk3-desktop backup` and `restore` as a person runs them: real processes, real files (the
Argon2id cost of the tests' own slots: tests/e2e/test_cli.py runs `init` at the real cost)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.factories import cli_office

PASSWORD = "Sangat-Rahasia-Kantor-2026"


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    # Never touch a real OS keyring from these tests: keyring's null backend = no store.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lk3_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
    )


def assert_one_clear_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """The database `init` makes (support.factories.cli_office: made here with cheap
    Argon2id slots, which every command then derives at) and a backup of it made by
    `backup`."""
    root = tmp_path_factory.mktemp("backup-cli")
    folder = root / "data"
    code = cli_office(folder, PASSWORD).recovery_code
    target = root / "stick" / "kantor.lk3backup"
    result = run_cli(
        "backup", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        "--to", str(target), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ditulis dan diperiksa" in result.stdout
    assert "Kode ujung rantai audit: " in result.stdout
    assert target.is_file()
    return folder, code, target


def check_ok(folder: Path) -> None:
    result = run_cli(
        "check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_round_trip_after_the_live_file_is_destroyed(office: tuple[Path, str, Path]) -> None:
    folder, _, target = office
    (folder / "lk3.db").write_bytes(os.urandom(64 * 1024))
    result = run_cli(
        "restore", "--data-dir", str(folder), "--from", str(target), "--username", "kepala",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Isi folder data sebelumnya disimpan di" in result.stdout
    assert list(folder.parent.glob("data.before-restore-*"))
    check_ok(folder)


def test_restore_with_recovery_code_into_a_new_folder(
    office: tuple[Path, str, Path], tmp_path: Path
) -> None:
    _, code, target = office
    fresh = tmp_path / "new"
    result = run_cli(
        "restore", "--data-dir", str(fresh), "--from", str(target), "--recovery-code-stdin",
        stdin=code + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "kartu pemulihan" in result.stdout
    result = run_cli("check", "--data-dir", str(fresh), "--recovery-code-stdin", stdin=code + "\n")
    assert result.returncode == 0, result.stdout + result.stderr


def test_damaged_backup_is_one_clear_line(office: tuple[Path, str, Path], tmp_path: Path) -> None:
    folder, code, target = office
    damaged = tmp_path / "damaged.lk3backup"
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 3] ^= 0x01
    damaged.write_bytes(bytes(raw))
    before = sorted(p.name for p in folder.iterdir())
    result = run_cli(
        "restore", "--data-dir", str(folder), "--from", str(damaged), "--username", "kepala",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert_one_clear_line(result, "Berkas cadangan rusak")
    result = run_cli(
        "restore", "--data-dir", str(folder), "--from", str(damaged), "--recovery-code-stdin",
        stdin=code + "\n",
    )  # fmt: skip
    assert_one_clear_line(result, "Berkas cadangan rusak")
    truncated = tmp_path / "short.lk3backup"
    truncated.write_bytes(target.read_bytes()[:-100])
    result = run_cli(
        "restore", "--data-dir", str(folder), "--from", str(truncated), "--username", "kepala",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert_one_clear_line(result, "Berkas cadangan rusak")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_wrong_password_and_missing_folder(office: tuple[Path, str, Path], tmp_path: Path) -> None:
    _, _, target = office
    result = run_cli(
        "restore", "--data-dir", str(tmp_path / "x"), "--from", str(target), "--username",
        "kepala", "--password-stdin", stdin="bukan-kata-sandinya\n",
    )  # fmt: skip
    assert_one_clear_line(result, "kata sandi salah")
    assert not (tmp_path / "x" / "lk3.db").exists()
    result = run_cli(
        "backup", "--data-dir", str(tmp_path / "nope"), "--username", "kepala",
        "--password-stdin", "--to", str(tmp_path / "b.lk3backup"), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert_one_clear_line(result, "Folder data tidak ditemukan")
