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
import hashlib
import json
import secrets
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lk3_desktop.core.errors import (
    CredentialStoreUnavailable,
    KeyFileDamaged,
    NotAnLk3Database,
    UnknownUser,
    WorkstationSecretMissing,
    WrongPassword,
)
from lk3_desktop.core.text_input import storable
from lk3_desktop.db.aead import SealError, aead_open, aead_seal
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.attempts import Attempts, Clock
from lk3_desktop.db.folder_state import KEY_FILE_FORMATS
from lk3_desktop.db.folder_state import KEYS_FILENAME as KEYS_FILENAME
from lk3_desktop.db.os_errors import data_folder_errors
from lk3_desktop.db.person_keys import PrivateKeys, PublicKeys, seal_to
from lk3_desktop.db.workstation import CredentialStore, new_secret, secret_name

ATTEMPTS_FILENAME = "lk3.attempts"
FORMAT = "lk3-keys/2"
# Files written before keys per person: read (their slots are legacy), never written again.
READABLE_FORMATS = KEY_FILE_FORMATS  # ("lk3-keys/1", FORMAT); folder_state reads them too
KEY_BYTES = 32
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
    """One person's slot. Three shapes, by what ``wrapped_keys`` and ``wrapped_user_key`` hold:

    * keys (``lk3-keys/2``): ``wrapped_keys`` is the person's key seed, user id and pinned root
      sealed under the KEK; ``wrapped_db_key`` is the database key sealed to their X25519
      public key, so the head re-seals it for everyone without anyone's password;
    * handed over: as above, but ``wrapped_keys`` is sealed under the old *user key* (still
      wrapped by the KEK): how the head's upgrade of an existing office gives keys to people
      without their passwords; their next sign-in turns it into the first shape;
    * legacy (``lk3-keys/1``): no keys; the database key is wrapped by the user key, which
      the old releases also kept in the database. Only before the office's upgrade.
    """

    slot_id: str
    lookup: str
    kdf: KdfParams
    salt: bytes
    uses_workstation_secret: bool
    wrapped_db_key: bytes
    wrapped_user_key: bytes | None = None  # nonce || ciphertext (legacy and handed over)
    wrapped_keys: bytes | None = None  # nonce || ciphertext of the person's keys
    public: str | None = None  # fingerprint of the person's public keys
    # During a key rotation: the new key, sealed before the database is rekeyed, so a crash
    # between the rekey and the key-file update never locks anyone out.
    wrapped_db_key_next: bytes | None = None
    # The last audit checkpoint this person signed or verified, signed with their key.
    watermark: dict[str, Any] | None = None

    @property
    def is_legacy(self) -> bool:
        return self.wrapped_keys is None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": self.slot_id,
            "lookup": self.lookup,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "ws": self.uses_workstation_secret,
            "db_key": _b64(self.wrapped_db_key),
        }
        if self.wrapped_user_key is not None:
            doc["user_key"] = _b64(self.wrapped_user_key)
        if self.wrapped_keys is not None:
            doc["keys"] = _b64(self.wrapped_keys)
            doc["public"] = self.public
        if self.wrapped_db_key_next is not None:
            doc["db_key_next"] = _b64(self.wrapped_db_key_next)
        if self.watermark is not None:
            doc["watermark"] = self.watermark
        return doc

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        nxt = data.get("db_key_next")
        user_key = data.get("user_key")
        keys = data.get("keys")
        watermark = data.get("watermark")
        if keys is None and user_key is None:
            raise KeyFileDamaged("slot without keys")
        return cls(
            slot_id=str(data["id"]),
            lookup=str(data["lookup"]),
            kdf=KdfParams.from_json(data["kdf"]),
            salt=_unb64(data["salt"]),
            uses_workstation_secret=bool(data["ws"]),
            wrapped_db_key=_unb64(data["db_key"]),
            wrapped_user_key=_unb64(user_key) if user_key else None,
            wrapped_keys=_unb64(keys) if keys else None,
            public=str(data["public"]) if keys else None,
            wrapped_db_key_next=_unb64(nxt) if nxt else None,
            watermark=watermark if isinstance(watermark, dict) else None,
        )


@dataclass
class KeyFile:
    database_id: str
    workstation_mode: str  # "keyring" or "none"
    slots: list[Slot] = field(default_factory=list)
    # Fingerprint of the office root certificate (the first head's public keys); None until
    # the office has keys. Each slot also seals the root it trusts: this copy is for people
    # (it is printed on the recovery card) and for ``check`` with the recovery code.
    root: str | None = None

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "database_id": self.database_id,
            "workstation": self.workstation_mode,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.root is not None:
            doc["root"] = self.root
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") not in READABLE_FORMATS:
                raise NotAnLk3Database("unknown key file format")
            root = doc.get("root")
            return cls(
                database_id=str(doc["database_id"]),
                workstation_mode=str(doc["workstation"]),
                slots=[Slot.from_json(s) for s in doc["slots"]],
                root=str(root) if root else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged("key file unreadable") from exc


_seal = aead_seal
_open = aead_open  # SealError when it does not open


def _opens_to(key: bytes, sealed: bytes, aad: bytes, expected: bytes) -> bool:
    try:
        return _open(key, sealed, aad) == expected
    except SealError:
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
class PersonPayload:
    """What a slot seals under the KEK: the person's key seed, who they are, the root."""

    seed: bytes
    user_id: int
    root: str | None

    def to_bytes(self) -> bytes:
        doc = {"seed": _b64(self.seed), "user_id": self.user_id, "root": self.root}
        return json.dumps(doc, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> PersonPayload:
        try:
            doc = json.loads(raw.decode("utf-8"))
            user_id = doc["user_id"]
            if isinstance(user_id, bool) or not isinstance(user_id, int):
                raise ValueError("user id")
            root = doc.get("root")
            return cls(_unb64(doc["seed"]), user_id, str(root) if root else None)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged("slot payload unreadable") from exc


@dataclass(frozen=True)
class Unlocked:
    """What a password opens. ``keys`` is None only for a legacy slot (office not upgraded).

    The keys never appear in repr(): it ends up in logs, tracebacks and debugger output."""

    db_key: bytes = field(repr=False)
    slot_id: str
    db_key_next: bytes | None = field(default=None, repr=False)  # while a rotation is unfinished
    keys: PrivateKeys | None = field(default=None, repr=False)
    user_id: int | None = None
    root: str | None = None  # the office root this person's slot trusts
    user_key: bytes | None = field(default=None, repr=False)  # legacy and handed-over slots
    # To seal the slot again (finishing a hand-over) without another Argon2id.
    kek: bytes = field(default=b"", repr=False)

    @property
    def handed_over(self) -> bool:
        return self.keys is not None and self.user_key is not None


class Vault:
    """The key-slot file of one data folder and the workstation secret it may need.

    For a data folder enrolled with an office server, ``Vault(folder, ...)`` is a
    ``db.server.vault.ServerVault``: the same slots, kept on the server.
    """

    is_server = False

    def __new__(cls, folder: Path, *args: Any, **kwargs: Any) -> Vault:
        if cls is Vault:
            from lk3_desktop.db.server.enrollment import is_enrolled

            if is_enrolled(folder):
                from lk3_desktop.db.server.vault import ServerVault

                return super().__new__(ServerVault)
        return super().__new__(cls)

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
        keys: PrivateKeys,
        user_id: int,
        db_key: bytes,
        workstation_secret: bytes | None,
        *,
        root: str | None,
    ) -> Slot:
        """Create or replace ``username``'s slot (not yet saved): ``keys`` sealed under the
        KEK of ``password``, ``db_key`` sealed to the public key of ``keys``."""
        lookup = username_lookup(key_file.database_id, username)
        old = self.find_slot(key_file, username)
        slot_id = old.slot_id if old else uuid.uuid4().hex[:16]
        salt = secrets.token_bytes(SALT_BYTES)
        kek = _kek(self.kdf.derive(password, salt), workstation_secret, salt)
        slot = _keyed_slot(
            key_file.database_id,
            slot_id,
            lookup,
            self.kdf,
            salt,
            workstation_secret is not None,
            kek,
            PersonPayload(keys.seed(), user_id, root),
            keys,
            db_key,
        )
        if old is not None and old.public == slot.public:
            # A password change keeps the sealed database key(s) and the watermark.
            slot.wrapped_db_key = old.wrapped_db_key
            slot.wrapped_db_key_next = old.wrapped_db_key_next
            slot.watermark = old.watermark
        key_file.slots = [s for s in key_file.slots if s.lookup != lookup] + [slot]
        return slot

    def seal_legacy_slot(
        self,
        key_file: KeyFile,
        username: str,
        password: str,
        user_key: bytes,
        workstation_secret: bytes | None,
    ) -> Slot:
        """A new password for a legacy slot (an office not upgraded yet): the user key is
        wrapped again, the database key stays wrapped by it."""
        old = self.find_slot(key_file, username)
        if old is None or not old.is_legacy:
            raise KeyFileDamaged("no legacy slot")
        salt = secrets.token_bytes(SALT_BYTES)
        kek = _kek(self.kdf.derive(password, salt), workstation_secret, salt)
        old.kdf = self.kdf
        old.salt = salt
        old.uses_workstation_secret = workstation_secret is not None
        old.wrapped_user_key = _seal(
            kek, user_key, _aad(key_file.database_id, old.slot_id, "user-key")
        )
        return old

    def hand_over_keys(
        self,
        key_file: KeyFile,
        slot_id: str,
        user_key: bytes,
        keys: PrivateKeys,
        user_id: int,
        db_key: bytes,
        *,
        root: str,
    ) -> bool:
        """Give a legacy slot its person's keys without their password, sealed under the
        slot's own user key (the head's upgrade of an existing office). False when the user
        key does not open the slot's database key (then the slot is left alone)."""
        slot = next((s for s in key_file.slots if s.slot_id == slot_id), None)
        if slot is None or not slot.is_legacy:
            return False
        aad = _aad(key_file.database_id, slot.slot_id, "db-key")
        if not _opens_to(user_key, slot.wrapped_db_key, aad, db_key):
            return False
        payload = PersonPayload(keys.seed(), user_id, root).to_bytes()
        slot.wrapped_keys = _seal(
            user_key, payload, _aad(key_file.database_id, slot.slot_id, "person-keys")
        )
        slot.public = keys.public.fingerprint()
        slot.wrapped_db_key = seal_to(keys.public, db_key, aad)
        slot.wrapped_db_key_next = None
        return True

    def finish_hand_over(self, key_file: KeyFile, unlocked: Unlocked) -> bool:
        """At the person's own sign-in: their keys go under their KEK, the user key goes."""
        slot = next((s for s in key_file.slots if s.slot_id == unlocked.slot_id), None)
        if slot is None or slot.wrapped_user_key is None or unlocked.keys is None:
            return False
        if unlocked.user_id is None or not unlocked.kek:
            return False
        payload = PersonPayload(unlocked.keys.seed(), unlocked.user_id, unlocked.root)
        slot.wrapped_keys = _seal(
            unlocked.kek,
            payload.to_bytes(),
            _aad(key_file.database_id, slot.slot_id, "person-keys"),
        )
        slot.wrapped_user_key = None
        return True

    def set_root(self, key_file: KeyFile, unlocked: Unlocked, root: str) -> None:
        """Seal the office root into the signed-in person's slot (the root is made once)."""
        slot = next((s for s in key_file.slots if s.slot_id == unlocked.slot_id), None)
        if slot is None or unlocked.keys is None or unlocked.user_id is None or not unlocked.kek:
            raise KeyFileDamaged("slot not found")
        payload = PersonPayload(unlocked.keys.seed(), unlocked.user_id, root)
        slot.wrapped_keys = _seal(
            unlocked.kek,
            payload.to_bytes(),
            _aad(key_file.database_id, slot.slot_id, "person-keys"),
        )
        slot.wrapped_user_key = None
        key_file.root = root

    def sign_in_with_card(self, db_key: bytes, recovery_seed: bytes | None) -> None:
        """Before the recovery card opens the database: nothing on one computer (the card's
        first code is the file's key); an office server's vault signs in with both codes."""

    def card_login_missing(self) -> bool:
        """Whether the recovery card cannot sign in yet (an office server made by an earlier
        version); never on one computer, where the card opens the file itself."""
        return False

    def remember_card(self, db_key: bytes, recovery_seed: bytes) -> None:
        """What the recovery card's two codes are from now on (saved with the key file).
        One computer needs nothing: the card's first code is the database file's key."""

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
        keys_aad = _aad(db_id, slot.slot_id, "person-keys")
        user_key: bytes | None = None
        try:
            if slot.wrapped_user_key is not None:
                user_key = _open(kek, slot.wrapped_user_key, _aad(db_id, slot.slot_id, "user-key"))
                payload_raw = (
                    _open(user_key, slot.wrapped_keys, keys_aad) if slot.wrapped_keys else None
                )
            else:
                assert slot.wrapped_keys is not None
                payload_raw = _open(kek, slot.wrapped_keys, keys_aad)
        except SealError:
            self.attempts.record_failure(lookup, "wrong_password")
            raise WrongPassword() from None
        aad = _aad(db_id, slot.slot_id, "db-key")
        nxt = slot.wrapped_db_key_next
        try:
            if payload_raw is None:
                assert user_key is not None
                db_key = _open(user_key, slot.wrapped_db_key, aad)
                db_key_next = _open(user_key, nxt, aad) if nxt else None
                unlocked = Unlocked(db_key, slot.slot_id, db_key_next, user_key=user_key, kek=kek)
            else:
                payload = PersonPayload.from_bytes(payload_raw)
                keys = PrivateKeys(payload.seed)
                if keys.public.fingerprint() != slot.public:
                    raise KeyFileDamaged("slot keys do not match")
                db_key = keys.open(slot.wrapped_db_key, aad)
                db_key_next = keys.open(nxt, aad) if nxt else None
                unlocked = Unlocked(
                    db_key,
                    slot.slot_id,
                    db_key_next,
                    keys=keys,
                    user_id=payload.user_id,
                    root=payload.root,
                    user_key=user_key,
                    kek=kek,
                )
        except SealError as exc:
            raise NotAnLk3Database("slot damaged") from exc
        self.attempts.clear(lookup)
        return unlocked

    def stage_next_db_key(
        self,
        key_file: KeyFile,
        new_db_key: bytes,
        recipients: dict[str, PublicKeys],
        user_keys: dict[str, bytes] | None = None,
    ) -> list[str]:
        """Seal ``new_db_key`` as the *next* key in every slot the head vouches for.

        ``recipients`` maps a slot's public-key fingerprint to the public keys of a valid,
        current certificate of an active person; ``user_keys`` (slot id -> user key) serves
        legacy slots of an office not upgraded yet. Other slots are dropped and their ids
        returned. Call :meth:`promote_next_db_key` once the database is rekeyed.
        """
        dropped: list[str] = []
        kept: list[Slot] = []
        for slot in key_file.slots:
            aad = _aad(key_file.database_id, slot.slot_id, "db-key")
            if not slot.is_legacy:
                public = recipients.get(slot.public or "")
                if public is None:
                    dropped.append(slot.slot_id)
                    continue
                slot.wrapped_db_key_next = seal_to(public, new_db_key, aad)
            else:
                user_key = (user_keys or {}).get(slot.slot_id)
                if user_key is None:
                    dropped.append(slot.slot_id)
                    continue
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

    def set_watermark(self, slot_id: str, watermark: dict[str, Any]) -> None:
        """Remember in the slot the checkpoint its person last signed or verified."""
        key_file = self.load()
        slot = next((s for s in key_file.slots if s.slot_id == slot_id), None)
        if slot is None:
            return
        slot.watermark = watermark
        with data_folder_errors():
            self.save(key_file)


def _keyed_slot(
    database_id: str,
    slot_id: str,
    lookup: str,
    kdf: KdfParams,
    salt: bytes,
    uses_workstation_secret: bool,
    kek: bytes,
    payload: PersonPayload,
    keys: PrivateKeys,
    db_key: bytes,
) -> Slot:
    return Slot(
        slot_id=slot_id,
        lookup=lookup,
        kdf=kdf,
        salt=salt,
        uses_workstation_secret=uses_workstation_secret,
        wrapped_db_key=seal_to(keys.public, db_key, _aad(database_id, slot_id, "db-key")),
        wrapped_keys=_seal(kek, payload.to_bytes(), _aad(database_id, slot_id, "person-keys")),
        public=keys.public.fingerprint(),
    )


def new_user_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_database_id() -> str:
    return uuid.uuid4().hex
