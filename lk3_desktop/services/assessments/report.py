"""The PDF of one administration or psychosocial assessment, with withheld parts left out."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Final

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.psychosocial import ASSESSMENT_KINDS, HIGH_RISK, NEED_DOMAINS, RISK_LEVELS
from lk3_desktop.db.models import CenterProfile, Client
from lk3_desktop.services.assessments.access import _administration, _psychosocial, _visible_cases
from lk3_desktop.services.assessments.catalogue import instrument
from lk3_desktop.services.assessments.reading import _admin_info, _psychosocial_info, _user_names
from lk3_desktop.services.assessments.results import FLAG_OPEN, FLAG_RESOLVED, TrendPoint
from lk3_desktop.services.assessments.trends import _trend_points
from lk3_desktop.services.context import UserSession

if TYPE_CHECKING:
    from lk3_desktop.core.instruments import Instrument
    from lk3_desktop.documents.assessment_report import AnswerLine, BandLine, FlagLine, TrendSeries
    from lk3_desktop.documents.kop import KopCenter
    from lk3_desktop.documents.psychosocial_report import PsychosocialReportData
    from lk3_desktop.services._withheld import Withheld
    from lk3_desktop.services.assessments.results import AdministrationInfo, PsychosocialInfo


def administration_report(
    session: UserSession, administration_id: int, trend_png: bytes | None = None
) -> bytes:
    """The assessment PDF (answers, score, band, flags, counselor, trend); audited as printed.

    ``trend_png`` is the chart as the screen drew it; without it the PDF draws the trend
    itself when the instrument was taken more than once.

    The PDF is an export: an administration marked "jangan diungkap" (UU PDP art. 33) is
    refused with a ValidationError; other marked administrations leave the trend, and the
    PDF names what was left out.
    """
    from lk3_desktop.documents import assessment_report as report
    from lk3_desktop.services._withheld import withheld_in

    with session.store.transaction() as s:
        row, case = _administration(s, session, administration_id, write=False)
        withheld = withheld_in(s, row.client_id)
        if withheld.record_withheld("administration", row.id):
            raise ValidationError("withholding.record_withheld")
        names = _user_names(s)
        info = _admin_info(s, row, names, case.registration_number)
        client = s.get(Client, row.client_id)
        profile = s.get(CenterProfile, 1)
        visible = _visible_cases(s, session, row.client_id)
        every_point = _trend_points(s, [c.id for c in visible], row.instrument_code)
        points, left_out = _shown_points(every_point, withheld, row.instrument_code)
        session.audit(
            s,
            "assessment.printed",
            "instrument_administration",
            row.id,
            {"trend_points": len(points), "withheld": len(left_out)},
        )
    if left_out:
        trend_png = None  # the screen's chart shows every point; the PDF draws its own
    definition = instrument(info.instrument_code)
    subscale_names = {sub.code: sub.name_id for sub in definition.subscales}
    trend_series, bands, (low, high) = _trend_parts(definition, points)
    data = report.AssessmentReportData(
        center_name=profile.name if profile else "",
        client_name=client.full_name if client else "",
        registration_number=info.registration_number,
        instrument_name=definition.name_id,
        instrument_code=definition.code,
        instrument_version=info.instrument_version,
        period=definition.period_id,
        instruction=definition.instruction_id,
        administered_on=info.administered_on,
        answers=_answer_lines(definition, info),
        total=info.total,
        total_range=(low, high) if definition.total is not None else None,
        severity_label=info.severity_label,
        subscales=tuple(
            report.SubscaleLine(subscale_names.get(r.code, r.code), r.value, r.band_label)
            for r in info.subscales
        ),
        complete=info.complete,
        prorated=info.prorated,
        flags=_flag_lines(info),
        note=info.note,
        counselor_name=info.created_by_name,
        signed_by=info.signed_by_name,
        signed_at=info.signed_at,
        addenda=tuple(
            report.AddendumLine(a.author_name, a.written_at, a.text) for a in info.addenda
        ),
        trend_png=trend_png if len(points) >= 2 else None,
        trend_series=trend_series,
        trend_bands=bands,
        trend_range=(low, high),
        source_note=definition.source,
        omission_note=withheld.statement(left_out),
    )
    return report.render_assessment_report(data)


def _shown_points(
    every_point: list[TrendPoint], withheld: Withheld, code: str
) -> tuple[list[TrendPoint], list[str]]:
    """The trend points the PDF may show, and the labels of those a mark leaves out."""
    from lk3_desktop.core.withholding import record_label

    points: list[TrendPoint] = []
    left_out: list[str] = []
    for p in every_point:
        if withheld.record_withheld("administration", p.administration_id):
            left_out.append(record_label("administration", p.administered_on, code))
        else:
            points.append(p)
    return points, left_out


def _answer_lines(definition: Instrument, info: AdministrationInfo) -> tuple[AnswerLine, ...]:
    from lk3_desktop.documents.assessment_report import AnswerLine

    answers: list[AnswerLine] = []
    for item, value in zip(definition.items, info.answers, strict=False):
        label = next((o.label_id for o in item.options if o.value == value), None)
        answers.append(AnswerLine(item.number, item.text_id, value, label))
    return tuple(answers)


def _flag_lines(info: AdministrationInfo) -> tuple[FlagLine, ...]:
    from lk3_desktop.documents.assessment_report import FlagLine

    return tuple(
        FlagLine(
            f.label,
            f.item,
            {FLAG_OPEN: "Belum ditangani", FLAG_RESOLVED: "Sudah ditangani"}.get(
                f.status, "Dibatalkan (draf dikoreksi)"
            ),
            f.action_taken if f.status == FLAG_RESOLVED else "",
        )
        for f in info.flags
    )


def _trend_parts(
    definition: Instrument, points: list[TrendPoint]
) -> tuple[tuple[TrendSeries, ...], tuple[BandLine, ...], tuple[int, int]]:
    """The series the PDF charts (two points at least), the bands behind them and the range."""
    from lk3_desktop.documents.assessment_report import BandLine, TrendSeries

    scale_name = "total"
    if definition.total is None and definition.subscales:
        scale_name = definition.subscales[0].code
    trend_series: list[TrendSeries] = []
    if len(points) >= 2:
        if definition.total is not None:
            trend_series.append(
                TrendSeries(
                    "Skor total",
                    tuple((p.administered_on, p.total) for p in points if p.total is not None),
                )
            )
        for sub in definition.subscales:
            trend_series.append(
                TrendSeries(
                    sub.name_id,
                    tuple(
                        (p.administered_on, p.subscales[sub.code])
                        for p in points
                        if sub.code in p.subscales
                    ),
                )
            )
    # Bands behind the line only when one scale is charted against its own bands (the total);
    # subscales with different cut-offs on one chart would need one band set each.
    bands = (
        tuple(BandLine(b.min, b.max, b.code, b.label_id) for b in definition.thresholds(scale_name))
        if definition.total is not None
        else ()
    )
    if scale_name == "total":
        low, high = definition.min_total or 0, definition.max_total or 0
    else:
        sub = definition.subscale(scale_name)
        low, high = sub.min_score, sub.max_score
    return tuple(trend_series), bands, (low, high)


# Headings of the narrative sections in the PDF, in the form's order (the conclusion follows
# the needs table, as on the form).
_PSYCHOSOCIAL_SECTIONS: Final = (
    ("presenting_problem", "Permasalahan yang disampaikan"),
    ("history", "Riwayat"),
    ("family_relations", "Relasi keluarga"),
    ("genogram_notes", "Catatan genogram"),
    ("strengths", "Kekuatan dan faktor pelindung"),
    ("risk_factors", "Faktor risiko"),
)
_FAMILY_SECTIONS: Final = frozenset({"family_relations", "genogram_notes"})


def psychosocial_report(session: UserSession, assessment_id: int) -> bytes:
    """The psychosocial assessment as an A4 PDF (sections, needs by domain, risk level,
    safety plan, signature or draft notice, addenda); audited as printed.

    Same access as reading it: the head, or the counselor of the case; never staf. The PDF
    is an export: an assessment marked "jangan diungkap" (UU PDP art. 33) is refused with a
    ValidationError; a withheld identity field group (the birth date) is left out and the
    PDF names what was left out.
    """
    from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS
    from lk3_desktop.documents import psychosocial_report as report
    from lk3_desktop.services._kop import kop_center
    from lk3_desktop.services._withheld import withheld_in

    with session.store.transaction() as s:
        row, case = _psychosocial(s, session, assessment_id, write=False)
        withheld = withheld_in(s, row.client_id)
        if withheld.record_withheld("psychosocial", row.id):
            raise ValidationError("withholding.record_withheld")
        info = _psychosocial_info(s, row, _user_names(s), case.registration_number)
        client = s.get(Client, row.client_id)
        identity, left_out = _identity_rows(client, withheld, info.data.assessed_on)
        # "Situasi keluarga" withheld: the sections about the family are left out too.
        family_hidden = withheld.field_withheld("family")
        if family_hidden:
            left_out.append(WITHHOLDABLE_FIELDS["family"])
        center = kop_center(s)
        client_name = client.full_name if client else ""
        session.audit(
            s,
            "psychosocial.printed",
            "psychosocial_assessment",
            row.id,
            {
                "case": row.case_id,
                "safety_plan": len(info.data.safety_plan),
                "addenda": len(info.addenda),
                "withheld": len(left_out),
            },
        )
    document = _psychosocial_document(
        info, center, client_name, tuple(identity), family_hidden, withheld.statement(left_out)
    )
    return report.render_psychosocial_report(document)


def _identity_rows(
    client: Client | None, withheld: Withheld, on: datetime.date
) -> tuple[list[tuple[str, str]], list[str]]:
    """The client's sex and birth (or estimated age) for the PDF, and what a mark left out."""
    from lk3_desktop.core.identity import age_on
    from lk3_desktop.core.vocabulary import SEXES
    from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS

    identity: list[tuple[str, str]] = []
    left_out: list[str] = []
    if client is None:
        return identity, left_out
    identity.append(("Jenis kelamin", SEXES.get(client.sex, client.sex)))
    has_birth = client.birth_date is not None or client.estimated_age is not None
    if has_birth and withheld.field_withheld("birth"):
        left_out.append(WITHHOLDABLE_FIELDS["birth"])
    elif client.birth_date is not None:
        place = f"{client.birth_place}, " if client.birth_place else ""
        age = age_on(client.birth_date, on)
        identity.append(
            ("Tempat, tanggal lahir", f"{place}{format_date_id(client.birth_date)} ({age} tahun)")
        )
    elif client.estimated_age is not None:
        identity.append(("Umur (perkiraan)", f"\u00b1 {client.estimated_age} tahun"))
    return identity, left_out


def _psychosocial_document(
    info: PsychosocialInfo,
    center: KopCenter,
    client_name: str,
    identity: tuple[tuple[str, str], ...],
    family_hidden: bool,
    omission_note: str,
) -> PsychosocialReportData:
    """What the psychosocial PDF prints, from the assessment as read."""
    from lk3_desktop.documents import psychosocial_report as report
    from lk3_desktop.documents.psychosocial_report import PsychosocialReportData

    data = info.data
    kinds = dict(ASSESSMENT_KINDS)
    levels = dict(RISK_LEVELS)
    flag_status = {FLAG_OPEN: "Belum ditangani", FLAG_RESOLVED: "Sudah ditangani"}
    return PsychosocialReportData(
        center=center,
        client_name=client_name,
        registration_number=info.registration_number,
        kind_label=kinds.get(data.kind, data.kind),
        assessed_on=data.assessed_on,
        assessor_name=info.created_by_name,
        identity=identity,
        sections=tuple(
            report.NarrativeSection(heading, getattr(data, name))
            for name, heading in _PSYCHOSOCIAL_SECTIONS
            if not (family_hidden and name in _FAMILY_SECTIONS)
        ),
        needs=tuple(
            report.NeedLine(label, data.needs[code])
            for code, label in NEED_DOMAINS
            if data.needs.get(code, "").strip()
        ),
        conclusion=data.conclusion,
        risk_level_label=levels.get(data.risk_level or "", ""),
        high_risk=data.risk_level == HIGH_RISK,
        # A flag withdrawn when the draft was corrected no longer says anything about risk.
        flags=tuple(
            report.FlagLine(
                f.label,
                flag_status[f.status],
                f.action_taken if f.status == FLAG_RESOLVED else "",
            )
            for f in info.flags
            if f.status in flag_status
        ),
        safety_plan=tuple(report.PlanLine(p.who, p.action, p.timing) for p in data.safety_plan),
        signed_by=info.signed_by_name,
        signed_at=info.signed_at,
        addenda=tuple(
            report.AddendumLine(a.author_name, a.written_at, a.text) for a in info.addenda
        ),
        omission_note=omission_note,
    )
