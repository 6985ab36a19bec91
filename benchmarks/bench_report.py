"""How fast the periodic report is counted and written, as ratios to a measured floor.

Builds a demo database of N clients (default 100,000) in a temporary folder, or reuses one:
pass ``--data-dir`` or set ``LK3_BENCH_CLIENT_DB`` (the same folder the client-list benchmark
keeps). The floor is one pass over every case (``SELECT count(*), max(intake_date) FROM
cases``) through the same service transaction, so the ratios stay comparable on another
machine. Measured: counting a year, a quarter and a month (every table), and the yearly
report as PDF, XLSX and CSV (counting included). CPU seconds are printed beside the wall
time: on a shared machine the wall time says more about the neighbours than about the code.

Run: .venv/bin/python benchmarks/bench_report.py [--clients N] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_client_list import DEMO_PASSWORD, ensure_database
from sqlalchemy import text


def timed(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of ``rounds`` calls after one warm-up call."""
    fn()
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    env_dir = os.environ.get("LK3_BENCH_CLIENT_DB")
    folder = args.data_dir or (Path(env_dir) if env_dir else None)
    if folder is None:
        folder = Path(tempfile.gettempdir()) / f"lk3-bench-clients-{args.clients}"
    password = os.environ.get("LK3_BENCH_PASSWORD", DEMO_PASSWORD)
    ensure_database(folder, args.clients, password)

    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts, reports

    session = accounts.login(folder, NoCredentialStore(), "kepala", password)
    try:

        def scan() -> None:
            with session.store.transaction() as s:
                s.execute(text("SELECT count(*), max(intake_date) FROM cases")).one()

        floor, _cpu = timed(scan, args.rounds * 3)
        today = datetime.date.today()
        year = reports.period_for("tahun", today.year - 1, 1)
        periods = (
            ("count: a year", year),
            ("count: a quarter", reports.period_for("triwulan", today.year - 1, 4)),
            ("count: a month", reports.period_for("bulan", today.year - 1, 12)),
        )
        rows = [
            (label, *timed(lambda p=period: reports.build_report(session, p), args.rounds))
            for label, period in periods
        ]
        for fmt in reports.FORMATS:
            rows.append(
                (
                    f"the year as {fmt.upper()} (counted and written)",
                    *timed(lambda f=fmt: reports.report_file(session, year, f), args.rounds),
                )
            )
    finally:
        session.store.close()

    print(f"\nfloor: one pass over every case = {floor * 1000:.1f} ms (median)\n")
    print(f"{'measurement':44s} {'wall s':>8s} {'cpu s':>7s} {'x floor':>9s}")
    for label, wall, cpu in rows:
        print(f"{label:44s} {wall:8.2f} {cpu:7.2f} {wall / floor:9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
