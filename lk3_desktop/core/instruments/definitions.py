"""What an instrument is (items, scales, bands, risk rules) and the one scoring engine.

A risk flag from an answered item is raised even when other items are blank: a "yes" on a
suicide item is never hidden by an incomplete form. Incomplete scales are omitted, never zero.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal, cast

from lk3_desktop.core.errors import KnownError

TOTAL: Final = "total"
"""Name of the total score in ``bands`` and in score-based risk rules."""

_OPS: Final[Mapping[str, Callable[[int, int], bool]]] = MappingProxyType(
    {
        ">=": operator.ge,
        ">": operator.gt,
        "<=": operator.le,
        "<": operator.lt,
        "==": operator.eq,
        "!=": operator.ne,
    }
)


class InstrumentDefinitionError(KnownError):
    """An instrument definition file is unreadable or breaks a consistency rule.

    ``path`` is the file; ``problem`` says what is wrong and where in the file. The message holds
    only the file name, never a folder that could carry a person's account name.
    """

    code = "instrument_definition"

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"instrument definition {self.path.name}: {problem}")


@dataclass(frozen=True, slots=True)
class Option:
    """One answer an item offers: the stored ``value`` and its labels."""

    value: int
    label_id: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Item:
    """One question. ``subscales`` holds the codes of the subscales it counts towards."""

    number: int
    text_id: str
    text_en: str
    option_set: str
    options: tuple[Option, ...]
    reverse_scored: bool
    subscales: tuple[str, ...]

    @property
    def values(self) -> frozenset[int]:
        """The answer values this item accepts."""
        return frozenset(o.value for o in self.options)

    def scored(self, answer: int) -> int:
        """The value ``answer`` adds to a score (reversed for a reverse-scored item)."""
        if not self.reverse_scored:
            return answer
        values = self.values
        return min(values) + max(values) - answer


@dataclass(frozen=True, slots=True)
class Severity:
    """A band a score falls in: stable ``code``, Indonesian ``label``, English ``label_en``."""

    code: str
    label: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Band:
    """An inclusive score range ``min..max`` with its severity code and labels."""

    min: int
    max: int
    code: str
    label_id: str
    label_en: str

    def contains(self, value: int) -> bool:
        """Whether ``value`` lies in this band."""
        return self.min <= value <= self.max

    @property
    def severity(self) -> Severity:
        """This band as a :class:`Severity`."""
        return Severity(self.code, self.label_id, self.label_en)


@dataclass(frozen=True, slots=True)
class Subscale:
    """A named sum of some items, times ``multiplier``; ``min_score``/``max_score`` computed."""

    code: str
    name_id: str
    name_en: str
    items: tuple[int, ...]
    multiplier: int
    min_score: int
    max_score: int


@dataclass(frozen=True, slots=True)
class Total:
    """The total score: the sum of ``items`` times ``multiplier``."""

    items: tuple[int, ...]
    multiplier: int
    min_score: int
    max_score: int


@dataclass(frozen=True, slots=True)
class MissingRule:
    """What to do with unanswered items: ``refuse``, or ``prorate`` up to ``max_missing``."""

    rule: Literal["refuse", "prorate"]
    max_missing: int = 0
    per: Literal["total", "subscale"] | None = None

    def allowed_missing(self, scale_kind: Literal["total", "subscale"]) -> int:
        """How many items a scale of ``scale_kind`` may miss and still be scored."""
        if self.rule == "prorate" and self.per == scale_kind:
            return self.max_missing
        return 0


@dataclass(frozen=True, slots=True)
class RiskRule:
    """Raise ``flag`` when an item's answer (``item``) or a score (``score``) meets ``op value``."""

    flag: str
    label_id: str
    label_en: str
    op: str
    value: int
    item: int | None = None
    score: str | None = None

    def holds(self, observed: int) -> bool:
        """Whether ``observed`` (an answer or a score) meets this rule."""
        return _OPS[self.op](observed, self.value)


@dataclass(frozen=True, slots=True)
class RiskFlag:
    """A raised risk: ``code``, labels, and the ``item`` number or ``score`` name that raised it."""

    code: str
    label: str
    label_en: str
    item: int | None = None
    score: str | None = None


@dataclass(frozen=True, slots=True)
class Score:
    """The result of scoring one answer vector.

    ``total`` is None when the instrument has no total or the total could not be given (too many
    blanks). ``subscales`` holds only the subscales that could be scored. ``complete`` means every
    item was answered; ``prorated`` that at least one reported score was prorated.
    """

    total: int | None
    subscales: Mapping[str, int]
    severity: Severity | None
    subscale_severity: Mapping[str, Severity]
    flags: tuple[RiskFlag, ...]
    complete: bool
    prorated: bool
    answered: int


@dataclass(frozen=True, slots=True, eq=False)
class Instrument:
    """A validated instrument definition. Build one with :func:`load_instrument` or :func:`get`."""

    code: str
    version: str
    name_id: str
    name_en: str
    description_id: str
    description_en: str
    instruction_id: str
    instruction_en: str
    period_id: str
    period_en: str
    source: str
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...]
    total: Total | None
    missing: MissingRule
    bands: Mapping[str, tuple[Band, ...]]
    risk_rules: tuple[RiskRule, ...]

    @property
    def min_total(self) -> int | None:
        """Lowest possible total, or None when the instrument has no total."""
        return None if self.total is None else self.total.min_score

    @property
    def max_total(self) -> int | None:
        """Highest possible total, or None when the instrument has no total."""
        return None if self.total is None else self.total.max_score

    def subscale(self, code: str) -> Subscale:
        """The subscale with ``code`` (KeyError if there is none)."""
        for sub in self.subscales:
            if sub.code == code:
                return sub
        raise KeyError(f"{self.code} has no subscale {code!r}")

    def thresholds(self, scale: str = TOTAL) -> tuple[Band, ...]:
        """The bands of ``scale`` (``"total"`` or a subscale code), lowest first.

        Empty when the scale exists but has no bands; KeyError for an unknown scale.
        """
        if scale == TOTAL:
            if self.total is None:
                raise KeyError(f"{self.code} has no total score")
        else:
            self.subscale(scale)
        return self.bands.get(scale, ())

    def score(self, answers: Sequence[int | None]) -> Score:
        """Score ``answers`` (one per item in order; ``None`` for unanswered).

        Raises ValueError for a wrong number of answers or an answer that is not one of its
        item's option values.
        """
        if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
            raise TypeError("answers must be a sequence of int or None")
        if len(answers) != len(self.items):
            raise ValueError(f"{self.code} has {len(self.items)} items; got {len(answers)} answers")
        given: dict[int, int] = {}
        for item, answer in zip(self.items, answers, strict=True):
            if answer is None:
                continue
            if isinstance(answer, bool) or not isinstance(answer, int):
                raise ValueError(f"{self.code} item {item.number}: answer {answer!r} is not an int")
            if answer not in item.values:
                raise ValueError(
                    f"{self.code} item {item.number}: answer {answer} is not one of "
                    f"{sorted(item.values)}"
                )
            given[item.number] = answer
        scored = {n: self.items[n - 1].scored(a) for n, a in given.items()}

        prorated = False
        total: int | None = None
        severity: Severity | None = None
        if self.total is not None:
            total, was_prorated = _scale_value(
                self.total.items,
                self.total.multiplier,
                scored,
                self.missing.allowed_missing("total"),
            )
            prorated |= was_prorated
            if total is not None:
                severity = _band_for(self.bands.get(TOTAL, ()), total)

        subscales: dict[str, int] = {}
        subscale_severity: dict[str, Severity] = {}
        for sub in self.subscales:
            value, was_prorated = _scale_value(
                sub.items, sub.multiplier, scored, self.missing.allowed_missing("subscale")
            )
            if value is None:
                continue
            prorated |= was_prorated
            subscales[sub.code] = value
            band = _band_for(self.bands.get(sub.code, ()), value)
            if band is not None:
                subscale_severity[sub.code] = band

        flags: list[RiskFlag] = []
        for rule in self.risk_rules:
            if rule.item is not None:
                observed = given.get(rule.item)
            elif rule.score == TOTAL:
                observed = total
            else:
                observed = subscales.get(cast(str, rule.score))
            if observed is not None and rule.holds(observed):
                flags.append(
                    RiskFlag(rule.flag, rule.label_id, rule.label_en, rule.item, rule.score)
                )

        return Score(
            total=total,
            subscales=MappingProxyType(subscales),
            severity=severity,
            subscale_severity=MappingProxyType(subscale_severity),
            flags=tuple(flags),
            complete=len(given) == len(self.items),
            prorated=prorated,
            answered=len(given),
        )


def _round_half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def _scale_value(
    items: tuple[int, ...], multiplier: int, scored: Mapping[int, int], max_missing: int
) -> tuple[int | None, bool]:
    """(score, prorated) of one scale; (None, False) when too many of its items are blank."""
    values = [scored[n] for n in items if n in scored]
    missing = len(items) - len(values)
    if missing == 0:
        return sum(values) * multiplier, False
    if missing > max_missing or not values:
        return None, False
    raw = _round_half_up(Fraction(sum(values) * len(items), len(values)))
    return raw * multiplier, True


def _band_for(bands: tuple[Band, ...], value: int) -> Severity | None:
    for band in bands:
        if band.contains(value):
            return band.severity
    return None
