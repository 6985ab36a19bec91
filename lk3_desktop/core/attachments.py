"""Attached documents: what kinds there are, what files are taken, and how they are named.

An office attaches the paper it holds about a family: KTP and KK copies, a birth certificate,
a visum et repertum, a court decision, a partner's written reply, a consent signed on paper,
photos. A file is taken for what its bytes are (PDF, JPEG or PNG), never for its name, and up
to :data:`MAX_BYTES`.
"""

from __future__ import annotations

import datetime
from typing import Final

from lk3_desktop.core.dates_id import format_date_id

MAX_BYTES: Final = 25 * 1024 * 1024
# Photos from a phone (4000 px and more) are made this long on their longest side when the
# person asks for it; the original's SHA-256 is kept with the smaller copy.
DOWNSCALE_EDGE: Final = 2000
CHUNK_BYTES: Final = 256 * 1024  # stored (and sealed) in pieces of this size

KINDS: Final[dict[str, str]] = {
    "ktp": "Fotokopi KTP",
    "kk": "Fotokopi Kartu Keluarga",
    "akta": "Fotokopi akta kelahiran",
    "visum": "Visum et repertum",
    "putusan": "Salinan putusan pengadilan",
    "surat_balasan": "Surat balasan lembaga mitra",
    "persetujuan": "Persetujuan bertanda tangan",
    "foto": "Foto",
    "lainnya": "Dokumen lain",
}

# What an attachment belongs to. A client's own documents (and a consent) are personal data
# under the database key; the records of a case are clinical content: only the head and the
# counselor of the case see them.
CLIENT_RECORDS: Final = frozenset({"client", "consent"})
CLINICAL_RECORDS: Final = frozenset(
    {"case", "session", "psychosocial", "administration", "referral"}
)
RECORD_TYPES: Final = CLIENT_RECORDS | CLINICAL_RECORDS

MIME_PDF: Final = "application/pdf"
MIME_JPEG: Final = "image/jpeg"
MIME_PNG: Final = "image/png"
_SIGNATURES: Final = (
    (b"%PDF-", MIME_PDF),
    (b"\xff\xd8\xff", MIME_JPEG),
    (b"\x89PNG\r\n\x1a\n", MIME_PNG),
)
SUFFIXES: Final[dict[str, str]] = {MIME_PDF: ".pdf", MIME_JPEG: ".jpg", MIME_PNG: ".png"}


def content_type(data: bytes) -> str | None:
    """The MIME type of a PDF, JPEG or PNG read from its first bytes; None for anything else.

    A PDF may start after a few bytes of junk (scanners write them); the PDF standard allows
    its header within the first 1024 bytes."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if b"%PDF-" in data[:1024]:
        return MIME_PDF
    return None


def is_clinical(record_type: str) -> bool:
    return record_type in CLINICAL_RECORDS


def enclosure_label(kind: str, document_date: datetime.date | None, note: str = "") -> str:
    """How a letter's Lampiran list names an attached document: "Visum et repertum tanggal
    3 Maret 2026". The note is the office's own and stays out of letters."""
    label = KINDS.get(kind, KINDS["lainnya"])
    if document_date is not None:
        label += f" tanggal {format_date_id(document_date)}"
    return label


def safe_file_name(name: str, mime: str) -> str:
    """A file name for a copy the person saves: the original's name without folders or
    characters file systems refuse, with the suffix its content has."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    clean = "".join(c if c.isalnum() or c in " -_()" else "_" for c in stem).strip(" ._")
    return (clean or "lampiran")[:120] + SUFFIXES.get(mime, "")
