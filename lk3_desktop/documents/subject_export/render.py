"""The export PDF as a whole: the opening paragraph and the parts in order, the page decoration
(RAHASIA stamp, footer with the page count) and the two-pass rendering.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.documents.a4 import a4_document, build_numbered, page_number
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.page_marks import draw_confidential_stamp
from lk3_desktop.documents.styles import OFFICIAL_MUTED as _MUTED
from lk3_desktop.documents.subject_export import parts_clinical, parts_person, parts_records
from lk3_desktop.documents.subject_export.blocks import _CM, _FRAME_PADDING, _MARGIN, Blocks
from lk3_desktop.documents.subject_export.labels import _ROLE_LABELS, _label

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_FOOTER_Y = _MARGIN - 1.0 * _CM


def write_document(b: Blocks) -> list[Any]:
    """The whole export, part after part, into ``b.story``."""
    from reportlab.platypus import Spacer

    d = b.doc
    client = d["client"]
    b.para("Data Pribadi yang Kami Simpan", b.title)
    b.para(escape(d["center"]["name"]), b.subtitle)
    b.story.append(Spacer(1, 8))
    generated = datetime.datetime.fromisoformat(d["generated_at"])
    maker = d["generated_by"]
    by = ""
    if maker["name"]:
        role = _label(_ROLE_LABELS, maker["role"])
        by = f" oleh {escape(maker['name'])}" + (f" ({escape(role)})" if role else "")
    b.para(
        f"Dokumen ini memuat seluruh data pribadi atas nama <b>{escape(client['full_name'])}"
        f"</b> yang disimpan oleh {escape(d['center']['name'])}, disusun pada "
        f"{format_date_id(generated.date())}{by} atas permintaan subjek data sesuai "
        "Undang-Undang "
        "Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Data orang lain (misalnya "
        "anggota keluarga atau peserta sesi lain) tidak dimuat; nama dan nomor mereka dalam "
        "catatan ditulis sebagai [orang lain]."
    )
    if d["withheld"]:
        b.notice(d["withheld_statement"])
    parts_person.identity(b)
    parts_person.consents(b)
    parts_person.cases(b)
    parts_clinical.assessments(b)
    parts_clinical.sessions(b)
    parts_records.referrals(b)
    parts_records.appointments(b)
    parts_records.attached_documents(b)
    parts_records.history(b)
    return b.story


def _decorate(fonts: FontNames, doc: Mapping[str, Any]) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    page_width, page_height = A4
    generated = datetime.datetime.fromisoformat(doc["generated_at"]).date()
    footer = f"Data pribadi klien #{doc['client']['id']} \u00b7 disusun {format_date_id(generated)}"

    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_confidential_stamp(
            canvas, fonts, right=page_width - _MARGIN, top=page_height - 0.9 * _CM
        )
        canvas.setFillColor(HexColor(_MUTED))
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(_MARGIN, _FOOTER_Y, footer)
        canvas.restoreState()

    return draw


def _build(doc: Mapping[str, Any], fonts: FontNames) -> bytes:
    from reportlab.lib.pagesizes import A4

    buffer = io.BytesIO()
    pdf = a4_document(
        buffer,
        fonts,
        title="Data Pribadi yang Kami Simpan",
        subject="Ekspor data pribadi subjek data",
        font_size=9.5,
        leading=12.5,
        margin=_MARGIN,
    )
    story = write_document(Blocks(doc, fonts, pdf.width - 2 * _FRAME_PADDING))
    number = page_number(fonts, right=A4[0] - _MARGIN, y=_FOOTER_Y, color=_MUTED)
    build_numbered(pdf, story, _decorate(fonts, doc), number)
    return buffer.getvalue()


def render_subject_export(doc: Mapping[str, Any]) -> bytes:
    """The export document (schema ``lk3-subject-export/1``) as PDF bytes; every footer
    knows the page count."""
    return _build(doc, register_fonts())
