"""Keys per person through real files: no key in the database opens a slot, roles come from
head-signed certificates, the head rotates without passwords, and every checkpoint is signed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text
from support.factories import HEAD_PASSWORD, login, make_vault
from support.tampering import connect

from lk3_desktop.core.errors import NotCertified, PermissionDenied
from lk3_desktop.core.roles import Role
from lk3_desktop.db import certificates, checkpoints
from lk3_desktop.db.models import AuditEntry, User
from lk3_desktop.db.models.keys import CertificateRevocation
from lk3_desktop.db.person_keys import PrivateKeys
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, integrity
from lk3_desktop.services.context import UserSession

RINA_PASSWORD = "Catatan-Sesi-Rina-2026"
TUTI_PASSWORD = "Jadwal-Pagi-Tuti-2026"


@dataclass
class Office:
    folder: Path
    store: KeyringStore
    rina_id: int
    tuti_id: int

    def login(self, username: str, password: str) -> UserSession:
        return login(self.folder, self.store, username, password)


@pytest.fixture
def office(initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore) -> Office:
    head = initialized.session
    rina, _ = accounts.create_user(
        head, "rina", "Rina Marlina", Role.KONSELOR, password=RINA_PASSWORD
    )
    tuti, _ = accounts.create_user(head, "tuti", "Tuti Alawiyah", Role.STAF, password=TUTI_PASSWORD)
    accounts.logout(head)
    return Office(data_dir, cred_store, rina.id, tuti.id)


@pytest.mark.embedded_only("reads lk3.keys and lk3.db, the files of an embedded office")
def test_nothing_in_the_database_opens_a_slot(office: Office) -> None:
    doc = json.loads((office.folder / "lk3.keys").read_text())
    assert doc["format"] == "lk3-keys/2" and len(doc["root"]) == 64
    assert all("user_key" not in slot and "keys" in slot for slot in doc["slots"])
    head = office.login("kepala", HEAD_PASSWORD)
    try:
        with head.store.transaction() as s:
            assert s.execute(select(User.user_key).where(User.user_key.is_not(None))).all() == []
        assert head.keys is not None and head.keys.root == doc["root"]
        assert head.keys.cert.self_signed  # the first head is the office root
    finally:
        head.store.close()


@pytest.mark.embedded_only(
    "edits lk3.db with plain sqlcipher3; the certificate check it proves is the same on a server"
)
def test_a_role_edited_in_the_file_is_refused_and_reported(office: Office) -> None:
    """Tuti (staf) takes the database key from her own slot and makes herself head."""
    vault = make_vault(office.folder, office.store)
    key = integrity.keys_from_password(vault, "tuti", TUTI_PASSWORD)[0]
    conn = connect(office.folder / "lk3.db", key)
    conn.execute("UPDATE users SET role = 'kepala' WHERE username = 'tuti'")
    conn.close()

    tuti = office.login("tuti", TUTI_PASSWORD)
    try:
        assert tuti.actor.role is Role.STAF  # the certificate's role, not the row's
        with pytest.raises(PermissionDenied):
            accounts.list_users(tuti)
    finally:
        accounts.logout(tuti)

    head = office.login("kepala", HEAD_PASSWORD)
    try:
        assert head.keys is not None
        assert (
            certificates.Problem(
                "role_edited", head.keys.registry.current(office.tuti_id).serial, office.tuti_id
            )
            in head.keys.problems
        )  # type: ignore[union-attr]
        with head.store.transaction() as s:
            shown = s.execute(
                select(AuditEntry.detail).where(AuditEntry.action == "audit.problems_found")
            ).scalar_one()
        found = json.loads(shown)["problems"]
        assert {
            "code": "role_edited",
            "entry": None,
            "user": office.tuti_id,
            "since": None,
        } in found
    finally:
        head.store.close()
    lines = integrity.run_checks(office.folder, [key])
    assert [line.name for line in lines if not line.ok] == ["certificates"]


@pytest.mark.embedded_only(
    "writes lk3.db with plain sqlcipher3; the certificate check it proves is the same on a server"
)
def test_a_certificate_staff_signs_for_herself_is_worth_nothing(office: Office) -> None:
    vault = make_vault(office.folder, office.store)
    unlocked = vault.unlock("tuti", TUTI_PASSWORD)
    assert unlocked.keys is not None
    forged = certificates.issue(
        unlocked.keys,
        unlocked.keys.public,
        database_id=vault.load().database_id,
        user_id=office.tuti_id,
        username="tuti",
        role="kepala",
        issued_at="2099-01-01T00:00:00+00:00",  # newest, so it would win if it counted
    )
    conn = connect(office.folder / "lk3.db", unlocked.db_key)
    conn.execute(
        "INSERT INTO certificates VALUES (?, ?, ?, ?, ?)",
        (forged.serial, office.tuti_id, forged.body, forged.signature, forged.issued_at),
    )
    conn.execute("UPDATE users SET role = 'kepala' WHERE username = 'tuti'")
    conn.close()
    tuti = office.login("tuti", TUTI_PASSWORD)
    assert tuti.actor.role is Role.STAF
    tuti.store.close()


def test_a_slot_from_another_certificate_is_refused(office: Office) -> None:
    """Keys that no certificate vouches for (a slot made up by someone with the key file)."""
    head = office.login("kepala", HEAD_PASSWORD)
    vault = head.store.vault
    key_file = vault.load()
    vault.seal_slot(
        key_file,
        "tuti",
        TUTI_PASSWORD,
        PrivateKeys.generate(),
        office.tuti_id,
        head.store.key(),
        vault.workstation_secret(key_file),
        root=key_file.root,
    )
    vault.save(key_file)
    head.store.close()
    with pytest.raises(NotCertified):
        office.login("tuti", TUTI_PASSWORD)


def test_rotation_seals_the_new_key_to_every_certificate(office: Office) -> None:
    head = office.login("kepala", HEAD_PASSWORD)
    accounts.rotate_database_key(head, HEAD_PASSWORD)
    head.store.close()
    for name, password in (("rina", RINA_PASSWORD), ("tuti", TUTI_PASSWORD)):
        session = office.login(name, password)
        assert session.keys is not None and session.keys.chain.ok
        session.store.close()


def test_deactivation_revokes_the_certificate(office: Office) -> None:
    head = office.login("kepala", HEAD_PASSWORD)
    try:
        serial = _serial(head, office.rina_id)
        accounts.deactivate_user(head, office.rina_id, HEAD_PASSWORD)
        with head.store.transaction() as s:
            assert s.get(CertificateRevocation, serial) is not None
            registry = certificates.load_registry(s, head.store.database_id, head.keys.root)  # type: ignore[union-attr]
        assert registry.current(office.rina_id) is None
    finally:
        head.store.close()


def _serial(session: UserSession, user_id: int) -> str:
    assert session.keys is not None
    cert = session.keys.registry.current(user_id)
    assert cert is not None
    return cert.serial


@pytest.mark.embedded_only("reads the watermark from lk3.keys")
def test_every_transaction_is_signed_and_sign_in_starts_from_the_watermark(
    office: Office,
) -> None:
    rina = office.login("rina", RINA_PASSWORD)
    assert rina.keys is not None and rina.keys.chain.ok
    accounts.lock(rina)
    mark = next(
        s["watermark"]
        for s in json.loads((office.folder / "lk3.keys").read_text())["slots"]
        if s["id"] == rina.keys.slot_id
    )
    rina = office.login("rina", RINA_PASSWORD)
    try:
        assert rina.keys is not None
        assert rina.keys.chain.ok and rina.keys.chain.started_at == mark["entry"]
        with rina.store.transaction() as s:
            registry = certificates.load_registry(s, rina.store.database_id, rina.keys.root)
            verdict = checkpoints.verify_chain(s, registry, rina.store.database_id)
            signers = set(
                s.execute(
                    text("SELECT json_extract(body, '$.signer') FROM audit_checkpoints")
                ).scalars()
            )
        assert verdict.ok and verdict.latest is not None
        assert signers == {1, office.rina_id}
    finally:
        rina.store.close()
