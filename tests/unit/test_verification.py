"""Verification codes: short, unambiguous, typed back forgivingly, typos caught."""

from __future__ import annotations

import hashlib
import re

import pytest

from lk3_desktop.core.verification import (
    ALPHABET,
    VerificationCodeError,
    content_digest,
    normalize_code,
    verification_code,
)

SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$")


def test_code_shape_and_alphabet() -> None:
    for i in range(200):
        code = verification_code(hashlib.sha256(str(i).encode()).digest())
        assert SHAPE.match(code), code
        assert not set(code) & set("ILOU")
    assert len(ALPHABET) == 32 and len(set(ALPHABET)) == 32


def test_same_digest_same_code_and_codes_differ() -> None:
    digest = hashlib.sha256(b"surat").digest()
    assert verification_code(digest) == verification_code(digest)
    codes = {verification_code(hashlib.sha256(str(i).encode()).digest()) for i in range(5000)}
    assert len(codes) == 5000


def test_content_digest_is_canonical() -> None:
    a = content_digest({"number": "007/LK3-SRG/XI/2026", "referral": 3})
    b = content_digest({"referral": 3, "number": "007/LK3-SRG/XI/2026"})
    assert a == b and len(a) == 32
    assert a != content_digest({"referral": 4, "number": "007/LK3-SRG/XI/2026"})


def test_typed_codes_are_forgiven() -> None:
    code = verification_code(hashlib.sha256(b"x").digest())
    plain = code.replace("-", "")
    assert normalize_code(code) == code
    assert normalize_code(plain.lower()) == code
    assert normalize_code(f"  {plain[:3]} {plain[3:7]} {plain[7:]} ") == code
    # 0/O and 1/I/L read alike: typing the letter still finds the code
    fuzzy = plain.replace("0", "O").replace("1", "l")
    assert normalize_code(fuzzy) == code


def test_typos_and_junk_are_refused() -> None:
    code = verification_code(hashlib.sha256(b"y").digest()).replace("-", "")
    with pytest.raises(VerificationCodeError):
        normalize_code(code[:-1])
    with pytest.raises(VerificationCodeError):
        normalize_code(code + "A")
    with pytest.raises(VerificationCodeError):
        normalize_code(code[:4] + "U" + code[5:])
    # a single changed symbol is caught by the check symbol nearly always (31 in 32)
    caught = 0
    trials = 0
    for position in range(9):
        for symbol in ALPHABET:
            if symbol == code[position]:
                continue
            trials += 1
            try:
                normalize_code(code[:position] + symbol + code[position + 1 :])
            except VerificationCodeError:
                caught += 1
    assert caught / trials > 0.9
    with pytest.raises(ValueError):
        verification_code(b"short")
