"""The periodic report PDF: title, tables with their totals, the head's signature block, and the
audit chain head with "Halaman x dari y" on every page, also when tables run over pages."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader

from lk3_desktop.documents.periodic_report import (
    PeriodicReportData,
    ReportRow,
    ReportTable,
    render_periodic_report,
)

HEAD = "3fa9c2e1b07d4e58"


def texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def data(rows: int = 4, **overrides: object) -> PeriodicReportData:
    long_table = ReportTable(
        key="caseload",
        title="Beban kasus per konselor",
        row_header="Konselor",
        columns=("Kasus aktif akhir periode", "Kasus baru", "Kasus ditutup", "Sesi"),
        rows=tuple(ReportRow(f"Konselor Nomor {i}", (i, 2 * i, 1, 3 * i)) for i in range(rows)),
        totals=(sum(range(rows)), 2 * sum(range(rows)), rows, 3 * sum(range(rows))),
        note="Kasus dihitung pada konselor yang menanganinya pada akhir periode.",
    )
    values: dict[str, object] = {
        "center_name": "LK3 Kabupaten Uji Coba",
        "center_code": "UJI",
        "regency": "Kabupaten Serang",
        "address": "Jl. Veteran No. 12, Kota Serang",
        "phone": "0254-201234",
        "email": "lk3@example.org",
        "logo": None,
        "head_name": "Siti Rahmawati, S.Sos., M.Si.",
        "head_nip": "198703152010012003",
        "place": "Serang",
        "period_label": "Triwulan IV 2026",
        "period_start": datetime.date(2026, 10, 1),
        "period_end": datetime.date(2026, 12, 31),
        "generated_on": datetime.date(2027, 1, 5),
        "chain_head": HEAD,
        "summary": (("Klien baru", 1234), ("Kasus baru", 56)),
        "tables": (
            ReportTable(
                key="cases_by_source",
                title="Kasus baru menurut sumber rujukan",
                row_header="Sumber",
                columns=("Kasus",),
                rows=(ReportRow("Datang sendiri", (40,)), ReportRow("Penjangkauan", (16,))),
                totals=(56,),
            ),
            ReportTable(
                key="cases_by_pmks",
                title="Kasus baru menurut kategori PMKS",
                row_header="Kategori PMKS",
                columns=("Kasus",),
                rows=(ReportRow("PMKS-02 Anak Telantar", (3,)),),
                totals=None,
                note="Satu klien dapat termasuk lebih dari satu kategori PMKS.",
            ),
            ReportTable(
                key="risk_flags",
                title="Tanda risiko tinggi yang masih terbuka pada akhir periode",
                row_header="Sumber tanda",
                columns=("Tanda", "Klien"),
                rows=(),
                totals=(0, 0),
            ),
            long_table,
        ),
    }
    values.update(overrides)
    return PeriodicReportData(**values)  # type: ignore[arg-type]


def test_one_report_reads_as_an_official_document() -> None:
    pages = texts(render_periodic_report(data()))
    whole = " ".join(pages)
    assert "LAPORAN KEGIATAN LK3 TRIWULAN IV 2026" in whole
    assert "Triwulan IV 2026 (1 Oktober 2026 s.d. 31 Desember 2026)" in whole
    assert "Disampaikan kepada : Kepala Dinas Sosial Kabupaten Serang" in whole
    # Counts in Indonesian print, numbered rows, the totals row.
    assert "1. Klien baru 1.234 2. Kasus baru 56" in whole
    assert "Tabel 1. Kasus baru menurut sumber rujukan" in whole
    assert "1. Datang sendiri 40 2. Penjangkauan 16 Jumlah 56" in whole
    # No totals row where a case may sit in two rows.
    assert "PMKS-02 Anak Telantar 3 Satu klien" in whole
    assert "Tidak ada data dalam periode ini. Jumlah 0 0" in whole
    # The signature block: place and date, jabatan, name, NIP.
    assert "Serang, 5 Januari 2027 Kepala LK3 Kabupaten Uji Coba" in whole
    assert "Siti Rahmawati, S.Sos., M.Si. NIP. 198703152010012003" in whole
    for number, text in enumerate(pages, start=1):
        assert f"Kode ujung rantai audit: {HEAD} \u00b7 Halaman {number} dari {len(pages)}" in (
            text
        )


def test_long_tables_run_over_pages_and_every_page_carries_the_head() -> None:
    pdf = render_periodic_report(data(rows=90))
    pages = texts(pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Kode ujung rantai audit: {HEAD} \u00b7 Halaman {number} dari {len(pages)}" in (
            text
        )
    whole = " ".join(pages)
    # sum(range(90)) = 4005, printed with a thousands point.
    assert "90. Konselor Nomor 89 89 178 1 267 Jumlah 4.005 8.010 90 12.015" in whole
    # The header row repeats on the pages a long table runs onto.
    assert sum("No. Konselor" in text for text in pages) >= 2


def test_an_unfinished_period_says_so_and_demo_data_is_marked() -> None:
    text = " ".join(
        texts(
            render_periodic_report(
                data(generated_on=datetime.date(2026, 11, 28), is_demo=True, head_nip=None)
            )
        )
    )
    assert "Periode belum berakhir; angka dihitung sampai dengan 28 November 2026." in text
    assert "DATA DEMO" in text
    assert "NIP." not in text


def test_same_data_same_bytes_and_a_broken_logo_is_left_out() -> None:
    first = render_periodic_report(data(logo=b"not an image"))
    assert first == render_periodic_report(data(logo=b"not an image"))
    assert first.startswith(b"%PDF")


def test_a_center_without_a_name_is_refused() -> None:
    with pytest.raises(ValueError):
        render_periodic_report(data(center_name="  "))
