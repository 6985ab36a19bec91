"""Backup label PDF: content in formal Indonesian, one page, embedded fonts, reproducible."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from pypdf import PdfReader

from lk3_desktop.documents.backup_label import (
    BackupLabelData,
    format_size_id,
    format_time_id,
    render_backup_label,
)

LONG_CENTER = "Lembaga Konsultasi Kesejahteraan Keluarga Kabupaten Pandeglang Provinsi Banten"
BASE14 = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", re.IGNORECASE)
WIB = timezone(timedelta(hours=7))


def _data(**changes: Any) -> BackupLabelData:
    values: dict[str, Any] = {
        "center_name": "LK3 Sejahtera Pandeglang",
        "created_at": datetime(2026, 11, 28, 14, 5, tzinfo=WIB),
        "file_name": "lk3-20261128T070500Z.lk3backup",
        "size": 12_884_901,
        "sha256": "ab" * 32,
        "schema_revision": "0006",
        "database_id": "3f9a1c07-5b2e-4d11-9c0a-7e6f5d4c3b2a",
        "audit_head": "0123456789abcdef",
    }
    values.update(changes)
    return BackupLabelData(**values)


def _text(pdf: bytes) -> tuple[PdfReader, str]:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_label_names_the_backup_and_the_chain_head() -> None:
    reader, text = _text(render_backup_label(_data()))
    assert len(reader.pages) == 1
    for expected in (
        "Label Cadangan Data LK3",
        "LK3 Sejahtera Pandeglang",
        "28 November 2026, pukul 14.05 WIB",
        "lk3-20261128T070500Z.lk3backup",
        "12,9 MB (12.884.901 bita)",
        "abababababababab",
        "0006",
        "3F9A-1C07",
        "Kode ujung rantai audit: 0123456789abcdef",
        "Disimpan oleh:",
        "Tanda tangan:",
        "Tempat penyimpanan:",
    ):
        assert expected in text, expected
    assert "ab" * 9 not in text  # only the short form of the file's hash
    assert reader.metadata is not None and reader.metadata.title == "Label Cadangan Data LK3"
    assert not reader.metadata.author


def test_long_names_stay_on_one_page_and_an_empty_log_is_said() -> None:
    reader, text = _text(
        render_backup_label(
            _data(center_name=LONG_CENTER, file_name="x" * 150 + ".lk3backup", audit_head="")
        )
    )
    assert len(reader.pages) == 1
    assert "Kode ujung rantai audit: (jejak audit masih kosong)" in text


def test_fonts_are_embedded_and_bytes_reproducible() -> None:
    pdf = render_backup_label(_data())
    assert render_backup_label(_data()) == pdf
    reader = PdfReader(io.BytesIO(pdf))
    resources: Any = reader.pages[0]["/Resources"].get_object()
    fonts = [ref.get_object() for ref in resources["/Font"].get_object().values()]
    assert fonts
    for font in fonts:
        assert not BASE14.search(str(font["/BaseFont"]))
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize(
    ("hours", "minutes", "zone"),
    [(7, 0, "WIB"), (8, 0, "WITA"), (9, 0, "WIT"), (0, 0, "UTC+00.00"), (-3, -30, "UTC-03.30")],
)
def test_time_is_written_with_its_zone(hours: int, minutes: int, zone: str) -> None:
    moment = datetime(2026, 1, 2, 9, 7, tzinfo=timezone(timedelta(hours=hours, minutes=minutes)))
    assert format_time_id(moment) == f"2 Januari 2026, pukul 09.07 {zone}"


def test_a_time_without_zone_is_refused() -> None:
    with pytest.raises(ValueError):
        render_backup_label(_data(created_at=datetime(2026, 11, 28, 14, 5)))
    assert format_time_id(datetime(2026, 11, 28, 7, 5, tzinfo=UTC)).endswith("UTC+00.00")


def test_sizes_use_indonesian_separators() -> None:
    assert format_size_id(512) == "512 bita"
    assert format_size_id(2_048) == "2,0 kB (2.048 bita)"
    assert format_size_id(3_500_000_000) == "3,5 GB (3.500.000.000 bita)"


def test_a_community_run_office_names_its_head_ketua() -> None:
    _reader, text = _text(render_backup_label(_data(head_title="Ketua")))
    flat = " ".join(text.split())
    assert "Ketua LK3 dapat memeriksa" in flat and "kata sandi Ketua LK3" in flat
    assert "Kepala LK3" not in flat
