"""The twelve ways an insider holding the database key rewrites the audit trail.

Each scenario works on the raw file with plain ``sqlcipher3`` and the key, as someone with a
Python shell would; the "smart" ones also repair what a naive edit leaves behind: they
recompute every hash after their change, delete the checkpoints that no longer match and, where
they hold a signing key (a staf account's own), sign the new head themselves.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from lk3_desktop.db import audit
from lk3_desktop.db.checkpoints import CHECKPOINT_DOMAIN
from lk3_desktop.db.person_keys import PrivateKeys


@dataclass(frozen=True)
class Insider:
    """What the insider holds: the database key, and their own certified signing identity."""

    db_key: bytes
    keys: PrivateKeys | None = None
    user_id: int | None = None
    cert_serial: str | None = None
    database_id: str = ""


def connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _rows(conn: Any) -> list[dict[str, Any]]:
    cur = conn.execute("SELECT * FROM audit_log ORDER BY id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _hash(row: dict[str, Any]) -> str:
    return hashlib.sha256(
        audit.canonical(
            row["id"],
            row["at"],
            row["actor_id"],
            row["action"],
            row["entity_type"],
            row["entity_id"],
            row["detail"],
            row["prev_hash"],
        )
    ).hexdigest()


def _drop_triggers(conn: Any) -> None:
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")


def _restore_triggers(conn: Any) -> None:
    """A careful insider puts the guards back so nothing looks touched."""
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    conn.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )


def _rewrite(conn: Any, rows: list[dict[str, Any]], rebuild_from: int) -> None:
    """Replace the log with ``rows`` renumbered from 1, hashes recomputed from ``rebuild_from``."""
    conn.execute("DELETE FROM audit_log")
    prev = audit.GENESIS
    for number, row in enumerate(rows, start=1):
        row = dict(row, id=number)
        if number >= rebuild_from:
            row["prev_hash"] = prev
            row["hash"] = _hash(row)
        conn.execute(
            "INSERT INTO audit_log VALUES (:id, :at, :actor_id, :action, :entity_type, "
            ":entity_id, :detail, :prev_hash, :hash)",
            row,
        )
        prev = row["hash"]


def _forget_checkpoints_from(conn: Any, entry_id: int) -> None:
    conn.execute("DELETE FROM audit_checkpoints WHERE entry_id >= ?", (entry_id,))


def _sign_head_as(conn: Any, insider: Insider) -> None:
    """The insider signs the rebuilt head with their own (valid) key."""
    if insider.keys is None:
        return
    last_id, last_hash = conn.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    body = json.dumps(
        {
            "v": 1,
            "db": insider.database_id,
            "entry": last_id,
            "hash": last_hash,
            "signer": insider.user_id,
            "cert": insider.cert_serial,
            "at": audit.utc_now_iso(),
            "reason": "entry",
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    signature = insider.keys.sign(CHECKPOINT_DOMAIN + body.encode())
    conn.execute(
        "INSERT INTO audit_checkpoints (entry_id, body, signature) VALUES (?, ?, ?)",
        (last_id, body, signature),
    )


def _middle(rows: list[dict[str, Any]]) -> int:
    """An entry of the head's, well inside the chain."""
    heads = [r["id"] for r in rows if r["actor_id"] == HEAD_ID]
    return heads[len(heads) // 2]


HEAD_ID = 1


# -- the scenarios ----------------------------------------------------------------------------


def edit_row(conn: Any, _insider: Insider) -> None:
    """1. Change what an entry says (naive: the hash is left as it was)."""
    _drop_triggers(conn)
    target = _middle(_rows(conn))
    conn.execute("UPDATE audit_log SET detail = '{\"forged\":1}' WHERE id = ?", (target,))
    _restore_triggers(conn)


def delete_row(conn: Any, _insider: Insider) -> None:
    """2. Delete one entry (naive)."""
    _drop_triggers(conn)
    conn.execute("DELETE FROM audit_log WHERE id = ?", (_middle(_rows(conn)),))
    _restore_triggers(conn)


def insert_row(conn: Any, _insider: Insider) -> None:
    """3. Slip a forged entry with a correct hash of its own into the middle."""
    _drop_triggers(conn)
    rows = _rows(conn)
    at = _middle(rows) - 1
    forged = dict(rows[at - 1], action="user.deactivated", detail="{}", actor_id=HEAD_ID)
    forged["prev_hash"] = rows[at - 1]["hash"]
    forged["id"] = at + 1
    forged["hash"] = _hash(forged)
    _rewrite(conn, [*rows[:at], forged, *rows[at:]], rebuild_from=len(rows) + 2)
    _restore_triggers(conn)


def drop_triggers(conn: Any, _insider: Insider) -> None:
    """4. Drop the triggers that refuse UPDATE and DELETE (and leave them dropped)."""
    _drop_triggers(conn)


def cut_tail(conn: Any, _insider: Insider) -> None:
    """5. Cut the last entries (the head's three ``session_note.viewed``) and their
    checkpoints, so the chain ends cleanly at an earlier signed head."""
    _drop_triggers(conn)
    rows = _rows(conn)
    viewed = [r["id"] for r in rows if r["action"] == "session_note.viewed"][-3:]
    first = min(viewed)
    conn.execute("DELETE FROM audit_log WHERE id >= ?", (first,))
    _forget_checkpoints_from(conn, first)
    _restore_triggers(conn)


def cut_tail_keep_checkpoints(conn: Any, _insider: Insider) -> None:
    """6. Cut the last entries but leave the checkpoints that signed them."""
    _drop_triggers(conn)
    rows = _rows(conn)
    viewed = [r["id"] for r in rows if r["action"] == "session_note.viewed"][-3:]
    conn.execute("DELETE FROM audit_log WHERE id >= ?", (min(viewed),))
    _restore_triggers(conn)


def append_forged(conn: Any, _insider: Insider) -> None:
    """7. Append an entry in the head's name with a valid hash."""
    rows = _rows(conn)
    last = rows[-1]
    row = dict(last, id=last["id"] + 1, action="referral_letter.printed", actor_id=HEAD_ID)
    row["at"] = audit.utc_now_iso()
    row["prev_hash"] = last["hash"]
    row["hash"] = _hash(row)
    conn.execute(
        "INSERT INTO audit_log VALUES (:id, :at, :actor_id, :action, :entity_type, "
        ":entity_id, :detail, :prev_hash, :hash)",
        row,
    )


def append_forged_signed(conn: Any, insider: Insider) -> None:
    """8. Append an entry in the head's name and sign the new head with one's own key."""
    append_forged(conn, insider)
    _sign_head_as(conn, insider)


def _rebuild(
    conn: Any, insider: Insider, change: Callable[[list[dict[str, Any]], int], None]
) -> None:
    _drop_triggers(conn)
    rows = _rows(conn)
    target = _middle(rows)
    change(rows, target)
    _rewrite(conn, rows, rebuild_from=target)
    _forget_checkpoints_from(conn, target)
    _sign_head_as(conn, insider)
    _restore_triggers(conn)


def rebuild_after_edit(conn: Any, insider: Insider) -> None:
    """9. Edit an entry, recompute every hash after it, re-sign the head."""

    def change(rows: list[dict[str, Any]], target: int) -> None:
        rows[target - 1]["detail"] = '{"forged":1}'

    _rebuild(conn, insider, change)


def rebuild_after_delete(conn: Any, insider: Insider) -> None:
    """10. Delete an entry, renumber, recompute, re-sign."""

    def change(rows: list[dict[str, Any]], target: int) -> None:
        del rows[target - 1]

    _rebuild(conn, insider, change)


def rebuild_after_backdate(conn: Any, insider: Insider) -> None:
    """11. Move an entry's time back a year, recompute, re-sign."""

    def change(rows: list[dict[str, Any]], target: int) -> None:
        at = rows[target - 1]["at"]
        rows[target - 1]["at"] = str(int(at[:4]) - 1) + at[4:]

    _rebuild(conn, insider, change)


def rebuild_everything(conn: Any, insider: Insider) -> None:
    """12. Rebuild the whole chain from the first entry after an edit, delete every
    checkpoint and sign the new head as oneself: a chain that verifies on its own."""
    _drop_triggers(conn)
    rows = _rows(conn)
    rows[_middle(rows) - 1]["detail"] = '{"forged":1}'
    _rewrite(conn, rows, rebuild_from=1)
    _forget_checkpoints_from(conn, 0)
    _sign_head_as(conn, insider)
    _restore_triggers(conn)


SCENARIOS: dict[str, Callable[[Any, Insider], None]] = {
    "edit_row": edit_row,
    "delete_row": delete_row,
    "insert_row": insert_row,
    "drop_triggers": drop_triggers,
    "cut_tail": cut_tail,
    "cut_tail_keep_checkpoints": cut_tail_keep_checkpoints,
    "append_forged": append_forged,
    "append_forged_signed": append_forged_signed,
    "rebuild_after_edit": rebuild_after_edit,
    "rebuild_after_delete": rebuild_after_delete,
    "rebuild_after_backdate": rebuild_after_backdate,
    "rebuild_everything": rebuild_everything,
}


def tamper(path: Path, insider: Insider, scenario: str) -> None:
    conn = connect(path, insider.db_key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        SCENARIOS[scenario](conn, insider)
        conn.execute("COMMIT")
    finally:
        conn.close()
