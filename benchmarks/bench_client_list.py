"""How fast the client list searches and pages, as ratios to a measured floor.

Builds a demo database of N clients (default 100,000) in a temporary folder, or reuses one:
pass ``--data-dir`` or set ``LK3_BENCH_CLIENT_DB`` to a folder that already holds a demo
database (made by ``lk3-desktop demo``; every account shares the demo password) or where one
should be built and kept. The floor is ``SELECT count(*) FROM clients`` on the same database,
through the same service transaction, so the ratios stay comparable on another machine. The
absolute time is printed too, with whether it fits in one frame (16 ms at 60 Hz).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_client_list.py [--clients N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import text

FRAME_MS = 16.0
DEMO_PASSWORD = "Demo-Kantor-LK3-2026"
SCREEN_ROWS = 30  # rows of the list visible at 1366x768


def timed(fn: Callable[[], object], rounds: int) -> float:
    """Median seconds of ``rounds`` calls (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def ensure_database(folder: Path, clients: int, password: str) -> None:
    if (folder / "lk3.db").is_file():
        print(f"reusing {folder}")
        return
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import demo

    print(f"building a demo database of {clients:,} clients in {folder} …", flush=True)
    start = time.perf_counter()
    demo.generate(folder, NoCredentialStore(), password, clients)
    print(f"built in {time.perf_counter() - start:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    env_dir = os.environ.get("LK3_BENCH_CLIENT_DB")
    folder = args.data_dir or (Path(env_dir) if env_dir else None)
    if folder is None:
        folder = Path(tempfile.gettempdir()) / f"lk3-bench-clients-{args.clients}"
    password = os.environ.get("LK3_BENCH_PASSWORD", DEMO_PASSWORD)
    ensure_database(folder, args.clients, password)

    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from lk3_desktop.core.identity import check_phone
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts, client_list
    from lk3_desktop.services.client_list import ClientFilter
    from lk3_desktop.ui.clients.client_list_model import COLUMN_COUNT, ClientListModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = accounts.login(folder, NoCredentialStore(), "kepala", password)
    rounds = args.rounds
    try:

        def count() -> int:
            with session.store.transaction() as s:
                return int(s.execute(text("SELECT count(*) FROM clients")).scalar_one())

        total = count()
        floor = timed(count, rounds * 2)

        all_ids = client_list.search_ids(session, ClientFilter(), sort="name")
        sample_id = all_ids[len(all_ids) // 2]
        sample = client_list.fetch_rows(session, [sample_id])[sample_id]
        with session.store.transaction() as s:
            e164 = s.execute(
                text("SELECT phone FROM clients WHERE phone IS NOT NULL AND id >= :id LIMIT 1"),
                {"id": sample_id},
            ).scalar_one()
        national = check_phone(e164).national or ""
        name_part = sample.full_name.split()[-1][:5].lower()
        nik = sample.nik or ""

        results: list[tuple[str, float, str]] = []

        def search(label: str, query: str, sort: client_list.SortKey = "relevance") -> None:
            found: list[int] = []

            def run() -> None:
                found[:] = client_list.search_ids(session, ClientFilter(query=query), sort=sort)

            seconds = timed(run, rounds)
            results.append((label, seconds, f"{len(found):,} ids"))

        search("search_ids, no query, by name", "", "name")
        search(f"search_ids, part of a name {name_part!r}", name_part)
        search("search_ids, a NIK", nik)
        search(f"search_ids, phone {national!r}", national)
        search(f"search_ids, phone {e164!r}", e164)
        search(f"search_ids, phone '+62 {national[1:]}'", f"+62 {national[1:]}")

        from lk3_desktop.ui.clients.client_list_model import PAGE_SIZE

        for size in sorted({200, PAGE_SIZE}, reverse=True):
            pages = [all_ids[i : i + size] for i in range(0, len(all_ids), size)]
            page_iter = iter(pages[len(pages) // 3 :] * 4)
            label = f"fetch_rows, one page of {size}"
            if size == PAGE_SIZE:
                label += " (the model's page)"

            def fetch_next(it: Iterator[list[int]] = page_iter) -> object:
                return client_list.fetch_rows(session, next(it))

            results.append((label, timed(fetch_next, rounds), "uncached pages"))

        def screen_model(start: int) -> ClientListModel:
            model = ClientListModel(
                lambda f, k, d: all_ids, lambda ids: client_list.fetch_rows(session, ids)
            )
            model.set_ids(all_ids)
            return model

        starts = iter(range(1000, len(all_ids), max(1, len(all_ids) // 40)))

        def one_screen(model: ClientListModel, first: int) -> None:
            for row in range(first, min(first + SCREEN_ROWS, len(all_ids))):
                for column in range(COLUMN_COUNT):
                    index = model.index(row, column, QModelIndex())
                    model.data(index, Qt.ItemDataRole.DisplayRole)
                    model.data(index, Qt.ItemDataRole.ForegroundRole)

        def cold_screen() -> None:
            first = next(starts, 0)
            one_screen(screen_model(first), first)

        results.append(
            (f"model.data(), one screen ({SCREEN_ROWS} rows), cold", timed(cold_screen, rounds),
             "includes the page fetch")
        )  # fmt: skip
        warm = screen_model(0)
        one_screen(warm, 5000 % max(1, len(all_ids)))
        results.append(
            (
                f"model.data(), one screen ({SCREEN_ROWS} rows), cached",
                timed(lambda: one_screen(warm, 5000 % max(1, len(all_ids))), rounds),
                "rows in the cache",
            )
        )

        view = QTableView()
        view.resize(1176, 620)
        view.setModel(warm)
        view.verticalHeader().setDefaultSectionSize(22)
        view.show()
        app.processEvents()
        scroll_to = iter(range(2000, len(all_ids), max(1, len(all_ids) // 40)))

        def paint_after_jump() -> None:
            view.scrollTo(warm.index(next(scroll_to, 0), 0))
            view.viewport().grab()

        results.append(
            ("table paint after a jump (cold rows)", timed(paint_after_jump, rounds), "")
        )

        def reset_model() -> None:
            warm.set_ids(all_ids)
            view.viewport().grab()

        results.append(
            (f"model reset with {len(all_ids):,} ids + paint", timed(reset_model, rounds), "")
        )
        view.close()
    finally:
        session.store.close()

    print(f"\nclients in database: {total:,}")
    print(f"floor: SELECT count(*) FROM clients = {floor * 1000:.2f} ms (median)\n")
    print(f"{'measurement':58s} {'ms':>8s} {'x floor':>9s}  frame   note")
    for label, seconds, note in results:
        ms = seconds * 1000
        verdict = "< 16ms" if ms < FRAME_MS else "OVER"
        print(f"{label:58s} {ms:8.2f} {seconds / floor:9.1f}  {verdict:6s}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
