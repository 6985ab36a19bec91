"""Accounts through real SQLCipher files: setup, login, slots, users, rotation, throttling."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from sqlalchemy import select, text
from support.factories import (
    FAST_KDF,
    HEAD_PASSWORD,
    FakeClock,
    MemoryKeyring,
    init_database,
    login,
    make_vault,
)

from lk3_desktop.core.errors import (
    CredentialStoreUnavailable,
    LoginThrottled,
    NotAnLk3Database,
    PermissionDenied,
    SessionClosed,
    UnknownUser,
    ValidationError,
    WorkstationSecretMissing,
    WrongPassword,
    WrongRecoveryCode,
)
from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.core.roles import Role
from lk3_desktop.db import audit
from lk3_desktop.db.engine import connect_raw
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.vault import Vault
from lk3_desktop.db.workstation import KeyringStore, NoCredentialStore
from lk3_desktop.services import accounts, password_words
from lk3_desktop.services.context import UserSession

NEW_PASSWORD = "Kopi-Tubruk-Pagi-77"


def actions(session: UserSession) -> list[str]:
    with session.store.transaction() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


# An unknown name or a stopped account: the embedded vault finds no slot (UnknownUser); the
# office server refuses the login without saying which (WrongPassword). Both read the same.
REFUSED = (UnknownUser, WrongPassword)


@pytest.mark.embedded_only("reads lk3.db itself")
def test_initialize_creates_encrypted_database_with_head(
    initialized: accounts.InitResult, data_dir: Path
) -> None:
    head = initialized.session
    assert head.actor.role is Role.KEPALA
    assert (data_dir / "lk3.db").read_bytes()[:16] != b"SQLite format 3\0"
    key = decode_recovery_code(initialized.recovery_code)
    conn = connect_raw(data_dir / "lk3.db", key)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert conn.execute("PRAGMA temp_store").fetchone() == (2,)  # MEMORY
        names = [r[0] for r in conn.execute("SELECT username FROM users")]
    finally:
        conn.close()
    assert names == ["kepala"]
    assert actions(head) == ["database.created", "user.created", "login.success"]


def test_login_wrong_password_then_right(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    initialized.session.store.close()
    with pytest.raises(WrongPassword):
        login(data_dir, cred_store, "kepala", "salah-sekali-123")
    with pytest.raises(REFUSED):
        login(data_dir, cred_store, "tidakada", HEAD_PASSWORD)
    session = login(data_dir, cred_store, "KEPALA ", HEAD_PASSWORD)
    try:
        acts = actions(session)
        # failures made before the database could be opened are written at the next login
        assert acts[-3:] == ["login.failed", "login.failed", "login.success"]
        with session.store.transaction() as s:
            assert audit.verify(s).ok
    finally:
        session.store.close()


def test_growing_delay_after_repeated_failures(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    initialized.session.store.close()
    clock = FakeClock(1_800_000_000.0)
    vault = Vault(data_dir, cred_store, FAST_KDF, clock=clock)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            accounts.login(data_dir, cred_store, "kepala", "salah-sekali-123", vault=vault)
    clock.now += 0.5
    with pytest.raises(LoginThrottled) as first:
        accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault)
    assert first.value.retry_after == pytest.approx(1.5)
    assert vault.attempts.delay_after(4) > vault.attempts.delay_after(3)
    assert vault.attempts.delay_after(50) == 300
    clock.now += first.value.retry_after + 0.01  # the test's clock, not a real sleep
    session = accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault)
    session.store.close()


@pytest.mark.embedded_only("reads lk3.db itself")
def test_password_change_keeps_database_key(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    head = initialized.session
    key_before = head.store.key()
    db_bytes_before = (data_dir / "lk3.db").stat().st_size
    slots_before = json.loads((data_dir / "lk3.keys").read_text())["slots"]
    with pytest.raises(ValidationError):
        accounts.change_password(head, HEAD_PASSWORD, "pendek")
    with pytest.raises(WrongPassword):
        accounts.change_password(head, "bukan-sandi-lama", NEW_PASSWORD)
    accounts.change_password(head, HEAD_PASSWORD, NEW_PASSWORD)
    slots_after = json.loads((data_dir / "lk3.keys").read_text())["slots"]
    assert slots_before[0]["db_key"] == slots_after[0]["db_key"]  # same key, same wrapping
    assert slots_before[0]["keys"] != slots_after[0]["keys"]  # the keys sealed again
    head.store.close()
    with pytest.raises(WrongPassword):
        login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    session = login(data_dir, cred_store, "kepala", NEW_PASSWORD)
    assert session.store.key() == key_before
    assert (data_dir / "lk3.db").stat().st_size >= db_bytes_before
    session.store.close()


def test_users_created_reset_deactivated(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    head = initialized.session
    info, temp = accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR)
    assert info.must_change_password
    with pytest.raises(ValidationError):
        accounts.create_user(head, "budi", "Budi Lain", Role.STAF)
    budi = login(data_dir, cred_store, "budi", temp)
    assert budi.actor.must_change_password
    with pytest.raises(PermissionDenied):
        accounts.list_users(budi)
    with pytest.raises(PermissionDenied):
        accounts.create_user(budi, "ani", "Ani", Role.STAF)
    budi = accounts.change_password(budi, temp, NEW_PASSWORD)
    assert not budi.actor.must_change_password
    budi.store.close()

    temp2 = accounts.reset_password(head, info.id)
    with pytest.raises(WrongPassword):
        login(data_dir, cred_store, "budi", NEW_PASSWORD)
    login(data_dir, cred_store, "budi", temp2).store.close()

    accounts.deactivate_user(head, info.id, HEAD_PASSWORD)
    with pytest.raises(REFUSED):  # slot removed: the password opens nothing any more
        login(data_dir, cred_store, "budi", temp2)
    listed = {u.username: u for u in accounts.list_users(head)}
    assert not listed["budi"].active and not listed["budi"].has_slot
    with pytest.raises(ValidationError):
        accounts.deactivate_user(head, head.actor.user_id, HEAD_PASSWORD)
    assert {"user.created", "user.password_reset", "user.deactivated"} <= set(actions(head))


def test_staff_and_counselor_cannot_manage(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    head = initialized.session
    _, temp = accounts.create_user(head, "sari", "Sari Dewi", Role.STAF)
    sari = login(data_dir, cred_store, "sari", temp)
    for call in (
        lambda: accounts.reset_password(sari, head.actor.user_id),
        lambda: accounts.deactivate_user(sari, head.actor.user_id, HEAD_PASSWORD),
        lambda: accounts.rotate_database_key(sari, temp),
        lambda: accounts.recovery_code(sari, temp),
    ):
        with pytest.raises(PermissionDenied):
            call()
    sari.store.close()


@pytest.mark.embedded_only("the recovery card and a rekey act on the SQLCipher file")
def test_recovery_code_opens_and_resets_head(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    code = initialized.recovery_code
    initialized.session.store.close()
    vault = make_vault(data_dir, cred_store)
    bad = code[:-1] + ("A" if code[-1] != "A" else "B")
    with pytest.raises(WrongRecoveryCode):
        accounts.recovery_unlock(data_dir, cred_store, bad, vault=vault)
    recovered = accounts.recovery_unlock(
        data_dir, cred_store, code.lower().replace("-", " "), vault=vault
    )
    assert [h.username for h in recovered.heads] == ["kepala"]
    with pytest.raises(ValidationError):  # an office with keys needs the card's second code
        accounts.complete_recovery(recovered, recovered.heads[0].id, NEW_PASSWORD)
    recovered.store.close()
    recovered = accounts.recovery_unlock(
        data_dir, cred_store, code, vault=vault, office_code=initialized.recovery_key_code
    )
    session = accounts.complete_recovery(recovered, recovered.heads[0].id, NEW_PASSWORD)
    session.store.close()
    login(data_dir, cred_store, "kepala", NEW_PASSWORD).store.close()


@pytest.mark.embedded_only("server slots are password-only: no device key")
def test_missing_workstation_secret_is_named(
    initialized: accounts.InitResult, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    initialized.session.store.close()
    memory_keyring.entries.clear()  # new computer / reinstalled OS
    with pytest.raises(WorkstationSecretMissing):
        login(data_dir, KeyringStore(memory_keyring, timeout=5), "kepala", HEAD_PASSWORD)
    with pytest.raises(CredentialStoreUnavailable):
        login(data_dir, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    # the card still opens it; afterwards this computer holds a new secret
    store = KeyringStore(memory_keyring, timeout=5)
    recovered = accounts.recovery_unlock(
        data_dir,
        store,
        initialized.recovery_code,
        vault=make_vault(data_dir, store),
        office_code=initialized.recovery_key_code,
    )
    accounts.complete_recovery(recovered, recovered.heads[0].id, NEW_PASSWORD).store.close()
    login(data_dir, store, "kepala", NEW_PASSWORD).store.close()


class RefusingKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("locked collection")


@pytest.mark.embedded_only("server slots are password-only: no device key")
def test_locked_credential_store_is_named(initialized: accounts.InitResult, data_dir: Path) -> None:
    initialized.session.store.close()
    with pytest.raises(CredentialStoreUnavailable):
        login(data_dir, KeyringStore(RefusingKeyring(), timeout=5), "kepala", HEAD_PASSWORD)


def test_password_only_mode_without_store(data_dir: Path, no_cred_store: NoCredentialStore) -> None:
    result = init_database(data_dir, no_cred_store)
    assert not accounts.protection_mode(result.session).workstation_secret
    result.session.store.close()
    assert json.loads((data_dir / "lk3.keys").read_text())["workstation"] == "none"
    login(data_dir, no_cred_store, "kepala", HEAD_PASSWORD).store.close()


def test_lock_forgets_key_and_unlock_needs_same_user(head: UserSession) -> None:
    locked = accounts.lock(head, "idle")
    assert not head.store.is_open
    with pytest.raises(SessionClosed):
        head.store.key()
    with pytest.raises(WrongPassword):
        accounts.unlock(locked, "salah-sekali-123")
    again = accounts.unlock(locked, HEAD_PASSWORD)
    assert actions(again)[-3:] == ["session.locked", "login.failed", "session.unlocked"]
    again.store.close()


@pytest.mark.embedded_only("the recovery card and a rekey act on the SQLCipher file")
def test_rotate_database_key(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    head = initialized.session
    _, temp = accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR)
    old_key = head.store.key()
    with pytest.raises(WrongPassword):
        accounts.rotate_database_key(head, "bukan-sandi-123")
    new_code = accounts.rotate_database_key(head, HEAD_PASSWORD)
    assert new_code != initialized.recovery_code
    new_key = decode_recovery_code(new_code)
    assert head.store.key() == new_key != old_key
    with head.store.transaction() as s:
        assert s.execute(text("SELECT count(*) FROM users")).scalar_one() == 2
    head.store.close()
    # every user still gets in, without anyone's password having been known
    login(data_dir, cred_store, "budi", temp).store.close()
    login(data_dir, cred_store, "kepala", HEAD_PASSWORD).store.close()
    with pytest.raises(WrongRecoveryCode):
        accounts.recovery_unlock(
            data_dir, cred_store, initialized.recovery_code, vault=make_vault(data_dir, cred_store)
        )
    accounts.recovery_unlock(
        data_dir, cred_store, new_code, vault=make_vault(data_dir, cred_store)
    ).store.close()


@pytest.mark.embedded_only(
    "puts back an old lk3.keys file; on a server a stopped account cannot log in at all"
)
def test_inactive_account_refused_even_with_slot(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    head = initialized.session
    info, temp = accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR)
    # a stale slot left by an older key file copy must not sign a deactivated user in: it
    # holds the database key from before the deactivation, which the rotation made useless
    keys_copy = (data_dir / "lk3.keys").read_bytes()
    accounts.deactivate_user(head, info.id, HEAD_PASSWORD)
    (data_dir / "lk3.keys").write_bytes(keys_copy)
    with pytest.raises(NotAnLk3Database):
        login(data_dir, cred_store, "budi", temp)
    head.store.close()


def test_closed_store_cannot_reconnect(head: UserSession) -> None:
    """After a lock the engine cannot open a connection: the key buffer it reads is empty."""
    store = head.store
    accounts.lock(head)
    with pytest.raises(SessionClosed), store.transaction():
        pass
    with pytest.raises(Exception, match="closed"):
        store.engine.connect()


def test_failed_setup_leaves_nothing_behind(
    data_dir: Path,
    cred_store: KeyringStore,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(accounts.Vault, "save", broken)
    with pytest.raises(OSError):
        init_database(data_dir, cred_store)
    assert not (data_dir / "lk3.db").exists() and not (data_dir / "lk3.keys").exists()
    assert memory_keyring.entries == {}
    monkeypatch.undo()
    init_database(data_dir, cred_store).session.store.close()  # trying again works


def test_new_passwords_are_judged_with_the_office_place_and_year(
    tmp_path: Path, cred_store: KeyringStore
) -> None:
    """The services refuse a password built from the center's city and the year, whatever
    the center is called, at setup, on a change and for a new account; the forms get the
    same words from password_words."""
    center = accounts.CenterInput(
        name="LK3 Harapan Bunda", province_code="36", regency_code="36.73", head_name="Siti"
    )
    folder = tmp_path / "serang"
    year = str(datetime.date.today().year)
    weak = f"serang{year}!"
    with pytest.raises(ValidationError, match=r"password\.own_words"):
        accounts.initialize(
            folder,
            cred_store,
            center,
            accounts.NewAccount("kepala", "Siti Rahmawati", weak),
            vault=make_vault(folder, cred_store),
        )
    result = accounts.initialize(
        folder,
        cred_store,
        center,
        accounts.NewAccount("kepala", "Siti Rahmawati", HEAD_PASSWORD),
        vault=make_vault(folder, cred_store),
    )
    head = result.session
    try:
        words = password_words.password_words(head)
        assert {"kepala", "Siti Rahmawati", "LK3 Harapan Bunda", year} <= set(words)
        assert any("Serang" in w and "Banten" in w for w in words)
        with pytest.raises(ValidationError, match=r"password\.own_words"):
            accounts.change_password(head, HEAD_PASSWORD, f"Banten-{year}-serang")
        with pytest.raises(ValidationError, match=r"password\.own_words"):
            accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR, password=weak)
        # the other regencies and cities of the province are tried as early as its own
        assert {"Kabupaten Pandeglang", "Kota Cilegon"} <= set(words)
        for nearby in (f"pandeglang{year}", f"Cilegon.{year}!", f"tangerang-selatan-{year}"):
            with pytest.raises(ValidationError, match=r"password\.own_words"):
                accounts.create_user(head, "budi", "Budi Santoso", Role.KONSELOR, password=nearby)
        accounts.create_user(  # a passphrase that merely passes a place stays fine
            head,
            "budi",
            "Budi Santoso",
            Role.KONSELOR,
            password="hujan-turun-pelan-di-lebak-selatan",
        )
    finally:
        head.store.close()
