"""How long one unlock takes (Argon2id at the calibrated cost), as a ratio to a floor.

The floor is a fixed reference workload measured in the same run (SHA-256 over 64 MiB), so
the ratio stays comparable on a busy or different machine. The absolute time is printed too
because the calibration target is about 0.5 s on the reference machine (2 cores).

Run: .venv/bin/python benchmarks/bench_unlock.py
"""

from __future__ import annotations

import hashlib
import statistics
import time

from lk3_desktop.db.vault import DEFAULT_KDF

ROUNDS = 5


def floor_workload() -> float:
    data = b"\0" * (64 * 1024 * 1024)
    start = time.perf_counter()
    hashlib.sha256(data).digest()
    return time.perf_counter() - start


def unlock_workload() -> float:
    start = time.perf_counter()
    DEFAULT_KDF.derive("Contoh-Kata-Sandi-2026", b"0123456789abcdef")
    return time.perf_counter() - start


def main() -> None:
    floors = [floor_workload() for _ in range(ROUNDS)]
    unlocks = [unlock_workload() for _ in range(ROUNDS)]
    floor = min(floors)
    unlock = statistics.median(unlocks)
    kdf = DEFAULT_KDF
    print(
        f"argon2id t={kdf.time_cost} m={kdf.memory_kib // 1024} MiB p={kdf.parallelism}: "
        f"median {unlock:.3f} s (min {min(unlocks):.3f}, max {max(unlocks):.3f})"
    )
    print(f"floor (sha256 of 64 MiB): {floor:.3f} s")
    print(f"ratio unlock/floor: {unlock / floor:.1f}")


if __name__ == "__main__":
    main()
