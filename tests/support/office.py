"""One office for tests: the head, colleagues from one cast by username, and households.

``build_office`` makes what most service and UI tests start from (the ``office`` fixture of
``tests/conftest.py`` and ``ui_office`` of ``tests/ui/conftest.py``): counselors Rina and Dedi,
staff Tuti, and the Hidayat household whose case Rina holds. A test asks for more with
:meth:`Office.person` and :meth:`Office.add_home`; everyone is made through the services and
signed in with a real password, like a person at the office.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lk3_desktop.core.roles import Role
from lk3_desktop.services.context import UserSession
from support.casework import COUNSELOR_PASSWORD, Household, add_user, household

CAST: dict[str, tuple[str, Role]] = {
    "rina": ("Rina Marlina", Role.KONSELOR),
    "dedi": ("Dedi Supriadi", Role.KONSELOR),
    "budi": ("Budi Santoso", Role.KONSELOR),
    "ani": ("Ani Wijaya", Role.KONSELOR),
    "dani": ("Dani Pratama", Role.KONSELOR),
    "tuti": ("Tuti Alawiyah", Role.STAF),
    "sari": ("Sari Dewi", Role.STAF),
}
"""Who works at the test office: username -> (full name, role)."""


@dataclass
class Office:
    """The head, the colleagues signed in so far (``office.rina``) and the households
    (``office.home`` is the first one)."""

    head: UserSession
    folder: Path
    store: object
    people: dict[str, UserSession] = field(default_factory=dict)
    homes: dict[str, Household] = field(default_factory=dict)
    context: Any = None  # the AppContext of a UI test, signed in as one of the people

    def __getattr__(self, name: str) -> Any:
        """A colleague (``office.rina``) or a household (``office.sri``) by its name."""
        for found in (self.__dict__.get("people", {}), self.__dict__.get("homes", {})):
            if name in found:
                return found[name]
        raise AttributeError(name)

    @property
    def home(self) -> Household:
        return next(iter(self.homes.values()))

    def person(
        self,
        username: str,
        full_name: str | None = None,
        role: Role | None = None,
        password: str = COUNSELOR_PASSWORD,
    ) -> UserSession:
        """``username`` signed in (made first when new), from the cast unless told."""
        if username not in self.people:
            cast_name, cast_role = CAST.get(username, (username.title(), Role.KONSELOR))
            self.people[username] = add_user(
                self.head,
                self.folder,
                self.store,
                username,
                full_name or cast_name,
                role or cast_role,
                password,
            )
        return self.people[username]

    def add_home(self, key: str, counselor: str | None, **details: object) -> Household:
        """A household (see :func:`support.casework.household`) whose case ``counselor``
        holds (None: unassigned), kept as ``office.homes[key]``."""
        counselor_id = self.person(counselor).actor.user_id if counselor else None
        self.homes[key] = household(self.head, counselor_id, **details)  # type: ignore[arg-type]
        return self.homes[key]

    def close(self) -> None:
        """Close every colleague's store (the head's belongs to whoever made it)."""
        for session in self.people.values():
            session.store.close()


def build_office(
    head: UserSession,
    folder: Path,
    store: object,
    people: tuple[str, ...] = ("rina", "dedi", "tuti"),
    home_of: str | None = "rina",
    **home: object,
) -> Office:
    """The usual office: ``people`` signed in, and one household held by ``home_of``
    (``home`` goes to :func:`support.casework.household`, e.g. ``surname="Saputra"``)."""
    office = Office(head, folder, store)
    for username in people:
        office.person(username)
    office.add_home("home", home_of, **home)
    return office
