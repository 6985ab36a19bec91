"""Connections to the office server: TLS verified against the office CA, never plaintext.

Each person connects as their own login role with a secret derived from their password
(:func:`login_secret`): the server holds only a SCRAM verifier of that secret, and guessing a
password against it costs an Argon2id derivation per guess on top of the server's delay.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, DisconnectionError

from lk3_desktop.core.errors import KnownError, ServerUnreachable, WrongPassword
from lk3_desktop.core.text_input import storable
from lk3_desktop.db.engine import storable_parameters
from lk3_desktop.db.server.enrollment import Enrollment, ca_path

CONNECT_TIMEOUT_S = 5
APPLICATION = "lk3-desktop"
IDLE_IN_TRANSACTION_MS = 60_000
LOCK_TIMEOUT_MS = 30_000
# libpq's SQLSTATE for a refused password (28P01) and for an unknown role or no pg_hba
# entry (28000): both read as a wrong password, so a guess learns nothing about names.
AUTH_STATES = ("28P01", "28000")


def login_secret(enrollment: Enrollment, username: str, password: str) -> str:
    """The server password of ``username``: Argon2id of the LK3 password, salted with the
    office's database id and the username, at the cost the enrollment names."""
    kdf = enrollment.login_kdf
    name = storable(username).strip().lower()  # a half character typed cannot encode
    salt = hashlib.sha256(f"lk3-login|{enrollment.database_id}|{name}".encode()).digest()[:16]
    raw = hash_secret_raw(
        storable(password).encode("utf-8"),
        salt,
        time_cost=int(kdf["t"]),
        memory_cost=int(kdf["m"]),
        parallelism=int(kdf["p"]),
        hash_len=32,
        type=Type.ID,
    )
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def recovery_secret(enrollment: Enrollment, db_key: bytes, recovery_seed: bytes) -> str:
    """The server password of the recovery card's login: both codes of the card (the
    database key and the office recovery key's seed) together, so neither alone signs in.
    Every person's slot holds the database key and only heads hold the seed; a rotation of
    the database key (which every deactivation makes) changes this password, so a head who
    left cannot use what they knew. Both are 32 random bytes: no key stretching needed."""
    digest = hashlib.sha256(
        b"lk3-recovery-login|"
        + enrollment.database_id.encode("ascii")
        + b"|"
        + db_key
        + recovery_seed
    ).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def server_url(enrollment: Enrollment) -> URL:
    return URL.create(
        "postgresql+psycopg",
        host=enrollment.host,
        port=enrollment.port,
        database=enrollment.database,
    )


def connect_args(folder: Path) -> dict[str, Any]:
    return {
        "sslmode": "verify-full",
        "sslrootcert": str(ca_path(folder)),
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": APPLICATION,
        # A workstation that vanished mid-transaction (network gone) must not hold the
        # office's transaction lock for long; nobody waits for a lock forever either.
        # Statements run often are prepared by psycopg; a prepared search with its words as
        # parameters must still be planned for those words (a generic plan of "names LIKE
        # $1" cannot use the trigram index: search as you type took 6 ms instead of 1.5).
        "options": (
            f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
            f" -c lock_timeout={LOCK_TIMEOUT_MS} -c plan_cache_mode=force_custom_plan"
        ),
        # Notice a dead server or a cut cable within half a minute.
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }


# The server process ids of each engine's own connections: what this workstation committed
# itself is refreshed by the screen that did it, not heard back from the server.
_OWN_BACKENDS: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def track_own_backends(engine: Engine) -> None:
    """Remember the server process of every connection ``engine`` opens (and forget it when
    the connection closes), for :func:`own_backends`."""
    pids: set[int] = _OWN_BACKENDS.setdefault(engine, set())

    @event.listens_for(engine, "connect")
    def _connected(dbapi: object, record: object) -> None:
        pid = getattr(getattr(dbapi, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            pids.add(pid)
            record.info["lk3_backend_pid"] = pid  # type: ignore[attr-defined]

    @event.listens_for(engine, "close")
    def _closed(_dbapi: object, record: object) -> None:
        pids.discard(record.info.get("lk3_backend_pid", -1))  # type: ignore[attr-defined]


def own_backends(engine: Engine) -> frozenset[int]:
    return frozenset(_OWN_BACKENDS.get(engine, ()))


# Seconds a pooled connection may sit unused before its next use first checks it is alive.
IDLE_PING_AFTER = 5.0


def create_server_engine(
    folder: Path, enrollment: Enrollment, role: str, secret: Callable[[], str]
) -> Engine:
    """An engine whose every connection logs in as ``role`` with ``secret()`` (asked anew
    for each connection, so a closed store cannot connect again)."""
    engine = create_engine(
        server_url(enrollment),
        connect_args=connect_args(folder),
        # No ping per checkout (a round trip per transaction): a connection the server or the
        # network dropped fails its next statement, SQLAlchemy empties the pool, and the
        # next transaction connects anew.
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _alive(dbapi: Any, record: Any, _proxy: Any) -> None:
        # A connection idle for a while may have died with a server restart or a network
        # cut: ask once (one round trip, only after IDLE_PING_AFTER) so the next call gets a
        # fresh connection instead of failing; busy connections are not pinged.
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_AFTER:
            return
        try:
            dbapi.execute("SELECT 1")
            dbapi.rollback()
        except Exception as exc:
            raise DisconnectionError("idle connection lost") from exc

    @event.listens_for(engine, "do_connect")
    def _credentials(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["user"] = role
        cparams["password"] = secret()

    event.listen(engine, "before_cursor_execute", storable_parameters, retval=True)
    track_own_backends(engine)
    return engine


def is_auth_failure(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None)
    if state in AUTH_STATES:
        return True
    text = str(orig).lower()
    return any(
        sign in text
        for sign in (
            "password authentication failed",
            "no pg_hba.conf entry",
            "is not permitted to log in",
            "does not exist",  # a role: only names, never a database, reach this far
        )
    )


def translate_server_error(exc: BaseException) -> BaseException:
    """Map a failed connection to a known error; return others unchanged."""
    if is_auth_failure(exc):
        return WrongPassword()
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    text = str(orig).lower()
    # Class 08: connection exceptions; 57P01-57P03: the server shut down or is starting.
    if (
        state.startswith("08")
        or state in ("57P01", "57P02", "57P03")
        or "connection failed" in text
        or "server closed the connection" in text
        or "consuming input failed" in text
        or "connection timeout" in text
        or "the connection is closed" in text
    ):
        return ServerUnreachable(state or "connection")
    return exc


@contextlib.contextmanager
def known_server_errors() -> Iterator[None]:
    """Re-raise connection failures as known errors (ServerUnreachable, WrongPassword)."""
    try:
        yield
    except KnownError:
        raise
    except DBAPIError as exc:
        mapped = translate_server_error(exc)
        if mapped is exc:
            raise
        raise mapped from exc
