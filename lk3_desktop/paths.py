"""Where the project's own files are (resources, migrations) and the default data folder."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
MIGRATIONS = PROJECT_ROOT / "migrations"
TRANSLATIONS = RESOURCES / "translations"

APP_NAME = "LK3 Desktop"
APP_ID = "lk3-desktop"


def default_data_dir() -> Path:
    """The per-user data folder chosen by platformdirs."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
