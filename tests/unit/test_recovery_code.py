"""Recovery card code: format, round trip, tolerance, and detection of every typo."""

from __future__ import annotations

import base64
import hashlib
import os
import random
import re

import pytest

from lk3_desktop.core.recovery_code import (
    DB_KEY_BYTES,
    RecoveryCodeError,
    decode_recovery_code,
    encode_recovery_code,
)

GROUPS = re.compile(r"^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$")
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _expected_code(key: bytes) -> str:
    """Compute the code independently of the module, straight from the specification."""
    body = base64.b32encode(key).decode("ascii").rstrip("=")
    check = base64.b32encode(hashlib.sha256(key).digest()[:3]).decode("ascii")[:4]
    compact = body + check
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _compact(code: str) -> str:
    return code.replace("-", "")


def test_key_size_constant() -> None:
    assert DB_KEY_BYTES == 32


def test_known_vector() -> None:
    key = bytes(range(32))
    code = encode_recovery_code(key)
    assert code == _expected_code(key)
    # Spelled out once, so a change in either implementation is visible.
    assert code == ("AAAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPQ-MMG4")
    assert len(_compact(code)) == 56
    assert decode_recovery_code(code) == key


def test_known_vector_all_ones() -> None:
    key = b"\xff" * 32
    code = encode_recovery_code(key)
    assert code == _expected_code(key)
    # 256 one-bits then 4 zero pad bits: the 52nd character is "Q" (0b10000).
    assert _compact(code)[:52] == "7" * 51 + "Q"


def test_round_trip_many_random_keys() -> None:
    for _ in range(500):
        key = os.urandom(32)
        code = encode_recovery_code(key)
        assert GROUPS.match(code), code
        assert code == _expected_code(key)
        assert decode_recovery_code(code) == key


@pytest.mark.parametrize("size", [0, 1, 16, 31, 33, 64])
def test_encode_rejects_wrong_key_size(size: int) -> None:
    with pytest.raises(ValueError):
        encode_recovery_code(b"\x00" * size)


def test_lower_case_spaces_newlines_and_hyphens_are_accepted() -> None:
    key = os.urandom(32)
    code = encode_recovery_code(key)
    compact = _compact(code)
    variants = [
        code.lower(),
        compact,
        compact.lower(),
        " ".join(code.split("-")),
        "\n".join(code[i : i + 24] for i in range(0, len(code), 24)),
        "  " + code.replace("-", " - ") + "\n",
        "--".join(code.split("-")),
        "-".join(compact[i : i + 5] for i in range(0, len(compact), 5)),
    ]
    for variant in variants:
        assert decode_recovery_code(variant) == key, variant


def test_digit_misreads_are_mapped_to_letters() -> None:
    # Find a key whose code contains O, I and B so the mapping is exercised.
    rng = random.Random(1234)
    while True:
        key = rng.randbytes(32)
        code = encode_recovery_code(key)
        if all(letter in code for letter in "OIB"):
            break
    misread = code.replace("O", "0").replace("I", "1").replace("B", "8")
    assert misread != code
    assert decode_recovery_code(misread) == key


def test_every_single_character_substitution_is_rejected() -> None:
    key = bytes.fromhex("8f2a61d0c4b3e59a07f1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f")
    compact = _compact(encode_recovery_code(key))
    assert len(compact) == 56
    misread_of = {"O": "0", "I": "1", "B": "8"}
    tried = 0
    for position in range(56):
        original = compact[position]
        for replacement in ALPHABET + "019!x?":
            if replacement.upper() == original or misread_of.get(original) == replacement:
                continue  # not a change once case and misreads are normalised
            typo = compact[:position] + replacement + compact[position + 1 :]
            with pytest.raises(RecoveryCodeError) as info:
                decode_recovery_code(typo)
            tried += 1
            if replacement in ALPHABET or replacement in "01":
                # Still a valid-looking code: only the checksum can catch it, including
                # every change in the key part.
                assert info.value.reason == "checksum", (position, replacement)
            elif replacement in "!?":
                assert info.value.reason == "characters", (position, replacement)
    assert tried > 56 * 31


def test_padding_bits_must_be_zero() -> None:
    key = b"\x00" * 32
    compact = _compact(encode_recovery_code(key))
    # Character 52 carries 1 real bit and 4 pad bits; "B" sets a pad bit only, so the
    # decoded bytes would be unchanged. It must still be refused.
    assert compact[51] == "A"
    typo = compact[:51] + "B" + compact[52:]
    with pytest.raises(RecoveryCodeError) as info:
        decode_recovery_code(typo)
    assert info.value.reason == "checksum"


@pytest.mark.parametrize("cut", [1, 4, 20, 55])
def test_wrong_length_rejected(cut: int) -> None:
    compact = _compact(encode_recovery_code(os.urandom(32)))
    with pytest.raises(RecoveryCodeError) as info:
        decode_recovery_code(compact[:-cut])
    assert info.value.reason == "length"


def test_too_long_rejected() -> None:
    code = encode_recovery_code(os.urandom(32))
    with pytest.raises(RecoveryCodeError) as info:
        decode_recovery_code(code + "-AAAA")
    assert info.value.reason == "length"


def test_empty_rejected() -> None:
    with pytest.raises(RecoveryCodeError) as info:
        decode_recovery_code("  - \n")
    assert info.value.reason == "length"


def test_error_is_value_error_with_short_message_without_code() -> None:
    code = encode_recovery_code(os.urandom(32))
    typo = ("A" if code[0] != "A" else "C") + code[1:]
    with pytest.raises(ValueError) as info:
        decode_recovery_code(typo)
    error = info.value
    assert isinstance(error, RecoveryCodeError)
    assert error.reason == "checksum"
    assert error.message and len(error.message) < 100
    assert _compact(code)[4:12] not in error.message
    assert str(error) == error.message
