"""The command line answers in the app's language: Indonesian until English is chosen in
Pengaturan (the same stored preference), for its own lines, its help and known errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support.factories import cli_office

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
    # The checks sign in to an office like it whose slot has the tests' cheap Argon2id
    # (support.factories.cli_office): the words are the same, the derivations cheaper.
    data = tmp_path / "fast"
    cli_office(data, PASSWORD, center_code="SRG")
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


def test_every_subcommand_is_known_before_its_help_is_worded() -> None:
    """The language is installed before the parser is built only for a known subcommand:
    one missing from SUBCOMMANDS ('report' was) answers in English."""
    import argparse

    from lk3_desktop.cli import SUBCOMMANDS, build_parser

    actions = build_parser()._subparsers._group_actions  # type: ignore[union-attr]
    commands = {
        name for a in actions if isinstance(a, argparse._SubParsersAction) for name in a.choices
    }
    assert commands == set(SUBCOMMANDS)


def test_argparse_words_its_help_and_errors_in_the_app_language(tmp_path: Path) -> None:
    config = tmp_path / "config"
    help_text = run_cli(config, "report", "--help").stdout
    assert help_text.startswith("penggunaan: lk3-desktop report")
    assert "pilihan:" in help_text and "tampilkan bantuan ini lalu keluar" in help_text
    assert "berkas yang akan ditulis" in help_text and "TTTT-BB-HH" in help_text
    for english in ("usage:", "options:", "show this help", "the file to write"):
        assert english not in help_text
    missing = run_cli(config, "report")
    assert missing.returncode == 2
    assert "lk3-desktop report: galat: argumen berikut wajib diisi: --data-dir" in missing.stderr
    bad_date = run_cli(
        config, "report", "--data-dir", str(tmp_path / "data"), "--username", "kepala",
        "--password-stdin", "--from", "2026-13-01", "--to", "2026-12-31", "--out", "x.pdf",
    )  # fmt: skip
    assert "argumen --from: bukan tanggal (TTTT-BB-HH): 2026-13-01" in bad_date.stderr
    assert "argumen posisi:" in run_cli(config, "--help").stdout

    choose_english(config)
    help_text = run_cli(config, "report", "--help").stdout
    assert help_text.startswith("usage: lk3-desktop report")
    assert "show this help message and exit" in help_text
    missing = run_cli(config, "report")
    assert "error: the following arguments are required: --data-dir" in missing.stderr
