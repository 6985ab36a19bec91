"""The psychosocial assessment PDF (asesmen psikososial), for supervision and referrals.

Top to bottom: the kop of the center, the title "ASESMEN PSIKOSOSIAL" with the kind of
assessment, who and when (client, registration number, date, assessor, status), the sentence
naming what "jangan diungkap" marks (UU PDP art. 33) kept out when any did, each narrative
section under its heading, the needs by domain as a table, the counselor's conclusion, the
overall risk level with its risk flag, the safety plan (who, what, when) when there is one,
the signature block (or the draft notice) and the addenda with author and time.

"RAHASIA" stands on every page and every footer says "Halaman x dari y". Text is
set in embedded TrueType fonts only; the output is reproducible (invariant mode). This module
imports no Qt and no database code: the service hands it plain data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.documents.assessment_report import AddendumLine, format_datetime_id
from lk3_desktop.documents.clinical_parts import CM as _CM
from lk3_desktop.documents.clinical_parts import LOGO_BOX as _LOGO_BOX
from lk3_desktop.documents.clinical_parts import RISK as _RISK
from lk3_desktop.documents.clinical_parts import RISK_PANEL as _RISK_PANEL
from lk3_desktop.documents.clinical_parts import addenda as _addenda_lines
from lk3_desktop.documents.clinical_parts import build_record, keep_together, record_heading
from lk3_desktop.documents.clinical_parts import grid_table as _grid_table
from lk3_desktop.documents.clinical_parts import section as _section
from lk3_desktop.documents.clinical_parts import styles as _styles
from lk3_desktop.documents.clinical_parts import text_markup as _text
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.tables import plain_table_style

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

__all__ = [
    "PDF_TITLE",
    "AddendumLine",
    "FlagLine",
    "NarrativeSection",
    "NeedLine",
    "PlanLine",
    "PsychosocialReportData",
    "render_psychosocial_report",
]

PDF_TITLE: Final = "Asesmen Psikososial"


@dataclass(frozen=True, slots=True)
class NarrativeSection:
    """One written section: its Indonesian heading and the text as typed ("": not filled)."""

    heading: str
    text: str


@dataclass(frozen=True, slots=True)
class NeedLine:
    domain: str
    text: str


@dataclass(frozen=True, slots=True)
class PlanLine:
    """A safety plan row: who does what, and when."""

    who: str
    action: str
    timing: str


@dataclass(frozen=True, slots=True)
class FlagLine:
    """The risk flag a high risk level raised: its state and the action taken."""

    label: str
    status: str
    action_taken: str = ""


@dataclass(frozen=True, slots=True)
class PsychosocialReportData:
    """Everything the PDF prints; built by services/assessments/report.py."""

    center: KopCenter
    client_name: str
    registration_number: str
    kind_label: str  # "Asesmen awal", "Asesmen mendalam", ...
    assessed_on: datetime.date
    assessor_name: str
    identity: tuple[tuple[str, str], ...]  # further identity rows, withheld groups left out
    sections: tuple[NarrativeSection, ...]
    needs: tuple[NeedLine, ...]
    conclusion: str
    risk_level_label: str  # "": not chosen yet
    high_risk: bool
    flags: tuple[FlagLine, ...]
    safety_plan: tuple[PlanLine, ...]
    signed_by: str
    signed_at: datetime.datetime | None
    addenda: tuple[AddendumLine, ...] = ()
    # The UU PDP art. 33 sentence naming what "jangan diungkap" marks kept out ("": none).
    omission_note: str = ""


def _heading_block(data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames) -> list[Any]:
    if data.signed_at is not None:
        status = f"Ditandatangani oleh {escape(data.signed_by or '-')}"
    else:
        status = "Draf (belum ditandatangani)"
    rows = [
        ("Nama klien", escape(data.client_name or "-")),
        ("Nomor registrasi", escape(data.registration_number or "-")),
        *((label, escape(value)) for label, value in data.identity),
        ("Jenis asesmen", escape(data.kind_label)),
        ("Tanggal asesmen", format_date_id(data.assessed_on)),
        ("Asesor", escape(data.assessor_name or "-")),
        ("Status", status),
    ]
    return record_heading(
        "ASESMEN PSIKOSOSIAL",
        rows,
        st,
        fonts,
        subtitle=escape(data.kind_label),
        omission_note=data.omission_note,
    )


def _needs(
    data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.platypus import Paragraph

    heading = Paragraph("Kebutuhan menurut ranah", st["heading"])
    if not data.needs:
        return [heading, Paragraph("Tidak ada kebutuhan yang dicatat.", st["empty"])]
    rows = [
        [Paragraph(escape(n.domain), st["cell_bold"]), Paragraph(_text(n.text), st["cell"])]
        for n in data.needs
    ]
    domain_width = 4.2 * _CM
    return [
        heading,
        _grid_table(["Ranah", "Kebutuhan"], rows, [domain_width, width - domain_width], st, fonts),
    ]


def _risk(
    data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    heading = Paragraph("Tingkat risiko", st["heading"])
    if not data.risk_level_label:
        return [KeepTogether([heading, Paragraph("Belum ditentukan.", st["empty"])])]
    lines: list[Any] = [
        [Paragraph(escape(data.risk_level_label), st["risk" if data.high_risk else "risk_value"])]
    ]
    for flag in data.flags:
        text = f"{escape(flag.label)} \u2014 {escape(flag.status)}"
        if flag.action_taken.strip():
            text += f"<br/>Tindakan: {_text(flag.action_taken)}"
        lines.append([Paragraph(text, st["cell"])])
    table = Table(lines, colWidths=[width], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("LEFTPADDING", (0, 0), (-1, -1), 10 if data.high_risk else 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if data.high_risk:  # red is for risk only
        commands += [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(_RISK_PANEL)),
            ("LINEBEFORE", (0, 0), (0, -1), 3, HexColor(_RISK)),
        ]
    table.setStyle(TableStyle(commands))
    return [KeepTogether([heading, table])]


def _safety_plan(
    data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    if not data.safety_plan:
        return []
    rows = [
        [
            Paragraph(f"{number}.", st["cell"]),
            Paragraph(_text(line.who), st["cell"]),
            Paragraph(_text(line.action), st["cell"]),
            Paragraph(_text(line.timing), st["cell"]),
        ]
        for number, line in enumerate(data.safety_plan, start=1)
    ]
    number_w, who_w, when_w = 1.0 * _CM, 3.8 * _CM, 3.6 * _CM
    table = _grid_table(
        ["No.", "Siapa", "Apa yang dilakukan", "Kapan"],
        rows,
        [number_w, who_w, width - number_w - who_w - when_w, when_w],
        st,
        fonts,
    )
    heading = Paragraph("Rencana keselamatan", st["heading"])
    return [KeepTogether([heading, table])] if len(rows) <= 6 else [heading, table]


def _signature(data: PsychosocialReportData, st: dict[str, Any], fonts: FontNames) -> Flowable:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    if data.signed_at is not None:
        name = data.signed_by or data.assessor_name
        status = (
            "Ditandatangani secara elektronik di LK3 Desktop pada "
            f"{format_datetime_id(data.signed_at)}."
        )
    else:
        name = data.assessor_name
        status = "<b>DRAF</b> \u2014 belum ditandatangani; isi masih dapat berubah."
    block = Table(
        [
            [Paragraph("Konselor / asesor,", st["body"])],
            [Spacer(1, 30)],
            [Paragraph(f"<b><u>{escape(name or '-')}</u></b>", st["body"])],
            [Paragraph(status, st["small"])],
        ],
        colWidths=[7.6 * _CM],
        hAlign="RIGHT",
    )
    block.setStyle(plain_table_style(fonts, top=1, bottom=1))
    return KeepTogether([Spacer(1, 16), block])


def _story(data: PsychosocialReportData, fonts: FontNames, width: float) -> list[Any]:

    st = _styles(fonts)
    story: list[Any] = [
        *kop(data.center, fonts, width, logo_box=_LOGO_BOX),
        *_heading_block(data, st, fonts),
    ]
    for section in data.sections:
        story += _section(section.heading, section.text, st)
    story += _needs(data, st, fonts, width)
    story += _section("Kesimpulan konselor", data.conclusion, st)
    story += _risk(data, st, fonts, width)
    story += _safety_plan(data, st, fonts, width)
    # The signature never stands alone on the last page: it goes over with the block above it.
    story.append(keep_together(story.pop(), _signature(data, st, fonts)))
    story += _addenda_lines(data.addenda, st)
    return story


def _build(data: PsychosocialReportData, fonts: FontNames) -> bytes:
    draft = "" if data.signed_at is not None else " \u00b7 DRAF"
    return build_record(
        fonts,
        title=f"{PDF_TITLE} {data.registration_number}",
        subject="Asesmen psikososial",
        footer=(
            f"Asesmen psikososial \u00b7 {data.registration_number} \u00b7 "
            f"{format_date_id(data.assessed_on)}{draft}"
        ),
        story=lambda width: _story(data, fonts, width),
    )


def render_psychosocial_report(data: PsychosocialReportData) -> bytes:
    """The assessment as A4 PDF bytes (every footer knows the page count)."""
    fonts = register_fonts()
    return _build(data, fonts)
