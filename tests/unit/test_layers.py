"""The arrows point one way (DESIGN.md "Layers"): ``ui -> services -> db, core, documents``,
``documents -> core``, and ``core`` imports nothing of the project. No Qt below ``ui/``, no
SQLAlchemy in ``ui/``. A test reads every module's imports and fails on an arrow backwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import lk3_desktop

ROOT = Path(lk3_desktop.__file__).parent

# What each layer may import besides itself and the standard library / third parties.
ALLOWED = {
    "core": {"lk3_desktop.paths"},
    "documents": {"lk3_desktop.core", "lk3_desktop.paths"},
    "db": {"lk3_desktop.core", "lk3_desktop.paths"},
    "services": {
        "lk3_desktop.core",
        "lk3_desktop.db",
        "lk3_desktop.documents",
        "lk3_desktop.paths",
        "lk3_desktop",  # the version
    },
    "ui": {
        "lk3_desktop.core",
        "lk3_desktop.services",
        "lk3_desktop.paths",
        "lk3_desktop.build_info",
        "lk3_desktop.check_text",  # the checks' wording, shared with the command line
        "lk3_desktop",  # the version
    },
}
FORBIDDEN_LIBRARIES = {
    "core": {"PySide6", "shiboken6", "sqlalchemy", "reportlab"},
    "documents": {"PySide6", "shiboken6", "sqlalchemy"},
    "db": {"PySide6", "shiboken6", "reportlab"},
    "services": {"PySide6", "shiboken6"},
    "ui": {"sqlalchemy"},
}
# Known exceptions, each with its reason; the list only shrinks.
EXCEPTIONS = {
    # The recovery card's PDF and its short database id are drawn by the dialog that shows
    # the card before a session exists (setup, key rotation); the keys work reshapes the card.
    ("ui/recovery_card_dialog.py", "lk3_desktop.documents"),
    ("ui/messages.py", "lk3_desktop.documents"),
    ("ui/settings/backup_tab.py", "lk3_desktop.documents"),
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _project_part(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else parts[0]


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_imports_point_one_way(layer: str) -> None:
    wrong: list[str] = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for module in _imports(path):
            top = module.split(".")[0]
            if top in FORBIDDEN_LIBRARIES[layer]:
                wrong.append(f"{where} imports {module}")
            if top != "lk3_desktop":
                continue
            part = _project_part(module)
            if part == f"lk3_desktop.{layer}" or part in ALLOWED[layer]:
                continue
            if (where, part) not in EXCEPTIONS:
                wrong.append(f"{where} imports {module}")
    assert wrong == [], "arrows pointing backwards (see DESIGN.md, Layers):\n" + "\n".join(wrong)


def test_the_exceptions_still_exist() -> None:
    stale = [
        (where, part)
        for where, part in EXCEPTIONS
        if not any(_project_part(m) == part for m in _imports(ROOT / where))
    ]
    assert stale == [], f"no longer needed, take them out of EXCEPTIONS: {stale}"
