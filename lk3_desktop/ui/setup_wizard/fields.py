"""Pieces the setup pages share: the region table, required-field marks and the line edits."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from lk3_desktop.ui.forms import relayout

MAX_LOGO_BYTES = 2 * 1024 * 1024
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Academic and religious titles written around names; never a username suggestion.
TITLES = frozenset({"dra", "drs", "ir", "prof", "hj", "spd", "psi", "spsi", "mpsi", "ssos", "msos"})


@dataclass(frozen=True)
class Region:
    code: str
    name: str


@dataclass(frozen=True)
class RegionTable:
    provinces: list[Region]
    regencies: dict[str, list[Region]]  # by province code


def load_regions() -> RegionTable:
    """Every province and its regencies/cities from lokal (a few hundred ms: on the lane)."""
    from lk3_desktop.core.regions import children

    provinces = [Region(code, name) for code, name in children()]
    regencies = {p.code: [Region(code, name) for code, name in children(p.code)] for p in provinces}
    return RegionTable(provinces, regencies)


def _required(text: str) -> str:
    return f"{text} *"


def _relayouts(check: Callable[..., bool]) -> Callable[..., bool]:
    """A check that changes a message under a field renews the page's form layout."""

    @functools.wraps(check)
    def wrapper(page: QWidget, *args: Any, **kwargs: Any) -> bool:
        result = check(page, *args, **kwargs)
        relayout(page)
        return result

    return wrapper


def _edit(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box."""
    edit = combo.lineEdit()
    assert edit is not None
    return edit


def _line(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    return field
