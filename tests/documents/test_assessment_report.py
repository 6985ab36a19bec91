"""Assessment PDF: answers, score, band, flags, counselor, trend; RAHASIA on every page; fonts."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from lk3_desktop.core import instruments
from lk3_desktop.documents.assessment_report import (
    AddendumLine,
    AnswerLine,
    AssessmentReportData,
    BandLine,
    FlagLine,
    SubscaleLine,
    TrendSeries,
    format_datetime_id,
    render_assessment_report,
)

BASE14 = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", re.IGNORECASE)
PHQ9_ANSWERS = [1, 2, 1, 1, 0, 1, 1, 0, 2]
SIGNED_AT = datetime.datetime(2026, 11, 28, 14, 30)


def _answers(code: str, values: list[int | None]) -> tuple[AnswerLine, ...]:
    definition = instruments.get(code)
    lines = []
    for item, value in zip(definition.items, values, strict=True):
        label = next((o.label_id for o in item.options if o.value == value), None)
        lines.append(AnswerLine(item.number, item.text_id, value, label))
    return tuple(lines)


def _phq9(**changes: Any) -> AssessmentReportData:
    definition = instruments.get("PHQ-9")
    score = definition.score(PHQ9_ANSWERS)
    assert score.severity is not None
    values: dict[str, Any] = {
        "center_name": "LK3 Sejahtera Kabupaten Pandeglang",
        "client_name": "Siti Aminah Rahmawati",
        "registration_number": "LK3/2026/0042",
        "instrument_name": definition.name_id,
        "instrument_code": definition.code,
        "instrument_version": definition.version,
        "period": definition.period_id,
        "instruction": definition.instruction_id,
        "administered_on": datetime.date(2026, 11, 25),
        "answers": _answers("PHQ-9", PHQ9_ANSWERS),
        "total": score.total,
        "total_range": (0, 27),
        "severity_label": score.severity.label,
        "subscales": (),
        "complete": True,
        "prorated": False,
        "flags": (FlagLine(score.flags[0].label, 9, "Belum ditangani"),),
        "note": "Klien tampak lebih tenang.",
        "counselor_name": "Rina Marlina, S.Psi.",
        "signed_by": "Rina Marlina, S.Psi.",
        "signed_at": SIGNED_AT,
        "addenda": (
            AddendumLine("Kepala Demo", SIGNED_AT, "Sudah dikonsultasikan dengan kepala."),
        ),
        "trend_series": (
            TrendSeries(
                "Skor total",
                (
                    (datetime.date(2026, 7, 30), 19),
                    (datetime.date(2026, 9, 28), 12),
                    (datetime.date(2026, 11, 25), 9),
                ),
            ),
        ),
        "trend_bands": tuple(
            BandLine(b.min, b.max, b.code, b.label_id) for b in definition.thresholds()
        ),
        "trend_range": (0, 27),
        "source_note": definition.source,
    }
    values.update(changes)
    return AssessmentReportData(**values)


def _reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def _page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _images(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def test_answers_score_band_flag_counselor_and_signature_are_printed() -> None:
    data = _phq9()
    texts = _page_texts(_reader(render_assessment_report(data)))
    text = _squash(" ".join(texts))
    for line in data.answers:
        assert _squash(line.text) in text, line.number
        assert f"{line.value} – {line.label}" in text, line.number
    assert "9 dari 27" in text and "Ringan" in text
    assert "Risiko bunuh diri" in text and "butir 9" in text and "Belum ditangani" in text
    assert "Rina Marlina, S.Psi." in text
    assert "28 November 2026 pukul 14.30" in text
    assert "Siti Aminah Rahmawati" in text and "LK3/2026/0042" in text
    assert "Sudah dikonsultasikan dengan kepala." in text
    assert "Perkembangan skor" in text
    for page in texts:
        assert "RAHASIA" in page


def test_long_report_has_rahasia_on_every_page_and_a_draft_says_so() -> None:
    definition = instruments.get("DASS-21")
    answers = [1, 2, 3, 0, 1, 2, 1, 2, 0, 1, 2, 3, 1, 2, 0, 1, 2, 1, 2, 1, 0]
    score = definition.score(answers)
    data = _phq9(
        instrument_name=definition.name_id,
        instrument_code=definition.code,
        period=definition.period_id,
        instruction=definition.instruction_id,
        answers=_answers("DASS-21", answers),
        total=None,
        total_range=None,
        severity_label="",
        subscales=tuple(
            SubscaleLine(
                sub.name_id, score.subscales[sub.code], score.subscale_severity[sub.code].label
            )
            for sub in definition.subscales
        ),
        flags=(),
        signed_by="",
        signed_at=None,
        trend_series=(
            TrendSeries(
                "Depresi", ((datetime.date(2026, 10, 1), 18), (datetime.date(2026, 11, 25), 14))
            ),
            TrendSeries(
                "Kecemasan", ((datetime.date(2026, 10, 1), 12), (datetime.date(2026, 11, 25), 8))
            ),
        ),
        trend_bands=(),
        trend_range=(0, 42),
        addenda=(),
    )
    texts = _page_texts(_reader(render_assessment_report(data)))
    assert len(texts) >= 2
    for number, page in enumerate(texts, start=1):
        assert "RAHASIA" in page, number
        assert f"Halaman {number}" in page
    text = _squash(" ".join(texts))
    assert "Depresi" in text and "Kecemasan" in text and "Stres" in text
    assert "DRAF" in text and "belum ditandatangani" in text
    assert "Skor total" not in text.split("Jawaban")[0]  # DASS-21 has no total


def test_trend_is_the_given_png_or_a_vector_drawing() -> None:
    picture = io.BytesIO()
    Image.new("RGB", (1100, 460), "#d7eedd").save(picture, "PNG")
    with_png = _reader(render_assessment_report(_phq9(trend_png=picture.getvalue())))
    assert _images(with_png) == 1
    drawn = _reader(render_assessment_report(_phq9()))
    assert _images(drawn) == 0  # ReportLab graphics: lines and text, no bitmap
    drawn_text = _squash(" ".join(_page_texts(drawn)))
    assert "Minimal (0–4)" in drawn_text and "Berat (20–27)" in drawn_text
    none = _squash(" ".join(_page_texts(_reader(render_assessment_report(_phq9(trend_series=()))))))
    assert "Perkembangan skor" not in none


def test_fonts_are_embedded_truetype_and_output_is_reproducible() -> None:
    pdf = render_assessment_report(_phq9())
    reader = _reader(pdf)
    found = []
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        font_dict = resources.get("/Font")
        if font_dict is not None:
            found += [ref.get_object() for ref in font_dict.get_object().values()]
    assert found
    for font in found:
        name = str(font["/BaseFont"])
        assert not BASE14.search(name), name
        assert font["/Subtype"] == "/TrueType", name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert render_assessment_report(_phq9()) == pdf
    meta = reader.metadata
    assert meta is not None and not meta.author and meta.title == "Hasil Asesmen PHQ-9"


def test_markup_in_texts_is_printed_literally() -> None:
    data = _phq9(note="Ayah & ibu <bertengkar>\nbaris kedua", client_name="Dewi <Lestari> & co")
    text = _squash(" ".join(_page_texts(_reader(render_assessment_report(data)))))
    assert "Ayah & ibu <bertengkar>" in text and "Dewi <Lestari> & co" in text


def test_datetime_format() -> None:
    assert format_datetime_id(datetime.datetime(2026, 1, 5, 9, 7)) == "5 Januari 2026 pukul 09.07"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_to_png(tmp_path: Path) -> None:
    pdf = tmp_path / "asesmen.pdf"
    pdf.write_bytes(render_assessment_report(_phq9()))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages
    for page in pages:
        with Image.open(page) as image:
            assert image.size[0] > 600 and image.size[1] > 800  # A4 at 80 dpi: 661 x 935
