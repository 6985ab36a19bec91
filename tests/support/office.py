"""One office for tests: the head, colleagues from one cast by username, and households.

``build_office`` makes what most service and UI tests start from (the ``office`` fixture of
``tests/conftest.py`` and of ``tests/ui/conftest.py``): counselors Rina and Dedi, staff Tuti,
and the Hidayat household whose case Rina holds. A test that needs another office starts from
:func:`new_office` and asks for what it needs with :meth:`Office.person`,
:meth:`Office.add_home`, :meth:`Office.add_case` and :meth:`Office.letterhead`; everyone is
made through the services and signed in with a real password, like a person at the office.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lk3_desktop.core.roles import Role
from lk3_desktop.services import accounts, cases, center, clients, partners
from lk3_desktop.services.context import UserSession
from support.casework import COUNSELOR_PASSWORD, DEWI_BIRTH, Household, add_user, household

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


@dataclass(frozen=True)
class ClientCase:
    """A client with one case (no family), made by :meth:`Office.add_case`."""

    client_id: int
    case_id: int
    registration_number: str  # the case's


@dataclass
class Office:
    """The head, the colleagues signed in so far (``office.rina``) and the households
    (``office.home`` is the first one)."""

    head: UserSession
    folder: Path
    store: object
    people: dict[str, UserSession] = field(default_factory=dict)
    homes: dict[str, Household] = field(default_factory=dict)
    cases: dict[str, ClientCase] = field(default_factory=dict)
    partners: dict[str, int] = field(default_factory=dict)  # partner institutions' ids
    context: Any = None  # the AppContext of a UI test, signed in as one of the people

    def __getattr__(self, name: str) -> Any:
        """A colleague (``office.rina``), a household (``office.sri``) or a client's case
        (``office.dewi``) by its name."""
        for kind in ("people", "homes", "cases"):
            found = self.__dict__.get(kind, {})
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

    def add_case(
        self,
        key: str,
        counselor: str | None,
        client: clients.ClientInput,
        intake: datetime.date,
        source: str = "datang_sendiri",
        **case: Any,
    ) -> ClientCase:
        """``client`` made, with one case from ``intake`` that ``counselor`` holds (None:
        unassigned); ``case`` goes to :class:`~lk3_desktop.services.cases.CaseInput`. Kept
        as ``office.cases[key]``."""
        counselor_id = self.person(counselor).actor.user_id if counselor else None
        client_id = clients.create_client(self.head, client)
        opened = cases.open_case(
            self.head,
            client_id,
            cases.CaseInput(intake, source, counselor_id=counselor_id, **case),
        )
        self.cases[key] = ClientCase(client_id, opened.id, opened.registration_number)
        return self.cases[key]

    def add_partner(
        self, key: str, name: str, kind: str = "puskesmas", by: str | None = None, **details: Any
    ) -> int:
        """A partner institution of type ``kind`` (a code), added by ``by`` (a colleague;
        None: the head) with ``details`` of :class:`~lk3_desktop.services.partners.
        PartnerInput`; its id, kept as ``office.partners[key]``."""
        types = {t.code: t.id for t in partners.list_partner_types(self.head)}
        adder = self.person(by) if by else self.head
        added = partners.add_partner(adder, partners.PartnerInput(name, types[kind], **details))
        self.partners[key] = added.id
        return added.id

    def letterhead(self, **changes: Any) -> None:
        """The center as its letters print it (see :func:`letterhead`)."""
        letterhead(self.head, **changes)

    def hand_to(self, context: Any, username: str) -> UserSession:
        """``username`` signed in on ``context`` (a UI test's AppContext, which closes the
        store of the session it holds)."""
        self.context = context
        context.set_session(self.person(username))
        return self.people[username]

    def close(self) -> None:
        """Close every colleague's store but the one ``context`` holds (the head's belongs
        to whoever made it)."""
        held = getattr(self.context, "session", None)
        for session in self.people.values():
            if session is not held:
                session.store.close()


def letterhead(head: UserSession, **changes: Any) -> None:
    """The center as its letters and reports print it: LK3 Kabupaten Uji Coba in Kota Serang
    (code SRG), headed by Siti Rahmawati; ``changes`` adds or replaces fields of
    :class:`~lk3_desktop.services.accounts.CenterInput` (phone, email, head_nip...)."""
    info = center.get_center(head)
    fields: dict[str, Any] = {
        "name": "LK3 Kabupaten Uji Coba",
        "center_code": "SRG",
        "address": "Jl. Veteran No. 12, Kota Serang",
        "province_code": "36",
        "regency_code": "36.73",
        "head_name": "Siti Rahmawati, S.Sos., M.Si.",
        "logo": info.logo,
        "logo_mime": info.logo_mime,
    }
    center.update_center(head, accounts.CenterInput(**(fields | changes)))


def new_office(head: UserSession, folder: Path, store: object, *people: str) -> Office:
    """An office of the head and ``people`` (usernames of :data:`CAST`) signed in, nothing
    else yet; close it with :meth:`Office.close`."""
    office = Office(head, folder, store)
    for username in people:
        office.person(username)
    return office


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
    office = new_office(head, folder, store, *people)
    office.add_home("home", home_of, **home)
    return office


def case_team(head: UserSession, folder: Path, store: object) -> Office:
    """Who may and may not read one case: Budi (its counselor), Ani (a counselor of other
    cases) and Sari Wulandari (staf) signed in, and Dewi Lestari (born in Serang on
    :data:`~support.casework.DEWI_BIRTH`) whose case, opened 40 days ago, Budi holds
    (``office.dewi``)."""
    office = new_office(head, folder, store, "budi", "ani")
    office.person("sari", "Sari Wulandari")
    dewi = clients.ClientInput(
        full_name="Dewi Lestari", sex="P", birth_place="Serang", birth_date=DEWI_BIRTH
    )
    office.add_case("dewi", "budi", dewi, datetime.date.today() - datetime.timedelta(days=40))
    return office
