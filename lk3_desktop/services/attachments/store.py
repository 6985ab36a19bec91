"""Attach, list, open, save a copy of, print and remove documents; every one of these audited.

Content never leaves the database except in memory (opened for the viewer or a print) or in a
copy the person explicitly saves. Thumbnails are made from the opened bytes in memory by the
interface.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.attachments import KINDS, MIME_PDF
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.text_input import bounded
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.backup import known_file_errors
from lk3_desktop.db.models import (
    Attachment,
    AttachmentChunk,
    Case,
    ReferralEnclosure,
    ReferralLetter,
)
from lk3_desktop.db.storage import refuse_hidden
from lk3_desktop.documents.attachment_pages import image_page_pdf
from lk3_desktop.services.attachments import _content
from lk3_desktop.services.attachments._enclosure_rows import withheld_attachments
from lk3_desktop.services.attachments.access import (
    may_remove,
    may_see,
    owner_of,
    require_add,
    require_see,
)
from lk3_desktop.services.attachments.intake import prepare
from lk3_desktop.services.context import UserSession


@dataclass(frozen=True)
class NewAttachment:
    """What the person chose: the file's bytes and name, what it is, what it belongs to."""

    client_id: int
    data: bytes
    file_name: str
    kind: str
    record_type: str = "client"
    record_id: int | None = None
    document_date: datetime.date | None = None
    note: str = ""
    downscale: bool = False


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    client_id: int
    record_type: str
    record_id: int | None
    case_id: int | None
    clinical: bool
    kind: str
    document_date: datetime.date | None
    note: str
    file_name: str
    mime: str
    size: int
    sha256: str
    original_size: int
    original_sha256: str
    pages: int | None
    width: int | None
    height: int | None
    added_at: datetime.datetime
    added_by: int | None
    withheld: bool = False
    removable: bool = False

    @property
    def downscaled(self) -> bool:
        return self.sha256 != self.original_sha256


@dataclass(frozen=True)
class OpenedAttachment:
    info: AttachmentInfo
    data: bytes


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def info_of(row: Attachment, withheld: bool = False, removable: bool = False) -> AttachmentInfo:
    return AttachmentInfo(
        row.id, row.client_id, row.record_type, row.record_id, row.case_id, row.clinical,
        row.kind, row.document_date, row.note, row.file_name, row.mime, row.size, row.sha256,
        row.original_size, row.original_sha256, row.pages, row.width, row.height,
        row.added_at, row.added_by, withheld, removable,
    )  # fmt: skip


def add_attachment(session: UserSession, new: NewAttachment) -> AttachmentInfo:
    """Attach a file (PDF, JPEG or PNG by its content, at most 25 MB) to a client or one of
    their records, sealed in the database; audited as ``attachment.added``."""
    if new.kind not in KINDS:
        raise ValidationError("attachment.kind_required", "kind")
    note = bounded(new.note, limits.DESCRIPTION, "note")
    name = bounded(new.file_name, limits.STREET, "file_name") or "lampiran"
    if new.document_date is not None and new.document_date > datetime.date.today():
        raise ValidationError("attachment.date_in_future", "document_date")
    prepared = prepare(new.data, downscale=new.downscale)  # outside the write transaction
    with session.store.transaction() as s:
        owner = owner_of(s, new.record_type, new.record_id, new.client_id)
        require_add(session, owner)
        row = Attachment(
            client_id=owner.client_id,
            record_type=owner.record_type,
            record_id=owner.record_id,
            case_id=owner.case_id,
            clinical=owner.clinical,
            kind=new.kind,
            document_date=new.document_date,
            note=note,
            file_name=name,
            mime=prepared.mime,
            size=len(prepared.data),
            sha256=prepared.sha256,
            original_size=prepared.original_size,
            original_sha256=prepared.original_sha256,
            pages=prepared.pages,
            width=prepared.width,
            height=prepared.height,
            chunks=0,
            added_at=_now(),
            added_by=session.actor.user_id,
        )
        s.add(row)
        s.flush()
        row.chunks = _content.write_chunks(s, row, prepared.data)
        session.audit(
            s,
            "attachment.added",
            "attachment",
            row.id,
            {
                "client": owner.client_id,
                "record_type": owner.record_type,
                "record_id": owner.record_id,
                "kind": new.kind,
                "mime": prepared.mime,
                "size": len(prepared.data),
                "downscaled": prepared.downscaled,
            },
        )
        return info_of(row, removable=True)


def list_attachments(
    session: UserSession,
    client_id: int,
    record_type: str | None = None,
    record_id: int | None = None,
) -> list[AttachmentInfo]:
    """The client's attachments the actor may see (of one record, when given), newest first.
    Listing shows kinds, dates and names only; opening one is the audited view."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        query = select(Attachment).where(Attachment.client_id == client_id)
        if record_type is not None:
            query = query.where(Attachment.record_type == record_type)
            if record_id is not None:
                query = query.where(Attachment.record_id == record_id)
        rows = list(
            s.execute(query.order_by(Attachment.added_at.desc(), Attachment.id.desc())).scalars()
        )
        counselors = _counselors(s, {r.case_id for r in rows if r.case_id is not None})
        withheld = withheld_attachments(s, client_id)
        return [
            info_of(row, row.id in withheld, may_remove(session, row.added_by))
            for row in rows
            if may_see(session, row.clinical, counselors.get(row.case_id or 0))
        ]


def _counselors(s: Session, case_ids: set[int]) -> dict[int, int | None]:
    if not case_ids:
        return {}
    return dict(
        (case_id, counselor)
        for case_id, counselor in s.execute(
            select(Case.id, Case.counselor_id).where(Case.id.in_(case_ids))
        )
    )


def _load(s: Session, session: UserSession, attachment_id: int) -> Attachment:
    row = s.get(Attachment, attachment_id)
    if row is None:
        refuse_hidden(s, "attachments", attachment_id)
        raise ValidationError("attachment.not_found")
    case = s.get(Case, row.case_id) if row.case_id is not None else None
    require_see(session, row.clinical, case.counselor_id if case is not None else None)
    return row


def open_attachment(session: UserSession, attachment_id: int) -> OpenedAttachment:
    """The attachment's bytes for the viewer (held in memory only); audited as
    ``attachment.viewed``. AttachmentDamaged when its content no longer matches its hash."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        row = _load(s, session, attachment_id)
        data = _content.read_content(s, row)
        session.audit(s, "attachment.viewed", "attachment", row.id, {"client": row.client_id})
        withheld = row.id in withheld_attachments(s, row.client_id)
        return OpenedAttachment(info_of(row, withheld, may_remove(session, row.added_by)), data)


MAX_PREVIEW_BYTES = 8 * 1024 * 1024  # larger files get an icon, not a thumbnail


def previews(session: UserSession, attachment_ids: list[int]) -> dict[int, bytes]:
    """The content of the listed attachments the actor may see (up to MAX_PREVIEW_BYTES
    each), for thumbnails the interface makes in memory and never stores; audited once as
    ``attachment.previewed`` with the ids."""
    session.require(Permission.VIEW_REGISTRY)
    out: dict[int, bytes] = {}
    with session.store.transaction() as s:
        rows = s.execute(
            select(Attachment).where(
                Attachment.id.in_(attachment_ids), Attachment.size <= MAX_PREVIEW_BYTES
            )
        ).scalars()
        for row in rows:
            case = s.get(Case, row.case_id) if row.case_id is not None else None
            if may_see(session, row.clinical, case.counselor_id if case else None):
                out[row.id] = _content.read_content(s, row)
        if out:
            session.audit(s, "attachment.previewed", "attachment", None, {"ids": sorted(out)})
    return out


def save_copy(session: UserSession, attachment_id: int, path: Path) -> Path:
    """Write an unencrypted copy where the person chose ("Simpan salinan"); audited as
    ``attachment.copy_saved`` in the same transaction, so no entry claims a copy that failed."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        row = _load(s, session, attachment_id)
        data = _content.read_content(s, row)
        session.audit(s, "attachment.copy_saved", "attachment", row.id, {"client": row.client_id})
        with known_file_errors(target_errors=True):
            write_atomic(path, data)
    return path


def printable(session: UserSession, attachment_id: int) -> bytes:
    """The attachment as a PDF to send to the printer (a picture on an A4 page), audited as
    ``attachment.printed``, like a letter's print: the interface prints these bytes."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        row = _load(s, session, attachment_id)
        data = _content.read_content(s, row)
        session.audit(s, "attachment.printed", "attachment", row.id, {"client": row.client_id})
        return data if row.mime == MIME_PDF else image_page_pdf(data, "")


def remove_attachment(session: UserSession, attachment_id: int) -> None:
    """Take a mistaken attachment away (who added it, or the head): its sealed content is
    deleted (secure_delete zeroes the pages); audited as ``attachment.removed``."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction() as s:
        row = _load(s, session, attachment_id)
        if not may_remove(session, row.added_by):
            raise PermissionDenied("attachment_remove")
        issued = s.execute(
            select(ReferralLetter.id)
            .join(ReferralEnclosure, ReferralEnclosure.referral_id == ReferralLetter.referral_id)
            .where(ReferralEnclosure.attachment_id == row.id, ReferralLetter.cancelled.is_(False))
        ).first()
        if issued is not None:
            raise ValidationError("attachment.enclosed_in_issued_letter")
        detail = {"client": row.client_id, "kind": row.kind, "sha256": row.sha256}
        s.execute(delete(ReferralEnclosure).where(ReferralEnclosure.attachment_id == row.id))
        s.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id == row.id))
        s.delete(row)
        session.audit(s, "attachment.removed", "attachment", attachment_id, detail)
