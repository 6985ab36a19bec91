"""repr() of everything that holds a key never prints it: the open store, the session, the
unlocked slot, setup's result and a staged restore (issue 11, item 18). repr() ends up in
logs, tracebacks, crash files and debugger output."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from support.factories import HEAD_PASSWORD, make_vault

from lk3_desktop.core.recovery_code import decode_recovery_code, encode_recovery_code
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, backup


def _forms(key: bytes) -> list[str]:
    """Ways a key shows up in text: hex, Python's bytes repr, base32/64, bytearray repr."""
    return [
        key.hex(),
        key.hex().upper(),
        repr(key)[2:40],
        repr(bytearray(key))[12:50],
        base64.b32encode(key).decode().rstrip("=")[:20],
        base64.b64encode(key).decode()[:20],
    ]


def _assert_hidden(text: str, key: bytes, code: str) -> None:
    for form in _forms(key):
        assert form not in text
    assert code not in text
    assert code.replace("-", "")[:16] not in text.replace("-", "")


@pytest.mark.embedded_only("stages a restore: server backup is issue 19 item 7, not done yet")
def test_no_repr_prints_the_database_key(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    head = initialized.session
    code = initialized.recovery_code
    key = decode_recovery_code(code)
    assert head.store.key() == key
    unlocked = make_vault(data_dir, cred_store).unlock("kepala", HEAD_PASSWORD)
    assert unlocked.db_key == key
    for obj in (initialized, head, head.store, unlocked, head.store.vault):
        _assert_hidden(repr(obj), key, code)
        _assert_hidden(str(obj), key, code)
    assert unlocked.keys is not None and unlocked.kek
    seed = unlocked.keys.seed()
    office = decode_recovery_code(initialized.recovery_key_code)
    for obj in (initialized, head, unlocked, head.keys):
        for secret in (seed, unlocked.kek, office):
            _assert_hidden(repr(obj), secret, encode_recovery_code(secret))

    made = backup.back_up(head, tmp_path / "cadangan")
    staged = backup.prepare_restore_with_password(
        made.path, data_dir, cred_store, "kepala", HEAD_PASSWORD, vault_factory=make_vault
    )
    try:
        _assert_hidden(repr(staged), key, code)
    finally:
        staged.discard()


def test_a_persons_private_keys_and_signer_print_no_seed() -> None:
    """The keys of a person (issue 14's layer) are held by the open store once signed in."""
    from lk3_desktop.db.checkpoints import Signer
    from lk3_desktop.db.person_keys import PrivateKeys

    keys = PrivateKeys.generate()
    seed = keys.seed()
    for obj in (keys, Signer(keys, 1, "serial", "database")):
        for form in _forms(seed):
            assert form not in repr(obj) and form not in str(obj)
