"""Shared fixtures: offscreen Qt, an in-memory credential store, fast key slots, real files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from support.factories import MemoryKeyring, init_database

from lk3_desktop.db.workstation import KeyringStore, NoCredentialStore
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def cred_store(memory_keyring: MemoryKeyring) -> KeyringStore:
    return KeyringStore(memory_keyring, timeout=5)


@pytest.fixture
def no_cred_store() -> NoCredentialStore:
    return NoCredentialStore("test: none")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def initialized(data_dir: Path, cred_store: KeyringStore) -> Iterator[accounts.InitResult]:
    result = init_database(data_dir, cred_store)
    yield result
    result.session.store.close()


@pytest.fixture
def head(initialized: accounts.InitResult) -> UserSession:
    return initialized.session
