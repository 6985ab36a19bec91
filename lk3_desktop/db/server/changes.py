"""Hearing what other workstations committed: LISTEN on the office database's change channel.

The server announces every committed change as ``table:id`` (``storage.postgres``); a
workstation keeps one connection of its own, as the signed-in person's login role over the
same verified TLS, and waits for those announcements. Nothing here touches Qt: the app runs
:class:`ChangeFeed` in a worker thread (``ui/office_changes.py``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lk3_desktop.core.errors import ServerUnreachable, WrongPassword
from lk3_desktop.db.server.connect import connect_args, is_auth_failure
from lk3_desktop.db.server.enrollment import Enrollment
from lk3_desktop.db.storage.postgres import CHANGES_CHANNEL

if TYPE_CHECKING:  # psycopg loads only when an office server is used
    import psycopg

EVERYTHING = "*"


@dataclass(frozen=True)
class Changes:
    """What other desks committed since the last batch: rows by table (ids; an empty set
    with ``table`` in ``tables`` means 'some rows'), or ``everything``."""

    rows: dict[str, frozenset[int]] = field(default_factory=dict)
    everything: bool = False

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)

    @classmethod
    def heard(cls, payloads: list[str]) -> Changes:
        """Parse announcements (``table:id``, ``table:*`` or ``*``)."""
        rows: dict[str, set[int]] = {}
        everything = False
        for payload in payloads:
            table, _sep, ident = payload.partition(":")
            if payload == EVERYTHING or not table:
                everything = True
                continue
            ids = rows.setdefault(table, set())
            if ident.isdigit():
                ids.add(int(ident))
        return cls({t: frozenset(i) for t, i in rows.items()}, everything)

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)


# How long one wait lasts before the feed looks whether it should stop (seconds).
POLL_S = 0.5
# After the first announcement, how long to gather more before handing one batch over: one
# save writes several rows, and a screen should refresh once for them.
GATHER_S = 0.3


class ChangeFeed:
    """One listening connection as ``role`` (its secret asked at each connect).

    :meth:`connect` raises ServerUnreachable when the server does not answer;
    :meth:`wait` returns one batch of what others committed (possibly empty after
    ``timeout``) and raises ServerUnreachable when the connection is lost.
    """

    def __init__(
        self,
        folder: Path,
        enrollment: Enrollment,
        role: str,
        secret: Callable[[], str],
        own: Callable[[], frozenset[int]] = frozenset,
    ) -> None:
        self._folder = folder
        self._enrollment = enrollment
        self._role = role
        self._secret = secret
        self._own = own
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def connect(self) -> None:
        import psycopg

        self.close()
        params = connect_args(self._folder)
        params.pop("options", None)  # no transaction is ever held on this connection
        try:
            conn = psycopg.connect(
                host=self._enrollment.host,
                port=self._enrollment.port,
                dbname=self._enrollment.database,
                user=self._role,
                password=self._secret(),
                autocommit=True,
                **params,
            )
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.OperationalError as exc:
            if is_auth_failure(exc):  # the password changed or the account stopped
                raise WrongPassword() from exc
            raise ServerUnreachable("listen") from exc
        self._conn = conn

    def wait(self, timeout: float = POLL_S) -> Changes:
        import psycopg

        conn = self._conn
        if conn is None:
            raise ServerUnreachable("listen")
        payloads: list[str] = []
        try:
            for notice in conn.notifies(timeout=timeout, stop_after=1):
                self._take(notice, payloads)
            deadline = time.monotonic() + GATHER_S
            while payloads and (left := deadline - time.monotonic()) > 0:
                for notice in conn.notifies(timeout=left):
                    self._take(notice, payloads)
        except psycopg.Error as exc:
            self.close()
            raise ServerUnreachable("listen") from exc
        return Changes.heard(payloads)

    def ping(self) -> None:
        """One round trip on the listening connection (ServerUnreachable when it is gone)."""
        import psycopg

        conn = self._conn
        if conn is None:
            raise ServerUnreachable("listen")
        try:
            conn.execute("SELECT 1")
        except psycopg.Error as exc:
            self.close()
            raise ServerUnreachable("listen") from exc

    def _take(self, notice: psycopg.Notify, into: list[str]) -> None:
        if notice.pid not in self._own():
            into.append(notice.payload)

    def close(self) -> None:
        import psycopg

        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()
