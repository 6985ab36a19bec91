"""Issue 11 item 5: a demo build killed half-way is not a demo database: ``check`` says the
build did not finish, and building the demo again in the same folder starts over."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from support.factories import FAST_KDF, cli_demo
from support.pause_kill import kill_cli_at, run_cli

from lk3_desktop.db.models import Case, Client, User
from lk3_desktop.db.vault import DEFAULT_KDF
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts

PASSWORD = "Demo-Kantor-LK3-2026"


def test_demo_killed_half_way_is_said_to_be_unfinished_and_builds_again(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    demo = ["demo", "--data-dir", str(folder), "--clients", "40", "--password-stdin"]
    kill_cli_at("demo.filling", *demo, stdin=PASSWORD + "\n")
    assert (folder / "lk3.db").is_file() and (folder / "lk3.keys").is_file()  # clients in it

    check = ["check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin"]
    result = run_cli(*check, stdin=PASSWORD + "\n")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "lk3-desktop: Pembuatan basis data demo di folder ini terhenti sebelum selesai, jadi "
        "tidak dapat dipakai. Buat demo lagi."
    ]
    assert "Kode pemulihan" not in result.stdout

    again = run_cli(*demo, stdin=PASSWORD + "\n")
    assert again.returncode == 0, again.stderr
    assert "Kode pemulihan: " in again.stdout
    result = run_cli(*check, stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stdout + result.stderr

    # The demo the other CLI tests make in their own process (support.factories.cli_demo) is
    # this one but for its slots' Argon2id cost.
    fast = tmp_path / "fast"
    cli_demo(fast, PASSWORD, 40)
    made, ours = _demo_as_stored(folder), _demo_as_stored(fast)
    assert made.pop("kdf") == {json.dumps(DEFAULT_KDF.to_json(), sort_keys=True)}
    assert ours.pop("kdf") == {json.dumps(FAST_KDF.to_json(), sort_keys=True)}
    assert ours == made


def _demo_as_stored(folder: Path) -> dict[str, Any]:
    keys = json.loads((folder / "lk3.keys").read_text("utf-8"))
    head = accounts.login(folder, NoCredentialStore("test"), "kepala", PASSWORD)
    try:
        with head.store.transaction() as s:
            return {
                "kdf": {json.dumps(slot["kdf"], sort_keys=True) for slot in keys["slots"]},
                "slots": sorted((sorted(slot), slot["ws"]) for slot in keys["slots"]),
                "workstation": keys["workstation"],
                "users": [
                    (u.username, u.full_name, u.role, u.active)
                    for u in s.execute(select(User).order_by(User.id)).scalars()
                ],
                "clients": list(s.execute(select(Client.full_name).order_by(Client.id)).scalars()),
                "cases": list(
                    s.execute(select(Case.registration_number).order_by(Case.id)).scalars()
                ),
            }
    finally:
        head.store.close()
