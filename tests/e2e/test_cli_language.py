"""The command line answers in the app's language: Indonesian until English is chosen in
Pengaturan (the same stored preference), for its own lines, its help and known errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PASSWORD = "Sangat-Rahasia-Kantor-2026"


def run_cli(config: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["XDG_CONFIG_HOME"] = str(config)  # this user's preferences, and no one else's
    return subprocess.run(
        [sys.executable, "-m", "lk3_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def choose_english(config: Path) -> None:
    """What Pengaturan > Umum > Bahasa stores for this user."""
    folder = config / "LK3"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "LK3 Desktop.conf").write_text("[ui]\nlanguage=en\n", encoding="utf-8")


def test_indonesian_until_english_is_chosen(tmp_path: Path) -> None:
    config, data = tmp_path / "config", tmp_path / "data"
    init = run_cli(
        config, "init", "--data-dir", str(data), "--center-name", "LK3 Kota Serang",
        "--center-code", "SRG", "--username", "kepala", "--full-name", "Siti Aminah",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert f"Basis data dibuat di {data}" in init.stdout
    assert "Kode pemulihan (cetak pada kartu pemulihan" in init.stdout
    check = run_cli(
        config, "check", "--data-dir", str(data), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert "kunci membuka basis data" in check.stdout and "rantai" in check.stdout
    wrong = run_cli(
        config, "check", "--data-dir", str(data), "--username", "kepala", "--password-stdin",
        stdin="bukan-ini\n",
    )  # fmt: skip
    assert wrong.stderr.strip() == "lk3-desktop: Nama pengguna atau kata sandi salah."
    assert "memeriksa kunci, keutuhan" in run_cli(config, "--help").stdout

    choose_english(config)
    check = run_cli(
        config, "check", "--data-dir", str(data), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert "the key opens the database" in check.stdout
    wrong = run_cli(
        config, "check", "--data-dir", str(data), "--username", "kepala", "--password-stdin",
        stdin="bukan-ini\n",
    )  # fmt: skip
    assert wrong.stderr.strip() == "lk3-desktop: The username or password is wrong."
