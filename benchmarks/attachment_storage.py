"""Where attachments live: measured, not guessed (issue 18 part 1).

``python -m benchmarks.attachment_storage [--mib 100] [--file-mib 25]`` compares the two
stores the issue names, with the app's own SQLCipher engine settings and the same sealing
(AES-256-GCM per 256 KiB chunk):

* ``db``: the sealed chunks as BLOB rows inside ``lk3.db`` (one transaction per file);
* ``files``: one sealed file per attachment beside the database (written to a temporary
  name, fsynced, renamed), its row in ``lk3.db``.

For each it prints: writing a 25 MiB file, reading it back and checking its SHA-256, what a
backup of the folder costs with ``--mib`` of attachments (SQLite's online backup API for the
database, plus copying the files for ``files``), removing an attachment with secure delete,
and the database file's size. Ratios are to a floor measured in the same run: writing the
same bytes to a plain file with one fsync. Nothing is asserted; the figures are for the
decision written in the commit and the README.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lk3_desktop.db.engine import create_keyed_engine

CHUNK = 256 * 1024
MIB = 1024 * 1024


def _seal(key: bytes, data: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(sealed[:12], sealed[12:], aad)


def _timed(work: Callable[[], object], rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class DbStore:
    def __init__(self, folder: Path, db_key: bytes, seal_key: bytes) -> None:
        self.engine = create_keyed_engine(folder / "lk3.db", lambda: db_key)
        self.folder = folder
        self.key = seal_key
        with self.engine.begin() as c:
            c.exec_driver_sql(
                "CREATE TABLE chunks (aid INTEGER, seq INTEGER, data BLOB, PRIMARY KEY (aid, seq))"
            )
        self.next_id = 1

    def write(self, data: bytes) -> int:
        aid, self.next_id = self.next_id, self.next_id + 1
        rows = [
            {"a": aid, "s": n, "d": _seal(self.key, data[i : i + CHUNK], f"{aid}:{n}".encode())}
            for n, i in enumerate(range(0, len(data), CHUNK))
        ]
        with self.engine.begin() as c:
            c.exec_driver_sql("INSERT INTO chunks VALUES (:a, :s, :d)", rows)  # type: ignore[arg-type]
        return aid

    def read(self, aid: int) -> bytes:
        with self.engine.connect() as c:
            got = c.exec_driver_sql(
                "SELECT seq, data FROM chunks WHERE aid = ? ORDER BY seq", (aid,)
            ).all()
        return b"".join(_open(self.key, d, f"{aid}:{s}".encode()) for s, d in got)

    def remove(self, aid: int) -> None:
        with self.engine.begin() as c:
            c.exec_driver_sql("DELETE FROM chunks WHERE aid = ?", (aid,))

    def backup(self, target: Path) -> None:
        import sqlcipher3

        raw = self.engine.raw_connection()
        try:
            out = sqlcipher3.connect(str(target / "lk3.db"))
            out.execute(f"PRAGMA key = \"x'{DB_KEY.hex()}'\"")
            raw.driver_connection.backup(out)  # type: ignore[union-attr]
            out.close()
        finally:
            raw.close()


class FileStore(DbStore):
    def __init__(self, folder: Path, db_key: bytes, seal_key: bytes) -> None:
        super().__init__(folder, db_key, seal_key)
        (folder / "attachments").mkdir()

    def write(self, data: bytes) -> int:
        aid, self.next_id = self.next_id, self.next_id + 1
        path = self.folder / "attachments" / f"{aid}.bin"
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            for n, i in enumerate(range(0, len(data), CHUNK)):
                sealed = _seal(self.key, data[i : i + CHUNK], f"{aid}:{n}".encode())
                fh.write(len(sealed).to_bytes(4, "big") + sealed)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.rename(path)
        with self.engine.begin() as c:  # its row (here: one chunk row with no data)
            c.exec_driver_sql("INSERT INTO chunks VALUES (?, 0, NULL)", (aid,))
        return aid

    def read(self, aid: int) -> bytes:
        out = []
        with (self.folder / "attachments" / f"{aid}.bin").open("rb") as fh:
            n = 0
            while head := fh.read(4):
                sealed = fh.read(int.from_bytes(head, "big"))
                out.append(_open(self.key, sealed, f"{aid}:{n}".encode()))
                n += 1
        return b"".join(out)

    def remove(self, aid: int) -> None:
        with self.engine.begin() as c:
            c.exec_driver_sql("DELETE FROM chunks WHERE aid = ?", (aid,))
        (self.folder / "attachments" / f"{aid}.bin").unlink()

    def backup(self, target: Path) -> None:
        super().backup(target)
        shutil.copytree(self.folder / "attachments", target / "attachments")


DB_KEY = os.urandom(32)


def _floor(folder: Path, data: bytes) -> float:
    def write() -> None:
        with (folder / "floor.bin").open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    return _timed(write)


def measure(kind: str, store_class: type[DbStore], total_mib: int, file_mib: int) -> None:
    with tempfile.TemporaryDirectory(prefix=f"lk3-att-{kind}-") as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        store = store_class(folder, DB_KEY, AESGCM.generate_key(bit_length=256))
        data = os.urandom(file_mib * MIB)
        floor = _floor(Path(tmp), data)
        ids: list[int] = []
        write = _timed(lambda: ids.append(store.write(data)))
        digest = hashlib.sha256(data).hexdigest()
        read = _timed(lambda: hashlib.sha256(store.read(ids[0])).hexdigest() == digest)
        while len(ids) * file_mib < total_mib:
            ids.append(store.write(os.urandom(file_mib * MIB)))
        backups = Path(tmp) / "backups"
        counter = iter(range(100))

        def backup() -> None:
            target = backups / str(next(counter))
            target.mkdir(parents=True)
            store.backup(target)

        back = _timed(backup)
        remove = _timed(lambda: store.remove(ids.pop()))
        size = (folder / "lk3.db").stat().st_size / MIB
        print(
            f"{kind:<5} write_{file_mib}MiB={write:.3f}s (ratio {write / floor:.1f}) "
            f"read+sha256={read:.3f}s backup_{total_mib}MiB={back:.3f}s "
            f"remove_secure={remove:.3f}s db_size={size:.1f}MiB floor_write={floor:.3f}s"
        )
        store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=100)
    parser.add_argument("--file-mib", type=int, default=25)
    args = parser.parse_args()
    measure("db", DbStore, args.mib, args.file_mib)
    measure("files", FileStore, args.mib, args.file_mib)


if __name__ == "__main__":
    main()
