"""How every ``lk3-desktop`` command opens its data folder: the folder locked for the command
(refused while the app or another command has it open), this computer's credential store
found, and, for the commands that act as a person, the sign-in (the store closes at the end,
whatever happens).

Written once here so each command says only what it does with the folder.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Names for the annotations only: ``lk3-desktop`` without a command is the app, and its
# sign-in window must not wait for the database stack these bring (benchmarks: cold_start).
if TYPE_CHECKING:
    from lk3_desktop.db.workstation import CredentialStore
    from lk3_desktop.services.context import UserSession


@contextlib.contextmanager
def locked_folder(folder: Path, *, must_exist: bool = True) -> Iterator[CredentialStore]:
    """``folder`` locked for this command, with this computer's credential store.

    ``must_exist``: a missing folder is one sentence (the lock must not create it); commands
    that make a folder (``init``, ``demo``, ``restore``) pass False.
    """
    from lk3_desktop.db.instance_lock import DataFolderLock
    from lk3_desktop.db.store import require_data_folder
    from lk3_desktop.db.workstation import detect_store

    if must_exist:
        require_data_folder(folder)
    with DataFolderLock(folder):
        yield detect_store()


@contextlib.contextmanager
def signed_in(folder: Path, username: str, password: str) -> Iterator[UserSession]:
    """The folder locked and ``username`` signed in with ``password`` (audited as a sign-in
    in the app is); the store closed when the command ends."""
    from lk3_desktop.services import accounts

    with locked_folder(folder) as store:
        session = accounts.login(folder, store, username, password)
        try:
            yield session
        finally:
            session.store.close()
