"""Issue 11 item 13: the sign-in throttle and the key file hold against a clock moved back and
against tampered files: never a lockout longer than the maximum delay, never a hang, never a
raw error. Real key files and attempts files in tmp_path; the throttle's clock is the test's."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from support.factories import FAST_KDF, HEAD_PASSWORD, FakeClock

from lk3_desktop.core.errors import KeyFileDamaged, LoginThrottled, WrongPassword
from lk3_desktop.db.attempts import MAX_DELAY_S
from lk3_desktop.db.vault import KdfParams, Vault
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts
from lk3_desktop.ui.messages import message_for

DAY = 86_400.0
T0 = 1_800_000_000.0


@pytest.fixture
def closed(initialized: accounts.InitResult) -> None:
    initialized.session.store.close()


def fail_three_times(vault: Vault, data_dir: Path, cred_store: KeyringStore) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassword):
            accounts.login(data_dir, cred_store, "kepala", "bukan-sandinya-1", vault=vault)


def attempts_file(data_dir: Path) -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads((data_dir / "lk3.attempts").read_text())
    return data


def test_clock_moved_a_day_back_waits_the_delay_not_the_day(
    closed: None, data_dir: Path, cred_store: KeyringStore
) -> None:
    clock = FakeClock(T0 + DAY)  # the failures happen while the clock is a day ahead
    vault = Vault(data_dir, cred_store, FAST_KDF, clock=clock)
    fail_three_times(vault, data_dir, cred_store)
    clock.now = T0  # someone corrects the clock: one day back
    with pytest.raises(LoginThrottled) as caught:
        accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault)
    assert caught.value.retry_after == 2.0  # the delay after three failures, not 86,402 s
    clock.now += 2.01
    accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault).store.close()


@pytest.mark.parametrize(
    ("count", "last"),
    [
        (10**9, T0),  # a huge count: the delay is the maximum, 5 minutes
        (2**70, T0),
        ("many", T0),  # not a number: counted as the maximum
        (-5, T0),
        (7, 1e308),  # a time far in the future
        (7, "Infinity"),
    ],
)
def test_tampered_attempt_counts_are_bounded(
    closed: None,
    data_dir: Path,
    cred_store: KeyringStore,
    qapp: QApplication,
    count: object,
    last: object,
) -> None:
    clock = FakeClock(T0)
    vault = Vault(data_dir, cred_store, FAST_KDF, clock=clock)
    fail_three_times(vault, data_dir, cred_store)
    data = attempts_file(data_dir)
    (lookup,) = data
    data[lookup]["count"] = count
    data[lookup]["last"] = float(last) if last == "Infinity" else last
    (data_dir / "lk3.attempts").write_text(json.dumps(data))  # json writes Infinity as such
    clock.now = T0 + 1
    try:
        accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault).store.close()
        waited = 0.0
    except LoginThrottled as exc:
        waited = exc.retry_after
        # One sentence, no OverflowError on the way.
        assert message_for(exc).startswith("Too many failed attempts. Try again in ")
    assert 0 <= waited <= MAX_DELAY_S
    clock.now += MAX_DELAY_S + 1
    accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault).store.close()


def test_throttle_message_survives_any_retry_after(qapp: QApplication) -> None:
    for value in (float("inf"), float("nan"), 1e308, -3.0):
        error = LoginThrottled(value)
        assert 0 <= error.retry_after <= MAX_DELAY_S
        assert message_for(error)


@pytest.mark.parametrize(
    ("field", "value"),
    [("t", 10**6), ("m", 64 * 1024 * 1024), ("p", 1000), ("t", 0), ("m", 8), ("t", True)],
)
@pytest.mark.embedded_only("edits lk3.keys; tests/server tampers with the server's slots")
def test_tampered_kdf_parameters_are_refused_at_once(
    closed: None, data_dir: Path, cred_store: KeyringStore, qapp: QApplication, field: str,
    value: int,
) -> None:  # fmt: skip
    keys = json.loads((data_dir / "lk3.keys").read_text())
    keys["slots"][0]["kdf"][field] = value
    (data_dir / "lk3.keys").write_text(json.dumps(keys))
    vault = Vault(data_dir, cred_store, FAST_KDF)
    started = time.monotonic()
    with pytest.raises(KeyFileDamaged) as caught:
        accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault)
    assert time.monotonic() - started < 30  # refused before Argon2 runs (t=10^6 would hang)
    assert message_for(caught.value) == (
        "The key file (lk3.keys) of this data folder is damaged or has been changed, so no "
        "password can open it. Use the recovery card, or restore a backup."
    )


@pytest.mark.embedded_only("edits lk3.keys; tests/server tampers with the server's slots")
def test_a_tampered_slot_does_not_lock_out_the_others(
    head: accounts.UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    from lk3_desktop.core.roles import Role

    _info, _temp = accounts.create_user(
        head, "budi", "Budi Santoso", Role.KONSELOR, password="Kopi-Tubruk-Pagi-77"
    )
    head.store.close()
    keys = json.loads((data_dir / "lk3.keys").read_text())
    budi = next(s for s in keys["slots"] if s["id"] != keys["slots"][0]["id"])
    budi["kdf"]["m"] = 64 * 1024 * 1024
    (data_dir / "lk3.keys").write_text(json.dumps(keys))
    vault = Vault(data_dir, cred_store, FAST_KDF)
    accounts.login(data_dir, cred_store, "kepala", HEAD_PASSWORD, vault=vault).store.close()
    with pytest.raises(KeyFileDamaged):
        accounts.login(data_dir, cred_store, "budi", "Kopi-Tubruk-Pagi-77", vault=vault)


def test_bounds_admit_what_the_app_writes() -> None:
    KdfParams().check_bounds()  # the default cost
    FAST_KDF.check_bounds()  # the tests' cost
