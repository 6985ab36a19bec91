#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), then runs the whole check from the repo root:
# ruff check, ruff format --check, mypy, pytest. Stops at the first step that fails and exits
# non-zero. Arguments go to pytest, e.g. `./scripts/test.sh tests/unit -q`.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV_BIN="$REPO_ROOT/.venv/bin"
STEPS=5
step_no=0

# run_step NAME COMMAND...: prints a header, runs the command, stops everything if it fails.
run_step() {
    local name=$1 rc=0
    shift
    step_no=$((step_no + 1))
    printf '\n==> [%d/%d] %s\n' "$step_no" "$STEPS" "$name"
    "$@" || rc=$?
    if ((rc == 5)) && [[ $name == pytest* ]]; then
        printf '\n==> FAILED: %s collected no tests (pytest exit code 5)\n' "$name" >&2
        exit 5
    fi
    if ((rc != 0)); then
        printf '\n==> FAILED: %s (exit code %d)\n' "$name" "$rc" >&2
        exit "$rc"
    fi
}

run_step "setup (scripts/setup.sh)" bash "$REPO_ROOT/scripts/setup.sh"
cd "$REPO_ROOT"
run_step "ruff check ." "$VENV_BIN/ruff" check .
run_step "ruff format --check ." "$VENV_BIN/ruff" format --check .
run_step "mypy lk3_desktop" "$VENV_BIN/mypy" lk3_desktop
# The whole suite runs on every core (pytest-xdist; one worker per test file, so a file's
# fixtures and its own servers stay in one process), the files in the order collected
# (--no-loadscope-reorder: tests/conftest.py puts the longest files first, so no long file
# starts last while the other workers run out of work); LK3_TEST_WORKERS=0 runs it in one
# process. Arguments (a few files, -x ...) run as given, in one process.
# Its test folders go to a RAM disk when /dev/shm has room (2 GB): the app commits with
# synchronous=FULL, and an fsync per commit on a real disk was a quarter of a service test's
# time. LK3_TEST_RAMDISK=0 keeps them under /tmp.
PYTEST_ARGS=("$@")
if (($# == 0)); then
    PYTEST_ARGS=(-n "${LK3_TEST_WORKERS:-auto}" --dist loadfile --no-loadscope-reorder --durations=25)
    shm_free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 {print $4}' || true)
    if [[ ${LK3_TEST_RAMDISK:-1} != 0 && ${shm_free_kb:-0} -gt $((2 * 1024 * 1024)) ]]; then
        BASETEMP=$(mktemp -d /dev/shm/lk3-tests.XXXXXX)
        trap 'rm -rf "$BASETEMP"' EXIT
        PYTEST_ARGS+=(--basetemp "$BASETEMP")
    fi
fi
run_step "pytest ${PYTEST_ARGS[*]}" env QT_QPA_PLATFORM=offscreen "$VENV_BIN/python" -m pytest "${PYTEST_ARGS[@]}"
printf '\n==> all %d steps passed\n' "$STEPS"
