"""How the office's official documents look: the head's title, the kop's parent-agency and city
lines, "di Tempat" on letters, and to whom the periodic report goes (with its tembusan).

One JSON setting (``documents``) inside the encrypted database. Every role reads it (the
interface words the head's title from it); only the head changes it, audited like every other
setting. A letter already issued keeps the bytes it was signed with: these settings shape the
next letter, never an archived one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Final

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.vocabulary import DEFAULT_HEAD_TITLE, HEAD_TITLES
from lk3_desktop.services._setting_rows import read_setting, write_setting
from lk3_desktop.services.context import UserSession

KEY: Final = "documents"
ADDRESSEES: Final = ("kabupaten", "provinsi")  # Dinas Sosial Kabupaten/Kota or Provinsi
MAX_PARENT_LINES: Final = 3
MAX_LINE: Final = 100
MAX_COPIES: Final = 10


@dataclass(frozen=True)
class DocumentSettings:
    head_title: str = DEFAULT_HEAD_TITLE  # "kepala" (Dinas-run) or "ketua" (community-run)
    kop_parent_lines: tuple[str, ...] = ()  # ("PEMERINTAH KOTA SERANG", "DINAS SOSIAL")
    kop_region_line: str = ""  # the kop's last line: "SERANG"
    letter_di_tempat: bool = False  # the older "di / Tempat" under the addressee
    report_addressee: str = "kabupaten"
    # The addressee as printed; "" means "Kepala Dinas Sosial <regency or province>".
    report_addressee_text: str = ""
    report_copies: tuple[str, ...] = ()  # tembusan of the periodic report


# The sentences that refuse a settings field, by field: (not lines of text, too many lines,
# a line too long) for the lists of lines, (too long,) for the single lines.
_REFUSALS: dict[str, tuple[str, ...]] = {
    "kop_parent_lines": (
        "document.parent_lines_not_text",
        "document.parent_lines_too_many",
        "document.parent_line_too_long",
    ),
    "report_copies": (
        "document.copies_not_text",
        "document.copies_too_many",
        "document.copy_too_long",
    ),
    "kop_region_line": ("document.region_line_too_long",),
    "report_addressee_text": ("document.addressee_too_long",),
}


def _lines(value: Any, field: str, most: int) -> tuple[str, ...]:
    not_text, too_many, too_long = _REFUSALS[field]
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise ValidationError.because(Sentence(not_text), field)
    lines = tuple(" ".join(str(v).split()) for v in value if str(v).strip())
    if len(lines) > most:
        raise ValidationError.because(Sentence(too_many, {"max": most}), field)
    if any(len(line) > MAX_LINE for line in lines):
        raise ValidationError.because(Sentence(too_long, {"max": MAX_LINE}), field)
    return lines


def _text(value: Any, field: str) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > MAX_LINE * 2:
        raise ValidationError.because(Sentence(_REFUSALS[field][0], {"max": MAX_LINE * 2}), field)
    return text


def clean_document_settings(value: DocumentSettings) -> DocumentSettings:
    """The settings as stored: lines trimmed, every value checked (ValidationError, one
    sentence, the field's name as its field)."""
    if value.head_title not in HEAD_TITLES:
        raise ValidationError("document.head_title_required", "head_title")
    if value.report_addressee not in ADDRESSEES:
        raise ValidationError(
            "document.addressee_required",
            "report_addressee",
        )
    return DocumentSettings(
        head_title=value.head_title,
        kop_parent_lines=_lines(value.kop_parent_lines, "kop_parent_lines", MAX_PARENT_LINES),
        kop_region_line=_text(value.kop_region_line, "kop_region_line"),
        letter_di_tempat=bool(value.letter_di_tempat),
        report_addressee=value.report_addressee,
        report_addressee_text=_text(value.report_addressee_text, "report_addressee_text"),
        report_copies=_lines(value.report_copies, "report_copies", MAX_COPIES),
    )


def read_document_settings(s: Session) -> DocumentSettings:
    """The stored settings inside the caller's transaction (defaults for what is missing or
    no longer valid, so a hand-edited row never stops a letter from being signed)."""
    stored = read_setting(s, KEY, {})
    if not isinstance(stored, dict):
        return DocumentSettings()
    known = {k: v for k, v in stored.items() if k in DocumentSettings.__dataclass_fields__}
    for key in ("kop_parent_lines", "report_copies"):
        if isinstance(known.get(key), list):
            known[key] = tuple(known[key])
    try:
        return clean_document_settings(DocumentSettings(**known))
    except (ValidationError, TypeError):
        return DocumentSettings()


def document_settings(session: UserSession) -> DocumentSettings:
    """The office's document settings (every signed-in role: the interface words the head's
    title from them)."""
    with session.store.transaction() as s:
        return read_document_settings(s)


def set_document_settings(session: UserSession, value: DocumentSettings) -> DocumentSettings:
    """The head changes how letters and reports look from now on; audited with the values.
    Issued letters and reports keep their stored bytes."""
    session.require(Permission.EDIT_CENTER_PROFILE)
    clean = clean_document_settings(value)
    with session.store.transaction() as s:
        write_setting(s, session, KEY, asdict(clean))
    return clean
