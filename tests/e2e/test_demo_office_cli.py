"""Issue 7's checks on a demo database through the CLI, as an administrator runs them:
`export` for a UU PDP request (every record of the client, no other client's identifiers),
and backup, a damaged live file, restore (every record back, the chain verifies)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import func, select
from support.factories import cli_demo
from test_backup_cli import assert_one_clear_line, run_cli

from lk3_desktop.db.models import Case, Client, CounselingSession
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts

PASSWORD = "Demo-Kantor-LK3-2026"
SCHEMA = Path(__file__).resolve().parents[2] / "resources/schemas/subject-export-v1.schema.json"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export-cli") / "data"
    cli_demo(folder, PASSWORD, 60)  # `demo --clients 60`, with the tests' cheap Argon2id
    return folder


def _busiest_client_and_others(folder: Path) -> tuple[int, int, list[str]]:
    """(client id with the most sessions, their session count, every other client's NIK)."""
    session = accounts.login(folder, NoCredentialStore("test"), "kepala", PASSWORD)
    try:
        with session.store.transaction() as s:
            cid, n = s.execute(
                select(Case.client_id, func.count(CounselingSession.id))
                .join(CounselingSession, CounselingSession.case_id == Case.id)
                .group_by(Case.client_id)
                .order_by(func.count(CounselingSession.id).desc())
                .limit(1)
            ).one()
            niks = list(
                s.execute(
                    select(Client.nik).where(Client.id != cid, Client.nik.is_not(None))
                ).scalars()
            )
    finally:
        session.store.close()
    return cid, n, [str(nik) for nik in niks]


def test_export_holds_the_clients_records_and_no_one_elses(demo: Path, tmp_path: Path) -> None:
    cid, sessions, others = _busiest_client_and_others(demo)
    assert sessions > 0 and len(others) > 20
    target = tmp_path / "klien.json"
    result = run_cli(
        "export", "--data-dir", str(demo), "--username", "kepala", "--password-stdin",
        "--client", str(cid), "--to", str(target), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Ekspor ditulis" in result.stdout
    raw = target.read_text("utf-8")
    doc = json.loads(raw)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text("utf-8")))
    assert doc["client"]["id"] == cid
    assert len(doc["sessions"]) == doc["counts"]["sessions"] == sessions
    assert [nik for nik in others if nik in raw] == []

    pdf = tmp_path / "klien.pdf"
    result = run_cli(
        "export", "--data-dir", str(demo), "--username", "kepala", "--password-stdin",
        "--client", str(cid), "--format", "pdf", "--to", str(pdf), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_unknown_client_and_a_counselor_are_one_clear_line(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    result = run_cli(
        "export", "--data-dir", str(demo), "--username", "kepala", "--password-stdin",
        "--client", "999999", "--to", str(target), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert_one_clear_line(result, "Klien tidak ditemukan")
    result = run_cli(
        "export", "--data-dir", str(demo), "--username", "rina", "--password-stdin",
        "--client", "1", "--to", str(target), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not target.exists()


def _row_counts(folder: Path) -> dict[str, int]:
    from sqlalchemy import text

    from lk3_desktop.db.models import Base

    session = accounts.login(folder, NoCredentialStore("test"), "kepala", PASSWORD)
    try:
        with session.store.transaction() as s:
            return {
                name: int(s.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
                for name in Base.metadata.tables
                # Signing in adds entries and their signed checkpoints; the chain is checked
                # instead.
                if name not in ("audit_log", "audit_checkpoints")
            }
    finally:
        session.store.close()


def test_demo_backup_corrupt_restore_brings_every_record_back(demo: Path, tmp_path: Path) -> None:
    """The check of issue 7, as an administrator runs it on a copy of the demo office."""
    import shutil

    folder = tmp_path / "kantor"
    shutil.copytree(demo, folder)
    before = _row_counts(folder)
    assert before["clients"] == 60 and before["counseling_sessions"] > 0
    backup = tmp_path / "stick" / "kantor.lk3backup"
    result = run_cli(
        "backup", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        "--to", str(backup), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    live = folder / "lk3.db"
    raw = bytearray(live.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 4096] = bytes(4096)  # a page of the live file lost
    live.write_bytes(bytes(raw))
    result = run_cli(
        "check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode != 0

    result = run_cli(
        "restore", "--data-dir", str(folder), "--from", str(backup), "--username", "kepala",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    result = run_cli(
        "check", "--data-dir", str(folder), "--username", "kepala", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr  # the audit chain verifies
    assert _row_counts(folder) == before

    flipped = tmp_path / "flipped.lk3backup"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    result = run_cli(
        "restore", "--data-dir", str(folder), "--from", str(flipped), "--username", "kepala",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert_one_clear_line(result, "Berkas cadangan rusak")
