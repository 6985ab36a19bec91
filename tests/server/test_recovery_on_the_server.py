"""Issue 19: the recovery card and a change of the database key on an office server.

On a server the database key encrypts no file: it is what every slot holds and what backups
are encrypted under, and together with the office recovery key (the card's second code) it
makes the password of the card's own login. These tests sign in against the session's real
PostgreSQL cluster: the card opens every case of a server office; a rotation makes the old
card useless and keeps everyone signing in; a deactivated counselor's password, login and old
slot open nothing on the server any more.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from support.casework import COUNSELOR_PASSWORD, case_note
from support.factories import HEAD_PASSWORD, login, make_vault
from support.office import Office
from support.postgres import ServerForTests, head_checks, psql

from lk3_desktop.core.errors import (
    ServerSchemaBehind,
    SessionRevoked,
    ValidationError,
    WrongPassword,
    WrongRecoveryCode,
)
from lk3_desktop.core.recovery_code import decode_recovery_code, encode_recovery_code
from lk3_desktop.db.server import provision
from lk3_desktop.db.server.connect import login_secret, recovery_secret
from lk3_desktop.db.server.enrollment import read_enrollment
from lk3_desktop.services import (
    accounts,
    recovery_card,
    sessions,
)

pytestmark = pytest.mark.postgres

NEW_PASSWORD = "Kunci-Baru-Kantor-2027!"
NOTE = "Ibu Hidayat bercerita tentang pertengkaran di rumah."


def _card_login(folder: Path, code: str, office_code: str) -> psycopg.Connection:
    enrollment = read_enrollment(folder)
    secret = recovery_secret(
        enrollment, decode_recovery_code(code), decode_recovery_code(office_code)
    )
    return psql(folder, enrollment.recovery_role, secret)


def test_the_recovery_card_opens_a_server_offices_cases(
    initialized: accounts.InitResult, office: Office, data_dir: Path, cred_store: object
) -> None:
    saved = sessions.save_note(office.rina, case_note(office.home.case_id, NOTE))
    office.close()
    initialized.session.store.close()
    vault = make_vault(data_dir, cred_store)
    code, office_code = initialized.recovery_code, initialized.recovery_key_code
    # Both codes are needed on a server: the first alone is in every person's slot.
    with pytest.raises(ValidationError) as refused:
        accounts.recovery_unlock(data_dir, cred_store, code, vault=vault)  # type: ignore[arg-type]
    assert refused.value.code == "recovery.office_code_needed"
    # Another office's card (a well-formed code) is refused by the server itself.
    other = encode_recovery_code(bytes(32))
    with pytest.raises(WrongRecoveryCode):
        accounts.recovery_unlock(
            data_dir,
            cred_store,  # type: ignore[arg-type]
            other,
            vault=make_vault(data_dir, cred_store),
            office_code=office_code,
        )
    recovered = accounts.recovery_unlock(
        data_dir,
        cred_store,  # type: ignore[arg-type]
        code,
        vault=make_vault(data_dir, cred_store),
        office_code=office_code,
    )
    assert [h.username for h in recovered.heads] == ["kepala"]
    head = accounts.complete_recovery(recovered, recovered.heads[0].id, NEW_PASSWORD)
    try:
        # Rina's note, sealed under her case's key, opens for the recovered head.
        assert sessions.get_note(head, saved.id).data.sections["data"] == NOTE
        # The head goes on over her own login, not the card's.
        with head.store.transaction() as s:
            who = s.execute(text("SELECT session_user")).scalar_one()
        assert who == read_enrollment(data_dir).login_role("kepala")
    finally:
        head.store.close()
    login(data_dir, cred_store, "kepala", NEW_PASSWORD).store.close()
    with pytest.raises(WrongPassword):
        login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    # The card's login, with plain SQL: a head's view of the clinical rows.
    with _card_login(data_dir, code, office_code) as conn:
        row = conn.execute("SELECT count(*) FROM counseling_sessions").fetchone()
        assert row is not None and row[0] == 1


def test_a_rotation_on_the_server_retires_the_old_card_and_keeps_everyone_in(
    initialized: accounts.InitResult, office: Office, data_dir: Path, cred_store: object
) -> None:
    head = initialized.session
    old_key = head.store.key()
    with pytest.raises(WrongPassword):
        accounts.rotate_database_key(head, "bukan-sandi-123")
    new_code = accounts.rotate_database_key(head, HEAD_PASSWORD)
    assert decode_recovery_code(new_code) == head.store.key() != old_key
    assert recovery_card.card_pending(head)
    # The head works on after the rotation.
    saved = sessions.save_note(office.rina, case_note(office.home.case_id, NOTE))
    assert sessions.get_note(head, saved.id).data.sections["data"] == NOTE
    office.close()
    head.store.close()
    # Every active person signs in with their own password and gets the new key.
    for name, password in (("rina", COUNSELOR_PASSWORD), ("tuti", COUNSELOR_PASSWORD)):
        session = login(data_dir, cred_store, name, password)
        assert session.store.key() == decode_recovery_code(new_code), name
        session.store.close()
    office_code = initialized.recovery_key_code
    with pytest.raises(psycopg.OperationalError):
        _card_login(data_dir, initialized.recovery_code, office_code).close()
    with pytest.raises(WrongRecoveryCode):
        accounts.recovery_unlock(
            data_dir,
            cred_store,  # type: ignore[arg-type]
            initialized.recovery_code,
            vault=make_vault(data_dir, cred_store),
            office_code=office_code,
        )
    recovered = accounts.recovery_unlock(
        data_dir,
        cred_store,  # type: ignore[arg-type]
        new_code,
        vault=make_vault(data_dir, cred_store),
        office_code=office_code,
    )
    recovered.store.close()


def test_a_deactivated_counselor_opens_nothing_on_the_server(
    initialized: accounts.InitResult,
    office: Office,
    data_dir: Path,
    cred_store: object,
    pg_server: ServerForTests,
) -> None:
    head = initialized.session
    saved = sessions.save_note(office.rina, case_note(office.home.case_id, NOTE))
    enrollment = read_enrollment(data_dir)
    rina_role = enrollment.login_role("rina")
    rina_secret = login_secret(enrollment, "rina", COUNSELOR_PASSWORD)
    # What Rina holds open: a psql connection of her own.
    held = psql(data_dir, rina_role, rina_secret)
    old_key = head.store.key()
    rina_id = office.rina.actor.user_id
    new_code = accounts.deactivate_user(head, rina_id, HEAD_PASSWORD)
    assert decode_recovery_code(new_code) != old_key
    # Her open connections were ended with her login.
    with pytest.raises(psycopg.OperationalError):
        held.execute("SELECT 1")
    held.close()
    # Her app session is told it was revoked (not that the server is away).
    with pytest.raises(SessionRevoked) as revoked:
        sessions.get_note(office.rina, saved.id)
    assert revoked.value.reason == "inactive"
    # Her password no longer signs in: not through the app, not with psql.
    with pytest.raises(WrongPassword):
        login(data_dir, cred_store, "rina", COUNSELOR_PASSWORD)
    with pytest.raises(psycopg.OperationalError):
        psql(data_dir, rina_role, rina_secret).close()
    superuser = pg_server.engine(enrollment.database)
    with superuser.connect() as conn:
        login_row = conn.execute(
            text("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = :r"),
            {"r": rina_role},
        ).one()
        seals = conn.execute(
            text("SELECT count(*) FROM key_seals WHERE user_id = :u"), {"u": rina_id}
        ).scalar_one()
        slots = conn.execute(
            text("SELECT count(*) FROM server_key_slots WHERE login_role = :r"), {"r": rina_role}
        ).scalar_one()
    superuser.dispose()
    assert login_row == (False, None)
    assert seals == 0 and slots == 0
    # The old database key her slot held makes no server password any more: even with the
    # office recovery key beside it (a head who left), the card's login refuses it.
    with pytest.raises(psycopg.OperationalError):
        _card_login(data_dir, encode_recovery_code(old_key), initialized.recovery_key_code)
    office.close()
    head.store.close()
    # Everyone else signs in as before.
    login(data_dir, cred_store, "dedi", COUNSELOR_PASSWORD).store.close()
    login(data_dir, cred_store, "kepala", HEAD_PASSWORD).store.close()


def test_only_a_head_sets_the_recovery_login(office: Office, data_dir: Path) -> None:
    enrollment = read_enrollment(data_dir)
    secret = login_secret(enrollment, "dedi", COUNSELOR_PASSWORD)
    with psql(data_dir, enrollment.login_role("dedi"), secret) as conn:
        verifier = conn.pgconn.encrypt_password(
            b"tebakan", enrollment.recovery_role.encode(), b"scram-sha-256"
        ).decode()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT lk3_set_recovery_login(%s)", (verifier,))


def test_a_server_not_upgraded_refuses_the_rotation_in_one_sentence(
    initialized: accounts.InitResult, data_dir: Path, pg_server: ServerForTests
) -> None:
    """A server made by an earlier version lacks the card login's function until `server
    upgrade`: the rotation says so (a known error) and changes nothing."""
    head = initialized.session
    enrollment = read_enrollment(data_dir)
    superuser = pg_server.engine(enrollment.database)
    try:
        with superuser.begin() as conn:
            conn.execute(text("DROP FUNCTION lk3_set_recovery_login(text)"))
        before = head.store.key()
        with pytest.raises(ServerSchemaBehind):
            accounts.rotate_database_key(head, HEAD_PASSWORD)
        assert head.store.key() == before
        assert not recovery_card.card_pending(head)
        with _card_login(data_dir, initialized.recovery_code, initialized.recovery_key_code):
            pass  # the card in the drawer still signs in
        provision.secure(superuser, enrollment.database, enrollment.role_prefix)  # the upgrade
    finally:
        superuser.dispose()
    new_code = accounts.rotate_database_key(head, HEAD_PASSWORD)
    assert decode_recovery_code(new_code) == head.store.key() != before


def test_check_says_whether_the_card_signs_in_on_the_server(
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: object,
    pg_server: ServerForTests,
) -> None:
    initialized.session.store.close()

    def card_line() -> tuple[bool, str]:
        lines = head_checks(data_dir, cred_store)  # type: ignore[arg-type]
        line = next(line for line in lines if line.name == "recovery_login")
        return line.ok, line.code

    assert card_line() == (True, "recovery_login_ok")
    enrollment = read_enrollment(data_dir)
    superuser = pg_server.engine(enrollment.database)
    try:
        with superuser.begin() as conn:  # as a server made before the card's login had it
            conn.execute(text(f'ALTER ROLE "{enrollment.recovery_role}" NOLOGIN'))
    finally:
        superuser.dispose()
    assert card_line() == (False, "recovery_login_missing")
    # The head's next sign-in gives the card its login again; the card signs in.
    login(data_dir, cred_store, "kepala", HEAD_PASSWORD).store.close()
    assert card_line() == (True, "recovery_login_ok")
    with _card_login(data_dir, initialized.recovery_code, initialized.recovery_key_code):
        pass
