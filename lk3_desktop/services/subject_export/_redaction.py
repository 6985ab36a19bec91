"""Other people's identifiers in free text: their known names, NIKs and phone numbers become
``[orang lain]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from lk3_desktop.core.identity import check_phone

OTHER_PERSON: Final = "[orang lain]"
_MIN_NAME_TOKEN: Final = 3


class _Redactor:
    """Replaces other people's known names, NIKs and phone numbers in free text.

    Staff write notes about the client, and a note may name the husband or a child. Those
    people are data subjects of their own; their identifiers known to the office (family
    members, attendees, linked clients) become ``[orang lain]``. Single name words are
    replaced too, except words of the client's own name (a shared family name)."""

    def __init__(self, own_names: Iterable[str]) -> None:
        self._own_tokens = {t.casefold() for n in own_names for t in n.split() if t}
        self._phrases: set[str] = set()
        self._numbers: set[str] = set()

    def add_name(self, name: str | None) -> None:
        clean = " ".join((name or "").split())
        if len(clean) < _MIN_NAME_TOKEN or self.is_own(clean):
            return
        self._phrases.add(clean)
        for token in clean.split():
            if len(token) >= _MIN_NAME_TOKEN and token.casefold() not in self._own_tokens:
                self._phrases.add(token)

    def is_own(self, name: str) -> bool:
        """Whether every word of ``name`` is a word of the client's own name."""
        words = [w.casefold() for w in name.split()]
        return bool(words) and all(w in self._own_tokens for w in words)

    def add_number(self, number: str | None) -> None:
        digits = re.sub(r"\D", "", number or "")
        if len(digits) < 6:
            return
        self._numbers.add(digits)
        if digits.startswith("62"):
            self._numbers.update({"+" + digits, "0" + digits[2:]})

    def add_phone(self, phone: str | None) -> None:
        if not phone:
            return
        self.add_number(phone)
        national = check_phone(phone).national
        if national:
            self.add_number(national)

    def compile(self) -> Callable[[str], str]:
        words = sorted(self._phrases, key=lambda p: (-len(p), p))
        numbers = sorted(self._numbers, key=lambda p: (-len(p), p))
        parts = [r"\s+".join(re.escape(w) for w in p.split()) for p in words]
        parts += [re.escape(n) for n in numbers]
        if not parts:
            return lambda text: text
        # Longest first, so a full name is replaced as one piece before its single words.
        pattern = re.compile(r"(?<![\w+])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
        return lambda text: pattern.sub(OTHER_PERSON, text) if text else text
