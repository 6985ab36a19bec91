"""Who is acting, on which open database: the first argument of every service call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.db import audit
from lk3_desktop.db.models import User
from lk3_desktop.db.store import OpenStore


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    role: Role
    must_change_password: bool = False

    @classmethod
    def from_user(cls, user: User) -> Actor:
        return cls(
            user.id,
            user.username,
            user.full_name,
            Role(user.role),
            user.must_change_password,
        )


@dataclass
class UserSession:
    """A logged-in person on an open store. Locking closes the store and forgets the key."""

    store: OpenStore
    actor: Actor

    @property
    def folder(self) -> Path:
        return self.store.folder

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the actor's role holds ``permission``."""
        if not allowed(self.actor.role, permission):
            raise PermissionDenied(permission.value)

    def audit(
        self,
        session: Session,
        action: str,
        entity_type: str | None = None,
        entity_id: str | int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        audit.append(session, self.actor.user_id, action, entity_type, entity_id, detail)
