"""The demo office the figures are measured on: built once, kept in a cache, copied per run.

Building 100,000 clients with a million session notes takes minutes, so a finished office is
kept under the cache folder (``LK3_BENCH_CACHE``, else the user's cache folder), named by what
made it: clients, notes, seed, the schema revision and :data:`GENERATOR`. When only the schema
moved on, the kept office is upgraded as the app upgrades a file (at the head's sign-in)
rather than built again. A run works on a copy of it (sign-in writes audit rows, the backup
figure writes files), so every run starts from the same bytes. Nothing is kept inside the
repository.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "Demo-Kantor-LK3-2026"
HEAD, COUNSELOR, STAFF = "kepala", "rina", "tuti"
# Raise when the demo generator starts making different offices, so old caches are rebuilt.
GENERATOR = 1
# LK3_BENCH_CHEAP_SLOTS=1 gives the accounts' slots a cheap Argon2id, for the test that only
# proves the command works: the figures leave Argon2id out, but building 8 slots at full
# cost and signing in a dozen times would make that test slow.
CHEAP_SLOTS = "LK3_BENCH_CHEAP_SLOTS"


@dataclass(frozen=True)
class Office:
    """A working copy of a demo office for one run."""

    folder: Path  # the data folder (lk3.db, lk3.keys)
    clients: int
    sessions: int
    busy_client: int  # the client with the most session notes
    key_hex: str  # the raw database key, for the floors that open the file directly

    @property
    def db(self) -> Path:
        return self.folder / "lk3.db"

    @property
    def key(self) -> bytes:
        return bytes.fromhex(self.key_hex)


def cache_root() -> Path:
    configured = os.environ.get("LK3_BENCH_CACHE")
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("lk3-desktop-benchmarks", appauthor=False))


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _name(clients: int, sessions: int, seed: int, revision: str | None = None) -> str:
    from lk3_desktop.db.migrate import head_revision

    revision = revision or head_revision()
    cheap = "-cheap" if os.environ.get(CHEAP_SLOTS) == "1" else ""
    return f"office-c{clients}-s{sessions}-seed{seed}-rev{revision}-g{GENERATOR}{cheap}"


def _older(target: Path, clients: int, sessions: int, seed: int) -> Path | None:
    """The same office cached under an older schema revision, if one is kept."""
    pattern = _name(clients, sessions, seed, "*")
    found = [p for p in target.parent.glob(pattern) if (p / "office.json").is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def _upgrade(older: Path, target: Path) -> None:
    """Bring an office cached under an older schema to this one the way the app does it
    (the head's sign-in upgrades the file), instead of building it again for many minutes."""
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts, recovery_card

    building = target.with_name(target.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    _log(f"upgrading {older.name} to this schema …")
    shutil.copytree(older, building)
    data = building / "data"
    session = accounts.login(data, NoCredentialStore(), HEAD, PASSWORD)
    try:
        key_hex = session.store.key().hex()
        # An upgrade that gives the office keys per person makes the recovery card due, and
        # the app would show it first at every head's sign-in (the sign-in figure waits for
        # Beranda); the head of a real office prints it once.
        if recovery_card.card_pending(session):
            recovery_card.card_kept(session)
    finally:
        session.store.close()
    shutil.rmtree(data / "backups", ignore_errors=True)  # the app's copy from before
    facts = json.loads((building / "office.json").read_text())
    facts["key"] = key_hex
    (building / "office.json").write_text(json.dumps(facts, indent=1))
    building.rename(target)
    shutil.rmtree(older, ignore_errors=True)


def _build(target: Path, clients: int, sessions: int, seed: int) -> None:
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts, demo
    from lk3_desktop.services.demo import _history

    building = target.with_name(target.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    data = building / "data"
    _log(f"building a demo office of {clients:,} clients, {sessions:,} notes in {target} …")
    start = time.perf_counter()
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent // 10 != shown[0]:
            shown[0] = percent // 10
            _log(f"  {percent}% ({time.perf_counter() - start:.0f} s)")

    store = NoCredentialStore()
    vault = None
    if os.environ.get(CHEAP_SLOTS) == "1":
        from lk3_desktop.db.vault import KdfParams, Vault

        vault = Vault(data, store, KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
    demo.generate(data, store, PASSWORD, clients, seed, progress, vault=vault, sessions=sessions)
    seconds = time.perf_counter() - start
    session = accounts.login(data, store, HEAD, PASSWORD)
    try:
        busy = _history.busiest_client(session)
        key_hex = session.store.key().hex()
    finally:
        session.store.close()
    facts = {
        "clients": clients,
        "sessions": sessions,
        "seed": seed,
        "busy_client": busy,
        "key": key_hex,
        "build_seconds": round(seconds),
    }
    (building / "office.json").write_text(json.dumps(facts, indent=1))
    building.rename(target)
    _log(f"built in {seconds:.0f} s")


@contextlib.contextmanager
def _cache_lock(root: Path) -> Iterator[None]:
    """One building or upgrading run at a time: a second run started meanwhile waits for the
    office instead of deleting the first one's half-built copy under it."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def prepare(clients: int, sessions: int, seed: int = 1, rebuild: bool = False) -> Office:
    """A fresh working copy of the cached office of these parameters (built when missing)."""
    root = cache_root()
    cached = root / _name(clients, sessions, seed)
    with _cache_lock(root):
        if rebuild:
            shutil.rmtree(cached, ignore_errors=True)
        if not (cached / "office.json").is_file():
            older = _older(cached, clients, sessions, seed)
            if older is not None:
                _upgrade(older, cached)
            else:
                _build(cached, clients, sessions, seed)
    facts = json.loads((cached / "office.json").read_text())
    runs = root / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=runs))
    folder = work / "data"
    shutil.copytree(cached / "data", folder)
    folder.chmod(0o700)
    return Office(folder, facts["clients"], facts["sessions"], facts["busy_client"], facts["key"])


def discard(office: Office) -> None:
    """Remove the run's working copy."""
    shutil.rmtree(office.folder.parent, ignore_errors=True)
