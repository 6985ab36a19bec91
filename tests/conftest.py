"""Shared fixtures: offscreen Qt, an in-memory credential store, fast key slots, real files,
and new databases copied from a template migrated once per session."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from support import office_snapshot, server_snapshot
from support.factories import FAST_KDF, HEAD_PASSWORD, MemoryKeyring, init_database, login
from support.office import Office, build_office
from support.postgres import ServerForTests, start_test_server
from support.template import build_template, schema_from_template

from lk3_desktop.db.server.enrollment import read_enrollment
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.workstation import KeyringStore, NoCredentialStore
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession

if TYPE_CHECKING:
    from lk3_desktop.ui.context import AppContext

# The test files that take longest, longest first (the --durations of full runs): the whole
# suite runs one file per xdist worker (scripts/test.sh, --dist loadfile --no-loadscope-reorder)
# in the order of pytest_collection_modifyitems below: these start first, instead of a file of
# two long tests starting last (pytest-xdist's own order is by number of tests) while the other
# worker has nothing left to do.
LONGEST_FIRST = (
    "e2e/test_register_import_cli.py",
    "e2e/test_wheel_install.py",
    "e2e/test_demo_office_cli.py",
    "e2e/test_report_cli.py",
    "e2e/test_owner_only.py",
    "e2e/test_interrupted_demo.py",
    "e2e/test_bundle.py",
    "server/test_many_desks.py",
    "e2e/test_cli.py",
    "e2e/test_cli_language.py",
    "server/test_server_cli.py",
    "e2e/test_backup_cli.py",
    "e2e/test_note_draft_sigkill.py",
    "e2e/test_interrupted_restore.py",
    "e2e/test_benchmarks.py",
    "e2e/test_faults.py",
    "e2e/test_interrupted_setup.py",
    # marked slow, each starting a PostgreSQL cluster of its own
    "server/test_server_restart.py",
    "server/test_migrate.py",
    "ui/test_setup_wizard_server.py",
    "ui/test_office_server_away.py",
)
TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files of :data:`LONGEST_FIRST` first, in its order; then the others with the most
    tests first (as pytest-xdist orders files by itself), so the short files fill in at the
    end. The order within a file never changes."""
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    tests_in = Counter(item.path for item in items)

    def place(item: pytest.Item) -> tuple[int, int]:
        path = Path(str(item.path))
        name = path.relative_to(TESTS).as_posix() if TESTS in path.parents else ""
        return rank.get(name, len(rank)), -tests_in[item.path]

    items.sort(key=place)


@pytest.fixture(scope="session", autouse=True)
def schema_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bytes]:
    """Every new database of this session (of this xdist worker) starts as a copy of one made
    by running the migrations once (support/template.py)."""
    template = build_template(tmp_path_factory.mktemp("template") / "lk3.db")
    if os.environ.get("LK3_TEST_NO_TEMPLATE"):  # every new database runs the migrations
        yield template
        return
    with schema_from_template(template):
        yield template


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def cred_store(memory_keyring: MemoryKeyring) -> KeyringStore:
    return KeyringStore(memory_keyring, timeout=5)


@pytest.fixture
def no_cred_store() -> NoCredentialStore:
    return NoCredentialStore("test: none")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def storage_kind() -> str:
    """Which engine the office of ``initialized`` runs on: the embedded SQLCipher file, or
    (tests/services parametrizes this) a database on the session's PostgreSQL server."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ServerForTests]:
    """This session's PostgreSQL cluster (support/postgres.py), started on first use."""
    server = start_test_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def own_server() -> Iterator[ServerForTests]:
    """A cluster of the test's own, which the test may stop and start again."""
    server = start_test_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def usual_office(
    tmp_path_factory: pytest.TempPathFactory, schema_template: bytes
) -> office_snapshot.Snapshot:
    """The usual office, made once per worker on the embedded engine (support/office_snapshot)."""
    return office_snapshot.make(tmp_path_factory.mktemp("usual-office") / "data")


@pytest.fixture(scope="session")
def server_head_office(
    tmp_path_factory: pytest.TempPathFactory, pg_server: ServerForTests
) -> server_snapshot.ServerOffice:
    """An office with its head only, made once per worker on the session's server, whose
    database each postgres test's ``initialized`` copies (support/server_snapshot.py)."""
    return server_snapshot.make(pg_server, tmp_path_factory.mktemp("server-head") / "data")


@pytest.fixture(scope="session")
def usual_server_office(
    tmp_path_factory: pytest.TempPathFactory, pg_server: ServerForTests
) -> server_snapshot.ServerOffice:
    """The usual office, made once per worker on the session's server (the ``office`` of a
    postgres test is a copy of it)."""
    folder = tmp_path_factory.mktemp("server-usual") / "data"
    return server_snapshot.make(pg_server, folder, ("rina", "dedi", "tuti"))


@pytest.fixture
def initialized(
    data_dir: Path, cred_store: KeyringStore, storage_kind: str, request: pytest.FixtureRequest
) -> Iterator[accounts.InitResult]:
    if storage_kind == "sqlite" and office_snapshot.wanted(request, office):
        snapshot: office_snapshot.Snapshot = request.getfixturevalue("usual_office")
        keyring: MemoryKeyring = request.getfixturevalue("memory_keyring")
        copied = office_snapshot.copy(snapshot, data_dir, keyring, cred_store)
        request.node.stash[office_snapshot.USED] = snapshot
        yield copied
        copied.session.store.close()
        return
    if storage_kind == "sqlite":
        result = init_database(data_dir, cred_store)
        yield result
        result.session.store.close()
        return
    if server_snapshot.wanted():
        usual = office_snapshot.wanted(request, office)
        made_once: server_snapshot.ServerOffice = request.getfixturevalue(
            "usual_server_office" if usual else "server_head_office"
        )
        result = made_once.copy(data_dir, cred_store)
        if usual:
            request.node.stash[office_snapshot.USED] = made_once
        try:
            yield result
        finally:
            result.session.store.close()
            made_once.drop(read_enrollment(data_dir).database)
        return
    server: ServerForTests = request.getfixturevalue("pg_server")
    enrollment, bootstrap = server.new_office()
    vault = ServerVault(data_dir, cred_store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap)
    made = init_database(data_dir, cred_store, vault=vault)
    made.session.store.close()  # the superuser's: the head works as her own login role
    result = replace(made, session=login(data_dir, cred_store, "kepala", HEAD_PASSWORD))
    try:
        yield result
    finally:
        result.session.store.close()
        server.drop(enrollment.database)


@pytest.fixture
def head(initialized: accounts.InitResult) -> UserSession:
    return initialized.session


@pytest.fixture
def context(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> Iterator[AppContext]:
    """The app's context with the head signed in (a UI test's window or page gets it); its
    lane's work is waited for at the end. Imported here, not at the top: most tests need no
    Qt widgets."""
    from support.ui_settings import make_context

    ctx = make_context(data_dir, cred_store, initialized.session)
    yield ctx
    ctx.lane.wait()


@pytest.fixture
def office(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, request: pytest.FixtureRequest
) -> Iterator[Office]:
    """The usual office (support/office.py): Rina and Dedi (konselor), Tuti (staf) and the
    Hidayat household whose case Rina holds; on the embedded engine a copy of the one made
    for this worker (support/office_snapshot.py)."""
    snapshot = request.node.stash.get(office_snapshot.USED, None)
    if snapshot is not None:
        built = office_snapshot.office_from(snapshot, head, data_dir, cred_store)
    else:
        built = build_office(head, data_dir, cred_store)
    yield built
    built.close()
