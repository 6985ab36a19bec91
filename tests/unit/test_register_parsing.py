"""The pure parts of the register import: dates, cells, headers, problems, region names."""

from __future__ import annotations

import datetime

import pytest

from lk3_desktop.core.region_names import RegionMatcher, question_key
from lk3_desktop.core.register_cells import (
    identity_digits,
    is_number_damaged,
    read_age,
    read_date,
    read_referral_source,
    read_rt_rw,
    read_sex,
    split_place_date,
)
from lk3_desktop.core.register_columns import FIELDS, suggest_field, suggest_fields
from lk3_desktop.core.register_problems import problem_codes
from lk3_desktop.core.written_dates import IMPOSSIBLE, UNREADABLE, read_written_date

TODAY = datetime.date(2026, 6, 1)
MARCH_5 = datetime.date(1988, 3, 5)


@pytest.mark.parametrize(
    "written",
    ["05/03/1988", "5/3/1988", "5-3-88", "05.03.1988", "5 Maret 1988", "5 maret 88",
     "05-Mar-1988", "5 Mar 1988", "1988-03-05", "05031988", " 5  Maret  1988 "],
)  # fmt: skip
def test_dates_as_offices_write_them(written: str) -> None:
    assert read_written_date(written, TODAY).value == MARCH_5


def test_two_digit_years_are_in_the_past() -> None:
    assert read_written_date("1-1-26", TODAY).value == datetime.date(2026, 1, 1)
    assert read_written_date("1-7-26", TODAY).value == datetime.date(2026, 7, 1)  # same year
    assert read_written_date("1-1-27", TODAY).value == datetime.date(1927, 1, 1)


@pytest.mark.parametrize("written", ["31/02/1990", "31 Februari 1990", "kemarin", "1988"])
def test_unreadable_dates_say_so(written: str) -> None:
    result = read_written_date(written, TODAY)
    assert result.value is None
    assert result.error == (IMPOSSIBLE if "Feb" in written or "/02/" in written else UNREADABLE)


def test_date_cells() -> None:
    assert read_date(datetime.datetime(1988, 3, 5, 0, 0)).value == MARCH_5
    assert read_date(32207).value == MARCH_5  # Excel serial number without its format
    assert read_date(None).value is None and read_date(None).error is None


def test_numbers_excel_damaged() -> None:
    assert is_number_damaged(3.67301e15)
    assert is_number_damaged(3673015503880001)
    assert is_number_damaged("3.67301E+15") and is_number_damaged("3,67301E+15")
    assert not is_number_damaged("3673015503880001")
    assert not is_number_damaged(None)
    assert identity_digits("'3673 0155 0388 0001") == "3673015503880001"
    assert identity_digits("3673.0155.0388.0001") == "3673015503880001"
    assert identity_digits("NIK 36730155") == "NIK 36730155"  # letters: the NIK check names it


def test_small_cells() -> None:
    assert read_sex("Laki-laki") == ("L", False) and read_sex("PR") == ("P", False)
    assert read_sex("") == (None, False) and read_sex("X") == (None, True)
    assert (read_rt_rw("003/005").rt, read_rt_rw("RT 3 RW 5").rw) == ("003", "5")
    assert read_rt_rw("12/34/56").unreadable
    assert read_age("35 th") == (35, False) and read_age("tiga puluh") == (None, True)
    place, date = split_place_date("Serang, 5 Maret 1988")
    assert (place, date.value) == ("Serang", MARCH_5)
    assert split_place_date("Serang 05-03-1988")[0] == "Serang"
    assert read_referral_source("") == ("datang_sendiri", "")
    assert read_referral_source("Rujukan UPTD PPA") == ("rujukan_lembaga", "Rujukan UPTD PPA")
    assert read_referral_source("Penjangkauan")[0] == "penjangkauan"


def test_header_suggestions() -> None:
    headers = ["No.", "Nama", "NIK", "No. KK", "Tgl. Lahir", "L/P", "RT/RW", "Desa/Kel.", "Kec.",
               "No HP/WA", "Permasalahan", "Tanggal Datang", "Konselor", "Tanggal"]  # fmt: skip
    assert suggest_fields(headers) == [
        "", "full_name", "nik", "kk_number", "birth_date", "sex", "rt_rw", "village",
        "district", "phone", "problem", "intake_date", "counselor", "",
    ]  # fmt: skip
    assert suggest_field("Tgl Lahir (dd/mm/yyyy)") == "birth_date"


def test_every_field_label_maps_back_to_its_field() -> None:
    """The error workbook's headers are the fields' labels: imported again, they map back."""
    for f in FIELDS:
        assert suggest_field(f.label) == f.key, f.label


def test_problem_text_to_areas_and_ppks() -> None:
    assert problem_codes("KDRT", is_child=False).ppks == ("PMKS-19",)
    assert problem_codes("KDRT", is_child=True).ppks == ("PMKS-06",)
    found = problem_codes("Cerai, rebutan hak asuh; suami pakai sabu", is_child=False)
    assert found.areas == ("perceraian_hak_asuh", "napza")
    assert set(found.ppks) == {"PMKS-25", "PMKS-17"}
    assert problem_codes("konsultasi biasa", is_child=False).areas == ()


def test_region_names_exact_fuzzy_and_answered() -> None:
    matcher = RegionMatcher("36.73")
    exact = matcher.match(district="Kec. Cipocok Jaya", village="Kel. Karundang")
    assert (exact.district, exact.village) == ("36.73.05", "36.73.05.1002")
    assert exact.regency == "36.73" and exact.province == "36"
    unsure = matcher.match(district="Cipocok Jya").question
    assert unsure is not None and unsure.candidates[0].code == "36.73.05"
    both = RegionMatcher(None).match(regency="Serang").question
    assert both is not None and {c.code for c in both.candidates} == {"36.04", "36.73"}
    answered = RegionMatcher(
        "36.73", {question_key("district", "36.73", "Cipocok Jya"): "36.73.05"}
    ).match(district="Cipocok Jya")
    assert answered.district == "36.73.05"
    left_empty = RegionMatcher("36.73", {question_key("district", "36.73", "Antah"): ""})
    assert left_empty.match(district="Antah").district is None
