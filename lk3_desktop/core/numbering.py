"""Registration and letter numbers from a template set by the head.

Fields: ``{seq}`` (with a format spec such as ``{seq:04d}``), ``{year}``, ``{month}``
(two digits), ``{month_roman}``, ``{center_code}``. Anything else in braces is refused.
"""

from __future__ import annotations

import datetime
import re
import string

from lk3_desktop.core.dates_id import month_roman

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


def validate_template(template: str) -> None:
    """ValueError (Indonesian message) unless ``template`` uses only known fields and has seq
    exactly once."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError("Templat nomor tidak valid: kurung kurawal tidak seimbang.") from exc
    names = [name for _, name, _, _ in parsed if name is not None]
    unknown = set(names) - ALLOWED_FIELDS
    if unknown:
        raise ValueError(f"Templat nomor memuat kolom yang tidak dikenal: {sorted(unknown)[0]}.")
    if "seq" not in names:
        raise ValueError("Templat nomor harus memuat {seq} (nomor urut).")
    if names.count("seq") > 1:
        # {seq}{seq} makes numbers that collide with later ones of a simpler template
        raise ValueError("Templat nomor hanya boleh memuat {seq} satu kali.")
    for _, name, _, conversion in parsed:
        if name is not None and (conversion or "." in name or "[" in name):
            raise ValueError("Templat nomor tidak valid.")


def template_problem(template: str, max_number_length: int) -> str | None:
    """The one Indonesian sentence saying what is wrong with a number template, or None.

    Beyond :func:`validate_template`: the template needs ``{year}`` (sequences restart each
    year, so a number without its year repeats), fits ``MAX_TEMPLATE_LENGTH``, formats with
    every field, and its widest number fits ``max_number_length``.
    """
    if not template.strip():
        return "Templat nomor wajib diisi."
    if len(template) > MAX_TEMPLATE_LENGTH:
        return f"Templat nomor paling panjang {MAX_TEMPLATE_LENGTH} karakter."
    try:
        validate_template(template)
    except ValueError as exc:
        return str(exc)
    try:
        widest = format_number(template, _WIDEST_SEQ, _WIDEST_DATE, _WIDEST_CENTER_CODE)
    except (ValueError, TypeError):  # a format spec that does not fit its field: {year:x5}
        return "Templat nomor tidak valid: periksa format di dalam kurung kurawal."
    if "year" not in {name for _, name, _, _ in string.Formatter().parse(template)}:
        return "Templat nomor harus memuat {year}."
    if len(widest) > max_number_length:
        return f"Nomor dari templat ini bisa lebih dari {max_number_length} karakter; persingkat."
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
