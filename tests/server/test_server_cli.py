"""Issue 19 items 2 and 3 as an office sets it up, with real processes on a fresh cluster:
``server init`` makes the database, roles, row security, the office CA and TLS; two
workstation profiles are enrolled from the enrollment file (which holds no secret), and
``check`` passes from both over verified TLS."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.postgres import fresh_cluster as new_cluster

from lk3_desktop.db.server.cluster import SUPERUSER, Cluster

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

HEAD_PASSWORD = "Sangat-Rahasia-Kantor-2026"


@pytest.fixture(scope="module")
def fresh_cluster() -> Iterator[Cluster]:
    """A cluster of its own, as Debian's package leaves it: no TLS until ``server init``."""
    with new_cluster() as cluster:
        yield cluster


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    full.pop("DBUS_SESSION_BUS_ADDRESS", None)
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lk3_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        timeout=300,
    )


def test_init_enroll_two_workstations_and_check_from_both(
    fresh_cluster: Cluster, tmp_path: Path
) -> None:
    enrollment = tmp_path / "kantor.lk3server"
    made = run_cli(
        "server", "init",
        "--host", "127.0.0.1",
        "--port", str(fresh_cluster.port),
        "--database", "lk3_kantor",
        "--superuser", SUPERUSER,
        "--center-name", "LK3 Kota Serang",
        "--center-code", "SRG",
        "--username", "kepala",
        "--full-name", "Siti Aminah",
        "--password-stdin",
        "--enrollment-out", str(enrollment),
        stdin=HEAD_PASSWORD + "\n",
        env={"PGPASSWORD": fresh_cluster.password},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    # In the app's language (Indonesian until English is chosen), as every command.
    assert "Sertifikat TLS untuk: 127.0.0.1" in made.stdout
    assert "Volume terenkripsi:" in made.stdout  # says whether it could verify it
    raw = enrollment.read_text("utf-8")
    doc = json.loads(raw)
    assert doc["host"] == "127.0.0.1" and doc["database"] == "lk3_kantor"
    assert "BEGIN CERTIFICATE" in doc["ca"]
    for secret in (HEAD_PASSWORD, fresh_cluster.password, "PRIVATE KEY"):
        assert secret not in raw

    desks = [tmp_path / "meja-depan", tmp_path / "ruang-kepala"]
    for desk in desks:
        enrolled = run_cli("server", "enroll", "--data-dir", str(desk), "--from", str(enrollment))
        assert enrolled.returncode == 0, enrolled.stderr
        assert not (desk / "lk3.db").exists()  # the data lives on the server
        checked = run_cli(
            "check", "--data-dir", str(desk), "--username", "kepala", "--password-stdin",
            stdin=HEAD_PASSWORD + "\n",
        )  # fmt: skip
        assert checked.returncode == 0, checked.stdout + checked.stderr
        passed = {line.split()[1] for line in checked.stdout.splitlines() if line.startswith("ok ")}
        for name in ("server", "schema", "audit_chain", "certificates", "row_security"):
            assert name in passed, checked.stdout

    # The recovery card checks the office too, from any workstation: on a server with both
    # of its codes (the second on the next line); the first alone is refused in one line.
    lines = [line for line in made.stdout.splitlines() if line.strip()]
    code, office_code = lines[-1], lines[-3]
    carded = run_cli(
        "check", "--data-dir", str(desks[1]), "--recovery-code-stdin",
        stdin=f"{code}\n{office_code}\n",
    )  # fmt: skip
    assert carded.returncode == 0, carded.stdout + carded.stderr
    checks = {line.split()[1] for line in carded.stdout.splitlines() if line.startswith("ok ")}
    assert {"unlock", "server", "audit_chain", "row_security", "recovery_login"} <= checks, (
        carded.stdout
    )
    alone = run_cli(
        "check", "--data-dir", str(desks[1]), "--recovery-code-stdin", stdin=f"{code}\n"
    )
    assert alone.returncode != 0
    assert len(alone.stderr.strip().splitlines()) == 1 and "kedua" in alone.stderr, alone.stderr

    wrong = run_cli(
        "check", "--data-dir", str(desks[0]), "--username", "kepala", "--password-stdin",
        stdin="bukan-sandinya\n",
    )  # fmt: skip
    assert wrong.returncode != 0
    assert len(wrong.stderr.strip().splitlines()) == 1  # one clear line, no traceback
