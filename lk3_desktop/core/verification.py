"""Verification codes printed on issued letters, and the digest they are derived from.

A code is ten symbols of Crockford's base32 alphabet (no I, L, O or U, so nothing reads as
another symbol), shown in two groups of five: ``"7K3QD-XM2PA"``. Nine symbols (45 bits) come
from a SHA-256 digest of the letter's content; the tenth is a check symbol over those nine, so
a mistyped code is told apart from a code that is not in the archive. When typed back, case,
spaces and hyphens do not matter, and O, I and L are read as 0, 1 and 1.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any, Final

__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "VerificationCodeError",
    "content_digest",
    "format_code",
    "normalize_code",
    "verification_code",
]

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH: Final = 10
_DATA_SYMBOLS: Final = CODE_LENGTH - 1
_GROUP: Final = 5
_READ_AS: Final = {"O": "0", "I": "1", "L": "1"}


class VerificationCodeError(ValueError):
    """A typed code that cannot be a verification code; ``code`` names the sentence."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def content_digest(content: Mapping[str, Any]) -> bytes:
    """SHA-256 over the canonical JSON of ``content`` (sorted keys, no spaces, UTF-8)."""
    text = json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return hashlib.sha256(text.encode("utf-8")).digest()


def _check_symbol(data: str) -> str:
    return ALPHABET[hashlib.sha256(data.encode("ascii")).digest()[0] >> 3]


def format_code(code: str) -> str:
    """``"7K3QDXM2PA"`` -> ``"7K3QD-XM2PA"``."""
    return f"{code[:_GROUP]}-{code[_GROUP:]}"


def verification_code(digest: bytes) -> str:
    """The grouped code for ``digest`` (at least 6 bytes, normally a SHA-256)."""
    if len(digest) < 6:
        raise ValueError("digest too short")
    bits = int.from_bytes(digest[:6], "big") >> (48 - 5 * _DATA_SYMBOLS)
    symbols = [ALPHABET[(bits >> (5 * (_DATA_SYMBOLS - 1 - i))) & 31] for i in range(_DATA_SYMBOLS)]
    data = "".join(symbols)
    return format_code(data + _check_symbol(data))


def normalize_code(typed: str) -> str:
    """The canonical grouped code for what a person typed; VerificationCodeError if it is not
    a well-formed code (wrong length, a symbol outside the alphabet, or a failed check)."""
    text = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-–—.")
    text = "".join(_READ_AS.get(ch, ch) for ch in text)
    if len(text) != CODE_LENGTH:
        raise VerificationCodeError("verification.length")
    if any(ch not in ALPHABET for ch in text):
        raise VerificationCodeError("verification.letters")
    if _check_symbol(text[:_DATA_SYMBOLS]) != text[-1]:
        raise VerificationCodeError("verification.mistyped")
    return format_code(text)
