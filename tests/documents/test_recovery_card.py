"""Recovery card PDF: content, one page, embedded fonts, metadata, reproducibility."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from lk3_desktop.core.recovery_code import encode_recovery_code
from lk3_desktop.documents import fonts
from lk3_desktop.documents.recovery_card import (
    RecoveryCardData,
    render_recovery_card,
    short_database_id,
)

LONG_CENTER = "Lembaga Konsultasi Kesejahteraan Keluarga Kabupaten Pandeglang Provinsi Banten"
BASE14 = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", re.IGNORECASE)


def _data(center: str = "LK3 Sejahtera Pandeglang", **changes: Any) -> RecoveryCardData:
    values: dict[str, Any] = {
        "center_name": center,
        "code": encode_recovery_code(bytes(range(32))),
        "created": date(2026, 11, 28),
        "database_id": "3f9a1c07-5b2e-4d11-9c0a-7e6f5d4c3b2a",
        "head_name": "Dra. Siti Rahmawati, M.Si.",
    }
    values.update(changes)
    return RecoveryCardData(**values)


def _reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _fonts(reader: PdfReader) -> list[Any]:
    found = []
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        font_dict = resources.get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            found.append(ref.get_object())
    return found


def _assert_fonts_embedded(reader: PdfReader) -> None:
    found = _fonts(reader)
    assert found, "the page uses no fonts at all"
    for font in found:
        name = str(font["/BaseFont"])
        assert not BASE14.search(name), f"base-14 font used: {name}"
        assert font["/Subtype"] == "/TrueType", name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"font not embedded: {name}"


def test_card_content_and_single_page() -> None:
    data = _data()
    reader = _reader(render_recovery_card(data))
    assert len(reader.pages) == 1
    text = _text(reader)
    squashed = _squash(text)
    assert "KARTU PEMULIHAN" in text
    assert "RAHASIA" in text
    assert "28 November 2026" in text
    assert "LK3 Sejahtera Pandeglang" in text
    assert "Dra. Siti Rahmawati, M.Si." in text
    assert "3F9A-1C07" in text
    assert "Gunakan kartu pemulihan" in text
    assert "simpan hanya kartu terbaru" in text
    assert "Disimpan oleh:" in text
    assert "Tanda tangan:" in text
    # The whole code, in order, whitespace and line breaks aside.
    compact = data.code.replace("-", "")
    assert compact in squashed.replace("-", "")
    # Each printed line keeps its group separators.
    groups = data.code.split("-")
    for start in range(0, len(groups), 5):
        assert "-".join(groups[start : start + 5]) in squashed


def test_long_center_name_wraps_on_one_page() -> None:
    reader = _reader(render_recovery_card(_data(LONG_CENTER, head_name=None)))
    assert len(reader.pages) == 1
    text = _text(reader)
    assert _squash(LONG_CENTER) in _squash(text)
    # Too long for one line at the heading size: it must have been wrapped, not cut.
    assert all(line.strip() != LONG_CENTER for line in text.splitlines())


def test_very_long_center_name_still_one_page() -> None:
    center = " ".join([LONG_CENTER] * 4)
    reader = _reader(render_recovery_card(_data(center)))
    assert len(reader.pages) == 1


def test_markup_characters_in_names_are_printed_literally() -> None:
    reader = _reader(render_recovery_card(_data("LK3 Sejahtera & Bahagia <Pusat>")))
    assert "LK3 Sejahtera & Bahagia <Pusat>" in _text(reader)


def test_fonts_are_embedded_truetype() -> None:
    _assert_fonts_embedded(_reader(render_recovery_card(_data())))


def test_metadata_title_and_no_author() -> None:
    reader = _reader(render_recovery_card(_data()))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Kartu Pemulihan LK3"
    assert not meta.author


def test_output_is_reproducible() -> None:
    assert render_recovery_card(_data()) == render_recovery_card(_data())


def test_code_is_printed_in_canonical_form() -> None:
    data = _data()
    sloppy = data.code.replace("-", " ").lower()
    reader = _reader(render_recovery_card(_data(code=sloppy)))
    assert data.code.split("-")[0] + "-" in _text(reader)


def test_code_with_bad_checksum_is_refused() -> None:
    code = encode_recovery_code(os.urandom(32))
    broken = ("A" if code[0] != "A" else "C") + code[1:]
    with pytest.raises(ValueError):
        render_recovery_card(_data(code=broken))


def test_empty_center_name_is_refused() -> None:
    with pytest.raises(ValueError):
        render_recovery_card(_data("   "))


def test_short_database_id() -> None:
    assert short_database_id("3f9a1c07-5b2e-4d11-9c0a-7e6f5d4c3b2a") == "3F9A-1C07"
    assert short_database_id("abc") == "ABC"
    assert short_database_id("") == ""


def test_register_fonts_is_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics

    first = fonts.register_fonts()
    assert fonts.register_fonts() is first
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (first.regular, first.bold, first.italic, first.bold_italic):
        assert name in registered
    assert {first.mono, first.mono_bold} <= registered
    assert first.regular == "LK3Sans"
    assert first.bold == "LK3Sans-Bold"


@pytest.fixture
def without_system_mono(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pretend no monospace font is installed; re-register the real fonts afterwards."""
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_load_mono", lambda: None)
    yield
    monkeypatch.undo()
    fonts._registered = None
    fonts.register_fonts()


@pytest.mark.usefixtures("without_system_mono")
def test_vera_fallback_for_the_code_is_embedded_too() -> None:
    names = fonts.register_fonts()
    assert not names.mono_fixed_pitch
    data = _data(LONG_CENTER)
    reader = _reader(render_recovery_card(data))
    assert len(reader.pages) == 1
    _assert_fonts_embedded(reader)
    assert data.code.replace("-", "") in _squash(_text(reader)).replace("-", "")


def test_a_community_run_office_names_its_head_ketua() -> None:
    text = _squash(
        _text(_reader(render_recovery_card(_data(head_name="Siti", head_title="Ketua"))))
    )
    assert "KetuaLK3" in text and "KepalaLK3" not in text


def test_a_server_offices_card_names_the_server_and_asks_for_both_codes() -> None:
    """Issue 19: on an office server the card signs in only with both codes; it says where
    the server is, on one page."""
    data = _data(
        office_code=encode_recovery_code(bytes(range(32, 64))),
        root_fingerprint="ab" * 32,
        server="192.168.1.10:5432/lk3_kantor",
    )
    pdf = render_recovery_card(data)
    reader = _reader(pdf)
    assert len(reader.pages) == 1
    squashed = _squash(_text(reader))
    assert _squash("Server kantor 192.168.1.10:5432/lk3_kantor") in squashed
    assert _squash("Satu kode saja tidak cukup.") in squashed
    assert _squash("Ketik kode pemulihan yang tercantum di atas dan kode kedua.") in squashed
    assert _squash("basis data dapat dibuka di komputer mana pun") not in squashed
