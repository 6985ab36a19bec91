"""Making an office's database on a PostgreSQL server, as its superuser (``server init`` and
``server upgrade``; the tests' own cluster uses the same steps)."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from lk3_desktop.db import migrate
from lk3_desktop.db.server import security

EXTENSIONS = ("pg_trgm",)


def superuser_engine(
    host: str, port: int, role: str, password: str, database: str, tls: dict[str, str]
) -> Engine:
    url = URL.create(
        "postgresql+psycopg",
        username=role,
        password=password,
        host=host,
        port=port,
        database=database,
    )
    return create_engine(url, connect_args={**tls, "connect_timeout": 10})


def create_database(admin: Engine, database: str, template: str | None = None) -> None:
    """``CREATE DATABASE`` (UTF-8; from ``template`` when given) on the server ``admin``
    (connected to its maintenance database) points at."""
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        source = f' TEMPLATE "{template}"' if template else " TEMPLATE template0"
        conn.execute(text(f"CREATE DATABASE \"{database}\"{source} ENCODING 'UTF8'"))


def drop_database(admin: Engine, database: str) -> None:
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))


def build_schema(engine: Engine) -> None:
    """Extensions, then every Alembic revision, on the (new, empty) database of ``engine``."""
    with engine.begin() as conn:
        for name in EXTENSIONS:
            conn.execute(text(f"CREATE EXTENSION IF NOT EXISTS {name}"))
    migrate.upgrade(engine)


def secure(engine: Engine, database: str, role_prefix: str) -> None:
    """Roles, grants and the login function (db/server/security.py); idempotent."""
    with engine.begin() as conn:
        security.install(conn, database, role_prefix)
        security.install_row_security(conn, role_prefix)
