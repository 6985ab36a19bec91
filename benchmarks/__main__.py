"""``python -m benchmarks``: every figure of LK3 Desktop's speed, as a ratio to its floor.

Builds (once, then reuses) a demo office of ``--clients`` clients with ``--sessions`` session
notes, works on a copy of it and prints one line per figure::

    NAME: app=<median> floor=<median> ratio=<app/floor> target=<target> unit=<s|ms|MiB|MB>

then, for an office larger than 10,000 clients, how each interactive figure grows from
10,000 clients to this size (``NAME.growth``: app is the median here, floor the median at
10,000 clients). Progress goes to stderr; the command exits 0 and asserts nothing about time.

``--server`` measures the client list against an office server instead (benchmarks/server.py).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

from benchmarks import offline
from benchmarks.office import HEAD, PASSWORD, Office, discard, prepare
from benchmarks.raw import OPEN_AND_READ_ONE_ROW
from benchmarks.timing import REPO, Figure, child_env, mib, run_child

QUICK_CLIENTS = 10_000
NOTES_PER_CLIENT = 10
INTERACTIVE = ("cold_start", "sign_in", "search", "list_page", "paint_jump", "client_page")
FIGURES = (
    "cold_start",
    "argon2id_unlock",
    "sign_in",
    "search",
    "list_page",
    "paint_jump",
    "client_page",
    "referral_letter",
    "yearly_report",
    "backup",
    "peak_rss",
    "database_size",
)
GROWTH_TARGET = "<=1.5"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _until_ready(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, object]]:
    """Seconds from starting a probe process to its ``READY`` line, and its result."""
    import json

    from benchmarks.timing import RESULT_PREFIX

    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.probe", *args],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert proc.stdout is not None
        seconds = -1.0
        result: dict[str, object] = {}
        for line in proc.stdout:
            if line.strip() == "READY" and seconds < 0:
                seconds = time.perf_counter() - start
            elif line.startswith(RESULT_PREFIX):
                result = json.loads(line[len(RESULT_PREFIX) :])
        proc.wait(timeout=120)
        if seconds < 0 or not result:
            errors.seek(0)
            raise RuntimeError(f"probe {args[0]} failed:\n{errors.read()[-4000:]}")
    return seconds, result


def _process_seconds(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=child_env())
    return time.perf_counter() - start


class Run:
    """The figures of one office, measured in a fixed order, each printed when done."""

    def __init__(self, office: Office, rounds: int, wanted: set[str], details: bool) -> None:
        self.office = office
        self.rounds = rounds
        self.wanted = wanted
        self.details = details
        self.env = child_env()
        self.figures: dict[str, Figure] = {}
        self.bare_peaks: list[float] = []
        self.app_peaks: list[float] = []
        self._head: Any = None

    def head(self) -> Any:
        """The head, signed in once through the services for the figures without a window."""
        if self._head is None:
            self._head = offline.login(self.office)
        return self._head

    def _emit(self, figure: Figure, echo: bool) -> None:
        self.figures[figure.name] = figure
        if echo and figure.name in self.wanted:
            print(figure.line(), flush=True)

    def _wants(self, *names: str) -> bool:
        return any(name in self.wanted for name in names)

    def all(self, echo: bool = True) -> dict[str, Figure]:
        steps: list[tuple[tuple[str, ...], Callable[[bool], None]]] = [
            (("cold_start", "peak_rss"), self.cold_start),
            (("argon2id_unlock",), lambda e: self._emit(offline.unlock(self.rounds), e)),
            (("sign_in", "peak_rss"), self.sign_in),
            (("search", "list_page", "paint_jump"), self.client_list),
            (("client_page",), self.client_page),
            (
                ("referral_letter",),
                lambda e: self._emit(offline.referral_letter(self.head(), self.rounds), e),
            ),
            (
                ("yearly_report",),
                lambda e: self._emit(
                    offline.yearly_report(self.office, self.head(), self.rounds), e
                ),
            ),
            (
                ("backup",),
                lambda e: self._emit(
                    offline.backup(self.office, self.head(), min(3, self.rounds)), e
                ),
            ),
            (("peak_rss",), self.peak_rss),
            (("database_size",), lambda e: self._emit(offline.database_size(self.office), e)),
        ]
        try:
            for names, step in steps:
                if self._wants(*names):
                    _log(f"measuring {', '.join(n for n in names if n in self.wanted)} …")
                    step(echo)
            if echo and self.details:
                for line in [
                    *offline.inbox_details(self.office, self.rounds),
                    *offline.report_details(self.head(), self.rounds),
                ]:
                    print(line, flush=True)
        finally:
            if self._head is not None:
                self._head.store.close()
        return self.figures

    def _samples(self) -> int:
        return self.rounds + (1 if self.rounds > 1 else 0)  # one warm-up, dropped

    def cold_start(self, echo: bool) -> None:
        apps, floors = [], []
        for i in range(self._samples()):
            app, _started = _until_ready(["start-app", str(self.office.folder)], self.env)
            bare, bare_result = _until_ready(["start-bare"], self.env)
            self.bare_peaks.append(mib(int(bare_result["peak_kib"])))  # type: ignore[call-overload]
            if i or self.rounds == 1:
                apps.append(app)
                floors.append(bare)
        self._emit(Figure("cold_start", "s", "<=2", apps, floors), echo)

    def sign_in(self, echo: bool) -> None:
        apps, floors = [], []
        for i in range(self._samples()):
            result = run_child(["session", str(self.office.folder), HEAD, PASSWORD], self.env)
            floor = _process_seconds(
                OPEN_AND_READ_ONE_ROW, str(self.office.db), self.office.key_hex
            )
            self.app_peaks.append(mib(int(result["peak_kib"])))  # type: ignore[call-overload]
            if i or self.rounds == 1:
                apps.append(float(result["sign_in_s"]))  # type: ignore[arg-type]
                floors.append(floor)
        self._emit(Figure("sign_in", "s", "<=3", apps, floors), echo)

    def client_list(self, echo: bool) -> None:
        result = run_child(
            ["list", str(self.office.folder), HEAD, PASSWORD, str(self.rounds),
             self.office.key_hex],
            self.env,
        )  # fmt: skip
        for name, target in (("search", "<=2"), ("list_page", "<=3"), ("paint_jump", "<=1")):
            samples: dict[str, list[float]] = result[name]  # type: ignore[assignment]
            self._emit(Figure(name, "ms", target, samples["app"], samples["floor"]), echo)

    def client_page(self, echo: bool) -> None:
        result = run_child(
            ["client", str(self.office.folder), HEAD, PASSWORD, str(self.rounds),
             self.office.key_hex, str(self.office.busy_client)],
            self.env,
        )  # fmt: skip
        samples: dict[str, list[float]] = result["client_page"]  # type: ignore[assignment]
        self._emit(Figure("client_page", "ms", "<=3", samples["app"], samples["floor"]), echo)

    def peak_rss(self, echo: bool) -> None:
        if not self.app_peaks:
            self.sign_in(False)
        if not self.bare_peaks:
            self.cold_start(False)
        self._emit(Figure("peak_rss", "MiB", "<=2.5", self.app_peaks, self.bare_peaks), echo)


def _growth(big: dict[str, Figure], small: dict[str, Figure]) -> list[Figure]:
    grown = []
    for name in INTERACTIVE:
        if name in big and name in small:
            figure = big[name]
            grown.append(
                Figure(f"{name}.growth", figure.unit, GROWTH_TARGET, figure.app, small[name].app)
            )
    return grown


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--clients", type=int, default=None, help="default 100,000")
    parser.add_argument(
        "--sessions", type=int, default=None, help=f"default {NOTES_PER_CLIENT} per client"
    )
    parser.add_argument("--quick", action="store_true", help="10,000 clients, fewer rounds")
    parser.add_argument("--rounds", type=int, default=None, help="samples per figure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--only", default="", help="comma-separated figure names (default: every figure)"
    )
    parser.add_argument("--no-growth", action="store_true", help="skip the 10,000 comparison")
    parser.add_argument(
        "--details", action="store_true", help="also the inbox per role, the report's parts"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the office again")
    parser.add_argument(
        "--server",
        action="store_true",
        help="the client list against an office server (a PostgreSQL cluster of the run's own)",
    )
    args = parser.parse_args(argv)
    if args.clients is None:
        args.clients = QUICK_CLIENTS if args.quick else 100_000
    if args.sessions is None:
        args.sessions = args.clients * NOTES_PER_CLIENT
    if args.rounds is None:
        args.rounds = 5 if args.quick else 7
    args.rounds = max(1, args.rounds)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    wanted = set(filter(None, args.only.split(","))) or set(FIGURES)
    unknown = wanted - set(FIGURES)
    if unknown:
        _log(f"unknown figure(s): {', '.join(sorted(unknown))}; known: {', '.join(FIGURES)}")
        return 2
    if args.server:
        from benchmarks import server

        for figure in server.run(args.clients, args.sessions, args.rounds, args.seed):
            print(figure.line(), flush=True)
        return 0
    office = prepare(args.clients, args.sessions, args.seed, args.rebuild)
    try:
        figures = Run(office, args.rounds, wanted, args.details).all()
    finally:
        discard(office)
    if args.clients > QUICK_CLIENTS and not args.quick and not args.no_growth:
        interactive = wanted & set(INTERACTIVE)
        if interactive:
            _log("the same interactive figures at 10,000 clients, for their growth …")
            small_office = prepare(QUICK_CLIENTS, QUICK_CLIENTS * NOTES_PER_CLIENT, args.seed)
            try:
                small = Run(small_office, args.rounds, interactive, False).all(echo=False)
            finally:
                discard(small_office)
            for figure in _growth(figures, small):
                print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
