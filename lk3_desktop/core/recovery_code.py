"""The recovery card code: the 32-byte database key written for people.

Format (56 characters, shown as 14 groups of 4 joined by ``-``)::

    base32(key)[:52]  +  base32(SHA-256(key)[:3])[:4]

* The first 52 characters are the RFC 4648 base32 encoding (alphabet ``A-Z2-7``) of the 32 key
  bytes without ``=`` padding. 256 bits need 52 characters of 5 bits, so the last of them
  carries 4 unused bits that must be zero; a code where they are not is rejected.
* The last 4 characters are a checksum: the top 20 bits of SHA-256 of the key bytes, i.e. the
  first 4 characters of the unpadded base32 of the first 3 digest bytes.

Reading a code back (:func:`decode_recovery_code`) is forgiving about how it was typed: case,
spaces, line breaks and hyphens (missing, doubled or misplaced) do not matter. Because the base32
alphabet has no ``0``, ``1`` or ``8``, those digits can only be misreadings of the letters they
resemble and are mapped before decoding: ``0 -> O``, ``1 -> I``, ``8 -> B``.

The checksum is verified before anything else sees the key: a caller either gets the exact key
back or a :class:`RecoveryCodeError`, never a key that might be wrong.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from typing import Final, Literal

__all__ = [
    "CODE_CHARS",
    "DB_KEY_BYTES",
    "GROUP_SIZE",
    "RecoveryCodeError",
    "RecoveryCodeReason",
    "decode_recovery_code",
    "encode_recovery_code",
    "split_groups",
]

DB_KEY_BYTES: Final = 32
"""Length of the raw database key in bytes (256 bits)."""

GROUP_SIZE: Final = 4
"""Characters per printed group."""

_KEY_CHARS: Final = 52
_CHECK_CHARS: Final = 4
CODE_CHARS: Final = _KEY_CHARS + _CHECK_CHARS
"""Characters in a code without separators (56)."""

_ALPHABET: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_MISREADS: Final = str.maketrans({"0": "O", "1": "I", "8": "B"})
_SEPARATORS: Final = frozenset(" \t\r\n\f\v-\u00a0\u2010\u2011\u2012\u2013\u2014\u2212")

RecoveryCodeReason = Literal["length", "characters", "checksum"]

_MESSAGES: Final[dict[str, str]] = {
    "length": f"A recovery code has {CODE_CHARS} characters.",
    "characters": "The recovery code contains characters that are not A-Z or 2-7.",
    "checksum": "The recovery code does not check out; a character is probably mistyped.",
}


class RecoveryCodeError(ValueError):
    """A recovery code that cannot be turned into a key.

    ``reason`` is stable (``"length"``, ``"characters"`` or ``"checksum"``) so the interface can
    pick its own sentence; ``message`` is a short English description safe to log (it never
    contains the code itself).
    """

    def __init__(self, reason: RecoveryCodeReason) -> None:
        self.reason: RecoveryCodeReason = reason
        self.message: str = _MESSAGES[reason]
        super().__init__(self.message)


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _checksum(key: bytes) -> str:
    return _b32(hashlib.sha256(key).digest()[:3])[:_CHECK_CHARS]


def split_groups(compact: str, size: int = GROUP_SIZE) -> list[str]:
    """Split ``compact`` into consecutive groups of ``size`` characters (the last may be short)."""
    if size <= 0:
        raise ValueError("group size must be positive")
    return [compact[i : i + size] for i in range(0, len(compact), size)]


def encode_recovery_code(key: bytes) -> str:
    """Return the recovery code for a 32-byte database key, e.g. ``"ABCD-EFGH-…-WXYZ"``.

    Raises ``ValueError`` unless ``key`` is exactly :data:`DB_KEY_BYTES` bytes long.
    """
    if not isinstance(key, bytes | bytearray | memoryview):
        raise TypeError("key must be bytes")
    raw = bytes(key)
    if len(raw) != DB_KEY_BYTES:
        raise ValueError(f"the database key must be exactly {DB_KEY_BYTES} bytes")
    compact = _b32(raw) + _checksum(raw)
    return "-".join(split_groups(compact))


def _normalise(text: str) -> str:
    kept = "".join(ch for ch in text if ch not in _SEPARATORS)
    return kept.upper().translate(_MISREADS)


def decode_recovery_code(text: str) -> bytes:
    """Return the 32-byte database key written in a recovery code.

    Tolerates lower case, spaces, line breaks and any hyphens, and maps the digits that are not
    in the base32 alphabet to the letters they are mistaken for (``0 -> O``, ``1 -> I``,
    ``8 -> B``). Raises :class:`RecoveryCodeError` with ``reason``:

    * ``"characters"``: a character outside ``A-Z``/``2-7`` remains after that clean-up;
    * ``"length"``: the code does not have exactly 56 characters;
    * ``"checksum"``: the checksum does not match the key (or the key part is not a canonical
      encoding), i.e. something was mistyped. No key is returned in that case.
    """
    compact = _normalise(text)
    if any(ch not in _ALPHABET for ch in compact):
        raise RecoveryCodeError("characters")
    if len(compact) != CODE_CHARS:
        raise RecoveryCodeError("length")
    key_part, check_part = compact[:_KEY_CHARS], compact[_KEY_CHARS:]
    try:
        key = base64.b32decode(key_part + "====", casefold=False)
    except binascii.Error as exc:  # pragma: no cover - alphabet and length are checked above
        raise RecoveryCodeError("characters") from exc
    # The last key character holds 4 unused bits; a non-zero value there means a typo that
    # would otherwise decode to the same key silently. Treat it as a failed check.
    canonical = len(key) == DB_KEY_BYTES and _b32(key) == key_part
    if not canonical or not hmac.compare_digest(_checksum(key), check_part):
        raise RecoveryCodeError("checksum")
    return key
