"""The shipped instruments: read from ``resources/instruments/`` on first use and kept for the
life of the process; looked up by code, case- and punctuation-blind.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

from lk3_desktop.core.instruments.definitions import Instrument, InstrumentDefinitionError
from lk3_desktop.core.instruments.parser import _Parser
from lk3_desktop.paths import INSTRUMENTS

INSTRUMENTS_DIR: Final = INSTRUMENTS
"""Folder holding the shipped instrument definitions (``*.json``); see lk3_desktop.paths."""


def get(code: str) -> Instrument:
    """The shipped instrument with ``code``, e.g. ``get("phq-9")``.

    Lookup ignores case, spaces, hyphens and underscores. KeyError names the known codes.
    """
    registry = _registry()
    found = registry.get(_lookup_key(code))
    if found is None:
        known = ", ".join(sorted(i.code for i in registry.values()))
        raise KeyError(f"unknown instrument {code!r}; known instruments: {known}")
    return found


def available() -> list[Instrument]:
    """Every shipped instrument, sorted by code."""
    return sorted(_registry().values(), key=lambda i: i.code)


def load_instrument(path: Path | str) -> Instrument:
    """Read and validate one definition file (not cached; :func:`get` is for shipped ones).

    Raises :class:`InstrumentDefinitionError` naming the file and the problem.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InstrumentDefinitionError(path, f"cannot be read ({exc.__class__.__name__})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstrumentDefinitionError(
            path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return _Parser(path).instrument(data)


def _lookup_key(code: str) -> str:
    return "".join(ch for ch in code.casefold() if ch.isalnum())


def _load_directory(folder: Path) -> Mapping[str, Instrument]:
    """Every ``*.json`` in ``folder``, keyed by lookup key; duplicate codes are refused."""
    found: dict[str, Instrument] = {}
    origin: dict[str, Path] = {}
    for path in sorted(folder.glob("*.json")):
        instrument = load_instrument(path)
        key = _lookup_key(instrument.code)
        if key in found:
            raise InstrumentDefinitionError(
                path,
                f"code {instrument.code!r} is already used by {origin[key].name} "
                f"({found[key].code!r})",
            )
        found[key] = instrument
        origin[key] = path
    return MappingProxyType(found)


@functools.cache
def _registry() -> Mapping[str, Instrument]:
    return _load_directory(INSTRUMENTS_DIR)
