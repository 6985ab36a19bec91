"""Client registers the way offices keep them in Excel, messy on purpose, for import tests.

:func:`messy_register` writes a workbook with a merged title, a blank line, a two-row header
with merged cells ("Alamat" over Jalan, RT/RW, Desa/Kelurahan, Kecamatan), blank rows, the
header repeated every 500 rows (a printed register), numbers stored as text, dates in four
ways (a real date cell, 05/03/1988, 5-3-88, 5 Maret 1988) and some as bare Excel serial
numbers, region names with "Kec."/"Kel." prefixes and typos, phone numbers as numbers, and a
known set of bad rows. What it planted comes back as :class:`RegisterFacts`.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from pathlib import Path

from lk3_desktop.core.dates_id import MONTHS_ID

HEADER_TOP = [
    "No",
    "Nama",
    "NIK",
    "No KK",
    "Tempat, Tgl Lahir",
    "L/P",
    "Alamat",
    None,
    None,
    None,
    "No HP",
    "Permasalahan",
    "Tanggal Datang",
    "Konselor",
    "Sumber Rujukan",
]
HEADER_SUB = [None] * 6 + ["Jalan", "RT/RW", "Desa/Kelurahan", "Kecamatan"] + [None] * 5
COLUMNS = len(HEADER_TOP)

FIRST = ["Siti", "Dewi", "Nur", "Ahmad", "Budi", "Rina", "Eko", "Sri", "Agus", "Wati", "Dian"]
MIDDLE = ["", "Aminah", "Lestari", "Hidayat", "Saputra", "Wahyuni", "Kurnia", "Rahma", "Putra"]
LAST = ["Santoso", "Hasanah", "Pratama", "Maulana", "Sari", "Permata", "Nugroho", "Fitri", "Jaya"]
PROBLEMS = [
    "KDRT",
    "Konflik suami istri, sering cekcok",
    "Cerai dan rebutan hak asuh anak",
    "Anak bolos sekolah dan ikut tawuran",
    "Suami pakai sabu",
    "Masalah ekonomi keluarga, utang",
    "Pola asuh anak",
    "Depresi setelah kehilangan pekerjaan",
    "Konsultasi keluarga",
    "Pernikahan dini",
]
PLACES = ["Serang", "Pandeglang", "Lebak", "Jakarta", "Tangerang", "Cilegon"]
# Kota Serang: district -> villages, as the register spells them
DISTRICTS: dict[str, tuple[str, list[str]]] = {
    "36.73.05": ("Cipocok Jaya", ["Karundang", "Panancangan", "Banjaragung"]),
    "36.73.02": ("Kasemen", ["Kasemen", "Warung Jaud", "Banten"]),
    "36.73.01": ("Serang", ["Cimuncang", "Kagungan", "Lopang"]),
}
COUNSELORS = ["Rina", "Bu Rina", "Dedi", "Pak Dedi", ""]
SEX_WORDS = {"L": ["L", "Laki-laki", "LK"], "P": ["P", "Perempuan", "PR"]}


@dataclass
class RegisterFacts:
    """What a generated register holds: row numbers (as the sheet counts) of each kind."""

    path: Path
    data_rows: list[int] = field(default_factory=list)  # every row that holds a client
    bad: dict[int, str] = field(default_factory=dict)  # row -> what was planted
    duplicates_in_file: list[int] = field(default_factory=list)  # the later copies
    blank_rows: int = 0
    repeated_headers: int = 0
    typo_districts: dict[str, str] = field(default_factory=dict)  # written -> code meant

    @property
    def good_rows(self) -> int:
        return len(self.data_rows) - len(self.bad) - len(self.duplicates_in_file)


def nik_for(district_code: str, birth: datetime.date, sex: str, seq: int) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    region = district_code.replace(".", "")
    return f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{seq:04d}"


def _written_date(rng: random.Random, day: datetime.date) -> object:
    kind = rng.randrange(5)
    if kind == 0:
        return datetime.datetime(day.year, day.month, day.day)  # a real date cell
    if kind == 1:
        return day.strftime("%d/%m/%Y")
    if kind == 2:
        return f"{day.day}-{day.month}-{day.year % 100:02d}"
    if kind == 3:
        return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"
    return (day - datetime.date(1899, 12, 30)).days  # a serial number that lost its format


def _person(rng: random.Random, seq: int, today: datetime.date) -> dict[str, object]:
    sex = rng.choice("LP")
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 40))
    district = rng.choice(list(DISTRICTS))
    district_name, villages = DISTRICTS[district]
    middle = rng.choice(MIDDLE)
    name = " ".join(p for p in (rng.choice(FIRST), middle, rng.choice(LAST)) if p)
    intake = today - datetime.timedelta(days=rng.randrange(30, 900))
    return {
        "name": f"{name} {seq}",  # unique, so only planted copies are duplicates
        "sex": sex,
        "birth": birth,
        "nik": nik_for(district, birth, sex, seq % 9000 + 1),
        "kk": nik_for(district, datetime.date(2015, 1, 1), "L", seq % 9000 + 1),
        "district": district_name,
        "village": rng.choice(villages),
        "intake": intake,
    }


def _row(rng: random.Random, number: int, person: dict[str, object]) -> list[object]:
    birth = person["birth"]
    assert isinstance(birth, datetime.date)
    intake = person["intake"]
    assert isinstance(intake, datetime.date)
    nik = str(person["nik"])
    if rng.random() < 0.1:
        nik = f"{nik[:6]} {nik[6:12]} {nik[12:]}"  # typed with spaces
    rt = rng.randrange(1, 15)
    rw = rng.randrange(1, 9)
    rt_rw: object = rng.choice([f"{rt:03d}/{rw:03d}", f"{rt}/{rw}", f"RT {rt} RW {rw}"])
    phone: object = rng.choice(
        [
            int(f"812{rng.randrange(10**7, 10**8)}"),  # a number: the leading 0 is gone
            f"0812-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            f"+62 813 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
            "",
        ]
    )
    district = str(person["district"])
    village = str(person["village"])
    return [
        str(number),  # a number stored as text
        person["name"],
        nik,
        str(person["kk"]),
        f"{rng.choice(PLACES)}, {_text_date(rng, birth)}",
        rng.choice(SEX_WORDS[str(person["sex"])]),
        f"Jl. Melati No. {rng.randrange(1, 99)}",
        rt_rw,
        rng.choice([village, f"Kel. {village}"]),
        rng.choice([district, f"Kec. {district}"]),
        phone,
        rng.choice(PROBLEMS),
        _written_date(rng, intake),
        rng.choice(COUNSELORS),
        rng.choice(["Datang sendiri", "", "Rujukan Puskesmas", "Penjangkauan"]),
    ]


def _text_date(rng: random.Random, day: datetime.date) -> str:
    return rng.choice(
        [
            day.strftime("%d/%m/%Y"),
            f"{day.day}-{day.month}-{day.year % 100:02d}",
            f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}",
        ]
    )


def _plant_bad(rng: random.Random, row: list[object], kind: str) -> None:
    if kind == "nik_short":
        row[2] = str(row[2]).replace(" ", "")[:15]
    elif kind == "no_name":
        row[1] = ""
    elif kind == "bad_date":
        row[4] = "Serang, 31 Februari 1990"
    elif kind == "bad_sex":
        row[5] = "X"
    elif kind == "bad_phone":
        row[10] = "12345"
    elif kind == "unknown_district":
        row[9] = "Kecamatan Antah Berantah"


BAD_KINDS = ("nik_short", "no_name", "bad_date", "bad_sex", "bad_phone", "unknown_district")


def messy_register(
    path: Path,
    rows: int = 10_000,
    seed: int = 7,
    today: datetime.date | None = None,
    *,
    nik_as_numbers: bool = False,
    bad_every: int = 97,
    duplicate_every: int = 211,
    typo_every: int = 331,
) -> RegisterFacts:
    """Write the register; ``nik_as_numbers`` stores the NIK column as Excel numbers (what a
    register looks like after someone typed NIKs into a General-formatted column)."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    today = today or datetime.date.today()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Register 2024"
    ws.append(["BUKU REGISTER KLIEN LK3 KOTA SERANG"] + [None] * (COLUMNS - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=COLUMNS)
    ws.append([None] * COLUMNS)
    ws.append(HEADER_TOP)
    ws.append(HEADER_SUB)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=10)
    for column in [*range(1, 7), *range(11, COLUMNS + 1)]:
        ws.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    facts = RegisterFacts(path)
    line = 4
    previous: list[list[object]] = []
    for seq in range(1, rows + 1):
        if seq % 500 == 0:
            ws.append(HEADER_TOP)
            line += 1
            facts.repeated_headers += 1
        if rng.random() < 0.01:
            ws.append([None] * COLUMNS)
            line += 1
            facts.blank_rows += 1
        row = _row(rng, seq, _person(rng, seq, today))
        line += 1
        if seq % duplicate_every == 0 and previous:
            copy = list(rng.choice(previous))
            copy[0] = str(seq)
            row = copy
            facts.duplicates_in_file.append(line)
        elif seq % bad_every == 0:
            kind = BAD_KINDS[(seq // bad_every) % len(BAD_KINDS)]
            _plant_bad(rng, row, kind)
            facts.bad[line] = kind
        elif seq % typo_every == 0:
            row[9] = "Cipocok Jya"
            row[8] = rng.choice(DISTRICTS["36.73.05"][1])
            facts.typo_districts["Cipocok Jya"] = "36.73.05"
        else:
            previous.append(row)
            previous[:] = previous[-50:]
        if nik_as_numbers and row[2]:
            digits = str(row[2]).replace(" ", "")
            row[2] = float(digits[:15] + "0") if len(digits) == 16 else digits
        ws.append(row)
        facts.data_rows.append(line)
    wb.save(path)
    return facts
