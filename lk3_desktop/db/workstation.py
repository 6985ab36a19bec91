"""The workstation secret in the OS credential store (through ``keyring``).

The secret is mixed into every key-encryption key, so copied files alone cannot be attacked
by guessing passwords. Keyring calls run on a worker thread with a timeout because an unlock
prompt of the OS store can hang. A backend that discards or refuses secrets (keyring's
``null`` and ``fail`` backends, plaintext backends from keyrings.alt) counts as no store.
"""

from __future__ import annotations

import base64
import concurrent.futures
import contextlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from lk3_desktop.core.errors import CredentialStoreUnavailable

SERVICE_NAME = "LK3 Desktop"
SECRET_BYTES = 32
DEFAULT_TIMEOUT_S = 20.0

T = TypeVar("T")


class CredentialStore(Protocol):
    """Where the workstation secret lives; ``None`` from ``get`` means it is not there."""

    def available(self) -> bool: ...

    def describe(self) -> str: ...

    def get(self, name: str) -> bytes | None: ...

    def set(self, name: str, secret: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


@dataclass
class NoCredentialStore:
    """Password-only mode: there is no OS store to use."""

    reason: str = "none"

    def available(self) -> bool:
        return False

    def describe(self) -> str:
        return self.reason

    def get(self, name: str) -> bytes | None:
        return None

    def set(self, name: str, secret: bytes) -> None:
        raise CredentialStoreUnavailable("no credential store")

    def delete(self, name: str) -> None:
        return None


def _is_usable_backend(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return False  # plaintext or weakly protected files: never for our secret
    if module in {"keyring.backends.fail", "keyring.backends.null"}:
        return False
    if module == "keyring.backends.chainer":
        return any(_is_usable_backend(b) for b in getattr(backend, "backends", []))
    try:
        priority = float(getattr(backend, "priority", 1))
    except Exception:  # a backend whose viability check itself fails is not usable
        return False
    return priority > 0


def _keep_on_this_computer(backend: Any) -> None:
    """Windows Credential Manager: keep the secret on this computer only.

    keyring writes with "enterprise" persistence by default, which roams with a domain profile
    to every computer the person signs in to; a workstation secret belongs to one computer.
    """
    if type(backend).__module__ == "keyring.backends.Windows":
        # Without pywin32 the setting itself fails; such a backend is refused as unusable.
        with contextlib.suppress(Exception):
            backend.persist = "local machine"
    for inner in getattr(backend, "backends", None) or ():  # the chainer backend
        _keep_on_this_computer(inner)


class KeyringStore:
    """The OS credential store as chosen by ``keyring`` (or an injected backend in tests)."""

    def __init__(self, backend: Any | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self._backend = backend
        self._timeout = timeout
        if backend is not None:
            _keep_on_this_computer(backend)

    def _keyring(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
            _keep_on_this_computer(self._backend)
        return self._backend

    def _call(self, fn: Callable[[], T]) -> T:
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
        try:
            future = pool.submit(fn)
            try:
                return future.result(timeout=self._timeout)
            except concurrent.futures.TimeoutError as exc:
                raise CredentialStoreUnavailable("credential store did not answer") from exc
            except CredentialStoreUnavailable:
                raise
            except Exception as exc:  # locked, refused, dbus gone: all mean "not now"
                raise CredentialStoreUnavailable(type(exc).__name__) from exc
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def available(self) -> bool:
        try:
            return self._call(lambda: _is_usable_backend(self._keyring()))
        except CredentialStoreUnavailable:
            return False

    def describe(self) -> str:
        backend = self._keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def get(self, name: str) -> bytes | None:
        value = self._call(lambda: self._keyring().get_password(SERVICE_NAME, name))
        if value is None:
            return None
        return base64.b64decode(value)

    def set(self, name: str, secret: bytes) -> None:
        encoded = base64.b64encode(secret).decode("ascii")
        self._call(lambda: self._keyring().set_password(SERVICE_NAME, name, encoded))
        # A backend that accepted the write but cannot give it back discards secrets.
        if self.get(name) != secret:
            raise CredentialStoreUnavailable("credential store did not keep the secret")

    def delete(self, name: str) -> None:
        def _delete() -> None:
            import keyring.errors

            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._keyring().delete_password(SERVICE_NAME, name)

        self._call(_delete)


class DeferredStore:
    """The OS store found when first needed (or when :meth:`resolve` is called early).

    Finding it imports ``keyring`` with its backends and asks the system (some 100 ms, more
    when the Secret Service is slow to answer): the app shows its first window without
    waiting for that, and finds the store on its worker thread while the password is typed
    (benchmarks: cold_start). Every use goes through the store found; a detection that
    failed with a bug leaves password-only mode and keeps the error in :attr:`failure`.
    """

    def __init__(self, detect: Callable[[], CredentialStore]) -> None:
        self._detect = detect
        self._lock = threading.Lock()
        self._store: CredentialStore | None = None
        self.failure: Exception | None = None

    def resolve(self) -> CredentialStore:
        """The store, found now if it was not yet (once; other callers wait for it)."""
        with self._lock:
            if self._store is None:
                try:
                    self._store = self._detect()
                except Exception as exc:  # a bug: reported by the caller, password-only here
                    self.failure = exc
                    self._store = NoCredentialStore("detection failed")
            return self._store

    def available(self) -> bool:
        return self.resolve().available()

    def describe(self) -> str:
        return self.resolve().describe()

    def get(self, name: str) -> bytes | None:
        return self.resolve().get(name)

    def set(self, name: str, secret: bytes) -> None:
        self.resolve().set(name, secret)

    def delete(self, name: str) -> None:
        self.resolve().delete(name)


def secret_name(database_id: str) -> str:
    """The entry name of one database's secret (ids only, never a person's name)."""
    return f"workstation-secret:{database_id}"


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def detect_store(timeout: float = DEFAULT_TIMEOUT_S) -> CredentialStore:
    """The OS store when a usable one exists, else password-only mode."""
    store = KeyringStore(timeout=timeout)
    if store.available():
        return store
    return NoCredentialStore("no usable OS credential store")
