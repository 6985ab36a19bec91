"""What every page needs: the signed-in session, the credential store, and app-wide signals.

Created once by the composition root (app.py) and passed to windows and pages; pages never
keep a database session, only call services with ``context.session``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from lk3_desktop.ui.worker import Lane

if TYPE_CHECKING:  # the database stack loads after the sign-in window shows (cold_start)
    from lk3_desktop.services.context import UserSession
    from lk3_desktop.services.data_folder import CredentialStore, Vault


def _default_vault(folder: Path, store: CredentialStore) -> Vault:
    from lk3_desktop.services.data_folder import Vault

    return Vault(folder, store)


class AppContext(QObject):
    """Holder of the current session. ``session`` is None while locked or signed out."""

    session_changed = Signal()  # signed in, unlocked, password changed, locked, signed out
    locked = Signal()
    unlocked = Signal()
    center_changed = Signal()
    settings_changed = Signal(str)  # the key of an office-wide setting that was saved
    # The action of each audited write of the signed-in person (emitted from the lane, so
    # receivers in the interface get it queued; what they put on the lane runs after the write).
    audited = Signal(str)
    # The account behind the session may no longer act (core.errors.SessionRevoked).
    session_revoked = Signal(object)
    # A service call found the office server not answering (ui/worker.Lane).
    server_unreachable = Signal()

    def __init__(
        self,
        data_dir: Path,
        credential_store: CredentialStore,
        vault_factory: Callable[[Path, CredentialStore], Vault] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.credential_store = credential_store
        self._vault_factory = vault_factory or _default_vault
        self.session: UserSession | None = None
        self.lane = Lane(self)  # the one worker thread for service calls
        self.lane.session_revoked.connect(self.session_revoked)
        self.lane.server_unreachable.connect(self.server_unreachable)

    @property
    def vault_factory(self) -> Callable[[Path, CredentialStore], Vault]:
        """How vaults are made for a folder (a restore opens the backup's copy with it)."""
        return self._vault_factory

    def make_vault(self) -> Vault:
        """A vault for this data folder (tests inject one with cheap key derivation)."""
        return self._vault_factory(self.data_dir, self.credential_store)

    def set_session(self, session: UserSession | None) -> None:
        if session is not None:
            session.on_audit = self.audited.emit
        self.session = session
        self.session_changed.emit()

    def require_session(self) -> UserSession:
        if self.session is None:
            raise RuntimeError("no session (locked or signed out)")
        return self.session
