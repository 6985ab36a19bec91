"""One register row checked with the client form's own rules (``clients.clean_client``) and,
when cases are opened, the intake form's (``_intake.check_case_input``).

A row is either ready (the values the form would save) or failed with its reasons, each one
sentence (a code the interface words) an office worker can act on in the error workbook. Names
the row uses that could not be matched with certainty (a region, a counselor) are questions for
the person.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.identity import check_nik
from lk3_desktop.core.region_names import LEVEL_WORDS, RegionMatcher
from lk3_desktop.core.register_cells import (
    Cell,
    cell_text,
    identity_digits,
    read_age,
    read_date,
    read_number_part,
    read_referral_source,
    read_rt_rw,
    read_sex,
    split_place_date,
)
from lk3_desktop.core.register_problems import ProblemCodes, normal_problem, problem_codes
from lk3_desktop.core.vocabulary import ADULT_AGE, EDUCATION_LEVELS, MARITAL_STATUSES, RELIGIONS
from lk3_desktop.core.written_dates import IMPOSSIBLE, WrittenDate
from lk3_desktop.services import _intake
from lk3_desktop.services.cases import CaseInput
from lk3_desktop.services.clients import ClientInput, clean_client, client_age
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.register_import.mapping import (
    COUNSELOR_LEVEL,
    ImportMapping,
    counselor_key,
)

YES_WORDS = frozenset({"ya", "y", "yes", "iya", "benar", "1", "true"})
_HONORIFICS = frozenset({"bu", "ibu", "pak", "bapak", "mbak", "mas", "sdr", "sdri", "kak"})


@dataclass(frozen=True)
class RowReason:
    """Why a row was not imported: a sentence by code (or, from a rule not moved to codes
    yet, an Indonesian sentence), and the field it is about when the form's rule said so."""

    sentence: Sentence | str
    field: str | None = None


@dataclass(frozen=True)
class Question:
    """A name in the register that matched nothing, or more than one thing, for certain."""

    level: str  # a region level (core.region_names.LEVELS) or "counselor"
    written: str
    within: str
    candidates: tuple[tuple[str, str], ...]  # (code or username, name shown)
    sentence: Sentence
    key: str


@dataclass(frozen=True)
class ReadyRow:
    number: int
    values: Mapping[str, Any]  # clean_client's values: what the form would store
    nik_reason: str | None
    not_duplicate: bool
    ppks: tuple[str, ...]
    case: CaseInput | None
    duplicate_of: tuple[int, ...] = ()  # clients it resembles, imported as someone else


@dataclass(frozen=True)
class FailedRow:
    number: int
    reasons: tuple[RowReason, ...]
    duplicate: bool = False  # failed only because it is someone already there


@dataclass(frozen=True)
class Counselor:
    id: int
    username: str
    full_name: str


def _plain_name(text: str) -> list[str]:
    words = [w.strip(".,") for w in text.lower().replace(".", ". ").split()]
    return [w for w in words if w and w not in _HONORIFICS]


def _names(words: list[str], counselor: Counselor) -> bool:
    """ "rina", "rina marlina", "dedi s" name the account (username, or the full name's words
    from the start, each written whole or shortened)."""
    if " ".join(words) in (counselor.username.lower(), counselor.full_name.lower()):
        return True
    full = _plain_name(counselor.full_name)
    return len(words) <= len(full) and all(
        f.startswith(w) for w, f in zip(words, full, strict=False)
    )


class CounselorMatcher:
    """``"Bu Rina"``, ``"rina"``, ``"Rina Marlina"`` -> Rina's account; anything not certain is
    a question (answers: normal written name -> username, "" for none)."""

    def __init__(self, counselors: list[Counselor], answers: Mapping[str, str]):
        self._all = counselors
        self._answers = dict(answers)
        self._cache: dict[str, int | Question | None] = {}

    def match(self, written: str) -> int | Question | None:
        key = counselor_key(written)
        if not key:
            return None
        if key not in self._cache:
            self._cache[key] = self._decide(written, key)
        return self._cache[key]

    def _decide(self, written: str, key: str) -> int | Question | None:
        if key in self._answers:
            wanted = self._answers[key]
            if not wanted:
                return None
            for c in self._all:
                if c.username == wanted:
                    return c.id
        words = _plain_name(written)
        found = [c for c in self._all if words and _names(words, c)]
        if len(found) == 1 and key not in self._answers:
            return found[0].id
        candidates = tuple((c.username, c.full_name) for c in (found or self._all))
        sentence = Sentence("import.counselor_unsure")
        return Question(COUNSELOR_LEVEL, written, "", candidates, sentence, key)


@dataclass
class RowContext:
    """What every row is checked against (read once per import)."""

    session: UserSession
    mapping: ImportMapping
    regions: RegionMatcher
    counselors: CounselorMatcher
    areas: frozenset[str]  # active problem area codes
    ppks: frozenset[str]  # active PPKS codes
    today: datetime.date = field(default_factory=datetime.date.today)


def _listed(text: str, choices: tuple[str, ...]) -> str:
    """A free-text value written as one of the form's choices takes its spelling."""
    folded = text.casefold()
    return next((c for c in choices if c.casefold() == folded), text)


def _cells(row: tuple[Cell, ...], mapping: ImportMapping) -> Callable[[str], Cell]:
    def get(key: str) -> Cell:
        index = mapping.column_of(key)
        return row[index] if index is not None and index < len(row) else None

    return get


@dataclass
class _Draft:
    """What a row says, read cell by cell before the form's rules run."""

    reasons: list[RowReason] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)


def _birth_date_reason(date: WrittenDate) -> RowReason:
    if date.error == IMPOSSIBLE:
        return RowReason(Sentence("import.birth_date_impossible"))
    return RowReason(Sentence("import.birth_date_unreadable"))


def _intake_date_reason(date: WrittenDate) -> RowReason:
    if date.error == IMPOSSIBLE:
        return RowReason(Sentence("import.intake_date_impossible"))
    return RowReason(Sentence("import.intake_date_unreadable"))


def _read_identity(get: Callable[[str], Cell], draft: _Draft, today: datetime.date) -> None:
    sex, unreadable = read_sex(get("sex"))
    if unreadable:
        draft.reasons.append(RowReason(Sentence("import.sex_unknown")))
    place = cell_text(get("birth_place"))
    birth = read_date(get("birth_date"), today)
    if get("birth_place_date") is not None:
        place_written, birth_written = split_place_date(get("birth_place_date"), today)
        place = place or place_written
        if birth.value is None and birth.error is None:
            birth = birth_written
    if birth.error:
        draft.reasons.append(_birth_date_reason(birth))
    age, age_unreadable = read_age(get("age"))
    if age_unreadable:
        draft.reasons.append(RowReason(Sentence("import.age_unreadable")))
    nik = identity_digits(get("nik"))
    birth_date = birth.value
    if nik and (sex is None or (birth_date is None and age is None)):
        encoded = check_nik(nik, today=today)
        if not encoded.errors:  # the NIK's own date and sex fill what the register left out
            sex = sex or encoded.sex
            if birth_date is None and age is None:
                birth_date = encoded.birth_date
    draft.values.update(
        full_name=cell_text(get("full_name")),
        nickname=cell_text(get("nickname")),
        sex=sex or "",
        birth_place=place,
        birth_date=birth_date,
        estimated_age=age if birth_date is None else None,
        nik=nik,
        kk_number=identity_digits(get("kk_number")),
    )


def _read_address(ctx: RowContext, get: Callable[[str], Cell], draft: _Draft) -> None:
    rt, rw = read_number_part(get("rt")), read_number_part(get("rw"))
    if get("rt_rw") is not None:
        both = read_rt_rw(get("rt_rw"))
        if both.unreadable:
            draft.reasons.append(RowReason(Sentence("import.rt_rw_unreadable")))
        rt, rw = rt or both.rt, rw or both.rw
    found = ctx.regions.match(
        cell_text(get("province")),
        cell_text(get("regency")),
        cell_text(get("district")),
        cell_text(get("village")),
    )
    if found.question is not None:
        q = found.question
        draft.reasons.append(RowReason(q.sentence()))
        draft.questions.append(
            Question(
                q.level,
                q.written,
                q.within,
                tuple((c.code, c.name) for c in q.candidates),
                q.sentence(),
                q.key,
            )
        )
    draft.values.update(
        street=cell_text(get("street")),
        rt=rt,
        rw=rw,
        province_code=found.province,
        regency_code=found.regency,
        district_code=found.district,
        village_code=found.village,
        phone=cell_text(get("phone")),
        guardian_name=cell_text(get("guardian_name")),
        guardian_relationship=cell_text(get("guardian_relationship")),
        guardian_phone=cell_text(get("guardian_phone")),
        religion=_listed(cell_text(get("religion")), RELIGIONS),
        education=_listed(cell_text(get("education")), EDUCATION_LEVELS),
        occupation=cell_text(get("occupation")),
        marital_status=_listed(cell_text(get("marital_status")), MARITAL_STATUSES),
    )


def _codes(ctx: RowContext, text: str, is_child: bool) -> ProblemCodes:
    chosen = ctx.mapping.problems.get(normal_problem(text))
    found = chosen if chosen is not None else problem_codes(text, is_child)
    return ProblemCodes(
        tuple(a for a in found.areas if a in ctx.areas),
        tuple(p for p in found.ppks if p in ctx.ppks),
    )


def _case(
    ctx: RowContext, get: Callable[[str], Cell], draft: _Draft, areas: tuple[str, ...]
) -> CaseInput | None:
    intake = read_date(get("intake_date"), ctx.today)
    if intake.error:
        draft.reasons.append(_intake_date_reason(intake))
        return None
    if intake.value is None:
        draft.reasons.append(RowReason(Sentence("import.intake_date_missing")))
        return None
    counselor = ctx.counselors.match(cell_text(get("counselor")))
    if isinstance(counselor, Question):
        draft.reasons.append(RowReason(counselor.sentence))
        draft.questions.append(counselor)
        return None
    source, detail = read_referral_source(get("referral_source"))
    data = CaseInput(
        intake_date=intake.value,
        referral_source=source,
        referral_source_detail=detail,
        presenting_problem=cell_text(get("problem")),
        counselor_id=counselor,
        problem_area_codes=areas,
    )
    try:
        _intake.check_case_input(ctx.session, data)
    except ValidationError as exc:
        draft.reasons.append(_from_form(exc))
        return None
    return data


def _from_form(exc: ValidationError) -> RowReason:
    """The form's own refusal, about its field."""
    if exc.message:  # a rule not moved to a code yet: its Indonesian sentence
        return RowReason(exc.message, exc.field)
    return RowReason(Sentence(exc.code, exc.params), exc.field)


def check_row(
    ctx: RowContext, number: int, row: tuple[Cell, ...]
) -> tuple[ReadyRow | FailedRow, list[Question]]:
    """The row ready to import, or failed with its reasons; and the questions it raised."""
    get = _cells(row, ctx.mapping)
    draft = _Draft()
    _read_identity(get, draft, ctx.today)
    _read_address(ctx, get, draft)
    if draft.reasons:
        return FailedRow(number, tuple(draft.reasons)), draft.questions
    data = ClientInput(**draft.values)
    try:
        clean = clean_client(data, ctx.today)
    except ValidationError as exc:
        return FailedRow(number, (_from_form(exc),)), draft.questions
    nik_reason = cell_text(get("nik_reason")) or None
    if clean.nik_warnings and not nik_reason:
        reasons = [RowReason(w, "nik") for w in clean.nik_warnings]
        reasons.append(RowReason(Sentence("import.nik_reason_hint")))
        return FailedRow(number, tuple(reasons)), draft.questions
    age = client_age(data, ctx.today)
    codes = _codes(ctx, cell_text(get("problem")), age is not None and age < ADULT_AGE)
    case = _case(ctx, get, draft, codes.areas) if ctx.mapping.open_cases else None
    if draft.reasons:
        return FailedRow(number, tuple(draft.reasons)), draft.questions
    not_duplicate = cell_text(get("not_duplicate")).lower() in YES_WORDS
    ready = ReadyRow(
        number,
        clean.values,
        nik_reason if clean.nik_warnings else None,
        not_duplicate,
        codes.ppks,
        case,
    )
    return ready, draft.questions


__all__ = [
    "LEVEL_WORDS",
    "Counselor",
    "CounselorMatcher",
    "FailedRow",
    "Question",
    "ReadyRow",
    "RowContext",
    "RowReason",
    "check_row",
]
