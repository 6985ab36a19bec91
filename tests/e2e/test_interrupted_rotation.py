"""Issue 11 item 2: a key rotation killed at any step leaves a database everyone opens, and
the office is told when it has no working recovery card: ``check`` says so, the next sign-in
completes and audits the rotation, and a head's sign-in puts the new card first."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select
from support.factories import HEAD_PASSWORD, init_database, login, make_vault
from support.pause_kill import kill_at, run_cli

from lk3_desktop.core.errors import WrongRecoveryCode
from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, recovery_card
from lk3_desktop.services.context import UserSession

ROTATOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts
    from support.factories import HEAD_PASSWORD, login

    session = login(Path(sys.argv[1]), NoCredentialStore(), "kepala", HEAD_PASSWORD)
    accounts.rotate_database_key(session, HEAD_PASSWORD)
    """
)


def check_lines(folder: Path, *, code: str | None = None) -> tuple[int, dict[str, str], str]:
    if code is None:
        how = ["--username", "kepala", "--password-stdin"]
        secret = HEAD_PASSWORD
    else:
        how, secret = ["--recovery-code-stdin"], code
    result = run_cli("check", "--data-dir", str(folder), *how, stdin=secret + "\n")
    lines = {}
    for line in result.stdout.splitlines():
        status, name, *_ = line.split()
        lines[name] = status
    return result.returncode, lines, result.stderr


def audit_rows(session: UserSession) -> list[tuple[str, str]]:
    with session.store.transaction() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.detail).order_by(AuditEntry.id))
        return [(a, d or "") for a, d in rows]


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "data"
    result = init_database(folder, NoCredentialStore())
    accounts.create_user(
        result.session, "budi", "Budi Santoso", Role.KONSELOR, password="Kopi-Tubruk-Pagi-77"
    )
    result.session.store.close()
    return folder, result.recovery_code


def kill_rotation_at(folder: Path, point: str) -> None:
    kill_at(point, [sys.executable, "-c", ROTATOR, str(folder)])


def test_killed_after_reencryption_the_next_sign_in_finishes_and_puts_the_card_first(
    office: tuple[Path, str],
) -> None:
    folder, old_code = office
    kill_rotation_at(folder, "rotation.rekeyed")

    code, lines, _ = check_lines(folder)
    assert code == 1
    assert lines["key_rotation"] == "GAGAL" and lines["recovery_card"] == "GAGAL"
    code, _, err = check_lines(folder, code=old_code)
    assert code == 2 and "Kode pemulihan salah" in err  # the old card no longer opens it

    # A counselor signing in first completes the key file; the head is still told.
    budi = login(folder, NoCredentialStore(), "budi", "Kopi-Tubruk-Pagi-77")
    assert recovery_card.card_pending(budi)
    budi.store.close()
    head = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    rows = audit_rows(head)
    started = [i for i, (a, _) in enumerate(rows) if a == "database.key_rotation_started"]
    done = [(i, d) for i, (a, d) in enumerate(rows) if a == "database.key_rotated"]
    assert len(started) == 1 and len(done) == 1 and done[0][0] > started[0]
    assert '"finished_at":"sign_in"' in done[0][1]

    new_code = recovery_card.pending_card_code(head)
    assert new_code is not None and decode_recovery_code(new_code) == head.store.key()
    assert audit_rows(head)[-1][0] == "recovery_card.shown"
    recovery_card.card_kept(head)
    assert not recovery_card.card_pending(head)
    assert recovery_card.pending_card_code(head) is None
    head.store.close()

    code, lines, _ = check_lines(folder, code=new_code)
    assert code == 0 and "key_rotation" not in lines and lines["recovery_card"] == "ok"


def test_killed_after_the_audit_row_completes_once(office: tuple[Path, str]) -> None:
    folder, _ = office
    kill_rotation_at(folder, "rotation.audited")
    code, lines, _ = check_lines(folder)
    assert code == 1 and lines["key_rotation"] == "GAGAL" and lines["recovery_card"] == "GAGAL"
    head = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    done = [d for a, d in audit_rows(head) if a == "database.key_rotated"]
    assert len(done) == 1 and '"finished_at":"rotation"' in done[0]
    assert recovery_card.pending_card_code(head) is not None
    head.store.close()


def test_killed_before_reencryption_the_old_card_still_works(office: tuple[Path, str]) -> None:
    folder, old_code = office
    kill_rotation_at(folder, "rotation.staged")
    code, lines, _ = check_lines(folder)
    assert code == 0, lines
    assert lines["key_rotation"] == "ok" and lines["recovery_card"] == "ok"
    head = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    actions = [a for a, _ in audit_rows(head)]
    assert actions.index("database.key_rotation_abandoned") > actions.index(
        "database.key_rotation_started"
    )
    assert "database.key_rotated" not in actions
    assert recovery_card.pending_card_code(head) is None
    assert head.store.key() == decode_recovery_code(old_code)
    head.store.close()
    accounts.recovery_unlock(
        folder, NoCredentialStore(), old_code, vault=make_vault(folder, NoCredentialStore())
    ).store.close()


def test_an_uninterrupted_rotation_keeps_the_card_pending_until_kept(
    office: tuple[Path, str],
) -> None:
    folder, old_code = office
    head = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    new_code = accounts.rotate_database_key(head, HEAD_PASSWORD)
    assert recovery_card.card_pending(head)  # until saved or printed
    head.store.close()
    with pytest.raises(WrongRecoveryCode):
        accounts.recovery_unlock(
            folder, NoCredentialStore(), old_code, vault=make_vault(folder, NoCredentialStore())
        )
    head = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    assert recovery_card.pending_card_code(head) == new_code
    recovery_card.card_kept(head)
    head.store.close()
