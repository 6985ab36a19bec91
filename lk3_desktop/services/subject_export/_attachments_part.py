"""The client's attached documents in the export: what each is, and the file written beside
the export (internal to ``services/``; ``formats`` writes the files and fills in ``file``).
A document marked "jangan diungkap" is left out like any withheld record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.attachments import KINDS, safe_file_name
from lk3_desktop.db.models import Attachment
from lk3_desktop.services._withheld import Withheld
from lk3_desktop.services.subject_export._values import _d, _dt


def attached_documents(
    s: Session, client_ids: list[int], withheld: Withheld, names: dict[int, str]
) -> list[dict[str, Any]]:
    rows = s.execute(
        select(Attachment).where(Attachment.client_id.in_(client_ids)).order_by(Attachment.id)
    ).scalars()
    out: list[dict[str, Any]] = []
    for row in rows:
        if withheld.record_withheld("attachment", row.id):
            continue
        number = len(out) + 1
        out.append(
            {
                "id": row.id,
                "record_type": row.record_type,
                "record_id": row.record_id,
                "kind": row.kind,
                "kind_label": KINDS.get(row.kind, row.kind),
                "document_date": _d(row.document_date),
                "note": row.note,
                "original_file_name": row.file_name,
                "mime": row.mime,
                "size": row.size,
                "sha256": row.sha256,
                "original_sha256": row.original_sha256,
                "pages": row.pages,
                "added_at": _dt(row.added_at),
                "added_by": names.get(row.added_by or 0),
                # the copy's name in the folder beside the export (formats.py adds the folder)
                "file": f"{number:02d}-{safe_file_name(row.file_name, row.mime)}",
            }
        )
    return out
