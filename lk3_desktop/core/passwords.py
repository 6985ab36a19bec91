"""Password policy: long enough, and not guessable, explained in plain Indonesian.

Strength comes from ``zxcvbn`` (score 0-4). A password is acceptable when it has at least
:data:`MIN_LENGTH` characters and scores at least :data:`MIN_SCORE`. The user's own words
(username, full name, center name) are passed to zxcvbn so a password built from them scores low,
as does one built from a short list of words common in Indonesian passwords, which zxcvbn's
English dictionaries do not know.

zxcvbn's English feedback is never shown: the patterns it found are mapped to our own
Indonesian sentences.
"""

from __future__ import annotations

import datetime
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from lk3_desktop.core.errors import Sentence

__all__ = [
    "MIN_LENGTH",
    "MIN_SCORE",
    "TEMPORARY_ALPHABET",
    "PasswordVerdict",
    "check_password",
    "generate_temporary_password",
    "office_words",
]

MIN_LENGTH: Final = 10
"""Fewest characters an acceptable password has."""

MIN_SCORE: Final = 3
"""Lowest zxcvbn score (0-4) an acceptable password has."""

TEMPORARY_ALPHABET: Final = "abcdefghjkmnpqrstuvwxyz23456789"
"""Lower-case letters and digits without look-alikes (no i, l, o, 0, 1)."""

_TEMPORARY_GROUPS: Final = 4
_TEMPORARY_GROUP_SIZE: Final = 4

# zxcvbn refuses longer input; a longer password is judged on its first 72 characters, which
# can only underestimate it.
_ZXCVBN_MAX: Final = 72
_MIN_USER_WORD: Final = 3

# Words often found in Indonesian passwords that zxcvbn's English lists miss.
_LOCAL_WORDS: Final[tuple[str, ...]] = (
    "sayang",
    "sayangku",
    "cinta",
    "rahasia",
    "katasandi",
    "sandi",
    "indonesia",
    "merdeka",
    "bismillah",
    "alhamdulillah",
    "jakarta",
    "bandung",
    "surabaya",
    "keluarga",
    "sejahtera",
    "konseling",
    "konselor",
    "lembaga",
    "kesejahteraan",
    "dinsos",
    "dinas",
    "sosial",
    "kantor",
    "admin",
    "lk3",
    "puspaga",
    "bahagia",
    "masuk",
    "ganteng",
    "cantik",
    "garuda",
    "pancasila",
    "selamat",
    "semangat",
    "anakku",
    "mamah",
    "bapak",
    "ibu",
)

# Problem sentences, one per kind of weakness, in the order they are reported (worded by the
# interface: ui/validation_texts.py).
_TOO_SHORT: Final = Sentence("password.too_short", {"min": MIN_LENGTH})
_COMMON_PASSWORD: Final = Sentence("password.common")
_SIMILAR_COMMON: Final = Sentence("password.similar_common")
_USER_WORDS: Final = Sentence("password.own_words")
_LOCAL_WORD: Final = Sentence("password.local_word")
_PERSON_NAME: Final = Sentence("password.person_name")
_DICTIONARY_WORD: Final = Sentence("password.dictionary_word")
_REVERSED: Final = Sentence("password.reversed")
_L33T: Final = Sentence("password.l33t")
_DATE: Final = Sentence("password.date")
_REPEAT: Final = Sentence("password.repeat")
_SEQUENCE: Final = Sentence("password.sequence")
_KEYBOARD: Final = Sentence("password.keyboard")
_TOO_GUESSABLE: Final = Sentence("password.too_guessable")

_SUGGEST_LONGER: Final = Sentence("password.suggest_longer")
_SUGGEST_PASSPHRASE: Final = Sentence("password.suggest_passphrase")

_NAME_DICTIONARIES: Final = frozenset({"female_names", "male_names", "surnames"})
_WORD_SPLIT: Final = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class PasswordVerdict:
    """The outcome of :func:`check_password`.

    ``problems`` holds one sentence per reason the password is refused; it is empty exactly
    when ``acceptable`` is true. ``suggestion`` is one sentence on what to do instead, or None
    when the password is acceptable.
    """

    acceptable: bool
    score: int
    problems: tuple[Sentence, ...]
    suggestion: Sentence | None


def _user_words(user_inputs: Iterable[str]) -> list[str]:
    """Each input whole (lower case) and its words of at least 3 characters, no repeats."""
    words: list[str] = []
    for item in user_inputs:
        text = item.strip().lower()
        if not text:
            continue
        candidates = [text, text.replace(" ", ""), *_WORD_SPLIT.split(text)]
        for word in candidates:
            if len(word) >= _MIN_USER_WORD and word not in words:
                words.append(word)
    return words


def _problems_from_matches(
    matches: Sequence[Mapping[str, Any]], own_words: frozenset[str]
) -> list[Sentence]:
    found: list[Sentence] = []
    for match in matches:
        pattern = match.get("pattern")
        token = str(match.get("token", ""))
        if pattern == "dictionary":
            name = match.get("dictionary_name")
            if name == "user_inputs":
                if str(match.get("matched_word", "")) in own_words:
                    found.append(_USER_WORDS)
                else:
                    found.append(_LOCAL_WORD)
            elif name == "passwords":
                plain = not match.get("l33t") and not match.get("reversed")
                found.append(
                    _COMMON_PASSWORD
                    if plain and int(match.get("rank", 0)) <= 10_000
                    else _SIMILAR_COMMON
                )
            elif len(token) >= 4 and name in _NAME_DICTIONARIES:
                found.append(_PERSON_NAME)
            elif len(token) >= 4:
                found.append(_DICTIONARY_WORD)
            if match.get("reversed"):
                found.append(_REVERSED)
            if match.get("l33t"):
                found.append(_L33T)
        elif pattern == "date" or (pattern == "regex" and match.get("regex_name") == "recent_year"):
            found.append(_DATE)
        elif pattern == "repeat":
            found.append(_REPEAT)
        elif pattern == "sequence" and len(token) >= 3:
            found.append(_SEQUENCE)
        elif pattern == "spatial":
            found.append(_KEYBOARD)
    return found


def _zxcvbn(password: str, dictionary: list[str]) -> dict[str, Any] | None:
    if not password:
        return None
    from zxcvbn import zxcvbn  # ~25 ms of word lists: loaded on first use, not at start-up

    result: dict[str, Any] = zxcvbn(password[:_ZXCVBN_MAX], user_inputs=dictionary)
    return result


def _without_own_words(password: str, own_words: Sequence[str]) -> str:
    """``password`` with every occurrence of the person's own words removed, longest first."""
    rest = password.lower()
    for word in sorted(own_words, key=len, reverse=True):
        rest = rest.replace(word, "")
    return rest if rest != password.lower() else password


def check_password(password: str, user_inputs: Sequence[str] = ()) -> PasswordVerdict:
    """Judge ``password`` against the policy and explain any refusal (as sentences).

    ``user_inputs`` are words a guesser would try first for this person: the username, full
    name and center name. A password built on them scores low: when it contains any of them,
    its score is at most the score of what remains once they are removed. Acceptable means at
    least :data:`MIN_LENGTH` characters and a score of at least :data:`MIN_SCORE`.
    """
    own = _user_words(user_inputs)
    own_set = frozenset(own)
    dictionary = own + [w for w in _LOCAL_WORDS if w not in own_set]
    result = _zxcvbn(password, dictionary)
    score = int(result["score"]) if result is not None else 0

    problems: list[Sentence] = []
    if len(password) < MIN_LENGTH:
        problems.append(_TOO_SHORT)
    rest = _without_own_words(password, own)
    if rest != password:
        # Joining several of one's own words can fool the estimate ("pandeglang.sejahtera"):
        # the part that is not the person's own words has to be strong by itself.
        rest_result = _zxcvbn(rest, dictionary)
        rest_score = int(rest_result["score"]) if rest_result is not None else 0
        if rest_score < score:
            score = rest_score
            if score < MIN_SCORE:
                problems.append(_USER_WORDS)
    if score < MIN_SCORE:
        matches: Sequence[Mapping[str, Any]] = result["sequence"] if result is not None else ()
        problems.extend(_problems_from_matches(matches, own_set))
        if not any(p != _TOO_SHORT for p in problems):
            problems.append(_TOO_GUESSABLE)

    unique = tuple(dict.fromkeys(problems))
    acceptable = not unique
    suggestion: Sentence | None
    if acceptable:
        suggestion = None
    elif unique == (_TOO_SHORT,):
        suggestion = _SUGGEST_LONGER
    else:
        suggestion = _SUGGEST_PASSPHRASE
    return PasswordVerdict(
        acceptable=acceptable, score=score, problems=unique, suggestion=suggestion
    )


def office_words(center_name: str, region_names: Iterable[str], today: datetime.date) -> list[str]:
    """What a guesser tries first for anyone at an office, to pass as ``user_inputs``: the
    center's name, the names of its province and regency or city, and the years around today
    (zxcvbn knows no year after 2019, so "serang2026" would pass as strong)."""
    years = [str(today.year + delta) for delta in (-1, 0, 1)]
    return [center_name, *region_names, *years]


def generate_temporary_password() -> str:
    """Return a random temporary password such as ``"k7mq-x3tr-9hbn-4wcz"``.

    Sixteen characters from :data:`TEMPORARY_ALPHABET` (about 79 bits), in groups of four so it
    can be read aloud and typed without confusing look-alike characters. It always passes
    :func:`check_password`.
    """
    while True:
        groups = (
            "".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(_TEMPORARY_GROUP_SIZE))
            for _ in range(_TEMPORARY_GROUPS)
        )
        candidate = "-".join(groups)
        if check_password(candidate).acceptable:
            return candidate
