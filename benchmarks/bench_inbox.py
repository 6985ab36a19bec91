"""How fast Beranda's inbox reads, per list and whole, as ratios to a measured floor.

Beranda asks again after every change that affects it, so each list must stay far under a
tenth of a second at 100,000 clients. Uses the demo database of bench_client_list.py (built
once in a temporary folder, or ``--data-dir``/``LK3_BENCH_CLIENT_DB``). The floor is
``SELECT count(*) FROM clients`` through the same service transaction.

Run: .venv/bin/python benchmarks/bench_inbox.py [--clients N]
"""

from __future__ import annotations

import argparse
import datetime
import os
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

# The script's folder is on sys.path when it runs: the client list benchmark's helpers.
from bench_client_list import DEMO_PASSWORD, ensure_database, timed
from sqlalchemy import text
from sqlalchemy.orm import Session

from lk3_desktop.services.context import UserSession

USERS = ("kepala", "rina", "tuti")  # the head, a counselor, staff


def count_clients(session: UserSession) -> int:
    with session.store.transaction() as s:
        return int(s.execute(text("SELECT count(*) FROM clients")).scalar_one())


def measure(username: str, session: UserSession, rounds: int) -> list[tuple[str, float, str]]:
    """Each list of the inbox on its own, then the whole inbox of the person's role."""
    from lk3_desktop.services import inbox

    today = datetime.date.today()
    me = session.actor.user_id
    mine = None if session.actor.role.value == "kepala" else me
    lists: dict[str, Callable[[Session], object]] = {
        "risk flags": lambda s: inbox._risk(s, mine, 8),
        "letters to sign": lambda s: inbox._letters(s, 8),
        "notes to co-sign": lambda s: inbox._cosign(s, me, today, 8),
        "unsigned notes": lambda s: inbox._unsigned_notes(s, mine, 3, today, 8),
        "assessment drafts": lambda s: inbox._assessment_drafts(s, me, 8),
        "follow-ups due": lambda s: inbox._follow_ups(s, mine, today, 8),
        "no-shows": lambda s: inbox._no_shows(s, today, 8),
        "no consent (caseload)": lambda s: inbox._no_consent_of_counselor(s, me, 8),
        "no consent (registered)": lambda s: inbox._no_consent_registered(s, today, 8),
    }
    rows: list[tuple[str, float, str]] = []
    for label, query in lists.items():

        def run(query: Callable[[Session], object] = query) -> None:
            with session.store.transaction() as s:
                query(s)

        rows.append((f"{username}: {label}", timed(run, rounds), ""))
    whole = timed(lambda: inbox.load_inbox(session), rounds)
    rows.append((f"{username}: load_inbox (the role's lists)", whole, "after each change"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    env_dir = os.environ.get("LK3_BENCH_CLIENT_DB")
    folder = args.data_dir or (Path(env_dir) if env_dir else None)
    if folder is None:
        folder = Path(tempfile.gettempdir()) / f"lk3-bench-clients-{args.clients}"
    password = os.environ.get("LK3_BENCH_PASSWORD", DEMO_PASSWORD)
    ensure_database(folder, args.clients, password)

    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts

    rows: list[tuple[str, float, str]] = []
    floor = 0.0
    for username in USERS:
        session = accounts.login(folder, NoCredentialStore(), username, password)
        try:
            if not floor:
                floor = timed(partial(count_clients, session), args.rounds * 2)
            rows += measure(username, session, args.rounds)
        finally:
            session.store.close()

    print(f"\nfloor: SELECT count(*) FROM clients = {floor * 1000:.2f} ms (median)\n")
    print(f"{'measurement':50s} {'ms':>8s} {'x floor':>9s}  note")
    for label, seconds, note in rows:
        print(f"{label:50s} {seconds * 1000:8.1f} {seconds / floor:9.1f}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
