"""Instrument engine and the six shipped instruments, checked against the published rules.

Expected totals are computed here with plain ``sum()`` and expected bands come from the literal
published cut-off tables below, never from the JSON files, so a wrong definition or a wrong engine
both fail.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lk3_desktop.core.instruments import (
    INSTRUMENTS_DIR,
    Instrument,
    InstrumentDefinitionError,
    available,
    get,
    load_instrument,
    loading,
)

# --------------------------------------------------------------------------- published facts

Table = list[tuple[int, int, str]]

PHQ9_BANDS: Table = [
    (0, 4, "minimal"),
    (5, 9, "mild"),
    (10, 14, "moderate"),
    (15, 19, "moderately_severe"),
    (20, 27, "severe"),
]
GAD7_BANDS: Table = [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")]
SRQ20_BANDS: Table = [(0, 5, "below_cutoff"), (6, 20, "above_cutoff")]
K10_BANDS: Table = [(10, 15, "low"), (16, 21, "moderate"), (22, 29, "high"), (30, 50, "very_high")]
APGAR_BANDS: Table = [
    (0, 3, "severe_dysfunction"),
    (4, 6, "moderate_dysfunction"),
    (7, 10, "functional"),
]
DASS_ITEMS = {
    "depression": [3, 5, 10, 13, 16, 17, 21],
    "anxiety": [2, 4, 7, 9, 15, 19, 20],
    "stress": [1, 6, 8, 11, 12, 14, 18],
}
_DASS_CODES = ["normal", "mild", "moderate", "severe", "extremely_severe"]
DASS_BANDS: dict[str, Table] = {
    "depression": list(zip([0, 10, 14, 21, 28], [9, 13, 20, 27, 42], _DASS_CODES, strict=True)),
    "anxiety": list(zip([0, 8, 10, 15, 20], [7, 9, 14, 19, 42], _DASS_CODES, strict=True)),
    "stress": list(zip([0, 15, 19, 26, 34], [14, 18, 25, 33, 42], _DASS_CODES, strict=True)),
}


@dataclasses.dataclass(frozen=True)
class Spec:
    code: str
    n_items: int
    lo: int
    hi: int
    bands: Table


TOTAL_SPECS = [
    Spec("SRQ-20", 20, 0, 1, SRQ20_BANDS),
    Spec("PHQ-9", 9, 0, 3, PHQ9_BANDS),
    Spec("GAD-7", 7, 0, 3, GAD7_BANDS),
    Spec("K10", 10, 1, 5, K10_BANDS),
    Spec("FAMILY-APGAR", 5, 0, 2, APGAR_BANDS),
]
SPEC_BY_CODE = {s.code: s for s in TOTAL_SPECS}


def band_of(table: Table, value: int) -> str:
    matches = [code for lo, hi, code in table if lo <= value <= hi]
    assert len(matches) == 1, (table, value)
    return matches[0]


def vector_summing_to(target: int, n: int, lo: int, hi: int, rng: random.Random) -> list[int]:
    """A random answer vector of ``n`` items in ``lo..hi`` whose plain sum is ``target``."""
    assert n * lo <= target <= n * hi
    answers = [lo] * n
    for _ in range(target - n * lo):
        answers[rng.choice([i for i in range(n) if answers[i] < hi])] += 1
    assert sum(answers) == target
    return answers


def test_available_lists_exactly_the_six_sorted() -> None:
    codes = [i.code for i in available()]
    assert codes == ["DASS-21", "FAMILY-APGAR", "GAD-7", "K10", "PHQ-9", "SRQ-20"]
    assert codes == sorted(codes)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("phq-9", "PHQ-9"),
        ("PHQ-9", "PHQ-9"),
        ("Phq9", "PHQ-9"),
        ("gad-7", "GAD-7"),
        ("srq20", "SRQ-20"),
        ("dass-21", "DASS-21"),
        ("k10", "K10"),
        ("family-apgar", "FAMILY-APGAR"),
        ("family_apgar", "FAMILY-APGAR"),
    ],
)
def test_get_is_case_and_punctuation_insensitive(query: str, code: str) -> None:
    assert get(query).code == code
    assert get(query) is get(code)  # loaded once, cached


def test_get_unknown_code_names_the_known_ones() -> None:
    with pytest.raises(KeyError) as info:
        get("BDI-II")
    message = str(info.value)
    assert "BDI-II" in message
    assert "PHQ-9" in message and "SRQ-20" in message


@pytest.mark.parametrize("instrument", available(), ids=lambda i: i.code)
def test_every_shipped_definition_is_complete(instrument: Instrument) -> None:
    for text in (
        instrument.name_id,
        instrument.name_en,
        instrument.description_id,
        instrument.description_en,
        instrument.instruction_id,
        instrument.instruction_en,
        instrument.period_id,
        instrument.period_en,
        instrument.source,
        instrument.version,
    ):
        assert text.strip()
    assert "Missing answers" in instrument.source
    assert [item.number for item in instrument.items] == list(range(1, len(instrument.items) + 1))
    for item in instrument.items:
        assert item.text_id.strip() and item.text_en.strip()
        assert item.text_id != item.text_en
        for option in item.options:
            assert option.label_id.strip() and option.label_en.strip()
    # Each shipped file is what a fresh load from disk gives.
    files = {load_instrument(p).code for p in INSTRUMENTS_DIR.glob("*.json")}
    assert instrument.code in files


# --------------------------------------------------------------------------- totals and bands


def _total_cases() -> list[tuple[str, int]]:
    return [
        (spec.code, total)
        for spec in TOTAL_SPECS
        for total in range(spec.n_items * spec.lo, spec.n_items * spec.hi + 1)
    ]


@pytest.mark.parametrize(("code", "total"), _total_cases())
def test_every_total_gets_the_published_band(code: str, total: int) -> None:
    spec = SPEC_BY_CODE[code]
    instrument = get(code)
    rng = random.Random(f"{code}:{total}")
    for _ in range(6):
        answers = vector_summing_to(total, spec.n_items, spec.lo, spec.hi, rng)
        score = instrument.score(answers)
        assert score.total == sum(answers) == total
        assert score.severity is not None
        assert score.severity.code == band_of(spec.bands, total)
        assert score.complete and not score.prorated
        assert score.answered == spec.n_items
        assert dict(score.subscales) == {}


BOUNDARIES = [
    ("PHQ-9", 0, "minimal"),
    ("PHQ-9", 4, "minimal"),
    ("PHQ-9", 5, "mild"),
    ("PHQ-9", 9, "mild"),
    ("PHQ-9", 10, "moderate"),
    ("PHQ-9", 14, "moderate"),
    ("PHQ-9", 15, "moderately_severe"),
    ("PHQ-9", 19, "moderately_severe"),
    ("PHQ-9", 20, "severe"),
    ("PHQ-9", 27, "severe"),
    ("GAD-7", 0, "minimal"),
    ("GAD-7", 4, "minimal"),
    ("GAD-7", 5, "mild"),
    ("GAD-7", 9, "mild"),
    ("GAD-7", 10, "moderate"),
    ("GAD-7", 14, "moderate"),
    ("GAD-7", 15, "severe"),
    ("GAD-7", 21, "severe"),
    ("SRQ-20", 0, "below_cutoff"),
    ("SRQ-20", 5, "below_cutoff"),
    ("SRQ-20", 6, "above_cutoff"),
    ("SRQ-20", 20, "above_cutoff"),
    ("K10", 10, "low"),
    ("K10", 15, "low"),
    ("K10", 16, "moderate"),
    ("K10", 21, "moderate"),
    ("K10", 22, "high"),
    ("K10", 29, "high"),
    ("K10", 30, "very_high"),
    ("K10", 50, "very_high"),
    ("FAMILY-APGAR", 0, "severe_dysfunction"),
    ("FAMILY-APGAR", 3, "severe_dysfunction"),
    ("FAMILY-APGAR", 4, "moderate_dysfunction"),
    ("FAMILY-APGAR", 6, "moderate_dysfunction"),
    ("FAMILY-APGAR", 7, "functional"),
    ("FAMILY-APGAR", 10, "functional"),
]


@pytest.mark.parametrize(("code", "total", "band"), BOUNDARIES)
def test_published_boundaries(code: str, total: int, band: str) -> None:
    spec = SPEC_BY_CODE[code]
    answers = vector_summing_to(total, spec.n_items, spec.lo, spec.hi, random.Random(total))
    score = get(code).score(answers)
    assert score.total == total
    assert score.severity is not None and score.severity.code == band


@pytest.mark.parametrize(
    ("code", "low", "high"),
    [
        ("SRQ-20", 0, 20),
        ("PHQ-9", 0, 27),
        ("GAD-7", 0, 21),
        ("K10", 10, 50),
        ("FAMILY-APGAR", 0, 10),
    ],
)
def test_min_and_max(code: str, low: int, high: int) -> None:
    spec = SPEC_BY_CODE[code]
    instrument = get(code)
    assert (instrument.min_total, instrument.max_total) == (low, high)
    assert instrument.score([spec.lo] * spec.n_items).total == low
    assert instrument.score([spec.hi] * spec.n_items).total == high


def test_labels_are_indonesian_and_english() -> None:
    phq = get("PHQ-9").score([3] * 5 + [2] * 4)  # 23
    assert phq.severity is not None
    assert (phq.severity.code, phq.severity.label, phq.severity.label_en) == (
        "severe",
        "Berat",
        "Severe",
    )
    phq = get("PHQ-9").score([2] * 8 + [0])  # 16
    assert phq.severity is not None
    assert (phq.severity.label, phq.severity.label_en) == ("Cukup berat", "Moderately severe")
    srq = get("SRQ-20").score([1] * 6 + [0] * 14)
    assert srq.severity is not None
    assert srq.severity.label == "Kemungkinan gangguan mental emosional"
    k10 = get("K10").score([3] * 10)  # 30
    assert k10.severity is not None
    assert (k10.severity.label, k10.severity.label_en) == ("Sangat tinggi", "Very high")
    apgar = get("FAMILY-APGAR").score([2, 2, 2, 1, 0])  # 7
    assert apgar.severity is not None
    assert apgar.severity.label == "Fungsi keluarga baik"


def test_wording_and_answer_values_that_matter() -> None:
    srq = get("SRQ-20")
    assert srq.items[16].text_id == "Apakah Anda mempunyai pikiran untuk mengakhiri hidup Anda?"
    assert {(o.label_id, o.value) for o in srq.items[0].options} == {("Ya", 1), ("Tidak", 0)}
    k10 = get("K10")
    assert {o.value: o.label_id for o in k10.items[0].options}[1] == "Tidak pernah"
    assert {o.value: o.label_id for o in k10.items[0].options}[5] == "Sepanjang waktu"
    apgar = get("FAMILY-APGAR")
    assert {o.label_id: o.value for o in apgar.items[0].options} == {
        "Hampir selalu": 2,
        "Kadang-kadang": 1,
        "Hampir tidak pernah": 0,
    }
    assert get("PHQ-9").period_id == "2 minggu terakhir"
    assert get("DASS-21").period_id == "seminggu terakhir"
    assert get("K10").period_id == "30 hari terakhir"
    assert not any(item.reverse_scored for i in available() for item in i.items)


def test_reviewed_wordings_are_in_use_and_their_source_is_kept() -> None:
    """The domain review's wording (PHQ-9/GAD-7 answer 2, PHQ-9 item 3, K10 answers, SRQ-20
    item 14 and "khawatir"), each with its reason in the file's own ``source``."""
    half = "Lebih dari separuh waktu (lebih dari 7 hari)"
    for code in ("PHQ-9", "GAD-7"):
        definition = get(code)
        labels = {o.value: o.label_id for o in definition.items[0].options}
        assert labels[2] == half
        assert definition.version == "1.1"
        assert "separuh hari" in definition.source  # the old wording and why
    assert get("PHQ-9").items[2].text_id == (
        "Sulit untuk tertidur, sering terbangun, atau terlalu banyak tidur"
    )
    k10 = {o.value: o.label_id for o in get("K10").items[0].options}
    assert (k10[2], k10[4]) == ("Sebagian kecil waktu", "Sebagian besar waktu")
    srq = get("SRQ-20")
    assert srq.items[13].text_id == "Apakah Anda merasa tidak mampu berperan dalam kehidupan ini?"
    assert "khawatir" in srq.items[4].text_id
    assert not any("kuatir" in item.text_id for i in available() for item in i.items)
    for code in ("PHQ-9", "GAD-7", "K10", "SRQ-20"):
        assert "version 1.1" in get(code).source


# --------------------------------------------------------------------------- DASS-21


def test_dass_subscales_match_the_published_item_lists() -> None:
    dass = get("DASS-21")
    assert {s.code: list(s.items) for s in dass.subscales} == DASS_ITEMS
    assert all(s.multiplier == 2 and (s.min_score, s.max_score) == (0, 42) for s in dass.subscales)
    assert dass.total is None and dass.min_total is None and dass.max_total is None
    for sub in DASS_ITEMS:
        assert [(b.min, b.max, b.code) for b in dass.thresholds(sub)] == DASS_BANDS[sub]


@pytest.mark.parametrize("subscale", sorted(DASS_ITEMS))
@pytest.mark.parametrize("raw", range(22))
def test_dass_subscale_doubled_and_banded(subscale: str, raw: int) -> None:
    dass = get("DASS-21")
    rng = random.Random(f"{subscale}:{raw}")
    for _ in range(4):
        answers: list[int | None] = [rng.randint(0, 3) for _ in range(21)]
        for n, value in zip(
            DASS_ITEMS[subscale], vector_summing_to(raw, 7, 0, 3, rng), strict=True
        ):
            answers[n - 1] = value
        score = dass.score(answers)
        assert score.total is None and score.severity is None
        assert score.complete and not score.prorated
        for sub, numbers in DASS_ITEMS.items():
            expected = 2 * sum(answers[n - 1] or 0 for n in numbers)
            assert score.subscales[sub] == expected
            assert score.subscale_severity[sub].code == band_of(DASS_BANDS[sub], expected)
        assert score.subscales[subscale] == 2 * raw
        assert score.flags == ()


@pytest.mark.parametrize(
    ("subscale", "doubled", "band"),
    [
        ("depression", 8, "normal"),
        ("depression", 10, "mild"),
        ("depression", 12, "mild"),
        ("depression", 14, "moderate"),
        ("depression", 20, "moderate"),
        ("depression", 22, "severe"),
        ("depression", 26, "severe"),
        ("depression", 28, "extremely_severe"),
        ("depression", 42, "extremely_severe"),
        ("anxiety", 6, "normal"),
        ("anxiety", 8, "mild"),
        ("anxiety", 10, "moderate"),
        ("anxiety", 14, "moderate"),
        ("anxiety", 16, "severe"),
        ("anxiety", 18, "severe"),
        ("anxiety", 20, "extremely_severe"),
        ("stress", 14, "normal"),
        ("stress", 16, "mild"),
        ("stress", 18, "mild"),
        ("stress", 20, "moderate"),
        ("stress", 24, "moderate"),
        ("stress", 26, "severe"),
        ("stress", 32, "severe"),
        ("stress", 34, "extremely_severe"),
    ],
)
def test_dass_published_boundaries(subscale: str, doubled: int, band: str) -> None:
    answers: list[int | None] = [0] * 21
    values = vector_summing_to(doubled // 2, 7, 0, 3, random.Random(doubled))
    for n, value in zip(DASS_ITEMS[subscale], values, strict=True):
        answers[n - 1] = value
    score = get("DASS-21").score(answers)
    assert score.subscales[subscale] == doubled
    assert score.subscale_severity[subscale].code == band


def test_dass_labels() -> None:
    score = get("DASS-21").score([3] * 21)
    assert {k: v.label for k, v in score.subscale_severity.items()} == {
        "depression": "Sangat berat",
        "anxiety": "Sangat berat",
        "stress": "Sangat berat",
    }
    score = get("DASS-21").score([0] * 21)
    assert {v.label for v in score.subscale_severity.values()} == {"Normal"}


# --------------------------------------------------------------------------- risk flags


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_phq9_item9_flags_whatever_the_total(item9: int) -> None:
    phq = get("PHQ-9")
    for others in ([0] * 8, [3] * 8, [1, 0, 2, 0, 1, 0, 0, 1]):
        score = phq.score([*others, item9])
        assert [(f.code, f.item, f.score) for f in score.flags] == [("suicide_risk", 9, None)]
        assert score.flags[0].label.startswith("Risiko bunuh diri")
        assert score.flags[0].label_en.startswith("Suicide risk")


def test_phq9_item9_zero_never_flags() -> None:
    phq = get("PHQ-9")
    rng = random.Random(9)
    for _ in range(200):
        assert phq.score([*(rng.randint(0, 3) for _ in range(8)), 0]).flags == ()


def test_srq20_item17_yes_flags_and_no_does_not() -> None:
    srq = get("SRQ-20")
    yes = [0] * 20
    yes[16] = 1
    score = srq.score(yes)
    assert score.total == 1
    assert [(f.code, f.item) for f in score.flags] == [("suicide_risk", 17)]
    everything_but_17 = [1] * 20
    everything_but_17[16] = 0
    assert srq.score(everything_but_17).flags == ()
    assert srq.score(everything_but_17).total == 19


def test_a_blank_item_never_hides_a_suicide_answer() -> None:
    phq = get("PHQ-9").score([None, 0, 0, 0, 0, 0, 0, 0, 2])
    assert phq.total is None and not phq.complete
    assert [(f.code, f.item) for f in phq.flags] == [("suicide_risk", 9)]
    srq_answers: list[int | None] = [None] * 20
    srq_answers[16] = 1
    srq = get("SRQ-20").score(srq_answers)
    assert srq.total is None and srq.answered == 1
    assert [(f.code, f.item) for f in srq.flags] == [("suicide_risk", 17)]


def test_no_flags_without_a_risk_rule() -> None:
    for code, n, hi in (
        ("GAD-7", 7, 3),
        ("K10", 10, 5),
        ("FAMILY-APGAR", 5, 2),
        ("DASS-21", 21, 3),
    ):
        assert get(code).score([hi] * n).flags == ()


# --------------------------------------------------------------------------- missing answers


@pytest.mark.parametrize("spec", TOTAL_SPECS, ids=lambda s: s.code)
def test_refuse_gives_no_total_never_a_zero(spec: Spec) -> None:
    instrument = get(spec.code)
    assert instrument.missing.rule == "refuse"
    for blank in range(spec.n_items):
        answers: list[int | None] = [spec.hi] * spec.n_items
        answers[blank] = None
        score = instrument.score(answers)
        assert score.total is None
        assert score.severity is None
        assert not score.complete and not score.prorated
        assert score.answered == spec.n_items - 1
    empty = instrument.score([None] * spec.n_items)
    assert (empty.total, empty.severity, empty.answered, empty.complete) == (None, None, 0, False)


def test_dass_refuse_omits_only_the_incomplete_subscale() -> None:
    dass = get("DASS-21")
    answers: list[int | None] = [2] * 21
    answers[13 - 1] = None  # a depression item
    score = dass.score(answers)
    assert "depression" not in score.subscales
    assert "depression" not in score.subscale_severity
    assert dict(score.subscales) == {"anxiety": 28, "stress": 28}
    assert not score.complete and not score.prorated and score.answered == 20
    assert dass.score([None] * 21).subscales == {}


def _modified_copy(tmp_path: Path, name: str, change: Callable[[dict[str, Any]], None]) -> Path:
    data = json.loads((INSTRUMENTS_DIR / name).read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _round_half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def test_prorate_total_arithmetic(tmp_path: Path) -> None:
    def prorate(data: dict[str, Any]) -> None:
        data["missing"] = {"rule": "prorate", "max_missing": 2, "per": "total"}

    phq = load_instrument(_modified_copy(tmp_path, "phq9.json", prorate))
    # The worked case: one item blank, the other eight sum to 16 -> 16 x 9 / 8 = 18.
    score = phq.score([2, 2, 2, 2, None, 2, 2, 2, 2])
    assert (score.total, score.prorated, score.complete, score.answered) == (18, True, False, 8)
    assert score.severity is not None and score.severity.code == "moderately_severe"
    # Half up, not to even: 4 x 9 / 8 = 4.5 -> 5 (Python's round() would give 4).
    assert phq.score([1, 1, 1, 1, None, 0, 0, 0, 0]).total == 5
    rng = random.Random(99)
    for _ in range(300):
        answers: list[int | None] = [rng.randint(0, 3) for _ in range(9)]
        blanks = rng.sample(range(9), rng.randint(0, 3))
        for b in blanks:
            answers[b] = None
        given = [a for a in answers if a is not None]
        score = phq.score(answers)
        if len(blanks) == 0:
            assert score.total == sum(given) and not score.prorated
        elif len(blanks) <= 2:
            assert score.total == _round_half_up(sum(given) * 9, len(given))
            assert score.prorated
            assert score.severity is not None
            assert score.severity.code == band_of(PHQ9_BANDS, score.total)
        else:
            assert score.total is None and not score.prorated and score.severity is None


def test_prorate_per_subscale_arithmetic(tmp_path: Path) -> None:
    def prorate(data: dict[str, Any]) -> None:
        data["missing"] = {"rule": "prorate", "max_missing": 1, "per": "subscale"}

    dass = load_instrument(_modified_copy(tmp_path, "dass21.json", prorate))
    answers: list[int | None] = [0] * 21
    # depression: one blank, six answered summing to 5 -> round(5 x 7 / 6 = 5.83) = 6 -> x2 = 12
    for n, v in zip([3, 5, 10, 13, 16, 17], [1, 1, 1, 1, 1, 0], strict=True):
        answers[n - 1] = v
    answers[21 - 1] = None
    # stress: two blanks -> not scored
    answers[1 - 1] = None
    answers[6 - 1] = None
    score = dass.score(answers)
    assert score.subscales["depression"] == 12
    assert score.subscale_severity["depression"].code == "mild"
    assert score.subscales["anxiety"] == 0
    assert "stress" not in score.subscales
    assert score.prorated and not score.complete and score.answered == 18


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("code", "n"), [("PHQ-9", 9), ("SRQ-20", 20), ("DASS-21", 21)])
def test_wrong_length_rejected(code: str, n: int) -> None:
    instrument = get(code)
    for length in (0, n - 1, n + 1):
        with pytest.raises(ValueError, match="answers"):
            instrument.score([0] * length)


@pytest.mark.parametrize(
    ("code", "spec_n", "bad"),
    [
        ("PHQ-9", 9, 4),
        ("PHQ-9", 9, -1),
        ("GAD-7", 7, 4),
        ("SRQ-20", 20, 2),
        ("K10", 10, 0),
        ("K10", 10, 6),
        ("FAMILY-APGAR", 5, 3),
        ("DASS-21", 21, 4),
    ],
)
def test_out_of_range_answer_rejected_naming_the_item(code: str, spec_n: int, bad: int) -> None:
    instrument = get(code)
    valid = min(instrument.items[0].values)
    for position in (0, spec_n - 1):
        answers: list[int | None] = [valid] * spec_n
        answers[position] = bad
        with pytest.raises(ValueError, match=f"item {position + 1}:"):
            instrument.score(answers)


@pytest.mark.parametrize("bad", [True, 1.0, "1"])
def test_non_integer_answers_rejected(bad: object) -> None:
    with pytest.raises(ValueError, match="item 2"):
        get("PHQ-9").score([0, bad, 0, 0, 0, 0, 0, 0, 0])  # type: ignore[list-item]


def test_score_is_immutable() -> None:
    score = get("DASS-21").score([1] * 21)
    with pytest.raises(TypeError):
        score.subscales["depression"] = 0  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.total = 3  # type: ignore[misc]


def test_thresholds() -> None:
    phq = get("PHQ-9")
    assert [(b.min, b.max) for b in phq.thresholds()] == [(lo, hi) for lo, hi, _ in PHQ9_BANDS]
    assert [b.code for b in get("K10").thresholds("total")] == [c for _, _, c in K10_BANDS]
    with pytest.raises(KeyError):
        get("DASS-21").thresholds()
    with pytest.raises(KeyError):
        phq.thresholds("depression")


# --------------------------------------------------------------------------- test-only definitions


def _test_definition() -> dict[str, Any]:
    """Four items 0-3; items 2 and 4 reverse-scored; subscales a = 1+2, b = 3+4."""

    def item(n: int, reverse: bool, sub: str) -> dict[str, Any]:
        return {
            "number": n,
            "text_id": f"Butir {n}",
            "text_en": f"Item {n}",
            "option_set": "freq",
            "reverse_scored": reverse,
            "subscales": [sub],
        }

    def band(lo: int, hi: int, code: str) -> dict[str, Any]:
        return {"min": lo, "max": hi, "code": code, "label_id": code, "label_en": code}

    return {
        "schema": 1,
        "code": "TEST-4",
        "version": "1",
        "name_id": "Uji",
        "name_en": "Test",
        "description_id": "Uji",
        "description_en": "Test",
        "instruction_id": "Uji",
        "instruction_en": "Test",
        "period_id": "minggu ini",
        "period_en": "this week",
        "source": "test only",
        "option_sets": {
            "freq": [{"value": v, "label_id": f"n{v}", "label_en": f"v{v}"} for v in (0, 1, 2, 3)]
        },
        "items": [item(1, False, "a"), item(2, True, "a"), item(3, False, "b"), item(4, True, "b")],
        "subscales": [
            {"code": "a", "name_id": "A", "name_en": "A", "items": [1, 2], "multiplier": 1},
            {"code": "b", "name_id": "B", "name_en": "B", "items": [3, 4], "multiplier": 3},
        ],
        "total": {"items": "all", "multiplier": 1},
        "missing": {"rule": "refuse"},
        "bands": {
            "total": [band(0, 4, "low"), band(5, 12, "high")],
            "b": [band(0, 8, "b_low"), band(9, 18, "b_high")],
        },
        "risk_rules": [
            {
                "item": 2,
                "op": "==",
                "value": 3,
                "flag": "item_two_max",
                "label_id": "x",
                "label_en": "x",
            },
            {
                "score": "total",
                "op": ">=",
                "value": 10,
                "flag": "high_total",
                "label_id": "y",
                "label_en": "y",
            },
            {
                "score": "b",
                "op": ">",
                "value": 15,
                "flag": "b_high",
                "label_id": "z",
                "label_en": "z",
            },
        ],
    }


def _write(tmp_path: Path, data: dict[str, Any], name: str = "test4.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_reverse_scoring(tmp_path: Path) -> None:
    inst = load_instrument(_write(tmp_path, _test_definition()))
    assert inst.items[1].reverse_scored and not inst.items[0].reverse_scored
    assert (inst.min_total, inst.max_total) == (0, 12)
    assert inst.subscale("b").max_score == 18
    assert inst.score([0, 0, 0, 0]).total == 6
    assert inst.score([0, 3, 0, 3]).total == 0
    for a1, a2, a3, a4 in (
        (w, x, y, z) for w in range(4) for x in range(4) for y in range(4) for z in range(4)
    ):
        score = inst.score([a1, a2, a3, a4])
        expected_a = a1 + (3 - a2)
        expected_b = 3 * (a3 + (3 - a4))
        assert score.total == a1 + (3 - a2) + a3 + (3 - a4)
        assert dict(score.subscales) == {"a": expected_a, "b": expected_b}
        assert score.severity is not None
        assert score.severity.code == ("low" if score.total <= 4 else "high")
        assert "a" not in score.subscale_severity
        assert score.subscale_severity["b"].code == ("b_low" if expected_b <= 8 else "b_high")
        flags = {(f.code, f.item, f.score) for f in score.flags}
        # An item rule reads the answer as given, before reversing.
        assert (("item_two_max", 2, None) in flags) == (a2 == 3)
        assert (("high_total", None, "total") in flags) == (score.total >= 10)
        assert (("b_high", None, "b") in flags) == (expected_b > 15)


def test_score_rules_need_the_score(tmp_path: Path) -> None:
    inst = load_instrument(_write(tmp_path, _test_definition()))
    score = inst.score([3, 0, 3, None])
    assert score.total is None
    assert "b" not in score.subscales and score.subscales["a"] == 6
    assert score.flags == ()


def _strip_to_nothing(data: dict[str, Any]) -> None:
    data.update(total="none", subscales=[], bands={}, risk_rules=[])
    for item in data["items"]:
        item["subscales"] = []


BAD_DEFINITIONS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "band gap",
        lambda d: d["bands"].update(
            total=[
                {"min": 0, "max": 4, "code": "low", "label_id": "l", "label_en": "l"},
                {"min": 6, "max": 12, "code": "high", "label_id": "h", "label_en": "h"},
            ]
        ),
        "gap between low",
    ),
    (
        "band overlap",
        lambda d: d["bands"].update(
            total=[
                {"min": 0, "max": 5, "code": "low", "label_id": "l", "label_en": "l"},
                {"min": 5, "max": 12, "code": "high", "label_id": "h", "label_en": "h"},
            ]
        ),
        "overlap",
    ),
    ("bands stop short", lambda d: d["bands"]["total"][1].update(max=11), "ends at 11"),
    ("bands start late", lambda d: d["bands"]["total"][0].update(min=1), "starts at 1"),
    ("band min above max", lambda d: d["bands"]["b"][0].update(min=9, max=8), "above max"),
    ("duplicate band code", lambda d: d["bands"]["b"][1].update(code="b_low"), "band code twice"),
    ("bands for no scale", lambda d: d["bands"].update(c=d["bands"]["b"]), "bands.c"),
    ("unknown option set", lambda d: d["items"][2].update(option_set="nope"), "unknown option set"),
    ("items out of order", lambda d: d["items"][2].update(number=4), "numbered"),
    (
        "membership mismatch",
        lambda d: d["subscales"][0].update(items=[1, 2, 3]),
        "subscale a: lists items [1, 2, 3]",
    ),
    ("unknown subscale", lambda d: d["items"][0].update(subscales=["zz"]), "unknown subscale"),
    ("item rule on no item", lambda d: d["risk_rules"][0].update(item=5), "item 5 does not exist"),
    ("rule never fires", lambda d: d["risk_rules"][0].update(op=">=", value=4), "never fire"),
    ("rule always fires", lambda d: d["risk_rules"][0].update(op=">=", value=0), "always fire"),
    ("bad operator", lambda d: d["risk_rules"][0].update(op="=>"), "must be one of"),
    ("score rule on nothing", lambda d: d["risk_rules"][1].update(score="zz"), "unknown score"),
    ("misspelt key", lambda d: d["items"][0].update(reverse_score=True), "unknown key"),
    ("missing key", lambda d: d.pop("period_en"), "missing key(s) period_en"),
    ("answer value twice", lambda d: d["option_sets"]["freq"][1].update(value=0), "same value"),
    (
        "asymmetric reverse",
        lambda d: d["option_sets"]["freq"][3].update(value=5),
        "not symmetric",
    ),
    (
        "prorate too many",
        lambda d: d.update(missing={"rule": "prorate", "max_missing": 2, "per": "subscale"}),
        "max_missing",
    ),
    ("unknown rule", lambda d: d.update(missing={"rule": "zero"}), "refuse"),
    ("bool as number", lambda d: d["subscales"][0].update(multiplier=True), "integer"),
    ("wrong schema", lambda d: d.update(schema=2), "schema"),
    ("lower-case code", lambda d: d.update(code="test-4"), "upper-case"),
    ("empty text", lambda d: d["items"][1].update(text_id=" "), "item 2.text_id"),
    ("nothing to score", lambda d: _strip_to_nothing(d), "nothing would be scored"),
]


@pytest.mark.parametrize(
    ("change", "problem"),
    [(c, p) for _, c, p in BAD_DEFINITIONS],
    ids=[name for name, _, _ in BAD_DEFINITIONS],
)
def test_loader_rejects_inconsistent_definitions(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], problem: str
) -> None:
    data = copy.deepcopy(_test_definition())
    change(data)
    path = _write(tmp_path, data, "broken.json")
    with pytest.raises(InstrumentDefinitionError) as info:
        load_instrument(path)
    assert "broken.json" in str(info.value)
    assert problem in str(info.value)
    assert info.value.path == path
    assert str(tmp_path) not in str(info.value)  # only the file name, never the folder


def test_loader_rejects_invalid_json_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema": 1,', encoding="utf-8")
    with pytest.raises(InstrumentDefinitionError, match=r"bad\.json: is not valid JSON"):
        load_instrument(path)
    with pytest.raises(InstrumentDefinitionError, match="cannot be read"):
        load_instrument(tmp_path / "absent.json")


def test_valid_test_definition_loads(tmp_path: Path) -> None:
    assert load_instrument(_write(tmp_path, _test_definition())).code == "TEST-4"


def test_duplicate_codes_in_a_folder_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, _test_definition(), "one.json")
    twin = _test_definition()
    twin["code"] = "TEST4"  # same lookup key as TEST-4
    _write(tmp_path, twin, "two.json")
    with pytest.raises(InstrumentDefinitionError, match=r"two\.json: code 'TEST4' is already"):
        loading._load_directory(tmp_path)
