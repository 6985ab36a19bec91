"""Offices made once per test session (per xdist worker) on the session's PostgreSQL server and
copied into each service test that runs on it (``initialized`` of tests/conftest.py with
``storage_kind`` "postgres").

Making an office there for every test (``CREATE DATABASE`` from the schema template,
``provision.secure``, ``accounts.initialize``, the head signed in, and for the ``office``
fixture Rina, Dedi and Tuti made and signed in and the Hidayat household) took most of those
tests' set-up. Here it is made twice per worker, as a database that then serves as the
template of each test's database:

* the head's office (``accounts.initialize`` only): a copy with the head signed in is what
  the real path gives, the same rows and the same audit trail;
* the usual office (:func:`support.office.build_office`): a copy with the four signed in
  again differs from building it only by those four ``login.success`` entries, as the
  embedded engine's copy does (support/office_snapshot.py).

What ``CREATE DATABASE ... TEMPLATE`` does not copy is put back as it was:

* the database's privileges (``datacl``: who may connect) are granted anew on the copy by
  the same grantors, and :func:`copy` checks they equal the template's;
* the office's login roles live in the cluster, not in a database: every copy of one office
  shares them (they carry the office's database id, which the key file and every person's
  server password are made from). A test may change them (a new colleague, a new password,
  someone stopped): after its database is dropped, :meth:`ServerOffice.restore_roles` drops
  the roles the template did not have and gives the others back their passwords, login
  rights and groups, and then checks every attribute of every role of the office equals what
  it was when the template was made. Tests run one at a time in a worker, so no two copies
  of one office are open at once.

tests/services/test_office_snapshot.py proves a copy holds what the real path makes, roles
and privileges included. ``LK3_TEST_NO_OFFICE_SNAPSHOT=1`` makes every office the real way.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from lk3_desktop.db.server.cluster import SUPERUSER
from lk3_desktop.db.server.enrollment import Enrollment, write_enrollment
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts
from support.casework import Household
from support.factories import FAST_KDF, HEAD_PASSWORD, MemoryKeyring, init_database, login
from support.office import build_office
from support.postgres import ServerForTests

_ROLE_COLUMNS = (
    "rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication,"
    " rolbypassrls, rolconnlimit, rolpassword, rolvaliduntil"
)


@dataclass(frozen=True)
class Roles:
    """An office's login roles as ``pg_authid`` holds them, and the groups they are in."""

    rows: tuple[tuple[Any, ...], ...]  # _ROLE_COLUMNS, by name
    groups: frozenset[tuple[str, str, str, bool]]  # (group, member, grantor, admin option)

    @property
    def names(self) -> set[str]:
        return {row[0] for row in self.rows}


def roles_of(conn: Connection, prefix: str) -> Roles:
    """The roles whose names start with ``prefix`` (an office's), every attribute."""
    like = prefix.replace("_", r"\_") + "%"
    rows = conn.execute(
        text(f"SELECT {_ROLE_COLUMNS} FROM pg_authid WHERE rolname LIKE :p ORDER BY rolname"),
        {"p": like},
    ).all()
    groups = conn.execute(
        text(
            "SELECT g.rolname, m.rolname, w.rolname, a.admin_option FROM pg_auth_members a"
            " JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
            " JOIN pg_roles w ON w.oid = a.grantor WHERE m.rolname LIKE :p"
        ),
        {"p": like},
    ).all()
    return Roles(tuple(tuple(r) for r in rows), frozenset(tuple(g) for g in groups))  # type: ignore[misc]


def privileges_of(conn: Connection, database: str) -> list[tuple[str, str, str, bool]]:
    """The database's privileges: (grantor, grantee, privilege, grantable)."""
    rows = conn.execute(
        text(
            "SELECT coalesce(w.rolname, '-'), coalesce(g.rolname, 'PUBLIC'), a.privilege_type,"
            " a.is_grantable FROM pg_database d, aclexplode(d.datacl) a"
            " LEFT JOIN pg_roles w ON w.oid = a.grantor"
            " LEFT JOIN pg_roles g ON g.oid = a.grantee WHERE d.datname = :d"
        ),
        {"d": database},
    ).all()
    return sorted(tuple(r) for r in rows)  # type: ignore[misc]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class ServerOffice:
    """An office made the real way in ``template`` (a database no one connects to), with the
    data folder its workstation got and what the test fixtures hand on."""

    server: ServerForTests
    template: str
    folder: Path
    enrollment: Enrollment
    recovery_code: str
    recovery_key_code: str
    roles: Roles
    privileges: list[tuple[str, str, str, bool]]
    people: tuple[str, ...] = ()
    home: Household | None = None
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def restore_roles(self) -> None:
        """The office's roles back to what they were when the template was made (after the
        test's database was dropped); raises when anything still differs."""
        prefix = self.enrollment.role_prefix
        with self.server.admin.begin() as conn:
            now = roles_of(conn, prefix)
            if now == self.roles:
                return
            kept = {row[0]: row for row in self.roles.rows}
            for name in sorted(now.names - set(kept)):
                conn.execute(text(f"DROP ROLE {_quote(name)}"))
            for name, row in kept.items():
                if name not in now.names:
                    raise AssertionError(f"a test dropped the template's role {name}")
                can_login, password = row[5], row[9]
                # A stored SCRAM verifier is taken as it is (the same salt and keys).
                secret = "NULL" if password is None else "'" + password.replace("'", "''") + "'"
                login_right = "LOGIN" if can_login else "NOLOGIN"
                conn.exec_driver_sql(f"ALTER ROLE {_quote(name)} {login_right} PASSWORD {secret}")
            groups = roles_of(conn, prefix).groups
            for group, member, _grantor, _admin in groups - self.roles.groups:
                conn.execute(text(f"REVOKE {_quote(group)} FROM {_quote(member)}"))
            for group, member, grantor, admin in self.roles.groups - groups:
                conn.execute(text(f"SET LOCAL ROLE {_quote(grantor)}"))
                option = " WITH ADMIN OPTION" if admin else ""
                conn.execute(text(f"GRANT {_quote(group)} TO {_quote(member)}{option}"))
                conn.execute(text("RESET ROLE"))
            after = roles_of(conn, prefix)
        if after != self.roles:
            raise AssertionError(f"the roles of {prefix} differ from the template's: {after}")

    def copy(self, folder: Path, store: KeyringStore) -> accounts.InitResult:
        """A new database copied from the template, with its privileges, and a data folder
        enrolled with it; the head signed in, as ``initialized`` gives."""
        database = f"{self.template}_{next(self._numbers)}"
        with self.server.admin.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text(f"CREATE DATABASE {_quote(database)} TEMPLATE {_quote(self.template)}"))
            c.execute(text(f"REVOKE ALL ON DATABASE {_quote(database)} FROM PUBLIC"))
            # The superuser's grants first: lk3_admin grants what it was granted.
            for grantor, grantee, privilege, grantable in sorted(
                self.privileges, key=lambda p: p[0] != SUPERUSER
            ):
                if grantee == "PUBLIC":
                    raise AssertionError("the template's database is open to PUBLIC")
                c.execute(text(f"SET ROLE {_quote(grantor)}"))
                option = " WITH GRANT OPTION" if grantable else ""
                c.execute(
                    text(
                        f"GRANT {privilege} ON DATABASE {_quote(database)}"
                        f" TO {_quote(grantee)}{option}"
                    )
                )
                c.execute(text("RESET ROLE"))
            copied = privileges_of(c, database)
            roles = roles_of(c, self.enrollment.role_prefix)
        if copied != self.privileges:
            self.server.drop(database)
            raise AssertionError(f"the copy's privileges differ: {copied} != {self.privileges}")
        if roles != self.roles:  # the last test's changes stayed: not a copy of the template
            self.server.drop(database)
            raise AssertionError(f"the roles of the copied office differ: {roles}")
        shutil.copytree(self.folder, folder)
        write_enrollment(folder, replace(self.enrollment, database=database))
        head = login(folder, store, "kepala", HEAD_PASSWORD)
        return accounts.InitResult(head, self.recovery_code, self.recovery_key_code)

    def drop(self, database: str) -> None:
        """The test's copy gone, and the office's roles as the template has them."""
        self.server.drop(database)
        self.restore_roles()


def make(
    server: ServerForTests, folder: Path, people: tuple[str, ...] | None = None
) -> ServerOffice:
    """An office made on ``server`` the real way (:meth:`ServerForTests.new_office`,
    ``accounts.initialize``; with ``people``, the head signed in and :func:`build_office`),
    every store closed, and its database kept as the template of copies."""
    store = KeyringStore(MemoryKeyring(), timeout=5)
    enrollment, bootstrap = server.new_office()
    vault = ServerVault(folder, store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap)
    made = init_database(folder, store, vault=vault)
    made.session.store.close()
    home = None
    if people is not None:
        head = login(folder, store, "kepala", HEAD_PASSWORD)
        built = build_office(head, folder, store, people)
        built.close()
        head.store.close()
        people, home = tuple(built.people), built.home
    with server.admin.connect() as conn:
        roles = roles_of(conn, enrollment.role_prefix)
        privileges = privileges_of(conn, enrollment.database)
    return ServerOffice(
        server,
        enrollment.database,
        folder,
        enrollment,
        made.recovery_code,
        made.recovery_key_code,
        roles,
        privileges,
        people or (),
        home,
    )


def wanted() -> bool:
    return not os.environ.get("LK3_TEST_NO_OFFICE_SNAPSHOT")
