"""Which build of LK3 Desktop is running: version, build date and commit, and its kind.

A wheel and the bundled app carry ``lk3_desktop/_data/build.json``, written when they were
built (setup.py); a source checkout has none. Bantuan > Tentang shows it, so an office can tell
which copy it runs when asking for help.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from enum import StrEnum
from importlib.resources import files
from typing import Any

from lk3_desktop import __version__
from lk3_desktop.paths import PACKAGED_DATA, is_frozen

BUILD_FILE = "build.json"


class BuildKind(StrEnum):
    BUNDLE = "bundle"  # the PyInstaller application, no Python installation needed
    PACKAGE = "package"  # installed from a wheel
    SOURCE = "source"  # a source checkout (or an editable install of one)


@dataclass(frozen=True, slots=True)
class BuildInfo:
    version: str
    kind: BuildKind
    built_at: datetime.datetime | None = None
    commit: str | None = None


def parse_build_file(raw: str, frozen: bool) -> BuildInfo:
    """The build description in ``raw`` (JSON written by setup.py); unknown keys are ignored."""
    data: dict[str, Any] = json.loads(raw)
    built = data.get("built_at")
    return BuildInfo(
        version=str(data.get("version") or __version__),
        kind=BuildKind.BUNDLE if frozen else BuildKind.PACKAGE,
        built_at=datetime.datetime.fromisoformat(built) if isinstance(built, str) else None,
        commit=str(data["commit"]) if data.get("commit") else None,
    )


def current_build() -> BuildInfo:
    """The running build; a checkout without ``build.json`` reports the source version."""
    try:
        raw = (files("lk3_desktop") / PACKAGED_DATA / BUILD_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return BuildInfo(__version__, BuildKind.BUNDLE if is_frozen() else BuildKind.SOURCE)
    return parse_build_file(raw, is_frozen())
