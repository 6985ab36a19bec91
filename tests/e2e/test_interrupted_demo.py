"""Issue 11 item 5: a demo build killed half-way is not a demo database: ``check`` says the
build did not finish, and building the demo again in the same folder starts over."""

from __future__ import annotations

from pathlib import Path

from support.pause_kill import kill_cli_at, run_cli

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
