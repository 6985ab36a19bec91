"""A person's keys: X25519 for sealing to them, Ed25519 for their signatures.

Both private keys come from one random 32-byte seed (HKDF-SHA256 with two labels), so a slot
holds 32 bytes and the office recovery key fits on a card in the same format as the database
key. Sealing to a public key is ECIES: an ephemeral X25519 key, HKDF-SHA256 over the shared
secret (salted with both public keys) and AES-256-GCM with the caller's associated data.

Sealed bytes: ``0x01 || ephemeral public key (32) || nonce (12) || ciphertext+tag``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lk3_desktop.db.aead import NONCE_BYTES, SealError, aead_open, aead_seal

SEED_BYTES = 32
KEY_BYTES = 32
SEAL_VERSION = 1
_SEAL_HEADER = 1 + KEY_BYTES + NONCE_BYTES
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


def hkdf(material: bytes, info: bytes, salt: bytes | None = None, length: int = KEY_BYTES) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(material)


@dataclass(frozen=True)
class PublicKeys:
    """What others need to seal to a person and to check their signatures."""

    box: bytes  # X25519 public key, 32 bytes
    sign: bytes  # Ed25519 public key, 32 bytes

    def __post_init__(self) -> None:
        if len(self.box) != KEY_BYTES or len(self.sign) != KEY_BYTES:
            raise ValueError("public keys are 32 bytes each")

    def fingerprint(self) -> str:
        """SHA-256 over both public keys, hex: names these keys on cards and in certificates."""
        return hashlib.sha256(b"lk3-public-keys/1|" + self.box + self.sign).hexdigest()

    def verify(self, signature: bytes, message: bytes) -> bool:
        """Whether ``signature`` is this person's Ed25519 signature of ``message``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.sign).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class PrivateKeys:
    """A person's (or the office recovery) private keys, held in memory after sign-in."""

    __slots__ = ("_box", "_seed", "_sign", "public")

    def __init__(self, seed: bytes) -> None:
        if len(seed) != SEED_BYTES:
            raise ValueError("a key seed is 32 bytes")
        self._seed = bytearray(seed)
        self._box = X25519PrivateKey.from_private_bytes(hkdf(seed, b"lk3-box-key/1"))
        self._sign = Ed25519PrivateKey.from_private_bytes(hkdf(seed, b"lk3-sign-key/1"))
        self.public = PublicKeys(
            self._box.public_key().public_bytes(_RAW, _RAW_PUBLIC),
            self._sign.public_key().public_bytes(_RAW, _RAW_PUBLIC),
        )

    @classmethod
    def generate(cls) -> PrivateKeys:
        return cls(secrets.token_bytes(SEED_BYTES))

    def seed(self) -> bytes:
        """The 32 bytes everything derives from (sealed in the slot; never stored plain)."""
        return bytes(self._seed)

    def sign(self, message: bytes) -> bytes:
        return self._sign.sign(message)

    def open(self, sealed: bytes, aad: bytes) -> bytes:
        """Open what :func:`seal_to` sealed to this person's public key."""
        if len(sealed) < _SEAL_HEADER + 16 or sealed[0] != SEAL_VERSION:
            raise SealError("not a sealed value")
        ephemeral = sealed[1 : 1 + KEY_BYTES]
        try:
            shared = self._box.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        except ValueError as exc:
            raise SealError("bad ephemeral key") from exc
        key = hkdf(shared, b"lk3-seal/1", salt=ephemeral + self.public.box)
        return aead_open(key, sealed[1 + KEY_BYTES :], aad)

    def wipe(self) -> None:
        """Overwrite the seed buffer (the derived key objects live inside OpenSSL)."""
        for i in range(len(self._seed)):
            self._seed[i] = 0


def seal_to(recipient: PublicKeys | bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Seal ``plaintext`` so only the holder of ``recipient``'s X25519 private key opens it."""
    box = recipient.box if isinstance(recipient, PublicKeys) else recipient
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(box))
    key = hkdf(shared, b"lk3-seal/1", salt=ephemeral_public + box)
    return bytes([SEAL_VERSION]) + ephemeral_public + aead_seal(key, plaintext, aad)


def short_fingerprint(fingerprint: str, groups: int = 8) -> str:
    """A fingerprint as people read it: the first ``groups`` groups of four hex digits."""
    text = fingerprint.upper()
    return " ".join(text[i : i + 4] for i in range(0, groups * 4, 4))
