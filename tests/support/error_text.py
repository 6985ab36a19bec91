"""The Indonesian sentence of a ValidationError as the interface shows it, for service tests:
the code's English sentence (ui/validation_texts/) looked up in the Indonesian catalogue,
its placeholders filled the way the Indonesian interface writes them."""

from __future__ import annotations

import datetime
import functools
import xml.etree.ElementTree as ET

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.paths import RESOURCES
from lk3_desktop.ui.validation_texts import CONTEXT, TEXTS


@functools.cache
def _catalogue() -> dict[str, str]:
    root = ET.parse(RESOURCES / "translations" / "lk3_id.ts").getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


def _param(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, datetime.date):
        return format_date_id(value)
    return str(value)


def indonesian(error: ValidationError | Sentence) -> str:
    """What a person reading Indonesian sees for ``error`` (a sentence not moved to a code
    yet is returned as it is)."""
    if isinstance(error, ValidationError) and error.message:
        return error.message
    text = _catalogue()[TEXTS[error.code]]
    for name, value in error.params.items():
        text = text.replace("{" + name + "}", _param(value))
    return text
