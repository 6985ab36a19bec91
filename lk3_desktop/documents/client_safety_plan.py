"""The client's safety plan (rencana keselamatan) as a PDF the client takes home.

Top to bottom: the kop of the center, the title "RENCANA KESELAMATAN", whose plan it is (client,
registration number, date, counselor), a box with the numbers to call at once in danger, a
short lead-in ("when the warning signs come, take the steps one by one"), the seven steps
numbered (lists as bullets; people, places and services with their numbers in a table), the
signatures of the client and the counselor, and the addenda with author and time.

"RAHASIA" stands on every page and every footer says "Halaman x dari y". This module imports
no Qt and no database code: the service hands it plain data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Final
from xml.sax.saxutils import escape

from lk3_desktop.core.client_safety_plan import (
    CONTACT_STEPS,
    STEP_TITLES_ID,
    STEPS,
    Contact,
    SafetyPlanInput,
)
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.documents.assessment_report import AddendumLine, format_datetime_id
from lk3_desktop.documents.clinical_parts import (
    CM,
    LOGO_BOX,
    RISK,
    RISK_PANEL,
    addenda,
    build_record,
    grid_table,
    keep_together,
    record_heading,
    styles,
    text_markup,
)
from lk3_desktop.documents.fonts import FontNames, register_fonts
from lk3_desktop.documents.kop import KopCenter, kop
from lk3_desktop.documents.tables import plain_table_style

__all__ = ["PDF_TITLE", "AddendumLine", "SafetyPlanDocument", "render_safety_plan"]

PDF_TITLE: Final = "Rencana Keselamatan"
EMERGENCY: Final = "112"  # the national emergency number, always in the box


@dataclass(frozen=True, slots=True)
class SafetyPlanDocument:
    """Everything the PDF prints; built by services/assessments/safety_plans.py."""

    center: KopCenter
    client_name: str
    registration_number: str
    plan: SafetyPlanInput
    counselor: str
    signed_by: str
    signed_at: datetime.datetime
    addenda: tuple[AddendumLine, ...] = ()


def _heading(data: SafetyPlanDocument, st: dict[str, Any], fonts: FontNames) -> list[Any]:
    rows = [
        ("Nama", escape(data.client_name or "-")),
        ("Nomor registrasi", escape(data.registration_number or "-")),
        ("Dibuat pada", escape(format_date_id(data.plan.made_on))),
        ("Bersama konselor", escape(data.counselor or "-")),
    ]
    return record_heading(
        "RENCANA KESELAMATAN",
        rows,
        st,
        fonts,
        subtitle="Disusun bersama konselor; simpan di tempat yang mudah Anda jangkau",
    )


def _emergency_box(
    data: SafetyPlanDocument, st: dict[str, Any], fonts: FontNames, width: float
) -> Any:
    """The numbers to call at once, in a red-edged box: 112, and the plan's own services
    (SAPA 129, the LK3) as the counselor kept them."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    services = [
        c for c in data.plan.professionals if c.phone.strip() and c.phone.strip() != EMERGENCY
    ][:4]
    lines = [
        "<b>Bila Anda dalam bahaya atau tidak dapat menjaga diri tetap aman, segera hubungi "
        f"{EMERGENCY}</b> (layanan darurat) atau datang ke IGD rumah sakit terdekat."
    ]
    if services:
        numbers = "; ".join(f"{escape(_short(c.name))}: <b>{escape(c.phone)}</b>" for c in services)
        lines.append(f"Nomor lain yang dapat dihubungi: {numbers}.")
    box = Table([[Paragraph("<br/>".join(lines), st["body"])]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor(RISK_PANEL)),
                ("BOX", (0, 0), (-1, -1), 1.2, HexColor(RISK)),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _short(name: str) -> str:
    """A service's name without its explanation: "SAPA 129 (Sahabat ...): ..." -> "SAPA 129"."""
    for mark in (" (", ":"):
        if mark in name:
            name = name.split(mark, 1)[0]
    return name.strip()


def _lines(items: tuple[str, ...], st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import ListFlowable, ListItem, Paragraph

    if not items:
        return [Paragraph("Tidak diisi.", st["empty"])]
    return [
        ListFlowable(
            [ListItem(Paragraph(text_markup(line), st["body"]), leftIndent=12) for line in items],
            bulletType="bullet",
            start="\u2022",
            leftIndent=12,
            bulletFontSize=9,
        )
    ]


def _contacts(
    step: str, items: tuple[Contact, ...], st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.platypus import Paragraph

    if not items:
        return [Paragraph("Tidak diisi.", st["empty"])]
    first = "Orang atau tempat" if step == "distractions" else "Nama"
    phone_width = 5.2 * CM
    rows = [
        [
            Paragraph(text_markup(c.name), st["cell"]),
            Paragraph(escape(c.phone) or "-", st["cell_bold"]),
        ]
        for c in items
    ]
    return [
        grid_table([first, "Nomor telepon"], rows, [width - phone_width, phone_width], st, fonts)
    ]


def _steps(
    data: SafetyPlanDocument, st: dict[str, Any], fonts: FontNames, width: float
) -> list[Any]:
    from reportlab.platypus import Paragraph

    story: list[Any] = []
    plan = data.plan
    for number, step in enumerate(STEPS, start=1):
        title = Paragraph(f"Langkah {number}. {escape(STEP_TITLES_ID[step])}", st["heading"])
        if step in CONTACT_STEPS:
            body = _contacts(step, getattr(plan, step), st, fonts, width)
        elif step == "reasons":
            text = plan.reasons.strip()
            body = [
                Paragraph(text_markup(text), st["prose"])
                if text
                else Paragraph("Tidak diisi.", st["empty"])
            ]
        else:
            body = _lines(getattr(plan, step), st)
        # a step's title never stays alone at the bottom of a page
        story.append(keep_together(title, body[0]))
        story.extend(body[1:])
    return story


def _signatures(
    data: SafetyPlanDocument, st: dict[str, Any], fonts: FontNames, width: float
) -> Any:
    from reportlab.platypus import Paragraph, Spacer, Table

    when = format_datetime_id(data.signed_at)
    half = width / 2
    table = Table(
        [
            [Paragraph("Klien,", st["body"]), Paragraph("Konselor,", st["body"])],
            [Spacer(1, 34), Spacer(1, 34)],
            [
                Paragraph(f"<b><u>{escape(data.client_name or '-')}</u></b>", st["body"]),
                Paragraph(
                    f"<b><u>{escape(data.signed_by or data.counselor or '-')}</u></b>", st["body"]
                ),
            ],
            [
                Paragraph("", st["small"]),
                Paragraph(
                    f"Ditandatangani secara elektronik di LK3 Desktop pada {when}.", st["small"]
                ),
            ],
        ],
        colWidths=[half, half],
        hAlign="LEFT",
    )
    table.setStyle(plain_table_style(fonts, top=1, bottom=1))
    return keep_together(Spacer(1, 14), table)


def _story(data: SafetyPlanDocument, fonts: FontNames, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    st = styles(fonts)
    story: list[Any] = [
        *kop(data.center, fonts, width, logo_box=LOGO_BOX),
        *_heading(data, st, fonts),
        Spacer(1, 8),
        _emergency_box(data, st, fonts, width),
        Spacer(1, 6),
        Paragraph(
            "Saat tanda bahaya muncul, lakukan langkah di bawah ini satu per satu. Bila satu "
            "langkah belum membuat Anda aman, lanjutkan ke langkah berikutnya.",
            st["prose"],
        ),
        *_steps(data, st, fonts, width),
    ]
    # The signatures never stand alone on the last page: they go over with the step above.
    story.append(keep_together(story.pop(), _signatures(data, st, fonts, width)))
    story += addenda(data.addenda, st)
    return story


def _build(data: SafetyPlanDocument, fonts: FontNames) -> bytes:
    made_on = format_date_id(data.plan.made_on)
    return build_record(
        fonts,
        title=f"{PDF_TITLE} {data.registration_number} {made_on}",
        subject="Rencana keselamatan klien",
        footer=f"Rencana keselamatan \u00b7 {data.registration_number} \u00b7 {made_on}",
        story=lambda width: _story(data, fonts, width),
    )


def render_safety_plan(data: SafetyPlanDocument) -> bytes:
    """The signed plan as A4 PDF bytes (every footer knows the page count)."""
    fonts = register_fonts()
    return _build(data, fonts)
