"""Make a small data folder with the schema of this checkout, kept as an upgrade test fixture.

Run once per released schema (it was run at revision 0006, commit ae49733 of main) and commit
the folder it writes; later code must open that folder (see tests/db/test_upgrade_fixture.py):

    .venv/bin/python scripts/make_upgrade_fixture.py tests/fixtures/data-0006

The folder holds a demo office of a few clients (every table the demo fills, plus a
"jangan diungkap" mark and a corrected phone number, so the personal-data-rights tables are not
empty), password-only (no OS credential store, so any machine opens it) and cheap Argon2id, so
opening it takes milliseconds. ``expected.json`` beside the database records the revision, the
row count of every table and a few values the test reads back.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from sqlalchemy import inspect, select, text

from lk3_desktop.db.migrate import head_revision
from lk3_desktop.db.models import Client
from lk3_desktop.db.vault import KdfParams, Vault
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, clients, demo, withholding

PASSWORD = "Fixture-Lama-0006!"
CLIENTS = 6
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
NEW_PHONE = "0812-3456-7890"


def make(folder: Path) -> dict[str, object]:
    store = NoCredentialStore("fixture: password only")
    vault = Vault(folder, store, CHEAP_KDF)
    result = demo.generate(folder, store, PASSWORD, CLIENTS, seed=16, vault=vault)
    head = accounts.login(folder, store, "kepala", PASSWORD, vault=vault)
    try:
        first = clients.get_client(head, 1)
        clients.update_client(head, 1, replace(first.data, phone=NEW_PHONE))
        withholding.mark(head, 1, "Alamat rumah aman.", field_code="address")
        with head.store.transaction() as s:
            tables = sorted(inspect(s.connection()).get_table_names())
            counts = {
                t: s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                for t in tables
                if not t.startswith("client_search")  # FTS5 shadow tables change shape freely
            }
            name = s.execute(select(Client.full_name).where(Client.id == 1)).scalar_one()
    finally:
        head.store.close()
    return {
        "revision": head_revision(),
        "password": PASSWORD,
        "usernames": list(result.usernames),
        "recovery_code": result.recovery_code,
        "client_1_full_name": name,
        "client_1_phone": NEW_PHONE,
        "row_counts": counts,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    folder: Path = args.folder
    if folder.exists() and any(folder.iterdir()):
        print(f"{folder} is not empty", file=sys.stderr)
        return 2
    expected = make(folder)
    for leftover in ("lk3.lock", "lk3.attempts"):
        (folder / leftover).unlink(missing_ok=True)
    (folder / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    print(f"fixture at revision {expected['revision']} written to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
