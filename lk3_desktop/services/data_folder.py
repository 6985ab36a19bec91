"""What the interface needs about a data folder before anyone signs in, so that it never
reaches into ``db/`` itself: the vault and credential store a folder is opened with, whether
it holds a database, and files written readable by their owner only (crash reports)."""

from __future__ import annotations

from pathlib import Path

from lk3_desktop.db.atomic import mkdir_private as mkdir_private
from lk3_desktop.db.atomic import open_private as open_private
from lk3_desktop.db.vault import Vault as Vault
from lk3_desktop.db.workstation import CredentialStore as CredentialStore


def holds_database(folder: Path) -> bool:
    """True when ``folder`` has a database file (it may still be damaged or unreadable)."""
    # Imported here: the crash handler imports this module before the first window, and the
    # engine module brings SQLAlchemy (benchmarks: cold_start).
    from lk3_desktop.db.engine import DB_FILENAME

    return (folder / DB_FILENAME).is_file()
