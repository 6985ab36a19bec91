"""Which PPKS categories fit whom: child categories for children, the elderly one from 60,
the women's one for women; unknown age or sex never warns."""

from __future__ import annotations

import pytest

from lk3_desktop.core.ppks_fit import AGE_RANGES, fits, misfit


@pytest.mark.parametrize(
    ("code", "age", "sex", "reason"),
    [
        ("PMKS-02", 34, "L", "under18"),  # Anak Telantar for a grown man
        ("PMKS-02", 12, "L", None),
        ("PMKS-02", 17, "P", None),
        ("PMKS-02", 18, "P", "under18"),
        ("PMKS-01", 6, "L", "under5"),  # Anak Balita Telantar
        ("PMKS-01", 4, "L", None),
        ("PMKS-08", 45, "P", "from60"),  # Lanjut Usia Telantar
        ("PMKS-08", 60, "P", None),
        ("PMKS-10", 15, "P", "from18"),
        ("PMKS-23", 30, "L", "women"),  # Perempuan Rawan Sosial Ekonomi
        ("PMKS-23", 30, "P", None),
        ("PMKS-24", 9, "L", None),  # Fakir Miskin: anyone
        ("PMKS-02", None, None, None),  # age unknown: no warning
        ("PMKS-23", 40, None, None),
        ("PMKS-27", 40, "L", None),  # a category the office added
    ],
)
def test_misfit(code: str, age: int | None, sex: str | None, reason: str | None) -> None:
    assert misfit(code, age, sex) == reason
    assert fits(code, age, sex) is (reason is None)


def test_every_child_category_is_bounded_under_18() -> None:
    for n in range(1, 8):
        youngest, oldest = AGE_RANGES[f"PMKS-{n:02d}"]
        assert youngest is None and oldest is not None and oldest < 18
