"""Psychosocial assessment instruments: definitions are data, scoring is one engine.

Each instrument (SRQ-20, PHQ-9, ...) is a JSON file in ``resources/instruments/``. The files are
read the first time :func:`get` or :func:`available` is called, checked against every schema rule,
and kept for the life of the process. A file that breaks a rule stops loading with an
:class:`InstrumentDefinitionError` naming the file and the problem: a wrong definition must never
produce a wrong score quietly.

The schema of a definition file and the rules the loader enforces are written in
:mod:`lk3_desktop.core.instruments.parser`.

A risk flag from an answered item is raised even when other items are blank: a "yes" on a
suicide item is never hidden by an incomplete form. Incomplete scales are omitted, never zero.
"""

from __future__ import annotations

from lk3_desktop.core.instruments.definitions import (
    TOTAL,
    Band,
    Instrument,
    InstrumentDefinitionError,
    Item,
    MissingRule,
    Option,
    RiskFlag,
    RiskRule,
    Score,
    Severity,
    Subscale,
    Total,
)
from lk3_desktop.core.instruments.loading import INSTRUMENTS_DIR, available, get, load_instrument
from lk3_desktop.core.instruments.parser import SCHEMA_VERSION

__all__ = [
    "INSTRUMENTS_DIR",
    "SCHEMA_VERSION",
    "TOTAL",
    "Band",
    "Instrument",
    "InstrumentDefinitionError",
    "Item",
    "MissingRule",
    "Option",
    "RiskFlag",
    "RiskRule",
    "Score",
    "Severity",
    "Subscale",
    "Total",
    "available",
    "get",
    "load_instrument",
]
