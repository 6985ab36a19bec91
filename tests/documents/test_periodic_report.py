"""The periodic report PDF: title, tables with their totals, the head's signature block, and the
audit chain head with "Halaman x dari y" on every page, also when tables run over pages."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader

from lk3_desktop.documents.periodic_report import (
    PeriodicReportData,
    ReportNarrative,
    ReportRow,
    ReportTable,
    render_periodic_report,
)
from lk3_desktop.documents.periodic_report.pdf import PDF_ROW_LIMIT

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
    assert "Disampaikan kepada : Yth. Kepala Dinas Sosial Kabupaten Serang" in whole
    # Counts in Indonesian print, numbered rows, the totals row.
    assert "1. Klien baru 1.234 2. Kasus baru 56" in whole
    assert "Tabel 1. Kasus baru menurut sumber rujukan" in whole
    assert "1. Datang sendiri 40 2. Penjangkauan 16 Jumlah 56" in whole
    # No totals row where a case may sit in two rows.
    assert "PMKS-02 Anak Telantar 3 Satu klien" in whole
    assert "Tidak ada data dalam periode ini. Jumlah 0 0" in whole
    # The signature block: place and date, jabatan, name, NIP.
    assert "Serang, 5 Januari 2027 Kepala LK3 Kabupaten Uji Coba" in whole
    assert "Siti Rahmawati, S.Sos., M.Si. NIP. 19870315 201001 2 003" in whole
    # Without notes the head's section still stands, saying there were none.
    assert "Catatan Kepala LK3 1. Kendala Tidak ada. 2. Tindak lanjut Tidak ada." in whole
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


def _months(counts: tuple[int, ...]) -> ReportTable:
    names = ("Januari 2026", "Februari 2026", "Maret 2026")
    return ReportTable(
        "new_cases_by_month",
        "Kasus baru menurut bulan penerimaan",
        "Bulan",
        ("Kasus",),
        tuple(ReportRow(n, (c,)) for n, c in zip(names, counts, strict=True)),
        (sum(counts),),
    )


def test_sections_narrative_addressee_copies_and_the_title_of_the_head() -> None:
    outcome = ReportTable(
        "closing_outcomes",
        "Kasus yang diterminasi menurut hasil terminasi",
        "Hasil terminasi",
        ("Kasus",),
        (ReportRow("Masalah teratasi", (7,)), ReportRow("Pindah domisili", (2,))),
        (9,),
    )
    report = data(
        tables=(_months((3, 5, 4)), outcome),
        sections=(
            ("Klien dan keluarga", ("new_cases_by_month",)),
            ("Kasus", ("closing_outcomes",)),
        ),
        addressee="Kepala Dinas Sosial Provinsi Banten",
        copies_to=("Kepala Dinas Sosial Kota Serang", "Arsip LK3"),
        head_title="Ketua",
        parent_lines=("Yayasan Keluarga Sejahtera",),
        narrative=ReportNarrative(
            kendala="Kendaraan dinas rusak.\nDua konselor cuti.",
            tindak_lanjut="Koordinasi dengan TKSK.",
            rekomendasi="",
        ),
    )
    whole = " ".join(texts(render_periodic_report(report)))
    assert "YAYASAN KELUARGA SEJAHTERA LK3 KABUPATEN UJI COBA" in whole
    assert "Disampaikan kepada : Yth. Kepala Dinas Sosial Provinsi Banten" in whole
    assert "Grafik 1. Kasus baru menurut bulan" in whole  # three months: a chart
    assert "Grafik 2. Hasil terminasi kasus" in whole
    order = [
        whole.index("A. Ringkasan"),
        whole.index("B. Klien dan keluarga"),
        whole.index("Tabel 1. Kasus baru menurut bulan"),
        whole.index("C. Kasus"),
        whole.index("Tabel 2. Kasus yang diterminasi"),
        whole.index("D. Catatan Ketua LK3"),
        whole.index("Ketua LK3 Kabupaten Uji Coba"),
        whole.index("Tembusan: 1. Kepala Dinas Sosial Kota Serang 2. Arsip LK3"),
    ]
    assert order == sorted(order)
    assert "1. Kendala Kendaraan dinas rusak. Dua konselor cuti." in whole
    assert "3. Rekomendasi Tidak ada." in whole
    assert "Kepala LK3" not in whole


def test_one_month_gets_no_chart_and_a_very_long_breakdown_prints_its_totals() -> None:
    rows = tuple(ReportRow(f"Desa {i}", (1, 1, 2)) for i in range(PDF_ROW_LIMIT + 1))
    villages = ReportTable(
        "clients_by_village",
        "Klien dilayani menurut desa/kelurahan tempat tinggal",
        "Desa/kelurahan, kecamatan",
        ("Laki-laki", "Perempuan", "Jumlah"),
        rows,
        (len(rows), len(rows), 2 * len(rows)),
    )
    pdf = render_periodic_report(data(tables=(villages,)))
    whole = " ".join(texts(pdf))
    assert "Desa 5 " not in whole  # the rows are in the spreadsheet, not here
    assert "301 baris rincian tabel ini ada pada berkas XLSX dan CSV" in whole
    assert "Jumlah 301 301 602" in whole
    single = ReportTable(
        "new_cases_by_month", "Kasus baru menurut bulan penerimaan", "Bulan", ("Kasus",),
        (ReportRow("Maret 2026", (4,)),), (4,),
    )  # fmt: skip
    assert "Grafik" not in " ".join(texts(render_periodic_report(data(tables=(single,)))))
