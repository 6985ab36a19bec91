"""`python -m benchmarks` still works: on a tiny office it prints every figure, one line each in
the issue's format, and exits 0. It asserts nothing about time (machines here are shared)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.__main__ import FIGURES
from benchmarks.timing import LINE

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_quick_run_on_a_tiny_office_prints_every_figure(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        LK3_BENCH_CACHE=str(tmp_path / "cache"),
        LK3_BENCH_CHEAP_SLOTS="1",
        QT_QPA_PLATFORM="offscreen",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--clients", "300",
         "--sessions", "1000", "--rounds", "1"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=280, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), [line for line, match in zip(lines, parsed, strict=True) if not match]
    assert [m["name"] for m in parsed if m] == list(FIGURES)
    for match in parsed:
        assert match is not None
        assert float(match["app"]) > 0 and float(match["floor"]) > 0
    # the office was built into the cache, outside the repository, and the run's copy is gone
    cached = list((tmp_path / "cache").glob("office-c300-s1000-*/data/lk3.db"))
    assert len(cached) == 1
    assert not list((tmp_path / "cache" / "runs").iterdir())


@pytest.mark.postgres
def test_the_server_run_prints_search_and_list_page_against_a_cluster(tmp_path: Path) -> None:
    """``--server``: a cluster of the run's own, the office moved onto it, two figures."""
    env = dict(os.environ, LK3_BENCH_CACHE=str(tmp_path / "cache"), LK3_BENCH_CHEAP_SLOTS="1")
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--server", "--clients", "60",
         "--sessions", "60", "--rounds", "1"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=280, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    parsed = [LINE.match(line) for line in proc.stdout.splitlines()]
    assert [m["name"] for m in parsed if m] == ["server_search", "server_list_page"]
    assert all(m is not None and float(m["floor"]) > 0 for m in parsed)
    assert "moving the office of 60 clients onto the server" in proc.stderr
