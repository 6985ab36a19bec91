"""Registration and letter numbers from a template set by the head.

Fields: ``{seq}`` (with a format spec such as ``{seq:04d}``), ``{year}``, ``{month}``
(two digits), ``{month_roman}``, ``{center_code}``. Anything else in braces is refused.
"""

from __future__ import annotations

import datetime
import re
import string

from lk3_desktop.core.dates_id import month_roman
from lk3_desktop.core.errors import Sentence

_NO_CODE = re.compile(r"[-_.]?\{center_code\}")
ALLOWED_FIELDS = frozenset({"seq", "year", "month", "month_roman", "center_code"})
# Both name the office the same way (LK3-<center code>); an office without a code yet gets
# "LK3/2026/0001". Changing the default changes new numbers only: issued ones are stored.
CASE_NUMBER_TEMPLATE = "LK3-{center_code}/{year}/{seq:04d}"
LETTER_NUMBER_TEMPLATE = "{seq:03d}/LK3-{center_code}/{month_roman}/{year}"

# The longest number a template may make (the stored columns' sizes): registration numbers
# and letter numbers. A template itself is at most MAX_TEMPLATE_LENGTH characters.
CASE_NUMBER_MAX = 60
LETTER_NUMBER_MAX = 80
MAX_TEMPLATE_LENGTH = 80
# The widest values the fields take: sequence 99,999 in a year, VIII, the longest center code.
_WIDEST_SEQ = 99_999
_WIDEST_DATE = datetime.date(2088, 8, 8)
_WIDEST_CENTER_CODE = "X" * 20


class TemplateError(ValueError):
    """A number template that cannot be used; ``sentence`` says why."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__(sentence.code)
        self.sentence = sentence


def validate_template(template: str) -> None:
    """TemplateError unless ``template`` uses only known fields and has seq exactly once."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise TemplateError(Sentence("number.template_braces")) from exc
    names = [name for _, name, _, _ in parsed if name is not None]
    unknown = set(names) - ALLOWED_FIELDS
    if unknown:
        raise TemplateError(Sentence("number.template_unknown_field", {"name": sorted(unknown)[0]}))
    if "seq" not in names:
        raise TemplateError(Sentence("number.template_needs_seq", {"token": "{seq}"}))
    if names.count("seq") > 1:
        # {seq}{seq} makes numbers that collide with later ones of a simpler template
        raise TemplateError(Sentence("number.template_seq_twice", {"token": "{seq}"}))
    for _, name, _, conversion in parsed:
        if name is not None and (conversion or "." in name or "[" in name):
            raise TemplateError(Sentence("number.template_invalid"))


def template_problem(template: str, max_number_length: int) -> Sentence | None:
    """What is wrong with a number template, or None.

    Beyond :func:`validate_template`: the template needs ``{year}`` (sequences restart each
    year, so a number without its year repeats), fits ``MAX_TEMPLATE_LENGTH``, formats with
    every field, and its widest number fits ``max_number_length``.
    """
    if not template.strip():
        return Sentence("number.template_required")
    if len(template) > MAX_TEMPLATE_LENGTH:
        return Sentence("number.template_too_long", {"max": MAX_TEMPLATE_LENGTH})
    try:
        validate_template(template)
    except TemplateError as exc:
        return exc.sentence
    try:
        widest = format_number(template, _WIDEST_SEQ, _WIDEST_DATE, _WIDEST_CENTER_CODE)
    except (ValueError, TypeError):  # a format spec that does not fit its field: {year:x5}
        return Sentence("number.template_format")
    if "year" not in {name for _, name, _, _ in string.Formatter().parse(template)}:
        return Sentence("number.template_needs_year", {"token": "{year}"})
    if len(widest) > max_number_length:
        return Sentence("number.template_number_too_long", {"max": max_number_length})
    return None


def format_number(template: str, seq: int, when: datetime.date, center_code: str) -> str:
    """The number for sequence value ``seq`` issued on ``when``.

    >>> format_number("{seq:03d}/LK3-{center_code}/{month_roman}/{year}", 7,
    ...               datetime.date(2026, 11, 28), "SRG")
    '007/LK3-SRG/XI/2026'
    >>> format_number("LK3-{center_code}/{year}/{seq:04d}", 1, datetime.date(2026, 1, 5), "")
    'LK3/2026/0001'
    """
    if seq < 1:
        raise ValueError("seq starts at 1")
    validate_template(template)
    if not center_code:  # "LK3-{center_code}/..." becomes "LK3/...", not "LK3-/..."
        template = _NO_CODE.sub("", template)
    return template.format(
        seq=seq,
        year=when.year,
        month=f"{when.month:02d}",
        month_roman=month_roman(when.month),
        center_code=center_code,
    )
