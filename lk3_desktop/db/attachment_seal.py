"""The sealing of attached documents' pieces, and the check that every attachment still opens
and matches its SHA-256: on a plain DB-API connection, so ``check``, a backup and a restore
run it on the file they hold (services/attachments seals and opens through it too).

A piece is AES-256-GCM under the client's own key (``subject_keys``), with the client id,
attachment id and piece number as associated data.
"""

from __future__ import annotations

import hashlib
from typing import Any

from lk3_desktop.db.aead import SealError, aead_open, aead_seal


def _aad(client_id: int, attachment_id: int, seq: int) -> bytes:
    return f"lk3-attachment:{client_id}:{attachment_id}:{seq}".encode()


def seal_piece(key: bytes, client_id: int, attachment_id: int, seq: int, plain: bytes) -> bytes:
    return aead_seal(key, plain, _aad(client_id, attachment_id, seq))


def open_piece(
    key: bytes, client_id: int, attachment_id: int, seq: int, sealed: bytes
) -> bytes | None:
    """The piece's bytes, or None when it does not open here (altered, moved, wrong key)."""
    try:
        return aead_open(key, sealed, _aad(client_id, attachment_id, seq))
    except SealError:
        return None


def content_matches(
    key: bytes | None,
    client_id: int,
    attachment_id: int,
    pieces: list[tuple[int, bytes]],
    chunks: int,
    sha256: str,
) -> bytes | None:
    """The whole content when every piece opens, in order, and its SHA-256 is ``sha256``."""
    if key is None or len(pieces) != chunks:
        return None
    parts: list[bytes] = []
    for expected, (seq, sealed) in enumerate(pieces):
        plain = open_piece(key, client_id, attachment_id, seq, sealed) if seq == expected else None
        if plain is None:
            return None
        parts.append(plain)
    data = b"".join(parts)
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def damaged_attachments(conn: Any) -> list[int]:
    """Ids of the attachments of the database on ``conn`` (a DB-API connection) whose content
    does not open or does not match its SHA-256. A database without attachments yet (an older
    schema) has none."""
    server = hasattr(conn, "pgconn")  # psycopg's connection: an office server
    mark = "%s" if server else "?"
    has_table = conn.execute(
        "SELECT to_regclass('attachments') IS NOT NULL"
        if server
        else "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'"
    ).fetchone()
    if not has_table or not has_table[0]:
        return []
    keys = {cid: bytes(k) for cid, k in conn.execute("SELECT client_id, key FROM subject_keys")}
    bad: list[int] = []
    rows = conn.execute(
        "SELECT id, client_id, chunks, sha256 FROM attachments ORDER BY id"
    ).fetchall()
    for attachment_id, client_id, chunks, sha256 in rows:
        pieces = [
            (seq, bytes(data))
            for seq, data in conn.execute(
                "SELECT seq, data FROM attachment_chunks"
                f" WHERE attachment_id = {mark} ORDER BY seq",
                (attachment_id,),
            )
        ]
        if (
            content_matches(keys.get(client_id), client_id, attachment_id, pieces, chunks, sha256)
            is None
        ):
            bad.append(attachment_id)
    return bad
