"""Key slots (``lk3.keys``), LUKS-style, as DESIGN.md "Storage and keys" describes.

Two levels, so that the head can rotate the database key without knowing anyone's password:

* each user has a random 32-byte *user key*, kept inside the encrypted database (``users``);
* the user's slot holds the user key wrapped by a key-encryption key (KEK) from
  Argon2id(password) mixed with the workstation secret (HKDF), and the database key wrapped
  by the user key (AES-256-GCM, database id + slot id + purpose as associated data).

Changing a password rewraps the user key of one slot; rotating the database key rewraps the
database key in every slot with the user keys read from the (open) database.
The file holds no names: a slot is found by a hash of the username.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import math
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lk3_desktop.core.errors import (
    CredentialStoreUnavailable,
    KeyFileDamaged,
    KnownError,
    LoginThrottled,
    NotAnLk3Database,
    UnknownUser,
    WorkstationSecretMissing,
    WrongPassword,
)
from lk3_desktop.core.text_input import storable
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.os_errors import data_folder_errors
from lk3_desktop.db.workstation import CredentialStore, new_secret, secret_name

KEYS_FILENAME = "lk3.keys"
ATTEMPTS_FILENAME = "lk3.attempts"
FORMAT = "lk3-keys/1"
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# Calibrated on the reference machine (2 cores): one unlock ~0.5 s. See README "Security".
DEFAULT_TIME_COST = 4
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_PARALLELISM = 2
# What a key file may ask for. A slot outside these bounds was not written by LK3 Desktop: it
# is refused before any work, instead of hanging sign-in (t=10^6) or failing inside Argon2
# (m=64 GiB). The upper bounds leave room to raise the cost fourfold.
TIME_COST_RANGE = (1, 16)
MEMORY_KIB_RANGE = (8 * 1024, 1024 * 1024)
PARALLELISM_RANGE = (1, 16)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored with every slot so they can change over time."""

    time_cost: int = DEFAULT_TIME_COST
    memory_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM

    def check_bounds(self) -> None:
        """KeyFileDamaged unless every cost lies within what LK3 Desktop ever writes."""
        for value, (low, high) in (
            (self.time_cost, TIME_COST_RANGE),
            (self.memory_kib, MEMORY_KIB_RANGE),
            (self.parallelism, PARALLELISM_RANGE),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise KeyFileDamaged("key derivation parameters out of bounds")

    def derive(self, password: str, salt: bytes) -> bytes:
        self.check_bounds()
        return hash_secret_raw(
            password.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise KeyFileDamaged("unknown kdf")
        values = (data["t"], data["m"], data["p"])
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise KeyFileDamaged("kdf parameters are not whole numbers")
        # Bounds are checked when a slot is used, so one tampered slot does not lock out
        # every other user of the file.
        return cls(*values)


DEFAULT_KDF = KdfParams()


@dataclass
class Slot:
    slot_id: str
    lookup: str
    kdf: KdfParams
    salt: bytes
    uses_workstation_secret: bool
    wrapped_user_key: bytes  # nonce || ciphertext
    wrapped_db_key: bytes  # nonce || ciphertext
    # During a key rotation: the new key, sealed before the database is rekeyed, so a crash
    # between the rekey and the key-file update never locks anyone out.
    wrapped_db_key_next: bytes | None = None

    def to_json(self) -> dict[str, Any]:
        doc = {
            "id": self.slot_id,
            "lookup": self.lookup,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "ws": self.uses_workstation_secret,
            "user_key": _b64(self.wrapped_user_key),
            "db_key": _b64(self.wrapped_db_key),
        }
        if self.wrapped_db_key_next is not None:
            doc["db_key_next"] = _b64(self.wrapped_db_key_next)
        return doc

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        nxt = data.get("db_key_next")
        return cls(
            slot_id=str(data["id"]),
            lookup=str(data["lookup"]),
            kdf=KdfParams.from_json(data["kdf"]),
            salt=_unb64(data["salt"]),
            uses_workstation_secret=bool(data["ws"]),
            wrapped_user_key=_unb64(data["user_key"]),
            wrapped_db_key=_unb64(data["db_key"]),
            wrapped_db_key_next=_unb64(nxt) if nxt else None,
        )


@dataclass
class KeyFile:
    database_id: str
    workstation_mode: str  # "keyring" or "none"
    slots: list[Slot] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "database_id": self.database_id,
            "workstation": self.workstation_mode,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise NotAnLk3Database("unknown key file format")
            return cls(
                database_id=str(doc["database_id"]),
                workstation_mode=str(doc["workstation"]),
                slots=[Slot.from_json(s) for s in doc["slots"]],
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged("key file unreadable") from exc


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)


def _opens_to(key: bytes, sealed: bytes, aad: bytes, expected: bytes) -> bool:
    try:
        return _open(key, sealed, aad) == expected
    except InvalidTag:
        return False


def _aad(database_id: str, slot_id: str, purpose: str) -> bytes:
    return f"lk3|{database_id}|{slot_id}|{purpose}".encode()


def _kek(password_key: bytes, workstation_secret: bytes | None, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"lk3-kek/1")
    return hkdf.derive(password_key + (workstation_secret or b""))


def username_lookup(database_id: str, username: str) -> str:
    """The slot's lookup value: a hash of the normalised username, never the name itself."""
    normal = storable(username).strip().casefold()  # a half character typed cannot hash
    return hashlib.sha256(f"lk3-user|{database_id}|{normal}".encode()).hexdigest()


@dataclass(frozen=True)
class Unlocked:
    # The keys never appear in repr(): it ends up in logs, tracebacks and debugger output.
    db_key: bytes = field(repr=False)
    user_key: bytes = field(repr=False)
    slot_id: str
    db_key_next: bytes | None = field(default=None, repr=False)  # while a rotation is unfinished


Clock = Callable[[], float]

# Failures counted per username; beyond this the delay is at its maximum anyway, and a larger
# number in a damaged or tampered file means nothing more.
MAX_COUNTED_FAILURES = 64
MAX_DELAY_S = 300.0


def _count_of(entry: dict[str, Any]) -> int:
    """The failure count of an attempts entry, bounded; garbage counts as the maximum (the
    file was damaged or tampered with: wait the longest delay, never longer)."""
    value = entry.get("count", 0)
    if isinstance(value, bool) or not isinstance(value, int):
        return MAX_COUNTED_FAILURES
    return min(max(value, 0), MAX_COUNTED_FAILURES)


def _time_of(entry: dict[str, Any]) -> float:
    value = entry.get("last", 0.0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return 0.0
    return float(value)


@dataclass
class Attempts:
    """Failed unlocks per lookup hash, for the growing delay and the audit log.

    ``clock`` gives the time (seconds since the epoch); tests pass one they control.
    """

    path: Path
    clock: Clock = time.time

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict)}

    def _write(self, data: dict[str, Any]) -> None:
        with data_folder_errors():
            write_atomic(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))

    @staticmethod
    def delay_after(failures: int) -> float:
        """Seconds to wait after ``failures`` consecutive failures (grows, capped)."""
        failures = min(failures, MAX_COUNTED_FAILURES)
        if failures < 3:
            return 0.0
        return float(min(2 ** (failures - 2), MAX_DELAY_S))

    def check(self, lookup: str, now: float | None = None) -> None:
        """LoginThrottled while the delay after the last failure runs.

        The wait is never longer than the delay itself: a clock set back (or a future time in
        the file) counts as "the failure was just now", not as a lockout until that time.
        """
        data = self._read()
        entry = data.get(lookup)
        if not entry:
            return
        now = self.clock() if now is None else now
        delay = self.delay_after(_count_of(entry))
        if _time_of(entry) > now and delay > 0:
            # The clock went back (or the file says a future time): from now on the delay
            # counts from this moment, so the wait ends after the delay, not after the day.
            entry["last"] = now
            with contextlib.suppress(KnownError):
                self._write(data)
        wait = delay - max(now - _time_of(entry), 0.0)
        if wait > 0:
            raise LoginThrottled(wait)

    def record_failure(self, lookup: str, reason: str, now: float | None = None) -> None:
        """Count one failure (DiskFull or DataFolderReadOnly when it cannot be written)."""
        now = self.clock() if now is None else now
        data = self._read()
        entry = data.get(lookup) or {}
        pending = entry.get("pending")
        pending = [p for p in pending if isinstance(p, dict)] if isinstance(pending, list) else []
        pending.append({"at": now, "reason": reason})
        data[lookup] = {
            "count": min(_count_of(entry) + 1, MAX_COUNTED_FAILURES),
            "last": now,
            "pending": pending[-200:],
        }
        self._write(data)

    def clear(self, lookup: str) -> None:
        data = self._read()
        if lookup in data:
            data[lookup]["count"] = 0
            self._write(data)

    def take_pending(self) -> list[dict[str, Any]]:
        """Failures not yet written to the audit log; removes them from the file."""
        data = self._read()
        pending: list[dict[str, Any]] = []
        for lookup, entry in data.items():
            items = entry.get("pending")
            for item in items if isinstance(items, list) else []:
                at = item.get("at") if isinstance(item, dict) else None
                if isinstance(at, int | float) and math.isfinite(at):
                    pending.append(
                        {
                            "lookup": lookup[:16],
                            "at": at,
                            "reason": str(item.get("reason", ""))[:32],
                        }
                    )
            entry["pending"] = []
        if pending:
            self._write(data)
        return sorted(pending, key=lambda p: p["at"])


class Vault:
    """The key-slot file of one data folder and the workstation secret it may need."""

    def __init__(
        self,
        folder: Path,
        store: CredentialStore,
        kdf: KdfParams = DEFAULT_KDF,
        *,
        clock: Clock = time.time,
    ) -> None:
        self.folder = folder
        self.kdf = kdf
        self.path = folder / KEYS_FILENAME
        self.store = store
        self.attempts = Attempts(folder / ATTEMPTS_FILENAME, clock)

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> KeyFile:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError as exc:
            raise NotAnLk3Database("no key file") from exc
        return KeyFile.from_bytes(raw)

    def save(self, key_file: KeyFile) -> None:
        write_atomic(self.path, key_file.to_bytes())

    # -- creation -------------------------------------------------------------------------

    def create(self, database_id: str | None = None) -> tuple[KeyFile, bytes]:
        """A new key file (no slots yet, not saved) and a new random database key.

        A usable OS store gets a fresh workstation secret; otherwise password-only mode.
        The key file is saved only once it holds the first slot: a key file without slots
        would open for nobody.
        """
        database_id = database_id or new_database_id()
        mode = "none"
        if self.store.available():
            self.store.set(secret_name(database_id), new_secret())
            mode = "keyring"
        key_file = KeyFile(database_id=database_id, workstation_mode=mode)
        return key_file, secrets.token_bytes(KEY_BYTES)

    # -- workstation secret ---------------------------------------------------------------

    def workstation_secret(self, key_file: KeyFile) -> bytes | None:
        """This computer's secret for the database, or a known error saying why not."""
        if key_file.workstation_mode != "keyring":
            return None
        if not self.store.available():
            raise CredentialStoreUnavailable("no usable credential store")
        secret = self.store.get(secret_name(key_file.database_id))
        if secret is None:
            raise WorkstationSecretMissing("workstation secret not found")
        return secret

    def ensure_workstation_secret(self, key_file: KeyFile) -> bytes | None:
        """The secret, creating a new one where it is missing but a store is usable.

        Used after a recovery-card unlock on a new computer. Falls back to password-only mode
        where no store is usable. Slots sealed with the old secret stay unusable until reset.
        """
        if key_file.workstation_mode == "keyring":
            try:
                return self.workstation_secret(key_file)
            except (WorkstationSecretMissing, CredentialStoreUnavailable):
                pass
        if self.store.available():
            secret = new_secret()
            self.store.set(secret_name(key_file.database_id), secret)
            key_file.workstation_mode = "keyring"
            return secret
        key_file.workstation_mode = "none"
        return None

    # -- slots ------------------------------------------------------------------------------

    def find_slot(self, key_file: KeyFile, username: str) -> Slot | None:
        lookup = username_lookup(key_file.database_id, username)
        return next((s for s in key_file.slots if s.lookup == lookup), None)

    def seal_slot(
        self,
        key_file: KeyFile,
        username: str,
        password: str,
        user_key: bytes,
        db_key: bytes,
        workstation_secret: bytes | None,
    ) -> Slot:
        """Create or replace ``username``'s slot in ``key_file`` (not yet saved)."""
        lookup = username_lookup(key_file.database_id, username)
        old = self.find_slot(key_file, username)
        slot_id = old.slot_id if old else uuid.uuid4().hex[:16]
        salt = secrets.token_bytes(SALT_BYTES)
        kdf = self.kdf
        kek = _kek(kdf.derive(password, salt), workstation_secret, salt)
        db_id = key_file.database_id
        db_aad = _aad(db_id, slot_id, "db-key")
        wrapped_db_key = _seal(user_key, db_key, db_aad)
        if old is not None and _opens_to(user_key, old.wrapped_db_key, db_aad, db_key):
            # A password change: only the user key's wrapping changes, the rest stays as is.
            wrapped_db_key = old.wrapped_db_key
        slot = Slot(
            slot_id=slot_id,
            lookup=lookup,
            kdf=kdf,
            salt=salt,
            uses_workstation_secret=workstation_secret is not None,
            wrapped_user_key=_seal(kek, user_key, _aad(db_id, slot_id, "user-key")),
            wrapped_db_key=wrapped_db_key,
        )
        key_file.slots = [s for s in key_file.slots if s.lookup != lookup] + [slot]
        return slot

    def remove_slot(self, key_file: KeyFile, username: str) -> bool:
        lookup = username_lookup(key_file.database_id, username)
        before = len(key_file.slots)
        key_file.slots = [s for s in key_file.slots if s.lookup != lookup]
        return len(key_file.slots) != before

    def unlock(self, username: str, password: str) -> Unlocked:
        """Open ``username``'s slot with ``password``.

        Raises LoginThrottled before any work while the growing delay runs; UnknownUser or
        WrongPassword (recorded as failures); WorkstationSecretMissing or
        CredentialStoreUnavailable when this computer's secret cannot be had.
        """
        key_file = self.load()
        lookup = username_lookup(key_file.database_id, username)
        self.attempts.check(lookup)
        slot = self.find_slot(key_file, username)
        if slot is None:
            # Same cost as a real attempt, so timing does not tell which usernames exist.
            DEFAULT_KDF.derive(password, b"\0" * SALT_BYTES)
            self.attempts.record_failure(lookup, "unknown_user")
            raise UnknownUser()
        secret = self.workstation_secret(key_file) if slot.uses_workstation_secret else None
        db_id = key_file.database_id
        kek = _kek(slot.kdf.derive(password, slot.salt), secret, slot.salt)
        try:
            user_key = _open(kek, slot.wrapped_user_key, _aad(db_id, slot.slot_id, "user-key"))
        except InvalidTag:
            self.attempts.record_failure(lookup, "wrong_password")
            raise WrongPassword() from None
        aad = _aad(db_id, slot.slot_id, "db-key")
        try:
            db_key = _open(user_key, slot.wrapped_db_key, aad)
            nxt = slot.wrapped_db_key_next
            db_key_next = _open(user_key, nxt, aad) if nxt else None
        except InvalidTag as exc:
            raise NotAnLk3Database("slot damaged") from exc
        self.attempts.clear(lookup)
        return Unlocked(db_key, user_key, slot.slot_id, db_key_next)

    def stage_next_db_key(
        self, key_file: KeyFile, new_db_key: bytes, user_keys: dict[str, bytes]
    ) -> list[str]:
        """Seal ``new_db_key`` as the *next* key in every slot whose user key is known.

        Slots whose user key is unknown (not in the database) are dropped and their ids
        returned. Call :meth:`promote_next_db_key` once the database is rekeyed.
        """
        dropped: list[str] = []
        kept: list[Slot] = []
        for slot in key_file.slots:
            user_key = user_keys.get(slot.slot_id)
            if user_key is None:
                dropped.append(slot.slot_id)
                continue
            aad = _aad(key_file.database_id, slot.slot_id, "db-key")
            slot.wrapped_db_key_next = _seal(user_key, new_db_key, aad)
            kept.append(slot)
        key_file.slots = kept
        return dropped

    @staticmethod
    def promote_next_db_key(key_file: KeyFile) -> None:
        """After a successful rekey: the next key becomes the key in every slot."""
        for slot in key_file.slots:
            if slot.wrapped_db_key_next is not None:
                slot.wrapped_db_key = slot.wrapped_db_key_next
                slot.wrapped_db_key_next = None


def new_user_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_database_id() -> str:
    return uuid.uuid4().hex
