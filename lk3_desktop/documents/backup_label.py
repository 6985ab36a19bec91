"""The backup label: a small framed label on an A4 page, cut out and kept with a backup.

It names the backup (center, date and time, file name, size, the start of the file's SHA-256,
schema version, database id) and carries the audit chain head at the time of the backup. The
printed head anchors the audit log outside the database: whoever holds the key could rebuild
the chain, but not make an earlier printed head appear in it (Pengaturan > Jejak audit
verifies against it). The label holds no personal data; the backup itself stays encrypted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.vocabulary import CHAIN_HEAD_TERM
from lk3_desktop.documents.a4 import CM, a4_document
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.recovery_card import short_database_id
from lk3_desktop.documents.styles import LABEL, build
from lk3_desktop.documents.tables import plain_table_style, storage_sign_off

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

__all__ = [
    "HEAD_CAPTION",
    "PDF_TITLE",
    "BackupLabelData",
    "format_size_id",
    "format_time_id",
    "render_backup_label",
]

PDF_TITLE: Final = "Label Cadangan Data LK3"
HEAD_CAPTION: Final = CHAIN_HEAD_TERM
SHORT_HASH: Final = 16  # hex digits of the file's SHA-256 printed (as many as the chain head)

_INK: Final = "#1F2933"
_RULE: Final = "#9AA5B1"
_PANEL: Final = "#F2F4F7"

# Indonesia's three time zones by their offset from UTC; elsewhere the offset is written out.
_ZONES: Final = {timedelta(hours=7): "WIB", timedelta(hours=8): "WITA", timedelta(hours=9): "WIT"}


@dataclass(frozen=True, slots=True)
class BackupLabelData:
    """What a backup label shows; ``created_at`` is aware and in the local time to print."""

    center_name: str
    created_at: datetime
    file_name: str
    size: int
    sha256: str  # hex, of every byte of the file
    schema_revision: str | None
    database_id: str
    audit_head: str  # short hash (16 hex), "" when the log was empty
    head_title: str = "Kepala"  # or "Ketua", as the office is run


def format_time_id(moment: datetime) -> str:
    """``28 November 2026, pukul 14.05 WIB``: Indonesian time with a period, and the zone
    (WIB/WITA/WIT, otherwise ``UTC+hh.mm``)."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("created_at must carry its time zone")
    zone = _ZONES.get(offset)
    if zone is None:
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        zone = f"UTC{sign}{abs(minutes) // 60:02d}.{abs(minutes) % 60:02d}"
    return f"{format_date_id(moment.date())}, pukul {moment.hour:02d}.{moment.minute:02d} {zone}"


def format_size_id(size: int) -> str:
    """``12,3 MB (12.884.901 bita)``: Indonesian separators, decimal units."""
    exact = f"{size:,}".replace(",", ".")
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            rounded = f"{size / factor:.1f}".replace(".", ",")
            return f"{rounded} {unit} ({exact} bita)"
    return f"{exact} bita"


def _story(data: BackupLabelData, fonts: FontNames, width: float) -> list[Flowable]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    ink, rule = HexColor(_INK), HexColor(_RULE)
    st = build(LABEL, fonts)
    title = st.title
    marking = st.marking
    center = st.center
    label = st.label
    value = st.value
    code = st.code
    head_style = st.head
    note = st.note

    sha_short = data.sha256[:SHORT_HASH].lower()
    rows = [
        ("Tanggal dan waktu cadangan", Paragraph(escape(format_time_id(data.created_at)), value)),
        ("Nama berkas", Paragraph(escape(data.file_name), code)),
        ("Ukuran berkas", Paragraph(escape(format_size_id(data.size)), value)),
        (f"SHA-256 berkas ({SHORT_HASH} digit awal)", Paragraph(escape(sha_short), code)),
        ("Versi skema basis data", Paragraph(escape(data.schema_revision or "-"), value)),
        (
            "ID basis data",
            Paragraph(escape(short_database_id(data.database_id) or "-"), value),
        ),
    ]
    inner = width - 24  # the frame's padding on both sides
    details = Table(
        [[Paragraph(text, label), cell] for text, cell in rows],
        colWidths=[5.4 * CM, inner - 5.4 * CM],
        hAlign="LEFT",
    )
    details.setStyle(plain_table_style(fonts, right=4, top=1.5))

    head_text = data.audit_head.lower() or "(jejak audit masih kosong)"
    head = Table(
        [
            [
                Paragraph(
                    f'<font name="{fonts.bold}" size="11">{HEAD_CAPTION}:</font> '
                    f"{escape(head_text)}",
                    head_style,
                )
            ]
        ],
        colWidths=[inner],
        hAlign="LEFT",
    )
    head.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor(_PANEL)),
                ("BOX", (0, 0), (-1, -1), 0.8, ink),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )

    sign = st.sign
    signature = storage_sign_off(
        sign, fonts, col_widths=[inner / 2, inner / 2], blanks=(24, 22, 18, 27), gap=14
    )

    content: list[Flowable] = [
        Paragraph("RAHASIA \u00b7 BERISI DATA KLIEN TERENKRIPSI", marking),
        Spacer(1, 3),
        Paragraph(PDF_TITLE, title),
        Spacer(1, 2),
        Paragraph(escape(data.center_name.strip() or "-"), center),
        Spacer(1, 9),
        details,
        Spacer(1, 8),
        head,
        Spacer(1, 4),
        Paragraph(
            f"{CHAIN_HEAD_TERM} adalah ringkasan entri terakhir jejak audit pada saat "
            f"cadangan dibuat. Dengan nilai tercetak ini, {escape(data.head_title)} LK3 dapat "
            "memeriksa bahwa jejak audit tidak disusun ulang sejak saat itu (Pengaturan, Jejak "
            "audit).",
            note,
        ),
        Spacer(1, 3),
        Paragraph(
            "Berkas cadangan terenkripsi dan hanya dapat dipulihkan dengan kata sandi "
            f"{escape(data.head_title)} LK3 atau kartu pemulihan. Simpan terpisah dari komputer "
            "kantor dan dari kartu pemulihan.",
            note,
        ),
        signature,
    ]
    # The label is one framed cell, its border dashed: the line to cut along.
    frame = Table([[content]], colWidths=[width], hAlign="LEFT")
    frame.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("BOX", (0, 0), (-1, -1), 0.9, rule, 1, (5, 3)),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    caption = st.caption
    return [
        frame,
        Spacer(1, 5),
        Paragraph(
            "Gunting mengikuti garis putus-putus, lalu tempelkan pada wadah penyimpanan "
            "cadangan (amplop, kotak, atau diska).",
            caption,
        ),
    ]


def render_backup_label(data: BackupLabelData) -> bytes:
    """Render the backup label as a one-page A4 PDF and return its bytes.

    Embedded TrueType fonts, reproducible bytes, Indonesian language tag and no author, like
    every LK3 document. Raises ``ValueError`` when ``created_at`` carries no time zone.
    """
    fonts = register_fonts()
    format_time_id(data.created_at)  # refuse a naive time before anything is drawn
    buffer = io.BytesIO()
    doc = a4_document(buffer, fonts, title=PDF_TITLE, subject="Cadangan data LK3 Desktop")
    width = doc.width - 12  # inside the frame's padding
    doc.build(_story(data, fonts, width))
    return buffer.getvalue()
