"""An attachment's bytes in sealed pieces, inside the caller's transaction.

Each piece of CHUNK_BYTES is sealed under the client's own key (``services/_subject_keys``;
``db/attachment_seal.py`` says how). Anonymising shreds that key, so a sealed piece left
anywhere (a free page, an old WAL frame) cannot be read again; ``secure_delete`` zeroes the
pages besides.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from lk3_desktop.core.attachments import CHUNK_BYTES
from lk3_desktop.core.errors import AttachmentDamaged
from lk3_desktop.db.attachment_seal import content_matches, damaged_attachments, seal_piece
from lk3_desktop.db.models import Attachment, AttachmentChunk
from lk3_desktop.services import _subject_keys


def write_chunks(s: Session, row: Attachment, data: bytes) -> int:
    """Seal ``data`` into the attachment's pieces; the number of pieces."""
    key = _subject_keys.key_of(s, row.client_id, create=True)
    assert key is not None
    pieces = [
        {
            "attachment_id": row.id,
            "seq": seq,
            "data": seal_piece(key, row.client_id, row.id, seq, data[start : start + CHUNK_BYTES]),
        }
        for seq, start in enumerate(range(0, max(len(data), 1), CHUNK_BYTES))
    ]
    s.execute(insert(AttachmentChunk), pieces)
    return len(pieces)


def read_content(s: Session, row: Attachment) -> bytes:
    """The attachment's bytes, every piece opened and the SHA-256 compared with the one kept;
    AttachmentDamaged when a piece is missing, altered or the hash differs."""
    pieces = [
        (seq, bytes(data))
        for seq, data in s.execute(
            select(AttachmentChunk.seq, AttachmentChunk.data)
            .where(AttachmentChunk.attachment_id == row.id)
            .order_by(AttachmentChunk.seq)
        )
    ]
    key = _subject_keys.key_of(s, row.client_id)
    data = content_matches(key, row.client_id, row.id, pieces, row.chunks, row.sha256)
    if data is None:
        raise AttachmentDamaged(row.id)
    return data


def damaged(s: Session) -> list[int]:
    """Ids of the attachments whose content does not open or match its SHA-256."""
    raw = s.connection().connection.driver_connection
    return damaged_attachments(raw)


def move_to_client(s: Session, from_client: int, to_client: int) -> int:
    """Give every attachment of ``from_client`` to ``to_client`` (two records of one person
    merged): each is opened under the old client's key and sealed again under the new one's,
    since a piece names its client; the number moved. AttachmentDamaged stops the move."""
    rows = list(s.execute(select(Attachment).where(Attachment.client_id == from_client)).scalars())
    for row in rows:
        data = read_content(s, row)
        s.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id == row.id))
        row.client_id = to_client
        s.flush()
        write_chunks(s, row, data)
    return len(rows)
