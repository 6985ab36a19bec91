"""Text as it enters the record: one normaliser for everything typed, pasted or imported.

Two characters can never be stored or printed: NUL (an FTS query stops at it, ReportLab's
paragraph parser refuses it) and a lone UTF-16 surrogate (half of a character, left by a
broken paste; it cannot be encoded as UTF-8, so SQLite, JSON files and PDFs fail on it).
:func:`storable` removes the first and replaces the second with U+FFFD; the database engine
applies it to every text it binds (db/engine.py), so no path can store them. Services bound
what a person types with :func:`bounded`, and searches go through :func:`search_terms`.
"""

from __future__ import annotations

import re
import unicodedata

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.limits import SEARCH_MAX_CHARS, SEARCH_MAX_WORDS, TextLimit

REPLACEMENT = "\ufffd"
# C0 controls other than tab, line feed and carriage return (XML 1.0 refuses them too),
# and lone surrogates. A regular expression finds them at C speed in long notes.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
# In a single-line field, line breaks and tabs are spaces; DEL and C1 controls go as well.
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_INVISIBLE_CONTROLS = re.compile("[\x7f-\x84\x86-\x9f]")


def _fix(match: re.Match[str]) -> str:
    char = match.group()
    return REPLACEMENT if "\ud800" <= char <= "\udfff" else ""


def is_storable(text: str) -> bool:
    """True when :func:`storable` would return ``text`` unchanged."""
    return _UNSTORABLE.search(text) is None


def storable(text: str) -> str:
    """``text`` without control characters that cannot be stored or printed (NUL and the
    other C0 controls except tab and line breaks), lone surrogates replaced by U+FFFD.

    Returns ``text`` itself when there is nothing to change (the common case is one scan).
    """
    if _UNSTORABLE.search(text) is None:
        return text
    return _UNSTORABLE.sub(_fix, text)


def normalise(text: str, *, multiline: bool = False) -> str:
    """What a service keeps of typed text: :func:`storable`, NFC (so the same name typed on
    two keyboards compares equal), Windows line ends as ``\\n``. A single-line value has its
    line breaks and runs of white space collapsed to one space and is stripped."""
    text = storable(text)
    text = _INVISIBLE_CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if multiline:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return " ".join(_LINE_BREAKS.sub(" ", text).split())


def bounded(text: str, limit: TextLimit, field: str, *, multiline: bool = False) -> str:
    """:func:`normalise`, then ValidationError (``limit``'s sentence, on ``field``) when the
    result is longer than ``limit`` allows. Multi-line text keeps its inner lines; outer
    blank lines and spaces go."""
    clean = normalise(text, multiline=multiline)
    if multiline:
        clean = clean.strip()
    if len(clean) > limit.max_chars:
        raise ValidationError.because(limit.too_long, field)
    return clean


def search_terms(text: str) -> list[str]:
    """The words of a search as typed, safe for any query: normalised, at most
    ``SEARCH_MAX_CHARS`` characters and ``SEARCH_MAX_WORDS`` words (more words only narrow a
    search that already found nothing, and a thousand would overflow SQLite's expression tree).
    """
    # A half character (now U+FFFD) can match nothing: it goes, the rest is searched.
    clean = normalise(text).replace(REPLACEMENT, "")[:SEARCH_MAX_CHARS]
    return clean.split()[:SEARCH_MAX_WORDS]


def search_text(text: str) -> str:
    """:func:`search_terms` joined by single spaces: the query string services search with."""
    return " ".join(search_terms(text))
