"""The administrator CLI as a person runs it: real processes, real Argon2 cost, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import select
from support.factories import FAST_KDF, cli_office

from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.db.models import AuditEntry, User
from lk3_desktop.db.vault import DEFAULT_KDF
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, center

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


@pytest.fixture(scope="module")
def created(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run_cli(
        "init",
        "--data-dir", str(folder),
        "--center-name", "LK3 Kota Serang",
        "--center-code", "SRG",
        "--username", "kepala",
        "--full-name", "Siti Aminah",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "kata sandi saja" in result.stdout  # null keyring backend = no store
    code = result.stdout.strip().splitlines()[-1]
    decode_recovery_code(code)  # the printed code is well-formed and checksummed
    return folder, code


def assert_one_clear_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


def test_check_passes_after_init(created: tuple[Path, str]) -> None:
    folder, _ = created
    result = run_cli(
        "check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    names = [line.split()[1] for line in result.stdout.splitlines()]
    assert names == [
        "unlock", "key", "cipher_integrity", "integrity", "schema", "audit_chain",
        "certificates", "attachments", "recovery_card",
    ]  # fmt: skip
    assert all(line.startswith("ok") for line in result.stdout.splitlines())
    chain = next(line for line in result.stdout.splitlines() if "audit_chain" in line)
    # Indonesian by default: "… ujung rantai <head>; titik periksa terakhir: entri N (…),
    # ditandatangani kepala pada …"
    assert "titik periksa terakhir" in chain and "ditandatangani kepala" in chain
    head = chain.split("ujung rantai ")[1][:16]

    def check_expecting(printed: str) -> subprocess.CompletedProcess[str]:
        return run_cli(
            "check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
            "--expected-head", printed, stdin=PASSWORD + "\n",
        )  # fmt: skip

    assert check_expecting(head).returncode == 0
    missing = check_expecting("0123456789abcdef")
    assert missing.returncode == 1 and "expected_head_missing" in missing.stdout
    bad = check_expecting("not-a-head")
    assert bad.returncode == 64 and "heksadesimal" in bad.stderr


def test_check_with_recovery_code(created: tuple[Path, str]) -> None:
    folder, code = created
    result = run_cli(
        "check", "--data-dir", str(folder), "--recovery-code-stdin", stdin=code.lower() + "\n"
    )
    assert result.returncode == 0, result.stderr


def test_wrong_password_is_one_clear_line(created: tuple[Path, str]) -> None:
    folder, _ = created
    result = run_cli(
        "check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        stdin="bukan-kata-sandinya\n",
    )  # fmt: skip
    assert_one_clear_line(result, "kata sandi salah")


def test_wrong_recovery_code_checksum_refused(created: tuple[Path, str]) -> None:
    folder, code = created
    broken = ("B" if code[0] != "B" else "C") + code[1:]
    result = run_cli("check", "--data-dir", str(folder), "--recovery-code-stdin", stdin=broken)
    assert_one_clear_line(result, "Kode pemulihan salah")


def test_missing_folder_and_foreign_file(tmp_path: Path) -> None:
    result = run_cli(
        "check", "--data-dir", str(tmp_path / "nope"), "--username", "x", "--password-stdin",
        stdin="x\n",
    )  # fmt: skip
    assert_one_clear_line(result, "Folder data tidak ditemukan")
    (tmp_path / "lk3.db").write_bytes(os.urandom(8192))
    result = run_cli(
        "check", "--data-dir", str(tmp_path), "--username", "x", "--password-stdin", stdin="x\n"
    )
    assert_one_clear_line(result, "tidak berisi basis data LK3 yang dapat dibaca")


def test_standard_sqlcipher4_client_opens_with_card_key(created: tuple[Path, str]) -> None:
    folder, code = created
    key = decode_recovery_code(code)
    conn = sqlcipher3.dbapi2.connect(str(folder / "lk3.db"))
    try:
        # SQLCipher 4 defaults only: no cipher settings beyond the raw key.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")]
        hashes = conn.execute("SELECT count(DISTINCT hash) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    assert actions[:2] == ["database.created", "user.created"]
    assert hashes == len(actions)


def test_newer_schema_refused_by_check(created: tuple[Path, str], tmp_path: Path) -> None:
    folder, code = created
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("lk3.db", "lk3.keys"):
        (copy / name).write_bytes((folder / name).read_bytes())
    key = decode_recovery_code(code)
    conn = sqlcipher3.dbapi2.connect(str(copy / "lk3.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
    conn.commit()
    conn.close()
    result = run_cli("check", "--data-dir", str(copy), "--recovery-code-stdin", stdin=code)
    assert_one_clear_line(result, "versi LK3 Desktop yang lebih baru")


def _office_as_stored(folder: Path) -> tuple[Any, ...]:
    """The key file with every value but the slots' Argon2id costs replaced by its type, and
    the center, the people and the audit trail in the database."""

    def shape(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: shape(v, k) for k, v in value.items() if k != "kdf"}
        if isinstance(value, list):
            return [shape(v) for v in value]
        return value if key in ("workstation", "ws", "format") else type(value).__name__

    doc = json.loads((folder / "lk3.keys").read_text("utf-8"))
    head = accounts.login(folder, NoCredentialStore("test"), "kepala", PASSWORD)
    try:
        info = center.get_center(head)
        with head.store.transaction() as s:
            users = [(u.username, u.full_name, u.role) for u in s.execute(select(User)).scalars()]
            actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())
    finally:
        head.store.close()
    return shape(doc), (info.name, info.center_code, info.head_name), users, actions


def test_the_tests_own_password_only_office_is_inits_but_for_the_argon2_cost(
    tmp_path: Path,
) -> None:
    """support.factories.cli_office (what the other CLI tests start from) makes the office
    `init` makes, with the tests' cheap Argon2id in its slot, which the CLI then uses."""
    folder = tmp_path / "init"
    result = run_cli(
        "init", "--data-dir", str(folder), "--center-name", "LK3 Kota Serang",
        "--center-code", "SRG", "--username", "kepala", "--full-name", "Siti Aminah",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    fast = tmp_path / "fast"
    cli_office(fast, PASSWORD, center_code="SRG")
    slots = [json.loads((f / "lk3.keys").read_text("utf-8"))["slots"] for f in (folder, fast)]
    assert [[slot["kdf"] for slot in each] for each in slots] == [
        [DEFAULT_KDF.to_json()],
        [FAST_KDF.to_json()],
    ]
    assert _office_as_stored(fast) == _office_as_stored(folder)
    result = run_cli(
        "check", "--data-dir", str(fast), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split()[:2] for line in result.stdout.splitlines()][:2] == [
        ["ok", "unlock"],
        ["ok", "key"],
    ]
