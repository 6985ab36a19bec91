"""AES-256-GCM as every sealed thing in LK3 uses it: ``nonce (12) || ciphertext+tag``, with
the caller's associated data naming where the value belongs.

One layer for the key slots (db/vault), sealing to a person (db/person_keys), clinical
content under its case's key (db/sealed), attachments' pieces (db/attachment_seal) and the
old values of corrections (services/_subject_keys).
"""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
_TAG_BYTES = 16


class SealError(ValueError):
    """Sealed bytes that do not open with this key and associated data."""


def new_key() -> bytes:
    """A random 256-bit key."""
    return secrets.token_bytes(32)


def aead_seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM: ``nonce || ciphertext+tag``."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def aead_open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    """The plaintext of :func:`aead_seal`; SealError when key, bytes or aad do not match."""
    if len(sealed) < NONCE_BYTES + _TAG_BYTES:
        raise SealError("sealed value too short")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise SealError("sealed value does not open") from exc
