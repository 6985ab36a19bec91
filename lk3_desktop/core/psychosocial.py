"""The narrative psychosocial assessment (asesmen psikososial): its fixed lists and rules.

Codes are stored; the Indonesian labels here are what official documents print. The one rule
with clinical weight: an overall risk level of ``tinggi`` needs a safety plan (rencana
keselamatan) of at least one complete row saying who does what, and when, before the
assessment can be signed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from lk3_desktop.core.errors import Sentence

__all__ = [
    "ASSESSMENT_KINDS",
    "HIGH_RISK",
    "NEED_DOMAINS",
    "RISK_LEVELS",
    "SafetyPlanRow",
    "safety_plan_problems",
    "signing_problems",
]

ASSESSMENT_KINDS: Final[tuple[tuple[str, str], ...]] = (
    ("awal", "Asesmen awal"),
    ("mendalam", "Asesmen mendalam"),
    ("ulang", "Asesmen ulang"),
)
"""Kinds of narrative assessment: at intake, in depth, and a later re-assessment."""

NEED_DOMAINS: Final[tuple[tuple[str, str], ...]] = (
    ("relasi_keluarga", "Relasi keluarga"),
    ("pengasuhan", "Pengasuhan"),
    ("ekonomi", "Ekonomi"),
    ("kesehatan", "Kesehatan"),
    ("pendidikan", "Pendidikan"),
    ("hukum", "Hukum"),
    ("perlindungan", "Perlindungan"),
    ("tempat_tinggal", "Tempat tinggal"),
)
"""Domains in which a family's needs are written down, in the order forms show them."""

RISK_LEVELS: Final[tuple[tuple[str, str], ...]] = (
    ("rendah", "Rendah"),
    ("sedang", "Sedang"),
    ("tinggi", "Tinggi"),
)
"""The counselor's overall risk judgement, lowest first."""

HIGH_RISK: Final = "tinggi"


@dataclass(frozen=True, slots=True)
class SafetyPlanRow:
    """One line of a safety plan: who does what, and when (free text, e.g. "setiap malam")."""

    who: str
    action: str
    timing: str

    @property
    def is_blank(self) -> bool:
        return not (self.who.strip() or self.action.strip() or self.timing.strip())

    @property
    def is_complete(self) -> bool:
        return bool(self.who.strip() and self.action.strip() and self.timing.strip())


def safety_plan_problems(risk_level: str | None, plan: Sequence[SafetyPlanRow]) -> list[Sentence]:
    """Why ``plan`` is not enough for ``risk_level`` (empty when fine).

    Blank rows are ignored. A row that is started must say who, what and when; at level
    ``tinggi`` at least one complete row is needed.
    """
    problems: list[Sentence] = []
    rows = [row for row in plan if not row.is_blank]
    for number, row in enumerate(rows, start=1):
        if not row.is_complete:
            problems.append(Sentence("safety_plan.row_incomplete", {"row": number}))
    if risk_level == HIGH_RISK and not any(row.is_complete for row in rows):
        problems.append(Sentence("safety_plan.required_for_high_risk"))
    return problems


def signing_problems(
    risk_level: str | None, conclusion: str, plan: Sequence[SafetyPlanRow]
) -> list[tuple[str, Sentence]]:
    """What must be filled in before a narrative assessment can be signed: (field, sentence)
    pairs, field one of ``risk_level``, ``conclusion``, ``safety_plan``; empty when ready."""
    problems: list[tuple[str, Sentence]] = []
    if risk_level not in {code for code, _ in RISK_LEVELS}:
        problems.append(("risk_level", Sentence("assessment.risk_level_required")))
    if not conclusion.strip():
        problems.append(("conclusion", Sentence("assessment.conclusion_required")))
    problems.extend(("safety_plan", text) for text in safety_plan_problems(risk_level, plan))
    return problems
