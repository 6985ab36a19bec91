"""A file as it is taken in: its type read from its bytes, its size bounded, a PDF opened to
count its pages (and refused when it is locked with a password or damaged), an image decoded,
and, when asked, a large photo made smaller (its orientation applied, its metadata such as a
phone's GPS position left behind) with the original's SHA-256 kept."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from lk3_desktop.core.attachments import (
    DOWNSCALE_EDGE,
    MAX_BYTES,
    MIME_JPEG,
    MIME_PDF,
    MIME_PNG,
    content_type,
)
from lk3_desktop.core.errors import ValidationError


@dataclass(frozen=True)
class Prepared:
    data: bytes  # what is stored
    mime: str
    sha256: str
    original_size: int
    original_sha256: str
    pages: int | None = None
    width: int | None = None
    height: int | None = None

    @property
    def downscaled(self) -> bool:
        return self.sha256 != self.original_sha256


def _pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValidationError("attachment.pdf_locked", "file")
        return len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ValidationError("attachment.pdf_damaged", "file") from exc


def _image(data: bytes, mime: str, downscale: bool) -> tuple[bytes, int, int]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ValidationError("attachment.image_damaged", "file") from exc
    if not downscale or max(image.size) <= DOWNSCALE_EDGE:
        return data, image.width, image.height
    upright = ImageOps.exif_transpose(image) or image
    upright.thumbnail((DOWNSCALE_EDGE, DOWNSCALE_EDGE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if mime == MIME_JPEG:
        upright.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    else:
        upright.save(out, "PNG", optimize=True)
    return out.getvalue(), upright.width, upright.height


def prepare(data: bytes, *, downscale: bool = False) -> Prepared:
    """The file checked (ValidationError with one sentence otherwise) and, for an image and
    ``downscale``, made at most DOWNSCALE_EDGE pixels long."""
    if not data:
        raise ValidationError("attachment.empty", "file")
    if len(data) > MAX_BYTES:
        raise ValidationError("attachment.too_large", "file", mib=MAX_BYTES // (1024 * 1024))
    mime = content_type(data)
    if mime is None:
        raise ValidationError("attachment.unknown_type", "file")
    original = hashlib.sha256(data).hexdigest()
    if mime == MIME_PDF:
        return Prepared(data, mime, original, len(data), original, pages=_pdf_pages(data))
    assert mime in (MIME_JPEG, MIME_PNG)
    stored, width, height = _image(data, mime, downscale)
    return Prepared(
        stored,
        mime,
        hashlib.sha256(stored).hexdigest(),
        len(data),
        original,
        width=width,
        height=height,
    )
