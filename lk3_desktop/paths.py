"""Where the project's own files are (resources, migrations) and the default data folder.

``resources/`` and ``migrations/`` live at the top of the repository. A wheel or a PyInstaller
bundle carries them inside the package as ``lk3_desktop/_data/resources`` and
``lk3_desktop/_data/migrations`` (setup.py and packaging/lk3-desktop.spec put them there), so an
installed copy finds them through ``importlib.resources``; a source checkout or an editable
install has no ``_data`` and reads the repository's folders. This module imports nothing of the
project, so every layer (``core`` included) may use it.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

PACKAGED_DATA = "_data"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _data_folder(name: str) -> Path:
    # Alembic, QTranslator and the JSON loaders need real folders: installs are never zipped.
    packaged = Path(str(files(__package__ or "lk3_desktop") / PACKAGED_DATA / name))
    if packaged.is_dir():
        return packaged
    return PROJECT_ROOT / name


RESOURCES = _data_folder("resources")
MIGRATIONS = _data_folder("migrations")
TRANSLATIONS = RESOURCES / "translations"
INSTRUMENTS = RESOURCES / "instruments"
SCHEMAS = RESOURCES / "schemas"
ICONS = RESOURCES / "icons"

APP_NAME = "LK3 Desktop"
ORGANIZATION = "LK3"  # with APP_NAME, where Qt keeps this user's preferences (the language)
APP_ID = "lk3-desktop"


def is_frozen() -> bool:
    """True inside the PyInstaller bundle (no Python installation around it)."""
    return bool(getattr(sys, "frozen", False))


def default_data_dir() -> Path:
    """The per-user data folder chosen by platformdirs.

    Windows: ``%LOCALAPPDATA%\\lk3-desktop`` (not the roaming profile, which a domain may copy
    to a server); Linux: ``$XDG_DATA_HOME/lk3-desktop`` or ``~/.local/share/lk3-desktop``;
    macOS: ``~/Library/Application Support/lk3-desktop``.
    """
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))
