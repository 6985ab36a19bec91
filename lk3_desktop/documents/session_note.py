"""One signed session note (catatan sesi konseling) as a PDF, with its addenda.

Top to bottom: the kop of the center, the title "CATATAN SESI KONSELING", who and when (client,
registration number, date and time, modality, service, case stage, counselor, who attended,
the signature and the co-signature), the UU PDP art. 33 sentence when "jangan diungkap" marks
kept something out, the note's sections in its format (DAP, SOAP, narrative), interventions,
homework and plan, the goals reviewed, the next appointment, the signature block with the
note's content seal, and the addenda with author and time.

"RAHASIA" stands on every page and every footer says "Halaman x dari y". This module imports
no Qt and no database code: the service hands it plain data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.documents.assessment_report import AddendumLine, format_datetime_id
from lk3_desktop.documents.clinical_parts import (
    CM,
    LOGO_BOX,
    addenda,
    build_record,
    grid_table,
    keep_together,
    record_heading,
    section,
    styles,
    text_markup,
)
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.tables import plain_table_style

__all__ = ["PDF_TITLE", "GoalLine", "SessionNoteData", "render_session_note"]

PDF_TITLE: Final = "Catatan Sesi Konseling"


@dataclass(frozen=True, slots=True)
class GoalLine:
    """A goal of the case plan as this session reviewed it."""

    goal: str
    status: str
    note: str


@dataclass(frozen=True, slots=True)
class SessionNoteData:
    """Everything the PDF prints; built by services/sessions/note_pdf.py (Indonesian words)."""

    center: KopCenter
    client_name: str
    registration_number: str
    session_date: datetime.date
    time_span: str  # "09.00–10.00" ("": not recorded)
    modality: str
    service: str
    case_stage: str
    counselor: str
    attendees: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]  # (heading, text) in the note's format
    interventions: str
    homework: str
    plan: str
    goals: tuple[GoalLine, ...]
    next_appointment: str  # "" when none
    signed_by: str
    signed_at: datetime.datetime
    cosigned_by: str = ""
    cosigned_at: datetime.datetime | None = None
    content_seal: str = ""  # the first characters of the SHA-256 sealed at signing
    addenda: tuple[AddendumLine, ...] = ()
    omission_note: str = ""  # what "jangan diungkap" marks kept out ("": nothing)


def _heading_block(data: SessionNoteData, st: dict[str, Any], fonts: FontNames) -> list[Any]:
    when = format_date_id(data.session_date)
    if data.time_span:
        when += f", pukul {data.time_span}"
    status = (
        f"Ditandatangani oleh {escape(data.signed_by or '-')} pada "
        f"{format_datetime_id(data.signed_at)}"
    )
    rows = [
        ("Nama klien", escape(data.client_name or "-")),
        ("Nomor registrasi", escape(data.registration_number or "-")),
        ("Tanggal sesi", escape(when)),
        ("Bentuk sesi", escape(data.modality or "-")),
        ("Jenis layanan", escape(data.service or "-")),
        ("Tahap kasus", escape(data.case_stage or "-")),
        ("Konselor", escape(data.counselor or "-")),
        ("Yang hadir", escape(", ".join(data.attendees) or "-")),
        ("Status", status),
    ]
    if data.cosigned_at is not None:
        rows.append(
            (
                "Disupervisi",
                f"{escape(data.cosigned_by or '-')} pada {format_datetime_id(data.cosigned_at)}",
            )
        )
    return record_heading(
        "CATATAN SESI KONSELING", rows, st, fonts, omission_note=data.omission_note
    )


def _goals(data: SessionNoteData, st: dict[str, Any], fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    if not data.goals:
        return []
    rows = [
        [
            Paragraph(text_markup(line.goal), st["cell"]),
            Paragraph(escape(line.status), st["cell_bold"]),
            Paragraph(text_markup(line.note) or "-", st["cell"]),
        ]
        for line in data.goals
    ]
    status_width = 3.4 * CM
    goal_width = (width - status_width) * 0.55
    table = grid_table(
        ["Tujuan", "Status", "Catatan"],
        rows,
        [goal_width, status_width, width - goal_width - status_width],
        st,
        fonts,
    )
    heading = Paragraph("Tinjauan tujuan rencana intervensi", st["heading"])
    return [KeepTogether([heading, table])] if len(rows) <= 6 else [heading, table]


def _signature(data: SessionNoteData, st: dict[str, Any], fonts: FontNames) -> Any:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    when = format_datetime_id(data.signed_at)
    status = f"Ditandatangani secara elektronik di LK3 Desktop pada {when}."
    if data.content_seal:
        status += f" Segel isi: {escape(data.content_seal)}."
    block = Table(
        [
            [Paragraph("Konselor,", st["body"])],
            [Spacer(1, 30)],
            [
                Paragraph(
                    f"<b><u>{escape(data.signed_by or data.counselor or '-')}</u></b>", st["body"]
                )
            ],
            [Paragraph(status, st["small"])],
        ],
        colWidths=[7.6 * CM],
        hAlign="RIGHT",
    )
    block.setStyle(plain_table_style(fonts, top=1, bottom=1))
    return KeepTogether([Spacer(1, 16), block])


def _story(data: SessionNoteData, fonts: FontNames, width: float) -> list[Any]:

    st = styles(fonts)
    story: list[Any] = [
        *kop(data.center, fonts, width, logo_box=LOGO_BOX),
        *_heading_block(data, st, fonts),
    ]
    for heading, text in data.sections:
        story += section(heading, text, st)
    story += section("Intervensi yang dilakukan", data.interventions, st)
    story += section("Tugas dan kesepakatan", data.homework, st)
    story += section("Rencana berikutnya", data.plan, st)
    story += _goals(data, st, fonts, width)
    if data.next_appointment:
        story += section("Janji temu berikutnya", data.next_appointment, st)
    # The signature never stands alone on the last page: it goes over with the block above it.
    story.append(keep_together(story.pop(), _signature(data, st, fonts)))
    story += addenda(data.addenda, st)
    return story


def _build(data: SessionNoteData, fonts: FontNames) -> bytes:
    return build_record(
        fonts,
        title=f"{PDF_TITLE} {data.registration_number} {format_date_id(data.session_date)}",
        subject="Catatan sesi konseling",
        footer=(
            f"Catatan sesi \u00b7 {data.registration_number} \u00b7 "
            f"{format_date_id(data.session_date)}"
        ),
        story=lambda width: _story(data, fonts, width),
    )


def render_session_note(data: SessionNoteData) -> bytes:
    """The signed note as A4 PDF bytes (every footer knows the page count)."""
    fonts = register_fonts()
    return _build(data, fonts)
