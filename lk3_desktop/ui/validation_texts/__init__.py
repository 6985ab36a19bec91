"""The sentence of every ValidationError code, in English; the catalogue holds the Indonesian.

A service raises ``ValidationError("client.name_required", "full_name")``; ``ui/messages.py``
words it with :func:`validation_sentence` in the interface's language. A sentence's
``{placeholders}`` are filled from the error's params (numbers and dates written the way the
interface language writes them). tests/unit/test_error_texts.py fails when a raised code has no
sentence here or a placeholder has no param.

To add one: raise the new code, add its English sentence to the area's module of this package, run
``scripts/update_translations.sh`` and write the Indonesian translation in the .ts.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.validation_texts.casework import CASEWORK
from lk3_desktop.ui.validation_texts.files import FILES
from lk3_desktop.ui.validation_texts.office import OFFICE
from lk3_desktop.ui.validation_texts.people import PEOPLE
from lk3_desktop.ui.validation_texts.records import RECORDS
from lk3_desktop.ui.validation_texts.server import SERVER

CONTEXT = "ValidationErrors"


TEXTS: dict[str, str] = {**PEOPLE, **CASEWORK, **OFFICE, **FILES, **RECORDS, **SERVER}
"""Every code's English sentence, by area in the modules of this package."""


def _param_text(value: object) -> str:
    locale = QLocale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(locale.toString(value))
    if isinstance(value, datetime.date):
        return date_text(value)
    return str(value)


def _worded(code: str, params: Mapping[str, object]) -> str | None:
    source = TEXTS.get(code)
    if source is None:
        return None
    text = QCoreApplication.translate(CONTEXT, source)
    for name, value in params.items():
        text = text.replace("{" + name + "}", _param_text(value))
    return text


def validation_sentence(error: ValidationError) -> str | None:
    """The sentence for ``error``'s code in the interface language; None for an unknown code."""
    return _worded(error.code, error.params)


def sentence_text(sentence: Sentence) -> str:
    """A check's sentence (a NIK warning, a phone number's problem) in the interface language."""
    return _worded(sentence.code, sentence.params) or sentence.code
