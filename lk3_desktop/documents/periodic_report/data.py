"""What the periodic report holds: tables of counts, the head's narrative, and the page's
frame (kop, addressee, signer, tembusan). Counts only: no client's name ever reaches here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class ReportRow:
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of counts: ``columns`` name the value columns; ``totals`` is the closing
    "Jumlah" row, always the sum of the rows above it (None where a row total would count one
    case twice); ``note`` explains what counts."""

    key: str
    title: str
    row_header: str
    columns: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    totals: tuple[int, ...] | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportNarrative:
    """What the head writes before issuing: obstacles, follow-up, recommendations."""

    kendala: str = ""
    tindak_lanjut: str = ""
    rekomendasi: str = ""

    def is_empty(self) -> bool:
        return not (self.kendala.strip() or self.tindak_lanjut.strip() or self.rekomendasi.strip())

    def items(self) -> tuple[tuple[str, str], ...]:
        return (
            ("Kendala", self.kendala),
            ("Tindak lanjut", self.tindak_lanjut),
            ("Rekomendasi", self.rekomendasi),
        )


@dataclass(frozen=True, slots=True)
class PeriodicReportData:
    center_name: str
    center_code: str
    regency: str  # "Kabupaten Serang"; empty when the profile names none
    address: str
    phone: str
    email: str
    logo: bytes | None
    head_name: str
    head_nip: str | None
    place: str | None  # "Serang" for the place and date above the signature
    period_label: str  # "Triwulan IV 2026"
    period_start: date
    period_end: date
    generated_on: date
    chain_head: str  # 16 hex digits
    summary: tuple[tuple[str, int], ...]
    tables: tuple[ReportTable, ...]
    is_demo: bool = False
    # "Kepala Dinas Sosial Kota Serang"; empty: "Kepala Dinas Sosial" and the regency
    addressee: str = ""
    copies_to: tuple[str, ...] = ()  # tembusan
    head_title: str = "Kepala"  # or "Ketua", as the office is run
    parent_lines: tuple[str, ...] = ()  # kop: "PEMERINTAH KOTA SERANG", "DINAS SOSIAL"
    region_line: str = ""  # kop: "SERANG"
    narrative: ReportNarrative = field(default_factory=ReportNarrative)
    # (heading, table keys) the tables are grouped under; empty: one "Rincian" section
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()
