"""Factories for tests: an in-memory credential store, fast key slots, a ready database."""

from __future__ import annotations

from pathlib import Path

import keyring.backend

from lk3_desktop.db.vault import KdfParams, Vault
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession

# Cheap Argon2id for tests that unlock many times; the CLI and e2e tests use the real cost.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)

HEAD_PASSWORD = "Rahasia-Kantor-2026!"
CENTER_NAME = "LK3 Kabupaten Uji Coba"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An OS credential store that lives in this test process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


class FakeClock:
    """A clock the test moves by hand (``clock.now += 2``), for the sign-in throttle."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_vault(folder: Path, store: object) -> Vault:
    return Vault(folder, store, FAST_KDF)  # type: ignore[arg-type]


def init_database(
    folder: Path,
    store: object,
    username: str = "kepala",
    password: str = HEAD_PASSWORD,
    vault: Vault | None = None,
) -> accounts.InitResult:
    return accounts.initialize(
        folder,
        store,  # type: ignore[arg-type]
        accounts.CenterInput(name=CENTER_NAME, center_code="UJI", head_name="Siti Rahmawati"),
        accounts.NewAccount(username=username, full_name="Siti Rahmawati", password=password),
        vault=vault or make_vault(folder, store),
    )


def login(folder: Path, store: object, username: str, password: str) -> UserSession:
    return accounts.login(folder, store, username, password, vault=make_vault(folder, store))  # type: ignore[arg-type]


def cli_office(
    folder: Path,
    password: str,
    center_name: str = "LK3 Kota Serang",
    center_code: str = "",
    username: str = "kepala",
    full_name: str = "Siti Aminah",
) -> accounts.InitResult:
    """The office ``lk3-desktop init --password-stdin`` makes where no OS credential store is
    usable (password only, as the e2e tests run the CLI: keyring's null backend), made in this
    process with :data:`FAST_KDF` slots; its head's store is closed. Every slot keeps its own
    Argon2id parameters, so a CLI command run on it later derives at that cost, not at the
    real one (tests/e2e/test_cli.py proves it is init's office but for the cost)."""
    store = NoCredentialStore("no usable OS credential store")
    result = accounts.initialize(
        folder,
        store,
        accounts.CenterInput(name=center_name, center_code=center_code, head_name=full_name),
        accounts.NewAccount(username, full_name, password),
        vault=make_vault(folder, store),
    )
    result.session.store.close()
    return result


def cli_demo(folder: Path, password: str, clients: int, seed: int = 1) -> None:
    """The demo office ``lk3-desktop demo --clients N --password-stdin`` makes where no OS
    credential store is usable, made in this process with :data:`FAST_KDF` slots, which
    every later CLI command derives at (tests/e2e/test_interrupted_demo.py proves it is the
    demo's office but for the cost)."""
    from lk3_desktop.services import demo

    store = NoCredentialStore("no usable OS credential store")
    demo.generate(folder, store, password, clients, seed, vault=make_vault(folder, store))
