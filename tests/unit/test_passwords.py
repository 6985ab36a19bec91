"""Password policy: verdicts, Indonesian explanations, temporary passwords."""

from __future__ import annotations

import datetime
import re

import pytest
from support.error_text import indonesian

from lk3_desktop.core.passwords import (
    MIN_LENGTH,
    TEMPORARY_ALPHABET,
    PasswordVerdict,
    check_password,
    generate_temporary_password,
    office_words,
)

LENGTH_SENTENCE = "Kata sandi minimal 10 karakter."


def _said(verdict: PasswordVerdict) -> tuple[str, ...]:
    """The verdict's problems as a person reading Indonesian sees them."""
    return tuple(indonesian(p) for p in verdict.problems)


USER = ("rina.konselor", "Rina Wulandari", "LK3 Sejahtera Pandeglang")

ENGLISH_WORDS = re.compile(
    r"\b(password|should|avoid|add|word|words|common|easy|guess|this|the|is|are|use|"
    r"similar|dates?|years?|repeats?|sequences?|names?|uncommon|better|capitali[sz]ation)\b",
    re.IGNORECASE,
)

WEAK_SAMPLES = [
    "",
    "abc",
    "password123",
    "Password123!",
    "p@ssw0rd2024",
    "qwertyuiop12",
    "aaaaaaaaaaaa",
    "abcdefghij12",
    "1234567890",
    "17081945abc",
    "drowssap123",
    "sayangku2024",
    "rina.konselor2026",
    "wulandari1990",
    "jessica12345",
    "bunga123456",
    "pandeglang.sejahtera",
    "Wulandari-Kopi!",
]


def test_min_length_constant() -> None:
    assert MIN_LENGTH == 10


def test_short_password_rejected_with_length_sentence() -> None:
    verdict = check_password("Xq7#vL2p")
    assert not verdict.acceptable
    assert LENGTH_SENTENCE in _said(verdict)
    assert verdict.suggestion


def test_short_but_random_has_only_the_length_problem() -> None:
    verdict = check_password("Xq7#vL2p!")
    assert not verdict.acceptable
    if verdict.score >= 3:
        assert _said(verdict) == (LENGTH_SENTENCE,)


@pytest.mark.parametrize("password", ["password123", "Password123", "password1234", "qwerty123456"])
def test_common_passwords_rejected(password: str) -> None:
    verdict = check_password(password)
    assert not verdict.acceptable
    assert verdict.score < 3
    assert any("sering dipakai" in p for p in _said(verdict)), _said(verdict)


def test_password_containing_username_rejected() -> None:
    verdict = check_password("rina.konselor2026", user_inputs=USER)
    assert not verdict.acceptable
    assert any("nama pengguna" in p for p in _said(verdict)), _said(verdict)


def test_password_containing_name_word_rejected() -> None:
    verdict = check_password("Wulandari1990", user_inputs=USER)
    assert not verdict.acceptable
    assert any("nama pengguna" in p for p in _said(verdict)), _said(verdict)


def test_password_made_of_own_words_rejected() -> None:
    for password in ["pandeglang.sejahtera", "Sejahtera-Pandeglang-Rina"]:
        verdict = check_password(password, user_inputs=USER)
        assert not verdict.acceptable, password
        assert any("nama lembaga" in p for p in _said(verdict)), _said(verdict)


def test_user_inputs_lower_the_score() -> None:
    password = "wulandari.pandeglang"
    assert check_password(password, user_inputs=USER).score < check_password(password).score


def test_own_word_inside_a_strong_passphrase_is_allowed() -> None:
    verdict = check_password("rina suka kopi pahit sepeda gunung", user_inputs=USER)
    assert verdict.acceptable, verdict


def test_dates_and_sequences_explained() -> None:
    dated = check_password("17081945abc")
    assert not dated.acceptable
    assert any("tanggal atau tahun" in p for p in _said(dated)), _said(dated)
    seq = check_password("abcdefghij12")
    assert any("urutan" in p for p in _said(seq)), _said(seq)
    rep = check_password("aaaaaaaaaaaa")
    assert any("pengulangan" in p for p in _said(rep)), _said(rep)


@pytest.mark.parametrize(
    "password",
    [
        "hujan turun di atas genteng merah",
        "Kopi-Pahit-Sepeda-Gunung-17",
        "lampu jendela kerbau tiga",
    ],
)
def test_strong_passphrase_accepted(password: str) -> None:
    verdict = check_password(password, user_inputs=USER)
    assert verdict == PasswordVerdict(
        acceptable=True, score=verdict.score, problems=(), suggestion=None
    )
    assert verdict.score >= 3


def test_very_long_password_is_judged() -> None:
    verdict = check_password("kerbau lampu jendela " * 10)
    assert isinstance(verdict.score, int)
    assert 0 <= verdict.score <= 4


@pytest.mark.parametrize("password", WEAK_SAMPLES)
def test_problems_are_indonesian_sentences(password: str) -> None:
    verdict = check_password(password, user_inputs=USER)
    assert not verdict.acceptable
    assert _said(verdict)
    assert 0 <= verdict.score <= 4
    assert len(set(verdict.problems)) == len(verdict.problems)
    assert verdict.suggestion is not None
    for text in (*_said(verdict), indonesian(verdict.suggestion)):
        assert text
        assert not ENGLISH_WORDS.search(text), text
        assert text[0].isupper()
        assert text.endswith(".")
        assert text.count(". ") == 0, "one sentence each"


def test_acceptable_exactly_when_no_problems() -> None:
    for password in [*WEAK_SAMPLES, "hujan turun di atas genteng merah", "Xq7#vL2p!"]:
        verdict = check_password(password, user_inputs=USER)
        assert verdict.acceptable == (not verdict.problems)
        assert (verdict.suggestion is None) == verdict.acceptable


def test_temporary_passwords_accepted_unique_and_readable() -> None:
    pattern = re.compile(rf"^[{TEMPORARY_ALPHABET}]{{4}}(-[{TEMPORARY_ALPHABET}]{{4}}){{3}}$")
    drawn = [generate_temporary_password() for _ in range(200)]
    assert len(set(drawn)) == 200
    for password in drawn:
        assert pattern.match(password), password
        assert len(password) >= 14
        assert not set(password) & set("il1oO0")
    for password in drawn[:25]:
        assert check_password(password, user_inputs=USER).acceptable


@pytest.mark.parametrize("password", ["serang2026", "Serang2026!", "bantenku2027", "kotaserang25"])
def test_the_office_city_region_and_year_make_a_password_weak(password: str) -> None:
    """A center whose name says nothing of its place still has its city, province and the
    year guessed first: "serang2026" was rated "Cukup kuat" without them."""
    today = datetime.date(2026, 12, 7)
    words = office_words("LK3 Harapan Bunda", ["Banten Kota Serang"], today)
    assert set(words) >= {"LK3 Harapan Bunda", "Banten Kota Serang", "2025", "2026", "2027"}
    if password.endswith(("2026", "2026!")):
        assert check_password(password, ["kepala", "Siti Rahmawati"]).acceptable
    verdict = check_password(password, ["kepala", "Siti Rahmawati", *words])
    assert not verdict.acceptable
    assert any("nama daerah" in problem for problem in _said(verdict))


def test_a_strong_passphrase_stays_strong_with_the_office_words() -> None:
    words = office_words("LK3 Harapan Bunda", ["Banten Kota Serang"], datetime.date(2026, 1, 5))
    assert check_password("kopi-hujan-sepeda-lampu", ["kepala", *words]).acceptable
