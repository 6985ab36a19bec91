"""Keys per case: clinical content is sealed under its case's key, held by the assigned
counselor, the heads and the recovery key; staf, other counselors and anyone with only the
database key see ciphertext, through the services or straight from the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD, note_input
from support.factories import HEAD_PASSWORD, login, make_vault
from support.office import Office
from support.tampering import connect
from support.unsealed import file_rows

from lk3_desktop.core.errors import KnownError, NoCaseKey, PermissionDenied
from lk3_desktop.db import key_seals
from lk3_desktop.db.migrate import copy_database
from lk3_desktop.db.models import AuditEntry, Case, CounselingSession, KeySeal
from lk3_desktop.db.sealed import SEALED, TEXT_PREFIX, readable
from lk3_desktop.services import accounts, case_keys, cases, integrity, sessions

NOTE = "Ibu D. bercerita tentang pertengkaran semalam dan ketakutannya."


def _raw(office: Office, username: str, password: str, sql: str) -> list[tuple[object, ...]]:
    """What someone holding only ``username``'s password reads from the file."""
    return file_rows(office.folder, office.store, sql, username, password)


@pytest.mark.embedded_only("reads lk3.db; on a server tests/server reads the rows with plain SQL")
def test_the_file_holds_only_ciphertext_of_a_note(office: Office) -> None:
    saved = sessions.save_note(office.rina, note_input(office.home, NOTE))
    rows = _raw(office, "tuti", COUNSELOR_PASSWORD, "SELECT * FROM counseling_sessions")
    cells = [c for row in rows for c in row if isinstance(c, str)]
    assert not any("pertengkaran" in c for c in cells)
    (sealed_sections,) = _raw(
        office,
        "tuti",
        COUNSELOR_PASSWORD,
        f"SELECT note_sections FROM counseling_sessions WHERE id = {saved.id}",
    )[0]
    assert isinstance(sealed_sections, str) and sealed_sections.startswith(TEXT_PREFIX)
    (problem,) = _raw(office, "tuti", COUNSELOR_PASSWORD, "SELECT presenting_problem FROM cases")[0]
    assert isinstance(problem, str) and problem.startswith(TEXT_PREFIX)
    # The case's key is sealed to its counselor, the head and the recovery key; not to staf.
    with office.head.store.transaction() as s:
        holders = key_seals.holders(s, key_seals.SCOPE_CASE, office.home.case_id)
    assert holders == {None, office.head.actor.user_id, office.rina.actor.user_id}


@pytest.mark.embedded_only(
    "on a server row security hides the row from Dedi before any key (tests/server)"
)
def test_the_head_and_the_counselor_read_it_others_do_not(office: Office) -> None:
    saved = sessions.save_note(office.rina, note_input(office.home, NOTE))
    assert sessions.get_note(office.head, saved.id).data.sections["data"] == NOTE
    assert sessions.get_note(office.rina, saved.id).data.sections["data"] == NOTE
    with pytest.raises(PermissionDenied):
        sessions.get_note(office.dedi, saved.id)
    # Past the service check, straight through the ORM: Dedi's session holds no key.
    with pytest.raises(NoCaseKey), office.dedi.store.transaction() as s:
        row = s.get(CounselingSession, saved.id)
        assert row is not None and row.note_sections == "{}" and not readable(row, "note_sections")
        row.plan = "Diubah oleh orang lain"
        s.flush()
    # Nothing was overwritten: the counselor still reads her note.
    assert sessions.get_note(office.rina, saved.id).data.sections["data"] == NOTE


def test_reassignment_moves_the_key(office: Office) -> None:
    saved = sessions.save_note(office.rina, note_input(office.home, NOTE))
    cases.reassign(office.head, office.home.case_id, office.dedi.actor.user_id, "Cuti")
    dedi = login(office.folder, office.store, "dedi", COUNSELOR_PASSWORD)
    try:
        assert sessions.get_note(dedi, saved.id).data.sections["data"] == NOTE
    finally:
        dedi.store.close()
    with office.head.store.transaction() as s:
        holders = key_seals.holders(s, key_seals.SCOPE_CASE, office.home.case_id)
    assert office.rina.actor.user_id not in holders
    assert office.dedi.actor.user_id in holders


def test_deactivation_deletes_every_seal_of_the_person(office: Office) -> None:
    sessions.save_note(office.rina, note_input(office.home, NOTE))
    accounts.deactivate_user(office.head, office.rina.actor.user_id, HEAD_PASSWORD)
    with office.head.store.transaction() as s:
        left = s.execute(
            select(KeySeal.id).where(KeySeal.user_id == office.rina.actor.user_id)
        ).all()
    assert left == []


def test_every_sealed_column_is_a_column() -> None:
    from lk3_desktop.db.models import Base

    for table, columns in SEALED.items():
        assert set(columns) <= {c.name for c in Base.metadata.tables[table].columns}, table


@pytest.mark.embedded_only("a recovery-card sign-in on a server is not done yet (issue 19)")
def test_recovery_with_both_codes_opens_every_case_again(
    initialized: accounts.InitResult, data_dir: Path, cred_store: object
) -> None:
    from support.office import build_office

    office = build_office(initialized.session, data_dir, cred_store)
    saved = sessions.save_note(office.rina, note_input(office.home, NOTE))
    office.close()
    initialized.session.store.close()
    vault = make_vault(data_dir, cred_store)
    recovered = accounts.recovery_unlock(
        data_dir,
        cred_store,
        initialized.recovery_code,
        vault=vault,  # type: ignore[arg-type]
        office_code=initialized.recovery_key_code,
    )
    head = accounts.complete_recovery(recovered, recovered.heads[0].id, "Kunci-Baru-Kantor-2027!")
    try:
        assert sessions.get_note(head, saved.id).data.sections["data"] == NOTE
    finally:
        head.store.close()
    assert json.loads((data_dir / "lk3.keys").read_text())["root"]
    login(data_dir, cred_store, "kepala", "Kunci-Baru-Kantor-2027!").store.close()
    assert HEAD_PASSWORD  # the old password no longer matters


@pytest.mark.embedded_only("rewrites lk3.db as an older office had it")
def test_an_office_keyed_before_case_keys_is_sealed_at_the_heads_sign_in(office: Office) -> None:
    """An office that got its person keys before clinical text was sealed per case (or a
    backup restored from then): plain clinical text and no case keys. The head's next sign-in
    seals it once, after a verified copy; everyone keeps reading what they read before."""
    saved = sessions.save_note(office.rina, note_input(office.home, NOTE))
    with office.head.store.transaction() as s:
        row = s.get(CounselingSession, saved.id)
        assert row is not None
        plain = {c: getattr(row, c) for c in SEALED["counseling_sessions"]}
        problem = s.get(Case, office.home.case_id).presenting_problem  # type: ignore[union-attr]
    vault = make_vault(office.folder, office.store)
    key = integrity.keys_from_password(vault, "kepala", HEAD_PASSWORD)
    conn = connect(office.folder / "lk3.db", key[0])
    try:
        conn.execute("DELETE FROM key_seals WHERE scope = 'case'")
        conn.execute("DELETE FROM settings WHERE key = ?", (case_keys.CONTENT_SEALED,))
        for column, value in plain.items():
            conn.execute(
                f"UPDATE counseling_sessions SET {column} = ? WHERE id = ?", (value, saved.id)
            )
        conn.execute("UPDATE cases SET presenting_problem = ?", (problem,))
    finally:
        conn.close()
    office.close()
    office.head.store.close()
    notes = "SELECT note_sections FROM counseling_sessions"
    stored = _raw(office, "tuti", COUNSELOR_PASSWORD, notes)
    assert "pertengkaran" in "".join(str(v) for (v,) in stored)

    head = login(office.folder, office.store, "kepala", HEAD_PASSWORD)
    try:
        assert sessions.get_note(head, saved.id).data.sections["data"] == NOTE
    finally:
        head.store.close()
    assert list((office.folder / "backups").glob("lk3-before-keys-*.db"))
    (sections,) = _raw(office, "tuti", COUNSELOR_PASSWORD, f"{notes} WHERE id = {saved.id}")[0]
    assert isinstance(sections, str) and sections.startswith(TEXT_PREFIX)
    rina = login(office.folder, office.store, "rina", COUNSELOR_PASSWORD)
    try:
        assert sessions.get_note(rina, saved.id).data.sections["data"] == NOTE
        assert cases.get_case(rina, office.home.case_id).presenting_problem == problem
    finally:
        rina.store.close()
    # Once: the next sign-in of the head finds nothing left to seal.
    head = login(office.folder, office.store, "kepala", HEAD_PASSWORD)
    try:
        with head.store.transaction() as s:
            sealed_entries = s.execute(
                select(AuditEntry.id).where(AuditEntry.action == "office.content_sealed")
            ).all()
        assert len(sealed_entries) == 1
    finally:
        head.store.close()


@pytest.mark.embedded_only("copies lk3.keys")
def test_a_deactivated_counselors_old_key_file_no_longer_opens_the_database(
    office: Office,
) -> None:
    """Rina keeps a copy of lk3.keys (and of a backup). Deactivation deletes her case-key
    seals and rotates the database key: her copy unlocks only the old key, which opens the
    old backup but not the current database, through the app or with plain sqlcipher3."""
    saved = sessions.save_note(office.rina, note_input(office.home, NOTE))
    kept_keys = (office.folder / "lk3.keys").read_bytes()
    kept_vault_dir = office.folder.parent / "rina-copy"
    kept_vault_dir.mkdir()
    (kept_vault_dir / "lk3.keys").write_bytes(kept_keys)
    old_key = integrity.keys_from_password(
        make_vault(kept_vault_dir, office.store), "rina", COUNSELOR_PASSWORD
    )[0]
    backup = office.folder.parent / "old-backup.db"
    copy_database(office.folder / "lk3.db", old_key, backup)

    code = accounts.deactivate_user(office.head, office.rina.actor.user_id, HEAD_PASSWORD)
    assert integrity.key_from_recovery_code(code) != old_key

    # The old key opens the old backup, not the current file.
    conn = connect(backup, old_key)
    try:
        assert conn.execute("SELECT count(*) FROM counseling_sessions").fetchone() == (1,)
    finally:
        conn.close()
    conn = connect(office.folder / "lk3.db", old_key)
    try:
        with pytest.raises(sqlcipher3.dbapi2.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    # Her old key file beside a copy of the current database does not sign her in.
    office.rina.store.close()
    stolen = office.folder.parent / "stolen"
    stolen.mkdir()
    copy_database(
        office.folder / "lk3.db", integrity.key_from_recovery_code(code), stolen / "lk3.db"
    )
    (stolen / "lk3.keys").write_bytes(kept_keys)
    with pytest.raises(KnownError):
        login(stolen, office.store, "rina", COUNSELOR_PASSWORD)
    # Nobody else is locked out, and her cases stay readable for the head.
    login(office.folder, office.store, "dedi", COUNSELOR_PASSWORD).store.close()
    assert sessions.get_note(office.head, saved.id).data.sections["data"] == NOTE
    with office.head.store.transaction() as s:
        holders = key_seals.holders(s, key_seals.SCOPE_CASE, office.home.case_id)
    assert office.rina.actor.user_id not in holders


def test_role_changes_move_the_keys_with_the_role(office: Office) -> None:
    """A second head holds every case key and the recovery seed; made a counselor she keeps
    only her own cases' keys; a counselor made staf keeps none; staf made a counselor gets
    the cases assigned to her."""
    from lk3_desktop.core.roles import Role

    sessions.save_note(office.rina, note_input(office.home, NOTE))
    dedis = office.add_home("dedis", "dedi", full_name="Siti Aminah", surname="Saputra")
    sessions.save_note(office.dedi, note_input(dedis, NOTE))

    def held(user_id: int) -> tuple[set[int], bool]:
        with office.head.store.transaction() as s:
            rows = s.execute(
                select(KeySeal.scope, KeySeal.scope_id).where(KeySeal.user_id == user_id)
            ).all()
        cases_held = {r.scope_id for r in rows if r.scope == key_seals.SCOPE_CASE}
        return cases_held, any(r.scope == key_seals.SCOPE_RECOVERY for r in rows)

    rina, dedi, tuti = (office.person(n).actor.user_id for n in ("rina", "dedi", "tuti"))
    accounts.change_role(office.head, rina, Role.KEPALA)
    assert held(rina) == ({office.home.case_id, dedis.case_id}, True)
    accounts.change_role(office.head, rina, Role.KONSELOR)
    assert held(rina) == ({office.home.case_id}, False)
    accounts.change_role(office.head, dedi, Role.STAF)
    assert held(dedi) == (set(), False)
    # Tuti becomes the counselor of Dedi's former case: the head reassigns it, then promotes.
    cases.reassign(office.head, dedis.case_id, office.head.actor.user_id, "Sementara")
    accounts.change_role(office.head, tuti, Role.KONSELOR)
    cases.reassign(office.head, dedis.case_id, tuti, "Konselor baru")
    assert held(tuti) == ({dedis.case_id}, False)
    tuti_now = login(office.folder, office.store, "tuti", COUNSELOR_PASSWORD)
    try:
        with tuti_now.store.transaction() as s:
            note = s.execute(
                select(CounselingSession).where(CounselingSession.case_id == dedis.case_id)
            ).scalar_one()
            assert note.note_sections != "{}" and readable(note, "note_sections")
    finally:
        tuti_now.store.close()
