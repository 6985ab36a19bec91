"""Who is acting, on which open database: the first argument of every service call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, SessionRevoked
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.db import audit
from lk3_desktop.db.models import User
from lk3_desktop.db.storage import driver_sql
from lk3_desktop.db.store import OpenStore

if TYPE_CHECKING:
    from lk3_desktop.services.office_keys import KeyContext


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    role: Role
    must_change_password: bool = False

    @classmethod
    def from_user(cls, user: User, role: Role | None = None) -> Actor:
        """``role`` is the one the person's verified certificate gives; only an office
        without keys yet (before its head's first sign-in after the upgrade) reads the row."""
        return cls(
            user.id,
            user.username,
            user.full_name,
            role if role is not None else Role(user.role),
            user.must_change_password,
        )


_ACCOUNT_SQL = (
    "SELECT active, role, must_change_password, "
    "(SELECT 1 FROM certificate_revocations WHERE serial = ?) FROM users WHERE id = ?"
)


def check_account(
    s: Session,
    actor: Actor,
    *,
    changing_password: bool = False,
    cert_serial: str | None = None,
) -> None:
    """May ``actor``'s open session still act? SessionRevoked unless the account is active,
    holds the role it signed in with, and (apart from ``changing_password``) has no temporary
    password waiting to be replaced.

    The role is the one of the certificate ``cert_serial`` the session signed in with: a
    head's revocation of it (role change, password reset, deactivation) stops the session; a
    ``users`` row edited without a head's signature changes nothing (sign-in reports it). Only
    in an office without keys yet is the row's role compared.

    Read inside the call's own transaction, so a head's deactivation or password reset stops
    an already-open session at its next call, whichever screen or command made it.
    """
    # Plain SQL on the session's connection: this runs first in every transaction of the app,
    # and the ORM's statement pipeline cost more than the read (benchmarks: list_page).
    conn = s.connection()
    row = conn.exec_driver_sql(
        driver_sql(conn, _ACCOUNT_SQL), (cert_serial or "", actor.user_id)
    ).one_or_none()
    if row is None or not row[0]:
        raise SessionRevoked("inactive")
    if row[2] and not changing_password:
        raise SessionRevoked("password_change")
    if cert_serial is not None:
        if row[3]:
            raise SessionRevoked("changed")
    elif row[1] != actor.role.value:
        raise SessionRevoked("changed")


@dataclass
class UserSession:
    """A logged-in person on an open store. Locking closes the store and forgets the key.

    Every transaction of the store first runs :func:`check_account` for this actor (the
    store's guard), so no service call needs to remember it.
    """

    store: OpenStore
    actor: Actor
    # The person's keys and what their sign-in verified (certificates, audit chain); None
    # only in an office without keys yet.
    keys: KeyContext | None = field(default=None, repr=False)
    # Told the action of every audited write (inside its transaction, on the thread that
    # runs the service): the interface refreshes what the change may affect, e.g. Beranda.
    on_audit: Callable[[str], None] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        actor = self.actor
        serial = self.keys.cert.serial if self.keys is not None else None
        self.store.guard = lambda s: check_account(s, actor, cert_serial=serial)
        self.store.key_lost = self._revoked_by_rotation

    def _revoked_by_rotation(self) -> SessionRevoked | None:
        """The key no longer opens the database and the person's slot is gone: they were
        deactivated and the database key rotated away from them."""
        vault = self.store.vault
        if not vault.exists() or vault.find_slot(vault.load(), self.actor.username) is not None:
            return None
        return SessionRevoked("inactive")

    def check_current(self) -> None:
        """:func:`check_account` on its own, for work that starts outside a transaction
        (copying the database file)."""
        with self.store.transaction():
            pass

    @property
    def folder(self) -> Path:
        return self.store.folder

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the actor's role holds ``permission``."""
        if not allowed(self.actor.role, permission):
            raise PermissionDenied(permission.value)

    def write_through(self) -> None:
        """Wait for the disk for the views this session recorded without waiting for it
        (see OpenStore.transaction's ``wait_for_disk``); the interface's lane runs it after
        handing each result over. Known errors as for a write."""
        self.store.write_through()

    def write_through_soon(self, failed: Callable[[BaseException], None]) -> None:
        """:meth:`write_through` on a thread of its own (nothing waits for the disk); what it
        raises goes to ``failed``, called on that thread."""
        self.store.write_through_soon(failed)

    def audit(
        self,
        session: Session,
        action: str,
        entity_type: str | None = None,
        entity_id: str | int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        audit.append(session, self.actor.user_id, action, entity_type, entity_id, detail)
        if self.on_audit is not None:
            self.on_audit(action)
