"""Figures, medians and the one line each figure prints.

A figure is the app's time (or size) for one thing a person does, measured beside its floor:
the least any program must spend on the same thing, measured in the same run on the same
machine. Samples of the app and of the floor alternate, so a burst of load from elsewhere on
a shared machine falls on both; the line gives the median of each and their ratio.
"""

from __future__ import annotations

import gc
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FRAME_MS = 1000 / 60  # one frame at 60 Hz
RESULT_PREFIX = "BENCH-RESULT "
REPO = Path(__file__).resolve().parent.parent

# NAME: app=<median> floor=<median> ratio=<app/floor> target=<target> unit=<s|ms|MiB|MB>
LINE = re.compile(
    r"^(?P<name>[a-z0-9_.]+): app=(?P<app>[0-9.]+) floor=(?P<floor>[0-9.]+)"
    r" ratio=(?P<ratio>[0-9.]+) target=(?P<target>\S+) unit=(?P<unit>s|ms|MiB|MB)$"
)


@dataclass
class Figure:
    """One printed line. ``target`` is the ratio the issue asks for (``<=2``), or for the
    unlock the band its time must lie in."""

    name: str
    unit: str
    target: str
    app: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    note: str = ""

    def medians(self) -> tuple[float, float]:
        return statistics.median(self.app), statistics.median(self.floor)

    def ratio(self) -> float:
        app, floor = self.medians()
        return app / floor if floor > 0 else float("inf")

    def line(self) -> str:
        app, floor = self.medians()
        digits = 3 if self.unit == "s" else (1 if self.unit in ("MiB", "MB") else 2)
        return (
            f"{self.name}: app={app:.{digits}f} floor={floor:.{digits}f}"
            f" ratio={self.ratio():.2f} target={self.target} unit={self.unit}"
        )


def alternate(
    app: Callable[[], float], floor: Callable[[], float], rounds: int, warm_up: bool = True
) -> tuple[list[float], list[float]]:
    """``rounds`` samples of each, app and floor in turn (each call returns its own sample),
    after one unrecorded call of each (none for a single round: a smoke run)."""
    if warm_up and rounds > 1:
        app()
        floor()
    apps: list[float] = []
    floors: list[float] = []
    for _ in range(rounds):
        gc.collect()
        apps.append(app())
        floors.append(floor())
    return apps, floors


def clock(fn: Callable[[], object], scale: float = 1000.0) -> Callable[[], float]:
    """A sampler timing one call of ``fn`` (milliseconds by default)."""

    def sample() -> float:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * scale

    return sample


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a measuring child: no OS keyring (no D-Bus wait), the repository
    importable, Qt offscreen unless a display was asked for."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if extra:
        env.update(extra)
    return env


def run_child(
    args: Sequence[str], env: dict[str, str], timeout: float = 900.0
) -> dict[str, object]:
    """Run ``python -m benchmarks.probe ARGS`` and return the result it printed."""
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, object] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    raise RuntimeError(
        f"probe {' '.join(args)} printed no result (exit {proc.returncode}):\n"
        f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    )


def report(result: dict[str, object]) -> None:
    """What a probe prints last: its samples, as one JSON line."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def mib(kib: int) -> float:
    return kib / 1024
