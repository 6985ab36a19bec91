"""Marking sentences for the catalogue without translating them yet."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue (pyside6-lupdate looks for this name) and returns it;
    typed, unlike PySide6's own, whose stub returns ``object``."""
    return text
