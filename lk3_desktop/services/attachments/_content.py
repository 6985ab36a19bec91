"""An attachment's bytes in sealed pieces, inside the caller's transaction.

Each piece of CHUNK_BYTES is sealed under its case's key when the document is clinical (one
of a case's records: it is part of the case's clinical content) and under the client's own
key otherwise (``services/_subject_keys``); ``db/attachment_seal.py`` says how. Anonymising
deletes both keys, so a sealed piece left anywhere (a free page, an old WAL frame) cannot be
read again; ``secure_delete`` zeroes the pages besides.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from lk3_desktop.core.attachments import CHUNK_BYTES
from lk3_desktop.core.errors import AttachmentDamaged, NoCaseKey
from lk3_desktop.db.attachment_seal import (
    case_content_matches,
    content_matches,
    damaged_attachments,
    seal_case_piece,
    seal_piece,
    sealed_digest,
)
from lk3_desktop.db.models import Attachment, AttachmentChunk
from lk3_desktop.db.sealed import CaseKeys, keyring_of
from lk3_desktop.services import _subject_keys


def _under_case_key(s: Session, row: Attachment) -> CaseKeys | None:
    """The keyring to seal ``row`` with when it belongs under its case's key (a clinical
    document of an office with keys per case); None: under the client's key."""
    if not row.clinical or row.case_id is None:
        return None
    return keyring_of(s)


def _parts(data: bytes) -> list[bytes]:
    return [data[start : start + CHUNK_BYTES] for start in range(0, max(len(data), 1), CHUNK_BYTES)]


def _case_pieces(s: Session, keys: CaseKeys, row: Attachment, data: bytes) -> list[bytes]:
    assert row.case_id is not None
    key = keys.for_writing(s, row.case_id)
    return [
        seal_case_piece(key, keys.database_id, row.case_id, row.id, seq, part)
        for seq, part in enumerate(_parts(data))
    ]


def write_chunks(s: Session, row: Attachment, data: bytes) -> int:
    """Seal ``data`` into the attachment's pieces; the number of pieces. A clinical
    document's pieces are sealed under its case's key and their hash kept on the row."""
    keys = _under_case_key(s, row)
    if keys is not None:
        sealed = _case_pieces(s, keys, row, data)
        row.sealed_sha256 = sealed_digest(sealed)
    else:
        key = _subject_keys.key_of(s, row.client_id, create=True)
        assert key is not None
        sealed = [
            seal_piece(key, row.client_id, row.id, seq, p) for seq, p in enumerate(_parts(data))
        ]
        row.sealed_sha256 = None
    rows: list[dict[str, Any]] = [
        {"attachment_id": row.id, "seq": seq, "data": piece} for seq, piece in enumerate(sealed)
    ]
    s.execute(insert(AttachmentChunk), rows)
    return len(sealed)


def _pieces(s: Session, attachment_id: int) -> list[tuple[int, bytes]]:
    return [
        (seq, bytes(data))
        for seq, data in s.execute(
            select(AttachmentChunk.seq, AttachmentChunk.data)
            .where(AttachmentChunk.attachment_id == attachment_id)
            .order_by(AttachmentChunk.seq)
        )
    ]


def read_content(s: Session, row: Attachment) -> bytes:
    """The attachment's bytes, every piece opened and the SHA-256 compared with the one kept;
    AttachmentDamaged when a piece is missing, altered or the hash differs. A clinical
    document opens only with its case's key (NoCaseKey where the person holds none)."""
    pieces = _pieces(s, row.id)
    if row.sealed_sha256 is not None:
        keys = keyring_of(s)
        key = keys.get(s, row.case_id) if keys is not None and row.case_id is not None else None
        if key is None or keys is None or row.case_id is None:
            raise NoCaseKey(f"attachments.{row.id}")
        data = case_content_matches(
            key, keys.database_id, row.case_id, row.id, pieces, row.chunks, row.sha256
        )
    else:
        key = _subject_keys.key_of(s, row.client_id)
        data = content_matches(key, row.client_id, row.id, pieces, row.chunks, row.sha256)
    if data is None:
        raise AttachmentDamaged(row.id)
    return data


def _client_sealed_content(s: Session, row: Attachment) -> bytes | None:
    key = _subject_keys.key_of(s, row.client_id)
    return content_matches(key, row.client_id, row.id, _pieces(s, row.id), row.chunks, row.sha256)


def _under_client_keys(after: int) -> Any:
    return (
        select(Attachment.id)
        .where(
            Attachment.clinical.is_(True),
            Attachment.case_id.is_not(None),
            Attachment.sealed_sha256.is_(None),
            Attachment.id > after,
        )
        .order_by(Attachment.id)
    )


def clinical_under_client_keys(s: Session) -> int:
    """How many clinical documents are still sealed under their client's key."""
    return len(s.execute(_under_client_keys(0)).all())


def seal_clinical_under_case_keys(
    s: Session, keys: CaseKeys, after: int = 0, limit: int | None = None
) -> tuple[int | None, int]:
    """The office upgrade: the clinical documents still sealed under their client's key
    (ids above ``after``, at most ``limit``) are sealed again under their case's key, their
    hash kept. One that no longer opens is left as it is, for check to report. The last id
    looked at (None when none was left) and how many were sealed."""
    query = _under_client_keys(after)
    ids = list(s.execute(query if limit is None else query.limit(limit)).scalars())
    done = 0
    for attachment_id in ids:
        row = s.get(Attachment, attachment_id)
        assert row is not None and row.case_id is not None
        data = _client_sealed_content(s, row)
        if data is None:
            continue
        sealed = _case_pieces(s, keys, row, data)
        for seq, piece in enumerate(sealed):
            s.execute(
                update(AttachmentChunk)
                .where(AttachmentChunk.attachment_id == row.id, AttachmentChunk.seq == seq)
                .values(data=piece)
            )
        row.sealed_sha256 = sealed_digest(sealed)
        s.flush()
        done += 1
    return (ids[-1] if ids else None), done


def damaged(s: Session) -> list[int]:
    """Ids of the attachments whose content does not open or match its SHA-256."""
    raw = s.connection().connection.driver_connection
    return damaged_attachments(raw)


def move_to_client(s: Session, from_client: int, to_client: int) -> int:
    """Give every attachment of ``from_client`` to ``to_client`` (two records of one person
    merged): each sealed under the old client's key is opened and sealed again under the new
    one's, since its pieces name their client; the number moved. AttachmentDamaged stops
    the move."""
    rows = list(s.execute(select(Attachment).where(Attachment.client_id == from_client)).scalars())
    for row in rows:
        if row.sealed_sha256 is not None:
            row.client_id = to_client  # sealed under its case's key: the client is not named
            continue
        data = read_content(s, row)
        s.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id == row.id))
        row.client_id = to_client
        s.flush()
        write_chunks(s, row, data)
    return len(rows)
