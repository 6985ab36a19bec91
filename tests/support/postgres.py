"""A real PostgreSQL cluster for the tests: started once per test session (per xdist worker)
in a temporary folder as the ``postgres`` system user, on 127.0.0.1 only, with TLS from an
office CA made for it; one template database holds the schema (every revision run once), and
each test's office gets ``CREATE DATABASE ... TEMPLATE`` of it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from sqlalchemy import Engine

from lk3_desktop.db.server import provision
from lk3_desktop.db.server.cluster import SUPERUSER, Cluster
from lk3_desktop.db.server.connect import login_secret
from lk3_desktop.db.server.enrollment import Enrollment, ca_path, read_enrollment
from lk3_desktop.db.server.tls import Issued, make_office_ca, make_server_cert
from lk3_desktop.db.server.vault import Bootstrap, ServerVault
from lk3_desktop.db.workstation import CredentialStore
from lk3_desktop.services import integrity, integrity_server
from lk3_desktop.services.integrity import CheckLine
from support.factories import FAST_KDF, HEAD_PASSWORD, make_vault

HOST = "127.0.0.1"
TEMPLATE = "lk3_template"
FAST_LOGIN_KDF = FAST_KDF.to_json()
# Durability off: a test cluster is thrown away; nothing a test checks needs fsync.
SPEED = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


@dataclass
class ServerForTests:
    """The running cluster of this test session and the office CA its certificate is from."""

    cluster: Cluster
    ca: Issued
    ca_file: Path
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _admin: Engine | None = None

    @property
    def tls(self) -> dict[str, str]:
        return {"sslmode": "verify-full", "sslrootcert": str(self.ca_file)}

    def engine(self, database: str = "postgres") -> Engine:
        return provision.superuser_engine(
            HOST, self.cluster.port, SUPERUSER, self.cluster.password, database, self.tls
        )

    @property
    def admin(self) -> Engine:
        if self._admin is None:
            self._admin = self.engine()
        return self._admin

    def build_template(self) -> None:
        provision.create_database(self.admin, TEMPLATE)
        engine = self.engine(TEMPLATE)
        try:
            provision.build_schema(engine)
        finally:
            engine.dispose()

    def new_office(self) -> tuple[Enrollment, Bootstrap]:
        """A database for one office (a copy of the template, secured for a new database id)
        and what ``accounts.initialize`` needs to make the office in it."""
        database = f"lk3_t{os.getpid()}_{next(self._numbers)}"
        provision.create_database(self.admin, database, TEMPLATE)
        enrollment = Enrollment(
            host=HOST,
            port=self.cluster.port,
            database=database,
            database_id=uuid.uuid4().hex,
            ca_pem=self.ca.cert_pem,
            login_kdf=FAST_LOGIN_KDF,
        )
        engine = self.engine(database)
        try:
            provision.secure(engine, database, enrollment.role_prefix)
        finally:
            engine.dispose()
        return enrollment, Bootstrap(SUPERUSER, self.cluster.password)

    def drop(self, database: str) -> None:
        provision.drop_database(self.admin, database)

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.dispose()
        try:
            if self.cluster.running():
                self.cluster.stop("immediate")
        finally:
            shutil.rmtree(self.cluster.root.parent, ignore_errors=True)


def start_test_server() -> ServerForTests:
    root = Path(tempfile.mkdtemp(prefix="lk3-pg-"))
    root.chmod(0o711)  # the server user only passes through to its own folder
    cluster = Cluster(root / "cluster", settings=dict(SPEED))
    cluster.init()
    ca = make_office_ca("LK3 test office")
    server = make_server_cert(ca, [HOST])
    for name, content in (("server.crt", server.cert_pem), ("server.key", server.key_pem)):
        path = cluster.data / name
        path.write_text(content, "ascii")
        path.chmod(0o600)
        os.chown(path, cluster.data.stat().st_uid, cluster.data.stat().st_gid)
    cluster.settings.update(
        {"ssl": "on", "ssl_cert_file": "server.crt", "ssl_key_file": "server.key"}
    )
    cluster.start()
    ca_file = root / "office-ca.pem"
    ca_file.write_text(ca.cert_pem, "ascii")
    test_server = ServerForTests(cluster, ca, ca_file)
    try:
        test_server.build_template()
    except BaseException:
        test_server.stop()
        raise
    return test_server


@contextlib.contextmanager
def fresh_cluster() -> Iterator[Cluster]:
    """A cluster of its own, as Debian's package leaves it: no TLS until ``server init``
    (which changes the server's TLS settings, so it never runs on the session's cluster)."""
    root = Path(tempfile.mkdtemp(prefix="lk3-pg-init-"))
    root.chmod(0o711)
    cluster = Cluster(root / "cluster", settings={"fsync": "off"})
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        if cluster.running():
            cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def psql(folder: Path, role: str, password: str) -> psycopg.Connection:
    """A plain connection to an enrolled profile's server as ``role``, as psql would make it
    (verified TLS, nothing of LK3 Desktop in between)."""
    enrollment = read_enrollment(folder)
    return psycopg.connect(
        host=enrollment.host,
        port=enrollment.port,
        dbname=enrollment.database,
        user=role,
        password=password,
        sslmode="verify-full",
        sslrootcert=str(ca_path(folder)),
        autocommit=True,
    )


def connect_as(folder: Path, username: str, password: str) -> psycopg.Connection:
    """:func:`psql` with a person's own login role and the secret their password gives."""
    enrollment = read_enrollment(folder)
    return psql(
        folder, enrollment.login_role(username), login_secret(enrollment, username, password)
    )


def head_checks(folder: Path, cred_store: CredentialStore) -> list[CheckLine]:
    """``lk3-desktop check`` on an enrolled profile with the head's password, as the command
    runs it (its connection closed at the end)."""
    vault = make_vault(folder, cred_store)
    assert isinstance(vault, ServerVault)
    try:
        keys = integrity.keys_from_password(vault, "kepala", HEAD_PASSWORD)
        return integrity_server.run_checks(vault, keys)
    finally:
        vault.forget_connection()
