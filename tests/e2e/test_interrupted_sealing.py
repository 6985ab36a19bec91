"""Issue 14: sealing an office's older clinical text under its case keys goes a batch at a
time, each batch committed with where the sealing stands. The head's sign-in that seals it is
killed after a batch: what was sealed stays sealed, nothing is half-written, and the next
head's sign-in goes on from there (no second copy, the progress starting where it stopped)
and finishes; everyone reads their notes as written."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, init_database, login, make_vault
from support.pause_kill import kill_at
from support.unsealed import file_rows, notes, stored_plans, unsealed_notes

from lk3_desktop.db import sealed
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, case_keys, content_sealing, integrity, sessions

NOTES = notes(6)


def _checks(folder: Path) -> list[integrity.CheckLine]:
    """What ``lk3-desktop check`` finds, opened with Rina's password."""
    vault = make_vault(folder, NoCredentialStore())
    keys = integrity.keys_from_password(vault, "rina", COUNSELOR_PASSWORD)
    return integrity.run_checks(folder, keys)


SEALER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lk3_desktop.db import sealed
    from lk3_desktop.db.workstation import NoCredentialStore
    from support.factories import HEAD_PASSWORD, login

    sealed.BATCH = 2  # many batches from a few notes
    login(Path(sys.argv[1]), NoCredentialStore(), "kepala", HEAD_PASSWORD)
    """
)


def _raw(folder: Path, sql: str) -> list[tuple[object, ...]]:
    return file_rows(folder, NoCredentialStore(), sql)


def _notes(folder: Path) -> list[str]:
    return stored_plans(folder, NoCredentialStore())


@pytest.mark.embedded_only("rewrites and reads lk3.db")
def test_a_sealing_killed_midway_goes_on_at_the_next_sign_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    head = init_database(folder, NoCredentialStore()).session
    ids = unsealed_notes(head, folder, NoCredentialStore(), NOTES)
    assert not any(v.startswith(sealed.TEXT_PREFIX) for v in _notes(folder))

    kill_at("sealing.batch_committed", [sys.executable, "-c", SEALER, str(folder)])

    # Killed after one batch: it is committed, with where the sealing stands; the rest is
    # still plain, and the office is not marked sealed.
    ((point,),) = _raw(
        folder, f"SELECT value FROM settings WHERE key = '{content_sealing.SEALING}'"
    )
    assert json.loads(str(point))["table"] == "cases"
    (problem,) = _raw(folder, "SELECT presenting_problem FROM cases")[0]
    assert str(problem).startswith(sealed.TEXT_PREFIX)
    assert not any(v.startswith(sealed.TEXT_PREFIX) for v in _notes(folder))
    marked = f"SELECT value FROM settings WHERE key = '{case_keys.CONTENT_SEALED}'"
    assert _raw(folder, marked) == []
    copies = sorted((folder / "backups").glob("lk3-before-keys-*.db"))
    assert len(copies) == 1
    # check says where it stopped, and that the database is sound.
    (waiting,) = [line for line in _checks(folder) if line.name == "content_sealing"]
    assert waiting.ok and waiting.code == "sealing_stopped"
    assert waiting.values[0].startswith("cases #")

    monkeypatch.setattr(sealed, "BATCH", 2)
    seen: list[tuple[int, int]] = []
    vault = make_vault(folder, NoCredentialStore())
    head = accounts.login(
        folder,
        NoCredentialStore(),  # type: ignore[arg-type]
        "kepala",
        HEAD_PASSWORD,
        vault=vault,
        progress=lambda done, total: seen.append((done, total)),
    )
    try:
        with head.store.transaction() as s:
            entries = s.execute(
                select(AuditEntry.id).where(AuditEntry.action == "office.content_sealed")
            ).all()
        assert len(entries) == 1
    finally:
        head.store.close()
    # It went on where it stopped, in steps, to the end.
    assert seen[0][0] > 0 and len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]
    assert sorted((folder / "backups").glob("lk3-before-keys-*.db")) == copies
    assert all(v.startswith(sealed.TEXT_PREFIX) for v in _notes(folder))
    assert _raw(folder, marked) == [(case_keys.SEAL_VERSION,)]
    assert _raw(folder, f"SELECT 1 FROM settings WHERE key = '{content_sealing.SEALING}'") == []
    assert [line.name for line in _checks(folder) if line.name == "content_sealing"] == []

    rina = login(folder, NoCredentialStore(), "rina", COUNSELOR_PASSWORD)
    try:
        for note_id, text in zip(ids, NOTES, strict=True):
            assert sessions.get_note(rina, note_id).data.sections["data"] == text
    finally:
        rina.store.close()
