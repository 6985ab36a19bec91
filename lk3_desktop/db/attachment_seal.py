"""The sealing of attached documents' pieces, and the check that every attachment still opens
and matches its SHA-256: on a plain DB-API connection, so ``check``, a backup and a restore
run it on the file they hold (services/attachments seals and opens through it too).

A clinical document (one of a case's records) is sealed under its case's key, like the rest of
the case's clinical content: each piece is ``LK3C1`` + the case id (8 bytes) + AES-256-GCM
(nonce || ciphertext + tag) with the database id, table, column, attachment id and piece
number and the case id as associated data. Whoever checks the file without that key (check,
a backup, a restore) compares the pieces as stored with ``attachments.sealed_sha256``, the
SHA-256 over every sealed piece in order; the person who opens the document verifies the seal
and the SHA-256 of the content as well.

Any other document (a KTP, a consent form) is sealed under the client's own key
(``subject_keys``, inside the database), with the client id, attachment id and piece number as
associated data: check opens it and compares the content's SHA-256. ``sealed_sha256`` is NULL
for those.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from lk3_desktop.db.aead import SealError, aead_open, aead_seal

CASE_PREFIX = b"LK3C1"  # as db/sealed.BINARY_PREFIX: the case id follows


def _aad(client_id: int, attachment_id: int, seq: int) -> bytes:
    return f"lk3-attachment:{client_id}:{attachment_id}:{seq}".encode()


def _case_aad(database_id: str, case_id: int, attachment_id: int, seq: int) -> bytes:
    return f"lk3-cell|{database_id}|attachment_chunks|data|{attachment_id}.{seq}|{case_id}".encode()


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


def seal_case_piece(
    key: bytes, database_id: str, case_id: int, attachment_id: int, seq: int, plain: bytes
) -> bytes:
    """A clinical document's piece sealed under its case's key."""
    aad = _case_aad(database_id, case_id, attachment_id, seq)
    return CASE_PREFIX + case_id.to_bytes(8, "big") + aead_seal(key, plain, aad)


def _case_of_piece(sealed: bytes) -> int | None:
    if sealed[: len(CASE_PREFIX)] != CASE_PREFIX or len(sealed) < len(CASE_PREFIX) + 8:
        return None
    return int.from_bytes(sealed[len(CASE_PREFIX) : len(CASE_PREFIX) + 8], "big")


def open_case_piece(
    key: bytes, database_id: str, case_id: int, attachment_id: int, seq: int, sealed: bytes
) -> bytes | None:
    """The piece's bytes, or None when it does not open under this case's key here."""
    if _case_of_piece(sealed) != case_id:
        return None
    try:
        return aead_open(
            key,
            sealed[len(CASE_PREFIX) + 8 :],
            _case_aad(database_id, case_id, attachment_id, seq),
        )
    except SealError:
        return None


def sealed_digest(pieces: Iterable[bytes]) -> str:
    """SHA-256 over the sealed pieces in order, each preceded by its length."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(len(piece).to_bytes(8, "big"))
        digest.update(piece)
    return digest.hexdigest()


def sealed_pieces_intact(
    case_id: int | None, pieces: list[tuple[int, bytes]], chunks: int, sealed_sha256: str
) -> bool:
    """Whether a case-sealed document's pieces are all there, in order, name its case and
    hash to ``sealed_sha256``: what can be told without the case's key."""
    if case_id is None or len(pieces) != chunks:
        return False
    if [seq for seq, _ in pieces] != list(range(chunks)):
        return False
    if any(_case_of_piece(sealed) != case_id for _, sealed in pieces):
        return False
    return sealed_digest(sealed for _, sealed in pieces) == sealed_sha256


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


def case_content_matches(
    key: bytes,
    database_id: str,
    case_id: int,
    attachment_id: int,
    pieces: list[tuple[int, bytes]],
    chunks: int,
    sha256: str,
) -> bytes | None:
    """A case-sealed document's whole content when every piece opens under the case's key,
    in order, and its SHA-256 is ``sha256``."""
    if len(pieces) != chunks:
        return None
    parts: list[bytes] = []
    for expected, (seq, sealed) in enumerate(pieces):
        plain = (
            open_case_piece(key, database_id, case_id, attachment_id, seq, sealed)
            if seq == expected
            else None
        )
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
    case_sealed = _has_sealed_hash(conn, server)
    bad: list[int] = []
    rows = conn.execute(
        "SELECT id, client_id, case_id, chunks, sha256, "
        f"{'sealed_sha256' if case_sealed else 'NULL'} FROM attachments ORDER BY id"
    ).fetchall()
    for attachment_id, client_id, case_id, chunks, sha256, sealed_sha256 in rows:
        pieces = [
            (seq, bytes(data))
            for seq, data in conn.execute(
                "SELECT seq, data FROM attachment_chunks"
                f" WHERE attachment_id = {mark} ORDER BY seq",
                (attachment_id,),
            )
        ]
        if sealed_sha256 is not None:
            intact = sealed_pieces_intact(case_id, pieces, chunks, sealed_sha256)
        else:
            key = keys.get(client_id)
            opened = content_matches(key, client_id, attachment_id, pieces, chunks, sha256)
            intact = opened is not None
        if not intact:
            bad.append(attachment_id)
    return bad


def _has_sealed_hash(conn: Any, server: bool) -> bool:
    """Whether the schema has ``attachments.sealed_sha256`` (revision 0020): a backup of an
    older office is checked before its upgrade."""
    if server:
        found = conn.execute(
            "SELECT 1 FROM information_schema.columns"
            " WHERE table_name = 'attachments' AND column_name = 'sealed_sha256'"
        ).fetchone()
        return found is not None
    return any(row[1] == "sealed_sha256" for row in conn.execute("PRAGMA table_info(attachments)"))
