"""Registration and letter numbers from a template set by the head.

Fields: ``{seq}`` (with a format spec such as ``{seq:04d}``), ``{year}``, ``{month}``
(two digits), ``{month_roman}``, ``{center_code}``. Anything else in braces is refused.
"""

from __future__ import annotations

import datetime
import string

from lk3_desktop.core.dates_id import month_roman

ALLOWED_FIELDS = frozenset({"seq", "year", "month", "month_roman", "center_code"})
CASE_NUMBER_TEMPLATE = "LK3/{year}/{seq:04d}"
LETTER_NUMBER_TEMPLATE = "{seq:03d}/LK3-{center_code}/{month_roman}/{year}"


def validate_template(template: str) -> None:
    """ValueError (Indonesian message) unless ``template`` uses only known fields and has seq."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError("Templat nomor tidak valid: kurung kurawal tidak seimbang.") from exc
    names = {name for _, name, _, _ in parsed if name is not None}
    unknown = names - ALLOWED_FIELDS
    if unknown:
        raise ValueError(f"Templat nomor memuat kolom yang tidak dikenal: {sorted(unknown)[0]}.")
    if "seq" not in names:
        raise ValueError("Templat nomor harus memuat {seq} (nomor urut).")
    for _, name, _, conversion in parsed:
        if name is not None and (conversion or "." in name or "[" in name):
            raise ValueError("Templat nomor tidak valid.")


def format_number(template: str, seq: int, when: datetime.date, center_code: str) -> str:
    """The number for sequence value ``seq`` issued on ``when``.

    >>> format_number("{seq:03d}/LK3-{center_code}/{month_roman}/{year}", 7,
    ...               datetime.date(2026, 11, 28), "SRG")
    '007/LK3-SRG/XI/2026'
    """
    if seq < 1:
        raise ValueError("seq starts at 1")
    validate_template(template)
    return template.format(
        seq=seq,
        year=when.year,
        month=f"{when.month:02d}",
        month_roman=month_roman(when.month),
        center_code=center_code,
    )
