"""The sentence of every ValidationError code, in English; the catalogue holds the Indonesian.

A service raises ``ValidationError("client.name_required", "full_name")``; ``ui/messages.py``
words it with :func:`validation_sentence` in the interface's language. A sentence's
``{placeholders}`` are filled from the error's params (numbers and dates written the way the
interface language writes them). tests/unit/test_error_texts.py fails when a raised code has no
sentence here or a placeholder has no param.

To add one: raise the new code, add its English sentence below (grouped by area), run
``scripts/update_translations.sh`` and write the Indonesian translation in the .ts.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from lk3_desktop.core.errors import ValidationError

CONTEXT = "ValidationErrors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue (pyside6-lupdate looks for this name) and returns it;
    typed, unlike PySide6's own, whose stub returns ``object``."""
    return text


TEXTS: dict[str, str] = {
    # -- signing and addenda (services/signing.py) ----------------------------------------------
    "signing.cosign_unsigned": QT_TRANSLATE_NOOP(
        "ValidationErrors", "The author must sign the note before it can be co-signed."
    ),
    "signing.cosign_twice": QT_TRANSLATE_NOOP(
        "ValidationErrors", "This note has already been co-signed."
    ),
    "signing.cosign_own": QT_TRANSLATE_NOOP(
        "ValidationErrors", "Your own note does not need a co-signature."
    ),
    "signing.addendum_empty": QT_TRANSLATE_NOOP("ValidationErrors", "Write the addendum."),
    "signing.note_addendum_on_draft": QT_TRANSLATE_NOOP(
        "ValidationErrors",
        "A note that is not signed yet is changed directly, without an addendum.",
    ),
    "signing.assessment_addendum_on_draft": QT_TRANSLATE_NOOP(
        "ValidationErrors", "A draft is changed directly; addenda are only for signed records."
    ),
}


def _param_text(value: object) -> str:
    locale = QLocale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(locale.toString(value))
    if isinstance(value, datetime.date):
        return str(locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy"))
    return str(value)


def validation_sentence(error: ValidationError) -> str | None:
    """The sentence for ``error``'s code in the interface language; None for an unknown code."""
    source = TEXTS.get(error.code)
    if source is None:
        return None
    text = QCoreApplication.translate(CONTEXT, source)
    for name, value in error.params.items():
        text = text.replace("{" + name + "}", _param_text(value))
    return text
