"""The screening instruments a counselor can choose from (read from the instrument engine)."""

from __future__ import annotations

from lk3_desktop.core import instruments
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.instruments import Instrument


def list_instruments() -> list[Instrument]:
    """Every instrument the office can administer (definitions in resources/instruments)."""
    return instruments.available()


def instrument(code: str) -> Instrument:
    """The instrument with ``code`` (ValidationError when unknown)."""
    try:
        return instruments.get(code)
    except KeyError as exc:
        raise ValidationError("assessment.instrument_unknown", "instrument") from exc
