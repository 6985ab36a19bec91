"""A process killed with SIGKILL in the middle of writes leaves every committed row."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select
from support.factories import HEAD_PASSWORD, init_database, login

from lk3_desktop.db import audit
from lk3_desktop.db.models import Setting
from lk3_desktop.db.workstation import NoCredentialStore

TESTS_DIR = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import settings
    from support.factories import HEAD_PASSWORD, login

    session = login(Path(sys.argv[1]), NoCredentialStore(), "kepala", HEAD_PASSWORD)
    i = 0
    while True:
        settings.set_setting(session, f"sigkill_{i}", {"i": i, "pad": "x" * 2000})
        # committed (FULL sync) before we say so
        print(i, flush=True)
        i += 1
    """
)


def test_sigkill_during_writes_keeps_committed_rows(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    init_database(folder, NoCredentialStore()).session.store.close()
    env = dict(os.environ, PYTHONPATH=str(TESTS_DIR))
    committed: list[int] = []
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)], stdout=subprocess.PIPE, text=True, env=env
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            committed.append(int(line))
            if len(committed) >= 60:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    session = login(folder, NoCredentialStore(), "kepala", HEAD_PASSWORD)
    try:
        with session.store.transaction() as s:
            keys = set(s.execute(select(Setting.key)).scalars())
            report = audit.verify(s)
        assert {f"sigkill_{i}" for i in committed} <= keys
        assert report.ok
        conn = session.store.engine.raw_connection()
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        finally:
            conn.close()
    finally:
        session.store.close()
