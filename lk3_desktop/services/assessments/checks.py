"""Checks every save runs: dates inside the case, text length, and scoring through the engine;
and how an assessment is signed (:func:`signed_kind`).

Scores are never typed: every save of an administration runs the instrument engine over the
answers and stores what it computed (:func:`score_columns` says which columns hold what).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Sequence
from typing import Any, Final, TypeVar

from sqlalchemy.orm import Session

from lk3_desktop.core import instruments, limits
from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.instruments import Instrument
from lk3_desktop.core.text_input import bounded
from lk3_desktop.db.models import Case, InstrumentAdministration
from lk3_desktop.db.models.signed import SignedRecord
from lk3_desktop.services import signing
from lk3_desktop.services.assessments.results import SIGNED
from lk3_desktop.services.context import UserSession

EARLIEST_DATE: Final = datetime.date(2000, 1, 1)
MAX_TEXT: Final = limits.LONG_TEXT.max_chars

R = TypeVar("R", bound=SignedRecord)


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def _refuse_first(problems: Sequence[tuple[str, Sentence]]) -> None:
    """Signing is refused with the first thing the record still lacks (its form, which
    asks before the password, shows them all)."""
    if problems:
        where, sentence = problems[0]
        raise ValidationError.because(sentence, where)


def _mark_signed(row: Any) -> None:
    """An assessment's own columns once services/signing has stamped who signed it when."""
    row.status = SIGNED
    row.updated_at = row.signed_at or _now()


def signed_kind(
    name: str,
    entity: str,
    load: Callable[[Session, UserSession, int], tuple[R, Case]],
    ready: Callable[[Session, UserSession, R], None],
    seal: Callable[[R, Case], dict[str, Any]],
    addendum: Callable[..., Any],
    record_key: str,
    after_signed: Callable[[Session, UserSession, R], None] | None = None,
) -> signing.SignedKind[R]:
    """How an assessment (screening, psychosocial assessment, client safety plan) takes part
    in the signed-record rule of services/signing: ``ready`` refuses a draft not complete
    enough; signing runs ``seal`` (what the record's own columns fix, returning the audit
    details) and marks the row signed (:func:`_mark_signed`); an addendum is a row of the
    model ``addendum`` whose ``record_key`` column holds the record's id, its text checked as
    any long text."""

    def sealed(_s: Session, _session: UserSession, row: R, case: Case) -> dict[str, Any]:
        details = seal(row, case)
        _mark_signed(row)
        return details

    def new_addendum(row: R, author_id: int, written_at: datetime.datetime, text: str) -> Any:
        return addendum(
            **{record_key: row.id}, text=text, created_at=written_at, created_by=author_id
        )

    extra: dict[str, Any] = {} if after_signed is None else {"after_signed": after_signed}
    return signing.SignedKind(
        name=name,
        entity=entity,
        load=load,
        ready=ready,
        seal=sealed,
        clean_addendum=lambda text: _check_text(text, "text"),
        new_addendum=new_addendum,
        addendum_field="text",
        draft_has_no_addenda="signing.assessment_addendum_on_draft",
        **extra,
    )


def _check_date(on: datetime.date, case: Case, field_name: str) -> None:
    if on > datetime.date.today():
        raise ValidationError("assessment.date_in_future", field_name)
    if on < case.intake_date or on < EARLIEST_DATE:
        raise ValidationError("assessment.date_before_intake", field_name, date=case.intake_date)


def _check_text(value: str, field_name: str) -> str:
    return bounded(value, limits.LONG_TEXT, field_name, multiline=True)


def _score(definition: Instrument, answers: Sequence[int | None]) -> instruments.Score:
    try:
        return definition.score(list(answers))
    except (TypeError, ValueError) as exc:
        raise ValidationError("assessment.answer_invalid", "answers") from exc


def score_columns(
    definition: Instrument, answers: Sequence[int | None]
) -> tuple[dict[str, Any], instruments.Score]:
    """The stored columns of an administration of ``definition`` answered ``answers``, as the
    engine computes them (also used by the demo generator's bulk inserts), and the score."""
    score = _score(definition, answers)
    subscales = {
        code: {
            "value": value,
            "band": sev.code if (sev := score.subscale_severity.get(code)) else None,
            "label": sev.label if sev else "",
        }
        for code, value in score.subscales.items()
    }
    columns: dict[str, Any] = {
        "instrument_code": definition.code,
        "instrument_version": definition.version,
        "answers": json.dumps(list(answers)),
        "total": score.total,
        "severity_code": score.severity.code if score.severity else None,
        "severity_label": score.severity.label if score.severity else "",
        "subscales": json.dumps(subscales, ensure_ascii=False),
        "flags": json.dumps(
            [
                {"code": f.code, "label": f.label, "item": f.item, "score": f.score}
                for f in score.flags
            ],
            ensure_ascii=False,
        ),
        "complete": score.complete,
        "prorated": score.prorated,
    }
    return columns, score


def _store_score(
    row: InstrumentAdministration,
    definition: Instrument,
    answers: Sequence[int | None],
) -> instruments.Score:
    """Run the engine over ``answers`` and keep what it computed on ``row``."""
    columns, score = score_columns(definition, answers)
    for name, value in columns.items():
        setattr(row, name, value)
    return score


def _fully_scored(definition: Instrument, score: instruments.Score) -> bool:
    if definition.total is not None and score.total is None:
        return False
    return len(score.subscales) == len(definition.subscales)
