"""Named moments where crash tests stop the process to SIGKILL it there.

Inert unless the environment variable ``LK3_TEST_PAUSE_AT`` names the point: then the process
writes ``lk3-pause:<name>`` on stderr and waits to be killed. Nothing in the app sets it; the
crash tests under ``tests/e2e`` do, on the child processes they start.
"""

from __future__ import annotations

import os
import sys
import time

ENV = "LK3_TEST_PAUSE_AT"
ANNOUNCE = "lk3-pause:"


def pause_point(name: str) -> None:
    """Stop here for good when ``LK3_TEST_PAUSE_AT`` is ``name``; otherwise do nothing."""
    if os.environ.get(ENV) != name:
        return
    sys.stderr.write(f"\n{ANNOUNCE}{name}\n")  # on a line of its own (after a progress bar)
    sys.stderr.flush()
    while True:  # the test kills the process here
        time.sleep(60)
