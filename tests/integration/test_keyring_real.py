"""The vault against a real Secret Service (gnome-keyring on a private D-Bus session)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from support.secret_service import run_in_secret_service, secret_service_available

TESTS_DIR = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lk3_desktop.core.errors import WorkstationSecretMissing
    from lk3_desktop.db.workstation import KeyringStore, detect_store, secret_name
    from lk3_desktop.services import accounts
    from support.factories import HEAD_PASSWORD, init_database, login

    folder = Path(sys.argv[1])
    store = detect_store(timeout=30)
    print("store", type(store).__name__, store.describe())
    result = init_database(folder, store)
    print("mode", accounts.protection_mode(result.session).workstation_secret)
    database_id = result.session.store.database_id
    result.session.store.close()
    login(folder, store, "kepala", HEAD_PASSWORD).store.close()
    print("login ok")
    # the secret really lives in the Secret Service, not in our files
    secret = store.get(secret_name(database_id))
    keys_text = (folder / "lk3.keys").read_text()
    print("secret in keys file", secret is not None and secret.hex() in keys_text)
    store.delete(secret_name(database_id))
    try:
        login(folder, store, "kepala", HEAD_PASSWORD)
    except WorkstationSecretMissing:
        print("missing secret named")
    """
)


@pytest.mark.secret_service
@pytest.mark.skipif(not secret_service_available(), reason="needs dbus and gnome-keyring")
def test_workstation_secret_in_real_secret_service(tmp_path: Path) -> None:
    result = run_in_secret_service(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        env={"PYTHONPATH": str(TESTS_DIR)},
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "store KeyringStore" in out
    assert "mode True" in out
    assert "login ok" in out
    assert "secret in keys file False" in out
    assert "missing secret named" in out


def test_fail_and_null_backends_mean_password_only() -> None:
    import keyring.backends.fail
    import keyring.backends.null

    from lk3_desktop.db.workstation import KeyringStore

    for backend in (keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()):
        assert not KeyringStore(backend, timeout=5).available()
