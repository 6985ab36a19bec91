"""PySide6's import hook, without a copy of every module's source kept in memory.

Importing PySide6 replaces Python's ``__import__`` with its own, which asks, for every module
imported afterwards, whether its source mentions "PySide6" (for PySide's opt-in
``from __feature__ import ...``). It asks through :func:`inspect.getsource`, which leaves
the module's whole source in :mod:`linecache`, as lists of lines: some 28 MiB once
SQLAlchemy, the models, the services and the windows are imported, and that memory stays
with the process even after the cache is cleared (benchmarks: peak_rss). The app uses no
``__feature__``; the same question is answered here by reading the file's bytes, which are
let go at once.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

FEATURE_MODULE = "shibokensupport.feature"
ASKS = "_mod_uses_pyside"


def _mentions_pyside(module: ModuleType) -> bool:
    """True when ``module``'s source file mentions PySide6 (PySide's own question)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or bundled without its source: as inspect says
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def quiet_pyside_import_hook() -> None:
    """Let PySide6's import hook answer its question without filling :mod:`linecache`
    (idempotent; a PySide6 without that question is left as it is)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is not None and callable(getattr(feature, ASKS, None)):
        setattr(feature, ASKS, _mentions_pyside)
