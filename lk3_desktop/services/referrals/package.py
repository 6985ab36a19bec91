""" "Simpan paket": the issued letter and the attachments chosen to go with it, as one PDF.

The letter comes first, exactly as it is printed (``issued_letter``); then each attachment in
the order of the Lampiran list: a PDF's own pages, a picture on an A4 page under a caption.
The PDF's outline names each part. An attachment marked "jangan diungkap" since it was
chosen is left out, and the result says how many. The signer's act, like printing the letter;
audited as ``referral.package_saved``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from lk3_desktop.core.attachments import MIME_PDF
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.backup import known_file_errors
from lk3_desktop.documents.attachment_pages import image_page_pdf
from lk3_desktop.services.attachments._content import read_content
from lk3_desktop.services.attachments._enclosure_rows import enclosed, withheld_attachments
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals.access import _require_signer
from lk3_desktop.services.referrals.issued_letter import _issued, _letter_now


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    pages: int
    enclosed: int  # attachments in the package
    left_out: int  # chosen, but marked "jangan diungkap" since


def _merge(letter: bytes, parts: list[tuple[str, str, bytes]]) -> tuple[bytes, int]:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter)), outline_item="Surat rujukan")
    for number, (label, mime, data) in enumerate(parts, start=1):
        caption = f"Lampiran {number}: {label}"
        pdf = data if mime == MIME_PDF else image_page_pdf(data, caption)
        writer.append(PdfReader(io.BytesIO(pdf)), outline_item=caption)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)


def save_package(session: UserSession, referral_id: int, path: Path) -> PackageInfo:
    """Write the issued letter with its enclosed attachments to ``path`` as one PDF."""
    with session.store.transaction() as s:
        _require_signer(s, session)
        ref, case, letter = _issued(s, referral_id)
        if letter.cancelled:
            raise ValidationError("referral.letter_cancelled")
        pdf, _newly = _letter_now(s, ref, case, letter)
        withheld = withheld_attachments(s, case.client_id)
        parts: list[tuple[str, str, bytes]] = []
        left_out = 0
        for enclosure, attachment in enclosed(s, ref.id):
            if attachment.id in withheld:
                left_out += 1
                continue
            parts.append((enclosure.description, attachment.mime, read_content(s, attachment)))
        data, pages = _merge(pdf, parts)
        session.audit(
            s,
            "referral.package_saved",
            "referral_letter",
            letter.id,
            {"enclosed": len(parts), "left_out": left_out, "pages": pages},
        )
        with known_file_errors(target_errors=True):
            write_atomic(path, data)
    return PackageInfo(path, pages, len(parts), left_out)
