"""What a folder holds, read without the vault (before the first window): a key file without
slots is an unfinished setup exactly when db.vault reads it as one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lk3_desktop.db.folder_state import (
    KEYS_FILENAME,
    FolderState,
    folder_state,
    slotless_key_file,
)

GOOD = {"format": "lk3-keys/2", "database_id": "abc", "workstation": "none", "slots": []}


@pytest.mark.parametrize(
    "content",
    [
        json.dumps(GOOD),
        json.dumps({**GOOD, "format": "lk3-keys/1"}),
        json.dumps({**GOOD, "slots": [{"id": "x"}]}),  # a slot (here a damaged one)
        json.dumps({**GOOD, "format": "lk3-keys/9"}),
        json.dumps({k: v for k, v in GOOD.items() if k != "workstation"}),
        json.dumps({**GOOD, "slots": None}),
        json.dumps({**GOOD, "slots": ""}),
        json.dumps([1, 2]),
        "{not json",
        "",
    ],
)
def test_a_key_file_without_slots_reads_as_the_vault_reads_it(tmp_path: Path, content: str) -> None:
    (tmp_path / KEYS_FILENAME).write_text(content, "utf-8")
    unfinished = slotless_key_file(tmp_path) is not None  # through db.vault
    assert (folder_state(tmp_path) is FolderState.SETUP_UNFINISHED) == unfinished
    assert folder_state(tmp_path) in (FolderState.SETUP_UNFINISHED, FolderState.READY)


def test_the_folders_state_is_read_without_argon2_or_the_cryptography(tmp_path: Path) -> None:
    (tmp_path / KEYS_FILENAME).write_text(json.dumps(GOOD), "utf-8")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from lk3_desktop.db import folder_state, restore_swap\n"
        f"print(folder_state.folder_state(Path({str(tmp_path)!r})).name)\n"
        "restore_swap.finish_interrupted_swap(Path(sys.argv[1]))\n"
        "print(sorted(m for m in ('argon2', 'cryptography', 'lk3_desktop.db.vault')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.split("\n")[:2] == ["SETUP_UNFINISHED", "[]"]
