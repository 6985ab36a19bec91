"""The reasons a register row was not imported, as sentences.

On screen (the wizard's preview, the CLI's listing) they are worded in the interface language.
The error workbook is an office document read and edited by Indonesian staff, with Indonesian
headers the import recognises again, so its reasons are always Indonesian (worded from the
Indonesian catalogue without installing it, so the interface language stays as it is).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QTranslator

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import Sentence
from lk3_desktop.core.register_columns import FIELD_LABELS
from lk3_desktop.paths import TRANSLATIONS
from lk3_desktop.services.register_import import RowReason
from lk3_desktop.ui.validation_texts import CONTEXT, TEXTS, sentence_text

# The client form's field names that the import calls otherwise.
_FORM_FIELDS = {"estimated_age": "age"}


def _prefixed(reason: RowReason, text: str) -> str:
    label = FIELD_LABELS.get(_FORM_FIELDS.get(reason.field or "", reason.field or ""), "")
    if not label or label.casefold() in text.casefold():
        return text
    return f"{label}: {text}"


def reason_text(reason: RowReason) -> str:
    """The reason in the interface language, its column named when the form's rule said it."""
    if isinstance(reason.sentence, str):
        return _prefixed(reason, reason.sentence)
    return _prefixed(reason, sentence_text(reason.sentence))


@functools.cache
def _indonesian() -> QTranslator:
    translator = QTranslator()
    translator.load("lk3_id", str(TRANSLATIONS))
    return translator


def _indonesian_param(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if hasattr(value, "year") and hasattr(value, "month") and hasattr(value, "day"):
        return format_date_id(value)  # type: ignore[arg-type]
    return str(value)


def indonesian_sentence(sentence: Sentence) -> str:
    """``sentence`` in Indonesian whatever the interface language."""
    source = TEXTS.get(sentence.code, sentence.code)
    text = _indonesian().translate(CONTEXT, source) or source
    for name, value in sentence.params.items():
        text = text.replace("{" + name + "}", _indonesian_param(value))
    return text


def indonesian_reason(reason: RowReason) -> str:
    """The reason in Indonesian, for the error workbook."""
    if isinstance(reason.sentence, str):
        return _prefixed(reason, reason.sentence)
    return _prefixed(reason, indonesian_sentence(reason.sentence))
