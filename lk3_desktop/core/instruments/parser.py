"""Reading one instrument definition (JSON) and checking it against every rule of the schema.

Schema (``"schema": 1``; every key is required unless marked optional; unknown keys are refused)::

    {
      "schema": 1,
      "code": "PHQ-9",                  # A-Z, 0-9, "-"; looked up case- and punctuation-blind
      "version": "1.0",                 # version of this definition; bump when wording changes
      "name_id": "...", "name_en": "...",
      "description_id": "...", "description_en": "...",
      "instruction_id": "...", "instruction_en": "...",   # the question stem shown on the form
      "period_id": "2 minggu terakhir", "period_en": "last 2 weeks",
      "source": "..." | ["paragraph", ...],              # licence, citation, translation status
      "option_sets": {"frequency": [{"value": 0, "label_id": "...", "label_en": "..."}, ...]},
      "items": [{"number": 1, "text_id": "...", "text_en": "...", "option_set": "frequency",
                 "reverse_scored": false, "subscales": ["depression"]}, ...],
      "subscales": [{"code": "depression", "name_id": "...", "name_en": "...",
                     "items": [3, 5, ...], "multiplier": 2}, ...],
      "total": {"items": "all" | [1, 2, ...], "multiplier": 1} | "none",
      "missing": {"rule": "refuse"} | {"rule": "prorate", "max_missing": 2, "per": "total"},
      "bands": {"total": [{"min": 0, "max": 4, "code": "minimal",
                           "label_id": "...", "label_en": "..."}, ...],
                "<subscale code>": [...]},
      "risk_rules": [{"item": 9, "op": ">=", "value": 1, "flag": "suicide_risk",
                      "label_id": "...", "label_en": "..."},
                     {"score": "total" | "<subscale code>", "op": ">=", "value": 20, ...}]
    }

Rules the loader enforces:

* items are numbered 1..n in order; each names an existing option set (at least two options,
  distinct integer values); an item's ``subscales`` and the subscales' ``items`` agree exactly;
* a reverse-scored item is scored ``min + max - answer``, so its option values must be symmetric
  (the reversed value of every option is again an option);
* a scale's range is ``multiplier x`` (the sum of each item's lowest / highest scored value);
* bands, per scale, are inclusive ranges sorted by ``min`` that cover the scale's whole range
  with no gap and no overlap; codes are unique within a scale;
* ``missing``: under ``refuse`` a score is given only when every one of its items is answered.
  Under ``prorate`` the scales named by ``per`` (the total, or each subscale) may miss up to
  ``max_missing`` items: the raw sum becomes ``mean of answered items x number of items``,
  rounded half up, and is then multiplied; the other scales still need every item. Use
  ``prorate`` only where the instrument's authors allow it;
* a risk rule compares either an item's answer as given (before reverse scoring) or a computed
  score, with one of ``>= > <= < == !=``; it must be able both to fire and not to fire.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, NoReturn, cast

from lk3_desktop.core.instruments.definitions import (
    _OPS,
    TOTAL,
    Band,
    Instrument,
    InstrumentDefinitionError,
    Item,
    MissingRule,
    Option,
    RiskRule,
    Subscale,
    Total,
)

SCHEMA_VERSION: Final = 1
"""The only definition schema this engine reads."""


_CODE_RE: Final = re.compile(r"[A-Z0-9][A-Z0-9-]*")
_KEY_RE: Final = re.compile(r"[a-z][a-z0-9_]*")


_TOP_KEYS: Final = frozenset(
    {
        "schema",
        "code",
        "version",
        "name_id",
        "name_en",
        "description_id",
        "description_en",
        "instruction_id",
        "instruction_en",
        "period_id",
        "period_en",
        "source",
        "option_sets",
        "items",
        "subscales",
        "total",
        "missing",
        "bands",
        "risk_rules",
    }
)


class _Parser:
    """Turns one parsed JSON document into an :class:`Instrument`, or fails naming the spot."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> NoReturn:
        raise InstrumentDefinitionError(self.path, f"{where}: {problem}" if where else problem)

    # ---- primitive readers

    def obj(
        self,
        value: Any,
        where: str,
        required: frozenset[str] | set[str],
        optional: frozenset[str] | set[str] = frozenset(),
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
        missing = sorted(set(required) - value.keys())
        if missing:
            self.fail(where, f"missing key(s) {', '.join(missing)}")
        unknown = sorted(value.keys() - set(required) - set(optional))
        if unknown:
            self.fail(where, f"unknown key(s) {', '.join(unknown)}")
        return cast(dict[str, Any], value)

    def text(self, obj: Mapping[str, Any], key: str, where: str) -> str:
        value = obj[key]
        if not isinstance(value, str) or not value.strip():
            self.fail(_join(where, key), "must be a non-empty string")
        return value

    def integer(self, obj: Mapping[str, Any], key: str, where: str) -> int:
        value = obj[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_join(where, key), "must be an integer")
        return value

    def boolean(self, obj: Mapping[str, Any], key: str, where: str) -> bool:
        value = obj[key]
        if not isinstance(value, bool):
            self.fail(_join(where, key), "must be true or false")
        return value

    def array(self, obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = obj[key]
        if not isinstance(value, list):
            self.fail(_join(where, key), "must be a list")
        return value

    def int_list(self, obj: Mapping[str, Any], key: str, where: str) -> tuple[int, ...]:
        values = self.array(obj, key, where)
        for v in values:
            if isinstance(v, bool) or not isinstance(v, int):
                self.fail(_join(where, key), "must be a list of integers")
        if len(set(values)) != len(values):
            self.fail(_join(where, key), "lists an item more than once")
        return tuple(values)

    def key_name(self, obj: Mapping[str, Any], key: str, where: str) -> str:
        value = self.text(obj, key, where)
        if not _KEY_RE.fullmatch(value):
            self.fail(_join(where, key), f"{value!r} must be lower-case letters, digits and _")
        return value

    # ---- the document

    def instrument(self, data: Any) -> Instrument:
        doc = self.obj(data, "", _TOP_KEYS)
        schema = self.integer(doc, "schema", "")
        if schema != SCHEMA_VERSION:
            self.fail("schema", f"is {schema}; this version of LK3 Desktop reads {SCHEMA_VERSION}")
        code = self.text(doc, "code", "")
        if not _CODE_RE.fullmatch(code):
            self.fail("code", f"{code!r} must be upper-case letters, digits and -")
        strings = {
            key: self.text(doc, key, "")
            for key in (
                "version",
                "name_id",
                "name_en",
                "description_id",
                "description_en",
                "instruction_id",
                "instruction_en",
                "period_id",
                "period_en",
            )
        }
        source = self.source(doc["source"])
        option_sets = self.option_sets(doc["option_sets"])
        items = self.items(self.array(doc, "items", ""), option_sets)
        subscales = self.subscales(self.array(doc, "subscales", ""), items)
        total = self.total(doc["total"], items)
        if total is None and not subscales:
            self.fail("total", 'is "none" but there are no subscales: nothing would be scored')
        missing = self.missing(doc["missing"], total, subscales)
        bands = self.bands(doc["bands"], total, subscales)
        risk_rules = self.risk_rules(self.array(doc, "risk_rules", ""), items, total, subscales)
        return Instrument(
            code=code,
            version=strings["version"],
            name_id=strings["name_id"],
            name_en=strings["name_en"],
            description_id=strings["description_id"],
            description_en=strings["description_en"],
            instruction_id=strings["instruction_id"],
            instruction_en=strings["instruction_en"],
            period_id=strings["period_id"],
            period_en=strings["period_en"],
            source=source,
            items=items,
            subscales=subscales,
            total=total,
            missing=missing,
            bands=bands,
            risk_rules=risk_rules,
        )

    def source(self, value: Any) -> str:
        if isinstance(value, str) and value.strip():
            return value
        if (
            isinstance(value, list)
            and value
            and all(isinstance(p, str) and p.strip() for p in value)
        ):
            return "\n\n".join(value)
        self.fail("source", "must be a non-empty string or a list of non-empty strings")

    def option_sets(self, value: Any) -> dict[str, tuple[Option, ...]]:
        if not isinstance(value, dict) or not value:
            self.fail("option_sets", "must be a non-empty object")
        sets: dict[str, tuple[Option, ...]] = {}
        for name, raw_options in value.items():
            where = f"option_sets.{name}"
            if not _KEY_RE.fullmatch(name):
                self.fail(where, "name must be lower-case letters, digits and _")
            if not isinstance(raw_options, list) or len(raw_options) < 2:
                self.fail(where, "must list at least two options")
            options: list[Option] = []
            for i, raw in enumerate(raw_options):
                at = f"{where}[{i}]"
                opt = self.obj(raw, at, {"value", "label_id", "label_en"})
                options.append(
                    Option(
                        self.integer(opt, "value", at),
                        self.text(opt, "label_id", at),
                        self.text(opt, "label_en", at),
                    )
                )
            values = [o.value for o in options]
            if len(set(values)) != len(values):
                self.fail(where, "has two options with the same value")
            sets[name] = tuple(options)
        return sets

    def items(
        self, raw_items: list[Any], option_sets: Mapping[str, tuple[Option, ...]]
    ) -> tuple[Item, ...]:
        if not raw_items:
            self.fail("items", "must not be empty")
        items: list[Item] = []
        used_sets: set[str] = set()
        for i, raw in enumerate(raw_items):
            where = f"items[{i}]"
            obj = self.obj(
                raw,
                where,
                {"number", "text_id", "text_en", "option_set", "reverse_scored", "subscales"},
            )
            number = self.integer(obj, "number", where)
            if number != i + 1:
                self.fail(where, f"number is {number}; items must be numbered 1, 2, 3 ... in order")
            where = f"item {number}"
            set_name = self.text(obj, "option_set", where)
            if set_name not in option_sets:
                self.fail(where, f"unknown option set {set_name!r}")
            used_sets.add(set_name)
            options = option_sets[set_name]
            reverse = self.boolean(obj, "reverse_scored", where)
            if reverse:
                values = {o.value for o in options}
                low, high = min(values), max(values)
                if {low + high - v for v in values} != values:
                    self.fail(
                        where,
                        f"is reverse-scored but option set {set_name!r} is not symmetric "
                        f"(values {sorted(values)})",
                    )
            memberships = self.array(obj, "subscales", where)
            if not all(isinstance(s, str) for s in memberships) or len(set(memberships)) != len(
                memberships
            ):
                self.fail(_join(where, "subscales"), "must be a list of distinct subscale codes")
            items.append(
                Item(
                    number=number,
                    text_id=self.text(obj, "text_id", where),
                    text_en=self.text(obj, "text_en", where),
                    option_set=set_name,
                    options=options,
                    reverse_scored=reverse,
                    subscales=tuple(memberships),
                )
            )
        unused = sorted(set(option_sets) - used_sets)
        if unused:
            self.fail("option_sets", f"{', '.join(unused)} not used by any item")
        return tuple(items)

    def check_items(self, numbers: tuple[int, ...], items: tuple[Item, ...], where: str) -> None:
        if not numbers:
            self.fail(where, "must list at least one item")
        for n in numbers:
            if not 1 <= n <= len(items):
                self.fail(where, f"item {n} does not exist (items are 1-{len(items)})")

    def subscales(self, raw_subs: list[Any], items: tuple[Item, ...]) -> tuple[Subscale, ...]:
        subs: list[Subscale] = []
        for i, raw in enumerate(raw_subs):
            where = f"subscales[{i}]"
            obj = self.obj(raw, where, {"code", "name_id", "name_en", "items", "multiplier"})
            code = self.key_name(obj, "code", where)
            where = f"subscale {code}"
            if code == TOTAL:
                self.fail(where, f"{TOTAL!r} is reserved for the total score")
            if any(s.code == code for s in subs):
                self.fail(where, "is defined twice")
            numbers = self.int_list(obj, "items", where)
            self.check_items(numbers, items, _join(where, "items"))
            multiplier = self.multiplier(obj, where)
            low, high = _range(numbers, items, multiplier)
            subs.append(
                Subscale(
                    code=code,
                    name_id=self.text(obj, "name_id", where),
                    name_en=self.text(obj, "name_en", where),
                    items=numbers,
                    multiplier=multiplier,
                    min_score=low,
                    max_score=high,
                )
            )
        codes = {s.code for s in subs}
        for item in items:
            for code in item.subscales:
                if code not in codes:
                    self.fail(f"item {item.number}", f"names unknown subscale {code!r}")
        for sub in subs:
            members = {item.number for item in items if sub.code in item.subscales}
            if members != set(sub.items):
                self.fail(
                    f"subscale {sub.code}",
                    f"lists items {sorted(sub.items)} but the items naming it are "
                    f"{sorted(members)}",
                )
        return tuple(subs)

    def multiplier(self, obj: Mapping[str, Any], where: str) -> int:
        value = self.integer(obj, "multiplier", where)
        if value < 1:
            self.fail(_join(where, "multiplier"), "must be 1 or more")
        return value

    def total(self, value: Any, items: tuple[Item, ...]) -> Total | None:
        if value == "none":
            return None
        obj = self.obj(value, "total", {"items", "multiplier"})
        if obj["items"] == "all":
            numbers = tuple(item.number for item in items)
        else:
            numbers = self.int_list(obj, "items", "total")
            self.check_items(numbers, items, "total.items")
        multiplier = self.multiplier(obj, "total")
        low, high = _range(numbers, items, multiplier)
        return Total(numbers, multiplier, low, high)

    def missing(
        self, value: Any, total: Total | None, subscales: tuple[Subscale, ...]
    ) -> MissingRule:
        if not isinstance(value, dict) or "rule" not in value:
            self.fail("missing", 'must be {"rule": "refuse"} or {"rule": "prorate", ...}')
        if value["rule"] == "refuse":
            self.obj(value, "missing", {"rule"})
            return MissingRule("refuse")
        if value["rule"] != "prorate":
            self.fail("missing.rule", f"{value['rule']!r} must be 'refuse' or 'prorate'")
        obj = self.obj(value, "missing", {"rule", "max_missing", "per"})
        max_missing = self.integer(obj, "max_missing", "missing")
        per = obj["per"]
        if per == "total":
            if total is None:
                self.fail("missing.per", "is 'total' but the instrument has no total")
            smallest = len(total.items)
        elif per == "subscale":
            if not subscales:
                self.fail("missing.per", "is 'subscale' but the instrument has no subscales")
            smallest = min(len(s.items) for s in subscales)
        else:
            self.fail("missing.per", f"{per!r} must be 'total' or 'subscale'")
        if not 1 <= max_missing < smallest:
            self.fail(
                "missing.max_missing",
                f"is {max_missing}; it must be at least 1 and less than {smallest} "
                "(the items of the smallest prorated scale)",
            )
        return MissingRule("prorate", max_missing, per)

    def bands(
        self, value: Any, total: Total | None, subscales: tuple[Subscale, ...]
    ) -> Mapping[str, tuple[Band, ...]]:
        if not isinstance(value, dict):
            self.fail("bands", "must be an object")
        ranges: dict[str, tuple[int, int]] = {s.code: (s.min_score, s.max_score) for s in subscales}
        if total is not None:
            ranges[TOTAL] = (total.min_score, total.max_score)
        result: dict[str, tuple[Band, ...]] = {}
        for scale, raw_bands in value.items():
            where = f"bands.{scale}"
            if scale not in ranges:
                self.fail(where, "names no scale of this instrument (the total or a subscale)")
            if not isinstance(raw_bands, list) or not raw_bands:
                self.fail(where, "must be a non-empty list")
            parsed: list[Band] = []
            for i, raw in enumerate(raw_bands):
                at = f"{where}[{i}]"
                obj = self.obj(raw, at, {"min", "max", "code", "label_id", "label_en"})
                band = Band(
                    min=self.integer(obj, "min", at),
                    max=self.integer(obj, "max", at),
                    code=self.key_name(obj, "code", at),
                    label_id=self.text(obj, "label_id", at),
                    label_en=self.text(obj, "label_en", at),
                )
                if band.min > band.max:
                    self.fail(at, f"min {band.min} is above max {band.max}")
                parsed.append(band)
            codes = [b.code for b in parsed]
            if len(set(codes)) != len(codes):
                self.fail(where, "uses a band code twice")
            parsed.sort(key=lambda b: b.min)
            low, high = ranges[scale]
            if parsed[0].min != low:
                self.fail(where, f"starts at {parsed[0].min} but the score range starts at {low}")
            for before, after in itertools.pairwise(parsed):
                if after.min <= before.max:
                    self.fail(
                        where,
                        f"bands {before.code} ({before.min}-{before.max}) and {after.code} "
                        f"({after.min}-{after.max}) overlap",
                    )
                if after.min != before.max + 1:
                    self.fail(
                        where,
                        f"gap between {before.code} (ends {before.max}) and {after.code} "
                        f"(starts {after.min})",
                    )
            if parsed[-1].max != high:
                self.fail(where, f"ends at {parsed[-1].max} but the score range ends at {high}")
            result[scale] = tuple(parsed)
        return MappingProxyType(result)

    def risk_rules(
        self,
        raw_rules: list[Any],
        items: tuple[Item, ...],
        total: Total | None,
        subscales: tuple[Subscale, ...],
    ) -> tuple[RiskRule, ...]:
        rules: list[RiskRule] = []
        common = {"op", "value", "flag", "label_id", "label_en"}
        for i, raw in enumerate(raw_rules):
            where = f"risk_rules[{i}]"
            if isinstance(raw, dict) and "item" in raw:
                obj = self.obj(raw, where, common | {"item"})
                number = self.integer(obj, "item", where)
                if not 1 <= number <= len(items):
                    self.fail(where, f"item {number} does not exist")
                possible: Sequence[int] = sorted(items[number - 1].values)
                item: int | None = number
                score: str | None = None
            elif isinstance(raw, dict) and "score" in raw:
                obj = self.obj(raw, where, common | {"score"})
                score = self.text(obj, "score", where)
                item = None
                if score == TOTAL:
                    if total is None:
                        self.fail(where, "refers to the total but the instrument has no total")
                    possible = range(total.min_score, total.max_score + 1)
                else:
                    sub = next((s for s in subscales if s.code == score), None)
                    if sub is None:
                        self.fail(where, f"refers to unknown score {score!r}")
                    possible = range(sub.min_score, sub.max_score + 1)
            else:
                self.fail(where, 'must have "item" or "score"')
            op = obj["op"]
            if op not in _OPS:
                self.fail(_join(where, "op"), f"{op!r} must be one of {' '.join(_OPS)}")
            rule = RiskRule(
                flag=self.key_name(obj, "flag", where),
                label_id=self.text(obj, "label_id", where),
                label_en=self.text(obj, "label_en", where),
                op=op,
                value=self.integer(obj, "value", where),
                item=item,
                score=score,
            )
            outcomes = {rule.holds(v) for v in possible}
            if outcomes != {True, False}:
                verdict = "always" if True in outcomes else "never"
                self.fail(where, f"{op} {rule.value} would {verdict} fire")
            rules.append(rule)
        return tuple(rules)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _range(numbers: tuple[int, ...], items: tuple[Item, ...], multiplier: int) -> tuple[int, int]:
    low = sum(min(items[n - 1].values) for n in numbers)
    high = sum(max(items[n - 1].values) for n in numbers)
    return low * multiplier, high * multiplier
