"""Failed unlocks per username (kept outside the database, which cannot be opened without a
key): the growing delay before the next attempt, and the failures the next sign-in writes into
the audit trail."""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lk3_desktop.core.errors import KnownError, LoginThrottled
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.os_errors import data_folder_errors

Clock = Callable[[], float]

# Failures counted per username; beyond this the delay is at its maximum anyway, and a larger
# number in a damaged or tampered file means nothing more.
MAX_COUNTED_FAILURES = 64
MAX_DELAY_S = 300.0


def _count_of(entry: dict[str, Any]) -> int:
    """The failure count of an attempts entry, bounded; garbage counts as the maximum (the
    file was damaged or tampered with: wait the longest delay, never longer)."""
    value = entry.get("count", 0)
    if isinstance(value, bool) or not isinstance(value, int):
        return MAX_COUNTED_FAILURES
    return min(max(value, 0), MAX_COUNTED_FAILURES)


def _time_of(entry: dict[str, Any]) -> float:
    value = entry.get("last", 0.0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return 0.0
    return float(value)


@dataclass
class Attempts:
    """Failed unlocks per lookup hash, for the growing delay and the audit log.

    ``clock`` gives the time (seconds since the epoch); tests pass one they control.
    """

    path: Path
    clock: Clock = time.time

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict)}

    def _write(self, data: dict[str, Any]) -> None:
        with data_folder_errors():
            write_atomic(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))

    @staticmethod
    def delay_after(failures: int) -> float:
        """Seconds to wait after ``failures`` consecutive failures (grows, capped)."""
        failures = min(failures, MAX_COUNTED_FAILURES)
        if failures < 3:
            return 0.0
        return float(min(2 ** (failures - 2), MAX_DELAY_S))

    def check(self, lookup: str, now: float | None = None) -> None:
        """LoginThrottled while the delay after the last failure runs.

        The wait is never longer than the delay itself: a clock set back (or a future time in
        the file) counts as "the failure was just now", not as a lockout until that time.
        """
        data = self._read()
        entry = data.get(lookup)
        if not entry:
            return
        now = self.clock() if now is None else now
        delay = self.delay_after(_count_of(entry))
        if _time_of(entry) > now and delay > 0:
            # The clock went back (or the file says a future time): from now on the delay
            # counts from this moment, so the wait ends after the delay, not after the day.
            entry["last"] = now
            with contextlib.suppress(KnownError):
                self._write(data)
        wait = delay - max(now - _time_of(entry), 0.0)
        if wait > 0:
            raise LoginThrottled(wait)

    def record_failure(self, lookup: str, reason: str, now: float | None = None) -> None:
        """Count one failure (DiskFull or DataFolderReadOnly when it cannot be written)."""
        now = self.clock() if now is None else now
        data = self._read()
        entry = data.get(lookup) or {}
        pending = entry.get("pending")
        pending = [p for p in pending if isinstance(p, dict)] if isinstance(pending, list) else []
        pending.append({"at": now, "reason": reason})
        data[lookup] = {
            "count": min(_count_of(entry) + 1, MAX_COUNTED_FAILURES),
            "last": now,
            "pending": pending[-200:],
        }
        self._write(data)

    def clear(self, lookup: str) -> None:
        data = self._read()
        if lookup in data:
            data[lookup]["count"] = 0
            self._write(data)

    def take_pending(self) -> list[dict[str, Any]]:
        """Failures not yet written to the audit log; removes them from the file."""
        data = self._read()
        pending: list[dict[str, Any]] = []
        for lookup, entry in data.items():
            items = entry.get("pending")
            for item in items if isinstance(items, list) else []:
                at = item.get("at") if isinstance(item, dict) else None
                if isinstance(at, int | float) and math.isfinite(at):
                    pending.append(
                        {
                            "lookup": lookup[:16],
                            "at": at,
                            "reason": str(item.get("reason", ""))[:32],
                        }
                    )
            entry["pending"] = []
        if pending:
            self._write(data)
        return sorted(pending, key=lambda p: p["at"])
